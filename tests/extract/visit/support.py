"""Helpers for the visit tests: the (visitor country, host) pairs and years a text yields."""

from __future__ import annotations

from collections.abc import Callable

from chancery.annotate.document import AnnotatedDocument
from chancery.extract import visit

Annotate = Callable[..., AnnotatedDocument]


def pairs(annotate_text: Annotate, text: str, published: str | None = None) -> set[tuple[str, str]]:
    return {(m.get("visitor_country"), m.get("host")) for m in visit.extract(annotate_text(text, published=published))}


def facts(annotate_text: Annotate, text: str, published: str | None = None) -> set[tuple[str, str, int | None]]:
    return {(m.get("visitor_country"), m.get("host"), m.get("year"))
            for m in visit.extract(annotate_text(text, published=published))}
