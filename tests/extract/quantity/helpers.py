"""What the quantity tests share: the figures an annotated text of our own gives."""

from __future__ import annotations

from typing import Any, Callable

from chancery.extract import quantity


def figures(
    annotate_text: Callable[..., Any], text: str, published: str | None = None
) -> list[dict[str, Any]]:
    """The contract fields of every quantity mention of ``text``."""
    return [m.fields() for m in quantity.extract(annotate_text(text, published=published))]


def pairs(figs: list[dict[str, Any]]) -> set[tuple[float, str]]:
    return {(float(f["value"]), f["unit"]) for f in figs}
