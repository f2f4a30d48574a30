"""Peak memory and time of annotating long texts: one line of N MB against the same text in lines.

    .venv/bin/python bench/bench_memory.py                  # 1, 2 and 4 MB
    .venv/bin/python bench/bench_memory.py --sizes 20       # the ceiling: a 20 MB file (the size limit)
    .venv/bin/python bench/bench_memory.py --stage ingest --sizes 0.25 0.5 1

Generates news-like text of our own (every sentence names two states, a figure or a year, so the
entity recogniser and the gazetteer have work), writes it as a file, and measures in a fresh
process each:
  1. the long case: the whole text on ONE line (what used to crash spaCy past 1,000,000 characters);
  2. the baseline: the same text cut into ordinary paragraphs of about 600 characters.
``--stage annotate`` (default) reads the file and annotates it (spaCy + gazetteer, the part whose
memory the chunking bounds); ``--stage ingest`` runs ``chancery ingest`` (annotation, extraction
and storage).  Prints seconds and peak RSS (max resident set size) per case, MB of RSS per MB of
text, and the ratios long/baseline.  Figures compare within one run on one machine.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STATES = ["Vietnam", "Japan", "Australia", "India", "Brazil", "Kenya", "Norway", "Indonesia", "Chile", "Canada"]
VERBS = ["signed three agreements with", "upgraded ties with", "held talks with", "welcomed a delegation from",
         "expanded trade with"]
TAILS = ["in 2023", "last year", "on Monday", "during a visit to Hanoi", "worth US$2 billion",
         "at the summit in Jakarta"]

ANNOTATE = """
import sys
from chancery.annotate.pipeline import Annotator
from chancery.ingest import read_sources
doc = next(read_sources([sys.argv[1]]))
adoc = Annotator().annotate(doc)
print(len(adoc.sentences), len(adoc.entities), len(adoc.actors))
"""


def news_text(size: int, seed: int = 1) -> list[str]:
    """Sentences of our own adding up to about ``size`` characters."""
    rng = random.Random(seed)
    out: list[str] = []
    n = 0
    while n < size:
        s = f"{rng.choice(STATES)} {rng.choice(VERBS)} {rng.choice(STATES)} {rng.choice(TAILS)}, officials said."
        out.append(s)
        n += len(s) + 1
    return out


def write_cases(sentences: list[str], folder: Path) -> tuple[Path, Path]:
    one_line = folder / "long.txt"
    one_line.write_text(" ".join(sentences) + "\n", encoding="utf-8")
    paragraphs, line, lines = folder / "paragraphs.txt", [], []
    for s in sentences:
        line.append(s)
        if sum(len(x) + 1 for x in line) > 600:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    paragraphs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return one_line, paragraphs


def measured(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed ({status}): {' '.join(cmd)}")
    return time.perf_counter() - start, usage.ru_maxrss


def run(path: Path, stage: str, work: Path) -> tuple[float, int]:
    if stage == "annotate":
        return measured([sys.executable, "-c", ANNOTATE, str(path)])
    chancery = str(Path(sys.executable).parent / "chancery")
    db = work / f"{path.stem}-{time.monotonic_ns()}.db"
    return measured([chancery, "ingest", str(path), "--db", str(db), "-q"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4], help="text sizes in MB (10^6 characters)")
    ap.add_argument("--stage", choices=["annotate", "ingest"], default="annotate")
    args = ap.parse_args()
    print(f"stage: {args.stage}; case 'line' = the text on one line, 'paras' = the same text in ~600-character lines")
    print(f"{'MB':>6} {'case':>6} {'seconds':>8} {'peak RSS MB':>12} {'RSS MB/MB':>10}")
    with tempfile.TemporaryDirectory(prefix="chancery-bench-memory-") as tmp:
        work = Path(tmp)
        for mb in args.sizes:
            long_file, paras_file = write_cases(news_text(int(mb * 1_000_000)), work)
            results = {}
            for case, path in (("line", long_file), ("paras", paras_file)):
                seconds, rss = run(path, args.stage, work)
                results[case] = (seconds, rss)
                print(f"{mb:>6g} {case:>6} {seconds:>8.1f} {rss / 1024:>12.0f} {rss / 1024 / mb:>10.0f}")
            (ls, lr), (ps, pr) = results["line"], results["paras"]
            print(f"{mb:>6g} {'ratio':>6} {ls / ps:>8.2f} {lr / pr:>12.2f}   (one line / paragraphs)")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
