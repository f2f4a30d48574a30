"""The year of a visit: the time expression that belongs to its trigger.

``adoc.when`` picks the time expression nearest to the trigger (clause-aware), else the year the
paragraph or a review frames, else the document's date for a reported act. Before that, the parts of
the sentence that date something else are blanked out: "since 2014" ("his first visit since
2014"), relative clauses and appositions that do not hold the trigger ("Putin, whose country
upgraded ties in 2019, also attended"), a bare year in parentheses ("hosted APEC in Shanghai (2001)").
"""

from __future__ import annotations

import re

from ...annotate.document import AnnotatedDocument
from ...annotate.syntax import Parse
from ...model import Sentence
from .lex import lexicon

__all__ = ["visit_year"]

_ASIDES = {"relcl", "appos", "parataxis"}
_YEAR_IN_PARENS = re.compile(r"\((?:19|20)\d\d\)")


def _masked(sent: Sentence, parse: Parse | None, at: int) -> str:
    chars = list(sent.text)

    def blank(lo: int, hi: int) -> None:
        for i in range(max(lo, sent.start), min(hi, sent.end)):
            chars[i - sent.start] = " "

    if parse is not None:
        for t in parse:
            if t.lower == "since" and t.dep in ("prep", "mark"):
                blank(*parse.subtree(t))
            elif t.dep in _ASIDES:
                lo, hi = parse.subtree(t)
                if lo <= at < hi:
                    continue
                if t.dep == "relcl" and parse.head(t).lower in lexicon().event_nouns:
                    continue  # "attended the summit, which Japan hosted in 2023": the event's own date
                blank(lo, hi)
    for m in _YEAR_IN_PARENS.finditer(sent.text):  # "Shanghai (2001) and Beijing (2014)"
        if not m.start() <= at - sent.start < m.end():
            blank(sent.start + m.start(), sent.start + m.end())
    return "".join(chars)


def visit_year(adoc: AnnotatedDocument, sent: Sentence, at: int) -> int | None:
    """The year of the visit whose trigger is at ``at`` in ``sent``."""
    w = adoc.when(sent, near=at, text=_masked(sent, adoc.parse(sent), at))
    return w.year if w else None
