"""Events referred to without their name, and events named by their venue.

* an anaphor: "the two-day summit is being hosted by Brazil", "Vietnam is
  hosting the three-day meeting", "with Kazakhstan to host the next one" -> the
  event named just before (same sentence, else up to three sentences back;
  "summit"/"forum"/"conference" need an antecedent with the same noun, "the
  meeting"/"the gathering"/"the next one" take an event of the same or the previous sentence).  "The next
  one/summit" is the same series: its ordinal ("first") is dropped;
* an appositive: "the <Name> Summit in <city>, an annual gathering
  hosted by the UAE" -> the event before the comma;
* a venue: "attended the BRICS Summit in Rio de Janeiro" -> held in Brazil, for
  a named event whose last word is a multilateral event noun ("summit",
  "forum", "conference", not "assembly"/"session"/"meeting"), so that "the
  Summit on Peace in Ukraine" (a topic) is not read as a venue.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...annotate.document import AnnotatedDocument
from ...model import Sentence
from .events import EventName, events_before, events_in, lexicon, place_at, strong_head

__all__ = ["anaphor_after", "anaphor_before", "appositive_event", "venue_events"]

Keep = Callable[[EventName], bool]

_HEADS = r"summit|summits|meeting|meetings|forum|conference|gathering|festival|games|expo|dialogue|congress|one|edition"
_LOOSE = {"meeting", "meetings", "gathering", "one", "edition"}  # any event just before may be their antecedent
# "the (two-day) summit", "this year's forum", "the next one": lowercase modifiers only (a name would be an event)
_NP = (
    r"(?P<det>the|this|that|this\s+year['’]s|(?-i:The|This|That))\s+"
    r"(?P<mods>(?:(?-i:[a-z0-9][\w'’-]*)\s+){0,3}?)(?P<head>" + _HEADS + r")\b"
)
_NP_AFTER = re.compile(r"\s*" + _NP, re.I)
_NP_BEFORE = re.compile(r"\b" + _NP + r"\s*,?\s*(?:(?:is|are|was|were|has|have|had)\s+)?$", re.I)
# what may not follow the anaphor: a complement ("the meeting of foreign ministers") or a partner
_COMPLEMENT = re.compile(r"\s*(?:of|on|with|between|for\s+(?:the\s+)?(?:visiting\s+)?[A-Z]|in\s+honou?r)\b")
_BAD_MODS = re.compile(r"\b(?:bilateral|trilateral|two-way|annual\s+bilateral|press|cabinet|party|board|family|own)\b", re.I)
_ORDINAL = re.compile(
    r"^(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural|\d+(?:st|nd|rd|th)|(?:19|20)\d\d)\s+)+",
    re.I,
)
_GENERIC = re.compile(r"(?:\d+(?:st|nd|rd|th)|the|annual)", re.I)
_OWNER = re.compile(r"(?:['’]s|\bits|\btheir)\s+(?:(?:own|next|latest|last)\s+)?$", re.I)
# an event that is the object of a host verb
_OBJECT_OF = re.compile(
    r"\b(?:hold|holds|held|holding|host|hosts|hosted|hosting|co-host\w*|organi[sz]\w*|co-organi[sz]\w*|convene\w*|"
    r"stage|stages|staged|staging)\s+(?:(?:the|a|an|its|their|his|her|our)\s+)?$",
    re.I,
)
_APPOSITIVE = re.compile(
    r"(?P<place>\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:[\s-]+(?:[A-Z][\w'’.-]*|de|del|of))*)?"
    r"(?P<tail>\s*,\s*(?i:an?|the|this|its)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?i:event|gathering|summit|forum|conference|meeting|festival|occasion|fair|exhibition|expo|games|celebration)\s*)$"
)


def _antecedent(adoc: AnnotatedDocument, sent: Sentence, pos: int, head: str, next_one: bool, keep: Keep) -> str | None:
    loose = head.lower() in _LOOSE
    ranges = [(sent.start, pos)]
    ranges += [(s.start, s.end) for s in reversed(adoc.previous_sentences(sent, 1 if loose else 3))]
    noun = head.lower().rstrip("s")
    for start, end in ranges:
        for e in reversed(events_in(adoc, start, end)):
            if not loose and noun not in e.text.lower():
                continue
            if not keep(e):
                continue
            return _ORDINAL.sub("", e.text) if next_one else e.text
    return None


def _resolve(adoc: AnnotatedDocument, sent: Sentence, m: re.Match[str], keep: Keep, strong_only: bool) -> EventName | None:
    head = m.group("head").lower()
    next_one = bool(re.search(r"\bnext\b", m.group("mods"), re.I))
    if head == "one" and not next_one:
        return None
    if _BAD_MODS.search(m.group("mods")) or (strong_only and head in _LOOSE):
        return None
    ordinal = _ORDINAL.match(m.group("mods"))  # "the second edition" -> the antecedent's series, that edition
    text = _antecedent(adoc, sent, m.start(), head, next_one or bool(ordinal), keep)
    if not text:
        return None
    return EventName(m.start("det"), m.end("head"), f"{ordinal.group(0)}{text}" if ordinal else text)


def anaphor_after(
    adoc: AnnotatedDocument, sent: Sentence, pos: int, keep: Keep, *, strong_only: bool = False
) -> EventName | None:
    """'hosted the three-day meeting' -> the event named before."""
    m = _NP_AFTER.match(adoc.text, pos, sent.end)
    if not m or _COMPLEMENT.match(adoc.text, m.end(), sent.end):
        return None
    return _resolve(adoc, sent, m, keep, strong_only)


def anaphor_before(
    adoc: AnnotatedDocument, sent: Sentence, pos: int, keep: Keep, *, strong_only: bool = False
) -> EventName | None:
    """'The two-day summit is being hosted by ...' -> the event named before."""
    m = _NP_BEFORE.search(adoc.text, max(sent.start, pos - 80), pos)
    if not m:
        return None
    return _resolve(adoc, sent, m, keep, strong_only)


def appositive_event(adoc: AnnotatedDocument, sent: Sentence, pos: int) -> list[EventName]:
    """'<event> in Dubai, an annual gathering hosted by ...' -> <event>."""
    m = _APPOSITIVE.search(adoc.text, sent.start, pos)
    if not m:
        return []
    for end in dict.fromkeys([m.start(), m.start("tail")]):  # "<event> in Dubai, an ..." or "<event>, an ..."
        events = events_before(adoc, end, sent.start)
        if events and events[-1].end == end:
            return events[-1:]
    return []


def venue_events(adoc: AnnotatedDocument, sent: Sentence) -> list[tuple[EventName, str]]:
    """(event, state) for '<named summit/forum/conference> in <city or state>'."""
    out = []
    text = adoc.text
    for e in events_in(adoc, sent.start, sent.end):
        if _OBJECT_OF.search(text, max(sent.start, e.start - 60), e.start):
            continue  # "the two sides held the X Forum in Bangkok": the verb's own shape decides
        words = re.findall(r"[\w'’-]+", e.text)
        if not strong_head(words[-1]) or (
            _OWNER.search(text, max(sent.start, e.start - 30), e.start)
            and all(_GENERIC.fullmatch(w) or w.lower() in lexicon()["lower_modifiers_set"] for w in words[:-1])
        ):
            continue  # "the organisation's 41st General Conference in Paris": a body's own organ, no named event
        m = re.compile(r"\s+in\s+").match(text, e.end, sent.end)
        if not m:
            continue
        state = place_at(adoc, m.end(), min(sent.end, m.end() + 60))
        if state:
            out.append((e, state))
    return out
