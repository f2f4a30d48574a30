"""Annotation: paragraphs and sentences, actors and persons, then a parse of candidate sentences.

Two passes of the English model, each with only the components whose output something reads:

1. every paragraph (line) through the tokenizer and the statistical sentence recogniser
   (``senter``), so a sentence never crosses a line break; all offsets point into ``Document.text``;
2. the gazetteer (countries, bodies, titles, leaders) over the whole text gives actors and persons;
3. candidate sentences (``annotate.candidates``: a trigger word of some fact kind and an actor or
   person) go through tok2vec, tagger, parser and NER, in batches: their dependency parses
   (``annotate.syntax``) and named entities. The attribute ruler and lemmatizer are not run (the
   parse carries a cheap lemma of its own).
"""

from __future__ import annotations

import collections
import functools
import importlib
import re
import sys
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from ..config import DEFAULT_SETTINGS, Settings
from ..errors import ModelError
from ..model import ActorSpan, Document, Person, Sentence
from .candidates import candidate_sentences
from .dates import find_document_date
from .periods import review_year
from .document import AnnotatedDocument, Entity
from .gazetteer import Gazetteer, data_rows, load_gazetteer
from .persons import find_persons
from .syntax import Parse, parse_from_spacy

__all__ = ["Annotator", "annotate", "load_nlp", "load_parser"]

_DEEP_PIPES = ["tok2vec", "tagger", "parser", "ner"]
_LOCATION_BEFORE = re.compile(
    r"(?:\b(?:in|at|from|to|near|via|outside|around|across|into|visit|visited|visiting|arrived|"
    r"arrive|arrives|landed|toured|hosted|held)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
# "US$", "US dollars", "Singapore dollars", "Australian dollar": a currency, not the state
_CURRENCY_AFTER = re.compile(r"\s?(?:\$|dollars?\b)")
_DATELINE_AFTER = re.compile(r"^\s*(?:,|\(|—|–|-)")


@functools.lru_cache(maxsize=2)
def _pipelines(model: str) -> tuple[Any, Any]:
    """The sentence pass and the deep pass, from one load of the model (they share its vocabulary)."""
    try:
        import spacy

        module = importlib.import_module(model)
        full = module.load()
    except (ImportError, OSError) as e:
        raise ModelError(f"cannot load the spaCy model {model!r}: {e}") from e
    sent = spacy.blank(full.lang, vocab=full.vocab)
    sent.tokenizer = full.tokenizer
    if "senter" in full.component_names:
        sent.add_pipe("senter", source=full)
    else:  # a model without senter: the rule-based sentencizer
        sent.add_pipe("sentencizer")
    for name in list(full.component_names):
        if name not in _DEEP_PIPES:
            full.remove_pipe(name)
    return sent, full


def load_nlp(model: str = DEFAULT_SETTINGS.spacy_model) -> Any:
    """The sentence pass: tokenizer and sentence recogniser only (loaded once per process)."""
    return _pipelines(model)[0]


def load_parser(model: str = DEFAULT_SETTINGS.spacy_model) -> Any:
    """The deep pass for candidate sentences: tok2vec, tagger, parser and NER (loaded once per process)."""
    return _pipelines(model)[1]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group(0).strip():
            out.append((m.start(), m.end()))
    return out


_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)$")


#: the longest piece of text handed to spaCy at once (characters): spaCy's memory grows with the
#: characters of a batch, so a paragraph longer than this is cut into pieces (see :func:`_chunks`)
MAX_CHUNK = 1000

# a sentence end followed by space and an opening character; not after a capital ("U.S.", "ASEAN.")
# or a capitalised two-letter word ("Mr.", "Dr.", "St."), which are mostly abbreviations
_CHUNK_CUT = re.compile(r"(?<![\sA-Z.])(?<!\b[A-Z][a-z])[.!?][\"'”’)\]]?\s+(?=[\"“‘'(\[]?[A-Z0-9À-Ỹ])")


def _chunks(text: str, limit: int = MAX_CHUNK) -> Iterator[tuple[int, int]]:
    """The paragraphs of ``text`` cut into ``(start, end)`` pieces of at most ``limit`` characters.

    A piece ends after the last sentence end in the second half of its window, else after the
    last space there, else at the limit.  Each character is scanned a bounded number of times, so
    the cost is linear in the text.
    """
    for start, end in _paragraphs(text):
        while end - start > limit:
            lo, hi = start + limit // 2, start + limit
            cut = 0
            for m in _CHUNK_CUT.finditer(text, lo, hi):
                cut = m.end()
            if not cut:
                cut = text.rfind(" ", lo, hi) + 1
            if not cut:
                cut = hi
            yield start, cut
            start = cut
        yield start, end


class _Span(NamedTuple):
    start_char: int
    end_char: int
    label_: str = ""


class _Piece:
    """What :meth:`Annotator._shallow` reads of a spaCy doc (its sentences and entities), kept as
    compact arrays instead of the doc itself, so that a long text's pieces hold little memory."""

    __slots__ = ("_ents", "_labels", "_sents")

    def __init__(self, sdoc: Any) -> None:
        self._sents = array("l", [x for s in sdoc.sents for x in (s.start_char, s.end_char)])
        self._ents = array("l", [x for e in sdoc.ents for x in (e.start_char, e.end_char)])
        self._labels = tuple(sys.intern(e.label_) for e in sdoc.ents)

    @property
    def sents(self) -> Iterator[_Span]:
        it = iter(self._sents)
        return (_Span(a, b) for a, b in zip(it, it))

    @property
    def ents(self) -> Iterator[_Span]:
        it = iter(self._ents)
        return (_Span(a, b, label) for (a, b), label in zip(zip(it, it), self._labels))



def _classify_capitals(text: str, spans: list[ActorSpan]) -> list[ActorSpan]:
    """A capital after "in/at/to ...", in a dateline, or listed after such a place ("in Hanoi, Paris
    and Tokyo") is a place, not a government."""
    out: list[ActorSpan] = []
    for a in spans:
        prev = out[-1] if out else None
        if a.how == "capital" and prev is not None and prev.how == "city" and _LIST_GAP.match(text[prev.end : a.start]):
            out.append(ActorSpan(a.start, a.end, a.actor, "city", a.surface))
            continue
        if a.how == "capital":
            before = text[max(0, a.start - 30) : a.start]
            after = text[a.end : a.end + 20]
            line_start = text.rfind("\n", 0, a.start) + 1
            dateline = line_start == a.start and _DATELINE_AFTER.match(after)
            named = re.match(r"^\s+[A-Z][a-z]", after) and not re.match(r"^\s+(?:and|or)\b", after)
            if _LOCATION_BEFORE.search(before) or dateline or named:
                a = ActorSpan(a.start, a.end, a.actor, "city", a.surface)
        out.append(a)
    return out


@functools.lru_cache(maxsize=1)
def _company_word() -> re.Pattern[str]:
    rows = list(data_rows("company_words.tsv"))
    words = [r["word"] for r in rows if r.get("word") and r.get("reach", "0") == "0"]
    far = [r["word"] for r in rows if r.get("word") and r.get("reach", "0") != "0"]
    alt = "|".join(re.escape(w) for w in words)
    far_alt = "|".join(re.escape(w) for w in far)
    # "Vietnam Airlines" (the word right after), "Singapore Management University" (two names between)
    return re.compile(rf"^\s+(?:(?:{alt})\b|(?:[A-Z][\w'&.-]*\s+){{0,2}}(?:{far_alt})\b)")


def _not_company(text: str, spans: list[ActorSpan]) -> list[ActorSpan]:
    """Drop a state named as part of a company or brand ("Vietnam Airlines", "Japan Bank")."""
    pattern = _company_word()
    return [a for a in spans if not (a.is_state and pattern.match(text[a.end : a.end + 30]))]


def _home_country(text: str, actors: list[ActorSpan], gaz: Gazetteer) -> str | None:
    # a dateline city at the start of a line near the top ("Hanoi, December 30, 2025 –", "HANOI (VNA) -")
    for a in actors:
        if a.start > 600:
            break
        line_start = text.rfind("\n", 0, a.start) + 1
        if a.is_state and a.start == line_start and _DATELINE_AFTER.match(text[a.end : a.end + 5]):
            return a.actor
    for m in re.finditer(r"(?m)^([A-Z][A-Z .]{2,30})\s*(?:\(|—|–|-|,)", text[:600]):
        entry = gaz.lookup(m.group(1).strip().title())
        if entry and entry.how in ("capital", "name", "short") and not entry.id.startswith("ORG:"):
            return entry.id
    counts = collections.Counter(a.actor for a in actors if a.is_state)
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2)
    if n >= 2 and (not rest or n >= 2 * rest[0][1]):
        return top
    return None


class Annotator:
    """Turns documents into :class:`AnnotatedDocument` views."""

    def __init__(self, *, settings: Settings = DEFAULT_SETTINGS, gazetteer: Gazetteer | None = None) -> None:
        self.settings = settings
        self.gazetteer = gazetteer or load_gazetteer()
        self.nlp = load_nlp(settings.spacy_model)
        self.deep = load_parser(settings.spacy_model)

    def annotate(self, doc: Document) -> AnnotatedDocument:
        return next(iter(self.annotate_many([doc])))

    def annotate_many(self, docs: Iterable[Document]) -> Iterator[AnnotatedDocument]:
        n = self.settings.batch_size
        for batch in _batched(docs, n):
            paras = [(i, p) for i, d in enumerate(batch) for p in _chunks(d.text)]
            texts = (batch[i].text[s:e] for i, (s, e) in paras)
            parts: list[list[tuple[int, int, Any]]] = [[] for _ in batch]
            for (i, (s, e)), sdoc in zip(paras, self.nlp.pipe(texts, batch_size=n)):
                parts[i].append((s, e, _Piece(sdoc)))
            shallow = [self._shallow(d, doc_parts) for d, doc_parts in zip(batch, parts)]
            jobs = [(k, sent) for k, sh in enumerate(shallow) for sent in sh.candidates]
            deep_texts = (sent.text for _k, sent in jobs)
            parses: list[dict[int, Parse]] = [{} for _ in batch]
            entities: list[list[Entity]] = [[] for _ in batch]
            for (k, sent), sdoc in zip(jobs, self.deep.pipe(deep_texts, batch_size=n)):
                parses[k][sent.index] = parse_from_spacy(sent.index, sent.start, sdoc)
                entities[k].extend(Entity(sent.start + e.start_char, sent.start + e.end_char, e.label_) for e in sdoc.ents)
            for sh, p, ents in zip(shallow, parses, entities):
                yield sh.finish(p, ents)

    def _shallow(self, doc: Document, parts: list[tuple[int, int, Any]]) -> _Shallow:
        text = doc.text
        sentences: list[Sentence] = []
        for p_start, _p_end, sdoc in parts:
            for sent in sdoc.sents:
                s = p_start + sent.start_char
                e = p_start + sent.end_char
                while e > s and text[e - 1].isspace():
                    e -= 1
                if e > s:
                    sentences.append(Sentence(len(sentences), s, e, text[s:e]))
        sentences = _merge_fragments(text, sentences)
        gaz = self.gazetteer
        matches = gaz.matches(text)
        actors = [
            ActorSpan(s, e, entry.id, entry.how, text[s:e])
            for s, e, entry in matches
            if entry.how not in ("person", "title") and not _CURRENCY_AFTER.match(text, e)
        ]
        actors = _classify_capitals(text, _not_company(text, actors))
        home = _home_country(text, actors, gaz)
        persons = find_persons(text, matches, actors, gaz, home=home)
        return _Shallow(doc, tuple(sentences), tuple(_paragraphs(text)),  # whole lines, however spaCy's input was cut
                        tuple(actors), tuple(persons), home, candidate_sentences(sentences, actors, persons))


@dataclass
class _Shallow:
    """A document after the sentence pass and the gazetteer, before the parse."""

    doc: Document
    sentences: tuple[Sentence, ...]
    paragraphs: tuple[tuple[int, int], ...]
    actors: tuple[ActorSpan, ...]
    persons: tuple[Person, ...]
    home: str | None
    candidates: list[Sentence]

    def finish(self, parses: dict[int, Parse], entities: list[Entity]) -> AnnotatedDocument:
        text = self.doc.text
        published = self.doc.published or find_document_date(text)
        return AnnotatedDocument(
            doc=self.doc,
            sentences=self.sentences,
            paragraphs=self.paragraphs,
            actors=self.actors,
            persons=self.persons,
            entities=tuple(sorted(entities, key=lambda e: e.start)),
            date=published,
            home=self.home,
            review=review_year(text, published),
            parses=parses,
        )


_LIST_MARK = re.compile(r"\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]?")


def _merge_fragments(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Rejoin sentences the model split after an abbreviation or inside quotes."""
    out: list[Sentence] = []
    for s in sentences:
        if out:
            prev = out[-1]
            gap = text[prev.end : s.start]
            joinable = "\n" not in gap and (
                s.text[:1].islower()
                or re.search(r"\b(?:Mr|Ms|Mrs|Dr|St|No|Gen|Lt|Col|Sen|Rep|Jr)\.$", prev.text)
                or _LIST_MARK.fullmatch(prev.text)  # "2." of a numbered paragraph
                or s.text in (".", ")")
            )
            if joinable:
                out[-1] = Sentence(prev.index, prev.start, s.end, text[prev.start : s.end])
                continue
        out.append(Sentence(len(out), s.start, s.end, s.text))
    return out


def _batched(items: Iterable[Document], n: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for item in items:
        batch.append(item)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch


def annotate(doc: Document, *, settings: Settings = DEFAULT_SETTINGS) -> AnnotatedDocument:
    """Annotate one document with the default annotator."""
    return Annotator(settings=settings).annotate(doc)
