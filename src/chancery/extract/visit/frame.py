"""The frame of a visit: its visitor (subject, relative antecedent, pronoun), its place and irrealis.

Shared by the handlers of ``visit.py`` and ``_visit_more.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ...annotate.document import AnnotatedDocument
from ...model import Sentence
from .context import dateline, doc_event_host
from .patterns import VisitPatterns
from ...annotate.participants import (
    _CLAUSE_BREAK,
    Participant,
    Place,
    clause_start,
    mask_asides,
    participants,
    places,
    pronoun_participant,
)

_DIRECT = re.compile(r"^\s*(?:(?:to|in|at|into|of)\s+)?(?:the\s+)?$", re.I)
_VIA = re.compile(r"^[^.;:,()\[\]]*?\b(?:in|to|at)\s+(?:the\s+)?$", re.I)
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:to|in)\s+)?(?:the\s+)?$", re.I)  # "to A and to B"
# before the next person of a list: a title ("and Chinese President", ", Brazil's", "and trade minister")
_PERSON_LIST_GAP = re.compile(
    r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:[A-Z][\w'’.-]*\s+|(?:trade|foreign|defen[cs]e|deputy|"
    r"vice|prime|finance|economy|minister|ministers|secretary|president|premier|leader|chief|commissioner|envoy)\s+){0,6}$"
)
# "X and the leaders of A, B and C", "X and leaders from A and B"
_LEADERS_OF_GAP = re.compile(
    r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:[\w-]+\s+)?(?:leaders|heads\s+of\s+(?:state|government)|"
    r"presidents|prime\s+ministers|ministers|foreign\s+ministers|delegations)\s+(?:of|from)\s+(?:the\s+)?$",
    re.I,
)
_OBJECT_BEFORE = re.compile(
    r"\b(?:with|by|to|in|at|into|for|against|than|met|meets|meeting|received|receives|welcomed|hosted|"
    r"(?i:after|before|since|following|during|besides|unlike|despite|amid)|"
    r"thanked|invited|urged|told|asked|congratulated|between|from|on|about)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:[A-Z][\w'’.-]*\s+){0,5}$"
)
_POSSESSIVE = re.compile(r"^['’]s\s+(?:[\w-]+\s+){0,4}$")
_BY_OF = re.compile(r"^\s+(?:to\s+[^,;]{0,40}?\s+|(?:is|was|the|first|second|third|last|latest|ever|such|one)\s+(?:[\w-]+\s+){0,2}?)?(?:by|of)\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w'’.-]*\s+|of\s+(?:the\s+)?){0,9}$")
_PRONOUN_POSS = re.compile(r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,4}$", re.I)
_TITLE_GAP = re.compile(r"^\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+|of\s+(?:the\s+)?){0,7}$")
_IN_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.I)
_EVENT_IN = re.compile(r"\b(?:summit|conference|meeting|forum|talks|held|session|ceremony|games|expo)\b[^,.;]{0,40}$", re.I)
_BY = re.compile(r"^\s+by\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+|of\s+){0,6}$")
_BE_IN = re.compile(r"^(?:was|is|were|are|has\s+been)\s+in$", re.I)
_RELATIVE = re.compile(r"^\s*,\s*who\s+(?:[^,;()\u2014\u2013]|\s-\s){0,80}$", re.I)
# "became the first French president to visit": a done visit, not an infinitive of purpose
_FIRST_TO = re.compile(
    r"(?:\b(?:became|becomes|was|is|has\s+become|had\s+become)\s+|(?P<appos>,\s*))(?:the\s+|only\s+the\s+|only\s+)?"
    r"(?:first|second|third|fourth|fifth|only|last|latest)\b[^,.;:]{0,60}?\bto\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_LEADERS_FROM = re.compile(r"\b(?:leaders|heads\s+of\s+(?:state|government)|delegations|ministers)\s+from\s+(?:the\s+)?$", re.I)
_COUNTERPART = re.compile(r"^\s+(?:counterparts?|hosts?)\b", re.I)
_AND_CLAUSE = re.compile(r",\s+and\s+")
_AND_PRONOUN = re.compile(r",\s+and\s+(?:then\s+)?(?:he|she)\b")
# a subordinate clause with its own subject: "a month after <X> made a visit", "since <X> travelled to"
_SUBORDINATOR = re.compile(r"\b(?:after|before|since|until|once|because)\s+", re.I)
_SUB_SUBJECT_GAP = re.compile(r"^(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,6}$")
_FINITE = re.compile(r"\b(?:made|paid|visited|travell?ed|arrived|flew|went|came|toured|attended|landed|was|were|had|has|"
                     r"makes|pays|visits|travels|arrives|flies|goes|comes|tours|attends|lands)\b", re.I)
_PRESENT_SUB = re.compile(r"\b(?:makes|pays|visits|travels|arrives|flies|goes|comes|tours|attends|lands|heads)\b", re.I)
_ASIDE_STOP = re.compile(r"\b(?:which|that|who)\b", re.I)


@dataclass(frozen=True)
class VisitFound:
    visitor: Participant
    host: str
    cameo: str  # 042 make a visit, 043 host a visit
    confidence: float
    at: int
    noun_checked: bool = False  # a visitor noun ("leaders from X") was seen for a bare state


Handler = Callable[[AnnotatedDocument, Sentence, int, int, VisitPatterns], list[VisitFound]]




# -- roles ----------------------------------------------------------------------
def _after_dateline(adoc: AnnotatedDocument, start: int, end: int) -> int:
    """Where the story starts in ``[start, end)`` when it opens with the dateline ("HANOI, Vietnam (AP) -")."""
    dl = dateline(adoc)
    return dl.end if dl and start < dl.end <= end else start


def _candidates(adoc: AnnotatedDocument, start: int, end: int) -> list[Participant]:
    start = _after_dateline(adoc, start, end)
    masks = mask_asides(adoc.text, start, end)
    out = []
    for p in participants(adoc, start, end):
        if any(s <= p.start < e for s, e in masks):
            continue
        before = adoc.text[max(start, p.start - 60) : p.start]
        if _OBJECT_BEFORE.search(before) and not _LEADERS_FROM.search(before):
            continue
        out.append(p)
    return out


def _with_coordinated(adoc: AnnotatedDocument, first: Participant, cands: list[Participant]) -> list[Participant]:
    out = [first]
    for p in cands:
        if p.start <= out[-1].end:
            continue
        gap = adoc.text[out[-1].end : p.start]
        if _LIST_GAP.match(gap) or (p.is_person and _PERSON_LIST_GAP.match(gap)) or (not p.is_person and _LEADERS_OF_GAP.match(gap)):
            out.append(p)
    return out


def relative_antecedent(adoc: AnnotatedDocument, sent: Sentence, pos: int) -> Participant | None:
    """"X, who is on a state visit to Y" / "X, who attended the summit, urged": X."""
    lo = _after_dateline(adoc, sent.start, pos)
    before = [p for p in participants(adoc, max(lo, pos - 160), pos) if p.end <= pos]
    if before and _RELATIVE.match(adoc.text[before[-1].end : pos]):
        return before[-1]
    return None


def _last_conjunct(adoc: AnnotatedDocument, cs: int, pos: int, cands: list[Participant]) -> list[Participant]:
    """"A and B were among those attending, and C flew in": the candidates of the clause after ", and"."""
    for m in reversed(list(_AND_CLAUSE.finditer(adoc.text, cs, pos))):
        if any(p.end <= m.start() and not adoc.text[p.end : m.start()].strip() for p in cands):
            continue  # ", and" inside a list of names ("A, B, and C")
        later = [p for p in cands if p.start >= m.end()]
        if later:
            return later
    return cands


def _subordinate(adoc: AnnotatedDocument, cs: int, pos: int) -> int | None:
    """"a month after <X> made a state visit": where the subordinate clause's subject begins."""
    text = adoc.text
    subs = list(_SUBORDINATOR.finditer(text, cs, pos))
    if not subs or "," in text[subs[-1].end() : pos]:
        return None
    lo = subs[-1].end()
    found = participants(adoc, lo, pos)
    if not found or not _SUB_SUBJECT_GAP.match(text[lo : found[0].start]):
        return None
    verb = _FINITE.search(text, found[0].end, min(len(text), pos + 20))
    return lo if verb and verb.start() <= pos else None


def _subject(adoc: AnnotatedDocument, sent: Sentence, pos: int, pats: VisitPatterns) -> list[Participant]:
    """The subject(s) of the clause that ends at ``pos``."""
    antecedent = relative_antecedent(adoc, sent, pos)
    if antecedent:
        return [antecedent]
    cs = clause_start(adoc.text, sent.start, pos)
    sub = _subordinate(adoc, cs, pos)
    if sub is not None:
        present = _PRESENT_SUB.search(adoc.text, sub, min(len(adoc.text), pos + 20))
        if present and present.start() <= pos:
            return []  # "once X visits Y", "after X makes a visit": a future event
        cs = sub
    cands = _candidates(adoc, cs, pos)
    for m in reversed(list(_AND_PRONOUN.finditer(adoc.text, cs, pos))):
        if not any(p.start >= m.end() for p in cands):  # "X was in A when he and Y ..., and he travelled to B"
            first = [p for p in _candidates(adoc, sent.start, pos) if p.is_person]
            return first[:1]
        break
    cands = _last_conjunct(adoc, cs, pos, cands)
    if cands:
        return _with_coordinated(adoc, cands[0], cands)
    if pats.pronoun.search(adoc.text[cs:pos]):
        # "X flew in from Delhi, where he attended ...": a person earlier in the sentence
        earlier = [p for p in _candidates(adoc, sent.start, cs) if p.is_person] if cs > sent.start else []
        found = earlier[0] if earlier else pronoun_participant(adoc, sent)
        return [found] if found else []
    if cs > sent.start:
        cands = _candidates(adoc, sent.start, cs)
        return cands[:1]
    return []


def _place_right(adoc: AnnotatedDocument, sent: Sentence, pos: int, max_words: int) -> list[Place]:
    found: list[Place] = []
    for p in places(adoc, pos, sent.end):
        gap = adoc.text[pos : p.start]
        if found:
            if _LIST_GAP.match(adoc.text[found[-1].end : p.start]):
                found.append(p)
                continue
            break
        if adoc.text.startswith(("'s", "’s"), p.end):
            continue  # "visit of Vietnam's President": a possessive, not a place
        if _DIRECT.match(gap) or (_VIA.match(gap) and len(gap.split()) <= max_words):
            found.append(p)
        elif len(gap.split()) > max_words:
            break
    return found


def _place_before(adoc: AnnotatedDocument, sent: Sentence, start: int) -> Place | None:
    """"his Japan visit", "the Hanoi trip"."""
    for p in places(adoc, max(sent.start, start - 40), start):
        if re.match(r"^\s*$", adoc.text[p.end : start]):
            return p
    return None


def _context_host(adoc: AnnotatedDocument, sent: Sentence, visitor: Participant) -> tuple[str | None, float]:
    """Where a visitor named without a destination is: a place, the other party, the dateline."""
    for p in places(adoc, sent.start, sent.end):
        if visitor.start <= p.start < visitor.end:
            continue
        if _IN_PLACE.search(adoc.text[max(sent.start, p.start - 12) : p.start]):
            return p.country, 0.7
    # the other party of the visitor's own clause ("X's state visit, during which he met Y"),
    # never a person of a later clause ("X made a state visit, while Y, ..., held talks")
    lo = clause_start(adoc.text, sent.start, visitor.start)
    brk = _CLAUSE_BREAK.search(adoc.text, visitor.end, sent.end)
    for q in participants(adoc, lo, brk.start() if brk else sent.end):
        if q.is_person and q.country != visitor.country and q.start != visitor.start:
            return q.country, 0.65
    for a in adoc.actors_in(visitor.end, brk.start() if brk else sent.end):  # "with his Chilean counterpart"
        if a.how == "demonym" and a.actor != visitor.country and _COUNTERPART.match(adoc.text[a.end : a.end + 15]):
            return a.actor, 0.6
    dl = dateline(adoc)
    if dl is None:
        prev = _counterpart_before(adoc, sent, visitor)  # "X and his Mexican counterpart Y ..." earlier
        if prev:
            return prev, 0.5
        event_host = doc_event_host(adoc, sent.start)  # "who combined the summit with an official visit"
        if event_host and event_host != visitor.country and _EVENT_WORD.search(sent.text):
            return event_host, 0.5
    home = dl.country if dl else adoc.home
    if home and home != visitor.country:
        return home, 0.55
    return None, 0.0


_EVENT_WORD = re.compile(r"\b(?:summit|conference|forum|meeting|gathering)\b", re.I)
_POSS_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+$", re.I)


def _counterpart_before(adoc: AnnotatedDocument, sent: Sentence, visitor: Participant) -> str | None:
    """The country of "his <demonym> counterpart" named with the visitor in the sentences before."""
    for prev in reversed(adoc.previous_sentences(sent, 3)):
        if not any(p.is_person and p.country == visitor.country for p in participants(adoc, prev.start, prev.end)):
            continue
        for a in adoc.actors_in(prev.start, prev.end):
            if (a.how == "demonym" and a.actor != visitor.country and _COUNTERPART.match(adoc.text[a.end : a.end + 15])
                    and _POSS_COUNTERPART.search(adoc.text[max(prev.start, a.start - 8) : a.start])):
                return a.actor
    return None


# -- irrealis -------------------------------------------------------------------
def _irrealis(adoc: AnnotatedDocument, sent: Sentence, lo: int, start: int, end: int,
              pats: VisitPatterns, *, noun: bool = False) -> bool:
    text = adoc.text
    lo = max(sent.start, min(lo, start))
    window = list(text[lo:start])
    for s, e in mask_asides(text, lo, start):
        window[s - lo : e - lo] = " " * (e - s)
    left = "".join(window)
    if pats.modal.search(left):
        return True
    first = _FIRST_TO.search(left)
    if pats.infinitive.search(left) and not first:
        return True
    if first and first.group("appos"):  # "X, the first ... to visit Y, will arrive": the main verb decides
        rest = text[end : sent.end]
        comma = rest.find(",")
        if comma >= 0 and pats.modal.search(rest[comma + 1 : comma + 30]):
            return True
    if noun:
        after = text[end : sent.end]
        stop = _ASIDE_STOP.search(after)
        if pats.after_future.match(after[: stop.start()] if stop else after):
            return True
    return False


def _lo(adoc: AnnotatedDocument, sent: Sentence, start: int, visitors: list[Participant]) -> int:
    cs = clause_start(adoc.text, sent.start, start)
    before = [v.end for v in visitors if cs <= v.end <= start]
    return max(before) if before else max(cs, start - 80)


def _noun_visitors(adoc: AnnotatedDocument, sent: Sentence, start: int, end: int,
                   pats: VisitPatterns) -> tuple[list[Participant], int]:
    """The visitors of a visit noun, and where its destination may be written."""
    text = adoc.text
    before = participants(adoc, max(sent.start, start - 80), start)
    for p in reversed(before):
        if _POSSESSIVE.match(text[p.end : start]):
            return [p], end
    for p in participants(adoc, end, min(sent.end, end + 90)):
        if _BY_OF.match(text[end : p.start]):
            if p.is_person or pats.visitor_noun_after.match(text[p.end : p.end + 40].lstrip()):
                return [p], p.end
            break
    if _PRONOUN_POSS.search(text[max(sent.start, start - 40) : start]):
        persons = [p for p in _candidates(adoc, sent.start, sent.end) if p.is_person]
        if persons:
            return persons[:1], end
        found = pronoun_participant(adoc, sent)
        return ([found] if found else []), end
    return _subject(adoc, sent, start, pats), end
