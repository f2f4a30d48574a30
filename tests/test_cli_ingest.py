"""`chancery ingest` end to end on a real SQLite file: bad inputs, idempotency, exit codes."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from chancery.cli import main

ARTICLE = (
    "HANOI, March 3, 2025 (Wire) — Vietnam and Indonesia upgraded their relationship to a "
    "comprehensive strategic partnership on Monday during a visit by a Vietnamese delegation to Jakarta.\n"
    "The two countries signed five cooperation documents.\n"
)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(64))
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" + bytes(range(200, 256))


def _bad_corpus(folder: Path) -> dict[str, Path]:
    folder.mkdir()
    files = {
        "good": folder / "good.txt",
        "good2": folder / "other.md",
        "empty": folder / "empty.txt",
        "png": folder / "picture.txt",
        "pdf": folder / "report.txt",
        "cp1252": folder / "windows.txt",
        "jsonl": folder / "feed.jsonl",
        "scripts": folder / "page.html",
    }
    files["good"].write_text(ARTICLE, encoding="utf-8")
    files["good2"].write_text("# Ties\n\nJapan and the Philippines held talks in Manila on trade.\n", encoding="utf-8")
    files["empty"].write_bytes(b"")
    files["png"].write_bytes(PNG)
    files["pdf"].write_bytes(PDF)
    files["cp1252"].write_bytes("Vietnam\x92s exports rose \x93sharply\x94 to Canada.\n".encode("latin-1"))
    files["jsonl"].write_text(
        json.dumps({"id": "rec-1", "text": "Thailand and Cambodia held talks.", "outlet": "Wire A"}) + "\n"
        + "{not json at all\n"
        + json.dumps({"id": "rec-3", "text": "Laos hosted the ASEAN Summit in 2024.", "outlet": "Wire B"}) + "\n",
        encoding="utf-8",
    )
    files["scripts"].write_text(
        "<html><head><script>var x = 'Russia';</script></head><body>"
        + "<script>alert('China')</script>" * 200
        + "<noscript>enable JS</noscript></body></html>",
        encoding="utf-8",
    )
    return files


def _db_rows(db: Path) -> tuple[int, int]:
    with sqlite3.connect(db) as conn:
        return (conn.execute("SELECT count(*) FROM documents").fetchone()[0],
                conn.execute("SELECT count(*) FROM mentions").fetchone()[0])


def test_bad_inputs_are_named_and_the_rest_is_stored(tmp_path: Path) -> None:
    files = _bad_corpus(tmp_path / "in")
    big = tmp_path / "in" / "huge.txt"
    with big.open("wb") as fh:  # 50 MB of text, over the default 20 MB limit
        fh.write(b"Vietnam and Japan. " * (50 * 1024 * 1024 // 19))
    db = tmp_path / "c.db"
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "in"), "--db", str(db), "--quiet"])
    assert result.exit_code == 1
    err = result.stderr
    for name in ("empty.txt", "picture.txt", "report.txt", "windows.txt", "feed.jsonl:2", "page.html", "huge.txt"):
        lines = [line for line in err.splitlines() if name in line]
        assert len(lines) == 1, (name, err)
        assert "Traceback" not in lines[0]
    assert "PNG" in err and "PDF" in err and "1252" in err
    docs, mentions = _db_rows(db)
    # good.txt, other.md, and the two good JSONL records
    assert docs == 4
    assert mentions > 0


def test_second_run_stores_nothing_new(tmp_path: Path) -> None:
    _bad_corpus(tmp_path / "in")
    db = tmp_path / "c.db"
    runner = CliRunner()
    runner.invoke(main, ["ingest", str(tmp_path / "in"), "--db", str(db), "--quiet"])
    first = _db_rows(db)
    again = runner.invoke(main, ["ingest", str(tmp_path / "in"), "--db", str(db)])
    assert _db_rows(db) == first
    assert "0 added" in again.stderr and "unchanged" in again.stderr


def test_all_good_exit_zero(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "x.db"), "-q"])
    assert result.exit_code == 0, result.output


def test_exact_copy_under_another_name_is_not_stored_twice(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "x.db"
    result = CliRunner().invoke(main, ["ingest", str(tmp_path), "--db", str(db)])
    assert result.exit_code == 0
    assert _db_rows(db)[0] == 1
    assert "1 duplicate" in result.stderr


def test_near_duplicate_is_linked_to_the_original(tmp_path: Path) -> None:
    body = " ".join(f"Sentence {i} says Vietnam and Australia deepen cooperation in field {i}." for i in range(40))
    (tmp_path / "a.txt").write_text(body, encoding="utf-8")
    (tmp_path / "b.txt").write_text(body.replace("field 7.", "area 7.") + " Reprinted with permission.", encoding="utf-8")
    db = tmp_path / "x.db"
    CliRunner().invoke(main, ["ingest", str(tmp_path), "--db", str(db), "-q"])
    with sqlite3.connect(db) as conn:
        rows = dict(conn.execute("SELECT id, duplicate_of FROM documents").fetchall())
    assert rows == {"a": None, "b": "a"}


def test_stdin_dash(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    result = CliRunner().invoke(main, ["ingest", "-", "--db", str(db), "-q"], input=ARTICLE.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert _db_rows(db)[0] == 1


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "nope.txt"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr


def test_migrations_are_recorded(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    CliRunner().invoke(main, ["ingest", str(tmp_path / "a.txt"), "--db", str(db), "-q"])
    with sqlite3.connect(db) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM _migrations")]
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert names and names[0].startswith("0001")
    assert mode == "wal"


def test_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"this is not sqlite" * 100)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "a.txt"), "--db", str(bogus)])
    assert result.exit_code == 2
    assert "bogus.db" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("fmt", ["table", "jsonl", "csv"])
def test_facts_formats(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "x.db"
    runner = CliRunner()
    runner.invoke(main, ["ingest", str(tmp_path / "a.txt"), "--db", str(db), "-q"])
    result = runner.invoke(main, ["facts", "--db", str(db), "--country", "Indonesia", "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "table":  # names, not codes
        assert "Indonesia" in result.stdout and "IDN" not in result.stdout
        assert result.stdout.splitlines()[0].split()[:3] == ["kind", "fact", "corroboration"]
    else:
        assert "IDN" in result.stdout
    if fmt == "jsonl":
        rows = [json.loads(line) for line in result.stdout.splitlines()]
        assert all("evidence" in r and r["corroboration"] >= 1 for r in rows)
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert rows and all(not v.startswith(("[", "{")) for r in rows for v in r.values())  # flat: no JSON in cells


def test_facts_unknown_country(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "x.db"
    CliRunner().invoke(main, ["ingest", str(tmp_path / "a.txt"), "--db", str(db), "-q"])
    result = CliRunner().invoke(main, ["facts", "--db", str(db), "--country", "Atlantis"])
    assert result.exit_code == 2
    assert "Atlantis" in result.stderr


def test_facts_on_missing_db(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["facts", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert "none.db" in result.stderr


def test_count_files_matches_what_is_read(tmp_path: Path) -> None:
    from chancery.ingest.readers import count_files

    _bad_corpus(tmp_path / "in")
    (tmp_path / "in" / "notes.docx").write_bytes(b"PK\x03\x04")  # not an extension chancery reads
    (tmp_path / "in" / ".hidden.txt").write_text("Vietnam", encoding="utf-8")
    assert count_files([str(tmp_path / "in")]) == 8
    assert count_files([str(tmp_path / "in"), "-"]) == 9
