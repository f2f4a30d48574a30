"""More event shapes for the hosting extractor.

* a second event hosted with the first: "hosted the 40th ASEAN Summit
  back-to-back with the 41st", "which Vietnam hosted alongside the 17th ASEAN
  Summit" -> both events;
* a multilateral summit written as a pair: "a summit between China and the Gulf
  Cooperation Council" -> "China-GCC Summit" (two states would be bilateral: no event);
* the name before a description: "COP29, the UN climate conference that
  Azerbaijan is hosting" -> "COP29"; "the G20 summit, the annual gathering
  South Africa hosted" -> "G20 summit";
* a forum's own edition: "the forum took the decision at its fifth meeting, which
  Vietnam hosted" -> "fifth East Asia Summit" (the forum named just before);
* a numbered session of a body named before: "the 38th session of the committee"
  -> "38th session of the World Heritage Committee".
"""

from __future__ import annotations

import re

from ...annotate.document import AnnotatedDocument
from ...model import Sentence
from .events import EventName, events_after, events_before, events_in

__all__ = ["alongside", "described_name", "own_edition", "pair_summit", "session_of_body"]

_ALONGSIDE = re.compile(
    r"\b(?:alongside|together\s+with|along\s+with|back-to-back\s+with|in\s+tandem\s+with|in\s+conjunction\s+with)\s+",
    re.I,
)
_CLAUSE_END = re.compile(r"[;:]|\s[—–]\s|,\s+(?:which|who|where|while|but|and)\b|\b(?:after|when|while|because)\b", re.I)
_PAIR = re.compile(
    r"\s*(?:,\s*)?(?:(?:and|as\s+well\s+as)\s+)?(?:a|an|the)\s+(?:(?:first|special|joint|inaugural|annual|\w+(?:st|nd|rd|th))\s+)*"
    r"(?P<head>summit|meeting|forum|conference)\s+(?:between|of)\s+(?:the\s+)?",
    re.I,
)
_ORDINAL = (
    r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|inaugural)"
)
_OWN_EDITION = re.compile(
    rf"\b(?:its|their)\s+(?P<ord>{_ORDINAL})\s+(?:(?:annual|leaders['’]?|plenary)\s+)?(?:meeting|summit|session|gathering|edition)\s*$",
    re.I,
)
_STRIP_ORDINAL = re.compile(rf"^(?:(?:{_ORDINAL}|(?:19|20)\d\d)\s+)+", re.I)
_DESCRIPTION = re.compile(
    r"(?P<comma>\s*,\s*)(?:the|an?|this)\s+(?:[\w'’-]+\s+){0,4}?(?:conference|summit|forum|gathering|meeting|event|"
    r"talks|festival|games|session)\s*(?:,?\s*(?:which|that)\s+|\s*)$",
    re.I,
)
_SESSION_OF = re.compile(
    rf"\b(?:the\s+)?(?P<ord>{_ORDINAL})\s+(?P<head>session|meeting|summit|conference)\s+of\s+the\s+"
    r"(?P<noun>committee|council|commission|conference|assembly|board|forum|parties)\s*,?\s*$",
    re.I,
)


def alongside(adoc: AnnotatedDocument, sent: Sentence, start: int) -> list[EventName]:
    """Events after 'alongside' / 'back-to-back with' in the clause that starts at ``start``."""
    cut = _CLAUSE_END.search(adoc.text, start, sent.end)
    end = cut.start() if cut else sent.end
    out: list[EventName] = []
    for m in _ALONGSIDE.finditer(adoc.text, start, end):
        out.extend(events_after(adoc, m.end(), end))
    return out


def _short(adoc: AnnotatedDocument, start: int) -> tuple[str, bool, int] | None:
    """(short name, is a body, end) of the actor written at ``start``."""
    for a in adoc.actors_in(start, start + 80):
        if a.start == start and a.how != "city":
            return (a.surface if a.is_state else a.actor.removeprefix("ORG:")), not a.is_state, a.end
    return None


def pair_summit(adoc: AnnotatedDocument, pos: int, limit: int) -> EventName | None:
    """'a summit between China and the Gulf Cooperation Council' -> 'China-GCC Summit' (one side a body)."""
    m = _PAIR.match(adoc.text, pos, limit)
    if not m:
        return None
    first = _short(adoc, m.end())
    if not first:
        return None
    joint = re.compile(r"\s+and\s+(?:the\s+)?").match(adoc.text, first[2], limit)
    second = _short(adoc, joint.end()) if joint else None
    if not second or not (first[1] or second[1]) or first[0] == second[0]:
        return None
    head = m.group("head")
    return EventName(m.start("head"), second[2], f"{first[0]}-{second[0]} {head[0].upper()}{head[1:].lower()}")


def described_name(adoc: AnnotatedDocument, sent: Sentence, pos: int) -> EventName | None:
    """'<name>, the <description> (that) X hosted': the name before the comma (``pos`` is where the host starts)."""
    m = _DESCRIPTION.search(adoc.text, sent.start, pos)
    if not m:
        return None
    events = events_before(adoc, m.start("comma"), sent.start)
    return events[-1] if events and events[-1].end == m.start("comma") else None


def own_edition(adoc: AnnotatedDocument, sent: Sentence, pos: int) -> EventName | None:
    """'at its fifth meeting, which X hosted' -> the forum named before, with the ordinal."""
    m = _OWN_EDITION.search(adoc.text, max(sent.start, pos - 60), pos)
    if not m:
        return None
    ranges = [(sent.start, m.start())] + [(s.start, s.end) for s in reversed(adoc.previous_sentences(sent, 2))]
    for start, end in ranges:
        for e in reversed(events_in(adoc, start, end)):
            name = _STRIP_ORDINAL.sub("", e.text)
            if re.search(r"\b(?:Summit|Forum|Conference|Meeting|Dialogue)\b", name):
                return EventName(m.start(), m.end(), f"{m.group('ord')} {name}")
    return None


def session_of_body(adoc: AnnotatedDocument, sent: Sentence, pos: int) -> EventName | None:
    """'the 38th session of the committee, hosted by' -> '38th session of the <Committee named before>'."""
    m = _SESSION_OF.search(adoc.text, max(sent.start, pos - 80), pos)
    if not m:
        return None
    noun = m.group("noun")
    named = None
    for n in re.finditer(rf"(?:\b(?-i:[A-Z])[\w'’-]*\s+){{1,5}}(?-i:{noun.capitalize()})\b", adoc.text[max(0, m.start() - 2000) : m.start()]):
        named = n.group(0)
    if not named:
        return None
    name = re.sub(r"^(?:The|A|An)\s+", "", named)
    return EventName(m.start("ord"), m.end("noun"), f"{m.group('ord')} {m.group('head')} of the {name}")


def with_more(adoc: AnnotatedDocument, sent: Sentence, events: list[EventName], pos: int) -> list[EventName]:
    """The verb's events plus a pair summit after them and events hosted 'alongside' them."""
    after = events[-1].end if events else pos
    pair = pair_summit(adoc, after, sent.end)
    listed = events + ([pair] if pair else [])
    return listed + alongside(adoc, sent, listed[-1].end) if listed else []
