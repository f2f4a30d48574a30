"""Dates: the document's own date (dateline, byline) and the year of a statement.

A fact's year comes from the text: an explicit year near the statement, or a
relative expression ("last year", "on Monday", "this month") resolved against
the document's date.  No date, no relative resolution.  Never from a URL.
"""

from __future__ import annotations

import re
from datetime import date

from .temporal import explicit_expressions, nearest, relative_expressions, time_expressions

__all__ = ["explicit_years", "find_document_date", "relative_year", "year_of"]

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATE_PATTERNS = [
    # December 30, 2025 / Dec. 30 2025
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
    # 30 December 2025
    re.compile(r"(?<![\d.,/])(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
    # 2025-12-30
    re.compile(r"(?<![\d.,/-])(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
    # 30/12/2025 (day first, as Vietnamese and most non-US outlets write it)
    # (also glued to the word before it, as page furniture often is: "Viet Nam29/10/2024")
    re.compile(r"(?<![\d.,/])(?P<day>\d{1,2})/(?P<mnum>\d{1,2})/(?P<year>(?:19|20)\d\d)\b"),
]
# how far into the text a dateline or byline may sit
_HEAD = 400


def _to_date(m: re.Match[str]) -> date | None:
    g = m.groupdict()
    month = _MONTHS.get(g["month"].lower().rstrip(".")) if g.get("month") else int(g["mnum"])
    try:
        return date(int(g["year"]), month or 0, int(g["day"]))
    except (TypeError, ValueError):
        return None


def find_document_date(text: str) -> date | None:
    """The date of a dateline or byline near the top of the text, if any.

    Only a full date (day, month and year) counts; a date must sit in the
    first few hundred characters and at the start of a line or after a
    place name ("Hanoi, December 30, 2025 –", "Published: 30/12/2025").
    """
    head = text[:_HEAD]
    best: tuple[int, date] | None = None
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(head):
            line_start = head.rfind("\n", 0, m.start()) + 1
            prefix = head[line_start : m.start()]
            # a dateline/byline: little before the date on its line
            if len(prefix) > 70 or prefix.count(" ") > 8:
                continue
            d = _to_date(m)
            if d and (best is None or m.start() < best[0]):
                best = (m.start(), d)
    return best[1] if best else None


def explicit_years(text: str) -> list[tuple[int, int]]:
    """(offset, year) of each date or year written with its year (see :mod:`.temporal`)."""
    return [(e.start, e.when.year) for e in explicit_expressions(text)]


def relative_year(text: str, anchor: date | None) -> int | None:
    """The year of the first relative time expression in ``text``, given the document date."""
    found = relative_expressions(text, anchor)
    return found[0].when.year if found else None


def year_of(text: str, anchor: date | None, *, near: int | None = None) -> int | None:
    """The year a sentence states: explicit (closest to ``near``) or relative."""
    found = nearest(time_expressions(text, anchor), near, text)
    return found.when.year if found else None
