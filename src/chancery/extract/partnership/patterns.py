"""Partnership level phrases: where a sentence names a framework and which level it is.

A level phrase is a chain of framework words ("comprehensive", "strategic",
"all-weather", "special" ...) before a head noun ("partnership", "partner",
and for "special": "relationship/relations/ties/friendship/solidarity").
The chain decides the level: exactly "comprehensive strategic", "strategic" or
"comprehensive" are the core levels; any other chain that holds a core word
("enhanced strategic", "all-weather strategic cooperative", "special strategic
and global") is a different framework: level ``other`` with its name as label.

Suffix rule: a purpose suffix introduced by "for" ("... for peace, cooperation
and development", "for a new era") keeps the core level; a suffix that names
a different kind of relationship ("of coordination", "on climate change", "in
the field of energy", "and strategic interaction") makes it ``other`` and
belongs to the label.

All word lists and regex fragments live in ``data/lexicons/partnership.json``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from ..common import load_lexicon

__all__ = ["LevelPhrase", "Lexicon", "lexicon", "find_levels", "signed_document"]


@dataclass(frozen=True)
class LevelPhrase:
    """A level named in a sentence; offsets are relative to the sentence text."""

    start: int
    end: int  # end of the head noun (suffix not included)
    level: str
    label: str | None
    head: str  # partnership | partner | special | abbrev
    plural: bool


def _alt(items: list[str]) -> str:
    return "|".join(sorted(items, key=len, reverse=True))


def _words(items: list[str]) -> str:
    """Literal words as an alternation; a hyphen or a space inside a word may be either."""
    out = []
    for w in items:
        out.append(r"[\s-]".join(re.escape(p) for p in re.split(r"[\s-]", w)))
    return _alt(out)


@dataclass(frozen=True)
class Lexicon:
    raw: dict[str, Any]
    level_re: re.Pattern[str]
    abbrev_re: re.Pattern[str]
    framework_suffix_re: re.Pattern[str]
    purpose_suffix_re: re.Pattern[str]
    exclude_after_re: re.Pattern[str]
    exclude_before_re: re.Pattern[str]
    modifier_re: re.Pattern[str]
    loose_re: re.Pattern[str]
    establish_re: re.Pattern[str]
    change_re: re.Pattern[str]
    intent_re: re.Pattern[str]
    to_before_re: re.Pattern[str]
    from_before_re: re.Pattern[str]
    passive_after_re: re.Pattern[str]
    future_after_re: re.Pattern[str]
    anniversary_re: re.Pattern[str]
    two_sides_re: re.Pattern[str]
    first_person_re: re.Pattern[str]
    peer_re: re.Pattern[str]
    clause_break_re: re.Pattern[str]
    opener_re: re.Pattern[str]
    list_sep_re: re.Pattern[str]
    pair_sep_re: re.Pattern[str]
    company_cue_re: re.Pattern[str]
    mention_goal_re: re.Pattern[str]
    maintain_re: re.Pattern[str]
    party_orgs: frozenset[str]
    core_words: frozenset[str]
    core_levels: dict[str, str]


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    lx = load_lexicon("partnership")
    fw = _words(lx["framework_words"])
    chain = rf"(?:{fw})(?:(?:\s+and\s+|\s+)(?:{fw}))*(?:\s+cooperation)?"
    heads = _alt(lx["partnership_heads"] + lx["partner_heads"] + lx["special_heads"])
    level_re = re.compile(rf"(?<![\w-])(?P<chain>{chain})\s+(?P<head>{heads})\b", re.I)
    abbrev_re = re.compile(r"\b(?P<abbr>" + _alt([re.escape(k) for k in lx["abbreviations"]]) + r")s?\b")
    i = re.I
    return Lexicon(
        raw=lx,
        level_re=level_re,
        abbrev_re=abbrev_re,
        framework_suffix_re=re.compile(r"^\s+(?:" + _alt(lx["framework_suffixes"]) + ")", i),
        purpose_suffix_re=re.compile(r"^\s+" + lx["purpose_suffix"], i),
        exclude_after_re=re.compile("^(?:" + "|".join(lx["exclude_after"]) + ")", i),
        exclude_before_re=re.compile("(?:" + "|".join(lx["exclude_before"]) + ")", i),
        modifier_re=re.compile(
            r"(?<![\w-])(?:" + "|".join(lx["modifier_cues"]) + r")\s+"
            r"(?:(?:an?|the|their|its|new|[\w’']+[-–][\w’']+|[\w’']+['’]s)\s+){0,2}$",
            i,
        ),
        loose_re=re.compile(r"(?<![\w-])(?:" + _words(lx["loose_partner_words"]) + r")\s+$", i),
        establish_re=re.compile(r"(?<![\w-])(?:" + "|".join(lx["establish_verbs"]) + r")\b", i),
        change_re=re.compile(r"(?<![\w-])(?:" + "|".join(lx["change_verbs"]) + r")\b", i),
        intent_re=re.compile(r"(?<![\w-])(?:" + "|".join(lx["intent_cues"]) + r")(?![\w-])", i),
        to_before_re=re.compile(lx["to_before_level"], i),
        from_before_re=re.compile(lx["from_before_level"], i),
        passive_after_re=re.compile(lx["passive_after"], i),
        future_after_re=re.compile(lx["future_after"], i),
        anniversary_re=re.compile(lx["anniversary"], i),
        two_sides_re=re.compile(lx["two_sides"], i),
        first_person_re=re.compile(lx["first_person"], i),
        peer_re=re.compile(lx["peer_cues"], i),
        clause_break_re=re.compile(lx["clause_breaks"], i),
        opener_re=re.compile(lx["participle_openers"]),
        list_sep_re=re.compile(lx["list_sep"], i),
        pair_sep_re=re.compile(lx["pair_sep"]),
        company_cue_re=re.compile(
            r"(?<![\w-])(?:" + _alt([re.escape(w) for w in lx["company_cues"]]) + r")(?![\w-])", i
        ),
        mention_goal_re=re.compile(lx["mention_goal"], i),
        maintain_re=re.compile(lx["maintain_verbs"], i),
        party_orgs=frozenset(lx["party_orgs"]),
        core_words=frozenset(lx["core_words"]),
        core_levels=dict(lx["core_levels"]),
    )


def _classify(chain: str, head: str, lx: Lexicon) -> tuple[str, str] | None:
    """(level, head kind) for a chain of framework words before a head noun, or None."""
    words = [w.lower().replace(" ", "-") for w in re.split(r"\s+(?:and\s+)?", chain.strip()) if w]
    words = [w for w in words if w != "and"]
    head_l = head.lower()
    if head_l in lx.raw["special_heads"]:
        return ("special_relationship", "special") if words == ["special"] else None
    if not lx.core_words.intersection(words):
        return None
    kind = "partner" if head_l in lx.raw["partner_heads"] else "partnership"
    return lx.core_levels.get(" ".join(words), "other"), kind


_DOC_AFTER = re.compile(
    r"^\s+(?:framework\s+)?(?:agreements?|accords?|treaty|treaties|pacts?|deals?|charters?)\b", re.IGNORECASE
)
_SIGN_BEFORE = re.compile(
    r"(?<![\w-])(?:sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|seal(?:s|ed|ing)?)"
    r"(?:\s+(?:an?|the|this|their|its|new|historic|landmark|bilateral|formal))*\s+$",
    re.I,
)
_SIGNED_AFTER = re.compile(
    r"^\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:officially|formally|also)\s+)?"
    r"(?:signed|inked|concluded|sealed)\b|^\s*,?\s+(?:signed|inked|concluded|sealed)\s+(?:by|in|on|last|earlier)\b",
    re.I,
)


def signed_document(before: str, after: str) -> bool:
    """A level naming a document that is signed: "signed a CSP agreement", "a SP treaty was signed by ..."."""
    doc = _DOC_AFTER.match(after)
    if doc is None:
        return False
    return bool(_SIGN_BEFORE.search(before) or _SIGNED_AFTER.match(after[doc.end() :]))


_DOC_ON = r"(?:treaty|pact|agreement|accord|charter|declaration)\s+on\s+(?:an?\s+|the\s+)?$"
_SIGNED_DOC_ON = re.compile(
    r"(?<![\w-])(?:sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|seal(?:s|ed|ing)?)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?" + _DOC_ON,
    re.I,
)
_DOC_ON_RE = re.compile(r"\b" + _DOC_ON, re.I)
_PASSIVE_SIGNED = re.compile(
    r"^(?:\s+(?:between|with)\s+[^,;]{3,60}?)?\s*,?\s+(?:(?:which|that)\s+)?(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:(?:officially|formally|also)\s+)?(?:signed|inked|concluded|sealed)\b",
    re.I,
)


def signed_on_level(before: str, after: str) -> bool:
    """A document "on" a level that is signed: "signed a treaty on comprehensive strategic partnership",
    "a treaty on strategic partnership between A and B was signed" (not "... on partnership and cooperation")."""
    if re.match(r"^\s+and\s+cooperation\b", after, re.I):
        return False
    if _SIGNED_DOC_ON.search(before):
        return True
    return bool(_DOC_ON_RE.search(before) and _PASSIVE_SIGNED.match(after))


def find_levels(text: str, *, business: bool = False) -> list[LevelPhrase]:
    """Level phrases in a sentence, in order.

    ``business``: the sentence reads as a company deal; bare "strategic
    partnership" and other frameworks are then not state relationships.
    """
    lx = lexicon()
    out: list[LevelPhrase] = []
    for m in lx.level_re.finditer(text):
        got = _classify(m.group("chain"), m.group("head"), lx)
        if got is None:
            continue
        level, kind = got
        before, after = text[: m.start()], text[m.end() :]
        if _DOC_AFTER.match(after) and not signed_document(before, after):
            continue  # a document being negotiated or implemented, not the relationship
        if lx.exclude_after_re.match(after) and not signed_document(before, after):
            continue
        if lx.exclude_before_re.search(before) and not signed_on_level(before, after):
            continue
        if lx.modifier_re.search(before):
            continue
        if kind == "partner" and level in ("strategic_partnership", "other") and lx.loose_re.search(before):
            continue
        if business and level in ("strategic_partnership", "other"):
            continue
        label: str | None = None
        if kind != "special":
            suffix = lx.framework_suffix_re.match(after)
            if suffix and not lx.purpose_suffix_re.match(after):
                level = "other"
                label = " ".join((m.group(0) + suffix.group(0)).split())
            elif level == "other":
                label = " ".join(m.group(0).split())
        if label and kind == "partner":
            label = re.sub(r"partners?$", "partnership", label, flags=re.I)
        out.append(LevelPhrase(m.start(), m.end(), level, label, kind, m.group("head").lower().endswith("s")))
    for m in lx.abbrev_re.finditer(text):
        if any(p.start <= m.start() < p.end for p in out):
            continue
        before, after = text[: m.start()], text[m.end() :]
        if (lx.exclude_after_re.match(after) and not signed_document(before, after)) or (
            _DOC_AFTER.match(after) and not signed_document(before, after)
        ):
            continue
        if lx.modifier_re.search(before) or before.rstrip().endswith("("):
            continue
        level = lx.raw["abbreviations"][m.group("abbr")]
        out.append(LevelPhrase(m.start(), m.end(), level, None, "abbrev", m.group(0).endswith("s")))
    return sorted(out, key=lambda p: p.start)
