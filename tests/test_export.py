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


def test_facts_csv_is_flat(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "facts.csv"
    _run(db, "--format", "csv", "-o", str(out))
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {"id", "kind", "corroboration", "evidence_doc", "evidence_sentence", "readings_count"} <= set(rows[0])
    assert all(not v.startswith(("[", "{")) for r in rows for v in r.values())  # no JSON inside cells
    remit = [r for r in rows if r["kind"] == "quantity" and r["measure"] == "remittances"]
    assert len(remit) == 1 and remit[0]["readings_count"] == "3" and remit[0]["subject"] == "VNM"
    uk = [r for r in rows if r["kind"] == "agreement"]
    assert uk and uk[0]["parties"] == "GBR; VNM"


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
    assert len(visit) == 1 and visit[0]["cameo"] == "042" and visit[0]["goldstein"] == "1.9"
    # the event's own date (the text gives the year), not the publication date of the review
    assert (visit[0]["date"], visit[0]["date_precision"], visit[0]["published"]) == ("2025", "year", "2025-12-31")
    assert visit[0]["source_url"] == "https://vov.example/2025/review" and visit[0]["actor2_name"] == "United Kingdom"
    agreement = [r for r in rows if r["cameo"] == "057"]
    assert len(agreement) == 1 and agreement[0]["goldstein"] == "8.0"
    assert {agreement[0]["actor1"], agreement[0]["actor2"]} == {"GBR", "VNM"}
    albanese = [r for r in rows if r["actor1"] == "AUS"]
    assert len(albanese) == 1  # one visit, stated twice in one article: one row
    assert albanese[0]["date"] == "2023-06" and albanese[0]["visitor"] == "Anthony Albanese"
    assert len({r["event"] for r in rows}) == len(rows)


def _visit(doc: str, sentence: str, fields: dict[str, object], published: str = "2025-06-02") -> tuple:
    return (doc, "X", published, None, [(sentence, [("visit", fields)])])


def test_events_cameo_roles_one_code_per_event(tmp_path: Path) -> None:
    hosted = {"visitor_country": "FRA", "host": "VNM", "visitor": "Emmanuel Macron", "year": 2025}
    docs = [
        _visit("a", "Vietnam hosted French President Emmanuel Macron in Hanoi in May 2025.", {**hosted, "cameo": "043"}),
        _visit("b", "Hanoi welcomed Emmanuel Macron on a state visit in May 2025.", {**hosted, "cameo": "043"}),
        _visit("c", "Emmanuel Macron visited Vietnam in May 2025.", {**hosted, "cameo": "042"}),
        _visit("d", "Kenya's president visited Japan in 2024.",
               {"visitor_country": "KEN", "host": "JPN", "visitor": None, "year": 2024, "cameo": "042"}),
    ]
    rows = list(csv.DictReader(io.StringIO(_run(build(tmp_path / "k.db", docs), "--format", "events"))))
    macron = [r for r in rows if r["visitor"] == "Emmanuel Macron"]
    assert len(macron) == 1  # one visit: one row and one code, not 042 and 043
    # most mentions frame it as hosting (043): the host is actor1
    assert (macron[0]["cameo"], macron[0]["actor1"], macron[0]["actor2"]) == ("043", "VNM", "FRA")
    assert macron[0]["date"] == "2025-05" and macron[0]["corroboration"] == "3"
    kenya = [r for r in rows if r["actor1"] == "KEN"]
    assert (kenya[0]["cameo"], kenya[0]["actor2"]) == ("042", "JPN")  # 042: the visitor is actor1


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
