"""Near-duplicate detection on the project's labelled pairs (tests/data/syndication).

Prints the similarity of every pair (the coverage of chancery.ingest.dedup), the lowest copy and
the highest independent pair, the threshold range that separates them and the threshold in use;
then the same for document-level word 5-shingle Jaccard (the previous method) for comparison,
and how fast signatures are made.

    .venv/bin/python bench/bench_dedup.py
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from chancery.ingest.dedup import DEFAULT_THRESHOLD, shingle_signature, text_similarity  # noqa: E402
from tests.syndication_pairs import pairs  # noqa: E402

_WORD = re.compile(r"[^\W_]+")


def shingle_jaccard(a: str, b: str, k: int = 5) -> float:
    def grams(t: str) -> set[str]:
        w = _WORD.findall(t.lower())
        return {" ".join(w[i:i + k]) for i in range(max(1, len(w) - k + 1))}

    x, y = grams(a), grams(b)
    return len(x & y) / len(x | y)


def report(name: str, score: object) -> tuple[float, float]:
    rows = [(label, pair, score(a, b)) for pair, label, a, b in pairs()]  # type: ignore[operator]
    rows.sort(key=lambda r: (r[0], r[2]))
    print(f"\n{name}")
    for label, pair, s in rows:
        print(f"  {label:<12} {pair:<36} {s:.3f}")
    low = min(s for label, _, s in rows if label == "copy")
    high = max(s for label, _, s in rows if label == "independent")
    print(f"  lowest copy {low:.3f}, highest independent {high:.3f}: "
          + (f"any threshold in ({high:.3f}, {low:.3f}] separates them" if low > high else "no threshold separates them"))
    return low, high


def main() -> None:
    n = len(pairs())
    copies = sum(1 for p in pairs() if p[1] == "copy")
    print(f"{n} labelled pairs: {copies} copies, {n - copies} independent")
    report("sentence coverage (chancery.ingest.dedup)", text_similarity)
    print(f"  threshold in use: {DEFAULT_THRESHOLD}")
    report("document word 5-shingle Jaccard (previous method)", shingle_jaccard)
    texts = [a for _, _, a, _ in pairs()] * 20
    started = time.perf_counter()
    for t in texts:
        shingle_signature(t)
    elapsed = time.perf_counter() - started
    print(f"\nsignatures: {len(texts) / elapsed:,.0f} documents/s ({len(texts)} documents)")


if __name__ == "__main__":
    main()
