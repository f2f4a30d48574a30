"""Ingest jobs for the web app: uploads queued and run one at a time by a background thread.

A job writes its uploads to a private temporary folder (file names reduced to safe characters; the
stem becomes the document id, as for any file input), runs :func:`chancery.ingest` on them with its
own database connection and records per-document progress that the API and the ingest page poll.
"""

from __future__ import annotations

import hashlib
import json
import logging
import queue
import re
import shutil
import tempfile
import threading
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..config import DEFAULT_SETTINGS, Settings
from ..errors import InputError
from ..model import Document
from ..pipeline import ingest
from ..store.database import AddResult, Database

__all__ = ["IngestJobs", "Job", "safe_name"]

log = logging.getLogger("chancery.web")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(name: str, default: str = "upload.txt") -> str:
    """A file name without folders or odd characters (``../x y.txt`` -> ``x_y.txt``)."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = _UNSAFE.sub("_", base).strip("._")[:100]
    return base or default


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class Job:
    id: str
    files: list[str]
    state: str = "queued"  # queued | running | done | failed
    created: str = field(default_factory=_now)
    finished: str | None = None
    documents: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    summary: str | None = None
    folder: Path | None = None
    replace: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "state": self.state, "files": list(self.files), "created": self.created,
            "finished": self.finished, "processed": len(self.documents) + len(self.errors),
            "documents": list(self.documents), "errors": list(self.errors), "summary": self.summary,
            "replace": self.replace,
        }


class IngestJobs:
    """A queue of ingest jobs over one database file, worked by one daemon thread."""

    def __init__(self, db_path: str, *, settings: Settings = DEFAULT_SETTINGS, keep: int = 200) -> None:
        self.db_path = db_path
        self.settings = settings
        self.keep = keep
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._thread: threading.Thread | None = None

    def submit(self, uploads: list[tuple[str, bytes]], *, replace: bool = False) -> Job:
        """Queue ``(file name, content)`` pairs for ingest; returns the job (state ``queued``).

        ``replace``: a document whose id holds another stored text replaces it (else it is stored
        under a new id)."""
        folder = Path(tempfile.mkdtemp(prefix="chancery-ingest-"))
        names = []
        for i, (name, content) in enumerate(uploads):
            sub = folder / f"{i:04d}"
            sub.mkdir()
            path = sub / safe_name(name)
            path.write_bytes(content)
            names.append(path.name)
        job = Job(uuid.uuid4().hex[:16], names, folder=folder, replace=replace)
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > self.keep:
                self._jobs.pop(next(iter(self._jobs)))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._work, name="chancery-ingest", daemon=True)
                self._thread.start()
        self._queue.put(job)
        return job

    @staticmethod
    def text_upload(text: str, doc_id: str | None = None) -> tuple[str, bytes]:
        """A pasted text as an upload (named after ``doc_id``, else after its content hash)."""
        data = text.encode("utf-8")
        stem = doc_id or "pasted-" + hashlib.sha256(data).hexdigest()[:12]
        return f"{safe_name(stem, 'pasted')}.txt", data

    @staticmethod
    def record_upload(record: dict[str, Any]) -> tuple[str, bytes]:
        """One JSONL record as an upload: its ``id`` is kept as is, whatever characters it holds."""
        line = json.dumps({k: v for k, v in record.items() if v is not None}, ensure_ascii=False)
        return "replace.jsonl", (line + "\n").encode("utf-8")

    def get(self, job_id: str) -> dict[str, Any] | None:
        with self._lock:
            job = self._jobs.get(job_id)
            return job.as_dict() if job else None

    def close(self) -> None:
        self._queue.put(None)

    # -- the worker -----------------------------------------------------------------------------
    def _work(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            self._run(job)

    def _run(self, job: Job) -> None:
        job.state = "running"

        def progress(item: Document | InputError, result: AddResult | None) -> None:
            with self._lock:
                if isinstance(item, InputError):
                    job.errors.append({"source": Path(item.source).name, "message": item.reason,
                                       "hint": item.hint or None})
                elif result is not None:
                    job.documents.append({
                        "id": result.doc_id, "title": item.title, "status": result.status,
                        "mentions": result.mentions, "duplicate_of": result.duplicate_of,
                        "asked_id": result.taken,
                    })

        try:
            assert job.folder is not None
            paths = sorted(str(p) for p in job.folder.glob("*/*"))  # files, not the folder: none skipped
            with Database(self.db_path, settings=self.settings) as db:
                report = ingest(paths, db, settings=self.settings, progress=progress, replace=job.replace)
            job.summary = report.summary()
            job.state = "done"
        except Exception as e:  # any failure ends the job as "failed", logged, never lost
            log.exception("ingest job %s failed", job.id)
            job.summary = f"ingest failed: {e}"
            job.state = "failed"
        finally:
            job.finished = _now()
            if job.folder is not None:
                shutil.rmtree(job.folder, ignore_errors=True)
