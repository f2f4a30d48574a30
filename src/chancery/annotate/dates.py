"""Dates: the document's own date (dateline, byline) and the year of a statement.

A fact's year comes from the text: an explicit year near the statement, or a
relative expression ("last year", "on Monday", "this month") resolved against
the document's date.  No date, no relative resolution.  Never from a URL.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

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
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
    # 2025-12-30
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
    # 30/12/2025 (day first, as Vietnamese and most non-US outlets write it)
    re.compile(r"\b(?P<day>\d{1,2})/(?P<mnum>\d{1,2})/(?P<year>(?:19|20)\d\d)\b"),
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


_YEAR = re.compile(r"(?<![\d/.,-])(?P<year>(?:19[5-9]|20[0-4])\d)(?![\d%])(?!\s*(?:percent|per cent))")


_RANGE = re.compile(r"\b(?:19|20)\d\d\s*[-–—/]\s*(?:(?:19|20)\d\d|\d\d)\b")


# a year something is compared with is not the year of the statement: "2.5 times more than in 2024"
_COMPARED = re.compile(
    r"\b(?:than|compared\s+(?:to|with)|versus|vs\.?|over)\s+(?:(?:in|the|that\s+of|those\s+of|same\s+period\s+of)\s+)*"
    r"(?:19|20)\d\d\b",
    re.I,
)


# "the strategic partnership of 2007", "the summit of 2019": the year dates another thing
_NOUN_OF_YEAR = re.compile(r"\b[a-z]{3,}\s+of\s+(?:19|20)\d\d\b")


def explicit_years(text: str) -> list[tuple[int, int]]:
    """(offset, year) for each plausible year written in ``text``.

    Years inside a span ("the 2026-2028 term", "the 2021–2025 period") and years a figure is
    compared with ("than in 2024") are not the year of an act and are left out.
    """
    ranges = [(m.start(), m.end()) for m in _RANGE.finditer(text)]
    ranges += [(m.end() - 4, m.end()) for m in _COMPARED.finditer(text)]
    ranges += [(m.end() - 4, m.end()) for m in _NOUN_OF_YEAR.finditer(text)]
    out = []
    for m in _YEAR.finditer(text):
        if any(s <= m.start() < e for s, e in ranges):
            continue
        # skip numbers in money/counts: "2,000", "US$2025"
        before = text[max(0, m.start() - 2) : m.start()]
        if "$" in before:
            continue
        out.append((m.start(), int(m.group("year"))))
    return out


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_RELATIVE = re.compile(
    r"\b(?P<rel>last|this|next|past|previous|coming|current)\s+(?P<unit>year|month|week)\b"
    r"|\b(?P<rel2>earlier|later)\s+this\s+(?P<unit2>year|month|week)\b"
    r"|\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?P<day>yesterday|today|tomorrow)\b"
    r"|\b(?:in|on|since|during|last|this|early|late|mid-?)\s+(?:\d{1,2}\s+)?(?P<mon>January|February|March|April|"
    r"May|June|July|August|September|October|November|December)\b(?!\s*\d{0,2},?\s*(?:19|20)\d\d)",
    re.IGNORECASE,
)


_FUTURE = re.compile(
    r"\b(?:will|shall|is\s+(?:set|scheduled|due|expected|slated)\s+to|to\s+be\s+held|upcoming|next)\b", re.I
)


def relative_year(text: str, anchor: date | None) -> int | None:
    """The year of the first relative time expression in ``text``, given the document date."""
    if anchor is None:
        return None
    for m in _RELATIVE.finditer(text):
        if m.group("wd"):
            # a weekday in news means the most recent such day (or today)
            back = (anchor.weekday() - _WEEKDAYS.index(m.group("wd").lower())) % 7
            return (anchor - timedelta(days=back)).year
        if m.group("mon"):
            # a month without a year: the latest such month up to the document date, or the
            # next one when the sentence speaks of the future ("will host ... in November")
            month = _MONTHS[m.group("mon").lower()]
            if _FUTURE.search(text):
                return anchor.year if month >= anchor.month else anchor.year + 1
            return anchor.year if month <= anchor.month else anchor.year - 1
        if m.group("mon"):
            # a month without a year: the latest such month up to the document date, or the
            # next one when the sentence speaks of the future ("will host ... in November")
            month = _MONTHS[m.group("mon").lower()]
            if _FUTURE.search(text):
                return anchor.year if month >= anchor.month else anchor.year + 1
            return anchor.year if month <= anchor.month else anchor.year - 1
        if m.group("day"):
            delta = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group("day").lower()]
            return (anchor + timedelta(days=delta)).year
        rel = (m.group("rel") or m.group("rel2") or "").lower()
        unit = (m.group("unit") or m.group("unit2") or "").lower()
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
        if rel == "past" and unit == "year":
            # "the past year" is the twelve months up to now
            step = 0
        if unit == "year":
            return anchor.year + step
        if unit == "month":
            month = anchor.month + step
            return anchor.year + (-1 if month < 1 else 1 if month > 12 else 0)
        if unit == "week":
            return (anchor + timedelta(weeks=step)).year
    return None


def year_of(text: str, anchor: date | None, *, near: int | None = None) -> int | None:
    """The year a sentence states: explicit (closest to ``near``) or relative."""
    years = explicit_years(text)
    if years:
        if near is None or len(years) == 1:
            return years[0][1]
        return min(years, key=lambda y: abs(y[0] - near))[1]
    return relative_year(text, anchor)
