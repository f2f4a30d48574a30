"""The ingest pipeline: sources -> documents -> annotate -> extract -> store.

Documents already stored unchanged (or exact copies of stored ones) are not
annotated again, so re-running an ingest is cheap and changes nothing.

Every document is its own unit of failure: a document that cannot be read,
annotated or extracted is reported (``FILE[:LINE]: reason``) and the batch goes
on; each document is committed as soon as it is done, so a crash loses only the
documents in progress.  Ids never collide silently
(:mod:`chancery.ingest.identity`): a text whose id is held by another text is
stored under a new id, and a stored text is replaced only with
``replace=True``.  Annotation and extraction run in this process, in worker processes or on a Dask
cluster (:mod:`chancery.runner`); only this process writes the store.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace as dc_replace
from typing import IO

from . import runner
from .config import DEFAULT_SETTINGS, Settings
from .errors import IdCollisionError, InputError, ProcessingError, StoreError
from .ingest import read_sources
from .ingest.identity import DocumentIds, Placement
from .model import Document, Mention
from .store.database import AddResult, Database

__all__ = ["IngestReport", "ingest"]


@dataclass
class IngestReport:
    results: list[AddResult] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def mentions(self) -> int:
        return sum(r.mentions for r in self.results)

    @property
    def renamed(self) -> list[AddResult]:
        """Documents stored under a new id because their own id holds another text."""
        return [r for r in self.results if r.taken and r.status in ("added", "updated")]

    def summary(self) -> str:
        parts = [f"{self.count('added')} added"]
        for status in ("updated", "unchanged", "duplicate"):
            if self.count(status):
                parts.append(f"{self.count(status)} {'replaced' if status == 'updated' else status}")
        near = sum((1 if r.duplicate_of else 0) + len(r.copies) for r in self.results if r.status in ("added", "updated"))
        if near:
            parts.append(f"{near} near-duplicate")
        if self.renamed:
            parts.append(f"{len(self.renamed)} under a new id")
        parts.append(f"{self.mentions} mentions stored")
        if self.errors:
            parts.append(f"{len(self.errors)} failed")
        return ", ".join(parts)


Progress = Callable[[Document | InputError, AddResult | None], None]


def ingest(
    sources: Iterable[str | os.PathLike[str]],
    db: Database,
    *,
    settings: Settings = DEFAULT_SETTINGS,
    kinds: Sequence[str] | None = None,
    stdin: IO[bytes] | IO[str] | None = None,
    progress: Progress | None = None,
    replace: bool = False,
    jobs: int = 1,
    scheduler: str | None = None,
) -> IngestReport:
    """Store every readable source and its mentions; report what happened to each.

    ``replace``: a source whose id holds another stored text replaces that text (else it is
    stored under a new id and the stored text stays). The per-document work runs in this process,
    in ``jobs`` worker processes or on a Dask ``scheduler`` (:mod:`chancery.runner`); this process
    alone writes the store, one transaction per document, in input order.
    """
    report = IngestReport()

    def note(item: Document | InputError, result: AddResult | None) -> None:
        if isinstance(item, InputError):
            report.errors.append(item)
        elif result is not None:
            report.results.append(result)
        if progress:
            progress(item, result)

    ids = DocumentIds(stored=db.stored_hash)
    placements: dict[str, Placement] = {}
    queued: set[str] = set()

    def todo() -> Iterator[Document | InputError]:
        for placement in _placed(read_sources([os.fspath(s) for s in sources], settings=settings, stdin=stdin),
                                 ids, replace, note):
            doc = placement.doc
            done = db.check(doc)
            if done is None and doc.id in queued:
                done = AddResult(doc.id, "duplicate", duplicate_of=doc.id)
            if done is not None:
                note(doc, done)
                continue
            queued.add(doc.id)
            placements[doc.id] = placement
            yield doc

    for outcome in runner.run(todo(), settings=settings, kinds=kinds, jobs=jobs, scheduler=scheduler):
        if outcome.error is not None:
            note(outcome.error, None)
            continue
        assert outcome.document is not None
        doc, mentions = outcome.document, list(outcome.mentions)
        placement = placements.pop(doc.id)
        try:
            result = _store(db, ids, doc, mentions, placement)
        except InputError as e:  # no id left for it
            note(e, None)
            continue
        except StoreError:
            raise  # the database itself fails: nothing more can be stored
        except Exception as e:  # noqa: BLE001 - this document cannot be stored; the rest go on
            note(ProcessingError(doc.source or doc.id, f"storing failed ({type(e).__name__}: {e})"), None)
            continue
        if result.doc_id != doc.id:  # another writer took the id meanwhile: stored under the next one
            placement = dc_replace(placement, taken=placement.taken or doc.id)
            doc = doc.with_(id=result.doc_id)
        note(doc, dc_replace(result, taken=placement.taken) if placement.taken else result)
    return report


def _store(db: Database, ids: DocumentIds, doc: Document, mentions: list[Mention], placement: Placement) -> AddResult:
    """``db.add``; if another writer stored a different text under the id since it was chosen, the
    document takes the next free id (its mentions follow) instead of failing."""
    try:
        return db.add(doc, mentions, replace=placement.status == "replace")
    except IdCollisionError:
        if placement.status == "replace":
            raise
        ids.release(doc.id)
        again = ids.place(doc.with_(id=placement.taken or doc.id)).doc
        return db.add(again, [dc_replace(m, doc=again.id) for m in mentions])


def _placed(items: Iterable[Document | InputError], ids: DocumentIds, replace: bool,
            note: Callable[[Document | InputError, AddResult | None], None]) -> Iterator[Placement]:
    """The readable documents with the ids they take; errors go to ``note``."""
    for item in items:
        if isinstance(item, InputError):
            note(item, None)
            continue
        try:
            yield ids.place(item, replace=replace)
        except InputError as e:
            note(e, None)
