"""The annotated document every extractor reads (a read-only view)."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from ..model import ActorSpan, Document, Evidence, Person, Sentence
from . import discourse
from .syntax import Parse
from .temporal import FUTURE as _FUTURE
from .temporal import When, nearest, time_expressions

__all__ = ["AnnotatedDocument", "Entity"]


@dataclass(frozen=True)
class Entity:
    """A named-entity span from the statistical model (PERSON, GPE, ORG ...)."""

    start: int
    end: int
    label: str


@dataclass(frozen=True)
class AnnotatedDocument:
    doc: Document
    sentences: tuple[Sentence, ...]
    paragraphs: tuple[tuple[int, int], ...]
    actors: tuple[ActorSpan, ...]  # countries and bodies, sorted by start
    persons: tuple[Person, ...]  # sorted by start
    entities: tuple[Entity, ...]
    date: date | None  # metadata date, else dateline/byline date
    home: str | None  # the country the document is written from/about, when clear
    review: int | None = None  # the year a year-in-review piece reports on (annotate.periods)
    parses: Mapping[int, Parse] = field(default_factory=dict)  # sentence index -> parse (candidates only)

    @property
    def text(self) -> str:
        return self.doc.text

    # -- views -----------------------------------------------------------------
    def evidence(self, sentence: Sentence) -> Evidence:
        return Evidence(sentence.start, sentence.end, self.doc.text[sentence.start : sentence.end])

    # -- discourse (annotate.discourse) -----------------------------------------------------------
    @functools.cached_property
    def story_place(self) -> str | None:
        """The country the story is set in (dateline, headline, first place of meeting), if the text says."""
        return discourse.story_place(self)

    def pair_before(self, pos: int) -> tuple[str, str] | None:
        """The two states "the two sides/countries/leaders" at ``pos`` refer to."""
        return discourse.pair_before(self, pos)

    def person_before(self, pos: int) -> Person | None:
        """The named person with a country that "he"/"she"/"the former general" at ``pos`` refers to."""
        return discourse.person_before(self, pos)

    def descriptor_state(self, start: int, end: int) -> tuple[int, int, str] | None:
        """A descriptive reference to a state in ``[start, end)`` ("the kingdom", "the Southeast Asian
        nation", "the host country") and the state it refers to: (start, end, code)."""
        for s, e, constraints in discourse.descriptor_at(self.text, start, end):
            code = discourse.state_for_descriptor(self, s, constraints)
            if code:
                return (s, e, code)
        return None

    def parse(self, sentence: Sentence) -> Parse | None:
        """The dependency parse of a candidate sentence (None for sentences that were not parsed)."""
        return self.parses.get(sentence.index)

    def actors_in(self, start: int, end: int) -> list[ActorSpan]:
        i = bisect.bisect_left([a.start for a in self.actors], start)
        out = []
        for a in self.actors[i:]:
            if a.start >= end:
                break
            if a.end <= end:
                out.append(a)
        return out

    def persons_in(self, start: int, end: int) -> list[Person]:
        return [p for p in self.persons if start <= p.start and p.end <= end]

    def entities_in(self, start: int, end: int, label: str | None = None) -> list[Entity]:
        return [e for e in self.entities if start <= e.start and e.end <= end and (label is None or e.label == label)]

    def paragraph_of(self, sentence: Sentence) -> tuple[int, int]:
        for p in self.paragraphs:
            if p[0] <= sentence.start < p[1]:
                return p
        return (sentence.start, sentence.end)

    def previous_sentences(self, sentence: Sentence, n: int = 2) -> Sequence[Sentence]:
        return self.sentences[max(0, sentence.index - n) : sentence.index]

    def when(self, sentence: Sentence, *, near: int | None = None, context: bool = True,
             text: str | None = None) -> When | None:
        """The date of a statement in ``sentence`` (year, and month and day when the text gives them).

        A time expression in the sentence (the closest to ``near`` written with its year, else the
        closest relative one resolved against the document date); with ``context``, else the year an
        earlier sentence of the same paragraph set ("In 2025, ... . It also ..."), else the year a
        year-in-review document frames, unless the statement speaks of the future. ``text``
        replaces the sentence's text (same offsets) when parts of it are masked.
        """
        body = sentence.text if text is None else text
        rel = None if near is None else near - sentence.start
        found = nearest(time_expressions(body, self.date), rel, body)
        if found is not None or not context:
            return found.when if found else None
        p_start, _ = self.paragraph_of(sentence)
        for prev in reversed(self.sentences[: sentence.index]):
            if prev.start < p_start:
                break
            earlier = nearest(time_expressions(prev.text, self.date), None)
            if earlier is not None:
                return When(earlier.when.year, how="paragraph")
        if self.review is not None and not _FUTURE.search(body):
            return When(self.review, how="frame")
        if self.date is not None and not _FUTURE.search(body):
            return When(self.date.year, how="dateline")
        return None

    def year(self, sentence: Sentence, *, near: int | None = None, context: bool = True) -> int | None:
        """The year of a statement in ``sentence`` (see :meth:`when`)."""
        w = self.when(sentence, near=near, context=context)
        return w.year if w else None

    def iter_sentences(self) -> Iterator[Sentence]:
        return iter(self.sentences)
