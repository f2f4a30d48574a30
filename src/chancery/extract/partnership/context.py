"""Partnership context helpers: years attached to list items and subjects carried from the previous sentence.

* ``item_years_of``: "with Japan in 2011, Vietnam in 2015 and Australia in 2023" gives each partner its year.
* ``pronoun_subject``: "In July it also forged a CP with the US" / "The kingdom set up ..." continues the
  subject that opens the previous sentence ("In 2013 alone, Vietnam set up ...").
"""

from __future__ import annotations

import re

from ...annotate.document import AnnotatedDocument
from ...model import Sentence
from .actors import item_year, occurrences

__all__ = ["item_years_of", "pronoun_subject"]


def item_years_of(adoc: AnnotatedDocument, sentence: Sentence, cs: int, ce: int) -> dict[str, int]:
    """Years attached to list items of the clause: "with Japan in 2011, Vietnam in 2015 and ..."."""
    out: dict[str, int] = {}
    for o in occurrences(adoc, sentence.start + cs, sentence.start + ce):
        y = item_year(adoc.text, o.end)
        if y is not None and not o.person:
            out.setdefault(o.actor, y)
    return out


_PRONOUN = re.compile(
    r"(?<![\w’'-])(?:it|the\s+(?:country|nation|kingdom|republic|state|island(?:\s+nation|\s+state)?|city-state"
    r"|emirate|sultanate|archipelago))\s+(?:(?:also|later|then|subsequently|first|formally|officially|has|had|"
    r"quickly|soon|further|swiftly)\s+){0,2}[a-z]{3,}\b",
    re.IGNORECASE,
)
_OPENER = re.compile(r"^[\s\"“]*(?:[^,;.]{0,40},\s*)?$")  # "", "In 2013 alone, "


def pronoun_subject(adoc: AnnotatedDocument, sentence: Sentence, cs: int, upto: int) -> str | None:
    """ "In July it also forged ...": "it" / "the country" continues the subject of the previous sentence."""
    left = adoc.text[sentence.start + cs : upto]
    if not _PRONOUN.search(left):
        return None
    for prev in reversed(adoc.previous_sentences(sentence, 1)):
        occ = [o for o in occurrences(adoc, prev.start, prev.end) if not o.person]
        if occ and _OPENER.match(adoc.text[prev.start : occ[0].start]):
            return occ[0].actor  # the previous sentence opens with its subject
    return None
