"""The actor gazetteer: country, body, leader and title names -> canonical ids.

The names live in data files (``chancery/data/gazetteer/*.tsv``); this module
loads them once, adds diacritic-free variants, and finds them in text with
one case-sensitive Aho-Corasick pass, keeping the longest match at each
place.  Blocked phrases ("South China Sea", "Indian Ocean") are matched too
so that they swallow the shorter names inside them.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources

import ahocorasick

from ..model import ActorSpan

__all__ = ["Entry", "Gazetteer", "Leader", "data_rows", "fold", "load_gazetteer"]


def _fold_char(c: str) -> str:
    base = "".join(x for x in unicodedata.normalize("NFD", c) if not unicodedata.combining(x))
    return unicodedata.normalize("NFC", base)


# precomposed Latin letters (Latin-1 to Latin Extended Additional, where Vietnamese lives) -> base
_FOLD_TABLE = {
    cp: _fold_char(chr(cp))
    for cp in [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)]
    if _fold_char(chr(cp)) != chr(cp)
}
_FOLD_TABLE.update({ord("đ"): "d", ord("Đ"): "D"})
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(s: str) -> str:
    """Strip diacritics (and map đ/Đ to d/D): 'Việt Nam' -> 'Viet Nam'.

    NFC text folds letter by letter (one precomposed letter -> one base letter), so lengths and
    offsets are kept; other text goes through full decomposition.
    """
    if s.isascii():
        return s
    folded = s.translate(_FOLD_TABLE)
    if not _COMBINING.search(folded):
        return folded
    decomposed = unicodedata.normalize("NFD", folded)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


@dataclass(frozen=True)
class Entry:
    """One surface form: what it links to and what kind of name it is."""

    id: str  # actor id, role name (titles) or "" (blocked)
    how: str  # name | short | abbrev | demonym | capital | org | person | title | block


@dataclass(frozen=True)
class Leader:
    name: str
    country: str
    role: str
    from_year: int | None
    to_year: int | None


def data_rows(name: str, folder: str = "gazetteer") -> Iterator[dict[str, str]]:
    """The rows of a tab-separated data file ``chancery/data/<folder>/<name>`` (comments skipped)."""
    path = resources.files("chancery.data").joinpath(folder, name) if folder else resources.files("chancery.data").joinpath(name)
    if not path.is_file():
        return
    with path.open(encoding="utf-8") as fh:
        lines = (line for line in fh if line.strip() and not line.lstrip().startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield {k: (v or "").strip() for k, v in row.items() if k}


_WORDCHAR = re.compile(r"\w", re.UNICODE)
_FAMILY_NAME_FIRST = {"CHN", "TWN", "KOR", "PRK", "HKG", "MAC"}


class Gazetteer:
    """Surface forms -> entries, with one automaton over all of them."""

    def __init__(self, entries: Iterable[tuple[str, Entry]], leaders: Iterable[Leader] = ()) -> None:
        self._surfaces: dict[str, Entry] = {}
        for surface, entry in entries:
            for variant in {surface, fold(surface)}:
                # the first definition of a surface wins (data files are ordered by priority)
                self._surfaces.setdefault(variant, entry)
        self.leaders: dict[str, Leader] = {}
        leaders_list = list(leaders)
        for leader in leaders_list:
            for variant in {leader.name, fold(leader.name)}:
                self.leaders.setdefault(variant, leader)
                self._surfaces.setdefault(variant, Entry(leader.country, "person"))
        self._surnames: dict[str, list[Leader]] = {}
        for leader in {(lead.name, lead.country): lead for lead in leaders_list}.values():
            parts = fold(leader.name).replace("-", " ").split()
            if len(parts) < 2:
                continue
            # East Asian names put the family name first ("Xi Jinping" -> Xi)
            surname = parts[0] if leader.country in _FAMILY_NAME_FIRST else parts[-1]
            self._surnames.setdefault(surname, []).append(leader)
        self._automaton = ahocorasick.Automaton()
        for surface, entry in self._surfaces.items():
            self._automaton.add_word(surface, (len(surface), surface, entry))
        if self._surfaces:
            self._automaton.make_automaton()
        self.country_names: dict[str, str] = {}
        for surface, entry in self._surfaces.items():
            if entry.how == "name" and entry.id not in self.country_names:
                self.country_names[entry.id] = surface

    def lookup(self, surface: str) -> Entry | None:
        return self._surfaces.get(surface) or self._surfaces.get(fold(surface))

    def leader(self, name: str) -> Leader | None:
        return self.leaders.get(name) or self.leaders.get(fold(name))

    def leader_by_surname(self, surname: str, role: str | None = None) -> Leader | None:
        """The one leader known by ``surname`` ("Putin", "Xi"); with ``role``, among those holding it."""
        found = self._surnames.get(fold(surname), [])
        if role is not None and len(found) > 1:
            found = [lead for lead in found if lead.role == role] or found
        people = {(lead.country, fold(lead.name).replace("-", " ")) for lead in found}
        return found[0] if len({c for c, _ in people}) == 1 and found else None

    @functools.cached_property
    def distinctive_surnames(self) -> dict[str, Leader]:
        """Surnames that name one known leader and little else ("Kishida", "Erdogan", "Albanese"):
        five letters or more, one person, not in ``surname_stop.tsv`` (common family names, words)."""
        stop = {fold(r["word"]).lower() for r in data_rows("surname_stop.tsv") if r.get("word")}
        out = {}
        for surname, found in self._surnames.items():
            people = {(lead.country, fold(lead.name).replace("-", " ")) for lead in found}
            if len(people) == 1 and len(surname) >= 5 and surname.lower() not in stop and surname[:1].isupper():
                out[surname] = found[0]
        return out

    def name_of(self, actor: str) -> str:
        """A readable name for an actor id."""
        return self.country_names.get(actor, actor.removeprefix("ORG:"))

    def matches(self, text: str) -> list[tuple[int, int, Entry]]:
        """All longest, non-overlapping, word-bounded matches in ``text``.

        The text is matched as written and, where it carries diacritics, in
        folded form too (folding keeps the length of precomposed Vietnamese
        letters, so offsets stay valid when lengths agree).
        """
        if not self._surfaces:
            return []
        found: list[tuple[int, int, Entry]] = []
        self._collect(text, text, found)
        folded = fold(text)
        if folded != text and len(folded) == len(text):
            self._collect(folded, text, found)
        found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
        chosen: list[tuple[int, int, Entry]] = []
        last_end = -1
        for start, end, entry in found:
            if start >= last_end:
                chosen.append((start, end, entry))
                last_end = end
        return [m for m in chosen if m[2].how != "block"]

    def _collect(self, haystack: str, original: str, out: list[tuple[int, int, Entry]]) -> None:
        n = len(haystack)
        for end_idx, (length, _surface, entry) in self._automaton.iter(haystack):
            start, end = end_idx - length + 1, end_idx + 1
            if start > 0 and _WORDCHAR.match(haystack[start - 1]):
                continue
            if end < n and _WORDCHAR.match(haystack[end]):
                continue
            out.append((start, end, entry))

    def actor_spans(self, text: str, offset: int = 0) -> list[ActorSpan]:
        """Country and body mentions as :class:`ActorSpan` (persons and titles excluded)."""
        spans = []
        for start, end, entry in self.matches(text):
            if entry.how in ("person", "title"):
                continue
            spans.append(ActorSpan(start + offset, end + offset, entry.id, entry.how, text[start:end]))
        return spans


def _int(s: str) -> int | None:
    try:
        return int(s)
    except ValueError:
        return None


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer (loaded once per process)."""
    entries: list[tuple[str, Entry]] = []
    for row in data_rows("blocked.tsv"):
        entries.append((row["surface"], Entry("", "block")))
    for row in data_rows("orgs.tsv"):
        entries.append((row["surface"], Entry(row["id"], "org")))
    for row in data_rows("countries.tsv"):
        entries.append((row["surface"], Entry(row["code"], row["type"])))
        if row["surface"].startswith("the "):
            entries.append((row["surface"][4:], Entry(row["code"], row["type"])))
    for row in data_rows("titles.tsv"):
        surface = row["surface"]
        entries.append((surface, Entry(row["role"], "title")))
        if len(surface) > 3 and not surface.isupper():
            # "foreign minister", "Foreign minister": titles are often written in lower case
            for lowered in {surface[0].lower() + surface[1:], surface.lower(), surface[0] + surface[1:].lower()}:
                if lowered != surface:
                    entries.append((lowered, Entry(row["role"], "title")))
    leaders = [
        Leader(r["name"], r["country"], r["role"], _int(r.get("from_year", "")), _int(r.get("to_year", "")))
        for r in data_rows("leaders.tsv")
        if r.get("name") and r.get("country")
    ]
    return Gazetteer(entries, leaders)
