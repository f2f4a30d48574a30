"""Writers in separate processes at once: opening and migrating a new database, and two ``chancery
ingest`` runs on a new and on an existing database, whose result must equal the sequential run."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from chancery.store.migrations import MIGRATIONS

from .helpers import integrity, make_corpus, run_chancery, snapshot, start_chancery, write_config

ROUNDS = 12
OPENERS = 3

# each opener waits for the start of every round, then opens (creating and migrating) that round's file
_OPENER = """
import sys, time
from chancery.store.database import Database
folder, start, rounds = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
failed = 0
for r in range(rounds):
    time.sleep(max(0.0, start + 0.4 * r - time.time()))
    try:
        Database(f"{folder}/round-{r}.db").close()
    except Exception as e:
        failed += 1
        print(f"round {r}: {type(e).__name__}: {e}", file=sys.stderr)
sys.exit(1 if failed else 0)
"""


@pytest.mark.slow
def test_processes_opening_a_new_database_at_once_all_succeed(tmp_path: Path) -> None:
    start = time.time() + 2.0  # after every opener has imported chancery
    procs = [subprocess.Popen([sys.executable, "-c", _OPENER, str(tmp_path), str(start), str(ROUNDS)],
                              stderr=subprocess.PIPE, text=True) for _ in range(OPENERS)]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * OPENERS, errors
    for r in range(ROUNDS):
        db = tmp_path / f"round-{r}.db"
        with sqlite3.connect(db) as conn:
            names = [row[0] for row in conn.execute("SELECT name FROM _migrations")]
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        assert sorted(names) == sorted(name for name, _ in MIGRATIONS)  # each step once
        assert mode == "wal"
        assert integrity(db) == "ok"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("writers")
    make_corpus(root / "in")
    return root / "in", write_config(root / "small-batches.toml", batch_size=2)


def _ingest(db: Path, config: Path, *folders: Path) -> None:
    result = run_chancery("ingest", *map(str, folders), "--db", str(db), "--config", str(config), "-q", "--jobs", "1")
    assert result.returncode == 0, result.stderr


def _at_once(db: Path, config: Path, *runs: list[Path]) -> None:
    # one worker each, small batches: the two writers commit in turns (what this test is about)
    procs = [start_chancery("ingest", *map(str, folders), "--db", str(db), "--config", str(config), "-q", "--jobs", "1")
             for folders in runs]
    outs = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0] * len(procs), [err for _, err in outs]


def _interleaved(db: Path, first: str, second: str) -> int:
    """How often, in commit order, a document of one writer follows one of the other."""
    with sqlite3.connect(db) as conn:
        order = [row[0] for row in conn.execute("SELECT source FROM documents ORDER BY rowid")]
    writers = [1 if f"/{first}/" in s else 2 if f"/{second}/" in s else 0 for s in order]
    writers = [w for w in writers if w]
    return sum(1 for a, b in zip(writers, writers[1:]) if a != b)


@pytest.mark.slow
@pytest.mark.parametrize("existing", [False, True], ids=["new-database", "existing-database"])
def test_two_concurrent_ingests_equal_the_sequential_run(corpus: tuple[Path, Path], existing: bool,
                                                         tmp_path: Path) -> None:
    folder, config = corpus
    sequential, concurrent = tmp_path / "sequential.db", tmp_path / "concurrent.db"
    if existing:
        for db in (sequential, concurrent):
            _ingest(db, config, folder / "z")
    _ingest(sequential, config, folder / "x")
    _ingest(sequential, config, folder / "y")
    _at_once(concurrent, config, [folder / "x"], [folder / "y"])
    switches = _interleaved(concurrent, "x", "y")
    assert switches >= 2, "the two writers did not overlap"
    expected: dict[str, Any] = snapshot(sequential)
    got = snapshot(concurrent)
    assert got["documents"] == expected["documents"]  # ids, texts, near-duplicate links
    assert got == expected
    assert any(row[5] for row in got["documents"])  # near-copies across the two writers were linked


@pytest.mark.slow
def test_two_ingests_of_the_same_corpus_at_once_equal_one_run(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    folder, config = corpus
    once, twice = tmp_path / "once.db", tmp_path / "twice.db"
    _ingest(once, config, folder)
    _at_once(twice, config, [folder], [folder])
    assert snapshot(twice) == snapshot(once)
