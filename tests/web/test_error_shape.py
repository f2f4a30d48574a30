"""Every error the API gives has one shape: {"error": {"status", "code", "message"[, "hint"]}}."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from chancery.web.app import create_app

from .conftest import Server

# (method, path, request kwargs, expected status)
ERRORS: list[tuple[str, str, dict[str, Any], int]] = [
    ("GET", "/no/such/page", {}, 404),
    ("GET", "/api/v1/no-such-endpoint", {}, 404),
    ("GET", "/api/v2/documents", {}, 404),
    ("GET", "/api/v1/documents/missing", {}, 404),
    ("GET", "/api/v1/documents", {"params": {"limit": "many"}}, 400),
    ("GET", "/api/v1/mentions", {"params": {"kind": "gossip"}}, 400),
    ("GET", "/api/v1/mentions/0", {}, 404),
    ("GET", "/api/v1/mentions/x", {}, 400),
    ("GET", "/api/v1/facts", {"params": {"actor": "not an actor"}}, 400),
    ("GET", "/api/v1/facts/partnership:000000000000", {}, 404),
    ("GET", "/api/v1/facts/zzz", {}, 400),
    ("GET", "/api/v1/countries/12/partners", {}, 400),
    ("GET", "/api/v1/countries/QQQ/timeline", {}, 404),
    ("GET", "/api/v1/countries/VNM/brief", {"params": {"format": "doc"}}, 400),
    ("GET", "/api/v1/claims", {"params": {"year": 3}}, 400),
    ("GET", "/api/v1/search", {"params": {"q": "?!"}}, 400),
    ("GET", "/api/v1/search", {"params": {"q": "x" * 501}}, 400),
    ("POST", "/api/v1/ingest", {"data": {"text": ""}}, 400),
    ("POST", "/api/v1/ingest", {"data": {"text": "x"}, "headers": {"origin": "https://elsewhere.example"}}, 403),
    ("GET", "/api/v1/ingest/nope", {}, 404),
    ("DELETE", "/api/v1/documents", {}, 405),
    ("PUT", "/api/v1/ingest", {}, 405),
    ("GET", "/facts/not-a-fact", {}, 400),
    ("GET", "/documents/missing", {}, 404),
]


def assert_error_shape(r: httpx.Response, status: int) -> None:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"}
    err = body["error"]
    assert set(err) - {"hint"} == {"status", "code", "message"}
    assert err["status"] == status
    assert isinstance(err["code"], str) and err["code"].replace("_", "").isalpha()
    assert isinstance(err["message"], str) and err["message"]
    assert "Traceback" not in err["message"]
    if "hint" in err:
        assert isinstance(err["hint"], str) and err["hint"]


@pytest.mark.parametrize(("method", "path", "kwargs", "status"), ERRORS,
                         ids=[f"{m} {p} {s}" for m, p, _, s in ERRORS])
def test_error_shape(client: httpx.Client, method: str, path: str, kwargs: dict[str, Any], status: int) -> None:
    assert_error_shape(client.request(method, path, **kwargs), status)


def test_error_shape_of_refused_ingest(remote_server: Server) -> None:
    assert_error_shape(httpx.post(f"{remote_server.url}/api/v1/ingest", data={"text": "x"}), 403)


@pytest.fixture(scope="module")
def broken_server(web_db: Path) -> Iterator[Server]:
    app = create_app(web_db)

    def boom() -> None:
        raise RuntimeError("secret internals")

    app.add_api_route("/api/v1/boom", boom)  # added by the test, not part of the app
    with Server(app) as s:
        yield s


def test_error_shape_of_unexpected_failure(broken_server: Server) -> None:
    r = httpx.get(f"{broken_server.url}/api/v1/boom")
    assert_error_shape(r, 500)
    assert "secret internals" not in r.text


def test_browsers_get_an_error_page_outside_the_api(client: httpx.Client) -> None:
    r = client.get("/documents/missing", headers={"accept": "text/html"})
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "no document" in r.text
