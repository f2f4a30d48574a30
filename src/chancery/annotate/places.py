"""Places that are not capitals: cities where visits and events happen, linked to their state.

The table is data (``data/gazetteer/cities.tsv``).  A city is only ever a place: it never counts
as a mention of its state (see the actors extractor).  Matching is case-sensitive and
diacritic-insensitive ("Đà Nẵng" = "Da Nang").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .gazetteer import data_rows, fold

if TYPE_CHECKING:
    from .document import AnnotatedDocument

__all__ = ["city_spans", "load_cities"]


@functools.lru_cache(maxsize=1)
def load_cities() -> dict[str, str]:
    """Folded city name (single-spaced) -> ISO alpha-3 code."""
    return {fold(" ".join(r["surface"].split())): r["code"] for r in data_rows("cities.tsv")}


@functools.lru_cache(maxsize=1)
def _city_re() -> re.Pattern[str]:
    names = sorted(load_cities(), key=len, reverse=True)
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    return re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])")


def city_spans(adoc: AnnotatedDocument, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, country) for each known city in ``adoc.text[start:end]``."""
    cities = load_cities()
    segment = adoc.text[start:end]
    folded = fold(segment)
    hay = folded if len(folded) == len(segment) else segment
    for m in _city_re().finditer(hay):
        yield start + m.start(), start + m.end(), cities[" ".join(m.group(0).split())]
