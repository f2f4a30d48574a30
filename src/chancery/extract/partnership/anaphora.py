"""Partnership parties and levels given by reference rather than by name.

* ``with both countries`` / ``with the two nations`` / ``with all three``: the
  partners are a list of states named earlier in the sentence ("visits to
  Indonesia and Singapore during which Vietnam's ties with both countries were
  raised to ...") or, failing that, in one of the previous sentences; the other
  side is the possessive before "ties/relations with", else the first actor of
  the clause outside the list (a leader's country), else the home country.
* ``to the same level`` (not followed by "as"): the level is the one most
  recently set up in the previous sentences ("... were raised to a CSP. Two
  days later, A and B elevated their relationship to the same level.").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...annotate.document import AnnotatedDocument
from ...model import Sentence
from .actors import Group, Occ, groups, occurrences
from .patterns import LevelPhrase, find_levels

__all__ = ["referent_partners", "same_level_phrases"]

_NOUNS = r"(?:countries|nations|states|partners|governments|neighbou?rs|economies)"
_NUM = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
_WITH_REF = re.compile(
    r"\bwith\s+(?:"
    rf"(?P<both>both)(?:\s+(?:of\s+them|{_NOUNS})\b"
    r"|(?=\s*[,.;)]|\s+(?:were|was|have|has|had|to|in|at|on|as|and|since|during)\b))"
    rf"|(?:the|these|those|all)\s+(?P<n>two|three|four|five)\s+{_NOUNS}\b"
    rf"|all\s+(?P<n2>two|three|four|five)\s+of\s+them\b"
    r")",
    re.IGNORECASE,
)
_POSS_TIES = re.compile(
    r"^['’]s?\s+(?:\w+\s+){0,2}(?:ties|relations|relationships?|partnerships?)\s+$", re.IGNORECASE
)
_SAME_LEVEL = re.compile(
    r"\bto\s+the\s+same\s+(?:level|status|tier|footing|rank|height)\b(?!\s+(?:as|of|with)\b)", re.IGNORECASE
)


def referent_partners(
    adoc: AnnotatedDocument, sentence: Sentence, lp: LevelPhrase, cs: int, ce: int
) -> tuple[list[tuple[str, str]], float] | None:
    """Pairs for "ties with both countries": (subject, partner) for each listed partner.

    None when the clause has no such reference; an empty list when it has one that cannot be resolved.
    """
    text = adoc.text
    base = sentence.start
    m = _governing_ref(adoc, sentence, lp, cs, ce)
    if m is None:
        return None
    word = (m.group("both") or m.group("n") or m.group("n2") or "").lower()
    size = _NUM.get(word)
    ref_start = base + m.start()
    listed = _referent_group(adoc, sentence, ref_start, size)
    if listed is None:
        return [], 0.0  # the partners are a third side's: never "the two countries" as a pair
    partners = set(listed.actors)
    occ = [o for o in occurrences(adoc, base + cs, base + ce) if o.actor not in partners]
    subject = _ref_subject(text, occ, ref_start) or (adoc.home if adoc.home not in partners else None)
    if subject is None:
        return [], 0.0
    return [(subject, p) for p in listed.actors if p != subject], 0.75


def _governing_ref(
    adoc: AnnotatedDocument, sentence: Sentence, lp: LevelPhrase, cs: int, ce: int
) -> re.Match[str] | None:
    """The "with both countries" of this level: right after it, or before it with no actor in between."""
    base = sentence.start
    for m in _WITH_REF.finditer(sentence.text, cs, ce):
        if m.start() >= lp.end:
            lo, hi = lp.end, m.start()
            if hi - lo > 40:
                continue
        elif m.end() <= lp.start:
            lo, hi = m.end(), lp.start
        else:
            continue
        if not occurrences(adoc, base + lo, base + hi) and not re.search(r"[.;]", sentence.text[lo:hi]):
            return m
    return None


def _referent_group(
    adoc: AnnotatedDocument, sentence: Sentence, ref_start: int, size: int | None
) -> Group | None:
    """The nearest list of named actors before the reference: this sentence first, then two before it."""

    def fits(g: Group) -> bool:
        n = len(g.actors)
        return n >= 2 and (size is None or n == size)

    here = [g for g in groups(adoc.text, occurrences(adoc, sentence.start, ref_start)) if fits(g)]
    if here:
        return here[-1]
    for prev in reversed(adoc.previous_sentences(sentence, 2)):
        found = [g for g in groups(adoc.text, occurrences(adoc, prev.start, prev.end)) if fits(g)]
        if found:
            return found[-1]
    return None


def _ref_subject(text: str, occ: list[Occ], ref_start: int) -> str | None:
    before = [o for o in occ if o.end <= ref_start]
    for o in reversed(before):
        if not o.person and _POSS_TIES.match(text[o.end : ref_start]):
            return o.actor  # "Vietnam's ties with both countries"
    if before:
        return before[0].actor
    after = {o.actor for o in occ if o.start >= ref_start}
    return after.pop() if len(after) == 1 else None


def same_level_phrases(
    adoc: AnnotatedDocument,
    sentence: Sentence,
    established: Callable[[str, LevelPhrase], bool],
    *,
    lookback: int = 4,
) -> list[LevelPhrase]:
    """ "elevated the A-B relationship to the same level": the level last set up before this sentence.

    ``established(sentence_text, level_phrase)`` tells whether a level phrase of an earlier sentence is set up.
    """
    out = []
    for m in _SAME_LEVEL.finditer(sentence.text):
        ante = _antecedent(adoc, sentence, established, lookback)
        if ante is None:
            return []
        start = m.start() + len(re.match(r"to\s+", m.group(0), re.IGNORECASE).group(0))  # type: ignore[union-attr]
        out.append(LevelPhrase(start, m.end(), ante.level, ante.label, "partnership", False))
    return out


def _antecedent(
    adoc: AnnotatedDocument,
    sentence: Sentence,
    established: Callable[[str, LevelPhrase], bool],
    lookback: int,
) -> LevelPhrase | None:
    for prev in reversed(adoc.previous_sentences(sentence, lookback)):
        for lp in reversed(find_levels(prev.text)):
            if established(prev.text, lp):
                return lp
    return None
