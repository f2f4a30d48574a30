#!/usr/bin/env python3
"""Keep the real-news evaluation set (eval/real) in order.

The excerpt texts are third-party text: they live in the ignored folder eval/real/texts/<split>/ and
never enter the repository. What is committed is index.jsonl (one row per excerpt: id, url, query,
split, outlet, topic, sha256, bytes) and the gold facts in gold/<split>/<id>.jsonl.

usage:
  manage.py new URL                 print the id, split and paths an excerpt from URL gets
                                    (refuses excluded and already indexed urls)
  manage.py register ID --url URL --query Q --topic vietnam|other
                                    record texts/<split>/ID.txt (already written) in index.jsonl
  manage.py check                   which indexed texts are missing or differ from their sha256
  manage.py validate                gold lines: fields per kind, codes, quantity text in the excerpt
  manage.py stats                   documents, outlets, topics and gold facts per split and kind
  manage.py files SPLIT             the text paths of a split (for `chancery extract`)
"""

from __future__ import annotations

import argparse
import collections
import fcntl
import hashlib
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
INDEX = HERE / "index.jsonl"
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
EXCLUDED = ROOT.parent / "shared" / "eval" / "excluded_urls.txt"
GAZETTEER = ROOT / "src" / "chancery" / "data" / "gazetteer"
SPLITS = ("dev", "test")

FIELDS = {
    "actors": {"countries", "orgs"},
    "partnership": {"a", "b", "level", "action", "year"},
    "visit": {"visitor_country", "host", "visitor", "year"},
    "agreement": {"parties", "count", "year"},
    "quantity": {"subject", "measure", "value", "unit", "qualifier", "year", "text"},
    "election": {"actor", "body", "term"},
    "hosting": {"host", "event", "year"},
}
LEVELS = {"comprehensive_strategic_partnership", "strategic_partnership", "comprehensive_partnership",
          "special_relationship", "other"}
UNITS_FIXED = {"USD", "percent", "count", "times", "rank", "top_n", "places"}
QUALIFIERS = {"over", "nearly", "about", "exact"}


def norm_url(url: str) -> str:
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}{'?' + parts.query if parts.query else ''}"


def outlet_of(url: str) -> str:
    return urlsplit(url).netloc.lower().removeprefix("www.")


def doc_id(url: str) -> str:
    return "real_" + hashlib.sha256(url.strip().encode("utf-8")).hexdigest()[:10]


def split_of(url: str) -> str:
    return SPLITS[int(hashlib.sha256(("split:" + url.strip()).encode("utf-8")).hexdigest(), 16) % 2]


def load_index() -> list[dict]:
    if not INDEX.exists():
        return []
    return [json.loads(line) for line in INDEX.read_text(encoding="utf-8").splitlines() if line.strip()]


def excluded() -> set[str]:
    if not EXCLUDED.exists():
        return set()
    return {norm_url(line) for line in EXCLUDED.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def codes() -> tuple[set[str], set[str]]:
    states, orgs = set(), set()
    for line in (GAZETTEER / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and not line.startswith("code\t"):
            states.add(line.split("\t")[0])
    for line in (GAZETTEER / "orgs.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and not line.startswith("id\t"):
            orgs.add(line.split("\t")[0])
    return states, orgs


def text_path(row: dict) -> Path:
    return TEXTS / row["split"] / f"{row['id']}.txt"


def cmd_new(args: argparse.Namespace) -> int:
    url = args.url
    if norm_url(url) in excluded():
        print(f"refused: {url} is in ../shared/eval/excluded_urls.txt (kept for an independent check)")
        return 1
    known = {norm_url(r["url"]): r for r in load_index()}
    if norm_url(url) in known:
        print(f"refused: already indexed as {known[norm_url(url)]['id']}")
        return 1
    i, s = doc_id(url), split_of(url)
    print(json.dumps({"id": i, "split": s, "outlet": outlet_of(url),
                      "text": str(TEXTS / s / f"{i}.txt"), "gold": str(GOLD / s / f"{i}.jsonl")}))
    return 0


def cmd_register(args: argparse.Namespace) -> int:
    url = args.url
    if args.id != doc_id(url):
        print(f"error: {args.id} is not the id of {url} ({doc_id(url)})")
        return 1
    if norm_url(url) in excluded():
        print(f"refused: {url} is excluded")
        return 1
    row = {"id": args.id, "url": url, "query": args.query, "split": split_of(url), "outlet": outlet_of(url),
           "topic": args.topic}
    path = text_path(row)
    if not path.exists():
        print(f"error: write the excerpt to {path} first")
        return 1
    data = path.read_bytes()
    row["sha256"] = hashlib.sha256(data).hexdigest()
    row["bytes"] = len(data)
    INDEX.touch()
    with INDEX.open("r+", encoding="utf-8") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        rows = [json.loads(line) for line in fh.read().splitlines() if line.strip()]
        rows = [r for r in rows if r["id"] != row["id"]] + [row]
        rows.sort(key=lambda r: r["id"])
        fh.seek(0)
        fh.truncate()
        fh.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    print(json.dumps(row))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    missing, differ, ok = [], [], 0
    for row in load_index():
        path = text_path(row)
        if not path.exists():
            missing.append(row)
        elif hashlib.sha256(path.read_bytes()).hexdigest() != row["sha256"]:
            differ.append(row)
        else:
            ok += 1
    for row in missing:
        print(f"missing: {text_path(row)}  (url {row['url']}, query {row['query']!r})")
    for row in differ:
        print(f"differs: {text_path(row)}  (sha256 is not the indexed one; gather it again)")
    print(f"{ok} present and identical, {len(missing)} missing, {len(differ)} differ")
    return 1 if missing or differ else 0


def _validate_line(fact: dict, text: str, states: set[str], orgs: set[str]) -> list[str]:
    kind = fact.get("kind")
    if kind not in FIELDS:
        return [f"unknown kind {kind!r}"]
    errs = [f"missing field {f!r}" for f in FIELDS[kind] if f not in fact and not (kind == "partnership" and f == "label")]
    actor_ok = lambda a: a in states or a in orgs or (isinstance(a, str) and a.startswith("ORG:"))  # noqa: E731
    if kind == "actors":
        errs += [f"unknown state {c}" for c in fact.get("countries", []) if c not in states]
        errs += [f"not an ORG id {o}" for o in fact.get("orgs", []) if not str(o).startswith("ORG:")]
        if fact.get("countries") != sorted(fact.get("countries", [])):
            errs.append("countries not sorted")
    elif kind == "partnership":
        if fact.get("level") not in LEVELS:
            errs.append(f"bad level {fact.get('level')}")
        if fact.get("level") == "other" and not fact.get("label"):
            errs.append("level other needs a label")
        if fact.get("action") not in ("established", "mentioned"):
            errs.append(f"bad action {fact.get('action')}")
        if fact.get("action") == "mentioned" and fact.get("year") is not None:
            errs.append("a mentioned partnership has year null")
        if [fact.get("a"), fact.get("b")] != sorted([str(fact.get("a")), str(fact.get("b"))]):
            errs.append("a, b not sorted")
        errs += [f"unknown actor {x}" for x in (fact.get("a"), fact.get("b")) if not actor_ok(x)]
    elif kind == "visit":
        errs += [f"unknown actor {x}" for x in (fact.get("visitor_country"), fact.get("host")) if not actor_ok(x)]
    elif kind == "agreement":
        parties = fact.get("parties") or []
        if parties != sorted(parties) or len(parties) < 2:
            errs.append("parties: at least two, sorted")
        errs += [f"unknown actor {x}" for x in parties if not actor_ok(x)]
    elif kind == "quantity":
        if not isinstance(fact.get("value"), (int, float)):
            errs.append("value is not a number")
        unit = fact.get("unit")
        if unit not in UNITS_FIXED and not re.fullmatch(r"[A-Z]{3}", str(unit)):
            errs.append(f"bad unit {unit}")
        if fact.get("qualifier") not in QUALIFIERS:
            errs.append(f"bad qualifier {fact.get('qualifier')}")
        if fact.get("text") and fact["text"] not in text:
            errs.append(f"text {fact['text']!r} is not in the excerpt")
    elif kind == "election":
        if "year" in fact:
            errs.append("election has no year field in the contract")
    elif kind == "hosting":
        if not actor_ok(fact.get("host")):
            errs.append(f"unknown host {fact.get('host')}")
    year = fact.get("year")
    if year is not None and not (isinstance(year, int) and 1900 <= year <= 2100):
        errs.append(f"bad year {year}")
    return errs


def cmd_validate(args: argparse.Namespace) -> int:
    states, orgs = codes()
    n_err = 0
    rows = {r["id"]: r for r in load_index()}
    for split in SPLITS:
        if args.split and split != args.split:
            continue
        for path in sorted((GOLD / split).glob("*.jsonl")):
            row = rows.get(path.stem)
            if row is None or row["split"] != split:
                print(f"{path}: not in index.jsonl under split {split}")
                n_err += 1
                continue
            tpath = text_path(row)
            text = tpath.read_text(encoding="utf-8") if tpath.exists() else ""
            facts = []
            for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    fact = json.loads(line)
                except json.JSONDecodeError as e:
                    print(f"{path}:{i}: bad JSON: {e}")
                    n_err += 1
                    continue
                if fact.get("doc") != path.stem:
                    print(f"{path}:{i}: doc {fact.get('doc')!r} is not {path.stem!r}")
                    n_err += 1
                for e in _validate_line(fact, text, states, orgs):
                    print(f"{path}:{i}: {e}")
                    n_err += 1
                facts.append(fact)
            actors = [f for f in facts if f.get("kind") == "actors"]
            if len(actors) != 1:
                print(f"{path}: needs exactly one actors line (has {len(actors)})")
                n_err += 1
        for row in rows.values():
            if row["split"] == split and not (GOLD / split / f"{row['id']}.jsonl").exists():
                print(f"{row['id']}: indexed under {split} but has no gold file")
                n_err += 1
    print(f"{n_err} problems")
    return 1 if n_err else 0


def cmd_stats(args: argparse.Namespace) -> int:
    rows = load_index()
    for split in SPLITS + ("all",):
        sel = [r for r in rows if split == "all" or r["split"] == split]
        kinds: collections.Counter[str] = collections.Counter()
        for r in sel:
            path = GOLD / r["split"] / f"{r['id']}.jsonl"
            if path.exists():
                for line in path.read_text(encoding="utf-8").splitlines():
                    if line.strip():
                        f = json.loads(line)
                        if f["kind"] == "actors":
                            kinds["countries"] += len(f.get("countries", []))
                        else:
                            kinds[f["kind"]] += 1
        topics = collections.Counter(r["topic"] for r in sel)
        outlets = len({r["outlet"] for r in sel})
        print(f"{split:5} docs {len(sel):4}  outlets {outlets:3}  topics {dict(topics)}  facts {dict(sorted(kinds.items()))}")
    return 0


def cmd_files(args: argparse.Namespace) -> int:
    for row in load_index():
        if row["split"] == args.split:
            print(text_path(row))
    return 0


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("new")
    s.add_argument("url")
    s = sub.add_parser("register")
    s.add_argument("id")
    s.add_argument("--url", required=True)
    s.add_argument("--query", required=True)
    s.add_argument("--topic", required=True, choices=["vietnam", "other"])
    sub.add_parser("check")
    s = sub.add_parser("validate")
    s.add_argument("--split", choices=SPLITS)
    sub.add_parser("stats")
    s = sub.add_parser("files")
    s.add_argument("split", choices=SPLITS)
    args = p.parse_args(argv)
    return {"new": cmd_new, "register": cmd_register, "check": cmd_check, "validate": cmd_validate,
            "stats": cmd_stats, "files": cmd_files}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
