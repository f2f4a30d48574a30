"""The ingest pipeline: sources -> documents -> annotate -> extract -> store.

Documents already stored unchanged (or exact copies of stored ones) are not
annotated again, so re-running an ingest is cheap and changes nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO

from . import runner
from .config import DEFAULT_SETTINGS, Settings
from .errors import InputError
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
    jobs: int = 1,
    scheduler: str | None = None,
) -> IngestReport:
    """Store every readable source and its mentions; report what happened to each.

    Documents already stored unchanged are recognised before annotation. The per-document work runs
    in this process, in ``jobs`` worker processes or on a Dask ``scheduler`` (:mod:`chancery.runner`);
    this process alone writes the store, one transaction per document.
    """
    report = IngestReport()

    def note(item: Document | InputError, result: AddResult | None) -> None:
        if result is not None:
            report.results.append(result)
        else:
            assert isinstance(item, InputError)
            report.errors.append(item)
        if progress:
            progress(item, result)

    seen_ids: set[str] = set()

    def todo() -> Iterator[Document | InputError]:
        for item in read_sources([os.fspath(s) for s in sources], settings=settings, stdin=stdin):
            if isinstance(item, InputError):
                yield item
                continue
            done = db.check(item)
            if done is None and item.id in seen_ids:
                done = AddResult(item.id, "duplicate", duplicate_of=item.id)
            if done is not None:
                note(item, done)
                continue
            seen_ids.add(item.id)
            yield item

    for o in runner.run(todo(), settings=settings, kinds=kinds, jobs=jobs, scheduler=scheduler):
        if o.error is not None:
            note(o.error, None)
            continue
        assert o.document is not None
        note(o.document, db.add(o.document, list(o.mentions)))
    return report
