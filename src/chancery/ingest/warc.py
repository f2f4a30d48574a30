"""WARC and ARC archives (the layout of Common Crawl's news crawl) -> documents, read as a stream.

Each ``response`` record with an HTML (or plain-text) payload becomes one document: the main text
and metadata through the HTML reader (trafilatura), the url from ``WARC-Target-URI``, the
publication date from the page's own metadata (the crawl date is when it was fetched, not
published). Records are read one at a time (warcio streams gzip-per-record and whole-file gzip
alike), so an archive of any size is read in bounded memory; a record over the size limit or with
an unreadable payload is reported as an error naming the archive and the record, and the rest of the
archive goes on.

A record's document id is ``<archive stem>-<sha256(url)[:12]>``: stable across re-reads, so
re-ingesting the same archive stores nothing twice.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..config import DEFAULT_SETTINGS, Settings
from ..errors import ArchiveError, InputError, TooLargeError
from ..model import Document
from .sniff import decode_bytes

__all__ = ["ARCHIVE_SUFFIXES", "is_archive", "read_archive"]

ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def is_archive(path: str) -> bool:
    return path.lower().endswith(ARCHIVE_SUFFIXES)


def _stem(path: str) -> str:
    name = Path(path).name
    for suffix in sorted(ARCHIVE_SUFFIXES, key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return Path(path).stem


def record_id(stem: str, url: str) -> str:
    return f"{stem}-{hashlib.sha256(url.encode('utf-8')).hexdigest()[:12]}"


def read_archive(path: str, *, settings: Settings = DEFAULT_SETTINGS) -> Iterator[Document | InputError]:
    """One result per response record with a readable page, in archive order."""
    from .readers import html_document  # readers dispatch to this module

    stem = _stem(path)
    seen: set[str] = set()
    try:
        with open(path, "rb") as fh:
            for n, record in enumerate(ArchiveIterator(fh, arc2warc=True, ensure_http_headers=True), start=1):
                if record.rec_type != "response":
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                source = f"{path}#{n}"
                ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
                if not ctype.lower().startswith(_HTML_TYPES):
                    continue
                status = record.http_headers.get_statuscode() if record.http_headers else "200"
                if status and not str(status).startswith("2"):
                    continue
                try:
                    body = record.content_stream().read(settings.max_bytes + 1)
                    if len(body) > settings.max_bytes:
                        raise TooLargeError(source, f"record of {url} is over the {settings.max_bytes}-byte limit")
                    text = decode_bytes(source, body, known_format=True)
                    doc_id = record_id(stem, url)
                    if doc_id in seen:
                        continue  # the same url crawled twice in one archive: the first capture
                    seen.add(doc_id)
                    yield html_document(source, text, doc_id=doc_id, url=url)
                except InputError as e:
                    yield e
    except ArchiveLoadFailed as e:
        yield ArchiveError(path, f"not a readable WARC/ARC archive ({e})")
    except (OSError, EOFError, zlib.error, ValueError) as e:
        yield ArchiveError(path, f"cannot read the archive: {e}")
