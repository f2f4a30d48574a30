"""The near-duplicate threshold separates the measured pairs (tests/data/syndication) with a margin,
and the store folds a syndicated rewrite into its original."""

from __future__ import annotations

import pytest

from chancery.ingest.dedup import DEFAULT_THRESHOLD, NearDuplicateIndex, shingle_signature, text_similarity

from .syndication_pairs import pairs

MARGIN = 0.1


@pytest.mark.parametrize(("name", "label", "a", "b"), pairs(), ids=[p[0] for p in pairs()])
def test_pair_is_classified_with_a_margin(name: str, label: str, a: str, b: str) -> None:
    score = text_similarity(a, b)
    if label == "copy":
        assert score >= DEFAULT_THRESHOLD + MARGIN, (name, score)
    else:
        assert score <= DEFAULT_THRESHOLD - MARGIN, (name, score)


@pytest.mark.parametrize(("name", "label", "a", "b"), pairs(), ids=[p[0] for p in pairs()])
def test_index_finds_copies_and_only_copies(name: str, label: str, a: str, b: str) -> None:
    index = NearDuplicateIndex()
    index.add("a", shingle_signature(a))
    assert (index.find(shingle_signature(b)) == "a") is (label == "copy"), name


def test_similarity_is_symmetric() -> None:
    for _, _, a, b in pairs()[:10]:
        assert text_similarity(a, b) == text_similarity(b, a)
