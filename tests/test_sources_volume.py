"""Sources that come in volume: WARC/ARC archives, RSS/Atom feeds, URL lists and single urls, fetched
from a real HTTP server on loopback (pages and feeds written for the project)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from chancery.config import load_settings
from chancery.errors import ArchiveError, FetchError, TooLargeError
from chancery.ingest import read_sources
from chancery.model import Document

CLI = [str(Path(sys.executable).with_name("chancery"))]

ARTICLES = {
    "/news/japan-visit.html": ("Japan and Vietnam upgrade ties",
                               "Japanese Prime Minister Fumio Kishida visited Hanoi on Monday. Vietnam and Japan "
                               "upgraded their ties to a comprehensive strategic partnership.", "2023-11-27"),
    "/news/trade.html": ("Trade figures",
                         "Two-way trade between Vietnam and Australia reached US$15.7 billion in 2023, officials said.",
                         "2024-03-07"),
    "/private/secret.html": ("Hidden", "Vietnam and France signed three agreements in Paris.", "2024-10-07"),
}


def _page(title: str, body: str, day: str) -> bytes:
    return (f"<html><head><title>{title}</title><meta property='article:published_time' content='{day}'>"
            f"</head><body><article><h1>{title}</h1><p>{body}</p><p>{body}</p></article></body></html>").encode()


def _feed(base: str) -> bytes:
    items = "".join(
        f"<item><title>{t}</title><link>{base}{path}</link><pubDate>Mon, 27 Nov 2023 08:00:00 +0000</pubDate></item>"
        for path, (t, _b, _d) in ARTICLES.items() if not path.startswith("/private")
    )
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>{items}</channel></rss>".encode()


class _Handler(BaseHTTPRequestHandler):
    base = ""
    seen: list[tuple[str, str]] = []

    def log_message(self, *args: object) -> None:  # quiet
        return None

    def do_GET(self) -> None:  # noqa: N802
        _Handler.seen.append((self.path, self.headers.get("User-Agent", "")))
        if self.path == "/robots.txt":
            return self._send(200, "text/plain", b"User-agent: *\nDisallow: /private/\n")
        if self.path == "/feed.xml":
            return self._send(200, "application/rss+xml", _feed(self.base))
        if self.path == "/atom.xml":
            entries = "".join(f"<entry><title>{t}</title><link href='{self.base}{p}'/><updated>{d}T08:00:00Z</updated></entry>"
                              for p, (t, _b, d) in ARTICLES.items() if not p.startswith("/private"))
            return self._send(200, "application/atom+xml",
                              f"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>A</title>{entries}</feed>".encode())
        if self.path == "/huge.html":
            return self._send(200, "text/html", b"<html><body>" + b"x" * 300_000 + b"</body></html>")
        if self.path in ARTICLES:
            return self._send(200, "text/html", _page(*ARTICLES[self.path]))
        return self._send(404, "text/plain", b"not found")

    def _send(self, code: int, ctype: str, body: bytes) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture()
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    _Handler.base = base
    _Handler.seen = []
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield base
    httpd.shutdown()


@pytest.fixture()
def fast(tmp_path: Path) -> Path:
    cfg = tmp_path / "fast.toml"
    cfg.write_text("fetch_delay = 0.0\nfetch_timeout = 5.0\nmax_bytes = 200000\n")
    return cfg


def _docs(results: list[object]) -> list[Document]:
    return [r for r in results if isinstance(r, Document)]


def test_a_feed_yields_its_entries_pages(server: str, fast: Path) -> None:
    results = list(read_sources([f"{server}/feed.xml"], settings=load_settings(fast)))
    docs = _docs(results)
    assert sorted(d.url for d in docs) == sorted(f"{server}{p}" for p in ARTICLES if not p.startswith("/private"))
    japan = next(d for d in docs if "japan" in (d.url or ""))
    assert "Kishida" in japan.text and japan.published is not None and japan.published.isoformat() == "2023-11-27"
    assert all(ua.startswith("chancery/") for _p, ua in _Handler.seen)


def test_an_atom_feed(server: str, fast: Path) -> None:
    assert len(_docs(list(read_sources([f"{server}/atom.xml"], settings=load_settings(fast))))) == 2


def test_robots_txt_and_size_limits_are_honoured(server: str, fast: Path, tmp_path: Path) -> None:
    urls = tmp_path / "list.urls"
    urls.write_text(f"# a list\n{server}/news/trade.html\n{server}/private/secret.html\n{server}/huge.html\n"
                    f"{server}/missing.html\nnot-a-url\n")
    results = list(read_sources([str(urls)], settings=load_settings(fast)))
    docs = _docs(results)
    errors = [r for r in results if not isinstance(r, Document)]
    assert [d.url for d in docs] == [f"{server}/news/trade.html"]
    reasons = " | ".join(str(e) for e in errors)
    assert "robots.txt" in reasons and "limit" in reasons and "HTTP 404" in reasons and "not an http(s) url" in reasons
    assert any(isinstance(e, FetchError) for e in errors) and any(isinstance(e, TooLargeError) for e in errors)
    assert "/private/secret.html" not in [p for p, _ua in _Handler.seen]  # never asked for


def test_reingesting_a_feed_stores_nothing_twice(server: str, fast: Path, tmp_path: Path) -> None:
    db = tmp_path / "feed.db"
    cmd = CLI + ["ingest", f"{server}/feed.xml", "--db", str(db), "--config", str(fast), "-q", "--jobs", "1"]
    first = subprocess.run(cmd, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    again = subprocess.run(cmd + [], capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    out = subprocess.run(CLI + ["facts", "--db", str(db), "--format", "jsonl"], capture_output=True, text=True)
    facts = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    assert any(f.get("kind") == "partnership" for f in facts)
    import sqlite3

    with sqlite3.connect(db) as con:
        assert con.execute("select count(*) from documents").fetchone()[0] == 2


# -- archives -----------------------------------------------------------------------------------------
def _warc(path: Path, records: list[tuple[str, str, bytes, str]]) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.suffix == ".gz")
        for url, status, body, ctype in records:
            headers = StatusAndHeaders(status, [("Content-Type", ctype), ("Content-Length", str(len(body)))],
                                       protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(rec)


def _archive_records() -> list[tuple[str, str, bytes, str]]:
    return [
        ("https://news.example/a.html", "200 OK", _page(*ARTICLES["/news/japan-visit.html"]), "text/html; charset=utf-8"),
        ("https://news.example/logo.png", "200 OK", b"\x89PNG\r\n\x1a\n", "image/png"),
        ("https://news.example/gone.html", "404 Not Found", b"<html>gone</html>", "text/html"),
        ("https://news.example/b.html", "200 OK", _page(*ARTICLES["/news/trade.html"]), "text/html"),
        ("https://news.example/a.html", "200 OK", _page(*ARTICLES["/news/japan-visit.html"]), "text/html"),
    ]


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_a_warc_archive_yields_its_html_responses(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    _warc(path, _archive_records())
    docs = _docs(list(read_sources([str(path)])))
    assert [d.url for d in docs] == ["https://news.example/a.html", "https://news.example/b.html"]
    assert docs[0].id.startswith("crawl-") and docs[0].published is not None
    assert docs[0].outlet == "news.example"


def test_a_broken_archive_is_an_error_naming_it(tmp_path: Path) -> None:
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00garbage" * 10)
    results = list(read_sources([str(bad)]))
    assert len(results) == 1 and isinstance(results[0], ArchiveError) and "bad.warc.gz" in str(results[0])


def test_extract_and_reingest_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _warc(path, _archive_records())
    out = subprocess.run(CLI + ["extract", str(path), "-q", "--jobs", "1"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert {line["doc"] for line in lines} == {d for d in {line["doc"] for line in lines}} and len({line["doc"] for line in lines}) == 2
    assert any(line["kind"] == "quantity" and line["value"] == 15.7e9 for line in lines)
    db = tmp_path / "w.db"
    for _ in range(2):
        r = subprocess.run(CLI + ["ingest", str(path), "--db", str(db), "-q", "--jobs", "1"], capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
    import sqlite3

    with sqlite3.connect(db) as con:
        assert con.execute("select count(*) from documents").fetchone()[0] == 2
