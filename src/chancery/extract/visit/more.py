"""Visit frames whose host is not written right after the verb.

- "<city>, where he attended the summit": the place the relative "where" refers to;
- "attended the summit hosted by India": the host of the event;
- "X, who attended the summit, ...", "X also took part", "X flew in to meet ...": the dateline of
  a story filed from the host country ("NAIROBI (AP) -");
- "X met/held talks with <host-country leader>" with no place, in a story filed from that country;
- "chose Germany for his first trip abroad", "making Indonesia the destination of his trip";
- "Putin's stop in Pyongyang", "a stop in Hanoi".
"""

from __future__ import annotations

import re

from ...annotate.document import AnnotatedDocument
from ...model import Sentence
from .context import dateline, dateline_hosts_event, doc_event_host
from .frame import VisitFound, _after_dateline, _irrealis, _lo, _noun_visitors, _subject
from .patterns import VisitPatterns
from ...annotate.participants import _followed_by_person, clause_start, participants, places

__all__ = ["fallback_host", "meet_at_dateline", "on_choose", "on_stop"]

_WHERE = re.compile(r"^\s*,?\s*where\s*$", re.I)
_HOSTED_BY = re.compile(r"\b(?:hosted|co-hosted|organi[sz]ed|co-organi[sz]ed|convened|chaired)\s+by\s+(?:the\s+)?$", re.I)
_EVENT = (r"(?:summit|summits|conference|meeting|meetings|forum|talks|event|ceremony|ceremonies|session|gathering|"
          r"celebrations?|festival|expo|games|parade|commemoration|inauguration|funeral|dialogue|congress|assembly)")
_TIME = (r"(?:\s+(?:later|afterwards|shortly\s+afterwards))?(?:\s+(?:on|early|late|this|last|earlier)\s+(?:[A-Z][a-z]+|\w+day|morning|afternoon|evening|night|week)"
         r"(?:\s+(?:\d{1,2}|morning|afternoon|evening|night))?,?)?")
# what may follow a verb whose place is the dateline
_BARE = {
    # "also attended the summit", "who took part", "attended the opening ceremony"
    "attend": re.compile(r"^(?:\s+(?:the|this|that|its|an?)\s+(?:[\w-]+\s+){0,3}?" + _EVENT + r"\b|\s*(?:[,.;]|$)|\s+(?:too|as\s+well|(?:along|together)\s+with|alongside)\b|\s+(?:were|was)\s+(?-i:[A-Z]))", re.I),
    # "arrived on Sunday for talks", "arrived to meet", "arrived here"
    "arrive": re.compile(r"^(?:\s+(?:in|here))?" + _TIME + r"(?:\s*(?:[,.;]|$)|\s+(?:to\s+(?:meet|attend|join|take\s+part|hold|sign|address)\b|for\s+(?:a|an|the|his|her|their|talks|meetings)\b))", re.I),
    # "flew in to meet ASEAN leaders", "flew in from New Delhi"
    "travel": re.compile(r"^\s+(?:in|here)(?:\s+from\s+(?:[A-Z][\w'’.-]*\s*){1,3})?" + _TIME + r"(?:\s*(?:[,.;]|$)|\s+(?:to\s+(?:meet|attend|join|take\s+part|hold|sign|address)\b|for\s+(?:a|an|the|his|her|their|talks|meetings)\b))"),
}
# the event's relative clause: ", which Japan is hosting in", ", which opened in", ", held in"
_WHICH_HELD = re.compile(
    r"[^.;]{0,100}?" + _EVENT + r"\b[^,.;]{0,40}?,\s*(?P<which>(?:which|that)\s+(?:[\w'’.-]+\s+){0,3}?"
    r"(?:is\s+hosting|was\s+hosting|hosted|hosts|co-hosted|is\s+being\s+held|was\s+being\s+held|was\s+held|is\s+held|"
    r"opened|took\s+place|is\s+taking\s+place|was\s+taking\s+place|began|convened|got\s+under\s*way)\b)",
    re.I,
)
_NOT_AT_DATELINE = re.compile(r"\b(?:sidelines?|summit|conference|forum|assembly|G20|G7|APEC|BRICS|abroad|overseas|trip|visit|tour)\b", re.I)
_PARTY_HOWS = {"name", "short", "abbrev", "capital"}
_LOCATIVE = re.compile(r"\b(?:in|at|to|from|into|toward|towards|across|near|outside|inside|visit|visited|visiting)\s+(?:the\s+)?$", re.I)
_AT_EVENT = re.compile(r"\b(?:(?:eve|sidelines?|margins?|side)\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:summit|conference|forum|meeting|assembly)"
                       r"|on\s+the\s+island|here)\b", re.I)
_DESTINATION = re.compile(r"^\s+(?:for|as|the)\s+(?:[\w-]+\s+){0,4}?(?:destination|trip|visit|stop|stopover|port\s+of\s+call)\b", re.I)


def fallback_host(adoc: AnnotatedDocument, sent: Sentence, start: int, end: int, pats: VisitPatterns,
                  *, bare: str | None) -> tuple[str, float] | None:
    """The host of a visitor verb with no place after it (see the module docstring)."""
    if bare is None:
        return None
    text = adoc.text
    cs = clause_start(text, sent.start, start)
    for p in places(adoc, sent.start, cs):
        if _WHERE.match(text[p.end : cs]):
            return p.country, 0.75
    if bare == "attend":
        stop = re.search(r"[;.]|,\s", text[end : sent.end])
        clause_end = end + stop.start() if stop else sent.end
        for p in places(adoc, end, clause_end):
            if _HOSTED_BY.search(text[max(end, p.start - 40) : p.start]):
                return p.country, 0.75
        host = _event_relative(adoc, sent, end)
        if host:
            return host, 0.75
    if not _BARE[bare].match(text[end : min(sent.end, end + 80)]):
        return None
    dl = dateline(adoc)
    stop = re.search(r"[;.]|,\s", text[end : sent.end])
    hi = end + stop.start() if stop else sent.end
    if dl is None and bare == "attend":  # "X, who attended the summit": the event the story says a state hosted
        host = doc_event_host(adoc, sent.start)
        if host and not _elsewhere(adoc, sent.start, hi, host):
            return host, 0.5
    if dl is None or _elsewhere(adoc, _after_dateline(adoc, sent.start, sent.end), hi, dl.country):
        return None
    return dl.country, 0.55


def _event_relative(adoc: AnnotatedDocument, sent: Sentence, end: int) -> str | None:
    """"attended the summit, which Japan is hosting in Hiroshima", "the forum, which opened in Hanoi"."""
    text = adoc.text
    m = _WHICH_HELD.match(text, end, min(sent.end, end + 160))
    if not m:
        return None
    stop = re.search(r"[;.]|,\s", text[m.start("which") : sent.end])
    hi = m.start("which") + stop.start() if stop else sent.end
    found = [p for p in places(adoc, m.start("which"), hi) if not _followed_by_person(adoc, p.end, p.country)]
    return found[0].country if found else None


def _elsewhere(adoc: AnnotatedDocument, lo: int, hi: int, country: str) -> bool:
    """A place of another country in ``[lo, hi)``: not a title's country ("U.S. President X"), nor a
    state named as a party ("India and Vietnam elevated ties", "on behalf of Vietnam", "represented Moscow")."""
    for p in places(adoc, lo, hi):
        if p.country == country or _followed_by_person(adoc, p.end, p.country):
            continue
        acts = adoc.actors_in(p.start, p.end)
        if acts and all(a.how in _PARTY_HOWS for a in acts) and not _LOCATIVE.search(adoc.text[max(lo, p.start - 30) : p.start]):
            continue
        return True
    return False


def meet_at_dateline(adoc: AnnotatedDocument, sent: Sentence, start: int) -> list[VisitFound]:
    """"X held talks with <leader of the dateline country>" in a story filed from that country."""
    dl = dateline(adoc)
    if dl is None:
        return []
    lo = _after_dateline(adoc, sent.start, sent.end)
    body = adoc.text[lo : sent.end]
    # "on the sidelines of the summit" is at the dateline when the story says its country hosts it
    at_event = bool(_AT_EVENT.search(body)) and dateline_hosts_event(adoc)
    if (_NOT_AT_DATELINE.search(body) and not at_event) or _elsewhere(adoc, lo, sent.end, dl.country):
        return []
    for prev in [] if at_event else adoc.previous_sentences(sent, 2):  # "He is in New York for the UN General Assembly."
        if _NOT_AT_DATELINE.search(prev.text) and _elsewhere(adoc, _after_dateline(adoc, prev.start, prev.end), prev.end, dl.country):
            return []
    persons = [p for p in participants(adoc, lo, sent.end) if p.is_person]
    if not at_event and not any(p.country == dl.country for p in persons):
        return []
    return [VisitFound(p, dl.country, "042", 0.5, start) for p in persons if p.country != dl.country]


def on_choose(adoc: AnnotatedDocument, sent: Sentence, start: int, end: int, pats: VisitPatterns) -> list[VisitFound]:
    """"chose Germany for his first trip abroad", "making Indonesia the destination of his trip"."""
    text = adoc.text
    direct = [p for p in places(adoc, end, min(sent.end, end + 40)) if re.match(r"^\s+(?:the\s+)?$", text[end : p.start])]
    if not direct or not _DESTINATION.match(text[direct[0].end : sent.end]):
        return []
    visitors = _subject(adoc, sent, start, pats)
    if not visitors or _irrealis(adoc, sent, _lo(adoc, sent, start, visitors), start, end, pats):
        return []
    return [VisitFound(v, direct[0].country, "042", 0.75, start) for v in visitors]


def on_stop(adoc: AnnotatedDocument, sent: Sentence, start: int, end: int, pats: VisitPatterns) -> list[VisitFound]:
    """"Putin's stop in Pyongyang", "a brief stop in Hanoi": only with a place right after "in/at"."""
    text = adoc.text
    direct = [p for p in places(adoc, end, min(sent.end, end + 40)) if re.match(r"^\s+(?:in|at)\s+(?:the\s+)?$", text[end : p.start])]
    if not direct or text[direct[0].end :].startswith(("'s", "’s")):
        return []
    visitors, _ = _noun_visitors(adoc, sent, start, end, pats)
    if not visitors or _irrealis(adoc, sent, _lo(adoc, sent, start, visitors), start, end, pats, noun=True):
        return []
    return [VisitFound(v, direct[0].country, "042", 0.7, start) for v in visitors]
