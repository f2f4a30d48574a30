"""Latency of the web app under load: the country page and a sentence search, at 10k and 100k mentions.

    .venv/bin/python bench/bench_api.py [--sizes 10000 100000] [--requests 300] [--concurrency 4]

For each size N: builds a database of N synthetic mentions in synthetic documents (10 mentions per
document, written directly with Database.add, so the FTS5 sentence index is filled the same way as on
ingest), starts ``chancery serve``'s app with uvicorn in one process on loopback, and drives it from a
second process (an httpx load client with ``--concurrency`` threads) with ``--requests`` requests per
endpoint after a warm-up.  Prints the first (cold) request's latency, then p50/p99/mean latency (ms)
and requests/s per endpoint under load.  Answers that need resolution (country views, fact lists) are
remembered by the app until the database changes, so "first" is the cost of resolving and p50/p99 the
steady state between ingests.

Synthetic corpus: documents about pairs of 40 countries (Vietnam in about 1 document in 10), each
with partnership, visit, quantity and agreement mentions whose evidence is a real sentence of the
document; words are drawn from a small vocabulary so searches match many sentences.  Databases are
kept under bench/out/ (gitignored) and reused when present.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"

COUNTRIES = ["VNM", "USA", "GBR", "FRA", "DEU", "JPN", "KOR", "CHN", "IND", "AUS", "IDN", "THA", "MYS", "SGP",
             "PHL", "LAO", "KHM", "RUS", "BRA", "ZAF", "NZL", "CAN", "ITA", "ESP", "NLD", "SWE", "NOR", "POL",
             "TUR", "SAU", "ARE", "EGY", "NGA", "KEN", "MEX", "ARG", "CHL", "PER", "CZE", "HUN"]
NAMES = {"VNM": "Vietnam", "USA": "the United States", "GBR": "the United Kingdom", "FRA": "France",
         "DEU": "Germany", "JPN": "Japan", "KOR": "South Korea", "CHN": "China", "IND": "India", "AUS": "Australia"}
LEVELS = ["comprehensive_strategic_partnership", "strategic_partnership", "comprehensive_partnership", "other"]
QUALIFIERS = [f"{a}{b}" for a in ("pro", "re", "co", "inter", "trans", "multi", "sub", "post", "pre", "counter")
              for b in ("gram", "form", "port", "ject", "sign", "mote", "pose", "sult", "tain", "vert",
                        "plan", "fund", "mark", "path", "line", "scale", "frame", "wave", "link", "zone")]
WORDS = ["trade", "investment", "cooperation", "security", "defence", "energy", "climate", "education", "tourism", "technology", "digital", "maritime", "agriculture", "health", "culture", "logistics", "finance", "infrastructure", "talks", "summit"]

SERVER = """
import sys, uvicorn
from chancery.web.app import create_app
uvicorn.run(create_app(sys.argv[1]), host="127.0.0.1", port=int(sys.argv[2]), log_level="warning")
"""

CLIENT = """
import json, sys, threading, time, httpx
base, path, n, conc, warm = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
with httpx.Client(base_url=base, timeout=120) as c:
    t = time.perf_counter()
    c.get(path).raise_for_status()
    first = time.perf_counter() - t
    for _ in range(warm):
        c.get(path).raise_for_status()
lat, errors, lock = [], [], threading.Lock()
todo = iter(range(n))
def worker():
    with httpx.Client(base_url=base, timeout=120) as c:
        while True:
            with lock:
                if next(todo, None) is None:
                    return
            t = time.perf_counter()
            r = c.get(path)
            dt = time.perf_counter() - t
            with lock:
                (lat if r.status_code == 200 else errors).append(dt if r.status_code == 200 else r.status_code)
t0 = time.perf_counter()
threads = [threading.Thread(target=worker) for _ in range(conc)]
[t.start() for t in threads]
[t.join() for t in threads]
print(json.dumps({"latencies": lat, "errors": errors, "wall": time.perf_counter() - t0, "first": first}))
"""


def build(path: Path, mentions: int, *, seed: int = 7) -> None:
    from chancery.model import Document, Evidence, Mention
    from chancery.store.database import Database

    rng = random.Random(seed)
    per_doc = 10
    with Database(path) as db:
        for i in range(mentions // per_doc):
            a = "VNM" if rng.random() < 0.1 else rng.choice(COUNTRIES[1:])
            b = rng.choice([c for c in COUNTRIES if c != a])
            na, nb = NAMES.get(a, a), NAMES.get(b, b)
            sentences, made = [], []
            text = f"Synthetic report {i} on {na} and {nb}\n"
            for j in range(per_doc):
                year = rng.randint(2005, 2026)
                # topic words, each with one of many qualifiers, so that sentences of one template
                # differ as news sentences do (from a 20-word pool they were near-copies of each other)
                filler = " ".join(f"{rng.choice(WORDS)} {rng.choice(QUALIFIERS)}" for _ in range(6))
                kind = ("partnership", "visit", "quantity", "agreement")[j % 4]
                if kind == "partnership":
                    level = rng.choice(LEVELS)
                    s = f"{na} and {nb} upgraded ties to a {level.replace('_', ' ')} in {year}, with {filler}."
                    fields = {"a": min(a, b), "b": max(a, b), "level": level, "label": "enhanced partnership"
                              if level == "other" else None, "action": rng.choice(["established", "mentioned"])}
                    fields["year"] = year if fields["action"] == "established" else None
                elif kind == "visit":
                    s = f"The leader of {na} paid a state visit to {nb} in {year} to discuss {filler}."
                    fields = {"visitor_country": a, "host": b, "visitor": None, "year": year}
                elif kind == "quantity":
                    value = rng.randint(1, 200) * 1_000_000_000
                    s = f"Two-way trade between {na} and {nb} reached US${value // 10**9} billion in {year} amid {filler}."
                    fields = {"subject": None, "measure": "two-way trade", "value": value, "unit": "USD",
                              "qualifier": "exact", "year": year, "text": f"US${value // 10**9} billion"}
                else:
                    s = f"{na} and {nb} signed {rng.randint(2, 30)} agreements in {year} covering {filler}."
                    fields = {"parties": sorted([a, b]), "count": None, "year": year}
                start = len(text)
                text += s + " "
                sentences.append(s)
                made.append((kind, fields, start, start + len(s)))
            doc = Document(id=f"synthetic-{i:06d}", text=text, title=f"Synthetic report {i}",
                           outlet=f"Outlet {rng.randint(1, 25)}", content_hash=f"bench-{seed}-{i}")
            ms = [Mention.build(doc=doc.id, kind=k, fields=f, evidence=Evidence(s0, s1, text[s0:s1]),
                                confidence=0.9, extractor="bench", version="1") for k, f, s0, s1 in made]
            db.add(doc, ms)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_up(base: str, proc: subprocess.Popen[bytes], timeout: float = 120) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("the server exited")
        try:
            httpx.get(base + "/api/v1", timeout=2)
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError("the server did not start")


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--requests", type=int, default=300)
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--warmup", type=int, default=5)
    args = ap.parse_args()
    OUT.mkdir(exist_ok=True)
    endpoints = [
        ("country page", "/countries/VNM"),
        ("partners API", "/api/v1/countries/VNM/partners"),
        ("search", "/api/v1/search?q=strategic+partnership+trade&limit=20"),
        ("search page", "/search?q=viet+nam+visit"),
    ]
    print(f"{'mentions':>9}  {'endpoint':<14} {'first ms':>9} {'p50 ms':>8} {'p99 ms':>8} {'mean ms':>8} {'req/s':>7}  errors")
    results = []
    for size in args.sizes:
        path = OUT / f"api-{size}.db"
        if not path.exists():
            t = time.perf_counter()
            build(path, size)
            print(f"# built {path.name}: {size} mentions in {time.perf_counter() - t:.0f}s", file=sys.stderr)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen([sys.executable, "-c", SERVER, str(path), str(port)])
        try:
            wait_up(base, server)
            for label, url in endpoints:
                out = subprocess.run([sys.executable, "-c", CLIENT, base, url, str(args.requests),
                                      str(args.concurrency), str(args.warmup)],
                                     check=True, capture_output=True, text=True).stdout
                r = json.loads(out)
                lat = [x * 1000 for x in r["latencies"]]
                row = {"mentions": size, "endpoint": label, "url": url, "first_ms": round(r["first"] * 1000, 1),
                       "p50_ms": round(pct(lat, 50), 1),
                       "p99_ms": round(pct(lat, 99), 1), "mean_ms": round(sum(lat) / len(lat), 1),
                       "rps": round(len(lat) / r["wall"], 1), "errors": len(r["errors"])}
                results.append(row)
                print(f"{size:>9}  {label:<14} {row['first_ms']:>9} {row['p50_ms']:>8} {row['p99_ms']:>8} {row['mean_ms']:>8}"
                      f" {row['rps']:>7}  {row['errors']}", flush=True)
        finally:
            server.terminate()
            server.wait(timeout=10)
    (OUT / "bench_api.json").write_text(json.dumps({"concurrency": args.concurrency, "requests": args.requests,
                                                    "cpus": os.cpu_count(), "results": results}, indent=1))


if __name__ == "__main__":
    main()
