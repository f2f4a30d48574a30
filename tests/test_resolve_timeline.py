"""Relationship timelines: each level a pair held, since when, with evidence; as-of cuts."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from chancery.cli import main
from chancery.resolve import KnowledgeBase, knowledge_base, relation
from chancery.store.database import Database

from .resolve_corpus import CP, CSP, SP, P, build


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    with Database(build(tmp_path_factory.mktemp("t") / "kb.db")) as db:
        return knowledge_base(db)


def test_full_upgrade_sequence_with_evidence(kb: KnowledgeBase) -> None:
    rel = relation(kb, "VNM", "AUS")
    assert [(s.level, s.year) for s in rel.steps] == [(CP, 2009), (SP, 2018), (CSP, 2024)]
    assert [sorted({x.doc for x in s.sources}) for s in rel.steps] == [
        ["vna-2009"], ["abc-2018"], ["reuters-2024", "smh-2024", "vnx-2024"]]
    assert rel.current is not None and rel.current.level == CSP


@pytest.mark.parametrize(
    ("as_of", "level", "since", "steps"),
    [
        ("2008-12-31", None, None, 0),   # before any step
        ("2009-01-01", CP, 2009, 1),     # a step of year Y counts from Y-01-01
        ("2015-07-01", CP, 2009, 1),     # between the first and second step
        ("2023-06-30", SP, 2018, 2),     # mid-2023: strategic partnership since 2018
        ("2024-12-31", CSP, 2024, 3),    # the year of the last upgrade
        ("2030-01-01", CSP, 2024, 3),    # after every step
    ],
)
def test_as_of(kb: KnowledgeBase, as_of: str, level: str | None, since: int | None, steps: int) -> None:
    rel = relation(kb, "AUS", "VNM", as_of=date.fromisoformat(as_of))
    assert len(rel.steps) == steps
    assert (rel.current.level if rel.current else None) == level
    assert (rel.current.year if rel.current else None) == since


def test_mentioned_only_level_is_attested_from_its_first_document(tmp_path: Path) -> None:
    docs = [
        ("a", "A", "2016-05-01", None, [("Japan and Vietnam deepen their extensive strategic partnership.",
                                         [P("JPN", "VNM", "other", label="extensive strategic partnership")])]),
    ]
    with Database(build(tmp_path / "k.db", docs)) as db:
        kb = knowledge_base(db)
    before = relation(kb, "VNM", "JPN", as_of=date(2016, 4, 30))
    after = relation(kb, "VNM", "JPN", as_of=date(2016, 5, 1))
    assert before.current is None
    assert after.current is not None and after.current.name == "extensive strategic partnership"
    assert after.current.year is None and after.current.first_seen == date(2016, 5, 1)


def test_unknown_pair_has_no_level(kb: KnowledgeBase) -> None:
    assert relation(kb, "VNM", "BRA").current is None


def test_cli_relation_as_of(tmp_path: Path) -> None:
    db = build(tmp_path / "kb.db")
    result = CliRunner().invoke(main, ["relation", "Vietnam", "Australia", "--as-of", "2023-06-30", "--db", str(db)])
    assert result.exit_code == 0, result.output
    first = result.output.splitlines()[0]
    assert first.endswith(": strategic partnership (since 2018)") and "comprehensive strategic" not in first
    assert "2024" not in result.output


def test_cli_relation_jsonl(tmp_path: Path) -> None:
    db = build(tmp_path / "kb.db")
    result = CliRunner().invoke(main, ["relation", "VNM", "AUS", "--db", str(db), "--format", "jsonl"])
    data = json.loads(result.output)
    assert [s["since"] for s in data["steps"]] == ["2009", "2018", "2024"]  # ISO dates, to the year here
    assert [s["since_year"] for s in data["steps"]] == [2009, 2018, 2024]
    assert data["in_force"]["level"] == CSP


def test_cli_relation_bad_date(tmp_path: Path) -> None:
    db = build(tmp_path / "kb.db")
    result = CliRunner().invoke(main, ["relation", "VNM", "AUS", "--as-of", "mid-2023", "--db", str(db)])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output
