"""Normalising measure labels and event names so different phrasings meet in one fact key.

Two layers, both data-driven:

1. a lexicon of canonical measures (``data/lexicons/measures.json``) and events
   (``data/lexicons/events.json``): regular expressions over the folded text; the first entry
   that matches gives a canonical id ("remittances", "remittance inflow", "record remittances
   sent home" -> ``remittances``);
2. a generic normaliser for everything the lexicon does not know: lowercase, accents folded,
   parentheticals, determiners, ordinals ("4th", "Fourth"), years and edition words dropped,
   nouns singularised ("the Fourth P4G Summit 2025" -> "p4g summit").

Claim measures (partners at a level, members of a group, upgrades) get an id that carries what
they claim: ``partners_at_level:comprehensive_partnership+`` (the lowest level covered, ``+`` when
higher levels count too), ``group_partners:P5``.  The lexicon is tried on the measure label first,
then on label + the quantity's own phrase, then on the clause of the evidence sentence around
the phrase: the clause may only make the figure a claim, or name the measure of a *vague* label
("countries", "multiplier", "share": listed in the lexicon).  A vague label that nothing
matches is keyed by its clause, so two unrelated "countries" figures never meet or conflict.  The embedding model is not used: the lexicon is
explainable, fast (about a microsecond per cached label) and measured in tests/test_resolve_normalise.py.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Any

from .levels import group_in, level_order, levels_in

__all__ = ["Canonical", "clause_around", "fold", "measure_scope", "normalise_event", "normalise_measure",
           "levels_label", "normalise_words"]


@dataclass(frozen=True)
class Canonical:
    """A canonical id, a display name and (for measures) the kind of claim it makes."""

    id: str
    name: str
    claim: str | None = None
    levels: frozenset[str] = frozenset()
    group: str | None = None
    known: bool = True  # False when the generic normaliser made it (no lexicon entry matched)


_PUNCT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-"})


def fold(text: str) -> str:
    """Lowercase, accents removed, curly quotes straightened, spaces collapsed."""
    if text.isascii():
        return " ".join(text.lower().split())
    text = text.translate(_PUNCT)
    if text.isascii():
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D")
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    return " ".join(text.lower().split())


@functools.lru_cache(maxsize=2)
def _lexicon(name: str, section: str) -> list[dict[str, Any]]:
    path = resources.files("chancery.data").joinpath("lexicons", name)
    with path.open(encoding="utf-8") as fh:
        entries: list[dict[str, Any]] = json.load(fh)[section]
    for e in entries:
        e["_all"] = [re.compile(p, re.IGNORECASE) for p in e.get("all", e.get("patterns", []))]
        e["_none"] = [re.compile(p, re.IGNORECASE) for p in e.get("none", [])]
        e["_any"] = "patterns" in e
    return entries


def _match(entries: list[dict[str, Any]], text: str) -> dict[str, Any] | None:
    for e in entries:
        hits = [p.search(text) is not None for p in e["_all"]]
        if (any(hits) if e["_any"] else all(hits)) and not any(p.search(text) for p in e["_none"]):
            return e
    return None


_ORDINAL_WORDS = (
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    "fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth"
)
_DROP = re.compile(
    rf"\((?:[^()]*)\)|\b\d+(?:st|nd|rd|th)\b|\b(?:{_ORDINAL_WORDS})\b|\b(?:19|20)\d{{2}}\b|"
    r"\b(?:the|a|an|its|their|this|that|these|those|of|for|on|in|at|to|and|annual|edition|session|"
    r"number|total|record|official|high-level|upcoming)\b|['\"]s?\b",
)
_KEEP_S = re.compile(r"(?:ss|us|is|ics|ws|as|os)$")


def _singular(word: str) -> str:
    if len(word) <= 3 or _KEEP_S.search(word):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def normalise_words(text: str) -> str:
    """The generic normaliser: folded, determiners/ordinals/years dropped, nouns singular."""
    text = _DROP.sub(" ", fold(text))
    words = [_singular(w) for w in re.findall(r"[a-z0-9][a-z0-9&+-]*", text)]
    return " ".join(words)


@functools.lru_cache(maxsize=65536)
def normalise_event(name: str) -> Canonical:
    """The canonical event for a hosting fact's event name."""
    folded = fold(name)
    words = normalise_words(name)
    entries = _lexicon("events.json", "events")
    hit = _match(entries, folded) or _match(entries, words)
    if hit is not None:
        return Canonical(hit["id"], hit["name"])
    return Canonical(words or folded, name.strip(), known=False)


def clause_around(sentence: str, phrase: str) -> str:
    """The clause of ``sentence`` holding ``phrase``: the text between the nearest comma,
    semicolon, colon or dash before it and after it (the whole sentence if not found)."""
    if not phrase:
        return sentence
    i = sentence.find(phrase)
    if i < 0:
        return sentence
    seps = ",;:\u2013\u2014("
    start = max(sentence.rfind(s, 0, i) for s in seps) + 1
    ends = [j for j in (sentence.find(s, i + len(phrase)) for s in seps) if j >= 0]
    return sentence[start: min(ends) if ends else len(sentence)]


@functools.lru_cache(maxsize=None)
def measure_scope(measure_id: str) -> str:
    """``pair`` for a measure about two actors (two-way trade), else ``subject``."""
    for e in _lexicon("measures.json", "measures"):
        if e["id"] == measure_id:
            return str(e.get("scope", "subject"))
    return "subject"


@functools.lru_cache(maxsize=1)
def _vague() -> frozenset[str]:
    path = resources.files("chancery.data").joinpath("lexicons", "measures.json")
    with path.open(encoding="utf-8") as fh:
        return frozenset(json.load(fh).get("vague", []))


def _is_vague(folded: str) -> bool:
    words = normalise_words(folded).split()
    return not words or all(w in _vague() or _singular(w) in _vague() for w in words)


@functools.lru_cache(maxsize=65536)
def _label_only(measure: str) -> Canonical | None:
    """The canonical measure when the label alone decides it (a non-claim lexicon hit on a label
    that is not vague): most labels, cached by label so the clause is not even looked at."""
    folded = fold(measure)
    hit = _match(_lexicon("measures.json", "measures"), folded)
    if hit is None or hit.get("claim") or _is_vague(folded):
        return None
    return Canonical(hit["id"], hit["name"])


@functools.lru_cache(maxsize=65536)
def normalise_measure(measure: str, text: str = "", clause: str = "", subject: str | None = None,
                      sentence: str = "") -> Canonical:
    """The canonical measure of a quantity, from its label, its phrase, the clause around it and
    (for the levels of a group claim only) its sentence.

    The label is tried alone, then with the phrase; the clause may only make it a *claim*
    (partners at a level, group members, upgrades), or name the measure of a vague label
    ("countries", "multiplier").  An unmatched vague label is keyed by its clause.
    """
    plain = _label_only(measure or "")
    if plain is not None:
        return plain
    entries = _lexicon("measures.json", "measures")
    folded = fold(measure or "")
    vague = _is_vague(folded)
    tail = clause[clause.find(text):] if text and text in clause else clause
    contexts = [folded, fold(f"{measure} {text}"), fold(f"{measure} {text} {tail}"), fold(f"{measure} {text} {clause}")]
    hit, context = None, folded
    for i, ctx in enumerate(contexts):
        found = _match(entries, ctx)
        if found is None or (i >= 2 and not found.get("claim") and not vague):
            continue
        hit, context = found, ctx
        break
    if hit is None:
        return _unknown(measure, text, clause, vague)
    claim = hit.get("claim")
    wide = fold(f"{measure} {text} {tail} {clause}")
    if claim == "group":
        group = group_in(wide)
        if group is not None:
            levels = levels_in(wide, subject) or levels_in(sentence, subject)
            at = f" at {levels_label(levels, subject)[len('partners at '):]}" if levels else ""
            return Canonical(f"group_partners:{group.id}{_levels_suffix(levels, subject)}",
                             f"{group.name} among partners{at}", claim, levels, group.id)
    if claim == "level":
        levels = levels_in(context, subject)
        if levels:
            return Canonical(f"partners_at_level{_levels_suffix(levels, subject)}", levels_label(levels, subject),
                             claim, levels)
    if claim in ("group", "level"):
        return _unknown(measure, text, clause, vague)
    return Canonical(hit["id"], hit["name"], claim)


def _unknown(measure: str, text: str, clause: str, vague: bool) -> Canonical:
    """A measure the lexicon does not know.  A vague label ("countries", "multiplier") is kept
    apart per clause: its id carries a digest of the clause, its name quotes the words that lead
    to the figure ("“with the participation of 163 countries”")."""
    label = " ".join(measure.split()) or "figure"
    base = normalise_words(measure) or fold(measure) or "figure"
    if not vague:
        return Canonical(base, label, known=False)
    context = clause or text
    digest = hashlib.sha1(fold(context).encode()).hexdigest()[:8]
    at = clause.find(text) if text else -1
    words = clause[:at].split()[-6:] if at > 0 else []
    snippet = " ".join(words + text.split()).strip(" ,;.") if text else ""
    name = f"\u201c{snippet}\u201d" if snippet and len(snippet.split()) > len(label.split()) else label
    return Canonical(f"{base}~{digest}", name, known=False)


def _levels_suffix(levels: frozenset[str], country: str | None) -> str:
    if not levels:
        return ""
    order = [lv for lv in level_order(country) if lv in levels]
    lowest = order[-1] if order else min(levels)
    full = [lv for lv in level_order(country) if lv != "other"]
    above = lowest in full and set(full[: full.index(lowest) + 1]) == set(levels) and len(levels) > 1
    return f":{lowest}{'+' if above else ''}" if above or len(levels) == 1 else ":" + "|".join(sorted(levels))


def levels_label(levels: frozenset[str], country: str | None) -> str:
    suffix = _levels_suffix(levels, country)[1:]
    if suffix.endswith("+"):
        return f"partners at {suffix[:-1].replace('_', ' ')} level or higher"
    return "partners at " + " or ".join(s.replace("_", " ") + " level" for s in suffix.split("|"))
