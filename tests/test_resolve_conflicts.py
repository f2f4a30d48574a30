"""Conflicts: incompatible values under one key, qualifiers respected, each side with evidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from chancery.cli import main
from chancery.resolve import find_conflicts, knowledge_base
from chancery.resolve.conflicts import Conflict, reading_interval
from chancery.store.database import Database

from .resolve_corpus import CP, SP, P, Q, build


def _overlap(a: tuple[float, str, str], b: tuple[float, str, str]) -> bool:
    lo1, hi1 = reading_interval(*a)
    lo2, hi2 = reading_interval(*b)
    return lo1 <= hi2 and lo2 <= hi1


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ((16e9, "over", "USD"), (16.2e9, "exact", "USD"), True),
        ((16e9, "over", "USD"), (15e9, "nearly", "USD"), False),
        ((16e9, "exact", "USD"), (16.2e9, "exact", "USD"), True),   # "16 billion" is a rounded figure
        ((16.2e9, "exact", "USD"), (16.4e9, "exact", "USD"), False),
        ((42, "exact", "count"), (40, "exact", "count"), False),
        ((42, "exact", "count"), (42, "exact", "count"), True),
        ((350, "nearly", "count"), (340, "exact", "count"), True),
        ((350, "nearly", "count"), (360, "exact", "count"), False),
        ((40, "about", "count"), (42, "exact", "count"), True),
        ((22, "exact", "percent"), (22.4, "exact", "percent"), True),  # 22% may be 22.4% rounded
        ((22, "exact", "percent"), (23, "exact", "percent"), False),
        ((920e9, "over", "USD"), (900e9, "about", "USD"), True),
    ],
)
def test_reading_compatibility(a: tuple[float, str, str], b: tuple[float, str, str], agree: bool) -> None:
    assert _overlap(a, b) is agree


@pytest.fixture(scope="module")
def conflicts(tmp_path_factory: pytest.TempPathFactory) -> list[Conflict]:
    with Database(build(tmp_path_factory.mktemp("c") / "kb.db")) as db:
        return find_conflicts(knowledge_base(db))


def _about(conflicts: list[Conflict], text: str) -> Conflict:
    found = [c for c in conflicts if text in c.subject]
    assert len(found) == 1, [c.subject for c in conflicts]
    return found[0]


def test_remittance_figures_conflict_with_qualifiers_respected(conflicts: list[Conflict]) -> None:
    c = _about(conflicts, "remittances")
    assert len(c.sides) == 2
    by_docs = sorted(sorted(s.doc for s in side.sources) for side in c.sides)
    # "over 16 billion" and "16.2 billion" agree; "nearly 15 billion" is the other side
    assert by_docs == [["blog-2026"], ["tt-2026", "vov-2025"]]
    assert all(s.sentence for side in c.sides for s in side.sources)


def test_partner_counts_conflict(conflicts: list[Conflict]) -> None:
    c = _about(conflicts, "partners at comprehensive partnership level or higher")
    claims = sorted(side.claim for side in c.sides)
    assert claims == ["40", "42"]


def test_pair_established_at_two_levels_in_one_year(conflicts: list[Conflict]) -> None:
    c = _about(conflicts, "New Zealand-Vietnam")
    assert {side.sources[0].doc for side in c.sides} == {"nz-a", "nz-b"}


def test_level_mentioned_before_it_was_established(conflicts: list[Conflict]) -> None:
    c = _about(conflicts, "Singapore-Vietnam")
    assert [s.doc for s in c.sides[1].sources] == ["sg-early"]


def test_upgrade_sequence_is_not_a_conflict(conflicts: list[Conflict]) -> None:
    assert not [c for c in conflicts if "Australia" in c.subject]


def test_lower_level_in_the_year_of_an_upgrade_is_not_a_conflict(tmp_path: Path) -> None:
    docs = [("d", "X", "2018-03-16", None, [
        ("Ties were elevated from a comprehensive partnership to a strategic partnership in 2018.",
         [P("AUS", "VNM", SP, "established", 2018), P("AUS", "VNM", CP)]),
    ])]
    with Database(build(tmp_path / "k.db", docs)) as db:
        assert find_conflicts(knowledge_base(db)) == []


def test_agreeing_figures_are_no_conflict(tmp_path: Path) -> None:
    docs = [
        ("a", "A", "2025-12-01", None, [("Remittances topped US$16 billion.", [Q("VNM", "remittances", 16e9, "USD", "over", 2025, "topped US$16 billion")])]),
        ("b", "B", "2025-12-02", None, [("Remittances were US$16.2 billion.", [Q("VNM", "remittance inflow", 16.2e9, "USD", "exact", 2025, "US$16.2 billion")])]),
    ]
    with Database(build(tmp_path / "k.db", docs)) as db:
        assert find_conflicts(knowledge_base(db)) == []


def test_country_filter(conflicts: list[Conflict], tmp_path: Path) -> None:
    with Database(build(tmp_path / "kb.db")) as db:
        nzl = find_conflicts(knowledge_base(db, country="NZL"), country="NZL")
    assert [c.subject for c in nzl] == [c.subject for c in conflicts if "NZL" in c.actors]


def test_cli_conflicts_jsonl(tmp_path: Path) -> None:
    db = build(tmp_path / "kb.db")
    result = CliRunner().invoke(main, ["conflicts", "--country", "VNM", "--db", str(db), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) == 4
    assert all(side["evidence"] and side["evidence"][0]["sentence"] for r in rows for side in r["sides"])


def test_cli_conflicts_table(tmp_path: Path) -> None:
    db = build(tmp_path / "kb.db")
    result = CliRunner().invoke(main, ["conflicts", "--country", "Vietnam", "--db", str(db)])
    assert result.exit_code == 0
    assert "nearly US$15 billion" in result.output and "Mekong Blog" in result.output
