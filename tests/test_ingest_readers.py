"""read_sources: files, folders and stdin -> Documents, or InputErrors as values."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from chancery.config import DEFAULT_SETTINGS
from chancery.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    TooLargeError,
    UnsupportedFormatError,
)
from chancery.ingest import content_hash, normalize_text, read_sources
from chancery.model import Document

from .ingest_samples import BODY, HTML_PAGE, PNG

PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"
CP1252 = b"caf\xe9 \x93quoted\x94 text from an old CMS"


def _results(paths: list[Path | str], **kwargs: object) -> list[Document | InputError]:
    return list(read_sources([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]


def _one(path: Path, **kwargs: object) -> Document | InputError:
    results = _results([path], **kwargs)
    assert len(results) == 1
    return results[0]


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


# -- text and Markdown ----------------------------------------------------------------------------


def test_txt_document_fields(tmp_path: Path) -> None:
    path = _write(tmp_path / "vn-au.txt", "Vietnam and Australia upgrade ties\r\n\r\n" + BODY + "\n")
    doc = _one(path)
    assert isinstance(doc, Document)
    assert doc.id == "vn-au"
    assert doc.title == "Vietnam and Australia upgrade ties"
    assert doc.text == normalize_text("Vietnam and Australia upgrade ties\n\n" + BODY)
    assert doc.content_hash == content_hash(doc.text)
    assert doc.source == str(path)
    assert (doc.published, doc.outlet, doc.url) == (None, None, None)


def test_txt_dateline_is_not_a_published_date(tmp_path: Path) -> None:
    doc = _one(_write(tmp_path / "a.txt", "HANOI, December 30, 2025 - " + BODY))
    assert isinstance(doc, Document) and doc.published is None


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("A short headline", "A short headline"),
        ("Officials met on Monday in Hanoi.", None),
        ("x" * 250, None),
    ],
)
def test_txt_title_rule(tmp_path: Path, first_line: str, title: str | None) -> None:
    doc = _one(_write(tmp_path / "t.txt", f"\n\n{first_line}\n{BODY}"))
    assert isinstance(doc, Document) and doc.title == title


def test_md_title_drops_hashes_but_text_keeps_them(tmp_path: Path) -> None:
    doc = _one(_write(tmp_path / "note.md", "## Vietnam  and Australia\n\n" + BODY))
    assert isinstance(doc, Document)
    assert doc.title == "Vietnam and Australia"
    assert doc.text.startswith("## Vietnam and Australia\n\n")


def test_utf8_bom_is_accepted_and_dropped(tmp_path: Path) -> None:
    doc = _one(_write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + BODY.encode()))
    assert isinstance(doc, Document) and doc.text == normalize_text(BODY)


def test_text_is_normalised_and_stable(tmp_path: Path) -> None:
    doc = _one(_write(tmp_path / "n.txt", "Viet\u200bnam\u00a0and  Australia\r\n\r\n\r\n\r\nsigned."))
    assert isinstance(doc, Document)
    assert doc.text == "Vietnam and Australia\n\nsigned."
    assert normalize_text(doc.text) == doc.text


# -- errors ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "error", "words"),
    [
        ("empty.txt", b"", EmptyInputError, "empty"),
        ("blank.txt", b" \n\t\r\n  ", EmptyInputError, "whitespace"),
        ("bom-only.md", b"\xef\xbb\xbf\n", EmptyInputError, "whitespace"),
        ("zero-width.txt", "\u200b\u200b\n".encode(), EmptyInputError, "no readable text"),
        ("image.txt", PNG, BinaryInputError, "PNG image"),
        ("paper.html", PDF, BinaryInputError, "PDF document"),
        ("anim.md", b"GIF89a\x01\x00\x01\x00", BinaryInputError, "GIF image"),
        ("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF", BinaryInputError, "JPEG image"),
        ("bundle.jsonl", b"PK\x03\x04\x14\x00\x00\x00", BinaryInputError, "ZIP archive"),
        ("dump.txt", b"\x1f\x8b\x08\x00\x00\x00", BinaryInputError, "gzip"),
        ("nul.txt", b"abc\x00def\x01\x02\xff\xfe" * 3, BinaryInputError, "NUL bytes"),
        ("utf16.txt", "Hanoi".encode("utf-16"), EncodingError, "UTF-16"),
        ("old.txt", CP1252, EncodingError, "Windows-1252"),
    ],
)
def test_bad_file_yields_named_error(tmp_path: Path, name: str, data: bytes, error: type, words: str) -> None:
    result = _one(_write(tmp_path / name, data))
    assert type(result) is error
    assert words in result.reason
    assert result.source == str(tmp_path / name)
    assert "Traceback" not in str(result)


def test_encoding_error_names_the_position(tmp_path: Path) -> None:
    result = _one(_write(tmp_path / "old.txt", b"line one\n" + CP1252))
    assert isinstance(result, EncodingError)
    assert "line 2, column 4" in result.reason
    assert "0xe9" in result.reason


def test_missing_path(tmp_path: Path) -> None:
    result = _one(tmp_path / "nowhere.txt")
    assert type(result) is InputError
    assert result.reason == "no such file or directory"


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as f:
        f.write((BODY + "\n").encode())
        f.truncate(size)  # sparse: instant to create, and no disk space used
    return path


def test_size_override_refuses_a_21mb_file(tmp_path: Path) -> None:
    path = _sparse(tmp_path / "big.txt", 21 * 1024 * 1024)
    result = _one(path, settings=DEFAULT_SETTINGS.with_(max_bytes=1024 * 1024))
    assert isinstance(result, TooLargeError)
    assert "21.0 MB is over the 1.0 MB limit" in result.reason


def test_default_limit_refuses_a_21mb_file(tmp_path: Path) -> None:
    assert isinstance(_one(_sparse(tmp_path / "big.txt", 21 * 1024 * 1024)), TooLargeError)


def test_default_limit_refuses_a_50mb_file_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from chancery.ingest import readers

    path = _sparse(tmp_path / "huge.txt", 50 * 1024 * 1024)

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(readers, "open", no_open, raising=False)
    result = _one(path)
    assert isinstance(result, TooLargeError)
    assert "50.0 MB" in result.reason


def test_file_just_under_the_limit_is_read(tmp_path: Path) -> None:
    data = BODY.encode()
    doc = _one(_write(tmp_path / "fits.txt", data), settings=DEFAULT_SETTINGS.with_(max_bytes=len(data)))
    assert isinstance(doc, Document)


def test_errors_do_not_stop_other_files(tmp_path: Path) -> None:
    paths = [
        _write(tmp_path / "one.txt", BODY),
        _write(tmp_path / "broken.txt", PNG),
        tmp_path / "missing.txt",
        _write(tmp_path / "empty.md", b""),
        _write(tmp_path / "two.txt", "Another article about trade.\n" + BODY),
    ]
    results = _results(paths)
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["Document", "BinaryInputError", "InputError", "EmptyInputError", "Document"]


# -- unsupported extensions -----------------------------------------------------------------------


def test_named_unknown_extension_with_text_is_read_as_text(tmp_path: Path) -> None:
    doc = _one(_write(tmp_path / "wire.story", "Wire headline\n" + BODY))
    assert isinstance(doc, Document)
    assert (doc.id, doc.title) == ("wire", "Wire headline")


def test_named_unknown_extension_with_html_is_read_as_html(tmp_path: Path) -> None:
    doc = _one(_write(tmp_path / "page.php", HTML_PAGE))
    assert isinstance(doc, Document)
    assert "alert" not in doc.text and "comprehensive strategic partnership" in doc.text


def test_named_unknown_extension_with_binary_is_refused(tmp_path: Path) -> None:
    result = _one(_write(tmp_path / "report.docx", b"PK\x03\x04" + b"\x00" * 40))
    assert isinstance(result, BinaryInputError)


def test_named_unknown_extension_that_is_not_text_is_unsupported(tmp_path: Path) -> None:
    result = _one(_write(tmp_path / "blob.dat", b"header \x81\x8d\x8f\x90\x9d trailer"))
    assert isinstance(result, UnsupportedFormatError)


# -- folders ---------------------------------------------------------------------------------------


def test_folder_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    _write(root / "b.txt", "B headline\n" + BODY)
    _write(root / "a" / "z.md", "# Z\n" + BODY)
    _write(root / "a" / "deeper" / "y.html", HTML_PAGE)
    _write(root / "c.jsonl", json.dumps({"text": BODY}) + "\n")
    _write(root / "notes.csv", "a,b\n1,2\n")
    _write(root / ".hidden.txt", BODY)
    _write(root / ".git" / "x.txt", BODY)
    results = _results([root])
    assert all(isinstance(r, Document) for r in results)
    assert [r.id for r in results] == ["y", "z", "b", "c-1"]  # type: ignore[union-attr]


def test_folder_respects_settings_extensions(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", BODY)
    _write(tmp_path / "b.md", BODY)
    results = _results([tmp_path], settings=DEFAULT_SETTINGS.with_(extensions=(".md",)))
    assert [r.id for r in results] == ["b"]  # type: ignore[union-attr]


def test_folder_errors_do_not_stop_the_walk(tmp_path: Path) -> None:
    _write(tmp_path / "1.txt", BODY)
    _write(tmp_path / "2.txt", CP1252)
    _write(tmp_path / "3.txt", BODY + " More.")
    kinds = [type(r).__name__ for r in _results([tmp_path])]
    assert kinds == ["Document", "EncodingError", "Document"]


def test_folder_without_readable_files_is_reported(tmp_path: Path) -> None:
    _write(tmp_path / "data.csv", "a,b\n")
    result = _one(tmp_path)
    assert isinstance(result, EmptyInputError)
    assert "no files to read" in result.reason


# -- stdin -----------------------------------------------------------------------------------------


def test_stdin_bytes(tmp_path: Path) -> None:
    stream = io.BytesIO(("Headline from a pipe\n" + BODY).encode())
    (doc,) = _results(["-"], stdin=stream)
    assert isinstance(doc, Document)
    assert doc.source == "<stdin>"
    assert doc.id == doc.content_hash[:16] == content_hash(doc.text)[:16]
    assert doc.title == "Headline from a pipe"


def test_stdin_text_stream() -> None:
    (doc,) = _results(["-"], stdin=io.StringIO(BODY))
    assert isinstance(doc, Document) and doc.text == normalize_text(BODY)


def test_stdin_html_is_extracted() -> None:
    (doc,) = _results(["-"], stdin=io.BytesIO(HTML_PAGE.encode()))
    assert isinstance(doc, Document)
    assert doc.published == date(2025, 12, 30)
    assert "injected-script-text" not in doc.text


@pytest.mark.parametrize(
    ("data", "error"),
    [(b"", EmptyInputError), (PDF, BinaryInputError), (CP1252, EncodingError)],
)
def test_stdin_errors(data: bytes, error: type) -> None:
    (result,) = _results(["-"], stdin=io.BytesIO(data))
    assert type(result) is error and result.source == "<stdin>"


def test_stdin_over_the_limit() -> None:
    stream = io.BytesIO(b"word " * 1000)
    (result,) = _results(["-"], stdin=stream, settings=DEFAULT_SETTINGS.with_(max_bytes=100))
    assert isinstance(result, TooLargeError)


def test_stdin_between_files_keeps_order(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.txt", BODY)
    b = _write(tmp_path / "b.txt", "Other headline\n" + BODY)
    results = _results([a, "-", b], stdin=io.BytesIO(b"Piped text about trade talks."))
    assert [r.source for r in results] == [str(a), "<stdin>", str(b)]  # type: ignore[union-attr]
