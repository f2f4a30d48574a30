"""Visits read from an event abroad rather than from a travel verb.

- representing one's state: "X represented Moscow at the summit in Hanoi", "Russia was represented
  (in person) by Foreign Minister X", "Putin stayed away and sent X in his place";
- an event that drew its visitors: "the gathering drew A, B and C", "the funeral in London was
  attended by A and B" (the host: the event's place, "hosted by", a state hosting it in the
  previous sentences, else the dateline);
- an act at an event: "X signed the pact at a ceremony organised by the Chilean government",
  "X spoke at the summit in Jakarta", "X said at a forum" (in a story filed from the host country);
- co-participants: "X attended along with A and B", "arrived together with A".

The host of the event is ``event_host``: a place after it, "hosted/organised by <state>", or the
dateline when the sentence names no other place.
"""

from __future__ import annotations

import re

from ...annotate.document import AnnotatedDocument
from ...model import Sentence
from .context import dateline, dateline_hosts_event, doc_event_host
from .frame import (
    _IN_PLACE,
    VisitFound,
    _after_dateline,
    _irrealis,
    _lo,
    _place_right,
    _subject,
    _with_coordinated,
)
from .more import _elsewhere
from .patterns import VisitPatterns
from ...annotate.participants import Participant, clause_start, participants, places

__all__ = ["co_participants", "on_at_event", "on_draw", "on_represent", "on_represented", "on_send"]

_BY_STATE = re.compile(r"\b(?:hosted|co-hosted|organi[sz]ed|co-organi[sz]ed|convened|held|chaired)\s+by\s+(?:the\s+)?$", re.I)
# between a verb and its object person: titles only ("drew Chinese President", "sent Foreign Minister")
_OBJ_GAP = re.compile(
    r"^\s+(?:the\s+|his\s+|her\s+|its\s+)?(?:[A-Z][\w'’.-]*\s+|(?:foreign|prime|deputy|vice|trade|defen[cs]e|finance|"
    r"minister|president|premier|chief|secretary|top|envoy|special|diplomat|leader|leaders|heads?\s+of\s+(?:state|government)|"
    r"of|from|and)\s+){0,7}$"
)
_STATE_OBJECT = re.compile(r"^\s+(?:the\s+|his\s+|her\s+|its\s+)?$")
_FRONT_BESIDES = re.compile(r"\W*(?:besides|apart\s+from|in\s+addition\s+to|along\s+with|alongside)\s", re.I)
_PARTICIPLE_FRONT = re.compile(r"\W*(?:[A-Z][a-z]+ing)\s+(?:at|to|before)\b")
_PRESS = re.compile(r"\b(?:press|news|media)\s+(?:conference|briefing|event)|\b(?:cabinet|party|parliament|government)\s+(?:meeting|session)", re.I)
_ORG_EVENT = re.compile(r"\b(?:G20|G7|NATO|APEC|ASEAN|BRICS|UN|SCO|EU|Commonwealth|COP\d*)\b")


_EVENT_AFTER = re.compile(r"^\W*(?:at|to|in)\s+(?:the|this|that|its)\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|conference|forum|gathering|talks)\b", re.I)


def pats_event(after: str) -> bool:
    """"at the meeting", "to the summit": an event named by a definite noun right after."""
    return bool(_EVENT_AFTER.match(after))


_AMONG_THOSE = re.compile(r"\bamong\s+(?:those|the\s+(?:leaders|guests|dignitaries|delegates))\s+(?:[\w-]+\s+)?[\w-]+$", re.I)
_WERE = re.compile(r"\s+(?:were|was)\s", re.I)
_ATTENDEE_LIST = re.compile(r"\s*(?:the\s+(?:summit|meeting|conference|event|ceremony|forum|talks)\s*)?,\s*(?:among\s+them|among\s+whom|including|notably)\s", re.I)


def _clause_end(adoc: AnnotatedDocument, sent: Sentence, pos: int) -> int:
    stop = re.search(r"[;]|,\s+(?:where|while|but|and|as|who|which)\b|\s[—–]\s", adoc.text[pos : sent.end])
    return pos + stop.start() if stop else sent.end


def event_host(adoc: AnnotatedDocument, sent: Sentence, pos: int, *, dateline_ok: bool = True) -> tuple[str, float] | None:
    """Where the event written after ``pos`` takes place."""
    text = adoc.text
    right = _place_right(adoc, sent, pos, 8)
    if right:
        return right[0].country, 0.75
    hi = _clause_end(adoc, sent, pos)
    for a in adoc.actors_in(pos, hi):
        if a.is_state and _BY_STATE.search(text[max(pos, a.start - 40) : a.start]):
            return a.actor, 0.7
    if not dateline_ok:
        return None
    dl = dateline(adoc)
    if dl is None:  # "represented Washington at the meeting": the event the story says a state hosted
        host = doc_event_host(adoc, sent.start)
        if host and pats_event(text[pos:sent.end]) and not _elsewhere(adoc, sent.start, sent.end, host):
            return host, 0.5
        return None
    if _elsewhere(adoc, _after_dateline(adoc, sent.start, sent.end), sent.end, dl.country):
        return None
    return dl.country, 0.55


def _persons_after(adoc: AnnotatedDocument, end: int, hi: int) -> list[Participant]:
    """The object persons of a verb ending at ``end``: the first one after titles only, and its list."""
    found = [p for p in participants(adoc, end, hi) if p.is_person]
    if not found or not _OBJ_GAP.match(adoc.text[end : found[0].start]):
        return []
    return _with_coordinated(adoc, found[0], found)


# "its defence minister[ for the first time since 2011]:" / "its foreign minister,": a title, then the name
_OWN_TITLE = re.compile(
    r"\s+(?:its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:minister|secretary|chief|envoy|president|premier|adviser|advisor|"
    r"leader|representative)\b[^.;:,]{0,50}?[:,]\s*", re.I)


def _named_after(adoc: AnnotatedDocument, end: int, hi: int) -> list[Participant]:
    """"sent National Security Adviser <Name>": a titled name the person layer does not know."""
    for ent in adoc.entities_in(end, hi, "PERSON"):
        gap = adoc.text[end : ent.start]
        if _OBJ_GAP.match(gap) and re.search(r"[A-Za-z]", gap) and not adoc.actors_in(ent.start, ent.end):
            return [Participant(ent.start, ent.end, "", adoc.text[ent.start : ent.end], None, True)]
        break
    return []


def co_participants(adoc: AnnotatedDocument, sent: Sentence, end: int, pats: VisitPatterns) -> list[Participant]:
    """"attended along with A and B": A and B, when the cue follows the verb in its clause."""
    text = adoc.text
    were = _WERE.match(text, end)
    if were is not None and _AMONG_THOSE.search(text, max(sent.start, end - 60), end):
        return _persons_after(adoc, were.end() - 1, sent.end)  # "among those attending were A and B"
    lst = _ATTENDEE_LIST.match(text, end)
    if lst:  # "leaders attended, among them A, B and C"
        return _persons_after(adoc, lst.end() - 1, sent.end)
    hi = _clause_end(adoc, sent, end)
    m = pats.co_participant.search(text, end, hi)
    if not m:
        return []
    return _persons_after(adoc, m.end() - 1, hi)


def _with_host(visitors: list[Participant], host: tuple[str, float] | None, at: int, cameo: str = "042") -> list[VisitFound]:
    if not host:
        return []
    return [VisitFound(v, host[0], cameo, host[1], at) for v in visitors]


def on_represent(adoc: AnnotatedDocument, sent: Sentence, start: int, end: int, pats: VisitPatterns) -> list[VisitFound]:
    """"X represented Moscow at the summit in Hanoi", "X, who represented Japan at the funeral"."""
    visitors = [v for v in _subject(adoc, sent, start, pats) if v.is_person]
    if not visitors or _irrealis(adoc, sent, _lo(adoc, sent, start, visitors), start, end, pats):
        return []
    pos = end
    obj = [p for p in participants(adoc, end, min(sent.end, end + 40)) if not p.is_person]
    if obj and _STATE_OBJECT.match(adoc.text[end : obj[0].start]):
        pos = obj[0].end  # the state represented is not the place
    else:
        m = re.match(r"\s+(?:his|her|their|its)\s+(?:country|government|nation)\b", adoc.text[end : end + 30])
        if not m:
            return []
        pos = end + m.end()
    return _with_host(visitors, event_host(adoc, sent, pos), start)


def on_represented(adoc: AnnotatedDocument, sent: Sentence, start: int, end: int, pats: VisitPatterns) -> list[VisitFound]:
    """"Moscow was represented (in person) by Foreign Minister X (at the talks in Geneva)"."""
    text = adoc.text
    cs = clause_start(text, sent.start, start)
    lo = _after_dateline(adoc, cs, start)
    states = [a for a in adoc.actors_in(lo, start) if a.is_state and a.how != "demonym"]
    if not states or any(p.is_person for p in participants(adoc, lo, start)):
        return []
    if _irrealis(adoc, sent, states[-1].end, start, end, pats):
        return []
    hi = _clause_end(adoc, sent, end)
    for p in participants(adoc, end, hi):
        if not p.is_person:
            continue
        if not re.search(r"\bby\s+(?:[\w'’.-]+\s+){0,5}$", text[end : p.start]) or len(text[end : p.start]) > 70:
            return []
        visitor = Participant(p.start, p.end, states[-1].actor, p.name, p.role, True)
        host = event_host(adoc, sent, p.end, dateline_ok=False) or event_host(adoc, sent, end)  # "at the summit in X by Y"
        return _with_host([visitor], host, start)
    return []


def on_send(adoc: AnnotatedDocument, sent: Sentence, start: int, end: int, pats: VisitPatterns) -> list[VisitFound]:
    """"Putin stayed away and sent Foreign Minister X in his place", "Xi sent Premier Li to the summit in Delhi"."""
    text = adoc.text
    senders = _subject(adoc, sent, start, pats)
    if not senders or _irrealis(adoc, sent, _lo(adoc, sent, start, senders), start, end, pats):
        return []
    raw = _persons_after(adoc, end, _clause_end(adoc, sent, end))
    objs = [o for o in raw if o.name] or _named_after(adoc, end, _clause_end(adoc, sent, end))
    appos = _OWN_TITLE.match(text, end, sent.end) if not objs or (raw and not raw[0].name) else None
    if appos:  # "sent its defence minister, X," / "sent its foreign minister this year: X met ..."
        objs = [p for p in participants(adoc, appos.end(), min(sent.end, appos.end() + 60)) if p.is_person][:1]
        objs = objs if objs and _OBJ_GAP.match(text[appos.end() - 1 : objs[0].start]) else []
    if not objs:
        return []
    after = text[objs[-1].end : sent.end]
    if appos and not re.match(r"^\s*,?\s*to\s", after):
        after = " instead" if ":" in appos.group(0) or re.match(r"^\s*(?:,|$|\.)", after) else after
    to_place = re.match(r"^\s*,?\s*to\s+(?:the\s+|a\s+|an\s+)?", after)
    if not (pats.stand_in.match(after) or re.match(r"^\s*,?\s*to\s+(?:represent|attend|lead)\b", after) or to_place):
        return []
    country = senders[0].country
    visitors = [Participant(o.start, o.end, country, o.name, o.role, True) for o in objs]
    host = event_host(adoc, sent, objs[-1].end, dateline_ok=False)
    if host is None:  # "skipped the summit in Bali and sent X in his place"
        for pl in places(adoc, sent.start, start):
            if _IN_PLACE.search(text[max(sent.start, pl.start - 12) : pl.start]):
                host = (pl.country, 0.6)
                break
    if host is None and (not to_place or pats_event(after)):  # "sent X to the summit": the dateline
        host = event_host(adoc, sent, sent.end)
    return _with_host(visitors, host, start)


def _host_from_context(adoc: AnnotatedDocument, sent: Sentence, subj_lo: int, start: int, pats: VisitPatterns) -> tuple[str, float] | None:
    """The host of "the gathering": its place, "hosted by X", or "X hosted ..." in the sentences before."""
    text = adoc.text
    for pl in places(adoc, subj_lo, start):
        if re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(subj_lo, pl.start - 12) : pl.start]):
            return pl.country, 0.7
    for a in adoc.actors_in(subj_lo, start):
        if a.is_state and _BY_STATE.search(text[max(subj_lo, a.start - 40) : a.start]):
            return a.actor, 0.7
    p_start, _ = adoc.paragraph_of(sent)
    for prev in reversed(adoc.previous_sentences(sent, 2)):
        if prev.start < p_start and prev.index < sent.index - 1:
            break
        for m in pats.host_verb.finditer(text, prev.start, prev.end):
            hosts = [a for a in adoc.actors_in(clause_start(text, prev.start, m.start()), m.start()) if a.is_state and a.how != "demonym"]
            if hosts and pats.event.search(text, m.end(), prev.end):
                return hosts[-1].actor, 0.65
    return event_host(adoc, sent, sent.end)


def on_draw(adoc: AnnotatedDocument, sent: Sentence, start: int, end: int, pats: VisitPatterns) -> list[VisitFound]:
    """"The gathering drew A, B and C", "the funeral in London was attended by A and B"."""
    text = adoc.text
    cs = clause_start(text, sent.start, start)
    lo = _after_dateline(adoc, cs, start)
    front = _FRONT_BESIDES.match(text, lo)
    comma = text.find(",", lo, start) if front else -1
    subj_lo = comma + 1 if comma >= 0 else lo
    if not pats.event.search(text[subj_lo:start]) or any(p.is_person for p in participants(adoc, subj_lo, start)):
        return []
    if _irrealis(adoc, sent, subj_lo, start, end, pats):
        return []
    visitors = _persons_after(adoc, end, _clause_end(adoc, sent, end))
    if not visitors:
        return []
    if comma >= 0:  # "Besides <Name>, the gathering drew ..."
        visitors = [p for p in participants(adoc, lo, comma) if p.is_person] + visitors
    return _with_host(visitors, _host_from_context(adoc, sent, subj_lo, start, pats), start)


def on_at_event(adoc: AnnotatedDocument, sent: Sentence, start: int, end: int, pats: VisitPatterns) -> list[VisitFound]:
    """"X signed the pact at a ceremony organised by Chile", "X spoke at the summit in Jakarta"."""
    text = adoc.text
    phrase = text[start:end]
    visitors = [v for v in _subject(adoc, sent, start, pats) if v.is_person]
    lo = None
    if not visitors and _PARTICIPLE_FRONT.match(text, _after_dateline(adoc, sent.start, start)):
        comma = text.find(",", end, sent.end)  # "Speaking at the summit in Jakarta, X said"
        found = [p for p in participants(adoc, comma + 1, sent.end) if p.is_person] if comma >= 0 else []
        visitors, lo = found[:1], sent.start
    if not visitors:
        return []
    if _irrealis(adoc, sent, lo if lo is not None else _lo(adoc, sent, start, visitors), start, end, pats):
        return []
    quiet = bool(_PRESS.search(phrase) or _ORG_EVENT.search(phrase)) and not dateline_hosts_event(adoc)
    return _with_host(visitors, event_host(adoc, sent, end, dateline_ok=not quiet), start)
