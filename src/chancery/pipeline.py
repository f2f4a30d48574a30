"""The ingest pipeline: sources -> documents -> annotate -> extract -> store.

Documents already stored unchanged (or exact copies of stored ones) are not
annotated again, so re-running an ingest is cheap and changes nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO

from .annotate.pipeline import Annotator
from .config import DEFAULT_SETTINGS, Settings
from .errors import InputError
from .extract import run_extractors
from .ingest import read_sources
from .model import Document
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

    def summary(self) -> str:
        parts = [f"{self.count('added')} added"]
        for status in ("updated", "unchanged", "duplicate"):
            if self.count(status):
                parts.append(f"{self.count(status)} {status}")
        near = sum(1 for r in self.results if r.status in ("added", "updated") and r.duplicate_of)
        if near:
            parts.append(f"{near} near-duplicate")
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
) -> IngestReport:
    """Store every readable source and its mentions; report what happened to each."""
    report = IngestReport()
    annotator: Annotator | None = None
    pending: list[Document] = []

    def flush() -> Iterator[tuple[Document, AddResult]]:
        nonlocal annotator
        if not pending:
            return
        annotator = annotator or Annotator(settings=settings)
        for adoc in annotator.annotate_many(pending):
            mentions = [m for m in run_extractors(adoc, kinds) if m.confidence >= settings.min_confidence]
            doc = adoc.doc
            if doc.published is None and adoc.date is not None:
                doc = doc.with_(published=adoc.date)  # the dateline/byline date found in the text
            yield doc, db.add(doc, mentions)
        pending.clear()

    seen_ids: set[str] = set()
    for item in read_sources([os.fspath(s) for s in sources], settings=settings, stdin=stdin):
        if isinstance(item, InputError):
            report.errors.append(item)
            if progress:
                progress(item, None)
            continue
        done = db.check(item)
        if done is None and item.id in seen_ids:
            done = AddResult(item.id, "duplicate", duplicate_of=item.id)
        if done is not None:
            report.results.append(done)
            if progress:
                progress(item, done)
            continue
        seen_ids.add(item.id)
        pending.append(item)
        if len(pending) >= settings.batch_size:
            for doc, result in flush():
                report.results.append(result)
                if progress:
                    progress(doc, result)
    for doc, result in flush():
        report.results.append(result)
        if progress:
            progress(doc, result)
    return report
