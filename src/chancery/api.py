"""The Python API: sources in, source-linked mentions out.

    >>> import chancery
    >>> mentions = chancery.extract(["news/"])             # paths, folders, "-"
    >>> mentions = chancery.extract_text("Viet Nam and Japan ...", doc_id="x")

The CLI, the store and the web app call these functions; they hold no logic
of their own.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO

from . import runner
from .config import DEFAULT_SETTINGS, Settings
from .errors import InputError
from .ingest import read_sources
from .ingest.identity import DocumentIds
from .ingest.normalize import normalize_text
from .model import Document, Mention

__all__ = ["Extraction", "extract", "extract_documents", "extract_text", "iter_extract", "make_document"]

Source = str | os.PathLike[str] | Document


@dataclass(frozen=True)
class Extraction:
    """The outcome for one source: a document and its mentions, or an error."""

    document: Document | None
    mentions: tuple[Mention, ...] = ()
    error: InputError | None = None


def make_document(text: str, *, doc_id: str | None = None, **meta: object) -> Document:
    """A :class:`Document` from raw text (normalised; id from the content hash if not given)."""
    norm = normalize_text(text)
    digest = hashlib.sha256(norm.encode("utf-8")).hexdigest()
    return Document(id=doc_id or digest[:16], text=norm, content_hash=digest, **meta)  # type: ignore[arg-type]


def _documents(
    sources: Iterable[Source], settings: Settings, stdin: IO[bytes] | IO[str] | None
) -> Iterator[Document | InputError]:
    paths: list[str] = []
    for src in sources:
        if isinstance(src, Document):
            if paths:
                yield from read_sources(paths, settings=settings, stdin=stdin)
                paths = []
            yield src
        else:
            paths.append(os.fspath(src))
    if paths:
        yield from read_sources(paths, settings=settings, stdin=stdin)


def iter_extract(
    sources: Iterable[Source],
    *,
    kinds: Sequence[str] | None = None,
    settings: Settings = DEFAULT_SETTINGS,
    stdin: IO[bytes] | IO[str] | None = None,
    jobs: int = 1,
    scheduler: str | None = None,
) -> Iterator[Extraction]:
    """Read, annotate and extract, one :class:`Extraction` per source document, in input order.

    Bad inputs, and documents whose annotation or extraction fails, come back as extractions
    with ``error`` set; the batch goes on.  A document whose id another text of the batch holds
    gets a distinguishing id (:mod:`chancery.ingest.identity`). ``jobs`` worker processes, or a
    Dask ``scheduler`` ("tcp://host:8786" or "local"), share the work (:mod:`chancery.runner`); the
    output is the same.
    """
    ids = DocumentIds()

    def placed() -> Iterator[Document | InputError]:
        for item in _documents(sources, settings, stdin):
            if isinstance(item, InputError):
                yield item
                continue
            try:
                yield ids.place(item).doc
            except InputError as e:
                yield e

    for o in runner.run(placed(), settings=settings, kinds=kinds, jobs=jobs, scheduler=scheduler):
        yield Extraction(o.document, o.mentions, o.error)


def extract(
    sources: Source | Iterable[Source],
    *,
    kinds: Sequence[str] | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> list[Mention]:
    """All mentions in ``sources`` (files, folders, documents); bad inputs are skipped.

    Use :func:`iter_extract` to see the errors as well.
    """
    if isinstance(sources, (str, os.PathLike, Document)):
        sources = [sources]
    return [m for ex in iter_extract(sources, kinds=kinds, settings=settings) for m in ex.mentions]


def extract_documents(
    docs: Iterable[Document], *, kinds: Sequence[str] | None = None, settings: Settings = DEFAULT_SETTINGS
) -> list[Mention]:
    return extract(list(docs), kinds=kinds, settings=settings)


def extract_text(
    text: str, *, doc_id: str | None = None, kinds: Sequence[str] | None = None, **meta: object
) -> list[Mention]:
    """Mentions in one text given as a string."""
    return extract(make_document(text, doc_id=doc_id, **meta), kinds=kinds)
