"""Labelled document pairs for choosing and checking the near-duplicate threshold.

The texts (``tests/data/syndication/``, written for the project) are described in its README.
:func:`pairs` returns ``(name, label, a, b)`` with label ``"copy"`` (one document republishes the
other) or ``"independent"``.
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "syndication"
EVENTS = ("e1", "e2", "e3", "e4", "e5", "e6")

Pair = tuple[str, str, str, str]


def text(name: str) -> str:
    return (DATA / f"{name}.txt").read_text(encoding="utf-8")


def shortened(article: str, keep: int = 4) -> str:
    """The headline and the first paragraphs, as a paper runs a wire story to fit its page."""
    paragraphs = [p for p in article.split("\n") if p.strip()]
    return "\n".join(paragraphs[:keep]) + "\n"


def recredited(article: str) -> str:
    """A new headline and the dateline credit of the outlet that runs the copy."""
    lines = article.split("\n")
    lines[0] = "Reprint: " + " ".join(reversed(lines[0].split()))
    lines[1] = lines[1].replace(") —", " via Regional Courier) —", 1)
    return "\n".join(lines)


def pairs() -> list[Pair]:
    out: list[Pair] = []
    for e in EVENTS:
        original = text(f"{e}_original")
        out.append((f"{e} rewrite", "copy", original, text(f"{e}_rewrite")))
        out.append((f"{e} shortened", "copy", original, shortened(original)))
        out.append((f"{e} recredited", "copy", original, recredited(original)))
        out.append((f"{e} independent", "independent", original, text(f"{e}_independent")))
        out.append((f"{e} rewrite vs independent", "independent", text(f"{e}_rewrite"), text(f"{e}_independent")))
    for x, y in combinations(EVENTS, 2):
        out.append((f"{x} vs {y}", "independent", text(f"{x}_original"), text(f"{y}_original")))
    out.append(("releases with shared boilerplate", "independent", text("b1_release"), text("b2_release")))
    return out
