"""Document ids that never collide silently.

A document's id is the contract's (the file name without its extension, or the JSONL record's
``id``) whenever no other text holds it.  When a second source brings a *different* text under an
id already held (``a/report.txt`` and ``b/report.txt``, two JSONL records with one ``id``, a file
whose name matches a stored document), it gets the id followed by ``~`` and the start of its own
content hash (``report~3fa9c2d1``).  The new id depends only on the text, so re-reading the same
inputs, in any order and from any folder, gives the same ids and changes nothing.

:class:`DocumentIds` assigns ids for one batch; a ``stored`` lookup (the database) extends what is
held to what was stored earlier.  Replacing a stored text is never implied: it takes
``replace=True`` (``chancery ingest --replace``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..errors import IdCollisionError
from ..model import Document

__all__ = ["SEPARATOR", "DocumentIds", "Placement", "candidate_ids"]

#: separates an id from the content-hash suffix that tells it apart
SEPARATOR = "~"

Lookup = Callable[[str], str | None]  # id -> content hash of the text held under it, or None


def candidate_ids(doc_id: str, content_hash: str) -> Iterator[str]:
    """The ids a document may take, in order: its own, then with 8, 16 and all hex digits of its hash."""
    yield doc_id
    for n in (8, 16, len(content_hash)):
        yield f"{doc_id}{SEPARATOR}{content_hash[:n]}"


@dataclass(frozen=True)
class Placement:
    """Where a document goes: its final id and why.

    ``status``: ``new`` (a free id), ``same`` (this text is already held under ``doc.id``) or
    ``replace`` (``doc.id`` holds another stored text that ``replace=True`` replaces).
    ``taken`` is the id the document asked for when another text holds it.
    """

    doc: Document
    status: str
    taken: str | None = None


class DocumentIds:
    """The ids handed out in one batch (id -> content hash), checked against ``stored`` as well."""

    def __init__(self, stored: Lookup | None = None) -> None:
        self._batch: dict[str, str] = {}
        self._stored = stored

    def _holder(self, doc_id: str) -> tuple[str | None, bool]:
        """(hash held under ``doc_id``, whether it was handed out in this batch)."""
        if doc_id in self._batch:
            return self._batch[doc_id], True
        return (self._stored(doc_id) if self._stored else None), False

    def place(self, doc: Document, *, replace: bool = False) -> Placement:
        """The id ``doc`` takes (raises :class:`IdCollisionError` if none is free).

        The same text keeps the id it holds; ``replace`` lets the document's own id go to its new
        text when that id holds a *stored* text (never one handed out earlier in this batch).
        """
        own = doc.content_hash
        candidates = list(candidate_ids(doc.id, own))
        for cid in candidates:  # the text may already be held under one of its ids
            held, _ = self._holder(cid)
            if held == own:
                return self._take(doc, cid, "same")
        held, in_batch = self._holder(doc.id)
        if held is not None and replace and not in_batch:
            return self._take(doc, doc.id, "replace")
        for cid in candidates:
            held, _ = self._holder(cid)
            if held is None:
                return self._take(doc, cid, "new", taken=doc.id if cid != doc.id else None)
        raise IdCollisionError(doc.source or doc.id, f"every id for document {doc.id!r} is held by another text")

    def release(self, doc_id: str) -> None:
        """Forget that ``doc_id`` was handed out in this batch (its document could not be stored there)."""
        self._batch.pop(doc_id, None)

    def _take(self, doc: Document, doc_id: str, status: str, taken: str | None = None) -> Placement:
        self._batch[doc_id] = doc.content_hash
        return Placement(doc if doc_id == doc.id else doc.with_(id=doc_id), status, taken)
