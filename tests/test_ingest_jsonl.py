"""JSONL dumps: one article per line; a bad line is an error value, the rest goes on."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from chancery.errors import InputError, MalformedRecordError
from chancery.ingest import content_hash, read_sources
from chancery.model import Document

from .ingest_samples import BODY


def _read(tmp_path: Path, lines: list[str], name: str = "dump.jsonl") -> list[Document | InputError]:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return list(read_sources([str(path)]))


def test_records_become_documents(tmp_path: Path) -> None:
    record = {"id": "vnx-1", "text": BODY, "title": "Ties upgraded", "url": "https://www.vn.example/a",
              "published": "2025-12-30T08:00:00+07:00", "outlet": "VN Example"}
    (doc,) = _read(tmp_path, [json.dumps(record)])
    assert isinstance(doc, Document)
    assert (doc.id, doc.title, doc.outlet, doc.url) == ("vnx-1", "Ties upgraded", "VN Example", record["url"])
    assert doc.published == date(2025, 12, 30)
    assert doc.content_hash == content_hash(doc.text)
    assert doc.source == f"{tmp_path / 'dump.jsonl'}:1"


def test_default_id_is_stem_and_line_number(tmp_path: Path) -> None:
    results = _read(tmp_path, [json.dumps({"text": "First."}), "", json.dumps({"text": "Third."})])
    assert [r.id for r in results] == ["dump-1", "dump-3"]  # type: ignore[union-attr]


def test_malformed_line_in_the_middle(tmp_path: Path) -> None:
    lines = [json.dumps({"text": "One."}), '{"text": "broken', json.dumps({"text": "Three."})]
    results = _read(tmp_path, lines)
    assert [type(r).__name__ for r in results] == ["Document", "MalformedRecordError", "Document"]
    error = results[1]
    assert isinstance(error, MalformedRecordError)
    assert error.source == f"{tmp_path / 'dump.jsonl'}:2"
    assert "invalid JSON" in error.reason


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("[1, 2]", "expected a JSON object, got an array"),
        ('"just a string"', "expected a JSON object"),
        ('{"title": "no text"}', 'no "text" field'),
        ('{"text": ""}', '"text" is empty'),
        ('{"text": " \\u200b\\n "}', '"text" is empty'),
        ('{"text": 42}', '"text" must be a string'),
        ('{"text": "ok", "id": {"a": 1}}', '"id" must be a string'),
    ],
)
def test_malformed_records(tmp_path: Path, line: str, words: str) -> None:
    (result,) = _read(tmp_path, [line])
    assert isinstance(result, MalformedRecordError)
    assert words in result.reason


@pytest.mark.parametrize("published", ["not a date", "2025-13-40", 20251230, None, ""])
def test_invalid_published_is_ignored(tmp_path: Path, published: object) -> None:
    (doc,) = _read(tmp_path, [json.dumps({"text": BODY, "published": published})])
    assert isinstance(doc, Document) and doc.published is None


@pytest.mark.parametrize(("published", "expected"), [("2024-03-07", date(2024, 3, 7)),
                                                     ("2024-03-07T23:59:59Z", date(2024, 3, 7))])
def test_published_forms(tmp_path: Path, published: str, expected: date) -> None:
    (doc,) = _read(tmp_path, [json.dumps({"text": BODY, "published": published})])
    assert isinstance(doc, Document) and doc.published == expected


def test_numeric_id_is_a_string(tmp_path: Path) -> None:
    (doc,) = _read(tmp_path, [json.dumps({"id": 17, "text": BODY})])
    assert isinstance(doc, Document) and doc.id == "17"


def test_outlet_falls_back_to_url_host(tmp_path: Path) -> None:
    (doc,) = _read(tmp_path, [json.dumps({"text": BODY, "url": "https://www.example.org/x"})])
    assert isinstance(doc, Document) and doc.outlet == "example.org"


def test_line_separator_inside_a_string_is_not_a_line_break(tmp_path: Path) -> None:
    (doc,) = _read(tmp_path, ['{"text": "one\u2028two"}'])
    assert isinstance(doc, Document) and doc.text == "one\ntwo"


def test_crlf_lines(tmp_path: Path) -> None:
    path = tmp_path / "win.jsonl"
    path.write_bytes(b'{"text": "One."}\r\n{"text": "Two."}\r\n')
    results = list(read_sources([str(path)]))
    assert [r.text for r in results] == ["One.", "Two."]  # type: ignore[union-attr]


@pytest.mark.parametrize("url", ["http://[bad-host/x", "javascript:alert(1)"])
def test_url_that_is_not_http_is_dropped(tmp_path: Path, url: str) -> None:
    (doc,) = _read(tmp_path, [json.dumps({"text": BODY, "url": url})])
    assert isinstance(doc, Document) and (doc.url, doc.outlet) == (None, None)
