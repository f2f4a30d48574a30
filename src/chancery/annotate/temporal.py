"""Time expressions and the temporal frame of a document.

A fact's date comes from the text (the fact contract): an explicit date or year, a relative
expression ("on Sunday", "last month", "two years ago") resolved against the document's own date
when the text gives one, or a period the text frames for what it reports ("In 2025, ...",
"Vietnam's 2025 diplomatic achievements"). Never from a URL, never by arithmetic on other facts.

:func:`time_expressions` finds every expression in a stretch of text with its resolved
:class:`When` (year, and month and day when the text gives them); :class:`TemporalFrame` holds what a
document frames (its date, the year each paragraph is set in, the period a review covers) and answers
the date of a statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["FUTURE", "TimeExpression", "When", "explicit_expressions", "nearest", "relative_expressions", "time_expressions"]

_MONTH_NAMES = [
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec"),
]
MONTHS = {name: i + 1 for i, names in enumerate(_MONTH_NAMES) for name in names}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "a": 1, "an": 1}

_MON = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
        r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_MONTH = rf"(?P<month>{_MON})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# the end of a day range: "September 10-11", "9-11 March", "from 9 to 11 March"
_DAY_RANGE = r"(?:\s*(?:-|–|—|to|and)\s*[0-3]?\d(?:st|nd|rd|th)?)?"


@dataclass(frozen=True)
class When:
    """A (possibly partial) calendar date and how it was found.

    ``how``: explicit (written with its year), relative (resolved against the document date),
    paragraph (the year an earlier sentence of the paragraph set), frame (the period the document
    reports on) or dateline (the document's own date stands for a reported act).
    """

    year: int
    month: int | None = None
    day: int | None = None
    how: str = "explicit"

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def with_how(self, how: str) -> When:
        return When(self.year, self.month, self.day, how)


@dataclass(frozen=True)
class TimeExpression:
    """A time expression at ``text[start:end]`` (offsets relative to the text searched)."""

    start: int
    end: int
    when: When
    form: str  # date | month | year | dayonly | weekday | deictic | ago | bare_month


def _date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# -- explicit forms ---------------------------------------------------------------------------
_FULL = [
    # September 10, 2023 / Sept. 10-11, 2023
    re.compile(rf"\b{_MONTH}\s+{_DAY}{_DAY_RANGE},?\s+{_YEAR}\b", re.I),
    # 10 September 2023 / 9-11 March, 2025 / 10th of September 2023
    re.compile(rf"\b{_DAY}{_DAY_RANGE}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),
    # 2023-09-10
    re.compile(rf"\b{_YEAR}-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    # 10/9/2023, 11.3.2025, 9-11.3.2025 (day first, as most outlets outside the US write it)
    re.compile(rf"(?<![\d.,/])(?:[0-3]?\d\s*-\s*)?(?P<day>[0-3]?\d)[/.](?P<mnum>[01]?\d)[/.]{_YEAR}\b"),
]
_MONTH_YEAR = re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b", re.I)
_BARE_YEAR = re.compile(r"(?<![\w$€£¥/.,-])(?P<year>(?:19[5-9]|20[0-4])\d)(?![\d%]|\.\d|,\d\d\d)(?!\s*(?:percent|per\s*cent))")
# "September 10", "10 September", "on Sept. 10-11" (no year: resolved against the document date)
_DAY_MONTH = [
    re.compile(rf"\b{_MONTH}\s+{_DAY}{_DAY_RANGE}\b(?!\s*,?\s*(?:19|20)\d\d)(?![\d,.]*\s*(?:billion|million|percent|%))", re.I),
    re.compile(rf"\b{_DAY}{_DAY_RANGE}\s+(?:of\s+)?{_MONTH}\b(?!\.?,?\s*(?:19|20)\d\d)", re.I),
]
_WEEKDAY = re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I)
_DEICTIC = re.compile(
    r"\b(?:(?P<edge>earlier|later|early|late)\s+)?(?P<rel>last|this|next|past|previous|coming|current)\s+(?P<unit>year|month|week)\b"
    r"|\b(?P<day>yesterday|today|tomorrow)\b",
    re.I,
)
_AGO = re.compile(r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+(?P<unit>year|month|week|day)s?\s+ago\b", re.I)
_BARE_MONTH = re.compile(
    r"\b(?P<lead>in|on|since|during|last|this|early|late|mid-?|until|by|from|of|next)\s+"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?!\s*\d)(?!,?\s*(?:19|20)\d\d)",
    re.I,
)
# years that are not the date of an act: spans ("the 2026-2028 term"), comparisons ("than in 2024"),
# "the <noun> of 2007"
_RANGE = re.compile(r"\b(?:19|20)\d\d\s*(?:[-–—/]|to)\s*(?:(?:19|20)\d\d|\d\d)\b")
_COMPARED = re.compile(
    r"\b(?:than|compared\s+(?:to|with)|versus|vs\.?|over|from)\s+(?:(?:in|the|that\s+of|those\s+of|same\s+period\s+(?:of|in)|"
    r"a\s+year\s+earlier\s+in)\s+)*(?:19|20)\d\d\b",
    re.I,
)
_NOUN_OF_YEAR = re.compile(r"\b[a-z]{3,}\s+of\s+(?:19|20)\d\d\b")
FUTURE = re.compile(
    r"\b(?:will|shall|would|is\s+(?:set|scheduled|due|expected|slated|poised)\s+to|are\s+(?:set|scheduled|due|expected)\s+to|"
    r"to\s+be\s+held|upcoming|plans?\s+to|next)\b",
    re.I,
)


def _excluded_years(text: str) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in _RANGE.finditer(text)]
    spans += [(m.end() - 4, m.end()) for m in _COMPARED.finditer(text)]
    spans += [(m.end() - 4, m.end()) for m in _NOUN_OF_YEAR.finditer(text)]
    return spans


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _month(g: dict[str, str | None]) -> int | None:
    if g.get("month"):
        return MONTHS.get(str(g["month"]).lower().rstrip("."))
    if g.get("mnum"):
        m = int(str(g["mnum"]))
        return m if 1 <= m <= 12 else None
    return None


def explicit_expressions(text: str) -> list[TimeExpression]:
    """Dates and years written with their year, in order; spans, comparisons and "the X of 2007" left out."""
    out: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []
    excluded = _excluded_years(text)
    for pattern in _FULL:
        for m in pattern.finditer(text):
            if _inside(m.start(), taken):
                continue
            g = m.groupdict()
            month = _month(g)
            d = _date(int(g["year"]), month or 0, int(g["day"])) if month else None
            if d is None:
                continue
            out.append(TimeExpression(m.start(), m.end(), When(d.year, d.month, d.day), "date"))
            taken.append((m.start(), m.end()))
    for m in _MONTH_YEAR.finditer(text):
        if _inside(m.start(), taken) or _inside(m.start("year"), excluded):
            continue
        month = _month(m.groupdict())
        if month:
            out.append(TimeExpression(m.start(), m.end(), When(int(m.group("year")), month), "month"))
            taken.append((m.start(), m.end()))
    for m in _BARE_YEAR.finditer(text):
        if _inside(m.start(), taken) or _inside(m.start(), excluded):
            continue
        out.append(TimeExpression(m.start(), m.end(), When(int(m.group("year"))), "year"))
    return sorted(out, key=lambda e: e.start)


def _nearest_date(anchor: date, month: int, day: int | None, future: bool) -> When | None:
    """The month (and day) closest to the anchor: on or before it, or on or after it for the future."""
    for year in ((anchor.year, anchor.year + 1) if future else (anchor.year, anchor.year - 1)):
        d = _date(year, month, day or 1)
        if d is None:
            continue
        if day is None:
            same = (year, month) == (anchor.year, anchor.month)
            if same or (d > anchor) == future:
                return When(year, month, None, "relative")
        elif d == anchor or (d > anchor) == future:
            return When(year, month, day, "relative")
    return None


def relative_expressions(text: str, anchor: date | None) -> list[TimeExpression]:
    """Expressions without a year, resolved against the document date (none without one)."""
    if anchor is None:
        return []
    future = bool(FUTURE.search(text))
    out: list[TimeExpression] = []
    taken = [(e.start, e.end) for e in explicit_expressions(text)]

    def add(start: int, end: int, when: When | None, form: str) -> None:
        if when is not None and not _inside(start, taken):
            out.append(TimeExpression(start, end, when, form))
            taken.append((start, end))

    for pattern in _DAY_MONTH:
        for m in pattern.finditer(text):
            month = _month(m.groupdict())
            if month:
                add(m.start(), m.end(), _nearest_date(anchor, month, int(m.group("day")), future), "dayonly")
    for m in _WEEKDAY.finditer(text):
        back = (anchor.weekday() - WEEKDAYS.index(m.group("wd").lower())) % 7
        ahead = (WEEKDAYS.index(m.group("wd").lower()) - anchor.weekday()) % 7
        d = anchor + timedelta(days=ahead) if future and ahead else anchor - timedelta(days=back)
        add(m.start(), m.end(), When(d.year, d.month, d.day, "relative"), "weekday")
    for m in _DEICTIC.finditer(text):
        if m.group("day"):
            d = anchor + timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[m.group("day").lower()])
            add(m.start(), m.end(), When(d.year, d.month, d.day, "relative"), "deictic")
            continue
        rel, unit = m.group("rel").lower(), m.group("unit").lower()
        step = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
        if rel == "past" and unit in ("year", "month"):
            step = 0  # "the past year": the twelve months up to now
        if unit == "year":
            add(m.start(), m.end(), When(anchor.year + step, how="relative"), "deictic")
        elif unit == "month":
            mm = anchor.month + step
            y = anchor.year + (-1 if mm < 1 else 1 if mm > 12 else 0)
            add(m.start(), m.end(), When(y, (mm - 1) % 12 + 1, how="relative"), "deictic")
        else:
            d = anchor + timedelta(weeks=step)
            add(m.start(), m.end(), When(d.year, how="relative"), "deictic")
    for m in _AGO.finditer(text):
        raw = m.group("n").lower()
        n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
        unit = m.group("unit").lower()
        if unit == "year":
            add(m.start(), m.end(), When(anchor.year - n, how="relative"), "ago")
        elif unit == "month":
            mm = anchor.month - n
            y = anchor.year + (mm - 1) // 12
            add(m.start(), m.end(), When(y, (mm - 1) % 12 + 1, how="relative"), "ago")
        else:
            d = anchor - timedelta(days=n * (7 if unit == "week" else 1))
            add(m.start(), m.end(), When(d.year, d.month, d.day if unit == "day" else None, "relative"), "ago")
    for m in _BARE_MONTH.finditer(text):
        lead = m.group("lead").lower()
        month = MONTHS[m.group("month").lower()]
        if lead == "last":
            y = anchor.year if month < anchor.month else anchor.year - 1
            when: When | None = When(y, month, how="relative")
        elif lead == "next":
            when = When(anchor.year if month > anchor.month else anchor.year + 1, month, how="relative")
        elif lead == "this":
            when = When(anchor.year, month, how="relative")
        else:
            when = _nearest_date(anchor, month, None, future)
        add(m.start("month"), m.end(), when, "bare_month")
    return sorted(out, key=lambda e: e.start)


def time_expressions(text: str, anchor: date | None) -> list[TimeExpression]:
    """Every time expression in ``text``, explicit and (given the document date) relative, in order."""
    return sorted(explicit_expressions(text) + relative_expressions(text, anchor), key=lambda e: e.start)


def nearest(expressions: list[TimeExpression], near: int | None, text: str | None = None) -> TimeExpression | None:
    """The expression for a statement at ``near``: the closest written with its year, else the
    closest relative one (the first when ``near`` is None). With ``text`` (what the offsets point
    into), an expression across a clause boundary counts as farther."""
    explicit = [e for e in expressions if e.when.how == "explicit"]
    pool = explicit or expressions
    if not pool:
        return None
    if near is None:
        return pool[0]
    return min(pool, key=lambda e: _distance(text, e, near))


_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[—–-]\s|\b(?:while|whereas|after|before|since|when)\b")


def _distance(text: str | None, e: TimeExpression, near: int) -> int:
    """Characters between an expression and the statement, plus a clause's worth for each clause
    boundary between them ("Normalised in 1995, the ties were upgraded in 2013": 2013 for "upgraded")."""
    if e.start <= near < e.end:
        return 0
    lo, hi = (e.end, near) if e.end <= near else (near, e.start)
    gap = hi - lo
    if text is not None and _CLAUSE_BREAK.search(text, lo, hi):
        gap += 200
        if _in_other_clause(text, e, near):
            gap += 400
    return gap


_SUBORDINATOR = re.compile(r"\b(?:since|after|before|when|while|as|which|who|whom|that|where|until|because|although|though)\b", re.I)


def _in_other_clause(text: str, e: TimeExpression, near: int) -> bool:
    """The expression sits in a subordinate or relative clause that does not hold the statement:
    "Myanmar, chairing ASEAN for the first time since it joined in 1997, hosted the summit"."""
    head = text[max(0, e.start - 100) : e.start]
    subs = list(_SUBORDINATOR.finditer(head))
    if not subs:
        return False
    lo = max(0, e.start - 100) + subs[-1].start()
    if re.search(r"[,;:()]", text[lo : e.start]):
        return False
    stop = re.compile(r"[,;:()]|$").search(text, e.end)
    hi = stop.start() if stop else len(text)
    return not lo <= near < hi
