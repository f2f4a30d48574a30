"""The analyst acceptance suite: questions about the sample corpus (tests/acceptance_questions.py)
answered through the ``chancery`` command and through the REST API of a real server on loopback,
over one database built by a real ingest of examples/corpus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from chancery import Database, ingest
from chancery.cli import main
from chancery.web.app import create_app

from .acceptance_questions import Question, questions
from .web.conftest import Server

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"
QUESTIONS = questions()

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("acceptance") / "sample.db"
    with Database(path) as db:
        report = ingest([CORPUS], db)
    assert not report.errors
    return path


@pytest.fixture(scope="module")
def api(corpus_db: Path) -> Iterator[httpx.Client]:
    with Server(create_app(corpus_db)) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        yield client


def _marks(q: Question) -> list[pytest.MarkDecorator]:
    return [pytest.mark.xfail(strict=True, reason=f"waits for extraction: {q.waits_for}")] if q.waits_for else []


CASES = [pytest.param(q, id=q.id, marks=_marks(q)) for q in QUESTIONS]


def test_there_are_at_least_forty_questions() -> None:
    assert len(QUESTIONS) >= 40
    assert len({q.id for q in QUESTIONS}) == len(QUESTIONS)


@pytest.mark.parametrize("q", CASES)
def test_cli_answers(q: Question, corpus_db: Path) -> None:
    result = CliRunner().invoke(main, [*q.cli, "--db", str(corpus_db)])
    assert q.read_cli(result) == q.expected, q.ask


@pytest.mark.parametrize("q", CASES)
def test_api_answers(q: Question, api: httpx.Client) -> None:
    assert q.read_api(api.get(q.api)) == q.api_expected, q.ask


def test_cli_and_api_list_the_same_facts_under_the_same_counts(corpus_db: Path, api: httpx.Client) -> None:
    import json

    result = CliRunner().invoke(main, ["facts", "--format", "jsonl", "--db", str(corpus_db)])
    cli = {r["id"]: r["corroboration"] for r in map(json.loads, result.output.splitlines())}
    items = []
    for offset in range(0, 5000, 500):
        page = api.get("/api/v1/facts", params={"limit": 500, "offset": offset}).json()
        items += page["items"]
        if offset + 500 >= page["total"]:
            break
    assert cli == {f["id"]: f["corroboration"] for f in items}
    export = CliRunner().invoke(main, ["export", "--format", "jsonl", "--db", str(corpus_db)])
    assert {r["id"]: r["corroboration"] for r in map(json.loads, export.output.splitlines())} == cli
