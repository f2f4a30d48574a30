"""Presence at an event abroad, read from a list rather than a travel verb.

- "among": "Among the leaders in <city> are A, B and C", "A and B were among the leaders (who
  arrived) in <place>", "A was among ministers from 40 countries at the forum, held in <place>";
  the host is a place of the "among" phrase (after in/at/to), else the dateline (or the state the
  story says hosts its event) when the phrase names "the capital", "town" or an event;
- "in town": "A and B were in town / in the capital / here for the summit" at the dateline;
- "attended by": "<event>(, which was) attended by A and B", the host from the event's place or a
  state said to host it in the sentences before;
- "the leaders of A, B and C <adopted / signed / endorsed ...>" in a story about a summit a state
  hosted (one visit per listed state, no visitor name).

A modal, an expectation or an invitation ("expected in", "will be among", "invited to") and a
negation give no fact.
"""

from __future__ import annotations

import re

from ...annotate.document import AnnotatedDocument
from ...model import Sentence
from .context import dateline, dateline_hosts_event, doc_event_host
from .event import _host_from_context, _persons_after
from .frame import VisitFound, _after_dateline, _subject
from .more import _elsewhere
from .patterns import VisitPatterns
from ...annotate.participants import Participant, clause_start, participants, places

__all__ = ["from_presence"]

_GROUP = (r"(?:those|attendees|participants|delegates|delegations|speakers|guests|dignitaries|visitors|leaders|"
          r"heads\s+of\s+(?:state|government)|ministers|officials|chiefs|presidents|prime\s+ministers|envoys|"
          r"world\s+leaders|foreign\s+leaders|regional\s+leaders|"
          r"(?:[\w-]+\s+){0,2}?(?:leaders|ministers|officials|chiefs|guests|dignitaries|delegates))")
_BE = r"(?:are|were|is|was|has\s+been|have\s+been)"
_AMONG_FRONT = re.compile(r"(?<![\w-])Among\s+(?:the\s+)?(?P<group>" + _GROUP + r")\b(?P<rest>[^;]{0,140}?)\s+" + _BE + r"\s+", re.I)
_AMONG_BACK = re.compile(r"\b" + _BE + r"\s+(?:also\s+|again\s+)?among\s+(?:the\s+)?(?P<group>" + _GROUP + r")\b", re.I)
_IN_TOWN = re.compile(
    r"\b" + _BE + r"\s+(?:also\s+|already\s+|again\s+)?(?:in\s+town|in\s+the\s+(?:capital|city)|here|on\s+hand)\s+"
    r"(?:for|to\s+attend|to\s+take\s+part\s+in|at)\b", re.I)
_NOT_THERE = re.compile(
    r"\b(?:expected|due|set\s+to|scheduled|invited|invitations?|will|would|could|(?-i:may)|might|shall|plan(?:s|ned)?\s+to|"
    r"not|n[o']t|never|absent|skipped|skip|missed|stayed\s+away|declined|unable|cancell?ed|postponed|hoping|hope|"
    r"likely|virtually|online|by\s+video|remotely|congratulat\w*|condemn\w*|criticis\w*|criticiz\w*|"
    r"phoned|called|wrote|signed\s+a\s+letter|sanction\w*)\b", re.I)
_DEICTIC = re.compile(r"\b(?:the\s+(?:capital|city)|town|here)\b", re.I)
_EVENT = re.compile(r"\b(?:summit|summits|conference|forum|meeting|meetings|gathering|ceremony|ceremonies|coronation|"
                    r"inauguration|funeral|talks|dialogue|session|sessions|assembly|congress|games|expo|festival|"
                    r"celebrations?|parade|events?|edition|retreat|APEC|G20|G7|BRICS)\b", re.I)
_LOCATIVE = re.compile(r"\b(?:in|at|to|into)\s+(?:the\s+)?$", re.I)
_CLAUSE_STOP = re.compile(r"[;]|,\s+(?:while|whereas|but|and\s+(?-i:[A-Z]))\b|\s[—–]\s|:\s", re.I)


def _clause_hi(text: str, pos: int, hi: int) -> int:
    m = _CLAUSE_STOP.search(text, pos, hi)
    return m.start() if m else hi


def _deictic_host(adoc: AnnotatedDocument, sent: Sentence, hi: int) -> tuple[str, float] | None:
    """The dateline, unless the clause names another place; with no dateline, the event's host state."""
    dl = dateline(adoc)
    if dl is not None:
        if _elsewhere(adoc, _after_dateline(adoc, sent.start, hi), hi, dl.country):
            return None
        return dl.country, 0.55
    host = doc_event_host(adoc, sent.start)
    if host and not _elsewhere(adoc, sent.start, hi, host):
        return host, 0.5
    return None


def _phrase_host(adoc: AnnotatedDocument, sent: Sentence, lo: int, hi: int) -> tuple[str, float] | None:
    """The host of a presence phrase ``[lo, hi)``: a place after a locative, else the dateline for
    "the capital", "town", "here" or an event."""
    text = adoc.text
    phrase = text[lo:hi]
    if _NOT_THERE.search(phrase):
        return None
    for p in places(adoc, lo, hi):
        if _LOCATIVE.search(text[max(lo, p.start - 12) : p.start]) and not text.startswith(("'s", "’s"), p.end):
            return p.country, 0.65
    if _DEICTIC.search(phrase) or _EVENT.search(phrase):
        return _deictic_host(adoc, sent, hi)
    return None


def _found(visitors: list[Participant], host: tuple[str, float] | None, at: int) -> list[VisitFound]:
    if not host:
        return []
    return [VisitFound(v, host[0], "042", host[1], at) for v in visitors if v.country != host[0]]


def _left_clear(adoc: AnnotatedDocument, lo: int, hi: int, pats: VisitPatterns) -> bool:
    left = adoc.text[lo:hi]
    return not (pats.modal.search(left) or _NOT_THERE.search(left))


def _among(adoc: AnnotatedDocument, sent: Sentence, pats: VisitPatterns) -> list[VisitFound]:
    text = adoc.text
    out: list[VisitFound] = []
    lo0 = _after_dateline(adoc, sent.start, sent.end)
    for m in _AMONG_FRONT.finditer(text, lo0, sent.end):
        phrase_lo, phrase_hi = m.start("group"), m.end("rest")
        hi = _clause_hi(text, m.end(), sent.end)
        visitors = _persons_after(adoc, m.end() - 1, hi)
        if visitors and _left_clear(adoc, clause_start(text, sent.start, m.start()), m.start(), pats):
            out += _found(visitors, _phrase_host(adoc, sent, phrase_lo, phrase_hi), m.start())
    for m in _AMONG_BACK.finditer(text, lo0, sent.end):
        hi = _clause_hi(text, m.end(), sent.end)
        cs = clause_start(text, sent.start, m.start())
        visitors = [v for v in _subject(adoc, sent, m.start(), pats) if v.is_person]
        if visitors and _left_clear(adoc, max(cs, visitors[-1].end), m.start(), pats):
            out += _found(visitors, _phrase_host(adoc, sent, m.start("group"), hi), m.start())
    for m in _IN_TOWN.finditer(text, lo0, sent.end):
        hi = _clause_hi(text, m.end(), sent.end)
        visitors = [v for v in _subject(adoc, sent, m.start(), pats) if v.is_person]
        if not visitors or not _left_clear(adoc, max(clause_start(text, sent.start, m.start()), visitors[-1].end), m.start(), pats):
            continue
        if _NOT_THERE.search(text, m.end(), hi):
            continue
        out += _found(visitors, _deictic_host(adoc, sent, hi), m.start())
    return out


_ATTENDED_BY = re.compile(
    r"(?P<np>\b(?:the|a|an|its|their|this|these|both)\s+(?:[\w'’-]+\s+){0,5}?(?:summit|summits|conference|forum|meeting|meetings|"
    r"gathering|ceremony|ceremonies|events?|sessions?|talks|dialogue|assembly|congress|funeral|inauguration|celebrations?|"
    r"parade|festival|expo|games|retreat))\b(?P<where>[^,;]{0,50}?)\s*,\s*(?:(?:which|that)\s+(?:was|were|had\s+been)\s+(?:also\s+)?)?"
    r"attended\s+(?:in\s+person\s+)?by\s+", re.I)


def _attended_by(adoc: AnnotatedDocument, sent: Sentence, pats: VisitPatterns) -> list[VisitFound]:
    """"<event>, which was attended by A and B", "<event> in X, attended by A and B"."""
    text = adoc.text
    out: list[VisitFound] = []
    for m in _ATTENDED_BY.finditer(text, sent.start, sent.end):
        if _NOT_THERE.search(m.group(0)) or pats.modal.search(text, clause_start(text, sent.start, m.start()), m.start()):
            continue
        hi = _clause_hi(text, m.end(), sent.end)
        rel = re.search(r",\s*(?:who|which|where|whose)\b", text[m.end() : hi])
        hi = m.end() + rel.start() if rel else hi
        first = _persons_after(adoc, m.end() - 1, hi)  # the list right after "attended by" ...
        visitors = first + [p for p in participants(adoc, first[-1].end, hi) if p.is_person] if first else []
        if not visitors:
            continue
        host = None
        for p in places(adoc, m.start("np"), m.end("where")):
            if _LOCATIVE.search(text[max(sent.start, p.start - 12) : p.start]):
                host = (p.country, 0.7)
                break
        if host is None:
            host = _host_from_context(adoc, sent, m.start("np"), m.end("where"), pats)
        out += _found(visitors, host, m.start())
    return out


_LEADERS_OF = re.compile(
    r"\b(?:the\s+)?(?:leaders|heads\s+of\s+(?:state|government)|heads\s+of\s+state\s+and\s+government|prime\s+ministers|"
    r"presidents|foreign\s+ministers|delegations)\s+(?:of|from)\s+(?:the\s+)?", re.I)
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$")
_ACT = re.compile(
    r"^\s+(?:(?:also|jointly|later|then|formally|on\s+\w+day)\s+)?(?:adopted|signed|issued|endorsed|approved|attended|"
    r"gathered|met|posed|discussed|agreed|pledged|launched|witnessed|took\s+part|participated|joined|laid|planted|"
    r"toured|held|reviewed|welcomed|unveiled|released)\b", re.I)


def _leaders_of(adoc: AnnotatedDocument, sent: Sentence, pats: VisitPatterns) -> list[VisitFound]:
    """"(Host leader and) the leaders of A, B and C adopted a declaration" at a summit the story's host held."""
    text = adoc.text
    out: list[VisitFound] = []
    for m in _LEADERS_OF.finditer(text, sent.start, sent.end):
        states: list[Participant] = []
        pos = m.end()
        for a in adoc.actors_in(m.end(), min(sent.end, m.end() + 160)):
            if not a.is_state or a.how not in ("name", "short", "abbrev"):
                break
            gap = text[pos : a.start]
            if states and not _LIST_GAP.match(gap) or not states and gap.strip():
                break
            states.append(Participant(a.start, a.end, a.actor, None, None, False))
            pos = a.end
        if not states or not _ACT.match(text[pos : pos + 40]):
            continue
        cs = clause_start(text, sent.start, m.start())
        if not _left_clear(adoc, cs, m.start(), pats) or _NOT_THERE.search(text, pos, _clause_hi(text, pos, sent.end)):
            continue
        host = doc_event_host(adoc, sent.start + 1)
        if host is None and dateline_hosts_event(adoc):
            dl = dateline(adoc)
            host = dl.country if dl else None
        if host is None or _elsewhere(adoc, _after_dateline(adoc, sent.start, sent.end), sent.end, host):
            continue
        out += [VisitFound(s, host, "042", 0.5, m.start(), True) for s in states if s.country != host]
    return out


def from_presence(adoc: AnnotatedDocument, sent: Sentence, pats: VisitPatterns) -> list[VisitFound]:
    return _among(adoc, sent, pats) + _attended_by(adoc, sent, pats) + _leaders_of(adoc, sent, pats)
