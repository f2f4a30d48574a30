"""Candidate sentences: the ones worth a dependency parse.

A sentence is a candidate when it holds a trigger word of some fact kind (``data/candidates.tsv``:
visit, partnership, agreement, election and hosting words) and names at least one actor, person or other capitalised name.
Everything else (background, quotes about values, figures alone) is left to the cheap layers; the
quantity extractor works on the text and needs no parse.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ..model import ActorSpan, Person, Sentence
from .gazetteer import data_rows

__all__ = ["MAX_SENTENCE", "candidate_sentences", "trigger_re"]

#: a "sentence" longer than this (characters) is never parsed
MAX_SENTENCE = 3000


# a capitalised word after the first (a name the gazetteer does not know: "Biden met Putin"), or a
# reference back to named parties ("the two sides agreed", "they signed", "he visited")
_NAME = re.compile(
    r"\s[A-Z][a-z]|(?i:\b(?:the\s+two|both)\s+(?:sides|countries|nations|leaders|governments|parties|states|ministers)\b"
    r"|\b(?:he|she|they|the\s+(?:kingdom|country|nation|president|minister|premier|leader|delegation))\b)"
)


@functools.lru_cache(maxsize=1)
def trigger_re() -> re.Pattern[str]:
    stems = sorted({r["stem"] for r in data_rows("candidates.tsv", folder="") if r.get("stem")}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in stems) + ")", re.I)


def candidate_sentences(
    sentences: Sequence[Sentence], actors: Sequence[ActorSpan], persons: Sequence[Person]
) -> list[Sentence]:
    """The sentences with a trigger word and a name (actor, person, capitalised word) in them, in order."""
    starts = sorted([a.start for a in actors] + [p.start for p in persons])
    pattern = trigger_re()
    out = []
    j = 0
    for s in sentences:
        while j < len(starts) and starts[j] < s.start:
            j += 1
        if s.end - s.start > MAX_SENTENCE:
            continue  # not a sentence (a page's run-on text): the parser would spend long on nothing
        named = (j < len(starts) and starts[j] < s.end) or _NAME.search(s.text)
        if named and pattern.search(s.text):
            out.append(s)
    return out
