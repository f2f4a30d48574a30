"""Every core and a cluster: --jobs and --scheduler give the same output as one process.

The cluster test starts a real `dask scheduler` and a `dask worker` with two worker processes on
loopback, as a user would by hand.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from chancery.api import iter_extract
from chancery.model import Document

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
BIN = Path(sys.executable).parent
CLI = [str(BIN / "chancery")]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """40 distinct documents (seed texts with a line of their own), plus two exact copies and a bad file."""
    folder = tmp_path_factory.mktemp("corpus")
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(40):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        (folder / f"doc{i:03d}.txt").write_text(f"Bulletin {i}: ministers met in Hanoi on day {i}.\n{text}", encoding="utf-8")
    (folder / "copy_a.txt").write_text((folder / "doc001.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "copy_b.txt").write_text((folder / "doc002.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    return folder


def _run(args: list[str]) -> tuple[int, str, str]:
    r = subprocess.run(CLI + args, capture_output=True, text=True, timeout=600)
    return r.returncode, r.stdout, r.stderr


@pytest.fixture(scope="module")
def single(corpus: Path) -> str:
    code, out, err = _run(["extract", str(corpus), "-q", "--jobs", "1"])
    assert code == 1 and "broken.txt" in err  # the bad file is reported, the rest goes on
    return out


@pytest.mark.slow
def test_jobs_two_gives_the_same_jsonl(corpus: Path, single: str) -> None:
    code, out, _err = _run(["extract", str(corpus), "-q", "--jobs", "2"])
    assert code == 1
    assert out == single
    docs = [json.loads(line)["doc"] for line in out.splitlines()]
    assert "copy_a" in docs and "copy_b" in docs  # exact copies keep their own ids


def test_copies_are_annotated_once_and_keep_their_ids(corpus: Path) -> None:
    results = list(iter_extract([str(corpus / "doc001.txt"), str(corpus / "copy_a.txt")]))
    a, b = (r.mentions for r in results)
    assert [m.doc for m in b] == ["copy_a"] * len(b)
    assert [m.fields() for m in a] == [m.fields() for m in b] and a


def test_a_failing_document_is_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = [Document(id="ok", text="Vietnam and Japan upgraded ties to a comprehensive strategic partnership in 2023."),
            Document(id="bad", text="BOOM " * 3)]
    # a document whose extraction raises: reported for itself, the other one goes on
    from chancery.extract import run_extractors as original

    def boom(adoc, kinds=None):  # type: ignore[no-untyped-def]
        if "BOOM" in adoc.text:
            raise RuntimeError("extractor crashed")
        return original(adoc, kinds)

    monkeypatch.setattr("chancery.batch.run_extractors", boom)  # fault injection: an extractor that crashes
    results = list(iter_extract(docs))
    assert results[0].error is None and results[0].mentions
    assert results[1].error is not None and "extractor crashed" in str(results[1].error)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    sched = subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                              "--dashboard-address", ":0", "--no-show"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    worker = subprocess.Popen([str(BIN / "dask"), "worker", address, "--nworkers", "2", "--nthreads", "1",
                               "--host", "127.0.0.1", "--no-dashboard"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        from distributed import Client

        deadline = time.time() + 90
        while True:
            try:
                with Client(address, timeout="5s") as c:
                    c.wait_for_workers(2, timeout=60)
                    break
            except (OSError, TimeoutError):
                if time.time() > deadline:
                    raise
                time.sleep(0.5)
        yield address
    finally:
        for p in (worker, sched):
            p.terminate()
        for p in (worker, sched):
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()


@pytest.mark.slow
def test_a_dask_cluster_gives_the_same_jsonl(corpus: Path, single: str, cluster: str) -> None:
    code, out, err = _run(["extract", str(corpus), "-q", "--scheduler", cluster, "--jobs", "2"])
    assert code == 1, err
    assert out == single


@pytest.mark.slow
def test_ingest_on_a_cluster_equals_ingest_in_one_process(corpus: Path, cluster: str, tmp_path: Path) -> None:
    import sqlite3

    dumps = []
    for name, extra in (("one", ["--jobs", "1"]), ("cluster", ["--scheduler", cluster])):
        db = tmp_path / f"{name}.db"
        code, _out, err = _run(["ingest", str(corpus), "--db", str(db), "-q", *extra])
        assert code == 1, err
        with sqlite3.connect(db) as con:
            rows = con.execute("select doc_id, kind, args, ev_start, ev_end from mentions order by doc_id, ev_start, kind, args").fetchall()
        dumps.append(rows)
    assert dumps[0] == dumps[1] and dumps[0]


def test_an_unreachable_scheduler_is_a_clear_error(corpus: Path) -> None:
    code, _out, err = _run(["extract", str(corpus / "doc001.txt"), "--scheduler", f"tcp://127.0.0.1:{_free_port()}"])
    assert code == 2 and "Dask scheduler" in err
