"""Hostile inputs, generated here, in one batch with good documents: every good document is stored,
every bad one is named once as ``error: FILE[:LINE]: reason`` (no traceback), and a second run
changes nothing."""

from __future__ import annotations

import json
import os
import random
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from chancery import iter_extract
from chancery.cli import main
from chancery.model import Document

from .helpers import article, integrity, near_copy, run_chancery, snapshot

GOOD_PAIRS = [("Vietnam", "Japan"), ("India", "Brazil"), ("Kenya", "Norway"), ("Chile", "Canada"),
              ("Egypt", "Poland"), ("Ghana", "Peru"), ("Malaysia", "Morocco"), ("Finland", "Senegal")]
DEEP_SENTENCE = "Mongolia and Indonesia upgraded their relations to a strategic partnership in 2021."


def hostile_batch(root: Path) -> tuple[dict[str, Path], dict[str, str]]:
    """Good files and hostile ones side by side; returns (hostile files by kind, good texts by id)."""
    rng = random.Random(7)
    root.mkdir(parents=True)
    good: dict[str, str] = {}
    for i, (a, b) in enumerate(GOOD_PAIRS):
        text = article(rng, a, b, 2015 + i)
        (root / f"good-{i}.txt").write_text(text, encoding="utf-8")
        good[f"good-{i}"] = text
    bad: dict[str, Path] = {}
    bad["deep_jsonl"] = root / "feed.jsonl"  # line 1: 100,000 nested '[', lines 2-3 good records
    good["feed-rec-a"] = "Kenya hosted the Africa Climate Summit in 2023, officials said."
    good["feed-rec-b"] = "Norway and Chile signed two agreements on fisheries in 2021."
    bad["deep_jsonl"].write_text("[" * 100_000 + "\n"
                                 + json.dumps({"id": "feed-rec-a", "text": good["feed-rec-a"]}) + "\n"
                                 + json.dumps({"id": "feed-rec-b", "text": good["feed-rec-b"]}) + "\n"
                                 + '{"id": "deep-object", "text": "x", "meta": ' + '{"a": ' * 5000 + "1" + "}" * 5001
                                 + "\n", encoding="utf-8")
    bad["json_ld"] = root / "ld.html"  # a 100 KB, deeply nested JSON-LD block before a readable article
    bad["json_ld"].write_text("<html><head><title>Talks</title><script type='application/ld+json'>"
                              + "[" * 50_000 + "]" * 50_000 + "</script></head><body><article><p>"
                              + "Peru and Finland held talks on trade in Lima in 2022, the ministry said."
                              + "</p></article></body></html>", encoding="utf-8")
    bad["deep_html"] = root / "deep.html"  # 10,000 nested <div> around a sentence
    bad["deep_html"].write_text("<html><body>" + "<div>" * 10_000 + DEEP_SENTENCE + "</div>" * 10_000
                                + "</body></html>", encoding="utf-8")
    bad["binary"] = root / "photo.txt"
    bad["binary"].write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    bad["nul"] = root / "dump.txt"
    bad["nul"].write_bytes(b"Vietnam\x00\x01\x02" * 100)
    bad["utf16"] = root / "wide.txt"
    bad["utf16"].write_bytes("Vietnam and Japan met.".encode("utf-16"))
    bad["cp1252"] = root / "legacy.txt"
    bad["cp1252"].write_bytes("Japan\x92s envoy met \x93partners\x94 in Hanoi.".encode("latin-1"))
    bad["empty"] = root / "empty.md"
    bad["empty"].write_bytes(b"   \n\n")
    bad["fifo"] = root / "pipe.txt"
    os.mkfifo(bad["fifo"])
    outside = root.parent / "outside-secret.txt"
    outside.write_text("Brazil and Egypt signed a secret deal.", encoding="utf-8")
    bad["symlink"] = root / "link.txt"
    bad["symlink"].symlink_to(outside)
    # two sources with one id and different texts: both are kept, under distinct ids
    (root / "a").mkdir()
    (root / "b").mkdir()
    good["report"] = article(rng, "Vietnam", "Chile", 2024)
    (root / "a" / "report.txt").write_text(good["report"], encoding="utf-8")
    (root / "b" / "report.txt").write_text(article(rng, "Kenya", "Peru", 2023), encoding="utf-8")
    (root / "dup-ids.jsonl").write_text(
        json.dumps({"id": "wire-1", "text": "Japan and India held a summit in Tokyo in 2019."}) + "\n"
        + json.dumps({"id": "wire-1", "text": "Canada hosted the G7 summit in 2018."}) + "\n", encoding="utf-8")
    # a syndicated near-copy of a good file
    (root / "copy-of-good-0.txt").write_text(near_copy(good["good-0"]), encoding="utf-8")
    return bad, good


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, Path], str]:
    root = tmp_path_factory.mktemp("hostile")
    bad, _ = hostile_batch(root / "in")
    db = root / "h.db"
    result = run_chancery("ingest", str(root / "in"), "--db", str(db), timeout=600)
    assert result.returncode == 1, result.stderr  # some inputs failed, the rest were stored
    return root / "in", db, bad, result.stderr


def _ids(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {r[0] for r in conn.execute("SELECT id FROM documents")}


@pytest.mark.slow
def test_every_good_document_is_stored(batch: tuple[Path, Path, dict[str, Path], str]) -> None:
    _, db, _, _ = batch
    ids = _ids(db)
    for i in range(len(GOOD_PAIRS)):
        assert f"good-{i}" in ids
    assert {"feed-rec-a", "feed-rec-b", "ld", "deep", "copy-of-good-0"} <= ids
    assert integrity(db) == "ok"


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["deep_jsonl", "binary", "nul", "utf16", "cp1252", "empty", "fifo", "symlink"])
def test_each_bad_input_is_named_once_without_a_traceback(batch: tuple[Path, Path, dict[str, Path], str],
                                                          kind: str) -> None:
    _, _, bad, stderr = batch
    assert "Traceback" not in stderr
    name = bad[kind].name
    lines = [line for line in stderr.splitlines() if line.startswith("error: ") and f"/{name}" in line]
    expected = 2 if kind == "deep_jsonl" else 1  # the 100,000 '[' line and the 5,000-deep object
    assert len(lines) == expected, (kind, stderr)
    if kind == "deep_jsonl":
        assert {line.split(": ")[1].rsplit(":", 1)[1] for line in lines} == {"1", "4"}
        assert all("nested deeper than" in line for line in lines)


@pytest.mark.slow
def test_fifo_and_link_reasons(batch: tuple[Path, Path, dict[str, Path], str]) -> None:
    _, db, bad, stderr = batch
    assert f"{bad['fifo']}: not a regular file: a named pipe (FIFO)" in stderr
    assert f"{bad['symlink']}: a link to" in stderr and "outside the input folder" in stderr
    with sqlite3.connect(db) as conn:
        texts = " ".join(r[0] for r in conn.execute("SELECT text FROM documents"))
    assert "secret deal" not in texts


@pytest.mark.slow
def test_deeply_nested_html_keeps_its_sentence(batch: tuple[Path, Path, dict[str, Path], str]) -> None:
    _, db, _, _ = batch
    with sqlite3.connect(db) as conn:
        (text,) = conn.execute("SELECT text FROM documents WHERE id = 'deep'").fetchone()
        kinds = {r[0] for r in conn.execute("SELECT kind FROM mentions WHERE doc_id = 'deep'")}
    assert text == DEEP_SENTENCE
    assert "partnership" in kinds


@pytest.mark.slow
def test_colliding_ids_are_all_stored_under_distinct_ids(batch: tuple[Path, Path, dict[str, Path], str]) -> None:
    _, db, _, stderr = batch
    with sqlite3.connect(db) as conn:
        rows = dict(conn.execute("SELECT source, id FROM documents WHERE id LIKE 'report%' OR id LIKE 'wire-1%'"))
    by_source = {src.split("/in/", 1)[1]: doc_id for src, doc_id in rows.items()}
    assert by_source["a/report.txt"] == "report"  # the first source keeps the contract's id
    assert by_source["b/report.txt"].startswith("report~")
    assert by_source["dup-ids.jsonl:1"] == "wire-1"
    assert by_source["dup-ids.jsonl:2"].startswith("wire-1~")
    assert stderr.count("another text holds the id") == 2


@pytest.mark.slow
def test_second_run_changes_nothing(batch: tuple[Path, Path, dict[str, Path], str]) -> None:
    folder, db, _, _ = batch
    before = snapshot(db)
    again = run_chancery("ingest", str(folder), "--db", str(db))
    assert again.returncode == 1
    assert snapshot(db) == before
    assert " 0 added" in again.stderr and "unchanged" in again.stderr


@pytest.mark.slow
def test_symlink_is_read_with_follow_symlinks(batch: tuple[Path, Path, dict[str, Path], str], tmp_path: Path) -> None:
    folder, _, bad, _ = batch
    db = tmp_path / "f.db"
    result = CliRunner().invoke(main, ["ingest", str(bad["symlink"].parent), "--db", str(db), "--follow-symlinks"])
    assert f"{bad['symlink']}:" not in result.stderr
    assert "link" in _ids(db)


@pytest.mark.slow
def test_a_line_over_a_million_characters_is_annotated(tmp_path: Path) -> None:
    """One line past spaCy's 1,000,000-character limit, in a batch with a good file."""
    rng = random.Random(5)
    words = ("the committee met again on the question of water and roads while delegates discussed budgets "
             "schools and farms for the region").split()
    parts = ["Vietnam and Japan upgraded ties to a comprehensive strategic partnership in 2023. "]
    size = len(parts[0])
    while size < 1_050_000:
        s = " ".join(rng.choice(words) for _ in range(rng.randint(8, 20))).capitalize() + ". "
        parts.append(s)
        size += len(s)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "long.txt").write_text("".join(parts), encoding="utf-8")
    (tmp_path / "in" / "short.txt").write_text(article(rng, "India", "Chile", 2020), encoding="utf-8")
    db = tmp_path / "l.db"
    result = run_chancery("ingest", str(tmp_path / "in"), "--db", str(db), timeout=900)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(db) as conn:
        kinds = {r[0] for r in conn.execute("SELECT kind FROM mentions WHERE doc_id = 'long'")}
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    assert "partnership" in kinds


def test_a_document_that_fails_to_annotate_fails_alone() -> None:
    """A document built by a caller with an unpaired surrogate (the annotator cannot encode it) is
    reported with its source; the documents around it in the batch are extracted."""
    good = [Document(id=f"ok-{i}", text=f"{a} and {b} signed three agreements in 2020.", content_hash=f"h{i}")
            for i, (a, b) in enumerate(GOOD_PAIRS[:3])]
    broken = Document(id="broken", text="Vietnam and Japan met. \ud800", content_hash="hb", source="broken.txt")
    out = list(iter_extract([good[0], broken, good[1], good[2]]))
    assert [ex.document.id if ex.document else None for ex in out] == ["ok-0", None, "ok-1", "ok-2"]
    assert out[1].error is not None and str(out[1].error).startswith("broken.txt: annotation failed (")
    assert all(any(m.kind == "agreement" for m in ex.mentions) for ex in out if ex.document)


def test_unpaired_surrogates_in_a_jsonl_record_do_not_stop_the_batch(tmp_path: Path) -> None:
    """JSON may escape a lone surrogate ("\\ud800"); the record is read with U+FFFD in its place."""
    feed = tmp_path / "s.jsonl"
    feed.write_text('{"id": "s1\\udc00", "url": "https://x.example/\\ud800", "text": "Vietnam and Japan signed two'
                    ' agreements in 2020. \\ud800"}\n' + json.dumps({"id": "s2", "text": "Kenya hosted a summit."})
                    + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    result = CliRunner().invoke(main, ["ingest", str(feed), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        rows = dict(conn.execute("SELECT id, text FROM documents"))
    assert rows["s1\ufffd"].endswith("\ufffd") and "s2" in rows
