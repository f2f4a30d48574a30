"""The evaluation gate: seed-set scores against pinned floors, and agreement with the reference scorer.

Floors live in tests/floors.json with the hash of the corpus and gold they were set on.  Raising a
floor is fine; lowering one needs a written reason in the commit message.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from chancery.cli import main
from chancery.errors import GoldError
from chancery.evaluate import evaluate, load_gold
from chancery.ingest import read_sources

from .conftest import GOLD, SEEDS, SHARED

FLOORS = Path(__file__).with_name("floors.json")
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/corpus/seeds not present")


def _corpus_hash() -> str:
    h = hashlib.sha256()
    for folder in (SEEDS, GOLD):
        for p in sorted(folder.glob("*")):
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="module")
def seed_predictions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("eval") / "seeds.jsonl"
    result = CliRunner().invoke(main, ["extract", *map(str, sorted(SEEDS.glob("*.txt"))), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out


def _reference(pred: Path) -> dict:
    run = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), str(GOLD), str(pred), "--json"],
        capture_output=True, text=True, check=True,
    )
    return json.loads(run.stdout)


def test_extract_output_is_contract_jsonl(seed_predictions: Path) -> None:
    texts = {d.id: d.text for d in read_sources([str(SEEDS)])}
    lines = [json.loads(line) for line in seed_predictions.read_text(encoding="utf-8").splitlines()]
    assert lines
    for m in lines:
        assert {"doc", "kind", "evidence", "confidence"} <= set(m)
        assert 0.0 <= m["confidence"] <= 1.0
        ev = m["evidence"]
        # offsets index the stored (normalised) text
        assert ev["text"] == texts[m["doc"]][ev["start"] : ev["end"]]


def test_scores_meet_the_pinned_floors(seed_predictions: Path) -> None:
    spec = json.loads(FLOORS.read_text())
    assert spec["corpus_sha256"] == _corpus_hash(), "seed corpus or gold changed: re-pin tests/floors.json"
    table = _reference(seed_predictions)
    low = {k: (table[k]["f1"], f) for k, f in spec["floors"].items() if table[k]["f1"] < f}
    assert not low, f"below floor (f1, floor): {low}"


def test_chancery_eval_agrees_with_the_reference_scorer(seed_predictions: Path) -> None:
    ref = _reference(seed_predictions)
    preds = [json.loads(line) for line in seed_predictions.read_text(encoding="utf-8").splitlines()]
    assert evaluate(GOLD, preds) == ref
    result = CliRunner().invoke(main, ["eval", str(GOLD), str(seed_predictions), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == ref


def test_gold_is_validated(tmp_path: Path) -> None:
    (tmp_path / "d.jsonl").write_text('{"doc": "d", "kind": "quantity", "value": 3}\n')
    with pytest.raises(GoldError, match="unit"):
        load_gold(tmp_path)


def test_eval_scores_a_perfect_prediction_as_one(tmp_path: Path) -> None:
    facts = [
        {"doc": "d", "kind": "partnership", "a": "AUS", "b": "VNM", "level": "strategic_partnership"},
        {"doc": "d", "kind": "quantity", "value": 16e9, "unit": "USD"},
        {"doc": "d", "kind": "hosting", "host": "VNM", "event": "APEC Summit"},
    ]
    (tmp_path / "d.jsonl").write_text("\n".join(json.dumps(f) for f in facts))
    table = evaluate(tmp_path, facts)
    assert all(t["f1"] == 1.0 for t in table.values())
    wrong = [dict(facts[0], level="comprehensive_partnership"), dict(facts[1], unit="VND")]
    table = evaluate(tmp_path, wrong)
    assert table["partnership"]["f1"] == 0.0 and table["quantity"]["tp"] == 0
