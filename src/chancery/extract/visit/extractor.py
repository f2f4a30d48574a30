"""Visits: who travelled where (state, official and working visits, summits and events abroad).

A visit is read from the dependency parse of a candidate sentence by frames, each a trigger and its
arguments by syntactic role:

- ``verbs``: visit, motion, presence, attendance and reception verbs ("X visited Y", "X arrived in
  Y", "X is in Y", "X attended the summit in Y", "Y welcomed X", "X was received by Y");
- ``nouns``: a visit stated as a noun ("X's visit to Y", "a visit by X", "X, who is on a state
  visit", "X left Paris after a two-day visit", "during his visit");
- ``meetings``: meeting, talking, speaking or signing at a place ("X met Y in Hanoi", "talks
  between X and Y in Z", "on the sidelines of the summit", "X said in Tokyo");
- ``presence``: attendees and stand-ins ("participants included A and B", "the event is
  attended by the heads of state of A, B and C", "the U.S. was represented by X", "sent X to").

Visitors come from ``args.who`` (persons with a country, states named as leaders or delegations,
antecedents of "he" or "the former general", lists expanded once), hosts from the places a frame
governs or the story (``hosts``, ``context``), irrealis from the parse (``frame``), the year from the
time expression of the trigger (``when``). One mention per (document, key) is left to
``extract.consolidate``.

Not visits: planned or hoped-for trips, phone calls and video meetings, resident ambassadors,
ships' port calls, a person in their own country.
"""

from __future__ import annotations

from ...annotate.document import AnnotatedDocument
from ...model import Mention, Sentence
from ..common import make_mention
from .context import memory
from .frame import VisitFound
from .lex import lexicon
from .meetings import meeting_visits
from .nouns import noun_visits
from .presence import presence_visits
from .verbs import run as verb_visits
from .when import event_year, visit_year

NAME = "visit"
VERSION = "7"

__all__ = ["NAME", "VERSION", "VisitFound", "extract", "find_visits"]


def _acceptable(adoc: AnnotatedDocument, f: VisitFound) -> bool:
    lx = lexicon()
    v = f.visitor
    if f.host == v.country or f.host.startswith("ORG:") or not v.country:
        return False
    if v.role in lx.not_visitor_roles:
        return False
    before = adoc.text[max(0, v.start - 30) : v.start].lower().split()
    if before and before[-1].strip(",") in lx.not_visitor_titles:  # "Japanese Ambassador X"
        return False
    if v.name and v.name.split()[0].lower() in lx.not_visitor_titles:
        return False
    return not any(w in lx.ship_cues for w in adoc.text[v.start : v.end].lower().split())


def find_visits(adoc: AnnotatedDocument, sent: Sentence) -> list[VisitFound]:
    """The visits a sentence states, one per visitor and host (``visitor.country``, ``host``).

    The sentences before it are read first (once per document): a frame with no place of its own
    may take the host of a visit told just before."""
    found = memory(adoc)
    for s in adoc.sentences[: sent.index + 1]:
        if s.index not in found:
            found[s.index] = _sentence_visits(adoc, s)
    return list(found[sent.index])


def _sentence_visits(adoc: AnnotatedDocument, sent: Sentence) -> list[VisitFound]:
    parse = adoc.parse(sent)
    if parse is None:
        return []
    found = verb_visits(adoc, sent, parse) + noun_visits(adoc, sent, parse)
    found += meeting_visits(adoc, sent, parse) + presence_visits(adoc, sent, parse)
    out: list[VisitFound] = []
    seen: set[tuple[str, str, str | None, int]] = set()
    for f in sorted(found, key=lambda f: -f.confidence):
        key = (f.visitor.country, f.host, f.visitor.name, f.at)
        if key in seen or not _acceptable(adoc, f):
            continue
        seen.add(key)
        out.append(f)
    return sorted(out, key=lambda f: (f.at, f.visitor.start))


def _named(found: list[tuple[Sentence, VisitFound]]) -> dict[tuple[str, str], str]:
    """The one person named as the visitor of each (country, host) in the document, if only one is:
    "the Vietnamese delegation" or "the two prime ministers" of a visit is that person's visit."""
    names: dict[tuple[str, str], set[str]] = {}
    for _sent, f in found:
        if f.visitor.name:
            names.setdefault((f.visitor.country, f.host), set()).add(f.visitor.name.split()[-1])
    out: dict[tuple[str, str], str] = {}
    for _sent, f in found:
        key = (f.visitor.country, f.host)
        if f.visitor.name and len(names.get(key, ())) == 1 and key not in out:
            out[key] = f.visitor.name
    return out


def extract(adoc: AnnotatedDocument) -> list[Mention]:
    mentions: list[Mention] = []
    found = [(sent, f) for sent in adoc.sentences for f in find_visits(adoc, sent)]
    named = _named(found)
    for sent in adoc.sentences:
        seen: set[tuple[str, str, str | None, int | None]] = set()
        for f in sorted(find_visits(adoc, sent), key=lambda f: -f.confidence):
            year = visit_year(adoc, sent, f.at)
            if year is None:
                year = event_year(adoc, sent, f.host)
            key = (f.visitor.country, f.host, f.visitor.name, year)  # "X, who first visited Y in 2014, arrived in Y"
            if key in seen:
                continue
            seen.add(key)
            fields = {
                "visitor_country": f.visitor.country,
                "host": f.host,
                "visitor": f.visitor.name or named.get((f.visitor.country, f.host)),
                "year": year,
                "cameo": f.cameo,
            }
            mentions.append(make_mention(adoc, sent, NAME, fields, confidence=f.confidence, extractor=NAME, version=VERSION))
    return mentions
