"""``kill -9`` of a real ``chancery ingest`` at several points, then a resume: the database passes
``PRAGMA integrity_check`` after the kill, and after the resume it equals a clean run exactly
(documents, links, mentions, actors, search index, band index, corroboration)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .helpers import (
    count_documents,
    integrity,
    kill9,
    make_corpus,
    run_chancery,
    snapshot,
    start_chancery,
    wait_until,
    write_config,
)

# documents committed when the process is killed; 0: as soon as the database file appears (migration)
KILL_POINTS = [0, 1, 8, 20]


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, Any]]:
    root = tmp_path_factory.mktemp("kill")
    make_corpus(root / "in")
    # two documents per annotation batch, so commits are spread over the whole run
    config = write_config(root / "small-batches.toml", batch_size=2)
    db = root / "clean.db"
    result = run_chancery("ingest", str(root / "in"), "--db", str(db), "--config", str(config), "-q")
    assert result.returncode == 0, result.stderr
    return root / "in", config, snapshot(db)


@pytest.mark.slow
@pytest.mark.parametrize("point", KILL_POINTS)
def test_kill_then_resume_equals_a_clean_run(clean: tuple[Path, Path, dict[str, Any]], point: int,
                                             tmp_path: Path) -> None:
    folder, config, expected = clean
    db = tmp_path / "k.db"
    proc = start_chancery("ingest", str(folder), "--db", str(db), "--config", str(config), "-q")
    if point == 0:
        assert wait_until(db.exists, step=0.001)
    else:
        assert wait_until(lambda: count_documents(db) >= point)
    kill9(proc)
    assert proc.returncode == -9, "the ingest finished before it could be killed"
    assert count_documents(db) < len(expected["documents"])
    if db.exists() and db.stat().st_size:
        assert integrity(db) == "ok"
    resumed = run_chancery("ingest", str(folder), "--db", str(db), "--config", str(config), "-q")
    assert resumed.returncode == 0, resumed.stderr
    assert integrity(db) == "ok"
    assert snapshot(db) == expected
