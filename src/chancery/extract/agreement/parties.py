"""Parties of an agreement written inside or before the document phrase.

- "a joint declaration between Cambodia and Thailand": the states after "between" are the
  parties, whoever signed or witnessed it;
- "the <A>-<B> Comprehensive Economic Partnership Agreement", "the EU-Vietnam FTA":
  a hyphenated pair of actors naming the document;
- "the treaty Putin and Kim signed" (a reduced relative) and "the agreement, signed in 2019"
  (a participle): the document is written before the verb;
- "X signed similar agreements with A, in 2022, and B, in 2023": one bilateral document per
  partner (plural documents, or a year per partner), unless it is joint or trilateral.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ...annotate.document import AnnotatedDocument
from ...annotate.participants import Participant, participants

__all__ = [
    "between_parties",
    "extend_lists",
    "hyphen_parties",
    "left_document",
    "organiser",
    "separate_partners",
    "unnamed_signers",
]

_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
_AND = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$", re.I)
_HYPHEN = re.compile(r"^\s*[-–/]\s*$")
# after the document noun and before the verb: "(IA-CEPA), ", ", which was ", " that "
_PARTICIPLE_GAP = re.compile(r"^(?:[^()]{0,20}\)|\s*\([^()]{1,40}\))?\s*(?:,\s*)?(?:(?:that|which)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?$", re.I)
_NAME_TITLE = r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}"  # "Japanese Prime Minister" before a person's name
_RELATIVE_GAP = re.compile(r"^(?:\s*\([^()]{1,40}\))?\s+(?:that\s+|which\s+)?" + _NAME_TITLE + "$")
_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)" + _NAME_TITLE + "$")
# "More than 60 countries signed ...": the signers are counted, not named
_UNNAMED = re.compile(
    r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+ty(?:-[a-z]+)?|dozens\s+of|scores\s+of|"
    r"several|many|numerous|some)\s+(?:other\s+)?(?:countries|nations|states|governments|member\s+states|signatories|parties)\b",
    re.I,
)


# "with A, in 2022, and B": an aside with a date between the partners of a list
_ASIDE = r"(?:\s*,?\s*\(?(?:in|on|from|since)\s+[^,;()]{1,24}\)?\s*,?)?"
_WITH_FIRST = re.compile(r"\bwith\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}$")
_PARTNER_GAP = re.compile(r"^" + _ASIDE + r"\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)(?:the\s+|with\s+(?:the\s+)?)?(?:[A-Z][\w'’.-]*\s+){0,4}$")
_PER_PARTNER_YEAR = re.compile(r"^\s*,?\s*\(?(?:in|on)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b")
_JOINT = re.compile(r"\b(?:trilateral|tripartite|multilateral|joint|three-way|four-way|quadrilateral|regional|common)\b", re.I)
_PLURAL_DOC = re.compile(r"(?:s|S|memoranda|minutes)$")


def separate_partners(
    adoc: AnnotatedDocument, subject: set[str], linked: list[Participant], doc_text: str, o_start: int, kind: str | None
) -> list[Participant] | None:
    """The partners of a single signer's "with" list when each gets its own bilateral document."""
    if kind != "active" or len(subject) != 1:
        return None
    text = adoc.text
    partners = sorted((p for p in linked if p.start >= o_start and p.country not in subject), key=lambda p: p.start)
    if len(partners) < 2 or not _WITH_FIRST.search(text[max(o_start, partners[0].start - 60) : partners[0].start]):
        return None
    chain = [partners[0]]
    for q in partners[1:]:
        if not _PARTNER_GAP.match(text[chain[-1].end : q.start]):
            break
        chain.append(q)
    unique = list({p.country: p for p in reversed(chain)}.values())[::-1]
    if len(unique) < 2 or _JOINT.search(doc_text):
        return None
    years = all(_PER_PARTNER_YEAR.match(text[p.end : p.end + 30]) for p in chain)
    noun = re.search(r"\b(?:agreements?|accords?|deals?|treaties|treaty|pacts?|memorand\w+|MoUs?|FTAs?|[A-Z]{2,6}s?|arrangements?|documents?)\b", doc_text)
    plural = bool(noun and _PLURAL_DOC.search(noun.group(0)) and noun.group(0).lower() not in ("mou", "moc"))
    if years or plural:
        return unique
    return None


def between_parties(adoc: AnnotatedDocument, lo: int, hi: int) -> list[Participant]:
    """The actors listed after "between" in ``[lo, hi)`` ("between Vietnam and the EU")."""
    found = participants(adoc, lo, hi, bodies=True)
    text = adoc.text
    for i, p in enumerate(found):
        if not _BETWEEN.search(text[max(lo, p.start - 20) : p.start]):
            continue
        group = [p]
        for q in found[i + 1 :]:
            if _AND.match(text[group[-1].end : q.start]):
                group.append(q)
            else:
                break
        if len({g.country for g in group}) >= 2:
            return group
    return []


def hyphen_parties(adoc: AnnotatedDocument, lo: int, hi: int) -> set[str]:
    """"the Indonesia-Australia ... Agreement": two actors joined by a hyphen in ``[lo, hi)``."""
    actors = [a for a in adoc.actors_in(lo, hi) if a.how in ("name", "short", "abbrev", "org")]
    for a, b in zip(actors, actors[1:]):
        if a.actor != b.actor and _HYPHEN.match(adoc.text[a.end : b.start]):
            return {a.actor, b.actor}
    return set()


def left_document(adoc: AnnotatedDocument, doc_noun: re.Pattern[str], lo: int, start: int) -> tuple[int, int, list[Participant]] | None:
    """A document phrase right before a signing verb: (phrase start, phrase end, subject of a reduced relative)."""
    text = adoc.text
    nouns = list(doc_noun.finditer(text, lo, start))
    if not nouns:
        return None
    m = nouns[-1]
    gap = text[m.end() : start]
    phrase_lo = max(lo, m.start() - 90)
    if _PARTICIPLE_GAP.match(gap):
        return phrase_lo, m.end(), []
    subj = participants(adoc, m.end(), start)
    if not subj or not _RELATIVE_GAP.match(text[m.end() : subj[0].start]) or text[subj[-1].end : start].strip():
        return None
    if all(_JOIN.match(text[a.end : b.start]) for a, b in zip(subj, subj[1:])):
        return phrase_lo, m.end(), subj
    return None


def unnamed_signers(text: str) -> bool:
    """The subject counts signers without naming them ("more than 60 countries")."""
    return bool(_UNNAMED.search(text))


# "a ceremony hosted by X", "the deal, brokered by Y": the one after "by" organised, it did not sign
_ORGANISER_BY = re.compile(
    r"\b(?:host(?:ed)?|co-hosted|organi[sz]ed|co-organi[sz]ed|chaired|co-chaired|brokered|mediated|facilitated|"
    r"sponsored|convened|presided(?:\s+over)?|arranged|funded|financed|backed|attended|witnessed|run|led|drafted|"
    r"proposed|initiated|opened)\s+by\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,6}$"
)
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+|in\s+addition\s+to\s+|along\s+with\s+|together\s+with\s+|plus\s+)?|and\s+|as\s+well\s+as\s+|&\s*)(?:the\s+)?$", re.IGNORECASE)


def organiser(text: str, lo: int, p: Participant) -> bool:
    """``p`` follows "hosted/organised/brokered by": an organiser, not a signer."""
    return bool(_ORGANISER_BY.search(text[max(lo, p.start - 70) : p.start]))


def extend_lists(adoc: AnnotatedDocument, linked: list[Participant], pool: list[Participant]) -> list[Participant]:
    """Linked participants with the rest of their lists: "signed by A, B, C and D" links all four."""
    text = adoc.text
    pool = sorted(pool, key=lambda p: p.start)
    chosen = {(p.start, p.end) for p in linked}
    out = list(linked)
    changed = True
    while changed:
        changed = False
        for a, b in pairwise(pool):
            ka, kb = (a.start, a.end), (b.start, b.end)
            if (ka in chosen) == (kb in chosen) or a.end > b.start:
                continue
            if _LIST_GAP.match(text[a.end : b.start]):
                new = b if ka in chosen else a
                chosen.add((new.start, new.end))
                out.append(new)
                changed = True
    return out
