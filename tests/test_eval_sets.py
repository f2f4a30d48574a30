"""Quality gates on the project's own evaluation sets (eval/dev, eval/test, eval/holdout).

Each set was written for the project, with gold, by someone who had not read the extractors.  The
floors in tests/floors_sets.json are pinned with a hash of the set; raising a floor is fine,
lowering one needs a written reason in the commit message.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from chancery.api import extract
from chancery.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads(Path(__file__).with_name("floors_sets.json").read_text(encoding="utf-8"))


def _hash(folder: Path) -> str:
    h = hashlib.sha256()
    for sub in ("docs", "gold"):
        for p in sorted((folder / sub).glob("*")):
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_scores_meet_the_floors(name: str) -> None:
    folder = ROOT / "eval" / name
    spec = FLOORS[name]
    assert spec["sha256"] == _hash(folder), f"eval/{name} changed: re-pin tests/floors_sets.json"
    mentions = extract(sorted(str(p) for p in (folder / "docs").glob("*.txt")))
    table = evaluate(folder / "gold", [m.to_contract() for m in mentions])
    low = {k: (table[k]["f1"], floor) for k, floor in spec["floors"].items() if table[k]["f1"] < floor}
    assert not low, f"eval/{name} below floor (f1, floor): {low}"
