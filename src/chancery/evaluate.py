"""Scoring extracted mentions against gold facts, per kind (P/R/F1).

The matching rules are those of the reference scorer the held-out evaluation
uses (``shared/eval/score.py``): per document, partnership/visit/agreement
compare sets of keys; quantity, election and hosting match greedily on
value+unit, actor+body and host+event (bodies and events compared loosely);
countries compare the sets of states named.  Gold is validated first.
"""

from __future__ import annotations

import difflib
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from .errors import GoldError
from .model import KINDS

__all__ = ["evaluate", "format_table", "load_gold"]

_REQUIRED = {
    "actors": ("countries",),
    "partnership": ("a", "b", "level"),
    "visit": ("visitor_country", "host"),
    "agreement": ("parties",),
    "quantity": ("value", "unit"),
    "election": ("actor", "body"),
    "hosting": ("host", "event"),
}
_STOPWORDS = re.compile(r"\b(?:the|of|un|united nations|council|summit|forum)\b")
_UNITS = {"us$": "USD", "usd": "USD", "$": "USD", "dollar": "USD", "dollars": "USD", "%": "percent",
          "pct": "percent", "percent": "percent", "percentage": "percent", "x": "times", "times": "times",
          "fold": "times", "count": "count", "": "count", "rank": "rank", "vnd": "VND", "eur": "EUR",
          "€": "EUR"}

def _loose(s: Any) -> str:
    s = re.sub(r"^org:", "", str(s or "").lower())
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    return " ".join(_STOPWORDS.sub(" ", s).split())

def _similar(a: Any, b: Any) -> bool:
    x, y = _loose(a), _loose(b)
    if not x or not y:
        return False
    return x == y or x in y or y in x or difflib.SequenceMatcher(None, x, y).ratio() >= 0.75

def _unit(u: Any) -> str:
    u = str(u or "").strip()
    return _UNITS.get(u.lower(), u.upper() if len(u) == 3 else u.lower())

def _num_equal(x: Any, y: Any) -> bool:
    try:
        fx, fy = float(x), float(y)
    except (TypeError, ValueError):
        return False
    return abs(fx - fy) <= 1e-6 * max(1.0, abs(fx), abs(fy))

_KEYS: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "partnership": lambda f: (tuple(sorted([str(f.get("a")), str(f.get("b"))])), f.get("level")),
    "visit": lambda f: (f.get("visitor_country"), f.get("host")),
    "agreement": lambda f: tuple(sorted(map(str, f.get("parties") or []))),
}
_MATCH: dict[str, Callable[[Mapping[str, Any], Mapping[str, Any]], bool]] = {
    "quantity": lambda g, p: _num_equal(g.get("value"), p.get("value")) and _unit(g.get("unit")) == _unit(p.get("unit")),
    "election": lambda g, p: g.get("actor") == p.get("actor") and _similar(g.get("body"), p.get("body")),
    "hosting": lambda g, p: g.get("host") == p.get("host") and _similar(g.get("event"), p.get("event")),
}

def load_gold(gold_dir: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Gold facts by document, validated (a bad file raises :class:`GoldError`)."""
    gold: dict[str, list[dict[str, Any]]] = defaultdict(list)
    paths = sorted(Path(gold_dir).glob("*.jsonl"))
    if not paths:
        raise GoldError(f"{gold_dir}: no gold files (*.jsonl)", hint="pass the folder that holds one DOC.jsonl per document")
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                fact = json.loads(line)
            except json.JSONDecodeError as e:
                raise GoldError(f"{path}:{n}: bad JSON: {e.msg}") from e
            kind = fact.get("kind") if isinstance(fact, dict) else None
            if kind not in KINDS or "doc" not in fact:
                raise GoldError(f"{path}:{n}: a gold fact needs \"doc\" and a known \"kind\"")
            missing = [k for k in _REQUIRED[kind] if k not in fact]
            if missing:
                raise GoldError(f"{path}:{n}: {kind} fact lacks {', '.join(missing)}")
            gold[fact["doc"]].append(fact)
    return gold

def _greedy(golds: list[Mapping[str, Any]], preds: list[Mapping[str, Any]], match: Callable[..., bool]) -> int:
    used: set[int] = set()
    hits = 0
    for g in golds:
        for j, p in enumerate(preds):
            if j not in used and match(g, p):
                used.add(j)
                hits += 1
                break
    return hits

def evaluate(gold_dir: str | Path, predictions: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, float]]:
    """P/R/F1 per kind for contract-shaped ``predictions`` against the gold folder."""
    gold = load_gold(gold_dir)
    pred: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for p in predictions:
        if p.get("doc") in gold:
            pred[p["doc"]].append(p)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for doc, golds in gold.items():
        preds = pred.get(doc, [])
        gc = {c for f in golds if f["kind"] == "actors" for c in f.get("countries") or []}
        pc = {c for f in preds if f.get("kind") == "actors" for c in f.get("countries") or []}
        _add(counts["countries"], len(gc & pc), len(gc), len(pc))
        for kind, key in _KEYS.items():
            gk = {key(f) for f in golds if f["kind"] == kind}
            pk = {key(f) for f in preds if f.get("kind") == kind}
            _add(counts[kind], len(gk & pk), len(gk), len(pk))
        for kind, match in _MATCH.items():
            g_kind: list[Mapping[str, Any]] = [f for f in golds if f["kind"] == kind]
            p_kind: list[Mapping[str, Any]] = [f for f in preds if f.get("kind") == kind]
            _add(counts[kind], _greedy(g_kind, p_kind, match), len(g_kind), len(p_kind))
    table = {}
    for kind, (tp, ng, npred) in counts.items():
        prec = tp / npred if npred else (1.0 if ng == 0 else 0.0)
        rec = tp / ng if ng else 1.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        table[kind] = {"tp": tp, "gold": ng, "pred": npred, "p": round(prec, 3), "r": round(rec, 3), "f1": round(f1, 3)}
    return table

def _add(c: list[int], tp: int, ng: int, npred: int) -> None:
    c[0] += tp
    c[1] += ng
    c[2] += npred

def format_table(table: Mapping[str, Mapping[str, float]]) -> str:
    lines = [f"{'kind':12} {'gold':>5} {'pred':>5} {'tp':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for kind in sorted(table):
        t = table[kind]
        lines.append(f"{kind:12} {t['gold']:5} {t['pred']:5} {t['tp']:5} {t['p']:6.3f} {t['r']:6.3f} {t['f1']:6.3f}")
    return "\n".join(lines)
