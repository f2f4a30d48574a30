"""Hermetic unit tests of the web package's helpers and of the sentence index."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from chancery.store.database import Database
from chancery.store.search_index import backfill, sentence_spans
from chancery.web.app import WebConfig, is_loopback, world_map
from chancery.web.jobs import safe_name
from chancery.web.render import highlight
from chancery.web.search import SearchQueryError, fts_query, search

from .conftest import synthetic


@pytest.mark.parametrize(("host", "loop"), [("127.0.0.1", True), ("127.8.9.1", True), ("::1", True),
                                            ("[::1]", True), ("localhost", True), ("0.0.0.0", False),
                                            ("192.168.1.4", False), ("::", False), ("example.org", False)])
def test_is_loopback(host: str, loop: bool) -> None:
    assert is_loopback(host) is loop


@pytest.mark.parametrize(("q", "expr"), [("viet nam", '"viet" AND "nam"'), ('"viet nam" 2025', '"viet nam" AND "2025"'),
                                         ("NEAR(a b) OR c*", '"NEAR a" AND "b" AND "OR" AND "c"'), ("U.S.", '"U S"')])
def test_fts_query_quotes_every_word(q: str, expr: str) -> None:
    assert fts_query(q) == expr


def test_fts_query_without_words() -> None:
    with pytest.raises(SearchQueryError):
        fts_query("?! -- ")


@pytest.mark.parametrize(("name", "safe"), [("../../etc/passwd", "passwd"), ("a b.txt", "a_b.txt"),
                                            ("C:\\x\\y.md", "y.md"), ("..", "upload.txt"), (".hidden.txt", "hidden.txt")])
def test_safe_name(name: str, safe: str) -> None:
    assert safe_name(name) == safe


def test_highlight_merges_overlaps_and_keeps_all_text() -> None:
    text = "abcdefghij"
    segs = highlight(text, [(2, 5), (4, 7), (9, 20)])
    assert "".join(s["text"] for s in segs) == text
    assert [(s["text"], s["mark"]) for s in segs] == [("ab", False), ("cdefg", True), ("hi", False), ("j", True)]


def test_sentence_spans_cover_sentences() -> None:
    text = "Việt Nam and the U.K. agreed. Mr. Lam said so!\nA new line here."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Việt Nam and the U.K. agreed.", "Mr. Lam said so!", "A new line here."]


def test_new_documents_are_indexed_and_old_ones_backfilled(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Database(path) as db:
        doc, mentions = synthetic()
        db.add(doc, mentions)
        total, items = search(db.conn, "norway")
        assert total == 1 and items[0]["doc"] == "synthetic-ledger"
        db.conn.execute("DELETE FROM sentence_search")  # as if stored before migration 0002
        db.conn.execute("DELETE FROM sentence_search_docs")
        assert search(db.conn, "norway")[0] == 0
        assert backfill(db.conn) == 1
        assert search(db.conn, "NORWAY")[0] == 1
        assert backfill(db.conn) == 0


def test_replaced_document_replaces_its_sentences(tmp_path: Path) -> None:
    with Database(tmp_path / "u.db") as db:
        doc, mentions = synthetic()
        db.add(doc, mentions)
        db.add(doc.with_(text=doc.text.replace("Norway", "Iceland"), content_hash="other"), [], replace=True)
        assert search(db.conn, "norway")[0] == 0
        assert search(db.conn, "iceland")[0] == 1


def test_memo_is_dropped_when_the_database_changes(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    Database(path).close()
    config = WebConfig(str(path), token=None, bind_host="127.0.0.1", settings=Database(path).settings)
    calls: list[int] = []
    compute = lambda: calls.append(1) or len(calls)
    assert config.memo(("k",), compute) == 1
    assert config.memo(("k",), compute) == 1
    with Database(path) as db:
        doc, mentions = synthetic()
        db.add(doc, mentions)
    assert config.memo(("k",), compute) == 2


def test_world_map_is_keyed_by_alpha3() -> None:
    countries = world_map()["countries"]
    assert {"VNM", "GBR", "USA", "FRA", "NOR", "AUS"} <= set(countries)
    assert all(len(k) == 3 and k.isupper() for k in countries)
    assert countries["VNM"]["d"].startswith("M")


def test_fts5_is_available() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')")
    conn.execute("INSERT INTO t VALUES ('Việt Nam')")
    assert conn.execute("SELECT count(*) FROM t WHERE t MATCH '\"viet nam\"'").fetchone()[0] == 1


def test_serve_command_is_documented() -> None:
    from click.testing import CliRunner

    from chancery.cli import main

    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--token"):
        assert option in result.output
