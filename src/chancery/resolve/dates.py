"""Event dates: when a fact happened, to the day where the text says so, kept apart from the
publication date of the documents that report it.

An :class:`EventDate` is a day, a month or a year (``precision``); its ISO form is
``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (ISO 8601 reduced precision).  It *starts* on the first
day of its period: as of a date D, an event dated 2013 (the day unknown) counts from 2013-01-01
and is flagged as known only to the year.

A mention's date (:func:`mention_date`), decisions:

1. the mention's own ``"date"`` field (extraction gives the event's date as the text states
   it: ``"2023-09-10"``, ``"2023-09"``, ``"2023"`` or null).  When the field is there it is
   trusted; null falls back to the ``year`` field, at year precision;
2. without a ``"date"`` field (mentions stored before it existed): the ``year`` field, made more
   precise by the evidence sentence read against the document's date (:func:`read_date`): an
   explicit date ("on 11 October 2022"), a day and month ("on 10 September", "from March 4 to
   6"), a weekday ("on Sunday": the latest such day on or before the document date), "yesterday"
   / "today", or a month ("in June last year").  A reading counts only if its year is the
   mention's year; without a year only a fully written date counts.  A dateline at the head of
   the sentence ("HANOI, Sept 11, 2023 (Pacific Wire) —") is the publication date and is skipped,
   and so is a time that dates something else ("until Thursday", "since he took over last year").

:func:`since_year` reads the year from which a partnership level is said to have been in place
("had worked under a comprehensive partnership since 2013", "the strategic partnership of 2007",
"the framework the two governments set up in 2014"), for mentions that only refer to a level.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..model import Mention

__all__ = ["EventDate", "mention_date", "read_date", "since_year"]


@dataclass(frozen=True, order=True)
class EventDate:
    """A day, a month or a year."""

    start: date
    precision: str  # day | month | year

    @classmethod
    def parse(cls, value: Any) -> EventDate | None:
        """``"2023-09-10"``, ``"2023-09"``, ``"2023"`` (or an int year) -> EventDate; else None."""
        if isinstance(value, bool):
            return None
        if isinstance(value, int):
            return cls.of(value) if 1000 <= value <= 2999 else None
        if not isinstance(value, str):
            return None
        m = re.fullmatch(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\s*", value)
        if not m:
            return None
        try:
            year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
            start = date(year, month, day)
        except ValueError:
            return None
        return cls(start, "day" if m.group(3) else "month" if m.group(2) else "year")

    @classmethod
    def of(cls, year: int, month: int | None = None, day: int | None = None) -> EventDate:
        if month is None:
            return cls(date(year, 1, 1), "year")
        if day is None:
            return cls(date(year, month, 1), "month")
        return cls(date(year, month, day), "day")

    @property
    def year(self) -> int:
        return self.start.year

    @property
    def end(self) -> date:
        """The last day of the period."""
        if self.precision == "day":
            return self.start
        if self.precision == "month":
            return self.start.replace(day=calendar.monthrange(self.start.year, self.start.month)[1])
        return self.start.replace(month=12, day=31)

    @property
    def iso(self) -> str:
        if self.precision == "day":
            return self.start.isoformat()
        if self.precision == "month":
            return self.start.isoformat()[:7]
        return str(self.start.year)

    @property
    def approximate(self) -> bool:
        return self.precision != "day"

    def human(self) -> str:
        """'10 September 2023', 'June 2023', '2023'."""
        if self.precision == "day":
            return f"{self.start.day} {calendar.month_name[self.start.month]} {self.start.year}"
        if self.precision == "month":
            return f"{calendar.month_name[self.start.month]} {self.start.year}"
        return str(self.start.year)

    def __str__(self) -> str:
        return self.iso


_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MON = (r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
        r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_FULL = [
    re.compile(rf"\b{_MON}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON},?\s+{_YEAR}\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
]
_DAY_MONTH = [
    re.compile(rf"\b{_MON}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d\d)(?![\d:])"),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}\b(?!,?\s*(?:19|20)\d\d)"),
]
_MONTH_YEAR = re.compile(rf"\b{_MON},?\s+(?:of\s+)?{_YEAR}\b")
_MONTH_REL = re.compile(rf"\b{_MON}\s+(?P<rel>last|this|next)\s+year\b")
_MONTH_ONLY = re.compile(rf"\b(?:in|on|during|early|late|mid-?|since|last|this)\s+{_MON}\b(?!\s*\d)(?!,?\s*(?:19|20)\d\d)")
_WEEKDAY = re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_NEARDAY = re.compile(r"\b(?P<nd>yesterday|today)\b", re.IGNORECASE)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# a dateline at the head of a sentence: "HANOI, Sept 11, 2023 (Pacific Wire) —", "Hanoi, 30/12/2025 -"
_DATELINE = re.compile(
    r"^[^\n]{0,60}?(?:\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d|\b\d{1,2}\s+[A-Z][a-z]{2,8},?\s+(?:19|20)\d\d|"
    r"\b(?:19|20)\d\d-\d\d-\d\d|\b\d{1,2}/\d{1,2}/(?:19|20)\d\d)\s*(?:\([^()]{1,80}\))?\s*[-\u2013\u2014:]+\s*")
# times that date something other than the event the sentence reports
_OTHER_TIME = re.compile(r"\b(?:(?:until|till|through|by|before|ahead\s+of)\s+(?:the\s+|next\s+|this\s+)?|"
                         r"(?:since|after)\s+(?:\w+\s+){0,8})$", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|shall|is\s+(?:set|scheduled|due|expected)\s+to|next)\b", re.IGNORECASE)


def _month(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")[:4] if name.lower().startswith("sept") else name.lower().rstrip(".")]


def _strip_dateline(sentence: str) -> tuple[str, int]:
    m = _DATELINE.match(sentence)
    return (sentence[m.end():], m.end()) if m else (sentence, 0)


def _dates_other(text: str, start: int) -> bool:
    """The time at ``start`` belongs to another clause: "until Thursday", "since ... last year"."""
    return _OTHER_TIME.search(text[max(0, start - 80):start]) is not None


def _latest(month: int, day: int, anchor: date | None, year: int | None, future: bool) -> date | None:
    try:
        if year is not None:
            return date(year, month, day)
        if anchor is None:
            return None
        guess = date(anchor.year, month, day)
        if future:
            return guess if guess >= anchor else date(anchor.year + 1, month, day)
        return guess if guess <= anchor else date(anchor.year - 1, month, day)
    except ValueError:
        return None


# what a day or a month needs to be written: a month's or a weekday's name, "yesterday", "today",
# an ISO date (a bare year adds nothing to the mention's year)
_ANY_TIME = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|"
                       r"yesterday|today)|\d{4}-\d\d-\d\d|\d/\d", re.IGNORECASE)


def read_date(sentence: str, anchor: date | None, year: int | None) -> EventDate | None:
    """The most precise date of the event a sentence reports that agrees with ``year``.

    ``anchor`` is the document's date (for weekdays, "yesterday", months without a year); with
    ``year`` None only a date written in full is taken.
    """
    if not _ANY_TIME.search(sentence):
        return None
    text, _ = _strip_dateline(sentence)
    future = _FUTURE.search(text) is not None
    found: list[tuple[int, int, EventDate]] = []  # (rank: 0 best, position, date)

    def add(rank: int, pos: int, when: EventDate | None) -> None:
        if when is not None and not _dates_other(text, pos):
            found.append((rank, pos, when))

    spans: list[tuple[int, int]] = []
    for p in _FULL:
        for m in p.finditer(text):
            month = int(m.group("mnum")) if "mnum" in m.groupdict() and m.group("mnum") else _month(m.group("mon"))
            try:
                add(0, m.start(), EventDate.of(int(m.group("year")), month, int(m.group("day"))))
            except ValueError:
                pass
            spans.append(m.span())
    if year is None:
        return min(found, key=lambda t: (t[0], t[1]))[2] if found else None

    def taken(pos: int) -> bool:
        return any(a <= pos < b for a, b in spans)

    for p in _DAY_MONTH:
        for m in p.finditer(text):
            if taken(m.start()):
                continue
            d = _latest(_month(m.group("mon")), int(m.group("day")), anchor, year, future)
            add(1, m.start(), EventDate(d, "day") if d else None)
            spans.append(m.span())
    if anchor is not None:
        for m in _WEEKDAY.finditer(text):
            target = _WEEKDAYS.index(m.group("wd").lower())
            delta = (target - anchor.weekday()) % 7 if future else -((anchor.weekday() - target) % 7)
            add(2, m.start(), EventDate(anchor + timedelta(days=delta), "day"))
        for m in _NEARDAY.finditer(text):
            shift = -1 if m.group("nd").lower() == "yesterday" else 0
            add(2, m.start(), EventDate(anchor + timedelta(days=shift), "day"))
    for m in _MONTH_YEAR.finditer(text):
        if not taken(m.start()):
            add(3, m.start(), EventDate.of(int(m.group("year")), _month(m.group("mon"))))
            spans.append(m.span())
    for m in _MONTH_REL.finditer(text):
        if anchor is not None and not taken(m.start()):
            shift = {"last": -1, "this": 0, "next": 1}[m.group("rel")]
            add(3, m.start(), EventDate.of(anchor.year + shift, _month(m.group("mon"))))
            spans.append(m.span())
    for m in _MONTH_ONLY.finditer(text):
        if not taken(m.start("mon")):
            add(4, m.start(), EventDate.of(year, _month(m.group("mon"))))
    agreeing = [t for t in found if t[2].year == year]
    return min(agreeing, key=lambda t: (t[0], t[1]))[2] if agreeing else None


@functools.lru_cache(maxsize=131072)
def mention_date(mention: Mention, published: date | None) -> EventDate | None:
    """The date of the event a mention states (see the module docstring)."""
    fields = mention.args
    given = [v for k, v in fields if k == "date"]
    year = next((v for k, v in fields if k == "year" and isinstance(v, int) and not isinstance(v, bool)), None)
    if given:
        parsed = EventDate.parse(given[0])
        if parsed is not None:
            return parsed
        return EventDate.of(year) if year else None
    refined = read_date(mention.evidence.text, published, year) if (year or mention.evidence.text) else None
    if refined is not None:
        return refined
    return EventDate.of(year) if year else None


# -- since when a level has been in place ------------------------------------------------------------
_LEVEL_WORDS = {
    "comprehensive_strategic_partnership": r"comprehensive\s+strategic\s+partner(?:ship)?s?",
    "strategic_partnership": r"(?<!comprehensive\s)strategic\s+partner(?:ship)?s?",
    "comprehensive_partnership": r"comprehensive\s+partner(?:ship)?s?",
    "special_relationship": r"special\s+(?:relationship|relations|ties|partnership)",
}
_CLAUSE_END = re.compile(r"[;:,\u2013\u2014(]|\band\s+(?:the|a|an)\b|\bwhile\b|\bbut\b")
_SINCE = re.compile(r"\bsince\s+(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?)?(?P<year>(?:19|20)\d\d)\b")
_OF_YEAR = re.compile(r"^\W{0,3}\s*(?:of|from|\(|in)\s*(?P<year>(?:19|20)\d\d)\b")
_SET_UP = re.compile(r"^[^.;]{0,60}?\b(?:set\s+up|established|formed|agreed|declared|signed|launched|forged|"
                     r"founded|created|adopted|concluded|reached)\b[^.;]{0,40}?\bin\s+(?P<year>(?:19|20)\d\d)\b")


def _fold(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')


def since_year(sentence: str, level: str, label: str | None = None) -> int | None:
    """The year from which the sentence says the pair has had ``level`` (or the framework
    ``label``), or None."""
    text = _fold(sentence)
    if level == "other" and label:
        phrase = re.escape(_fold(label)).replace(r"\ ", r"\s+")
    else:
        phrase = _LEVEL_WORDS.get(level, "")
    if not phrase:
        return None
    for m in re.finditer(phrase, text, re.IGNORECASE):
        after = text[m.end():]
        cut = _CLAUSE_END.search(after)
        clause = after[: cut.start()] if cut else after
        for pattern in (_OF_YEAR, _SET_UP):
            found = pattern.search(after if pattern is _OF_YEAR else clause)
            if found:
                return int(found.group("year"))
        found = _SINCE.search(clause)
        if found:
            return int(found.group("year"))
    return None
