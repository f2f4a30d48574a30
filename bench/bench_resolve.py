"""Resolution is linear in the number of mentions: time and peak memory at 10k, 100k and 1M.

    .venv/bin/python bench/bench_resolve.py [--sizes 10000 100000 1000000] [--seed 7]

Each size runs in its own process.  The process generates N synthetic mentions in memory (as
:class:`chancery.resolve.Source` objects) with realistic key distributions:

* kinds in the proportions of real diplomatic news (quantity 40%, partnership 25%, visit 15%,
  hosting 8%, agreement 7%, election 5%);
* actors drawn from ~200 states with a Zipf-like skew (a few countries dominate the news);
  partnership levels with "established" (with a year) and "mentioned" (no year) actions;
* quantity measure labels from many phrasings of a dozen measures plus vague labels
  ("countries") with their clause; values with qualifiers; about a third without a year;
* event names with ordinals and years ("the 4th P4G Summit 2025"); visitors with and without
  names; elections with and without terms;
* 20,000 documents over 10 outlets, 10% of them near-duplicates of another;
* every quantity sentence carries its own figure, so most sentences are unique (the normaliser's
  cache does not make the benchmark look better than real data).

It then times :func:`chancery.resolve.resolve` alone, with the normalisers' caches emptied first,
and reports: generation time, resolution time, microseconds per mention, facts produced, peak
RSS of the process after generation + resolution (the input mentions included) and
tracemalloc's peak for a second resolution (what resolving allocates, the input aside).  The last column is
the per-mention time relative to the smallest size: close to 1.0 means linear.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from chancery.model import Evidence, Mention
from chancery.resolve import resolve
from chancery.resolve.facts import Source
from chancery.resolve.normalise import _label_only, normalise_event, normalise_measure

LEVELS = ["comprehensive_strategic_partnership", "strategic_partnership", "comprehensive_partnership",
          "special_relationship", "other"]
MEASURES = [
    ("remittances", "USD"), ("remittance inflow", "USD"), ("remittances sent home", "USD"),
    ("export turnover", "USD"), ("exports", "USD"), ("two-way trade", "USD"), ("bilateral trade turnover", "USD"),
    ("FDI inflows", "USD"), ("foreign direct investment", "USD"), ("GDP growth", "percent"),
    ("partners at comprehensive partnership level or higher", "count"),
    ("partners with which it upgraded relations", "count"), ("tourist arrivals", "count"),
    ("cooperation agreements signed", "count"), ("countries", "count"), ("multiplier", "times"),
]
EVENTS = ["P4G Summit", "the {n}th P4G Summit", "ASEAN Summit", "the {n}th ASEAN Summit", "ASEAN Future Forum {y}",
          "APEC Economic Leaders' Week", "the {y} World Cultural Festival", "Mekong-Lancang Leaders' Meeting",
          "the {n}th East Asia Summit", "UN Ocean Conference"]
QUALIFIERS = ["exact", "exact", "over", "nearly", "about"]
OUTLETS = ["VNA", "VOV", "Reuters", "AP", "AFP", "Xinhua", "Nikkei", "The Diplomat", "Tuoi Tre", "VnExpress"]
PEOPLE = ["To Lam", "Pham Minh Chinh", "Anthony Albanese", "Xi Jinping", "Emmanuel Macron", "Keir Starmer", None]


def _states(rng: random.Random) -> list[str]:
    codes = [a + b + c for a in "ABCDEFGHIJ" for b in "KLMNO" for c in "PQRS"][:200]
    rng.shuffle(codes)
    return codes


def generate(n: int, seed: int) -> list[Source]:
    rng = random.Random(seed)
    states = _states(rng)
    weights = [1 / (i + 1) ** 0.8 for i in range(len(states))]
    docs = [f"d{i}" for i in range(20000)]
    doc_meta = {}
    for i, d in enumerate(docs):
        original = docs[rng.randrange(i)] if i and rng.random() < 0.1 else d
        doc_meta[d] = (OUTLETS[i % len(OUTLETS)], date(2009 + i % 17, 1 + i % 12, 1 + i % 28), original)
    kinds = rng.choices(["quantity", "partnership", "visit", "hosting", "agreement", "election"],
                        weights=[40, 25, 15, 8, 7, 5], k=n)
    out: list[Source] = []
    for i, kind in enumerate(kinds):
        a, b = rng.choices(states, weights=weights, k=2)
        year = rng.randrange(2009, 2026)
        doc = docs[rng.randrange(len(docs))]
        if kind == "partnership":
            established = rng.random() < 0.4
            fields = {"a": min(a, b), "b": max(a, b), "level": rng.choice(LEVELS),
                      "label": "all-weather strategic cooperative partnership" if rng.random() < 0.05 else None,
                      "action": "established" if established else "mentioned", "year": year if established else None}
            sentence = f"{a} and {b} set up a partnership in {year}."
        elif kind == "quantity":
            measure, unit = rng.choice(MEASURES)
            value = round(rng.uniform(1, 50), 1) * (1e9 if unit == "USD" else 1)
            text = f"US${value / 1e9:g} billion" if unit == "USD" else f"{value:g} {measure}"
            sentence = f"{a} reported {text} in {year}, officials said."
            fields = {"subject": a, "measure": measure, "value": value, "unit": unit,
                      "qualifier": rng.choice(QUALIFIERS), "year": year if rng.random() < 0.67 else None, "text": text}
        elif kind == "visit":
            fields = {"visitor_country": a, "host": b, "visitor": rng.choice(PEOPLE), "year": year}
            sentence = f"A leader of {a} visited {b} in {year}."
        elif kind == "hosting":
            event = rng.choice(EVENTS).format(n=rng.randrange(1, 50), y=year)
            fields = {"host": a, "event": event, "year": year if rng.random() < 0.8 else None}
            sentence = f"{a} hosted {event}."
        elif kind == "agreement":
            fields = {"parties": sorted({a, b}), "count": rng.choice([None, 2, 3, 5]), "year": year}
            sentence = f"{a} and {b} signed agreements in {year}."
        else:
            fields = {"actor": a, "body": rng.choice(["ORG:UNHRC", "ORG:UNSC", "ORG:UNESCO"]),
                      "term": f"{year + 1}-{year + 3}" if rng.random() < 0.7 else None}
            sentence = f"{a} was elected in {year}."
        mention = Mention.build(doc=doc, kind=kind, fields=fields, evidence=Evidence(0, len(sentence), sentence),
                                confidence=0.9, extractor="bench", version="1")
        outlet, published, original = doc_meta[doc]
        out.append(Source(mention, outlet, published, None, original))
    return out


def child(n: int, seed: int) -> dict[str, float]:
    t0 = time.perf_counter()
    sources = generate(n, seed)
    t1 = time.perf_counter()
    _cold()
    t2 = time.perf_counter()
    kb = resolve(sources)  # timed, untraced (tracemalloc slows allocation down), cold caches
    t3 = time.perf_counter()
    facts = len(kb)
    del kb
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    _cold()
    tracemalloc.start()
    resolve(sources)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"n": n, "generate_s": t1 - t0, "resolve_s": t3 - t2, "facts": facts,
            "peak_rss_mb": rss_kb / 1024, "resolve_peak_mb": traced_peak / 2**20}


def _cold() -> None:
    """Empty the normalisers' caches so every size starts as real data would."""
    normalise_measure.cache_clear()
    normalise_event.cache_clear()
    _label_only.cache_clear()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.seed)))
        return
    rows = []
    for n in args.sizes:
        proc = subprocess.run([sys.executable, __file__, "--child", str(n), "--seed", str(args.seed)],
                              capture_output=True, text=True, check=True)
        rows.append(json.loads(proc.stdout))
    base = rows[0]["resolve_s"] / rows[0]["n"]
    print(f"{'mentions':>10} {'facts':>9} {'generate s':>11} {'resolve s':>10} {'us/mention':>11} "
          f"{'peak RSS MB':>12} {'resolve peak MB':>16} {'ratio':>6}")
    for r in rows:
        per = r["resolve_s"] / r["n"]
        print(f"{r['n']:>10,} {r['facts']:>9,} {r['generate_s']:>11.2f} {r['resolve_s']:>10.2f} {per * 1e6:>11.2f} "
              f"{r['peak_rss_mb']:>12.0f} {r['resolve_peak_mb']:>16.1f} {per / base:>6.2f}")


if __name__ == "__main__":
    main()
