"""Fixtures for the web tests: real SQLite files built with chancery.ingest, real uvicorn servers on
loopback (random free ports, in threads), and the corpus texts the tests ingest."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Self

import httpx
import pytest
import uvicorn

from chancery import Database, ingest
from chancery.model import Document, Evidence, Mention
from chancery.web.app import create_app

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "seeds"

# texts of our own (not the sample corpus): two outlets on one Vietnam-UK upgrade, one Vietnamese spelling
TEXTS = {
    "wire_vn_uk.txt": (
        "Vietnam and UK upgrade ties\n"
        "HANOI, Oct 29, 2025 - Vietnam and the United Kingdom on Wednesday upgraded their relations to a "
        "comprehensive strategic partnership during a visit to London by Party General Secretary To Lam.\n"
        "The two sides also signed agreements on trade and education.\n"
    ),
    "state_vn_uk.txt": (
        "Việt Nam, UK elevate relations\n"
        "Việt Nam and the United Kingdom elevated their ties to a Comprehensive Strategic Partnership in 2025, "
        "state media reported.\n"
        "Remittances to Việt Nam surpassed US$16 billion in 2025.\n"
    ),
}

# a document whose mentions are written directly (Database.add), so some facts do not depend on extractors
SYNTH_TEXT = (
    "Remittances to Vietnam reached US$12 billion in 2025, the bank said.\n"
    "Vietnam and Norway established a strategic partnership in 2024.\n"
)


def synthetic(doc_id: str = "synthetic-ledger", outlet: str = "Ledger Weekly") -> tuple[Document, list[Mention]]:
    doc = Document(id=doc_id, text=SYNTH_TEXT, title="Synthetic ledger", outlet=outlet, content_hash="synth-" + doc_id)
    s1 = SYNTH_TEXT.index("Remittances")
    e1 = SYNTH_TEXT.index("\n")
    s2 = e1 + 1
    e2 = len(SYNTH_TEXT) - 1
    q = Mention.build(doc=doc_id, kind="quantity", fields={
        "subject": "VNM", "measure": "remittances", "value": 12_000_000_000, "unit": "USD", "qualifier": "exact",
        "year": 2025, "text": "US$12 billion"}, evidence=Evidence(s1, e1, SYNTH_TEXT[s1:e1]),
        confidence=0.9, extractor="synthetic", version="1")
    p = Mention.build(doc=doc_id, kind="partnership", fields={
        "a": "NOR", "b": "VNM", "level": "strategic_partnership", "label": None, "action": "established", "year": 2024},
        evidence=Evidence(s2, e2, SYNTH_TEXT[s2:e2]), confidence=0.9, extractor="synthetic", version="1")
    return doc, [q, p]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """A uvicorn server for ``app`` on 127.0.0.1, in a thread."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Self:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def build_db(path: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    with Database(path) as db:
        ingest([folder], db)
        doc, mentions = synthetic()
        db.add(doc, mentions)
    return path


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("web")
    return build_db(root / "web.db", root / "corpus")


@pytest.fixture(scope="session")
def server(web_db: Path) -> Iterator[Server]:
    """Bound to loopback: ingest needs no token."""
    with Server(create_app(web_db)) as s:
        yield s


@pytest.fixture(scope="session")
def remote_server(web_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Configured as bound to 0.0.0.0 with a token (served on loopback): ingest needs the token."""
    copy = tmp_path_factory.mktemp("remote") / "remote.db"
    shutil.copy(web_db, copy)
    with Server(create_app(copy, bind_host="0.0.0.0", token="s3cret")) as s:
        yield s


@pytest.fixture(scope="session")
def locked_server(web_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Configured as bound to a public address with no token: ingest is disabled."""
    copy = tmp_path_factory.mktemp("locked") / "locked.db"
    shutil.copy(web_db, copy)
    with Server(create_app(copy, bind_host="192.0.2.10")) as s:
        yield s


@pytest.fixture(scope="session")
def client(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=60) as c:
        yield c


def wait_for_job(client: httpx.Client, url: str, timeout: float = 120) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        job: dict[str, Any] = client.get(url).json()
        if job["state"] in ("done", "failed"):
            return job
        if time.monotonic() > deadline:
            raise AssertionError(f"ingest job still {job['state']} after {timeout}s")
        time.sleep(0.2)
