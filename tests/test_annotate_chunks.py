"""Long paragraphs reach spaCy in bounded pieces cut at sentence ends; paragraphs stay whole lines."""

from __future__ import annotations

import random

import pytest

from chancery.annotate.pipeline import MAX_CHUNK, _chunks, _paragraphs
from chancery.api import make_document

SUBJECTS = ["Vietnam", "Japan", "The ministry", "Officials in Hanoi", "Mr. Tanaka", "The U.S. envoy", "Kenya"]
VERBS = ["said trade grew", "signed two agreements", "met counterparts", "welcomed the decision", "hosted talks"]


def _paragraph(rng: random.Random, n: int) -> str:
    return " ".join(f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} in {rng.randint(2000, 2025)}." for _ in range(n))


@pytest.mark.parametrize("seed", range(5))
def test_pieces_are_bounded_and_cover_the_paragraph(seed: int) -> None:
    rng = random.Random(seed)
    text = _paragraph(rng, 10) + "\n" + _paragraph(rng, 400) + "\n\n" + _paragraph(rng, 3)
    pieces = list(_chunks(text))
    assert all(0 < e - s <= MAX_CHUNK for s, e in pieces)
    assert "".join(text[s:e] for s, e in pieces) == text.replace("\n", "")  # nothing lost, nothing twice
    paragraphs = _paragraphs(text)
    assert all(any(ps <= s and e <= pe for ps, pe in paragraphs) for s, e in pieces)  # none spans a line break


@pytest.mark.parametrize("seed", range(5))
def test_long_paragraphs_are_cut_after_sentence_ends_not_abbreviations(seed: int) -> None:
    text = _paragraph(random.Random(seed), 300)
    pieces = list(_chunks(text))
    assert len(pieces) > 5
    for _, end in pieces[:-1]:
        before = text[:end].rstrip()
        assert before.endswith("."), before[-20:]
        assert not before.endswith(("Mr.", "U.S.")), before[-20:]


def test_text_without_sentence_ends_is_cut_at_spaces_then_anywhere() -> None:
    words = "word " * 1000
    assert all(words[s:e].endswith(" ") for s, e in list(_chunks(words))[:-1])
    blob = "x" * 5000
    assert [e - s for s, e in _chunks(blob)] == [MAX_CHUNK] * 5


def test_short_paragraphs_are_not_cut() -> None:
    text = "Vietnam and Japan met.\nKenya hosted a summit."
    assert list(_chunks(text)) == _paragraphs(text)


def test_a_long_paragraph_keeps_its_sentences_and_stays_one_paragraph(annotator) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(9)
    sentences = [f"{rng.choice(['Vietnam', 'Japan', 'Chile'])} and {rng.choice(['Kenya', 'Peru', 'Norway'])}"
                 f" signed {rng.randint(2, 9)} agreements on trade in {rng.randint(2000, 2025)}." for _ in range(120)]
    doc = make_document(" ".join(sentences), doc_id="long")
    adoc = annotator.annotate(doc)
    assert adoc.paragraphs == ((0, len(doc.text)),)
    assert [s.text for s in adoc.sentences] == sentences
