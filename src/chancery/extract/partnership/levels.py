"""Level phrases: where a sentence names a framework of relations, and which level it is.

A level phrase is a chain of framework words ("comprehensive", "strategic", "all-weather",
"special" ...) before a head noun ("partnership", "partner", and for "special":
"relationship/relations/ties/friendship/solidarity"), an abbreviation ("CSP"), or a community
framework ("community with a shared future"). The chain decides the level: exactly
"comprehensive strategic", "strategic" or "comprehensive" are the core levels; any other chain
holding a core word ("enhanced strategic", "all-weather strategic cooperative", "special strategic
and global") is a framework of its own: level ``other`` with its name as label.

A purpose suffix ("... for peace and development") keeps the core level; a suffix naming another
kind of relation ("of coordination", "on climate change", "in the field of energy") makes it
``other`` and belongs to the label. Every word list is data (``lexicon.json``).

What the level is *for* in its sentence (set up, referred to, a goal, a document's subject) is read
from the parse in :mod:`.frame`; only thresholds written in the phrase itself ("strategic
partnership or higher") are left out here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from ..common import load_lexicon

__all__ = ["LevelPhrase", "find_levels", "lexicon", "stem"]


@dataclass(frozen=True)
class LevelPhrase:
    """A level named in a sentence (document offsets; ``end`` is the end of the head noun)."""

    start: int
    end: int
    level: str
    label: str | None
    head: str  # partnership | partner | special | abbrev | community


def _alt(items: list[str]) -> str:
    return "|".join(sorted(items, key=len, reverse=True))


def _words(items: list[str]) -> str:
    """Literal words as an alternation; a hyphen or a space inside a word may be either."""
    return _alt([r"[\s-]".join(re.escape(p) for p in re.split(r"[\s-]", w)) for w in items])


@dataclass(frozen=True)
class _Patterns:
    level: re.Pattern[str]
    abbrev: re.Pattern[str]
    community: re.Pattern[str]
    framework_suffix: re.Pattern[str]
    purpose_suffix: re.Pattern[str]
    threshold_after: re.Pattern[str]
    threshold_before: re.Pattern[str]
    company: re.Pattern[str]


_SUFFIX = re.compile(r"(?:ments?|ions?|ings?|ed|es|s|e)$")


def stem(word: str) -> str:
    """A crude stem that folds the forms of a word together ("raised", "raise", "raising" -> "rais";
    "elevation" -> "elevat"); the parse's cheap lemma does not always undo an -ed or -ing."""
    low = word.lower()
    if len(low) <= 4:
        return low
    out = _SUFFIX.sub("", low)
    return out if len(out) >= 3 else low


@functools.lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The partnership lexicon, with its word lists as sets (words and their stems) for token look-ups."""
    lx = dict(load_lexicon("partnership"))
    for k, v in list(lx.items()):
        if isinstance(v, list) and not k.startswith("_") and k not in ("framework_suffixes",):
            lx[k + "_set"] = frozenset(w.lower() for w in v)
            lx[k + "_stems"] = frozenset(stem(w) for w in v)
    return lx


@functools.lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    lx = lexicon()
    fw = _words(lx["framework_words"])
    chain = rf"(?:{fw})(?:(?:\s+and\s+|\s*,\s*|\s+)(?:{fw}))*(?:\s+cooperation)?"
    heads = _alt(lx["partnership_heads"] + lx["partner_heads"] + lx["special_heads"])
    i = re.I
    return _Patterns(
        level=re.compile(rf"(?<![\w-])(?P<chain>{chain})\s+(?P<head>{heads})\b", i),
        abbrev=re.compile(r"\b(?P<abbr>" + _alt([re.escape(k) for k in lx["abbreviations"]]) + r")s?\b"),
        community=re.compile(r"\b" + lx["community"], i),
        framework_suffix=re.compile(r"^\s+(?:" + _alt(lx["framework_suffixes"]) + ")", i),
        purpose_suffix=re.compile(r"^\s+" + lx["purpose_suffix"], i),
        threshold_after=re.compile(lx["threshold_after"], i),
        threshold_before=re.compile(lx["threshold_before"], i),
        company=re.compile(r"(?<![\w-])(?:" + _alt([re.escape(w) for w in lx["company_cues"]]) + r")(?![\w-])", i),
    )


def _classify(chain: str, head: str) -> tuple[str, str] | None:
    """(level, head kind) for a chain of framework words before a head noun, or None."""
    lx = lexicon()
    words = [w.lower().replace(" ", "-") for w in re.split(r"\s*,\s*|\s+(?:and\s+)?", chain.strip()) if w]
    words = [w for w in words if w != "and"]
    head_l = head.lower()
    if head_l in lx["special_heads_set"]:
        return ("special_relationship", "special") if words == ["special"] else None
    if not lx["core_words_set"].intersection(words):
        return None
    kind = "partner" if head_l in lx["partner_heads_set"] else "partnership"
    return lx["core_levels"].get(" ".join(words), "other"), kind


def _label_start(text: str, start: int, floor: int) -> int:
    """Where a framework's name begins: a hyphenated pair of names right before it belongs to it
    ("the China-Pakistan All-Weather ...")."""
    m = re.search(r"(?:[A-Z][\w'’]*\s*){1,3}[-–]\s*(?:[A-Z][\w'’]*\s*){1,3}$", text[floor:start])
    return floor + m.start() if m else start


def find_levels(text: str, start: int, end: int) -> list[LevelPhrase]:
    """The level phrases in ``text[start:end]`` (one sentence), in order.

    In a sentence about a company deal, a bare "strategic partnership" (and any other framework
    but the state levels CSP/CP/special) is a business tie, not a level.
    """
    pt = _patterns()
    body = text[start:end]
    business = bool(pt.company.search(body))
    out: list[LevelPhrase] = []
    for m in pt.level.finditer(body):
        got = _classify(m.group("chain"), m.group("head"))
        if got is None:
            continue
        level, kind = got
        before, after = body[: m.start()], body[m.end() :]
        if pt.threshold_after.match(after) or pt.threshold_before.search(before):
            continue
        if business and level in ("strategic_partnership", "other"):
            continue
        label: str | None = None
        if kind != "special":
            suffix = pt.framework_suffix.match(after)
            if suffix and not pt.purpose_suffix.match(after):
                level = "other"
                label = " ".join((m.group(0) + suffix.group(0)).split())
            elif level == "other":
                label = " ".join(m.group(0).split())
        if label and kind == "partner":
            label = re.sub(r"partners?$", "partnership", label, flags=re.I)
        out.append(LevelPhrase(start + m.start(), start + m.end(), level, label, kind))
    for m in pt.community.finditer(body):
        lo = _label_start(body, m.start(), 0)
        label = " ".join(body[lo : m.end()].split())
        out.append(LevelPhrase(start + m.start(), start + m.end(), "other", label, "community"))
    for m in pt.abbrev.finditer(body):
        if any(p.start <= start + m.start() < p.end for p in out) or body[: m.start()].rstrip().endswith("("):
            continue
        level = lexicon()["abbreviations"][m.group("abbr")]
        out.append(LevelPhrase(start + m.start(), start + m.end(), level, None, "abbrev"))
    return sorted(out, key=lambda p: p.start)
