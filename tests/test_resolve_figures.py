"""Figures keyed by what they are about (subject or pair) and what they mean (total, target,
change, rank), with periods; conflicts only between comparable figures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from chancery.resolve import find_conflicts, knowledge_base
from chancery.resolve.conflicts import reading_interval
from chancery.resolve.facts import Fact, KnowledgeBase
from chancery.store.database import Database

from .resolve_corpus import P, Q, build


def _kb(tmp_path: Path, docs: list[tuple[str, str, str, str | None, Any]]) -> KnowledgeBase:
    with Database(build(tmp_path / "k.db", docs)) as db:
        return knowledge_base(db)


def _doc(doc: str, sentence: str, *items: tuple[str, dict[str, Any]], published: str = "2025-01-05",
         outlet: str = "X") -> tuple[str, str, str, None, Any]:
    return (doc, outlet, published, None, [(sentence, list(items))])


def _figures(kb: KnowledgeBase) -> list[Fact]:
    return kb.of_kind("quantity")


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Two-way trade between Australia and Vietnam topped US$10 billion in 2024.", ["AUS", "VNM"]),
        ("Trade between Jakarta and Hanoi reached US$15 billion in 2024.", ["IDN", "VNM"]),
        ("Vietnam's two-way trade with Japan reached nearly US$50 billion in 2024.", ["JPN", "VNM"]),
        ("Bilateral trade with the Philippines came to US$7 billion in 2024, Vietnamese customs said.", ["PHL", "VNM"]),
        # "US$" is a currency, not the United States
        ("Two-way trade between Chile and Vietnam was US$2 billion in 2024.", ["CHL", "VNM"]),
    ],
)
def test_bilateral_figures_are_keyed_by_the_pair_the_sentence_names(tmp_path: Path, sentence: str, pair: list[str]) -> None:
    kb = _kb(tmp_path, [_doc("a", sentence, Q(None, "two-way trade", 1e10, "USD", "exact", 2024, "US$"))])
    (f,) = _figures(kb)
    assert f.get("pair") == pair and f.get("subject") is None and f.get("measure") == "two_way_trade"


def test_one_state_named_takes_the_documents_main_pair(tmp_path: Path) -> None:
    doc = ("d", "X", "2023-11-28", None, [
        ("Japan and Vietnam upgraded their ties to a comprehensive strategic partnership.",
         [P("JPN", "VNM", "comprehensive_strategic_partnership", "established", 2023)]),
        ("Bilateral trade came to nearly US$50 billion last year, according to Vietnamese statistics.",
         [Q(None, "bilateral trade", 5e10, "USD", "nearly", 2022, "nearly US$50 billion")]),
    ])
    (f,) = _figures(_kb(tmp_path, [doc]))
    assert f.get("pair") == ["JPN", "VNM"]


def test_a_pair_given_by_extraction_is_used(tmp_path: Path) -> None:
    fields = Q(None, "two-way trade", 1e10, "USD", "exact", 2024, "US$10 billion")[1] | {"pair": ["KOR", "VNM"]}
    (f,) = _figures(_kb(tmp_path, [_doc("a", "The figure reached US$10 billion in 2024.", ("quantity", fields))]))
    assert f.get("pair") == ["KOR", "VNM"]


def test_trade_of_different_pairs_is_never_one_fact_or_a_conflict(tmp_path: Path) -> None:
    kb = _kb(tmp_path, [
        _doc("a", "Two-way trade between Australia and Vietnam topped US$10 billion in 2024.",
             Q(None, "two-way trade", 1e10, "USD", "over", 2024, "topped US$10 billion")),
        _doc("b", "Two-way trade between Indonesia and Vietnam reached US$15 billion in 2024.",
             Q(None, "two-way trade", 1.5e10, "USD", "exact", 2024, "US$15 billion")),
    ])
    assert sorted(tuple(f.get("pair")) for f in _figures(kb)) == [("AUS", "VNM"), ("IDN", "VNM")]
    assert find_conflicts(kb) == []


def test_a_figure_of_unknown_actors_stays_in_its_document(tmp_path: Path) -> None:
    kb = _kb(tmp_path, [
        _doc("a", "Bilateral trade reached US$3 billion in 2024.", Q(None, "bilateral trade", 3e9, "USD", "exact", 2024, "US$3")),
        _doc("b", "Bilateral trade reached US$9 billion in 2024.", Q(None, "bilateral trade", 9e9, "USD", "exact", 2024, "US$9")),
    ])
    assert len(_figures(kb)) == 2 and find_conflicts(kb) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Remittances sent home to Vietnam reached US$16.1 billion in 2025.",
        "Vietnamese workers abroad sent home remittances of US$16.1 billion in 2025.",
        "Remittances to Viet Nam reached US$16.1 billion in 2025, the central bank said.",
    ],
)
def test_a_figure_without_subject_takes_the_one_state_its_sentence_names(tmp_path: Path, sentence: str) -> None:
    (f,) = _figures(_kb(tmp_path, [_doc("a", sentence, Q(None, "remittances", 16.1e9, "USD", "exact", 2025, "US$16.1"))]))
    assert f.get("subject") == "VNM"


def test_outlets_giving_different_remittances_are_a_conflict_once_the_subject_is_read(tmp_path: Path) -> None:
    kb = _kb(tmp_path, [
        _doc("a", "Remittances sent home to Vietnam reached US$16.1 billion in 2025.",
             Q(None, "remittances", 16.1e9, "USD", "exact", 2025, "US$16.1 billion"), outlet="A"),
        _doc("b", "Vietnam received about US$12.4 billion in remittances in 2025.",
             Q("VNM", "remittances", 12.4e9, "USD", "about", 2025, "about US$12.4 billion"), outlet="B"),
    ])
    (c,) = find_conflicts(kb)
    assert sorted(s.claim for s in c.sides) == ["US$16.1 billion", "about US$12.4 billion"]
    assert sorted(x.outlet or "" for side in c.sides for x in side.sources) == ["A", "B"]


@pytest.mark.parametrize(
    ("measure", "value", "unit", "sentence", "facet"),
    [
        ("growth target", 8, "percent", "The country set an 8% growth target for 2025.", "target"),
        ("titles", 60, "count", "The total far exceeds the target of 60 titles by 2030.", "target"),
        ("multiplier", 2.5, "times", "Signings were 2.5 times more than those in 2024.", "change"),
        ("investment projects", 22, "percent", "The number of investment projects rose 22% in 2025.", "change"),
        ("focal points", 42.5, "percent", "The ministry reduced its focal points by 42.5% in 2025.", "change"),
        ("rank", 15, "rank", "Vietnam ranks 15th among trading nations.", "rank"),
        ("key targets", 22, "count", "It met 22 of 26 key targets in 2025.", "total"),
        ("exports", 4e11, "USD", "Exports reached US$400 billion in 2025.", "total"),
    ],
)
def test_facets(tmp_path: Path, measure: str, value: float, unit: str, sentence: str, facet: str) -> None:
    text = {"percent": f"{value:g}%", "times": f"{value:g} times"}.get(unit, f"{value:g}")
    if text not in sentence:
        text = sentence.split()[2]
    (f,) = _figures(_kb(tmp_path, [_doc("a", sentence, Q("VNM", measure, value, unit, "exact", 2025, text))]))
    assert f.get("facet") == facet


def test_a_change_with_no_measure_takes_the_figure_it_follows(tmp_path: Path) -> None:
    sentence = "The signing of nearly 350 cooperation agreements - 2.5 times more than those in 2024 - was a record."
    kb = _kb(tmp_path, [_doc("a", sentence,
                             Q("VNM", "cooperation agreements", 350, "count", "nearly", 2025, "nearly 350 cooperation agreements"),
                             Q("VNM", "multiplier", 2.5, "times", "exact", 2025, "2.5 times more"))])
    by_facet = {f.get("facet"): f for f in _figures(kb)}
    assert by_facet["change"].get("measure") == by_facet["total"].get("measure") == "agreements_signed"
    assert by_facet["change"].get("compared_with") == "2024"


def test_a_total_and_a_target_of_one_measure_do_not_conflict(tmp_path: Path) -> None:
    kb = _kb(tmp_path, [_doc("a", "Two-way trade between Chile and Vietnam reached US$2 billion in 2024, and the "
                                  "leaders aim to lift it to US$3 billion in 2024.",
                             Q(None, "two-way trade", 2e9, "USD", "exact", 2024, "US$2 billion"),
                             Q(None, "amount", 3e9, "USD", "exact", 2024, "US$3 billion"))])
    assert sorted(f.get("facet") for f in _figures(kb)) == ["target", "total"]
    assert find_conflicts(kb) == []


def test_a_part_of_a_year_is_not_the_year(tmp_path: Path) -> None:
    kb = _kb(tmp_path, [
        _doc("a", "Exports reached US$200 billion in the first half of 2025.",
             Q("VNM", "exports", 2e11, "USD", "exact", 2025, "US$200 billion")),
        _doc("b", "Exports reached US$400 billion in 2025.", Q("VNM", "exports", 4e11, "USD", "exact", 2025, "US$400 billion")),
    ])
    assert sorted(str(f.get("period")) for f in _figures(kb)) == ["None", "first half"]
    assert find_conflicts(kb) == []


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ((123e9, "over"), (124e9, "about"), True),      # "topped 123 billion" and "roughly 124 billion"
        ((124e9, "about"), (139e9, "nearly"), False),   # customs vs census: a real disagreement
        ((123e9, "over"), (139e9, "nearly"), False),
        ((16.1e9, "exact"), (12.4e9, "about"), False),
        ((300e6, "about"), (310e6, "exact"), True),     # a one-digit figure: within 10%
    ],
)
def test_precision_of_the_written_figure_sets_what_it_allows(a: tuple[float, str], b: tuple[float, str], agree: bool) -> None:
    lo1, hi1 = reading_interval(a[0], a[1], "USD")
    lo2, hi2 = reading_interval(b[0], b[1], "USD")
    assert (lo1 <= hi2 and lo2 <= hi1) is agree
