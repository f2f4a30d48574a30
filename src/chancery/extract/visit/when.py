"""The year of a visit: the time expression that belongs to its trigger.

``adoc.when`` picks the time expression nearest to the trigger (clause-aware); else an earlier
sentence of the paragraph that opens with its period ("In 2025, ..."), the year a review frames, or
the document's date for a visit told as done. Before that, the parts of the sentence that date
something else are blanked out: reported speech ("said here on Saturday that X will host the
meeting in 2026"), "since 2014" ("his first visit since
2014"), relative clauses that do not hold the trigger ("Putin, whose country
upgraded ties in 2019, also attended"), a bare year in parentheses ("hosted APEC in Shanghai (2001)").
"""

from __future__ import annotations

import re

from ...annotate.document import AnnotatedDocument
from ...annotate.participants import places
from ...annotate.syntax import Parse
from ...annotate.temporal import FUTURE
from ...model import Sentence
from .context import sites
from .lex import lexicon

__all__ = ["event_year", "visit_year"]

_ASIDES = {"relcl", "parataxis", "ccomp"}
# a sentence that sets the period of what follows: "In 2025, ...", "In early March 2024, ..."
_FRAME = re.compile(r"^\W*(?:In|During|Throughout)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+,?\s+)?(?P<year>(?:19|20)\d\d)\s*,")
# a bare year, or a span of dates, in parentheses
_YEAR_IN_PARENS = re.compile(r"\((?:19|20)\d\d\)|\([^()]{0,40}?(?:19|20)\d\d[^()]{0,10}?[-–—][^()]{0,30}?(?:19|20)\d\d\)")
_HELD = {"hosted", "hosts", "held", "opened", "convened", "staged", "organised", "organized", "co-hosted", "took", "began",
         "ended", "closed"}


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
                if t.dep == "relcl" and parse.head(t).lower in lexicon().event_nouns and t.lower in _HELD:
                    continue  # "attended the summit, which Japan hosted in 2023": the event's own date
                blank(lo, hi)
    for m in _YEAR_IN_PARENS.finditer(sent.text):  # "Shanghai (2001) and Beijing (2014)", "(September 21, 1973 - 2023)"
        if not m.start() <= at - sent.start < m.end():
            blank(sent.start + m.start(), sent.start + m.end())
    return "".join(chars)


def event_year(adoc: AnnotatedDocument, sent: Sentence, host: str) -> int | None:
    """The year of the event a sentence places its visit at, when the story dated it before
    ("... attended the signing ceremony from October 24-25, 2025. X also attended, as guest of
    honour of the signing ceremony"): "the <event>" refers to it."""
    parse = adoc.parse(sent)
    if parse is None:
        return None
    lx = lexicon()
    nouns = {t.lower for t in parse if t.lower in lx.event_nouns
             and any(d.lower in ("the", "this", "that") for d in parse.children(t, "det"))}
    if not nouns:
        return None
    dated = [s for s in sites(adoc) if s.start < sent.start and s.noun in nouns and s.country == host and s.year]
    if dated:
        return dated[-1].year
    for prev in reversed(adoc.sentences[: sent.index]):
        words = set(prev.text.lower().replace(",", " ").split())
        if words & nouns and any(p.country == host for p in places(adoc, prev.start, prev.end)):
            w = adoc.when(prev, context=False)  # the same event: told with a place of the host
            if w is not None:
                return w.year
    return None


def _quoted(adoc: AnnotatedDocument, sent: Sentence, at: int) -> bool:
    """The trigger sits inside a quotation (an odd number of opening quote marks before it)."""
    p_start, _ = adoc.paragraph_of(sent)
    before = adoc.text[p_start:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def visit_year(adoc: AnnotatedDocument, sent: Sentence, at: int) -> int | None:
    """The year of the visit whose trigger is at ``at`` in ``sent``: a time expression of the
    sentence (asides blanked), else a year an earlier sentence of the paragraph opens with ("In
    2025, ..."), else the year a review frames or the document's own date for a visit told as done."""
    masked = _masked(sent, adoc.parse(sent), at)
    w = adoc.when(sent, near=at, text=masked, context=False)
    if w is not None:
        return w.year
    p_start, _ = adoc.paragraph_of(sent)
    for prev in reversed(adoc.previous_sentences(sent, 3)):
        if prev.start < p_start:
            break
        frame = _FRAME.match(prev.text)
        if frame:
            return int(frame.group("year"))
    if FUTURE.search(masked) or _quoted(adoc, sent, at):
        return None  # a visit to come, or one a speaker recalls: the story's date does not date it
    if adoc.review is not None:
        return adoc.review
    return adoc.date.year if adoc.date is not None else None
