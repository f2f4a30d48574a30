"""Sources (files, folders, stdin) -> :class:`~chancery.model.Document` objects.

:func:`read_sources` never raises for a bad input: it yields the
:class:`~chancery.errors.InputError` as a value in the place of the document
and goes on with the rest of the batch, so one broken file does not stop a
thousand good ones.  The caller decides how to report it.

Only regular files are read: a FIFO, device or socket is refused before it is
read (opening does not block).  In a folder, a symbolic link whose target lies
outside the folder is refused unless ``settings.follow_symlinks``; links inside
the folder are read (links to folders inside it are skipped: the folder is
walked anyway).  Ids are the contract's and may repeat across sources; the
callers make them unique (:mod:`chancery.ingest.identity`).
"""

from __future__ import annotations

import json
import logging
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from ..config import DEFAULT_SETTINGS, Settings
from ..errors import (
    EmptyInputError,
    InputError,
    MalformedRecordError,
    NotRegularFileError,
    ProcessingError,
    TooLargeError,
)
from ..model import Document
from .bounds import TooDeepError, loads_bounded
from .dates import parse_metadata_date
from .dedup import content_hash
from .feeds import read_url, read_url_list
from .fetch import Fetcher, is_url
from .html_reader import extract_html, hostname, http_url
from .normalize import normalize_text, replace_surrogates
from .outlets import canonical_outlet, outlet_for_host, text_metadata
from .sniff import decode_bytes, looks_like_html
from .walk import FolderWalk, mode_kind, walk
from .warc import is_archive, read_archive

__all__ = ["STDIN", "count_files", "html_document", "read_file", "read_sources", "read_stdin"]

log = logging.getLogger(__name__)

#: the path that means "read standard input"
STDIN = "-"
_STDIN_SOURCE = "<stdin>"

#: reader format of each known extension
_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
}

Result = Document | InputError


def read_sources(
    paths: Iterable[str],
    *,
    settings: Settings = DEFAULT_SETTINGS,
    stdin: IO[bytes] | IO[str] | None = None,
) -> Iterator[Result]:
    """Yield a Document or an InputError for every input, in a stable order.

    ``"-"`` reads ``stdin`` (default: the process's standard input).  Folders
    are walked recursively in sorted order, keeping files whose extension is
    in ``settings.extensions`` and skipping hidden files and folders.  A JSONL
    file yields one result per non-blank line.
    """
    fetcher: Fetcher | None = None
    for raw in paths:
        path = os.fspath(raw)
        if path == STDIN:
            yield read_stdin(stdin, settings=settings)
        elif is_url(path) or path.lower().endswith(".urls"):
            fetcher = fetcher or Fetcher(settings=settings)
            if is_url(path):
                yield from read_url(path, fetcher, settings=settings)
            else:
                yield from read_url_list(path, fetcher, settings=settings)
        elif is_archive(path) and os.path.isfile(path):
            yield from read_archive(path, settings=settings)
        elif os.path.isdir(path):
            yield from _read_folder(path, settings)
        elif os.path.lexists(path):
            yield from read_file(path, settings=settings)
        else:
            yield InputError(path, "no such file or directory")


def read_file(path: str, *, settings: Settings = DEFAULT_SETTINGS) -> Iterator[Result]:
    """Results of one file: one for most formats, one per record for JSONL.

    Never raises: an unexpected failure while reading the file is reported as its error.
    """
    try:
        yield from _read_file(path, settings)
    except Exception as e:  # noqa: BLE001 - one file's failure must not end the batch
        yield _unexpected(path, e)


def _unexpected(source: str, e: Exception) -> InputError:
    log.debug("reading %s failed", source, exc_info=e)
    return ProcessingError(source, f"reading failed ({type(e).__name__}: {str(e)[:200] or 'no message'})")


def _read_file(path: str, settings: Settings) -> Iterator[Result]:
    fmt = _FORMATS.get(Path(path).suffix.lower())
    try:
        data = _read_bytes(path, settings.max_bytes)
        text = decode_bytes(path, data, known_format=fmt is not None)
        if fmt is None:
            fmt = "html" if looks_like_html(data) else "text"
        if fmt == "jsonl":
            yield from _jsonl_documents(path, text)
            return
        yield _document(path, text, fmt, doc_id=Path(path).stem)
    except InputError as e:
        yield e


def read_stdin(stream: IO[bytes] | IO[str] | None = None, *, settings: Settings = DEFAULT_SETTINGS) -> Result:
    """One document from ``stream`` (bytes are decoded as UTF-8)."""
    if stream is None:
        stream = sys.stdin.buffer
    try:
        raw = stream.read(settings.max_bytes + 1)
        data = raw.encode("utf-8") if isinstance(raw, str) else raw
        if len(data) > settings.max_bytes:
            raise TooLargeError(_STDIN_SOURCE, f"standard input is over the {_size(settings.max_bytes)} limit")
        text = decode_bytes(_STDIN_SOURCE, data)
        fmt = "html" if looks_like_html(data) else "text"
        doc = _document(_STDIN_SOURCE, text, fmt, doc_id="")
        return doc.with_(id=doc.content_hash[:16])
    except InputError as e:
        return e
    except OSError as e:
        return InputError(_STDIN_SOURCE, f"cannot read standard input: {e.strerror or e}")
    except Exception as e:  # noqa: BLE001
        return _unexpected(_STDIN_SOURCE, e)


# -- files and folders --------------------------------------------------------------------------


def _read_folder(folder: str, settings: Settings) -> Iterator[Result]:
    extensions = {ext.lower() for ext in settings.extensions}
    found = False
    try:
        for path in walk(folder, FolderWalk(folder, extensions, settings.follow_symlinks)):
            found = True
            if isinstance(path, InputError):
                yield path
            elif is_archive(path):
                yield from read_archive(path, settings=settings)
            else:
                yield from read_file(path, settings=settings)
    except OSError as e:
        yield InputError(folder, f"cannot list the folder: {e.strerror or e}")
        return
    if not found:
        wanted = ", ".join(sorted(extensions))
        yield EmptyInputError(folder, f"no files to read in the folder (looked for {wanted})")


def count_files(paths: Iterable[str], *, settings: Settings = DEFAULT_SETTINGS) -> int:
    """How many files ``read_sources`` will open for ``paths`` (for progress bars)."""
    extensions = {ext.lower() for ext in settings.extensions}
    n = 0
    for path in paths:
        if path == STDIN or not os.path.isdir(path):
            n += 1
            continue
        try:
            n += sum(1 for _ in walk(path, FolderWalk(path, extensions, settings.follow_symlinks)))
        except OSError:
            n += 1
    return n


def _read_bytes(path: str, max_bytes: int) -> bytes:
    """The file's bytes; a regular file only, its size checked before reading.

    The file is opened without blocking (a FIFO with no writer would otherwise wait forever) and
    checked on the open descriptor, so what is read is what was checked.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        raise InputError(path, f"cannot read the file: {(e.strerror or str(e)).lower()}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFileError(path, f"not a regular file: {mode_kind(info.st_mode)}")
        if info.st_size > max_bytes:
            raise TooLargeError(path, f"{_size(info.st_size)} is over the {_size(max_bytes)} limit")
        with os.fdopen(fd, "rb") as f:
            fd = -1  # closed by the file object
            data = f.read(max_bytes + 1)
    except OSError as e:
        raise InputError(path, f"cannot read the file: {(e.strerror or str(e)).lower()}") from None
    finally:
        if fd >= 0:
            os.close(fd)
    if len(data) > max_bytes:
        raise TooLargeError(path, f"over the {_size(max_bytes)} limit")
    return data


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} bytes"


# -- formats ------------------------------------------------------------------------------------


def _document(source: str, raw: str, fmt: str, *, doc_id: str) -> Document:
    if fmt == "html":
        article = extract_html(raw)
        if not article.text:
            raise EmptyInputError(source, "no readable text in the HTML")
        return Document(
            id=doc_id,
            text=article.text,
            title=article.title,
            outlet=article.outlet,
            url=article.url,
            published=article.published,
            source=source,
            content_hash=content_hash(article.text),
        )
    text = normalize_text(raw)
    if not text:
        raise EmptyInputError(source, "no readable text")
    meta = text_metadata(text, markdown=fmt == "markdown")  # headline and outlet from the head of the text
    return Document(id=doc_id, text=text, title=meta.title, outlet=meta.outlet, source=source,
                    content_hash=content_hash(text))


def html_document(source: str, html: str, *, doc_id: str, url: str | None = None) -> Document:
    """A document from an HTML page read from an archive, a feed or the web (``url`` where it came from)."""
    doc = _document(source, html, "html", doc_id=doc_id)
    if url and http_url(url):
        host = hostname(http_url(url) or url)
        doc = doc.with_(url=http_url(url), outlet=doc.outlet or outlet_for_host(host) or host)
    return doc


def _jsonl_documents(path: str, text: str) -> Iterator[Result]:
    stem = Path(path).stem
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        source = f"{path}:{lineno}"
        try:
            yield _record_document(source, line, default_id=f"{stem}-{lineno}")
        except InputError as e:
            yield e
        except Exception as e:  # noqa: BLE001 - one record's failure must not end the file
            yield _unexpected(source, e)


def _record_document(source: str, line: str, *, default_id: str) -> Document:
    try:
        record = loads_bounded(line)
    except TooDeepError as e:
        raise MalformedRecordError(source, f"invalid JSON: {e}") from None
    except json.JSONDecodeError as e:
        raise MalformedRecordError(source, f"invalid JSON ({e.msg} at column {e.colno})") from None
    if not isinstance(record, dict):
        raise MalformedRecordError(source, f"expected a JSON object, got {_json_type(record)}")
    if "text" not in record:
        raise MalformedRecordError(source, 'no "text" field')
    if not isinstance(record["text"], str):
        raise MalformedRecordError(source, f'"text" must be a string, got {_json_type(record["text"])}')
    text = normalize_text(record["text"])
    if not text:
        raise MalformedRecordError(source, '"text" is empty')
    url = http_url(replace_surrogates(record["url"]) if isinstance(record.get("url"), str) else None)
    return Document(
        id=_record_id(source, record.get("id"), default_id),
        text=text,
        title=_optional_str(record.get("title")),
        outlet=canonical_outlet(_optional_str(record.get("outlet"))) or _outlet_of(url, text),
        url=url,
        published=parse_metadata_date(record.get("published")),
        source=source,
        content_hash=content_hash(text),
    )


def _outlet_of(url: str | None, text: str) -> str | None:
    """A record without an outlet: its host's outlet, the one its text names, else the host."""
    host = hostname(url) if url else None
    return outlet_for_host(host) or text_metadata(text).outlet or host


def _record_id(source: str, value: object, default: str) -> str:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise MalformedRecordError(source, f'"id" must be a string, got {_json_type(value)}')
    return replace_surrogates(str(value).strip()) or default


def _optional_str(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return normalize_text(value) or None


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"
