"""Every CSV/TSV the CLI writes is safe to open in a spreadsheet: cells a spreadsheet would evaluate
(starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return) are neutralised, numbers are not."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from chancery.cli import main
from chancery.csv_safe import FORMULA_START, safe_cell
from chancery.model import Document, Evidence, Mention
from chancery.store.database import Database

PAYLOADS = ['=HYPERLINK("http://evil.example","open")', "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"]


def _hostile_db(path: Path) -> Path:
    """Documents whose ids, outlets, URLs, sentences and field values start like formulas."""
    with Database(path) as db:
        for i, payload in enumerate(PAYLOADS):
            text = (f"{payload} Vietnam and Japan upgraded ties to a strategic partnership in 2023.\n"
                    f"{payload} Vietnam's leader visited Japan and signed three agreements in 2023.\n"
                    f"{payload} Remittances to Vietnam reached US$16 billion in 2023.\n")
            doc_id = f"{payload[:12]}-{i}"
            doc = Document(id=doc_id, text=text, outlet=payload, url=payload, content_hash=f"hostile-{i}")
            lines = text.split("\n")
            spans = []
            start = 0
            for line in lines[:3]:
                spans.append(Evidence(start, start + len(line), line))
                start += len(line) + 1
            m = [
                Mention.build(doc=doc_id, kind="partnership", fields={
                    "a": "JPN", "b": "VNM", "level": "other", "label": payload, "action": "established", "year": 2023},
                    evidence=spans[0], confidence=0.9, extractor="hostile", version="1"),
                Mention.build(doc=doc_id, kind="visit", fields={
                    "visitor_country": "VNM", "host": "JPN", "visitor": payload, "year": 2023},
                    evidence=spans[1], confidence=0.9, extractor="hostile", version="1"),
                Mention.build(doc=doc_id, kind="agreement", fields={"parties": ["JPN", "VNM"], "count": 3, "year": 2023},
                              evidence=spans[1], confidence=0.9, extractor="hostile", version="1"),
                Mention.build(doc=doc_id, kind="quantity", fields={
                    "subject": "VNM", "measure": payload, "value": -16000000000 + i, "unit": "USD",
                    "qualifier": "exact", "year": 2023, "text": payload},
                    evidence=spans[2], confidence=0.9, extractor="hostile", version="1"),
            ]
            db.add(doc, m)
    return path


def _cells(text: str, delimiter: str = ",") -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text), delimiter=delimiter) for cell in row]


def _assert_safe(cells: list[str]) -> None:
    assert cells
    for cell in cells:
        assert not cell.startswith(FORMULA_START) or safe_cell(cell) == cell, cell  # only plain numbers


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _hostile_db(tmp_path_factory.mktemp("exports") / "hostile.db")


@pytest.mark.parametrize("args", [
    ["export", "--format", "csv", "--what", "mentions"],
    ["export", "--format", "csv", "--what", "facts"],
    ["export", "--format", "events"],
    ["facts", "--format", "csv"],
    ["partners", "VNM", "--format", "csv"],
])
def test_csv_outputs_are_neutralised(db: Path, args: list[str]) -> None:
    result = CliRunner().invoke(main, [*args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    cells = _cells(result.stdout)
    _assert_safe(cells)
    neutralised = [c for c in cells if c[:1] == "'" and c[1:2] in "".join(FORMULA_START)]
    assert neutralised, "no payload reached the output"


def test_tsv_events_are_neutralised(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    result = CliRunner().invoke(main, ["export", "--format", "events", "-o", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    cells = _cells(out.read_text(encoding="utf-8"), "\t")
    _assert_safe(cells)
    assert any(c.startswith("'") for c in cells)


def test_numbers_stay_numbers(db: Path) -> None:
    result = CliRunner().invoke(main, ["export", "--format", "csv", "--what", "mentions", "--db", str(db)])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    values = {r["value"] for r in rows if r.get("value")}
    assert "-16000000000" in values  # a negative figure is not prefixed
