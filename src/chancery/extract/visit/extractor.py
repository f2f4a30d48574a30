"""Visits: who travelled where (state, official and working visits, summits abroad).

Each trigger of the lexicon (``lexicon.json`` beside this module) has a frame:

- visitor verbs and nouns ("visited Japan", "paid a state visit to", "Biden's trip to Hanoi",
  "arrived in Tokyo", "flew to", "attended the G20 summit in Rio") take the visitor from the
  subject, a possessive, "by/of X" or a pronoun's antecedent, and the host from the place after;
- host verbs ("Vietnam welcomed leaders from ...", "X received Y", "X hosted Y") and their
  passives ("X was received by Y in Tokyo") take the host from the subject or "by"/"in";
- "visiting Chinese Premier X" and "X met Y in Hanoi" take the host from a place in the
  sentence, the other party, or the dateline;
- with no place after the verb, ``more`` takes the host from "<city>, where ...", "hosted
  by X" or the dateline ("X, who attended the summit", "X flew in to meet ...", "X held talks
  with <host leader>"), and reads "chose Germany for his first trip" and "X's stop in Y";
- "X joined <person> at the presidential palace" (``join``): the object's place or the dateline.
- events abroad (``event``): "X represented Moscow at the summit", "Russia was represented by X",
  "sent X in his place", "the gathering drew A, B and C", "X signed the pact at a ceremony in Y",
  and co-participants ("attended along with A and B").

The frame (subject, relative antecedent "X, who ...", places, irrealis) is in ``frame``.

Planned or hypothetical visits (a modal, "to visit", "invited", "ahead of"), phone calls, virtual
meetings, port calls, tourism, resident ambassadors and domestic trips give no fact.
"""

from __future__ import annotations

import re

from ...annotate.dates import year_of
from ...annotate.document import AnnotatedDocument
from ...model import Mention, Sentence
from .event import co_participants, on_at_event, on_draw, on_represent, on_represented, on_send
from .frame import (
    _BE_IN,
    _BY,
    _EVENT_IN,
    _IN_PLACE,
    _TITLE_GAP,
    Handler,
    VisitFound,
    _candidates,
    _context_host,
    _irrealis,
    _lo,
    _noun_visitors,
    _place_before,
    _place_right,
    _subject,
)
from .among import from_presence
from .join import on_join
from .signing import signing_visits
from .leg import from_legs
from .more import fallback_host, meet_at_dateline, on_choose, on_stop
from .patterns import VisitPatterns, patterns
from ...annotate.participants import (
    Participant,
    Place,
    clause_start,
    mask_asides,
    participants,
    places,
    pronoun_participant,
)
from ..common import make_mention

NAME = "visit"
VERSION = "6"

__all__ = ["VisitFound", "extract", "find_visits"]


_GROUP_AFTER = re.compile(r"^\s*(?:['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:delegation|delegations|leaders|team)\b", re.I)


# -- handlers -------------------------------------------------------------------
def _visitor_side(adoc: AnnotatedDocument, sent: Sentence, start: int, end: int, pats: VisitPatterns,
                  *, max_words: int, need_person: bool = False, direct: bool = False,
                  bare: str | None = None) -> list[VisitFound]:
    found = [(h.country, 0.85) for h in _place_right(adoc, sent, end, 0 if direct else max_words)]
    if not found:
        host = fallback_host(adoc, sent, start, end, pats, bare=bare)
        found = [host] if host else []
    if not found:
        return []
    visitors = _subject(adoc, sent, start, pats)
    if need_person:  # "X is in Y": a person, or "the Vietnamese delegation"
        visitors = [v for v in visitors if v.is_person or _GROUP_AFTER.match(adoc.text[v.end : v.end + 40])]
    others = co_participants(adoc, sent, end, pats)  # "attended along with A and B", "attended, among them A and B"
    if not (visitors or others) or _irrealis(adoc, sent, _lo(adoc, sent, start, visitors), start, end, pats):
        return []
    visitors = visitors + [o for o in others if o not in visitors]
    return [VisitFound(v, h, "042", conf, start) for v in visitors for h, conf in found]


def _on_verb(adoc: AnnotatedDocument, sent: Sentence, start: int, end: int, pats: VisitPatterns) -> list[VisitFound]:
    return _visitor_side(adoc, sent, start, end, pats, max_words=6)


def _on_arrive(adoc: AnnotatedDocument, sent: Sentence, start: int, end: int, pats: VisitPatterns) -> list[VisitFound]:
    be_in = bool(_BE_IN.match(adoc.text[start:end]))
    if not be_in and _onward_leg(adoc, sent, start, end):
        return []
    return _visitor_side(adoc, sent, start, end, pats, max_words=6, need_person=be_in, direct=be_in,
                         bare=None if be_in else "arrive")


# a planned onward leg in the present tense: "travels on to", "then flies to", "heads to X next"
_ONWARD_AFTER = re.compile(r"^\s+on\s+(?:to|from)\b|^[^,.;]{0,40}?\bnext\b(?!\s+(?:to|door))", re.I)
_ONWARD_BEFORE = re.compile(r"\b(?:then|next|later)\s+$", re.I)


def _onward_leg(adoc: AnnotatedDocument, sent: Sentence, start: int, end: int) -> bool:
    verb = adoc.text[start:end].lower()
    if not re.fullmatch(r"\w+(?:s|es)", verb) or verb in ("was", "is", "has"):
        return False  # past tense: "travelled on to" is a leg made
    return bool(_ONWARD_AFTER.match(adoc.text[end : sent.end]) or _ONWARD_BEFORE.search(adoc.text[max(sent.start, start - 12) : start]))


def _on_travel(adoc: AnnotatedDocument, sent: Sentence, start: int, end: int, pats: VisitPatterns) -> list[VisitFound]:
    if _onward_leg(adoc, sent, start, end):
        return []
    return _visitor_side(adoc, sent, start, end, pats, max_words=4, bare="travel")


def _on_attend(adoc: AnnotatedDocument, sent: Sentence, start: int, end: int, pats: VisitPatterns) -> list[VisitFound]:
    return _visitor_side(adoc, sent, start, end, pats, max_words=10, bare="attend")


def _on_noun(adoc: AnnotatedDocument, sent: Sentence, start: int, end: int, pats: VisitPatterns) -> list[VisitFound]:
    visitors, after = _noun_visitors(adoc, sent, start, end, pats)
    if visitors and visitors[0].end < start and pats.host_verb.search(adoc.text[visitors[0].end : start]):
        return []  # "X received Y ... for a state visit": Y is the visitor (the host verb's frame)
    if not visitors or _irrealis(adoc, sent, _lo(adoc, sent, start, visitors), start, end, pats, noun=True):
        return []
    hosts = [h.country for h in _place_right(adoc, sent, after, 8)]
    before = _place_before(adoc, sent, start)
    if not hosts and before:
        hosts = [before.country]
    if hosts:
        return [VisitFound(v, h, "042", 0.8, start) for v in visitors for h in hosts]
    if not (re.search(r"\b(?:state|official|working)\b", adoc.text[start:end], re.I) or pats.host_noun.match(adoc.text[after:sent.end])):
        return []
    out = []
    for v in visitors:
        host, conf = _context_host(adoc, sent, v)
        if host:
            out.append(VisitFound(v, host, "042", conf, start))
    return out


def _on_visiting(adoc: AnnotatedDocument, sent: Sentence, start: int, end: int, pats: VisitPatterns) -> list[VisitFound]:
    text = adoc.text
    direct = _place_right(adoc, sent, end, 0)
    if direct and direct[0].start - end <= 5 and not text[direct[-1].end :].startswith(("'s", "’s")):
        name_only = [a for a in adoc.actors_in(direct[0].start, direct[0].end) if a.how == "demonym"]
        if not name_only:
            return _on_verb(adoc, sent, start, end, pats)  # "while visiting Japan, ..."
    if _irrealis(adoc, sent, max(sent.start, start - 40), start, end, pats):
        return []
    for p in participants(adoc, end, min(sent.end, end + 70)):
        if _TITLE_GAP.match(text[end : p.start]) or p.start == end + 1:
            host, conf = _context_host(adoc, sent, p)
            return [VisitFound(p, host, "042", conf, start)] if host else []
        break
    return []


def _host_object(adoc: AnnotatedDocument, sent: Sentence, end: int, pats: VisitPatterns) -> tuple[list[Participant], bool]:
    text = adoc.text
    stop = re.search(r";|\bto\s+(?:discuss|talk|review|mark|sign)\b|,\s*(?:where|during\s+which|as)\b", text[end : sent.end])
    obj_end = end + stop.start() if stop else sent.end
    if pats.host_object_stop.match(text[end : min(obj_end, end + 60)]):
        return [], False
    masks = mask_asides(text, end, obj_end)
    found = [
        p for p in participants(adoc, end, obj_end)
        if not any(s <= p.start < e for s, e in masks)
        and not re.search(r"\b(?:in|at|to|into|between|on|about|over|with)\s+(?:the\s+)?$", text[max(end, p.start - 15) : p.start])
    ]
    # "received the gavel from X": the giver is no guest
    persons = [p for p in found if p.is_person and not re.search(r"\bfrom\s+(?:[\w'’.-]+\s+){0,5}$", text[max(end, p.start - 50) : p.start])]
    if persons:
        return persons, False
    states = []
    for p in found:
        if p.is_person:
            continue
        if _visitor_noun_between(text, end, p.start, pats) or pats.visitor_noun_after.match(re.sub(r"^\s*(?:['’]s\b)?\s*", "", text[p.end : p.end + 40])):
            states.append(p)
    return states, True


_IN_EVENT_NAME = re.compile(r"^['’]?\s*(?:-?[\w-]+\s+)?(?:meeting|meetings|summit|conference|forum|dialogue|session|retreat|council)\b", re.I)


def _visitor_noun_between(text: str, lo: int, hi: int, pats: VisitPatterns) -> bool:
    """A visitor noun ("leaders from X") not inside an event's name ("the Defence Ministers' Meeting")."""
    return any(not _IN_EVENT_NAME.match(text[m.end() : hi]) for m in pats.visitor_noun.finditer(text, lo, hi))


def _on_host(adoc: AnnotatedDocument, sent: Sentence, start: int, end: int, pats: VisitPatterns) -> list[VisitFound]:
    if re.match(r"\s+by\b", adoc.text[end : end + 4]):
        return []  # "attended a banquet hosted by X": a participle, its agent is the host
    cs = clause_start(adoc.text, sent.start, start)
    cands = _candidates(adoc, cs, start)
    host_p = cands[-1] if cands else None
    if host_p is None and pats.pronoun.search(adoc.text[cs:start]):
        host_p = pronoun_participant(adoc, sent)
    if host_p is None:
        return []
    if _irrealis(adoc, sent, host_p.end if host_p.end <= start else cs, start, end, pats):
        return []
    visitors, noun_checked = _host_object(adoc, sent, end, pats)
    return [VisitFound(v, host_p.country, "043", 0.8, start, noun_checked) for v in visitors]


def _on_passive(adoc: AnnotatedDocument, sent: Sentence, start: int, end: int, pats: VisitPatterns) -> list[VisitFound]:
    text = adoc.text
    subjects = _subject(adoc, sent, start, pats)
    if not subjects or _irrealis(adoc, sent, _lo(adoc, sent, start, subjects), start, end, pats):
        return []
    by = [p for p in participants(adoc, end, min(sent.end, end + 80)) if _BY.match(text[end : p.start])]
    if text[start:end].lower().endswith("visited"):  # "Hanoi was visited by X"
        return [VisitFound(v, s.country, "043", 0.75, start) for v in by[:1] for s in subjects if not s.is_person]
    if by:
        return [VisitFound(v, by[0].country, "043", 0.8, start) for v in subjects]
    hosts = _place_right(adoc, sent, end, 6)
    if not hosts and _CEREMONY.match(text[end : sent.end]):  # "was greeted with a welcome ceremony"
        out = []
        for v in subjects:
            host, conf = _context_host(adoc, sent, v) if v.is_person else (None, 0.0)
            if host:
                out.append(VisitFound(v, host, "043", min(conf, 0.6), start))
        return out
    return [VisitFound(v, h.country, "043", 0.8, start) for v in subjects for h in hosts[:1]]


# a reception with honours: "with a welcome ceremony", "with a guard of honour", "with a 21-gun salute"
_CEREMONY = re.compile(
    r"^\s+(?:on\s+\w+\s+)?with\s+(?:a|an|the|full)\s+(?:[\w-]+\s+){0,3}?(?:welcome|welcoming\s+ceremony|ceremony|guard\s+of\s+honou?r|"
    r"salute|honou?rs|red[\s-]carpet|military\s+band)\b", re.I)


def _on_meet(adoc: AnnotatedDocument, sent: Sentence, start: int, end: int, pats: VisitPatterns) -> list[VisitFound]:
    text = adoc.text
    host: Place | None = None
    for p in places(adoc, end, sent.end):
        left = text[max(sent.start, p.start - 60) : p.start]
        if not _IN_PLACE.search(left[-12:]):
            continue
        city = not any(a.how in ("name", "short", "abbrev") for a in adoc.actors_in(p.start, p.end))
        if city or _EVENT_IN.search(left):
            host = p
            break
    if _irrealis(adoc, sent, max(sent.start, start - 60), start, end, pats):
        return []
    if host is None:
        return meet_at_dateline(adoc, sent, start)
    return [
        VisitFound(p, host.country, "042", 0.6, start)
        for p in participants(adoc, sent.start, sent.end)
        if p.is_person and p.country != host.country
    ]


HANDLERS: dict[str, Handler] = {
    "passive": _on_passive,
    "host": _on_host,
    "attend": _on_attend,
    "join": on_join,
    "arrive": _on_arrive,
    "travel": _on_travel,
    "verb": _on_verb,
    "visiting": _on_visiting,
    "noun": _on_noun,
    "meet": _on_meet,
    "represented": on_represented,
    "represent": on_represent,
    "send": on_send,
    "draw": on_draw,
    "at_event": on_at_event,
    "choose": on_choose,
    "stop": on_stop,
}


# -- filters and output ---------------------------------------------------------
def _acceptable(adoc: AnnotatedDocument, f: VisitFound, pats: VisitPatterns) -> bool:
    v = f.visitor
    if f.host == v.country or f.host.startswith("ORG:"):
        return False
    if v.role in pats.not_visitor_roles and not v.country.startswith("ORG:"):
        return False
    text = adoc.text
    around = text[max(0, v.start - 40) : v.start] + " " + text[v.end : v.end + 25]
    if re.search(r"\b(?:Ambassador|ambassador|Embassy|embassy|Consul|Chargé|Charge d)", around):
        return False
    if not v.is_person:
        after = re.sub(r"^\s*(?:['’]s\b)?\s*", "", text[v.end : v.end + 40])
        if re.match(r"^(?:[\w-]+\s+){0,2}?(?:" + pats.not_visitor.pattern + r")", after, re.I):
            return False
        before = text[max(0, v.start - 90) : v.start]
        if not (f.noun_checked or pats.visitor_noun_after.match(after) or pats.visitor_noun_of.search(before)):
            return False
    return True


def find_visits(adoc: AnnotatedDocument, sent: Sentence) -> list[VisitFound]:
    """The visits a sentence states (before per-sentence deduplication)."""
    pats = patterns()
    if pats.sentence_exclude.search(sent.text):
        return []
    out: list[VisitFound] = []
    for m in pats.trigger.finditer(sent.text):
        start, end = sent.start + m.start(), sent.start + m.end()
        window = adoc.text[max(sent.start, start - 60) : min(sent.end, end + 60)]
        if pats.window_exclude.search(window):
            continue
        kind = m.lastgroup or "noun"
        out.extend(f for f in HANDLERS[kind](adoc, sent, start, end, pats) if _acceptable(adoc, f, pats))
    out.extend(f for f in from_legs(adoc, sent, pats) if _acceptable(adoc, f, pats))  # "flew in from X"
    out.extend(f for f in from_presence(adoc, sent, pats) if _acceptable(adoc, f, pats))  # "among the leaders in X"
    out.extend(f for f in signing_visits(adoc, sent, pats) if _acceptable(adoc, f, pats))  # "signed X with <host leader> in Y"
    return out


_ASIDE = re.compile(r",\s*(?:whose|who)\b[^,;]*(?:,|$)", re.IGNORECASE)


def _visit_year(adoc: AnnotatedDocument, sent: Sentence, at: int) -> int | None:
    """The year of the visit, not one of a relative aside on another matter ("Putin, whose country
    upgraded ties in 2019, also attended ...")."""
    text = sent.text
    rel = at - sent.start
    masked = text
    for m in _ASIDE.finditer(text):
        if not m.start() <= rel < m.end():
            masked = masked[: m.start()] + " " * (m.end() - m.start()) + masked[m.end() :]
    if masked == text:
        return adoc.year(sent, near=at)
    y = year_of(masked, adoc.date, near=rel)
    if y is not None:
        return y
    p_start, _ = adoc.paragraph_of(sent)  # else the year an earlier sentence of the paragraph set
    for prev in reversed(adoc.sentences[: sent.index]):
        if prev.start < p_start:
            break
        y = year_of(prev.text, adoc.date)
        if y is not None:
            return y
    return None


def extract(adoc: AnnotatedDocument) -> list[Mention]:
    mentions: list[Mention] = []
    for sent in adoc.sentences:
        seen: set[tuple[str, str, str | None, int | None]] = set()
        for f in find_visits(adoc, sent):
            year = _visit_year(adoc, sent, f.at)
            key = (f.visitor.country, f.host, f.visitor.name, year)  # "who first visited Japan in 2014, arrived ..."
            if key in seen:
                continue
            seen.add(key)
            fields = {
                "visitor_country": f.visitor.country,
                "host": f.host,
                "visitor": f.visitor.name,
                "year": year,
                "cameo": f.cameo,
            }
            mentions.append(make_mention(adoc, sent, NAME, fields, confidence=f.confidence, extractor=NAME, version=VERSION))
    return mentions
