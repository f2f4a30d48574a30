""""X joined Y at the presidential palace": a person joining another at a venue is there too.

The host is a place right after the object ("joined Biden in Hiroshima") or, when the object is
followed by a venue or an event ("at the presidential palace", "for the talks"), the dateline of
a story filed from the host country (with no dateline, "at the presidential palace" is the seat of
the object's own government). "joined Y in calling for ..." is not a visit.
"""

from __future__ import annotations

import re

from ...annotate.document import AnnotatedDocument
from ...model import Sentence
from .context import dateline
from .frame import VisitFound, _after_dateline, _irrealis, _lo, _subject
from .more import _elsewhere
from .patterns import VisitPatterns
from ...annotate.participants import participants, places

__all__ = ["on_join"]

# between "joined" and the person: a title, name particles ("joined EU chief Ursula von der Leyen")
_OBJECT_GAP = re.compile(
    r"^\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+|(?:von|van|der|den|de|da|du|al|el|bin|his|her|their|chief|counterpart|"
    r"host|leader|prime|foreign|minister|president|premier)\s+){0,7}$"
)
_VENUE = (r"(?:palace|residence|office|house|hall|headquarters|compound|complex|summit|talks|meeting|ceremony|"
          r"ceremonies|forum|conference|banquet|dinner|luncheon|lunch|session|signing|parade|celebrations?)")
_AT_VENUE = re.compile(
    r"^\s*(?:,\s*)?(?:at|for|in)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?" + _VENUE + r"\b", re.I
)
# the seat of the object's government: "at the presidential palace", "at his official residence"
_AT_SEAT = re.compile(
    r"^\s*(?:,\s*)?at\s+(?:the|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:palace|residence|compound|complex)\b", re.I
)
_AT_PLACE = re.compile(r"^\s*(?:,\s*)?(?:in|at)\s+(?:the\s+)?$", re.I)


def on_join(adoc: AnnotatedDocument, sent: Sentence, start: int, end: int, pats: VisitPatterns) -> list[VisitFound]:
    text = adoc.text
    obj = None
    for p in participants(adoc, end, min(sent.end, end + 70)):
        if p.is_person and _OBJECT_GAP.match(text[end : p.start]):
            obj = p
        break
    if obj is None:
        return []
    host: tuple[str, float] | None = None
    direct = [pl for pl in places(adoc, obj.end, min(sent.end, obj.end + 40)) if _AT_PLACE.match(text[obj.end : pl.start])]
    if direct:
        host = (direct[0].country, 0.7)
    elif _AT_VENUE.match(text[obj.end : sent.end]):
        dl = dateline(adoc)
        if dl and not _elsewhere(adoc, _after_dateline(adoc, sent.start, sent.end), sent.end, dl.country):
            host = (dl.country, 0.55)
        elif dl is None and _AT_SEAT.match(text[obj.end : sent.end]) and not obj.country.startswith("ORG:"):
            host = (obj.country, 0.5)  # "joined Indonesian President X at the state palace": X's seat
    if host is None:
        return []
    visitors = [v for v in _subject(adoc, sent, start, pats) if v.is_person]
    if not visitors or _irrealis(adoc, sent, _lo(adoc, sent, start, visitors), start, end, pats):
        return []
    return [VisitFound(v, host[0], "042", host[1], start) for v in visitors]
