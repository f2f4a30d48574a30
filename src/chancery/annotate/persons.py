"""Persons: leaders from the gazetteer and names after (or before) titles.

"Japanese Prime Minister Shigeru Ishiba", "Prime Minister of Japan X",
"Vietnam's Foreign Minister Bui Thanh Son", "X, the Indonesian President",
"the Australian Foreign Minister" (no name), "General Secretary To Lam"
(the leader gazetteer gives the country).  The country of a title comes from
a country word right before it, "of <country>" right after it, or the
leader gazetteer; then from the document's home country for national posts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import ActorSpan, Person
from .gazetteer import Entry, Gazetteer, fold

__all__ = ["NAME_RE", "find_persons"]

# a personal name: 1-4 capitalised tokens (Vietnamese diacritics, hyphens, particles)
_TOKEN = r"(?:[A-Z][\w'’.-]*|[A-ZÀ-ỸĐ][\wÀ-ỹđ'’-]*)"
_PARTICLE = r"(?:bin|binti|al|el|de|da|van|von|der|du|dos|la|le|Jr\.?|Sr\.?|II|III)"
NAME_RE = re.compile(rf"{_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_TOKEN}){{0,3}}")

# what may stand between a country word and a title: "Japan's", "Japanese former"
_GAP_BEFORE = re.compile(
    r"^(?:['’]s)?\s*(?:(?:former|then|then-|new|newly[- ]elected|incoming|outgoing|visiting|acting|"
    r"late|top|current|caretaker|interim)\s*-?\s*)*$",
    re.IGNORECASE,
)
_OF_AFTER = re.compile(r"^\s+of\s+(?:the\s+)?$")
# roles that speak for a national government (context may give their country)
_NATIONAL_ROLES = {
    "general_secretary", "president", "vice_president", "prime_minister", "deputy_prime_minister",
    "foreign_minister", "deputy_foreign_minister", "minister", "deputy_minister", "state_president",
    "chairman_national_assembly", "premier", "chancellor", "defence_minister", "state_councilor",
}
_NOT_NAMES = {
    "In", "On", "At", "As", "An", "If", "Of", "To", "By", "Mr", "Ms", "Dr", "No", "So", "We", "Or", "Do",
    "Up", "Is", "My", "Be", "Go",
    "The", "He", "She", "His", "Her", "It", "In", "On", "At", "And", "But", "During", "After", "Before",
    "While", "When", "Party", "State", "Government", "Ministry", "Council", "Congress", "National",
}


def _country_before(start: int, actors: Sequence[ActorSpan], text: str) -> str | None:
    for a in reversed(actors):
        if a.end > start:
            continue
        if start - a.end > 40:
            return None
        if a.how in ("name", "short", "abbrev", "demonym", "capital", "org") and _GAP_BEFORE.match(
            text[a.end : start]
        ):
            return a.actor
        return None
    return None


def _country_after(end: int, actors: Sequence[ActorSpan], text: str) -> tuple[str, int] | None:
    for a in actors:
        if a.start < end:
            continue
        if _OF_AFTER.match(text[end : a.start]):
            return a.actor, a.end
        return None
    return None


_APPOSED = re.compile(rf"({NAME_RE.pattern}),\s+(?:the\s+|a\s+)?(?:then[- ]|former\s+|new\s+)?$")


def _name_before(text: str, title_start: int, actors: Sequence[ActorSpan]) -> tuple[int, int] | None:
    """The name in "Shigeru Ishiba, the Japanese Prime Minister" (before the title or its country word)."""
    start = title_start
    for a in reversed(actors):
        if a.end <= title_start and title_start - a.end <= 3 and a.is_state:
            start = a.start
            break
        if a.end <= title_start:
            break
    window_start = max(0, start - 80)
    m = _APPOSED.search(text[window_start:start])
    if not m:
        return None
    name = m.group(1)
    offset = window_start + m.start(1)
    honorific = re.match(r"(?:Mr|Mrs|Ms|Dr|Madam|Mme|Prof|Professor|Judge|Justice|Sir|Dame)\.?\s+", name)
    if honorific:
        name, offset = name[honorific.end() :], offset + honorific.end()
    words = name.split()
    if not words or words[0] in _NOT_NAMES or len(words) > 4:
        return None
    return offset, offset + len(name)


def _country_inside(title: str, gaz: Gazetteer) -> str | None:
    """A state or body written inside a title: "U.S. Trade Representative", "UN Secretary-General"."""
    words = title.split()
    for n in range(len(words) - 1, 0, -1):
        entry = gaz.lookup(" ".join(words[:n]))
        if entry is not None and entry.how in ("name", "short", "abbrev", "demonym", "org"):
            return entry.id
    return None


def _name_after(text: str, pos: int, gaz: Gazetteer) -> tuple[int, int] | None:
    m = NAME_RE.match(text, pos + 1) if pos < len(text) and text[pos] == " " else None
    if not m:
        return None
    words = m.group(0).split()
    # stop at words that begin a new phrase or are gazetteer names of places
    keep: list[str] = []
    for w in words:
        entry = gaz.lookup(w.rstrip(".,"))
        if w in _NOT_NAMES or (entry is not None and entry.how not in ("person",)):
            break
        keep.append(w)
    if not keep:
        return None
    end = m.start() + len(" ".join(keep))
    # drop a trailing possessive / punctuation
    name = text[m.start() : end].rstrip(".,")
    name = re.sub(r"['’]s$", "", name)
    return m.start(), m.start() + len(name)


def find_persons(
    text: str,
    matches: Sequence[tuple[int, int, Entry]],
    actors: Sequence[ActorSpan],
    gaz: Gazetteer,
    *,
    home: str | None = None,
) -> list[Person]:
    """Persons named in ``text`` (offsets in ``text``)."""
    persons: list[Person] = []
    taken: set[tuple[int, int]] = set()
    for start, end, entry in matches:
        if entry.how == "person":
            leader = gaz.leader(text[start:end])
            role = leader.role if leader else None
            persons.append(Person(start, end, text[start:end], role, entry.id, "leader"))
            taken.add((start, end))
    leader_starts = {p.start for p in persons}
    for start, end, entry in matches:
        if entry.how != "title":
            continue
        role = entry.id
        country = _country_before(start, actors, text) or _country_inside(text[start:end], gaz)
        how = "title"
        after = _country_after(end, actors, text)
        name_from = end
        if after:
            country = country or after[0]
            name_from = after[1]
        name_span = _name_after(text, name_from, gaz)
        if name_span and name_span[0] in leader_starts:
            # the leader gazetteer already has this person; a body named in the title says whom
            # they act for now ("European Council President Donald Tusk", a former national leader)
            if country and country.startswith("ORG:"):
                persons = [
                    Person(p.start, p.end, p.name, role, country, "title") if p.start == name_span[0] else p
                    for p in persons
                ]
            continue
        if name_span is None:
            # apposition: "Shigeru Ishiba, the Japanese Prime Minister"
            name_span = _name_before(text, start, actors)
            if name_span and name_span[0] in leader_starts:
                continue
        name = text[name_span[0] : name_span[1]] if name_span else ""
        if name and " " not in name:
            # a bare surname after a title: "President Putin", "Premier Li"
            leader = gaz.leader_by_surname(name, role)
            if leader is not None and (country is None or country == leader.country):
                name, country, how = leader.name, leader.country, "leader"
        if country is None and home and role in _NATIONAL_ROLES:
            country, how = home, "context"
        if name_span:
            persons.append(Person(name_span[0], name_span[1], name, role, country, how))
        else:
            persons.append(Person(start, end, "", role, country, how))
    persons.sort(key=lambda p: (p.start, p.end))
    persons = _with_short_names(text, persons)
    return _with_known_surnames(text, persons, actors, gaz)


def _with_known_surnames(text: str, persons: list[Person], actors: Sequence[ActorSpan], gaz: Gazetteer) -> list[Person]:
    """A distinctive leader surname written alone ("Kishida met Albanese") names that leader."""
    known = gaz.distinctive_surnames
    if not known:
        return persons
    occupied = [(p.start, p.end) for p in persons] + [(a.start, a.end) for a in actors]
    extra = []
    for m in re.finditer(r"(?<![\w'’-])([A-Z][a-z\u00C0-\u024F'’-]{4,})(?![\w-])", text):
        leader = known.get(fold(m.group(1)))
        if leader is None or any(s <= m.start() < e for s, e in occupied):
            continue
        before, after = text[max(0, m.start() - 20) : m.start()], text[m.end() : m.end() + 3]
        if re.search(r"[A-Z][\w'’.-]*\s+$", before) or re.match(r"^\s+[A-Z]", after):
            continue  # part of a longer name ("Mary Albanese Smith")
        extra.append(Person(m.start(), m.end(), leader.name, leader.role, leader.country, "surname"))
    return sorted(persons + extra, key=lambda p: (p.start, p.end)) if extra else persons


def _with_short_names(text: str, persons: list[Person]) -> list[Person]:
    """Later bare surnames of named persons ("Trung said") link to the full name."""
    short: dict[str, Person] = {}
    for p in persons:
        parts = p.name.split()
        if len(parts) >= 2 and p.country:
            for token in {parts[0], parts[-1]}:
                if len(token) >= 2 and token not in _NOT_NAMES and token.upper() != token:
                    short.setdefault(fold(token), p)
    if not short:
        return persons
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in short) + r")\b(?![\s-]+[A-Z])")
    occupied = [(p.start, p.end) for p in persons]
    extra = []
    folded = fold(text)
    haystack = folded if len(folded) == len(text) else text
    for m in pattern.finditer(haystack):
        if any(s <= m.start() < e for s, e in occupied):
            continue
        full = short[m.group(1)]
        if m.start() < full.start:
            continue
        extra.append(Person(m.start(), m.end(), full.name, full.role, full.country, "surname"))
    return sorted(persons + extra, key=lambda p: (p.start, p.end))
