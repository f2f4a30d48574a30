"""Helpers the templates use to show facts and text: names, labels, highlighted segments.

Nothing here builds HTML: text is cut into plain segments that the templates escape (autoescape)
and wrap in ``<mark>``, so article text never reaches the page unescaped.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from jinja2 import Environment

__all__ = ["actor_name", "describe", "highlight", "install_filters", "level_label", "paragraph_around"]

LEVEL_CLASSES = {
    "special_relationship": "lvl-special",
    "comprehensive_strategic_partnership": "lvl-csp",
    "strategic_partnership": "lvl-sp",
    "comprehensive_partnership": "lvl-cp",
    "other": "lvl-other",
}


def level_label(level: str | None, label: str | None = None) -> str:
    if not level:
        return ""
    if level == "other" and label:
        return label
    return level.replace("_", " ")


def actor_name(code: str | None) -> str:
    if not code:
        return ""
    from ..resolve.names import actor_name as kb_name
    from .app import world_map

    name = kb_name(code)
    if name == code and code in world_map()["countries"]:
        return str(world_map()["countries"][code]["name"])
    return name


def describe(kind: str, f: dict[str, Any]) -> str:
    """A short plain-English line for a resolved fact (fields as :mod:`chancery.resolve` gives them)."""
    n = actor_name
    y = f" ({f['year']})" if f.get("year") else ""
    if kind == "partnership":
        years = f.get("established") or []
        when = f", established {', '.join(str(x) for x in years)}" if years else ""
        return f"{n(f.get('a'))} – {n(f.get('b'))}: {level_label(f.get('level'), f.get('label'))}{when}"
    if kind == "visit":
        who = f"{f['visitor']} of " if f.get("visitor") else ""
        return f"{who}{n(f.get('visitor_country'))} visited {n(f.get('host'))}{y}"
    if kind == "agreement":
        count = f"{f['count']} agreements" if f.get("count") else "agreements"
        return f"{count} signed by {', '.join(n(p) for p in f.get('parties') or [])}{y}"
    if kind == "quantity":
        subj = f"{n(f.get('subject'))}: " if f.get("subject") else ""
        qual = "" if f.get("qualifier") in (None, "exact") else f"{f['qualifier']} "
        return f"{subj}{f.get('measure_name') or f.get('measure') or 'figure'}: {qual}{_number(f.get('value'))} {f.get('unit') or ''}{y}"
    if kind == "election":
        term = f" for {f['term']}" if f.get("term") else ""
        return f"{n(f.get('actor'))} elected to {n(f.get('body'))}{term}"
    if kind == "hosting":
        return f"{n(f.get('host'))} hosts {f.get('event_name') or f.get('event')}{y}"
    return ", ".join(f"{k}={v}" for k, v in f.items())


def _number(v: Any) -> str:
    if isinstance(v, (int, float)) and abs(v) >= 1_000_000:
        for div, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if abs(v) >= div:
                return f"{v / div:g} {word}"
    return f"{v:g}" if isinstance(v, float) else str(v)


def paragraph_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The line/paragraph holding ``text[start:end]``."""
    ps = text.rfind("\n", 0, start) + 1
    pe = text.find("\n", end)
    return ps, (len(text) if pe < 0 else pe)


def highlight(text: str, spans: Iterable[tuple[int, int]], *, start: int = 0, end: int | None = None) -> list[dict[str, Any]]:
    """``text[start:end]`` as segments ``{"text", "mark", "start"}``; spans (merged when they overlap) are marked."""
    end = len(text) if end is None else end
    merged: list[list[int]] = []
    for s, e in sorted((max(start, s), min(end, e)) for s, e in spans):
        if e <= s:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out: list[dict[str, Any]] = []
    pos = start
    for s, e in merged:
        if s > pos:
            out.append({"text": text[pos:s], "mark": False, "start": pos})
        out.append({"text": text[s:e], "mark": True, "start": s})
        pos = e
    if pos < end:
        out.append({"text": text[pos:end], "mark": False, "start": pos})
    return out


def install_filters(env: Environment) -> None:
    env.filters.update(level_label=level_label, actor_name=actor_name, level_class=lambda lv: LEVEL_CLASSES.get(lv, "lvl-other"))
    env.globals.update(describe=describe, highlight=highlight, paragraph_around=paragraph_around,
                       actor_name=actor_name, level_label=level_label, LEVEL_CLASSES=LEVEL_CLASSES)
