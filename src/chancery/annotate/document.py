"""The annotated document every extractor reads (a read-only view)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from ..model import ActorSpan, Document, Evidence, Person, Sentence
from .dates import year_of

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

    @property
    def text(self) -> str:
        return self.doc.text

    # -- views -----------------------------------------------------------------
    def evidence(self, sentence: Sentence) -> Evidence:
        return Evidence(sentence.start, sentence.end, self.doc.text[sentence.start : sentence.end])

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

    def year(self, sentence: Sentence, *, near: int | None = None, context: bool = True) -> int | None:
        """The year of a statement in ``sentence``.

        An explicit year or relative expression in the sentence; with
        ``context``, else the year an earlier sentence of the same paragraph
        set ("In 2025, ... . It also ...").
        """
        rel = None if near is None else near - sentence.start
        y = year_of(sentence.text, self.date, near=rel)
        if y is not None or not context:
            return y
        p_start, _ = self.paragraph_of(sentence)
        for prev in reversed(self.sentences[: sentence.index]):
            if prev.start < p_start:
                break
            y = year_of(prev.text, self.date)
            if y is not None:
                return y
        return None

    def iter_sentences(self) -> Iterator[Sentence]:
        return iter(self.sentences)
