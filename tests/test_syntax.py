"""The parse layer: candidate sentences, and the queries frames ask of a parse."""

from __future__ import annotations

import pytest

from chancery.annotate.syntax import lemma_of


def _parse(annotate_text, text):  # type: ignore[no-untyped-def]
    adoc = annotate_text(text)
    p = adoc.parse(adoc.sentences[0])
    assert p is not None, "a candidate sentence is parsed"
    return adoc, p


def _tok(p, word):  # type: ignore[no-untyped-def]
    return next(t for t in p if t.text == word)


def test_only_candidate_sentences_are_parsed(annotate_text) -> None:  # type: ignore[no-untyped-def]
    adoc = annotate_text("The weather was mild all week long.\nJapan's prime minister visited Hanoi on Monday.")
    assert adoc.parse(adoc.sentences[0]) is None
    assert adoc.parse(adoc.sentences[1]) is not None


@pytest.mark.parametrize(
    ("text", "verb", "subjects"),
    [
        ("Prime Minister Anthony Albanese visited Indonesia in June.", "visited", ["Albanese"]),
        ("Albanese arrived in Jakarta and met President Joko Widodo.", "met", ["Albanese"]),
        ("The leaders of Japan and India signed the pact.", "signed", ["leaders"]),
        ("Germany and France signed the treaty in Aachen.", "signed", ["Germany", "France"]),
    ],
)
def test_subjects_include_coordination_and_shared_subjects(annotate_text, text, verb, subjects) -> None:  # type: ignore[no-untyped-def]
    _adoc, p = _parse(annotate_text, text)
    assert [t.text for t in p.subjects(_tok(p, verb))] == subjects


def test_passive_and_agent(annotate_text) -> None:  # type: ignore[no-untyped-def]
    _adoc, p = _parse(annotate_text, "Vietnam was elected by the General Assembly to the Human Rights Council.")
    v = _tok(p, "elected")
    assert p.is_passive(v)
    assert [t.text for t in p.agents(v)] == ["Assembly"]
    assert ("to", "Council") in [(a.text, b.text) for a, b in p.prep_objects(v)]


@pytest.mark.parametrize(
    ("text", "verb", "modal"),
    [
        ("The president will visit Tokyo next week.", "visit", "will"),
        ("The minister plans to visit Canberra in May.", "visit", "plan"),
        ("Japan is expected to host the summit.", "host", "expect"),
        ("The president visited Tokyo last week.", "visited", None),
    ],
)
def test_modality(annotate_text, text, verb, modal) -> None:  # type: ignore[no-untyped-def]
    _adoc, p = _parse(annotate_text, text)
    assert p.modal(_tok(p, verb)) == modal


def test_conjuncts_of_a_country_list(annotate_text) -> None:  # type: ignore[no-untyped-def]
    _adoc, p = _parse(annotate_text, "The Assembly elected Algeria, Chile, Georgia and Morocco to the council.")
    first = _tok(p, "Algeria")
    assert [t.text for t in p.conjuncts(first)][:2] == ["Algeria", "Chile"]
    assert "Morocco" in [t.text for t in p.conjuncts(_tok(p, "Chile"))]


def test_negation(annotate_text) -> None:  # type: ignore[no-untyped-def]
    _adoc, p = _parse(annotate_text, "The president did not visit Japan this year.")
    assert p.negated(_tok(p, "visit"))


def test_subtree_and_head_of_a_span(annotate_text) -> None:  # type: ignore[no-untyped-def]
    adoc, p = _parse(annotate_text, "Indian Prime Minister Narendra Modi paid a state visit to France.")
    start = adoc.text.index("Indian")
    end = adoc.text.index(" paid")
    head = p.head_of(start, end)
    assert head is not None and head.text == "Modi"
    lo, hi = p.subtree(head)
    assert adoc.text[lo:hi] == "Indian Prime Minister Narendra Modi"


@pytest.mark.parametrize(
    ("word", "tag", "lemma"),
    [("visited", "VBD", "visit"), ("signed", "VBD", "sign"), ("met", "VBD", "meet"), ("held", "VBN", "hold"),
     ("elevated", "VBN", "elevate"), ("hosting", "VBG", "host"), ("planned", "VBN", "plan"),
     ("agreements", "NNS", "agreement"), ("ties", "NNS", "tie"), ("visits", "VBZ", "visit"), ("won", "VBD", "win")],
)
def test_cheap_lemmas(word: str, tag: str, lemma: str) -> None:
    assert lemma_of(word, tag) == lemma


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("Vietnam and Japan upgraded ties in 2023.", True),
        ("Biden met Putin in June.", True),
        ("the weather turned cold after the talks.", False),  # no name, no reference to one
        ("Exports rose 12% to a record.", False),  # no trigger
        ("The two sides signed five documents.", True),  # a reference to named parties
    ],
)
def test_candidate_sentences(annotate_text, text, candidate) -> None:  # type: ignore[no-untyped-def]
    adoc = annotate_text(text)
    assert (adoc.parse(adoc.sentences[0]) is not None) is candidate
