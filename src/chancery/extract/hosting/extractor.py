"""Hosting: multilateral events a state hosted, organised, co-organised or is designated to host.

Shapes, each needing a named event ("the 47th ASEAN Summit", "APEC 2027",
"signing ceremony of the UN Convention against Cybercrime"):

* a host verb with its subject: "Malaysia hosted ...", "Da Nang will host ...",
  "Vietnam was chosen to host ...", "Japan, the host of ...";
* a noun: "Vietnam's hosting of ...", "the successful co-organisation of ...";
* a venue: "<event>, held for the first time in Hanoi", "<event> took place in Bali";
* an agent: "<event>, hosted by Indonesia and co-organised by ...";
* around the event (_hosting_relative): "<event>, which Australia hosted in
  Melbourne", "the G20 summit Brazil hosted", "signed X at a ceremony, an event
  co-organised by Vietnam"; and "<event> closed in Nairobi" (a venue);
* more (_hosting_more): events hosted "alongside"/"back-to-back with" the first,
  "a summit between China and the GCC" -> "China-GCC Summit", the name before a
  description ("COP29, the UN climate conference that ..."), "its fifth meeting,
  which X hosted", "the 38th session of the committee" -> the body named before.

State dinners, receptions, welcome ceremonies, talks and bilateral summits are
not hosting facts; bids and offers to host are not either.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import NamedTuple

from ...annotate.document import AnnotatedDocument
from ...model import Mention, Sentence
from .anaphora import anaphor_after, anaphor_before, appositive_event, venue_events
from .events import EventName, events_before, events_listed, lexicon, place_at
from .families import (
    body_summits,
    chaired,
    coordinated_host,
    host_after,
    hosted_guests,
    prior_edition,
    where_events,
)
from .hosts import agents as _agents
from .hosts import candidates as _candidates
from .hosts import clause_start as _clause_start
from .hosts import subject as _subject
from .hosts import venue as _venue
from .more import alongside, session_of_body, with_more
from .relative import ceremony_event, relative_event
from ..common import make_mention

NAME = "hosting"
VERSION = "5"

__all__ = ["extract", "NAME", "VERSION"]

_PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
# "the two countries held their annual summit": a bilateral subject
_PAIR = re.compile(
    r"\b(?:(?:the\s+two|both)\s+(?:countries|sides|nations|leaders|governments|prime\s+ministers|presidents|premiers)"
    r"|they|the\s+pair)\b",
    re.I,
)
# "<event> closed in Nairobi", "<event> opens on Monday in Lima": the venue right after
_CLOSING = re.compile(
    r"\s*\b(?:opened|opens|closed|closes|concluded|concludes|ended|ends|began|begins|kicked\s+off|kicks\s+off|"
    r"wrapped\s+up|wraps\s+up|got\s+under\s?way|gets\s+under\s?way)\s+(?:(?:on|last|this)\s+\w+(?:\s+\d{1,2})?,?\s+)?"
    r"(?:in|at)\s+",
    re.I,
)
# "with Kazakhstan to host the next one", headline "Vietnam to host ASEAN Summit": a designated host
_TO_HOST = re.compile(
    r"\b(?P<set>(?:set|due|slated|scheduled|poised)\s+)?to\s+(?:(?:also|again|jointly)\s+)?(?:co-)?host\b\s*", re.I
)
_TO_HOST_LEAD = re.compile(r"(?:^|\bwith\s+|[,;:(]\s*|\s[—–-]\s+)(?:the\s+)?$", re.I)
_ORDINALS = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|(?:19|20)\d\d|first|second|third|fourth|fifth|inaugural)\b", re.I)


class _Found(NamedTuple):
    sentence: Sentence
    hosts: tuple[str, ...]
    event: EventName
    confidence: float


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    verbs = "|".join(re.escape(v) for v in sorted(lex["active_verbs"], key=len, reverse=True))
    return {
        "active": re.compile(rf"\b(?:(?P<fut>{lex['future_host']})|(?P<verb>{verbs}))\b\s*", re.I),
        "host_noun": re.compile(lex["host_noun"], re.I),
        "noun": re.compile(lex["noun_triggers"], re.I),
        "location": re.compile(
            rf"(?:,\s*)?\b(?:{lex['location_verbs']}|{lex['location_intransitive']})\b", re.I
        ),
        "agent": re.compile(rf"(?:,\s*)?\b{lex['agent_by']}", re.I),
        "negative": re.compile(lex["negative_before"], re.I),
        "bilateral_after": re.compile(
            r"^\s*(?:with\b|for\s+(?:the\s+)?(?:visiting\s+)?[A-Z]|in\s+honou?r\s+of|to\s+(?:welcome|honou?r)\b)"
        ),
    }


def extract(adoc: AnnotatedDocument) -> list[Mention]:
    found: list[_Found] = []
    for sent in adoc.sentences:
        found.extend(_in_sentence(adoc, sent, [(f.event, f.sentence.start) for f in found]))
    return _mentions(adoc, found)


# -- the four shapes ---------------------------------------------------------


def _in_sentence(adoc: AnnotatedDocument, sent: Sentence, prior: list[tuple[EventName, int]]) -> list[_Found]:
    pats = _patterns()
    text = adoc.text
    keep = functools.partial(_not_bilateral, adoc)
    out: list[_Found] = _families(adoc, sent, keep)
    for m in pats["active"].finditer(text, sent.start, sent.end):
        verb = (m.group("verb") or "").lower()
        if verb and (verb.endswith("ed") or verb == "held") and _PASSIVE_AUX.search(text[sent.start : m.start()]):
            continue  # passive: the venue / agent shapes read it
        if _negated(adoc, sent, m.start()) or _pair_subject(adoc, sent, m.start()):
            continue
        events = with_more(adoc, sent, events_listed(adoc, m.end(), sent.end), m.end()) if m.group(0)[-1:].isspace() else []
        weak = verb in lexicon()["weak_verbs"]
        anaphor = False
        if not events:
            # "<event>, which Australia hosted in Melbourne", "the <event> Brazil hosted"
            rel = relative_event(adoc, sent, m.start(), m.end(), _candidates)
            if rel:
                rel_events = [rel[0]] + alongside(adoc, sent, m.end())  # "which X hosted alongside the 17th ASEAN Summit"
                out.extend(_Found(sent, rel[1], e, 0.75) for e in rel_events if _not_bilateral(adoc, e))
                continue
            # "Vietnam is hosting the three-day meeting": the event named before
            ana = None if weak else anaphor_after(adoc, sent, m.end(), keep) or prior_edition(adoc, sent, m.end(), prior)
            if not ana:
                continue
            events, anaphor = [ana], True
        gerund = verb.endswith("ing")
        hosts = _subject(adoc, sent, m.start(), loose=gerund)
        if weak and hosts and len(hosts) > 1:
            continue  # "Vietnam and Japan held the ... Dialogue": a bilateral mechanism
        conf = 0.7 if m.group("fut") else (0.65 if weak else 0.8)
        joint = "co-" in m.group(0).lower()
        if joint and hosts:
            hosts = tuple(dict.fromkeys(hosts + _agents(adoc, events[-1].end, sent.end, lead=r"\s*with\s+")))
        need = (weak and not gerund) or anaphor
        out.extend(_with_hosts(adoc, sent, events, hosts, conf, need_subject=need, joint=joint))
    out.extend(_to_host(adoc, sent, prior))
    for m in pats["host_noun"].finditer(text, sent.start, sent.end):
        if _negated(adoc, sent, m.start()):
            continue
        events = events_listed(adoc, m.end(), sent.end)
        if events:
            out.extend(_with_hosts(adoc, sent, events, _subject(adoc, sent, m.start(), loose=False), 0.7))
    for m in pats["noun"].finditer(text, sent.start, sent.end):
        if _negated(adoc, sent, m.start()):
            continue
        events = events_listed(adoc, m.end(), sent.end)
        if events:
            out.extend(_with_hosts(adoc, sent, events, _subject(adoc, sent, m.start(), loose=True), 0.75))
    for m in pats["agent"].finditer(text, sent.start, sent.end):
        # "<event>, hosted by ...", or "signed X at a ceremony ..., an event co-organised by ..."
        events = (
            events_before(adoc, m.start(), sent.start)
            or ceremony_event(adoc, sent, m.start())
            or appositive_event(adoc, sent, m.start())
            or _listed(anaphor_before(adoc, sent, m.start(), functools.partial(_not_bilateral, adoc)))
            or _listed(session_of_body(adoc, sent, m.start()))
        )
        hosts = _agents(adoc, m.end(), min(sent.end, m.end() + 80))
        if events and hosts:
            out.extend(_Found(sent, hosts, e, 0.75) for e in events if _not_bilateral(adoc, e))
    for m in pats["location"].finditer(text, sent.start, sent.end):
        events = (
            events_before(adoc, m.start(), sent.start)
            or appositive_event(adoc, sent, m.start())
            or _listed(anaphor_before(adoc, sent, m.start(), functools.partial(_not_bilateral, adoc), strong_only=True))
            or _listed(session_of_body(adoc, sent, m.start()))
        )
        if not events:
            continue
        host = _venue(adoc, m.end(), min(sent.end, m.end() + 90))
        if host:
            out.extend(_Found(sent, (host,), e, 0.75) for e in events if _not_bilateral(adoc, e))
    for m in _CLOSING.finditer(text, sent.start, sent.end):
        events = events_before(adoc, m.start(), sent.start)
        host = place_at(adoc, m.end(), min(sent.end, m.end() + 60)) if events else None
        if host:
            out.extend(_Found(sent, (host,), e, 0.7) for e in events if _not_bilateral(adoc, e))
    for e, host in venue_events(adoc, sent):  # "attended the BRICS Summit in Rio de Janeiro"
        if _not_bilateral(adoc, e) and not _negated(adoc, sent, e.start):
            out.append(_Found(sent, (host,), e, 0.6))
    return out


def _families(adoc: AnnotatedDocument, sent: Sentence, keep: Callable[[EventName], bool]) -> list[_Found]:
    """Venue clauses, a body's summit, chairing, a host after the event, a coordinated future (_hosting_families)."""
    negated = functools.partial(_negated, adoc, sent)
    found = [(e, h, 0.6) for e, h in where_events(adoc, sent, keep, negated) + body_summits(adoc, sent)]
    found += [(e, h, 0.65) for e, h in chaired(adoc, sent, keep) + host_after(adoc, sent, keep)]
    found += [(e, h, 0.65) for e, h in coordinated_host(adoc, sent, keep, negated) + hosted_guests(adoc, sent, keep, negated)]
    return [_Found(sent, (h,), e, c) for e, h, c in found if not _negated(adoc, sent, e.start)]


def _listed(event: EventName | None) -> list[EventName]:
    return [event] if event else []


def _to_host(adoc: AnnotatedDocument, sent: Sentence, prior: list[tuple[EventName, int]]) -> list[_Found]:
    """'..., with Kazakhstan (set) to host the next one in 2025'; 'Malaysia, set to host X, ...'; headline 'Vietnam to host X'."""
    out: list[_Found] = []
    for m in _TO_HOST.finditer(adoc.text, sent.start, sent.end):
        cands = _candidates(adoc, sent.start, m.start())
        gap = adoc.text[cands[-1][1] : m.start()] if cands else "-"
        if not cands or not cands[-1][2] or (gap.strip() and not (m.group("set") and gap.strip() == ",")):
            continue
        if not _TO_HOST_LEAD.search(adoc.text, sent.start, cands[-1][0]) or _negated(adoc, sent, cands[-1][0]):
            continue
        keep = functools.partial(_not_bilateral, adoc)
        events = events_listed(adoc, m.end(), sent.end) or _listed(
            anaphor_after(adoc, sent, m.end(), keep) or prior_edition(adoc, sent, m.end(), prior)
        )
        out.extend(_Found(sent, (cands[-1][2],), e, 0.65) for e in events if keep(e))
    return out


def _with_hosts(
    adoc: AnnotatedDocument,
    sent: Sentence,
    events: list[EventName],
    hosts: tuple[str, ...] | None,
    conf: float,
    *,
    need_subject: bool = False,
    joint: bool = False,
) -> list[_Found]:
    """Facts for ``events``; without a subject the venue after the event decides."""
    out = []
    for e in events:
        if not _not_bilateral(adoc, e, joint=joint):
            continue
        chosen = hosts
        if not chosen:
            venue = _venue(adoc, e.end, min(sent.end, e.end + 90))
            if venue:
                chosen = (venue,)
            elif hosts is None and not need_subject and adoc.home:
                chosen = (adoc.home,)
        if chosen:
            out.append(_Found(sent, chosen, e, conf if chosen != (adoc.home,) or hosts else min(conf, 0.6)))
    return out


# -- filters and output -------------------------------------------------------


def _pair_subject(adoc: AnnotatedDocument, sent: Sentence, pos: int) -> bool:
    """Is the subject 'the two countries' / 'both sides' / 'they' (after any named actor)?"""
    start = _clause_start(adoc.text, sent.start, pos)
    cands = _candidates(adoc, start, pos)
    if cands:
        start = max(start, cands[-1][1])
    return _PAIR.search(adoc.text, start, pos) is not None


def _negated(adoc: AnnotatedDocument, sent: Sentence, pos: int) -> bool:
    start = max(_clause_start(adoc.text, sent.start, pos), pos - 50)
    return _patterns()["negative"].search(adoc.text, start, pos) is not None


def _not_bilateral(adoc: AnnotatedDocument, e: EventName, *, joint: bool = False) -> bool:
    if not joint and _patterns()["bilateral_after"].match(adoc.text[e.end : e.end + 40]):
        return False
    inside = adoc.actors_in(e.start, e.end)
    states = {a.actor for a in inside if a.is_state}
    if len(states) == 2 and all(a.is_state for a in inside) and re.search(r"[-–—]", e.text):
        return False
    # "the Trump-Kim summit": two leaders' names
    pair = re.search(r"\b([A-Z][\w'’.]+)[-–—]([A-Z][\w'’.]+)\b", e.text)
    if not pair:
        return True
    names = {w for p in adoc.persons for w in p.name.split()}
    names |= {w for x in adoc.entities_in(0, len(adoc.text), "PERSON") for w in adoc.text[x.start : x.end].split()}
    return not (pair.group(1) in names and pair.group(2) in names)


def _key(event: str) -> str:
    s = re.sub(r"[^a-z0-9 ]+", " ", event.lower())
    s = re.sub(r"\b(?:the|of|un|united nations|(?:19|20)\d\d|\d+(?:st|nd|rd|th))\b", " ", s)
    return " ".join(s.split())


def _same_edition(a: _Found, b: _Found, adoc: AnnotatedDocument) -> bool:
    """Not two editions of a series: '36th' vs '37th ASEAN Summit', or the same name in 2006 and in 2017."""
    oa, ob = ({o.lower() for o in _ORDINALS.findall(f.event.text)} for f in (a, b))
    if oa and ob and oa != ob:
        return False
    ya, yb = (adoc.year(f.sentence, near=f.event.start) for f in (a, b))
    return ya is None or yb is None or ya == yb


def _mentions(adoc: AnnotatedDocument, found: list[_Found]) -> list[Mention]:
    groups: list[tuple[str, str, list[_Found]]] = []
    for f in sorted(found, key=lambda f: (f.sentence.start, f.event.start)):
        for host in f.hosts:
            key = _key(f.event.text)
            for g in groups:
                if g[0] == host and (g[1] in key or key in g[1]) and _same_edition(g[2][0], f, adoc):
                    g[2].append(f)
                    break
            else:
                groups.append((host, key, [f]))
    out = []
    for host, _key_, fs in groups:
        first = fs[0]
        years = [adoc.year(f.sentence, near=f.event.start) for f in fs]
        year = next((y for y in years if y is not None), None)
        fields = {"host": host, "event": first.event.text, "year": year}
        out.append(
            make_mention(
                adoc, first.sentence, NAME, fields, confidence=max(f.confidence for f in fs), extractor=NAME, version=VERSION
            )
        )
    return out
