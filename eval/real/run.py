#!/usr/bin/env python3
"""Score chancery on a split of the real-news set, normally and with --strict.

usage: python eval/real/run.py SPLIT [--out FILE] [--diff KIND[,KIND]] [--strict-diff]

Runs `chancery extract` (the one installed beside this Python) over texts/SPLIT/*.txt, then the
reference scorer (../shared/eval/score.py) on gold/SPLIT, normally and with --strict, and prints both
tables side by side. --diff prints, per document, the gold facts missed and the facts predicted in
excess for the given kinds (with --strict-diff under the strict key). The texts must have been
gathered first (see README.md; `manage.py check` says which are missing).
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = HERE.parents[1].parent / "shared" / "eval" / "score.py"


def _scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score", SCORER)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def extract(split: str, out: Path) -> None:
    texts = sorted((HERE / "texts" / split).glob("*.txt"))
    if not texts:
        raise SystemExit(f"no texts in {HERE / 'texts' / split}: gather them first (README.md)")
    cli = Path(sys.executable).with_name("chancery")
    with out.open("w", encoding="utf-8") as fh:
        subprocess.run([str(cli), "extract", "-q", *map(str, texts)], stdout=fh, check=False)


def _show(d: dict) -> str:  # type: ignore[type-arg]
    keep = {k: v for k, v in d.items() if k not in ("doc", "evidence", "confidence", "extractor", "cameo", "also", "note", "measure", "date")}
    return json.dumps(keep, ensure_ascii=False)


def diff(score, gold_dir: Path, pred: Path, kinds: list[str], strict: bool) -> None:  # type: ignore[no-untyped-def]
    gold = collections.defaultdict(list)
    for f in sorted(gold_dir.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                gold[d["doc"]].append(d)
    preds = collections.defaultdict(list)
    for line in pred.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        if d["doc"] in gold:
            preds[d["doc"]].append(d)
    for doc in sorted(gold):
        for kind in kinds:
            g = [f for f in gold[doc] if f["kind"] == kind]
            p = [f for f in preds[doc] if f["kind"] == kind]
            if kind in score.KEYED:
                keyf = score.KEYED[kind]
                if strict:
                    keyf = score.strict_keyed(keyf, ("year", "action") if kind == "partnership" else ("year",))
                gk = {keyf(f): f for f in g}
                pk = {keyf(f): f for f in p}
                miss = [gk[k] for k in gk if k not in pk]
                extra = [pk[k] for k in pk if k not in gk]
            else:
                fn = score.strict_matched(score.MATCHED[kind]) if strict else score.MATCHED[kind]
                used: set[int] = set()
                miss = []
                for gg in g:
                    for j, pp in enumerate(p):
                        if j not in used and fn(gg, pp):
                            used.add(j)
                            break
                    else:
                        miss.append(gg)
                extra = [pp for j, pp in enumerate(p) if j not in used]
            for m in miss:
                print(f"{doc} MISS  {_show(m)}")
            for e in extra:
                print(f"{doc} EXTRA {_show(e)}  << {e.get('evidence', {}).get('text', '')[:160]}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("split", choices=["dev", "test"])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--diff")
    ap.add_argument("--strict-diff", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    score = _scorer()
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp) / "pred.jsonl"
        extract(args.split, out)
        gold_dir = HERE / "gold" / args.split
        normal = score.score(gold_dir, out)
        strict = score.score(gold_dir, out, strict=True)
        if args.json:
            print(json.dumps({"normal": normal, "strict": strict}))
        else:
            print(f"real/{args.split}: {len(list(gold_dir.glob('*.jsonl')))} documents")
            print(f"{'kind':12} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}   {'strict P':>8} {'R':>6} {'F1':>6}")
            for kind in sorted(normal):
                n, s = normal[kind], strict[kind]
                print(f"{kind:12} {n['gold']:5} {n['pred']:5} {n['p']:6.3f} {n['r']:6.3f} {n['f1']:6.3f}   "
                      f"{s['p']:8.3f} {s['r']:6.3f} {s['f1']:6.3f}")
        if args.diff:
            diff(score, gold_dir, out, args.diff.split(","), args.strict_diff)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
