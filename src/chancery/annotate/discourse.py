"""The discourse context of a document, shared by every extractor.

Stories name their actors once and then refer back to them: "he", "the two sides", "the kingdom",
"the Southeast Asian nation", "the host country", "the former general". They are also set somewhere
(a dateline, a headline, the place of the first meeting) that sentences leave unsaid ("during the
talks, ..."). This module answers, for a position in the text:

- :func:`story_place`: the country the story is set in (dateline city or country, a place in the
  headline, else the first sentence's place of meeting);
- :func:`pair_before`: the two states "the two sides/countries/leaders" refer to;
- :func:`person_before`: the person "he"/"she"/"the leader"/"the former general" refers to;
- :func:`state_for_descriptor`: the state "the [Southeast Asian] [island] nation" refers to, using
  the descriptor words of ``data/gazetteer/descriptors.tsv`` and the regions and tags of
  ``data/gazetteer/regions.tsv``.

Everything is computed from the annotated document's actors and persons; nothing is guessed from
outside the text.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import ActorSpan, Person
from .gazetteer import data_rows, fold, load_gazetteer
from .places import city_spans, load_cities

if TYPE_CHECKING:
    from .document import AnnotatedDocument

__all__ = ["Dateline", "admits", "dateline", "dateline_line", "descriptor_at", "pair_before", "person_before", "state_for_descriptor", "story_place"]

_STATE_HOWS = ("name", "short", "abbrev", "demonym", "capital", "city")
_COMMUNIST = {"CHN", "VNM", "LAO", "CUB", "PRK"}
# how far back an anaphor may reach (characters)
_REACH = 1200


@functools.lru_cache(maxsize=1)
def _regions() -> dict[str, tuple[str, str, frozenset[str]]]:
    out = {}
    for r in data_rows("regions.tsv"):
        tags = frozenset(t for t in r.get("tags", "").split(",") if t)
        out[r["code"]] = (r["subregion"], r["region"], tags)
    return out


@functools.lru_cache(maxsize=1)
def _descriptors() -> tuple[dict[str, str], dict[str, str], re.Pattern[str]]:
    adjs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    for r in data_rows("descriptors.tsv"):
        (adjs if r["part"] == "adj" else nouns)[r["word"].lower()] = r["constraint"]
    adj_alt = "|".join(re.escape(a) for a in sorted(adjs, key=len, reverse=True))
    noun_alt = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    rx = re.compile(rf"\b[Tt]he\s+(?P<adjs>(?:(?:{adj_alt})\s+){{0,3}})(?P<noun>{noun_alt})\b(?!\s+of\b)", re.I)
    return adjs, nouns, rx


def _admits(constraint: str, code: str, host: str | None) -> bool:
    if constraint == "any":
        return True
    if constraint == "host":
        return code == host
    if constraint == "communist":
        return code in _COMMUNIST
    info = _regions().get(code)
    if info is None:
        return False
    kind, _, value = constraint.partition(":")
    if kind == "tag":
        return value in info[2]
    if kind == "region":
        return info[1] == value
    if kind == "subregion":
        return info[0] == value
    return False


def admits(adoc: AnnotatedDocument, code: str, constraints: list[str]) -> bool:
    """Whether every constraint of a descriptor (from :func:`descriptor_at`) admits the state ``code``."""
    host = story_place(adoc)
    return all(_admits(c, code, host) for c in constraints)


def descriptor_at(text: str, start: int, end: int) -> list[tuple[int, int, list[str]]]:
    """Descriptive references to a state in ``text[start:end]``: (start, end, constraints)."""
    adjs, nouns, rx = _descriptors()
    out = []
    for m in rx.finditer(text, start, end):
        words = m.group("adjs").lower().split()
        constraints = [nouns[m.group("noun").lower()]]
        i = 0
        while i < len(words):  # two-word adjectives first ("southeast asian")
            two = " ".join(words[i : i + 2])
            if two in adjs:
                constraints.append(adjs[two])
                i += 2
            elif words[i] in adjs:
                constraints.append(adjs[words[i]])
                i += 1
            else:
                i += 1
        out.append((m.start(), m.end(), constraints))
    return out


def _states_before(adoc: AnnotatedDocument, pos: int, reach: int = _REACH) -> list[ActorSpan]:
    """State mentions before ``pos`` (nearest first) within ``reach`` characters."""
    return [a for a in reversed(adoc.actors) if a.end <= pos and pos - a.end <= reach and a.is_state and a.how in _STATE_HOWS]


def state_for_descriptor(adoc: AnnotatedDocument, pos: int, constraints: list[str]) -> str | None:
    """The most recent state before ``pos`` that every constraint admits."""
    host = story_place(adoc)
    if constraints and all(c in ("any", "host") for c in constraints) and "host" in constraints:
        return host
    for a in _states_before(adoc, pos):
        if all(_admits(c, a.actor, host) for c in constraints):
            return a.actor
    return None


def person_before(adoc: AnnotatedDocument, pos: int, *, reach: int = _REACH) -> Person | None:
    """The person a pronoun or a descriptive noun phrase at ``pos`` refers to: the most recent named
    person with a country before it (within ``reach`` characters)."""
    for p in reversed(adoc.persons):
        if p.end > pos:
            continue
        if pos - p.end > reach:
            return None
        if p.name and p.country:
            return p
    return None


def pair_before(adoc: AnnotatedDocument, pos: int) -> tuple[str, str] | None:
    """The two states "the two sides/countries/nations/leaders" at ``pos`` refer to.

    The closest sentence before (or holding) ``pos`` whose parties are exactly two states (persons
    count for their country); else the headline's two states; else the two states that dominate the
    document.
    """
    for sent in reversed(adoc.sentences):
        if sent.start > pos:
            continue
        end = min(sent.end, pos) if sent.start <= pos < sent.end else sent.end
        codes = _parties(adoc, sent.start, end)
        if len(codes) == 2:
            return tuple(sorted(codes))  # type: ignore[return-value]
        if pos - sent.end > _REACH:
            break
    first_line = adoc.text.split("\n", 1)[0]
    codes = _parties(adoc, 0, len(first_line))
    if len(codes) == 2:
        return tuple(sorted(codes))  # type: ignore[return-value]
    counts = Counter(a.actor for a in adoc.actors if a.is_state and a.how in _STATE_HOWS)
    top = counts.most_common(3)
    if len(top) >= 2 and (len(top) == 2 or top[1][1] >= 2 * top[2][1]) and top[1][1] >= 2:
        return tuple(sorted((top[0][0], top[1][0])))  # type: ignore[return-value]
    return None


def _parties(adoc: AnnotatedDocument, start: int, end: int) -> set[str]:
    codes = {a.actor for a in adoc.actors_in(start, end) if a.is_state and a.how in ("name", "short", "abbrev", "demonym", "capital")}
    codes |= {p.country for p in adoc.persons_in(start, end) if p.country and not p.country.startswith("ORG:")}
    return codes


# after the place: ", Nov 22, 2024 (Outlet) -", " (VNA) —", ", Vietnam (AP) -", " -- "
_AFTER_PLACE = re.compile(r"^\s*(?:,|\(|—|–|-{1,2}\s)")
_DATELINE_END = re.compile(r"^[^\n]{0,90}?(?:\)\s*(?:—|–|-{1,2})|\s(?:—|–|-{1,2})\s|\)\s*:)\s*")


@dataclass(frozen=True)
class Dateline:
    country: str
    end: int  # where the story text starts after the dateline


def dateline(adoc: AnnotatedDocument) -> Dateline | None:
    """The place a story is filed from, when a line near the top opens with one."""
    text = adoc.text
    head = text[:700]
    line_start = 0
    for line in head.split("\n"):
        lo, hi = line_start, line_start + len(line)
        line_start = hi + 1
        if not line.strip():
            continue
        place = _place_at(adoc, lo, hi)
        if place is None:
            continue
        p_end, country = place
        if not _AFTER_PLACE.match(text[p_end : p_end + 6]):
            continue
        m = _DATELINE_END.match(text[p_end:hi])
        if m:
            return Dateline(country, p_end + m.end())
    return None


_DATE_MARK = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s+")


def dateline_line(adoc: AnnotatedDocument, *, lines: int = 6) -> Dateline | None:
    """A dateline :func:`dateline` does not read: one after a leading "date 2024-11-21" marker
    ("date 2024-11-21 PUTRAJAYA — ..."), or one written on a line of its own near the top
    ("RIYADH:", "Hanoi —"). The place, and where the story starts after it."""
    text = adoc.text
    pos = 0
    for line in text[:700].split("\n")[:lines]:
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        mark = _DATE_MARK.match(line)
        if mark:
            place = _place_at(adoc, lo + mark.end(), hi)
            if place is not None and _AFTER_PLACE.match(text[place[0] : place[0] + 6]):
                m = _DATELINE_END.match(text[place[0] : hi])
                if m:
                    return Dateline(place[1], place[0] + m.end())
        body = line.strip()
        if not body or len(body) > 40 or not body.endswith((":", "—", "–", "-")):
            continue
        name = " ".join(body.rstrip(" :—–-").split())
        found = load_cities().get(fold(name.title()))
        entry = None if found else load_gazetteer().lookup(name.title())
        if entry and entry.how in ("capital", "name", "short") and not entry.id.startswith("ORG:"):
            found = entry.id
        if found:
            return Dateline(found, hi)
    return None


def _place_at(adoc: AnnotatedDocument, lo: int, hi: int) -> tuple[int, str] | None:
    for s, e, code in city_spans(adoc, lo, min(hi, lo + 40)):
        if s == lo:
            return e, code
    for a in adoc.actors_in(lo, min(hi, lo + 40)):
        if a.start == lo and a.is_state:
            return a.end, a.actor
    word = re.match(r"[A-Z][A-Z .'-]{2,30}?(?=\s*[,(—–-])", adoc.text[lo:hi])  # "KUALA LUMPUR"
    if word:
        title = " ".join(word.group(0).split()).title()
        found = load_cities().get(fold(title))
        entry = None if found else load_gazetteer().lookup(title)
        if entry and entry.how in ("capital", "name", "short") and not entry.id.startswith("ORG:"):
            found = entry.id
        if found:
            return lo + len(word.group(0).rstrip()), found
    return None


def story_place(adoc: AnnotatedDocument) -> str | None:
    """The country the story is set in, when the text says so.

    A dateline ("HANOI, Sept 10 (Reuters) -", "Jakarta, 12 March 2025 -"), else a place in the
    headline ("... in Jakarta", "Hanoi hosts ..."), else the place of the first sentence that states
    where something happens ("... met in Tokyo on Monday").
    """
    text = adoc.text
    line = dateline(adoc)
    if line is not None:
        return line.country
    first_line_end = text.find("\n")
    headline_end = first_line_end if 0 < first_line_end < 250 else 0
    for a in adoc.actors_in(0, headline_end):
        before = text[max(0, a.start - 6) : a.start].lower()
        if a.is_state and (a.how in ("city", "capital") or re.search(r"\b(?:in|to|at)\s+$", before)):
            return a.actor
    for sent in adoc.sentences[:3]:
        for a in adoc.actors_in(sent.start, sent.end):
            before = text[max(sent.start, a.start - 8) : a.start].lower()
            if a.is_state and a.how == "city" or (a.is_state and re.search(r"\b(?:in|at)\s+(?:the\s+)?$", before)):
                return a.actor
    return adoc.home
