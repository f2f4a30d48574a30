"""Where the per-document work (annotate, extract) runs: this process, a pool of processes, or a Dask
cluster. Every way gives the same mentions, in input order.

- ``jobs=1``: one annotator in this process, documents in batches;
- ``jobs=N``: N worker processes (fork), each loading the model once, shards of documents in flight
  in a bounded window, results yielded in input order;
- ``scheduler="tcp://host:8786"``: an existing Dask distributed cluster; ``scheduler="local"``: a
  LocalCluster of ``jobs`` single-threaded worker processes started for the run. Shards of documents go
  to the workers (each worker keeps its annotator between shards), mentions come back, and only the
  caller writes anything (the store has one writer).

A document whose annotation or extraction raises is reported as an :class:`~chancery.errors.InputError`
for that document; the others go on. Exact copies (same normalised text) are annotated once: later
copies reuse the first one's mentions under their own id.
"""

from __future__ import annotations

import collections
import dataclasses
import itertools
import multiprocessing
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .config import DEFAULT_SETTINGS, Settings
from .errors import ChanceryError, InputError
from .ingest.dedup import content_hash
from .model import Document, Mention

__all__ = ["Outcome", "default_jobs", "run"]

_SHARD = 16  # documents per task sent to a worker
_WINDOW = 4  # tasks in flight per worker


@dataclass(frozen=True)
class Outcome:
    """One input's result: a document and its mentions, or an error (an input or a processing one)."""

    document: Document | None
    mentions: tuple[Mention, ...] = ()
    error: InputError | None = None


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


# -- the work itself (runs wherever the documents are) ---------------------------------------------
_ANNOTATORS: dict[Settings, Any] = {}


def _annotator(settings: Settings) -> Any:
    from .annotate.pipeline import Annotator

    if settings not in _ANNOTATORS:
        _ANNOTATORS[settings] = Annotator(settings=settings)
    return _ANNOTATORS[settings]


def process_shard(docs: Sequence[Document], settings: Settings, kinds: tuple[str, ...] | None) -> list[Outcome]:
    """Annotate and extract a shard of documents; a failure is the failing document's alone
    (:func:`chancery.batch.process`)."""
    from .batch import process

    out: list[Outcome] = []
    for doc, outcome in process(_annotator(settings), list(docs), kinds=kinds, settings=settings):
        if isinstance(outcome, InputError):
            out.append(Outcome(None, (), outcome))
            continue
        adoc, mentions = outcome
        if doc.published is None and adoc.date is not None:
            doc = doc.with_(published=adoc.date)  # the dateline/byline date found in the text
        out.append(Outcome(doc, tuple(mentions)))
    return out


# -- executors ---------------------------------------------------------------------------------------
def _shards(items: Iterable[Document | InputError], settings: Settings, size: int) -> Iterator[list[Document | InputError]]:
    """Groups of at most ``size`` documents and about :data:`chancery.batch.MAX_BATCH_CHARS`
    characters; errors travel with the group they arrive in."""
    from .batch import batches

    def hashed() -> Iterator[Document | InputError]:
        for item in items:
            if isinstance(item, Document) and not item.content_hash:
                item = item.with_(content_hash=content_hash(item.text))
            yield item

    yield from batches(hashed(), settings.with_(batch_size=size),
                       lambda x: len(x.text) if isinstance(x, Document) else 0)


def _local_pool(jobs: int, settings: Settings, kinds: tuple[str, ...] | None) -> Any:
    ctx = multiprocessing.get_context("fork")
    return ctx.Pool(jobs, initializer=_annotator, initargs=(settings,))  # a no-op when forked after loading


def run(
    items: Iterable[Document | InputError],
    *,
    settings: Settings = DEFAULT_SETTINGS,
    kinds: Sequence[str] | None = None,
    jobs: int = 1,
    scheduler: str | None = None,
) -> Iterator[Outcome]:
    """An :class:`Outcome` per item (documents processed, errors passed through), in input order."""
    kind_t = tuple(kinds) if kinds else None
    known: dict[str, Outcome] = {}  # content hash -> first outcome (exact copies are not re-annotated)
    size = settings.batch_size if jobs <= 1 and not scheduler else _SHARD
    shards = _shards(items, settings, size)
    if jobs > 1 and not scheduler:
        first = next(shards, None)
        second = next(shards, None) if first is not None else None
        if second is None:  # one shard of work: a pool would only cost its start
            jobs = 1
        shards = itertools.chain([s for s in (first, second) if s is not None], shards)
        if jobs > 1:
            _annotator(settings)  # loaded once here; the forked workers share it
    if scheduler:
        submit, close = _dask_submitter(scheduler, jobs, settings, kind_t)
        width = max(1, jobs) * _WINDOW
    elif jobs > 1:
        pool = _local_pool(jobs, settings, kind_t)

        def submit(docs: list[Document]) -> Any:
            return pool.apply_async(process_shard, (docs, settings, kind_t))

        def close() -> None:
            pool.terminate()

        width = jobs * _WINDOW
    else:
        def submit(docs: list[Document]) -> Any:
            return _Done(process_shard(docs, settings, kind_t))

        def close() -> None:
            return None

        width = 1
    pending: collections.deque[tuple[list[Document | InputError], list[Document], Any]] = collections.deque()
    submitted: set[str] = set()
    try:
        for shard in shards:
            fresh = []
            for item in shard:
                if isinstance(item, Document) and item.content_hash not in known and item.content_hash not in submitted:
                    submitted.add(item.content_hash)
                    fresh.append(item)
            pending.append((shard, fresh, submit(fresh) if fresh else _Done([])))
            while len(pending) >= width:
                yield from _collect(*pending.popleft(), known)
        while pending:
            yield from _collect(*pending.popleft(), known)
    finally:
        close()


class _Done:
    def __init__(self, value: list[Outcome]) -> None:
        self.value = value

    def get(self) -> list[Outcome]:
        return self.value


def _collect(shard: list[Document | InputError], fresh: list[Document], handle: Any,
             known: dict[str, Outcome]) -> Iterator[Outcome]:
    results = handle.result() if hasattr(handle, "result") else handle.get()
    for d, outcome in zip(fresh, results):
        known[d.content_hash] = outcome
    for item in shard:
        if isinstance(item, InputError):
            yield Outcome(None, (), item)
            continue
        first = known[item.content_hash]
        if first.error is not None:
            same = first.error.source == (item.source or item.id)
            yield first if same else Outcome(None, (), InputError(item.source or item.id, first.error.reason))
        elif first.document is not None and first.document.id == item.id and first.document.source == item.source:
            yield first
        else:
            yield _relabel(first, item)


def _relabel(first: Outcome, doc: Document) -> Outcome:
    """The first copy's mentions under this document's id."""
    assert first.document is not None
    published = doc.published or first.document.published
    return Outcome(doc.with_(published=published), tuple(dataclasses.replace(m, doc=doc.id) for m in first.mentions))


# -- Dask ----------------------------------------------------------------------------------------------
def _dask_submitter(scheduler: str, jobs: int, settings: Settings, kinds: tuple[str, ...] | None) -> tuple[Any, Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as e:  # pragma: no cover - dask is a dependency
        raise ChanceryError("the distributed path needs dask[distributed] (pip install 'dask[distributed]')") from e
    cluster = None
    if scheduler == "local":
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                               dashboard_address=None, host="127.0.0.1")
        client = Client(cluster)
    else:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as e:
            raise ChanceryError(f"cannot reach the Dask scheduler at {scheduler}: {e}",
                                hint="start one with `dask scheduler` and workers with `dask worker ADDRESS`") from e

    def submit(docs: list[Document]) -> Any:
        return client.submit(process_shard, docs, settings, kinds, pure=False)

    def close() -> None:
        client.close()
        if cluster is not None:
            cluster.close()

    return submit, close
