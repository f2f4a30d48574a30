"""Exports: facts and mentions (jsonl, csv, parquet), GraphML partner network, event table."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from chancery.cli import main
from chancery.resolve import ExportError, export
from chancery.store.database import Database

from .resolve_corpus import build

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}
HAS_PYARROW = importlib.util.find_spec("pyarrow") is not None


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    return build(tmp_path / "kb.db")


def _run(db: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["export", "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_facts_jsonl(db: Path) -> None:
    rows = [json.loads(x) for x in _run(db, "--format", "jsonl").splitlines()]
    aus = [r for r in rows if r["kind"] == "partnership" and r["a"] == "AUS" and r["level"] == "comprehensive_strategic_partnership"]
    assert len(aus) == 1
    assert aus[0]["documents"] == 3 and aus[0]["corroboration"] == 2
    assert {e["doc"] for e in aus[0]["evidence"]} == {"reuters-2024", "smh-2024", "vnx-2024"}
    assert [e["duplicate_of"] for e in aus[0]["evidence"] if e["doc"] == "smh-2024"] == ["reuters-2024"]


def test_mentions_jsonl_link_to_facts(db: Path) -> None:
    facts = {json.loads(x)["id"] for x in _run(db, "--format", "jsonl").splitlines()}
    mentions = [json.loads(x) for x in _run(db, "--format", "jsonl", "--what", "mentions").splitlines()]
    with Database(db) as database:
        stored = sum(n for k, n in database.counts().items() if k != "documents")
    assert len(mentions) == stored
    assert {m["fact"] for m in mentions} == facts
    assert all(m["evidence"]["text"] for m in mentions)


def test_facts_csv(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "facts.csv"
    _run(db, "--format", "csv", "-o", str(out))
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {"id", "kind", "corroboration", "evidence"} <= set(rows[0])
    remit = [r for r in rows if r["kind"] == "quantity" and r["measure"] == "remittances"]
    assert len(remit) == 1 and len(json.loads(remit[0]["readings"])) == 3


def test_graphml_is_valid_with_levels_and_first_year(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "net.graphml"
    _run(db, "--format", "graphml", "-o", str(out))
    root = ET.parse(out).getroot()
    keys = {k.get("id"): k.get("attr.type") for k in root.findall("g:key", NS)}
    assert keys["first_year"] == "int" and keys["level"] == "string"
    graph = root.find("g:graph", NS)
    assert graph is not None and graph.get("edgedefault") == "undirected"
    nodes = {n.get("id"): n.find("g:data", NS).text for n in graph.findall("g:node", NS)}  # type: ignore[union-attr]
    assert nodes["AUS"] == "Australia"
    edges = {(e.get("source"), e.get("target")): {d.get("key"): d.text for d in e.findall("g:data", NS)}
             for e in graph.findall("g:edge", NS)}
    aus = edges[("AUS", "VNM")]
    assert aus["level"] == "comprehensive_strategic_partnership"
    assert aus["first_year"] == "2024" and aus["established"] == "2009"
    assert aus["history"].split(";")[0] == "comprehensive_partnership:2009"
    assert all(a in nodes and b in nodes for a, b in edges)


@pytest.mark.skipif(importlib.util.find_spec("networkx") is None, reason="networkx not installed")
def test_graphml_opens_in_networkx(db: Path, tmp_path: Path) -> None:
    import networkx as nx  # type: ignore[import-not-found]

    out = tmp_path / "net.graphml"
    _run(db, "--format", "graphml", "-o", str(out))
    g = nx.read_graphml(out)
    assert g.edges["AUS", "VNM"]["first_year"] == 2024


def test_events_table(db: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(_run(db, "--format", "events"))))
    visit = [r for r in rows if r["actor1"] == "VNM" and r["actor2"] == "GBR"]
    assert visit and visit[0]["cameo"] == "042" and visit[0]["goldstein"] == "1.9"
    assert visit[0]["date"] == "2025-12-31" and visit[0]["source_url"] == "https://vov.example/2025/review"
    agreement = [r for r in rows if r["cameo"] == "057"]
    assert agreement and agreement[0]["goldstein"] == "8.0" and {agreement[0]["actor1"], agreement[0]["actor2"]} == {"GBR", "VNM"}
    albanese = [r for r in rows if r["actor1"] == "AUS"]
    assert len(albanese) == 2 and all(r["date"] == "2023-06-04" for r in albanese)


def test_events_default_cameo_and_tsv(tmp_path: Path) -> None:
    docs = [("d", "X", "2026-01-02", None, [
        ("Hungary's president visited Vietnam in 2025.", [("visit", {"visitor_country": "HUN", "host": "VNM", "visitor": None, "year": 2025})]),
    ])]
    db = build(tmp_path / "k.db", docs)
    out = tmp_path / "events.tsv"
    _run(db, "--format", "events", "-o", str(out))
    (row,) = list(csv.DictReader(out.open(encoding="utf-8"), delimiter="\t"))
    assert row["cameo"] == "042" and row["date"] == "2025"  # document of 2026 about a 2025 visit: the year


def test_parquet_without_pyarrow_is_a_clear_error(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if it were not installed
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with Database(db) as database, pytest.raises(ExportError) as err:
        export(database, fmt="parquet", output=tmp_path / "f.parquet")
    assert "pip install pyarrow" in err.value.hint
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "parquet", "-o", str(tmp_path / "f.parquet")])
    assert result.exit_code == 2 and "pip install pyarrow" in result.output


@pytest.mark.skipif(not HAS_PYARROW, reason="pyarrow not installed")
def test_parquet_round_trip(db: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq  # type: ignore[import-not-found]

    out = tmp_path / "f.parquet"
    _run(db, "--format", "parquet", "-o", str(out))
    table = pq.read_table(out)
    assert "corroboration" in table.column_names and table.num_rows > 10


def test_parquet_needs_an_output_file(db: Path) -> None:
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "parquet"])
    assert result.exit_code == 2


def test_unknown_format_is_an_export_error(db: Path) -> None:
    with Database(db) as database, pytest.raises(ExportError):
        export(database, fmt="xlsx")
