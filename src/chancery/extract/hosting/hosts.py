"""Who hosts: the subject before a host verb or noun, the agents after "hosted by", the venue after "in"/"at".

Candidates are the actors, cities and named persons in a range (a person stands for
the state of their role); a body or a stateless person gives no host.
"""

from __future__ import annotations

import re

from ...annotate.document import AnnotatedDocument
from ...model import Sentence
from .events import city_spans, place_at

__all__ = ["agents", "candidates", "clause_start", "subject", "venue"]

_CLAUSE_BREAK = re.compile(r"[;:]|\s[—–]\s|\b(?:after|when|while|because|whereas|but|although|though)\b", re.I)
_PRONOUN = re.compile(r"\b(?:(?P<we>we|our\s+country)|(?P<it>it|the\s+country|the\s+nation|the\s+host\s+country))\b", re.I)
_VENUE = re.compile(r"\b(?:in|at)\s+", re.I)
# "<object> and (will) host": a second verb of the same subject, after an object
_COORDINATED = re.compile(r"\s*[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}\s+and\s+(?:(?:also|then|later)\s+)?$")


def clause_start(text: str, floor: int, pos: int) -> int:
    start = floor
    for m in _CLAUSE_BREAK.finditer(text, floor, pos):
        start = m.end()
    return start


def candidates(adoc: AnnotatedDocument, start: int, end: int) -> list[tuple[int, int, str | None]]:
    """Actors, cities and persons in a range: (start, end, state or None for a body/stateless person)."""
    cands: list[tuple[int, int, str | None]] = [
        (a.start, a.end, a.actor if a.is_state else None) for a in adoc.actors_in(start, end)
    ]
    cands += [(s, e, c) for s, e, c in city_spans(adoc, start, end)]
    cands += [(p.start, p.end, p.country) for p in adoc.persons_in(start, end) if p.name]
    cands.sort(key=lambda c: (c[1], c[1] - c[0]))
    kept: list[tuple[int, int, str | None]] = []
    for c in cands:  # drop a span inside a longer one ending at the same place or overlapping
        while kept and kept[-1][1] > c[0]:
            if kept[-1][1] - kept[-1][0] >= c[1] - c[0]:
                break
            kept.pop()
        else:
            kept.append(c)
    return kept


def subject(adoc: AnnotatedDocument, sent: Sentence, pos: int, *, loose: bool) -> tuple[str, ...] | None:
    """The host(s) before a trigger; () when the subject is a body or unknown person, None when absent."""
    text = adoc.text
    if loose:  # a noun or gerund: the nearest state before it in the sentence ("Malaysia's hosting of")
        states = [c[2] for c in candidates(adoc, sent.start, pos) if c[2]]
        if states:
            return (states[-1],)
        return (adoc.home,) if adoc.home and _PRONOUN.search(text, sent.start, pos) else None
    clause = clause_start(text, sent.start, pos)
    cands = candidates(adoc, clause, pos)
    pron = None
    for pm in _PRONOUN.finditer(text, clause, pos):
        pron = pm
    if pron and (not cands or pron.start() >= cands[-1][1]):
        if pron.group("we") or adoc.home:
            return (adoc.home,) if adoc.home else ()
    first = cands[0] if len(cands) > 1 else None
    at_start = first is not None and re.fullmatch(r"\s*(?:the\s+)?", text[clause : first[0]], re.I) is not None
    if first and first[2] and at_start and _COORDINATED.match(text, cands[-1][1], pos):
        return (first[2],)  # "Laos takes over the ASEAN chair and will host": the first verb's subject
    if cands and pos - cands[-1][1] <= 80:
        if cands[-1][2] is None:
            return ()
        hosts = [cands[-1][2]]
        joined = False
        idx = len(cands) - 1
        while idx > 0:
            gap = text[cands[idx - 1][1] : cands[idx][0]]
            if not joined and re.fullmatch(r"\s*(?:,\s*and|and|&)\s*", gap):
                joined = True
            elif not (joined and re.fullmatch(r"\s*,\s*", gap)):
                break
            if cands[idx - 1][2]:
                hosts.insert(0, cands[idx - 1][2])  # type: ignore[arg-type]
            idx -= 1
        return tuple(dict.fromkeys(hosts))
    return None


def agents(adoc: AnnotatedDocument, start: int, end: int, *, lead: str = "") -> tuple[str, ...]:
    """States after 'hosted by' ('Indonesia and Japan', 'Malaysian Prime Minister X')."""
    if lead:
        m = re.compile(lead, re.I).match(adoc.text, start, end)
        if not m:
            return ()
        start = m.end()
    cands = candidates(adoc, start, min(end, start + 80))
    hosts: list[str] = []
    pos = start
    for s, e, c in cands:
        gap = adoc.text[pos:s]
        if hosts and not re.fullmatch(r"\s*(?:,\s*and|,|and|&)\s*", gap):
            break
        if not hosts and len(gap) > 40:
            break
        if c:
            hosts.append(c)
        pos = e
    return tuple(dict.fromkeys(hosts))


def venue(adoc: AnnotatedDocument, start: int, end: int) -> str | None:
    """The state of the first venue ('in Hanoi', 'at ... in Bali') in ``text[start:end]``."""
    cut = re.search(r"[;.]|\b(?:after|when|while|which|where)\b", adoc.text[start:end])
    end = start + cut.start() if cut else end
    for m in _VENUE.finditer(adoc.text, start, end):
        state = place_at(adoc, m.end(), end)
        if state:
            return state
    return None
