"""Exact and near-duplicate detection."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chancery.ingest import NearDuplicateIndex, content_hash, shingle_signature
from chancery.ingest.dedup import (
    DEFAULT_THRESHOLD,
    estimate_similarity,
    sentence_similarity,
    signature_from_bytes,
    signature_to_bytes,
    text_similarity,
)

ARTICLE = (
    "Vietnam and Australia elevated their relationship to a comprehensive strategic partnership in "
    "March 2024, officials said on Monday in Hanoi. The two sides signed eight agreements covering "
    "trade, education, climate and defence cooperation, according to a joint statement issued after "
    "the talks. Two-way trade reached about US$24 billion last year, making Australia one of "
    "Vietnam's largest trading partners in the region. Both leaders pledged to expand cooperation in "
    "critical minerals, renewable energy and digital transformation, and to increase people-to-people "
    "exchanges through scholarships, tourism and direct flights between the two countries. The "
    "Australian prime minister, on his second trip to the country, also met the general secretary "
    "of the Communist Party and the chairman of the National Assembly. Observers in Canberra noted "
    "that the upgrade puts relations on the same level as those with China, India, Japan and the "
    "United States. A plan of action for the period to 2030 is expected to set out concrete steps "
    "in security, maritime cooperation, science and technology, agriculture and labour mobility. "
    "Business groups welcomed the announcement, saying that Australian investment in Vietnam, "
    "currently ranked around 20th among foreign investors, could double within five years if "
    "regulatory barriers are reduced and infrastructure projects proceed on schedule."
)

OTHER = (
    "Kenya was elected to the UN Human Rights Council for the 2026-2028 term with 180 votes in the "
    "General Assembly on Tuesday. The foreign ministry in Nairobi said the result reflected broad "
    "support among African states and beyond. The council, based in Geneva, has 47 members elected "
    "for staggered three-year terms, and seats are distributed among regional groups. Ministers said "
    "the country would prioritise climate justice, the rights of refugees and the protection of "
    "civic space during its membership, working closely with partners across the continent."
)


def _edit(text: str, replacements: dict[str, str]) -> str:
    for old, new in replacements.items():
        assert old in text
        text = text.replace(old, new, 1)
    return text


def test_content_hash_equal_for_identical_text() -> None:
    assert content_hash(ARTICLE) == content_hash(str(ARTICLE))


def test_content_hash_differs_for_one_character() -> None:
    assert content_hash(ARTICLE) != content_hash(ARTICLE + "!")


def test_content_hash_is_sha256_hex() -> None:
    digest = content_hash("abc")
    assert digest == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_signature_is_a_tuple_of_unsigned_64_bit_integers() -> None:
    sig = shingle_signature(ARTICLE)
    assert isinstance(sig, tuple) and len(sig) > 10
    assert all(isinstance(v, int) and 0 <= v < 2**64 for v in sig)


def test_signature_ignores_case_punctuation_accents_and_function_words() -> None:
    shouted = ARTICLE.upper().replace(",", "")
    assert shingle_signature(shouted) == shingle_signature(ARTICLE)
    assert shingle_signature("Việt Nam and Úc signed trade deals today.") == shingle_signature(
        "Viet Nam and Uc signed the trade deals today.")


def test_signature_is_stable_across_processes() -> None:
    src = str(Path(__file__).resolve().parents[1] / "src")
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from chancery.ingest import shingle_signature;"
        "print(list(shingle_signature(sys.argv[2])))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code, src, ARTICLE],
            capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    }
    assert outputs == {str(list(shingle_signature(ARTICLE))) + "\n"}


def test_similarity_of_identical_texts_is_one() -> None:
    assert estimate_similarity(shingle_signature(ARTICLE), shingle_signature(ARTICLE)) == 1.0


def test_similarity_of_unrelated_texts_is_low() -> None:
    assert estimate_similarity(shingle_signature(ARTICLE), shingle_signature(OTHER)) < 0.2


def test_a_shortened_copy_is_fully_covered() -> None:
    first_half = ARTICLE[: ARTICLE.index("The Australian prime minister")]
    assert text_similarity(ARTICLE, first_half) == 1.0


def test_a_document_too_short_to_judge_is_never_a_near_duplicate() -> None:
    index = NearDuplicateIndex()
    index.add("a", shingle_signature("Bilateral trade reached US$3 billion in 2024."))
    assert index.find(shingle_signature("Bilateral trade reached US$9 billion in 2024.")) is None


def test_sentences_too_short_to_compare_are_ignored() -> None:
    assert shingle_signature("Yes. No. Maybe so.") == shingle_signature("")
    assert estimate_similarity(shingle_signature(""), shingle_signature("")) == 0.0


def test_a_signature_of_another_layout_parses_as_empty() -> None:
    old = tuple(range(64))  # what an earlier release stored: 64 MinHash values
    assert estimate_similarity(old, shingle_signature(ARTICLE)) == 0.0
    index = NearDuplicateIndex()
    index.add("old", old)
    assert index.find(shingle_signature(ARTICLE)) is None


def test_sentence_similarity_is_content_word_jaccard() -> None:
    assert sentence_similarity("The talks were held in Hanoi.", "Talks held in Hanoi") == 1.0
    assert sentence_similarity("Vietnam and Japan signed a deal.", "Kenya elected to council.") == 0.0


def test_signature_bytes_round_trip() -> None:
    sig = shingle_signature(ARTICLE)
    packed = signature_to_bytes(sig)
    assert isinstance(packed, bytes) and len(packed) == len(sig) * 8
    assert signature_from_bytes(packed) == sig


def test_signature_from_bytes_rejects_bad_length() -> None:
    with pytest.raises(ValueError):
        signature_from_bytes(b"\x00" * 7)


def test_default_settings_use_the_measured_threshold() -> None:
    from chancery.config import DEFAULT_SETTINGS

    assert DEFAULT_SETTINGS.near_duplicate_threshold == DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    "edits",
    [
        {"Monday": "Tuesday"},
        {"eight": "nine", "about": "around"},
        {"officials said": "officials announced", "largest": "biggest"},
    ],
)
def test_copy_with_a_few_words_changed_is_found(edits: dict[str, str]) -> None:
    index = NearDuplicateIndex()
    index.add("original", shingle_signature(ARTICLE))
    index.add("other", shingle_signature(OTHER))
    assert index.find(shingle_signature(_edit(ARTICLE, edits))) == "original"


def test_different_article_is_not_found() -> None:
    index = NearDuplicateIndex()
    index.add("original", shingle_signature(ARTICLE))
    assert index.find(shingle_signature(OTHER)) is None


def test_empty_index_finds_nothing() -> None:
    assert NearDuplicateIndex().find(shingle_signature(ARTICLE)) is None


def test_find_returns_the_most_similar() -> None:
    index = NearDuplicateIndex(threshold=0.3)
    sentences = ARTICLE.split(". ")
    half = ". ".join(sentences[: len(sentences) // 2] + OTHER.split(". ")[: len(sentences) // 2])
    index.add("far", shingle_signature(half))
    index.add("near", shingle_signature(_edit(ARTICLE, {"Monday": "Friday"})))
    assert index.find(shingle_signature(ARTICLE)) == "near"


def test_threshold_one_needs_every_sentence_matched() -> None:
    index = NearDuplicateIndex(threshold=1.0)
    index.add("a", shingle_signature(ARTICLE))
    assert index.find(shingle_signature(ARTICLE)) == "a"
    assert index.find(shingle_signature(_edit(ARTICLE, {"Monday": "Friday"}))) == "a"  # sentences still match
    last = ARTICLE[ARTICLE.index("Business groups welcomed"):]
    replaced = ARTICLE.replace(last, OTHER.split(". ")[1] + ".")
    assert index.find(shingle_signature(replaced)) is None


def test_index_rebuilt_from_stored_pairs_answers_the_same() -> None:
    pairs = [("a", signature_to_bytes(shingle_signature(ARTICLE))),
             ("b", signature_to_bytes(shingle_signature(OTHER)))]
    index = NearDuplicateIndex.from_pairs((i, signature_from_bytes(blob)) for i, blob in pairs)
    assert len(index) == 2 and "a" in index
    assert index.find(shingle_signature(_edit(OTHER, {"Tuesday": "Wednesday"}))) == "b"


def test_readding_an_id_replaces_its_signature() -> None:
    index = NearDuplicateIndex()
    index.add("x", shingle_signature(ARTICLE))
    index.add("x", shingle_signature(OTHER))
    assert len(index) == 1
    assert index.find(shingle_signature(ARTICLE)) is None
    assert index.find(shingle_signature(OTHER)) == "x"


def test_max_bucket_must_be_positive() -> None:
    with pytest.raises(ValueError):
        NearDuplicateIndex(max_bucket=0)


def test_a_key_shared_by_too_many_documents_yields_no_candidates() -> None:
    boiler = ("Statements and press releases are published on the ministry portal in two languages. "
              "Media enquiries go to the press department, which answers journalists on working days.")
    index = NearDuplicateIndex(max_bucket=3)
    for i in range(5):
        index.add(str(i), shingle_signature(f"Release number {i} concerns topic {i} of week {i}. {boiler}"))
    # the one shared sentence covers the query fully, but its keys are in buckets of five documents
    assert index.find(shingle_signature(boiler)) is None
    index.max_bucket = 10
    assert index.find(shingle_signature(boiler)) == "0"


@pytest.mark.parametrize("threshold", [0.0, -0.1, 1.5])
def test_invalid_threshold_is_rejected(threshold: float) -> None:
    with pytest.raises(ValueError):
        NearDuplicateIndex(threshold=threshold)


def test_thousands_of_documents_are_indexed_quickly() -> None:
    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(5000)]
    texts = [" ".join(rng.choices(vocabulary, k=120)) for _ in range(2000)]
    started = time.perf_counter()
    signatures = [shingle_signature(t) for t in texts]
    index = NearDuplicateIndex()
    hits = 0
    for i, sig in enumerate(signatures):
        hits += index.find(sig) is not None
        index.add(str(i), sig)
    elapsed = time.perf_counter() - started
    assert hits == 0
    words = texts[1234].split()
    words[60] = "changed"
    assert index.find(shingle_signature(" ".join(words))) == "1234"
    assert elapsed < 30
