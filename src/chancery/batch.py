"""Annotate and extract a batch of documents, each document its own unit of failure.

Documents are annotated together (spaCy is fastest on batches); if that fails, the documents not
yet done are annotated again one at a time, so the failing one is found and reported as a
:class:`~chancery.errors.ProcessingError` (``FILE[:LINE]: reason``) while the others go on.  An
extractor that fails on a document fails that document only.  Used by :func:`chancery.ingest`
and :func:`chancery.iter_extract`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

from .annotate.document import AnnotatedDocument
from .annotate.pipeline import Annotator
from .config import Settings
from .errors import ProcessingError
from .extract import run_extractors
from .model import Document, Mention

__all__ = ["MAX_BATCH_CHARS", "Outcome", "batches", "process"]

log = logging.getLogger(__name__)

#: characters of text annotated together at most (with ``settings.batch_size`` documents at most)
MAX_BATCH_CHARS = 2_000_000

Outcome = tuple[AnnotatedDocument, list[Mention]] | ProcessingError
T = TypeVar("T")


def batches(items: Iterable[T], settings: Settings, size: Callable[[T], int]) -> Iterator[list[T]]:
    """Consecutive groups of at most ``settings.batch_size`` items and about
    :data:`MAX_BATCH_CHARS` characters of text (``size``); a longer item is a group of its own."""
    group: list[T] = []
    chars = 0
    for item in items:
        n = size(item)
        if group and (len(group) >= settings.batch_size or chars + n > MAX_BATCH_CHARS):
            yield group
            group, chars = [], 0
        group.append(item)
        chars += n
    if group:
        yield group


def _failure(doc: Document, stage: str, e: BaseException) -> ProcessingError:
    log.debug("%s failed on %s", stage, doc.source or doc.id, exc_info=e)
    reason = f"{stage} failed ({type(e).__name__}: {str(e)[:200] or 'no message'})"
    return ProcessingError(doc.source or doc.id, reason)


def _extract(adoc: AnnotatedDocument, kinds: Sequence[str] | None, settings: Settings) -> Outcome:
    try:
        mentions = [m for m in run_extractors(adoc, kinds) if m.confidence >= settings.min_confidence]
    except Exception as e:  # noqa: BLE001 - one document's failure must not end the batch
        return _failure(adoc.doc, "extraction", e)
    return adoc, mentions


def process(annotator: Annotator, docs: Sequence[Document], *, kinds: Sequence[str] | None,
            settings: Settings) -> Iterator[tuple[Document, Outcome]]:
    """``(document, (annotated, mentions) or ProcessingError)`` for each of ``docs``, in order."""
    done = 0
    try:
        for adoc in annotator.annotate_many(docs):
            yield docs[done], _extract(adoc, kinds, settings)
            done += 1
    except Exception as e:  # noqa: BLE001 - find the failing document below
        log.debug("annotating a batch failed (%s); annotating its documents one at a time", e)
    for doc in docs[done:]:
        try:
            adoc = annotator.annotate(doc)
        except Exception as e:  # noqa: BLE001 - one document's failure must not end the batch
            yield doc, _failure(doc, "annotation", e)
            continue
        yield doc, _extract(adoc, kinds, settings)
