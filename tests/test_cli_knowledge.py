"""The knowledge-base commands at the edges: unknown actors, tables that fit, flat CSV, exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from chancery.cli import main

from .resolve_corpus import build


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("cli") / "kb.db")


def _run(db: Path, *args: str, env: dict[str, str] | None = None) -> object:
    return CliRunner().invoke(main, [*args, "--db", str(db)], env=env)


@pytest.mark.parametrize(
    "args",
    [
        ("partners", "XYZ"), ("brief", "XYZ"), ("claims", "Atlantis"), ("relation", "VNM", "XYZ"),
        ("relation", "VNM", "VNM"), ("relation", "Vietnam", "VNM"), ("facts", "--country", "XYZ"),
        ("conflicts", "--country", "ORG:NOWHERE"), ("partners", "ORG:NOWHERE"),
    ],
)
def test_unknown_or_repeated_actors_are_usage_errors(db: Path, args: tuple[str, ...]) -> None:
    result = _run(db, *args)
    assert result.exit_code == 2, result.output  # type: ignore[attr-defined]
    assert "error:" in result.output and ("unknown country" in result.output  # type: ignore[attr-defined]
                                          or "same actor" in result.output)  # type: ignore[attr-defined]
    assert "Traceback" not in result.output  # type: ignore[attr-defined]


@pytest.mark.parametrize("args", [("partners", "vietnam"), ("partners", "Viet Nam"), ("claims", "vnm"),
                                  ("relation", "Vietnam", "Australia")])
def test_names_and_codes_in_any_case_are_accepted(db: Path, args: tuple[str, ...]) -> None:
    assert _run(db, *args).exit_code == 0  # type: ignore[attr-defined]


def test_partners_table_uses_names_and_fits_the_terminal(db: Path) -> None:
    result = _run(db, "partners", "VNM", env={"COLUMNS": "72"})
    lines = result.output.splitlines()  # type: ignore[attr-defined]
    assert max(len(line) for line in lines) <= 72
    assert lines[0].split()[:4] == ["partner", "level", "since", "corroboration"]  # headers are not cut
    roomy = _run(db, "partners", "VNM", env={"COLUMNS": "160"}).output  # type: ignore[attr-defined]
    assert max(len(line) for line in roomy.splitlines()) <= 160
    assert any(line.startswith("Australia  ") for line in roomy.splitlines()) and " AUS " not in roomy
    assert "comprehensive strategic partnership" in roomy and "comprehensive_strategic_partnership" not in roomy


def test_wide_tables_are_never_cut(db: Path) -> None:
    narrow = _run(db, "facts", "--country", "VNM", env={"COLUMNS": "60"}).output  # type: ignore[attr-defined]
    wide = _run(db, "facts", "--country", "VNM", "--wide", env={"COLUMNS": "60"}).output  # type: ignore[attr-defined]
    assert "\u2026" in narrow and "\u2026" not in wide
    assert "Remittances surpassed US$16 billion in 2025." in wide


def test_csv_is_flat(db: Path) -> None:
    for args in (("facts",), ("partners", "VNM"), ("claims", "VNM")):
        out = _run(db, *args, "--format", "csv").output  # type: ignore[attr-defined]
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows, args
        assert all(not (v or "").lstrip().startswith(("[", "{")) for r in rows for v in r.values()), args


def test_facts_counts_under_one_name(db: Path) -> None:
    rows = [json.loads(x) for x in _run(db, "facts", "--format", "jsonl").output.splitlines()]  # type: ignore[attr-defined]
    assert all("corroboration" in r and "independent" not in r for r in rows)
    assert all(r["corroboration"] <= r["documents"] for r in rows)


def test_relation_answers_in_words(db: Path) -> None:
    out = _run(db, "relation", "VNM", "AUS", "--as-of", "2020-01-01").output  # type: ignore[attr-defined]
    assert out.splitlines()[0] == "Vietnam - Australia as of 2020-01-01: strategic partnership (since 2018)"


def test_eval_on_a_missing_input_fails(tmp_path: Path) -> None:
    from .conftest import GOLD

    result = CliRunner().invoke(main, ["eval", str(GOLD), str(tmp_path / "nonexistent")])
    assert result.exit_code == 1
    assert "nonexistent" in result.output and "nothing to score" in result.output
