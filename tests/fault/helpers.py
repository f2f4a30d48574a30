"""What the fault-injection tests share: a generated corpus of our own, database snapshots that
compare two runs, and the ``chancery`` command run as a real process.

The corpus is generated from templates written for these tests (no third-party text): articles
about many pairs of countries, a syndicated near-copy of some of them (a sentence changed and a
credit line added), an exact copy under another name, and two files with one name in different
folders.  ``split`` cuts it into parts for concurrent writers; copies never straddle the parts
except near-copies, which is what makes the order of writes matter for linking.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

CHANCERY = [str(Path(sys.executable).parent / "chancery")]  # the installed command of this environment

STATES = ["Vietnam", "Japan", "Australia", "India", "Brazil", "Kenya", "Norway", "Indonesia", "Chile", "Canada",
          "Mexico", "Egypt", "Poland", "Ghana", "Peru", "Malaysia", "Morocco", "Finland", "Senegal", "Mongolia"]
LEVELS = ["a comprehensive strategic partnership", "a strategic partnership", "a comprehensive partnership"]
TOPICS = ["trade", "education", "energy", "fisheries", "health care", "digital transformation", "logistics",
          "tourism", "agriculture", "climate resilience", "water management", "space research"]
CITIES = {"Vietnam": "Hanoi", "Japan": "Tokyo", "Australia": "Canberra", "India": "New Delhi", "Brazil": "Brasilia",
          "Kenya": "Nairobi", "Norway": "Oslo", "Indonesia": "Jakarta", "Chile": "Santiago", "Canada": "Ottawa",
          "Mexico": "Mexico City", "Egypt": "Cairo", "Poland": "Warsaw", "Ghana": "Accra", "Peru": "Lima",
          "Malaysia": "Kuala Lumpur", "Morocco": "Rabat", "Finland": "Helsinki", "Senegal": "Dakar",
          "Mongolia": "Ulaanbaatar"}


def article(rng: random.Random, a: str, b: str, year: int) -> str:
    """A short article of our own about ``a`` and ``b`` (eight to eleven sentences)."""
    topics = rng.sample(TOPICS, 6)
    lines = [
        f"{a} and {b} deepen ties",
        f"{a} and {b} upgraded their relations to {rng.choice(LEVELS)} in {year}, officials in {CITIES[a]} said.",
        f"The two sides signed {rng.randint(2, 9)} agreements on {topics[0]} and {topics[1]} during the talks.",
        f"Two-way trade between {a} and {b} reached US${rng.randint(2, 40)} billion in {year - 1}.",
        f"Ministers of both countries agreed to expand cooperation in {topics[2]}, {topics[3]} and {topics[4]}.",
        f"A joint committee on {topics[5]} will meet in {CITIES[b]} every year, the statement added.",
        f"Business groups from {a} welcomed the decision and said investment would follow within months.",
        f"Officials described the meeting as frank and productive, with a wide agenda on {topics[1]}.",
    ]
    for _ in range(rng.randint(0, 3)):
        t = rng.choice(TOPICS)
        lines.append(f"Experts noted that cooperation on {t} between {a} and {b} had grown for several years.")
    return "\n".join(lines) + "\n"


def near_copy(text: str) -> str:
    """A syndicated copy: one sentence reworded and a credit line added."""
    lines = text.split("\n")
    lines[6] = lines[6].replace("welcomed the decision", "praised the move")
    return "\n".join(lines) + "Reprinted with permission of the original publisher.\n"


def make_corpus(root: Path, *, n: int = 24, seed: int = 10) -> dict[str, list[Path]]:
    """Write the corpus under ``root``; returns its files by part (``x``, ``y``, ``z``).

    Part ``x`` holds an exact copy of one of its own articles and two ``report.txt`` files in
    different folders; near-copies of ``x`` and ``z`` articles are in ``y``.
    """
    rng = random.Random(seed)
    parts: dict[str, list[Path]] = {"x": [], "y": [], "z": []}
    texts: dict[str, list[str]] = {"x": [], "y": [], "z": []}
    for i in range(n):
        part = "xyz"[i % 3]
        a, b = rng.sample(STATES, 2)
        text = article(rng, a, b, rng.randint(2009, 2025))
        path = root / part / f"{part}{i:03d}-{a.lower()}-{b.lower()}.txt"
        parts[part].append(_write(path, text))
        texts[part].append(text)
    for k, source in enumerate(texts["x"][:3] + texts["z"][:2]):  # near-copies in y of x and z articles
        parts["y"].append(_write(root / "y" / f"syndicated-{k}.txt", near_copy(source)))
    parts["x"].append(_write(root / "x" / "copy-of-first.txt", texts["x"][0]))
    parts["x"].append(_write(root / "x" / "a" / "report.txt", article(rng, "Vietnam", "Chile", 2024)))
    parts["x"].append(_write(root / "x" / "b" / "report.txt", article(rng, "Kenya", "Peru", 2023)))
    return parts


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def write_config(path: Path, **settings: Any) -> Path:
    lines = [f"{k} = {json.dumps(v)}" for k, v in settings.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_chancery(*args: str, timeout: float = 300, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CHANCERY, *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def start_chancery(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([*CHANCERY, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def kill9(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)


def count_documents(db: Path) -> int:
    """Documents committed so far (0 while the file or the table does not exist yet)."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


def wait_until(predicate: Any, timeout: float = 120, step: float = 0.01) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return False


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def snapshot(db: Path) -> dict[str, Any]:
    """Everything an ingest decides, without what depends on timing (ingest time, row ids)."""
    with sqlite3.connect(db) as conn:
        q = conn.execute
        out: dict[str, Any] = {
            "documents": sorted(q("SELECT id, content_hash, title, published, source, duplicate_of, similarity,"
                                  " signature FROM documents").fetchall()),
            "mentions": sorted(q("SELECT doc_id, kind, args, ev_start, ev_end, confidence, extractor, year"
                                 " FROM mentions").fetchall()),
            "actors": sorted(q("SELECT m.doc_id, m.kind, m.args, m.ev_start, a.actor FROM mention_actors a"
                               " JOIN mentions m ON m.id = a.mention_id").fetchall()),
            "sentences": sorted(q("SELECT doc_id, s_start, s_end, text FROM sentence_search").fetchall()),
            "bands": sorted(q("SELECT band, key, doc_id FROM near_bands").fetchall()),
            "migrations": sorted(r[0] for r in q("SELECT name FROM _migrations")),
        }
    out["corroboration"] = corroboration(db)
    return out


def corroboration(db: Path) -> int:
    """The summed corroboration of every resolved fact (syndicated copies folded in)."""
    from chancery.resolve import knowledge_base
    from chancery.store.database import Database

    with Database(db) as database:
        return sum(f.corroboration for f in knowledge_base(database))


def links(db: Path) -> dict[str, str | None]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT id, duplicate_of FROM documents").fetchall())
