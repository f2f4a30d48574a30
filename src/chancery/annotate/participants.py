"""Who and where: the parties that can act in a sentence and the places where things happen.

Shared by every extractor (visit, agreement, partnership, election, hosting).

A *participant* is a party that can act in a sentence: a person with a known
country (leader gazetteer, title, "UN Secretary-General X" -> ORG:UN) or a
state named, abbreviated, by demonym or by a capital used for its government.
A *place* is where something happens: a country name, a capital used as a
place, or a city of the visit lexicon ("Davos" -> CHE).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Sentence
from .document import AnnotatedDocument
from .gazetteer import data_rows
from .places import city_spans

__all__ = [
    "Participant",
    "Place",
    "aliases",
    "alternation",
    "clause_start",
    "mask_asides",
    "participants",
    "places",
    "pronoun_participant",
]

_STATE_HOWS = {"name", "short", "abbrev", "demonym", "capital"}
_PLACE_HOWS = {"name", "short", "abbrev", "capital", "city"}
# capitalised title words between a body and a person: "UN Secretary-General", "IMF Managing Director"
_TITLE_GAP = re.compile(r"^\s*(?:['’]s)?\s*(?:[A-Z][\w-]*\s+){0,4}$")
_BARE_NAME = re.compile(r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}$")
_POSS_GAP = re.compile(r"^['’]s\s+$")
# "the Vietnamese capital", "the Philippine capital city": a demonym naming the country's capital
_CAPITAL_AFTER = re.compile(r"^\s+capital(?:\s+city)?\b", re.IGNORECASE)
# a title between a state and a person, capitalised or not: "Romanian trade minister", "'s foreign minister"
_LOWER_TITLE = re.compile(
    r"^(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:minister|secretary|president|premier|chancellor|commissioner|envoy)\s+$", re.I
)
_BODY_TITLE = re.compile(
    r"^\s*(?:['’]s)?\s+(?:[A-Z][\w-]*\s+|(?:foreign|policy|trade|security|affairs|top|special|high|deputy|vice|"
    r"executive|climate|energy|economy|competition|chief|commissioner|envoy|secretary|general)\s+){0,4}$"
)
_OFFICE = re.compile(r"\b(?:Commissioner|Secretary|Secretary-General|Secretary\s+General|President|Vice-President|Director|"
                     r"Director-General|Chief|Chair|Chairman|Chairwoman|Chairperson|Representative|Envoy|Head|chief|"
                     r"commissioner|envoy)\s+$")
_OF_BODY = re.compile(r"^\s*,?\s*(?:[A-Z][\w-]*\s+){0,3}of\s+(?:the\s+)?$")
# a clause opens after these (the subject of a later verb is after them)
_CLAUSE_BREAK = re.compile(
    r"[;:]|\s[—–]\s|,\s+(?:when|after|as|while|where|but|and\s+then|whereas)\b"
    r"|\b(?:when|whereas|while|where|but)\s"
    # "A and B raised ties as President X held talks": "as" before a new capitalised subject
    r"|(?<!such\s)(?<!well\s)\bas\s+(?=(?-i:[A-Z])(?!(?-i:ASEAN|APEC|G20|G7|chair|Chair|host|Host))[\w'’.-]+\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
_ASIDES = [
    # "At the invitation of X, President of the Republic of Y, ...": with the host's appositive title
    re.compile(r"\b(?:at|upon|on|following)\s+the\s+invitation\s+of\b[^,;]*(?:,|$)"
               r"(?:\s*(?-i:[A-Z])[\w'’-]*\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}of\s+(?:(?:the|of|and)\s+|(?-i:[A-Z])[\w'’-]*\s*){1,7},)?", re.IGNORECASE),
    re.compile(r",\s*(?:who|which|whose|whom)\b[^,;]*(?:,|$)", re.IGNORECASE),
    re.compile(r"\b(?:together|along)\s+with\b[^,;]*,", re.IGNORECASE),
    re.compile(r"\b(?:talks|meeting|meetings|discussions)\s+with\b[^,;]*,", re.IGNORECASE),
]


_PARTICLES = {"da", "de", "do", "dos", "das", "van", "von", "der", "den", "bin", "binti", "al", "el", "la", "le", "di", "du"}


def aliases(adoc: AnnotatedDocument, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """(start, end, country, alias) for a middle word of a known person's name used alone."""
    names: dict[str, str] = {}
    for p in adoc.persons:
        if p.start >= end or not p.country or not p.name:
            continue
        words = p.name.split()
        for w in words[1:-1]:
            if len(w) >= 4 and w[0].isupper() and w.lower() not in _PARTICLES:
                names.setdefault(w, p.country)
    if not names:
        return []
    taken = [(p.start, p.end) for p in adoc.persons] + [(a.start, a.end) for a in adoc.actors]
    out = []
    rx = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    for m in rx.finditer(adoc.text, start, end):
        s, e = m.start(), m.end()
        if any(a <= s < b for a, b in taken) or any(a <= s < b for a, b, _ in city_spans(adoc, max(0, s - 20), e + 20)):
            continue
        if re.search(r"[A-Z][\w'’-]*\s+$", adoc.text[max(0, s - 25) : s]) or re.match(r"^\s+[A-Z]", adoc.text[e : e + 3]):
            continue  # part of a longer name ("Tran Minh Quan")
        out.append((s, e, names[m.group(0)], m.group(0)))
    return out


@dataclass(frozen=True)
class Participant:
    start: int
    end: int
    country: str
    name: str | None  # a person's name as written, None for a state
    role: str | None
    is_person: bool


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    country: str


def alternation(words: Sequence[str]) -> str:
    """A regex alternation of lexicon entries, longest first; spaces match any whitespace."""
    parts = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(p if "\\" in p else re.escape(p).replace(r"\ ", r"\s+") for p in parts)


def _followed_by_person(adoc: AnnotatedDocument, end: int, country: str) -> bool:
    """A country word that only introduces a person's title ("Japanese Prime Minister X")."""
    for p in adoc.persons:
        if p.start < end:
            continue
        if p.start - end > 45:
            return False
        gap = adoc.text[end : p.start]
        if re.search(r"[,;]|\band\b", gap):
            return False
        return p.country == country or (p.how == "context" and _LOWER_TITLE.match(gap) is not None)
    return False


def _titled_country(adoc: AnnotatedDocument, pstart: int) -> str | None:
    """"Romanian trade minister X": the state right before a (lower-case) title of a person."""
    for a in reversed(adoc.actors_in(max(0, pstart - 45), pstart)):
        if a.is_state and a.how in ("demonym", "name", "short") and _LOWER_TITLE.match(adoc.text[a.end : pstart]):
            return a.actor
        break
    return None


def _official_of_body(adoc: AnnotatedDocument, ent_start: int) -> str | None:
    """"EU Trade Commissioner X", "NATO chief X", "ASEAN Secretary-General X": a body's official by title."""
    for a in reversed(adoc.actors_in(max(0, ent_start - 45), ent_start)):
        gap = adoc.text[a.end : ent_start]
        if not a.is_state and _BODY_TITLE.match(gap) and _OFFICE.search(gap):
            return a.actor
        break
    return None


def _person_country(adoc: AnnotatedDocument, pstart: int, pend: int, country: str | None, how: str = "") -> str | None:
    if how == "context" or not country:
        country = _titled_country(adoc, pstart) or country
    if country and not country.startswith("ORG:"):  # "NATO chief X": the office held, not a past one
        country = _official_of_body(adoc, pstart) or country
    if country:
        return country
    # a body's official: "UN Secretary-General X", "X, Secretary-General of the UN"
    before = [a for a in adoc.actors if a.end <= pstart and pstart - a.end <= 45]
    if before and not before[-1].is_state and _TITLE_GAP.match(adoc.text[before[-1].end : pstart]):
        return before[-1].actor
    for a in adoc.actors:
        if a.start >= pend and a.start - pend <= 45:
            if not a.is_state and _OF_BODY.match(adoc.text[pend : a.start]):
                return a.actor
            break
    return None


_OF_STATE_GAP = re.compile(r"^\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){0,4}$")


def _title_of_state(adoc: AnnotatedDocument, end: int):  # noqa: ANN202
    """"President of the Republic of Kenya": the state a nameless title is of."""
    for a in adoc.actors_in(end, min(len(adoc.text), end + 60)):
        if a.is_state and a.how in ("name", "short") and _OF_STATE_GAP.match(adoc.text[end : a.start]):
            return a
        break
    return None


def participants(adoc: AnnotatedDocument, start: int, end: int, *, bodies: bool = False) -> list[Participant]:
    """Persons with a country and states (with ``bodies``, also bodies) acting as parties in ``[start, end)``."""
    out: list[Participant] = []
    named = [p for p in adoc.persons_in(start, end) if p.name]
    for p in adoc.persons_in(start, end):
        if not p.name and any(0 <= q.start - p.end <= 1 for q in named):
            continue  # "General Secretary of the <Party> <Name>": the title of the named person
        title_state = _title_of_state(adoc, p.end) if not p.name else None
        if title_state and any(0 <= q.start - title_state.end <= 1 for q in named):
            continue  # "Prime Minister of the State of Japan X": the title of X
        country = title_state.actor if title_state else _person_country(adoc, p.start, p.end, p.country, p.how)
        if country:
            out.append(Participant(p.start, p.end, country, p.name or None, p.role, True))
    for s, e, country, alias in aliases(adoc, start, end):  # a middle name used alone for the full name
        out.append(Participant(s, e, country, alias, None, True))
    for ent in adoc.entities_in(start, end):  # "EU Trade Commissioner X" (no person span)
        if ent.label == "PERSON" and not any(q.start < ent.end and ent.start < q.end for q in out):
            body = _official_of_body(adoc, ent.start)
            if body and _BARE_NAME.match(adoc.text[ent.start : ent.end]):
                out.append(Participant(ent.start, ent.end, body, adoc.text[ent.start : ent.end], None, True))
    taken = [(q.start, q.end) for q in out]
    for a in adoc.actors_in(start, end):
        if not (a.is_state and a.how in _STATE_HOWS) and not (bodies and not a.is_state):
            continue
        if any(s <= a.start < e or s < a.end <= e for s, e in taken):
            continue
        if _followed_by_person(adoc, a.end, a.actor):
            continue
        if a.how == "demonym" and _CAPITAL_AFTER.match(adoc.text[a.end : a.end + 16]):
            continue  # "the Vietnamese capital" is a place, not a party
        out.append(Participant(a.start, a.end, a.actor, None, None, False))
    # "Indonesia's Prabowo": a state's possessive before a bare personal name
    for ent in adoc.entities_in(start, end):
        if ent.label not in ("PERSON", "GPE") or adoc.actors_in(ent.start, ent.end):
            continue
        if not _BARE_NAME.match(adoc.text[ent.start : ent.end]):
            continue
        owner = [a for a in adoc.actors_in(max(start, ent.start - 40), ent.start) if a.is_state]
        if owner and _POSS_GAP.match(adoc.text[owner[-1].end : ent.start]):
            if not any(q.is_person and q.start <= ent.start < q.end for q in out):
                out = [q for q in out if q.start != owner[-1].start]
                out.append(Participant(ent.start, ent.end, owner[-1].actor, adoc.text[ent.start : ent.end], None, True))
    out.sort(key=lambda q: q.start)
    return _without_tails(adoc.text, out)


_TAIL_GAP = re.compile(r"^\s*,?\s*(?:of|from)\s+(?:the\s+)?$|^\s*\($", re.I)


def _without_tails(text: str, found: list[Participant]) -> list[Participant]:
    """Drop the state of "President X of Indonesia" / "X (Hungary)": it is the person's, not a party."""
    out: list[Participant] = []
    for q in found:
        prev = out[-1] if out else None
        if (not q.is_person and prev is not None and prev.is_person and prev.country == q.country
                and _TAIL_GAP.match(text[prev.end : q.start])):
            continue
        out.append(q)
    return out


_SEAT_PREP = re.compile(r"\b(?:at|to|in|into|inside|outside|from|visited|visiting|visits|toured)\s+(?:the\s+)?$", re.I)


@functools.lru_cache(maxsize=1)
def _seat_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    owner = {" ".join(r["surface"].lower().split()): r["code"] for r in data_rows("seats.tsv") if r.get("surface")}
    rx = re.compile(r"(?<![\w'’-])(?:" + alternation(list(owner)) + r")(?![\w'’-])", re.I)
    return rx, owner


def seat_spans(adoc: AnnotatedDocument, start: int, end: int) -> list[tuple[int, int, str]]:
    """Seats of government after a locative ("received at the White House", "talks at the Kremlin")."""
    rx, owner = _seat_pattern()
    out = []
    for m in rx.finditer(adoc.text, start, end):
        if _SEAT_PREP.search(adoc.text[max(0, m.start() - 20) : m.start()]):
            out.append((m.start(), m.end(), owner[" ".join(m.group(0).lower().split())]))
    return out


def places(adoc: AnnotatedDocument, start: int, end: int) -> list[Place]:
    """Countries, cities and seats of government in ``[start, end)`` that can be where a visit happens."""
    out = [Place(s, e, code) for s, e, code in city_spans(adoc, start, end)]
    out += [Place(s, e, code) for s, e, code in seat_spans(adoc, start, end) if not any(q.start <= s < q.end for q in out)]
    taken = [(p.start, p.end) for p in out]
    for a in adoc.actors_in(start, end):
        if any(s <= a.start < e for s, e in taken) or not a.is_state:
            continue
        capital = _CAPITAL_AFTER.match(adoc.text[a.end : a.end + 16]) if a.how == "demonym" else None
        if a.how in _PLACE_HOWS:
            out.append(Place(a.start, a.end, a.actor))
        elif capital:
            out.append(Place(a.start, a.end + capital.end(), a.actor))
    for p in adoc.persons_in(start, end):  # a city mistaken for a person ("Ho Chi Minh City")
        out = [q for q in out if not (p.start <= q.start < p.end and q.end < p.end)]
    out.sort(key=lambda q: q.start)
    return out


def clause_start(text: str, sent_start: int, pos: int) -> int:
    """Where the clause holding ``pos`` begins (document offset)."""
    seg = text[sent_start:pos]
    last = 0
    for m in _CLAUSE_BREAK.finditer(seg):
        last = m.end()
    return sent_start + last


def mask_asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans inside ``[start, end)`` that name other people than the subject.

    "at the invitation of X,", ", who met X,", "together with X," and
    "talks with X,": their persons are not the subject of the clause.
    """
    seg = text[start:end]
    spans = []
    for rx in _ASIDES:
        for m in rx.finditer(seg):
            spans.append((start + m.start(), start + m.end()))
    return spans


def pronoun_participant(adoc: AnnotatedDocument, sentence: Sentence, *, back: int = 3) -> Participant | None:
    """What "he"/"she"/"the leader" at the start of a sentence refers to.

    The first person with a country (else the first state named before a
    visitor noun) of the closest previous sentence of the same paragraph.
    """
    p_start, _ = adoc.paragraph_of(sentence)
    for prev in reversed(adoc.previous_sentences(sentence, back)):
        if prev.start < p_start and prev.index < sentence.index - 1:
            break
        found = participants(adoc, prev.start, prev.end)
        persons = [q for q in found if q.is_person]
        if persons:
            return persons[0]
        if found:
            return found[0]
    return None
