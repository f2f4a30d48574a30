"""Parties of an agreement written inside or before the document phrase.

- "a joint declaration between Cambodia and Thailand": the states after "between" are the
  parties, whoever signed or witnessed it;
- "the Indonesia-Australia Comprehensive Economic Partnership Agreement", "the EU-Vietnam FTA":
  a hyphenated pair of actors naming the document;
- "the treaty Putin and Kim signed" (a reduced relative) and "the agreement, signed in 2019"
  (a participle): the document is written before the verb.
"""

from __future__ import annotations

import re

from ..annotate.document import AnnotatedDocument
from ._visit_roles import Participant, participants

__all__ = ["between_parties", "hyphen_parties", "left_document", "unnamed_signers"]

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
