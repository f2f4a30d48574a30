"""The web app's refusals, through a real ``chancery serve`` process on loopback: foreign Host
names (DNS rebinding), cross-site and opaque-origin writes, the ingest form's CSRF token, bodies
over the cap (413 before buffering), integers past SQLite's range (400), and replacing a stored
document only through the distinct PUT call."""

from __future__ import annotations

import os
import re
import socket
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from .helpers import CHANCERY, run_chancery, write_config

CAP = 2 * 1024 * 1024
STORED = ("Vietnam and Japan upgraded their relations to a comprehensive strategic partnership in 2023, "
          "officials in Hanoi said.\nThe two sides signed five agreements on trade and energy.\n")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Served:
    def __init__(self, db: Path, proc: subprocess.Popen[str], port: int) -> None:
        self.db, self.proc, self.port = db, proc, port
        self.url = f"http://127.0.0.1:{port}"

    def rss_kb(self) -> int:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise AssertionError("no VmRSS")

    def documents(self) -> dict[str, str]:
        with sqlite3.connect(self.db) as conn:
            return dict(conn.execute("SELECT id, text FROM documents"))

    def mentions(self, doc_id: str) -> int:
        with sqlite3.connect(self.db) as conn:
            return int(conn.execute("SELECT count(*) FROM mentions WHERE doc_id = ?", (doc_id,)).fetchone()[0])


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    root = tmp_path_factory.mktemp("served")
    (root / "in").mkdir()
    (root / "in" / "stored-doc.txt").write_text(STORED, encoding="utf-8")
    db = root / "web.db"
    assert run_chancery("ingest", str(root / "in"), "--db", str(db), "-q").returncode == 0
    config = write_config(root / "web.toml", max_request_bytes=CAP)
    port = _free_port()
    proc = subprocess.Popen([*CHANCERY, "serve", "--db", str(db), "--port", str(port), "--allow-host", "kb.example"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "CHANCERY_CONFIG": str(config)})
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/v1", timeout=2)
            break
        except httpx.TransportError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                raise AssertionError(f"chancery serve did not start: {proc.communicate()[1]}") from None
            time.sleep(0.1)
    yield Served(db, proc, port)
    proc.terminate()
    proc.communicate(timeout=30)


def _error(r: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    assert r.status_code == status, (r.status_code, r.text[:300])
    body: dict[str, Any] = r.json()
    assert set(body) == {"error"} and body["error"]["status"] == status
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    if code:
        assert body["error"]["code"] == code
    return body["error"]


def _csrf(served: Served) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', httpx.get(f"{served.url}/ingest").text)
    assert m is not None
    return m.group(1)


def _wait(served: Served, job_url: str) -> dict[str, Any]:
    deadline = time.monotonic() + 120
    while True:
        job: dict[str, Any] = httpx.get(served.url + job_url).json()
        if job["state"] in ("done", "failed"):
            return job
        assert time.monotonic() < deadline, job
        time.sleep(0.2)


# -- Origin -----------------------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("origin", ["null", "http://evil.example", "https://127.0.0.1.evil.example"])
@pytest.mark.parametrize("path", ["/api/v1/ingest", "/ingest"])
def test_foreign_and_opaque_origins_cannot_write(served: Served, origin: str, path: str) -> None:
    before = served.documents()
    r = httpx.post(served.url + path, data={"text": "Fiji and Chile signed three agreements in 2024.",
                                            "csrf": _csrf(served)}, headers={"Origin": origin})
    _error(r, 403, "forbidden")
    time.sleep(0.3)
    assert served.documents() == before


@pytest.mark.slow
def test_a_foreign_referer_cannot_write_either(served: Served) -> None:
    r = httpx.put(f"{served.url}/api/v1/documents/stored-doc", data={"text": "x y z"},
                  headers={"Referer": "http://evil.example/page"})
    _error(r, 403)
    r = httpx.post(f"{served.url}/api/v1/ingest", data={"text": "x y z"}, headers={"Sec-Fetch-Site": "cross-site"})
    _error(r, 403)


# -- Host -------------------------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_foreign_host_is_refused_even_with_a_matching_origin(served: Served, method: str) -> None:
    headers = {"Host": f"evil.example:{served.port}", "Origin": f"http://evil.example:{served.port}"}
    r = httpx.request(method, f"{served.url}/api/v1/ingest" if method == "POST" else f"{served.url}/api/v1/documents",
                      data={"text": "Fiji and Chile met."} if method == "POST" else None, headers=headers)
    _error(r, 400, "invalid_host")
    _error(httpx.get(f"{served.url}/", headers={"Host": "evil.example"}), 400, "invalid_host")


@pytest.mark.slow
@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "KB.example", "kb.example."])
def test_loopback_names_and_allowed_hosts_are_served(served: Served, host: str) -> None:
    r = httpx.get(f"{served.url}/api/v1/documents", headers={"Host": f"{host}:{served.port}"})
    assert r.status_code == 200


# -- the ingest form's token ---------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("token", [None, "", "123.abc", "99999999999.0123456789abcdef0123456789abcdef"])
def test_the_form_needs_its_token(served: Served, token: str | None) -> None:
    data = {"text": "Fiji and Chile met in 2024."} | ({"csrf": token} if token is not None else {})
    _error(httpx.post(f"{served.url}/ingest", data=data, follow_redirects=False), 403)


@pytest.mark.slow
def test_the_form_with_its_token_is_accepted(served: Served) -> None:
    r = httpx.post(f"{served.url}/ingest", data={"text": "Fiji and Chile signed two agreements in 2024.",
                                                 "csrf": _csrf(served)}, follow_redirects=False)
    assert r.status_code == 303


@pytest.mark.slow
def test_a_browser_request_to_the_api_needs_the_token(served: Served) -> None:
    same = {"Origin": served.url}
    _error(httpx.post(f"{served.url}/api/v1/ingest", data={"text": "Fiji met Chile."}, headers=same), 403)
    r = httpx.post(f"{served.url}/api/v1/ingest", data={"text": "Fiji met Chile.", "csrf": _csrf(served)}, headers=same)
    assert r.status_code == 202


# -- bodies -----------------------------------------------------------------------------------------
@pytest.mark.slow
def test_a_declared_1_gb_upload_is_refused_before_it_is_sent(served: Served) -> None:
    with socket.create_connection(("127.0.0.1", served.port), timeout=10) as s:
        s.sendall(f"POST /api/v1/ingest HTTP/1.1\r\nHost: 127.0.0.1:{served.port}\r\n"
                  "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 1073741824\r\n\r\n".encode())
        chunks = []
        while chunk := s.recv(65536):  # answered without a byte of the body, then closed
            chunks.append(chunk)
        reply = b"".join(chunks).decode("latin-1")
    assert reply.startswith("HTTP/1.1 413")
    assert '"code":"too_large"' in reply.replace(" ", "")


@pytest.mark.slow
def test_a_streamed_upload_is_cut_at_the_cap(served: Served) -> None:
    rss_before = served.rss_kb()
    docs_before = served.documents()
    chunk = b"Vietnam and Japan met. " * 2800  # ~64 KB

    def body() -> Iterator[bytes]:
        yield b'--b\r\nContent-Disposition: form-data; name="files"; filename="big.txt"\r\n\r\n'
        for _ in range(16 * 64):  # 64 MB if nothing stopped it
            yield chunk

    try:
        r = httpx.post(f"{served.url}/api/v1/ingest", content=body(), timeout=60,
                       headers={"Content-Type": "multipart/form-data; boundary=b"})
        _error(r, 413, "too_large")
    except httpx.TransportError:
        pass  # the server answered 413 and closed while the client was still sending
    assert served.rss_kb() - rss_before < 40 * 1024  # the server did not hold the upload
    time.sleep(0.5)
    assert served.documents() == docs_before  # and queued nothing


# -- integers -------------------------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("path", [
    "/api/v1/documents?offset=9223372036854775808",
    "/api/v1/mentions?offset=9223372036854775808",
    "/api/v1/search?q=vietnam&offset=9223372036854775808",
    "/api/v1/search?q=vietnam&offset=99999999999999999999999999",
    "/documents?offset=9223372036854775808",
    "/facts?offset=9223372036854775808",
    "/api/v1/mentions/9223372036854775808",
    "/api/v1/mentions/9223372036854775808/fact",
    "/mentions/99999999999999999999/fact",
])
def test_integers_past_sqlite_are_a_400(served: Served, path: str) -> None:
    _error(httpx.get(served.url + path), 400, "invalid_parameter")


@pytest.mark.slow
def test_the_largest_integer_is_still_answered(served: Served) -> None:
    r = httpx.get(f"{served.url}/api/v1/documents", params={"offset": 2**63 - 1})
    assert r.status_code == 200 and r.json()["items"] == []
    _error(httpx.get(f"{served.url}/api/v1/mentions/{2**63 - 1}"), 404)


# -- replacing a stored document ---------------------------------------------------------------------------
@pytest.mark.slow
def test_web_ingest_under_a_stored_id_keeps_the_stored_document(served: Served) -> None:
    before = served.mentions("stored-doc")
    assert before > 0
    r = httpx.post(f"{served.url}/api/v1/ingest", data={"text": "Fiji hosted a regional forum in 2022.",
                                                        "doc_id": "stored-doc"})
    job = _wait(served, r.json()["url"])
    assert job["state"] == "done"
    (entry,) = job["documents"]
    assert entry["id"].startswith("stored-doc~") and entry["asked_id"] == "stored-doc"
    docs = served.documents()
    assert docs["stored-doc"] == STORED.strip() and served.mentions("stored-doc") == before


@pytest.mark.slow
def test_put_replaces_a_stored_document(served: Served, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "to-replace.txt").write_text(STORED.replace("Japan", "Canada"), encoding="utf-8")
    assert run_chancery("ingest", str(tmp_path / "in"), "--db", str(served.db), "-q").returncode == 0
    new = "Kenya and Norway signed four agreements on fisheries in 2021."
    r = httpx.put(f"{served.url}/api/v1/documents/to-replace", data={"text": new})
    assert r.status_code == 202
    job = _wait(served, r.json()["url"])
    assert job["state"] == "done" and job["documents"][0]["status"] == "updated"
    assert served.documents()["to-replace"] == new
    with sqlite3.connect(served.db) as conn:
        actors = {a for (a,) in conn.execute("SELECT a.actor FROM mention_actors a JOIN mentions m"
                                             " ON m.id = a.mention_id WHERE m.doc_id = 'to-replace'")}
    assert "CAN" not in actors and {"KEN", "NOR"} <= actors
