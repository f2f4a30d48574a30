"""The embedded store: documents and mentions in one SQLite file.

One write path (:meth:`Database.add`), one transaction per document, WAL so
readers never block on the writer, migrations recorded by name.  Adding the
same document twice changes nothing; an exact copy under another id is not
stored again; a near-duplicate (a syndicated copy with small edits) is stored
and linked to the earlier document it copies (:mod:`.near_links`).

Several processes may write one file at once.  Opening waits for a busy
database (``busy_timeout``) and migrates under the write lock; every check
that decides what :meth:`Database.add` does (same id, same text, the
near-duplicate links) is made inside its ``BEGIN IMMEDIATE`` transaction, so
it sees every document committed before, whoever wrote it.  A stored text is
never replaced unless ``replace=True``.
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from ..config import DEFAULT_SETTINGS, Settings
from ..errors import IdCollisionError, StoreError
from ..ingest.dedup import shingle_signature, signature_to_bytes
from ..model import Document, Evidence, Mention
from .migrations import migrate
from .near_links import link_document
from .search_index import index_document

__all__ = ["BUSY_TIMEOUT", "DEFAULT_DB", "AddResult", "Database", "mention_filter"]

DEFAULT_DB = "chancery.db"

#: how long a writer waits for another writer's transaction before giving up (seconds)
BUSY_TIMEOUT = 60.0

# mention fields whose values are actors (for --country filters)
_ACTOR_FIELDS = ("a", "b", "visitor_country", "host", "subject", "actor", "parties", "countries", "orgs")

T = TypeVar("T")


@dataclass(frozen=True)
class AddResult:
    """What :meth:`Database.add` did: added, unchanged, updated (replaced) or duplicate.

    ``taken`` is the id the document asked for when another text held it (the document was
    stored under ``doc_id`` instead).  ``copies``: documents stored earlier that are near-copies
    of this one and now link to it (it comes before them in the document order).
    """

    doc_id: str
    status: str
    mentions: int = 0
    duplicate_of: str | None = None
    similarity: float | None = None
    taken: str | None = None
    copies: tuple[str, ...] = ()


def _locked(e: sqlite3.OperationalError) -> bool:
    return "locked" in str(e) or "busy" in str(e)


def _retry_locked(step: Callable[[], T], timeout: float) -> T:
    """``step()``, tried again while the database is locked by another connection (up to ``timeout``).

    Some statements (switching the journal to WAL) fail at once when another connection holds a
    lock instead of waiting for the busy timeout.
    """
    deadline = time.monotonic() + timeout
    while True:
        try:
            return step()
        except sqlite3.OperationalError as e:
            if not _locked(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.01 + random.random() * 0.05)


class Database:
    """A chancery database file (created and migrated on open)."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, settings: Settings = DEFAULT_SETTINGS) -> None:
        self.path = str(path)
        self.settings = settings
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                                        timeout=BUSY_TIMEOUT)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT * 1000)}")
            if self.conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                _retry_locked(lambda: self.conn.execute("PRAGMA journal_mode=WAL").fetchone(), BUSY_TIMEOUT)
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            _retry_locked(lambda: migrate(self.conn, near_duplicate_threshold=settings.near_duplicate_threshold),
                          BUSY_TIMEOUT)
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path}: cannot open the database: {e}",
                             hint="is it a chancery database? pass another file with --db") from e

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the write path ----------------------------------------------------------
    def stored_hash(self, doc_id: str) -> str | None:
        """The content hash of the text stored under ``doc_id``, or None."""
        row = self.conn.execute("SELECT content_hash FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def check(self, doc: Document) -> AddResult | None:
        """What adding ``doc`` would do without extracting: a result if nothing is to be done."""
        row = self.conn.execute("SELECT content_hash FROM documents WHERE id = ?", (doc.id,)).fetchone()
        if row is not None and row["content_hash"] == doc.content_hash:
            return AddResult(doc.id, "unchanged")
        same = self.conn.execute(
            "SELECT id FROM documents WHERE content_hash = ? AND id != ? ORDER BY id LIMIT 1", (doc.content_hash, doc.id)
        ).fetchone()
        if same is not None:
            return AddResult(doc.id, "duplicate", duplicate_of=same["id"], similarity=1.0)
        return None

    def add(self, doc: Document, mentions: Sequence[Mention], *, replace: bool = False) -> AddResult:
        """Store a document and its mentions in one transaction.

        Unchanged if ``doc.id`` holds this text already; a duplicate if another id holds it.  If
        ``doc.id`` holds another text, that text is replaced only with ``replace=True``; otherwise
        :class:`~chancery.errors.IdCollisionError` (callers pick a free id first with
        :class:`~chancery.ingest.identity.DocumentIds`; this is the last wall against a race).
        """
        signature = shingle_signature(doc.text)  # the costly part, outside the lock
        published = doc.published.isoformat() if doc.published else None
        now = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            done = self.check(doc)  # again, under the lock: another writer may have stored it
            if done is not None:
                self.conn.execute("COMMIT")
                return done
            existed = self.stored_hash(doc.id) is not None
            if existed and not replace:
                self.conn.execute("ROLLBACK")
                raise IdCollisionError(doc.source or doc.id, f"document {doc.id!r} already holds another text"
                                       " (stored meanwhile by another writer?)", hint="run the ingest again: it"
                                       " stores the text under a new id (or pass --replace to replace the stored one)")
            dependents: list[str] = []
            rowid = None
            if existed:
                dependents = [r[0] for r in self.conn.execute("SELECT id FROM documents WHERE duplicate_of = ?",
                                                              (doc.id,))]
                self.conn.execute("UPDATE documents SET duplicate_of = NULL, similarity = NULL WHERE duplicate_of = ?",
                                  (doc.id,))
                # a fresh rowid, above every earlier one, so readers see that something changed
                rowid = self.conn.execute("SELECT max(rowid) + 1 FROM documents").fetchone()[0]
                self.conn.execute("DELETE FROM mentions WHERE doc_id = ?", (doc.id,))
                self.conn.execute("DELETE FROM documents WHERE id = ?", (doc.id,))
            self.conn.execute(
                "INSERT INTO documents (rowid, id, content_hash, text, title, outlet, url, published, language,"
                " source, duplicate_of, similarity, signature, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    rowid, doc.id, doc.content_hash, doc.text, doc.title, doc.outlet, doc.url, published,
                    doc.language, doc.source, None, None, signature_to_bytes(signature), now,
                ),
            )
            linked = link_document(self.conn, doc.id, published, signature, self.settings.near_duplicate_threshold,
                                   dependents=dependents)
            # issue 5: keep the FTS5 sentence index (migration 0002) in step, in this same transaction
            index_document(self.conn, doc.id, doc.text)
            count = 0
            for m in mentions:
                count += self._insert_mention(m)
            self.conn.execute("COMMIT")
        except sqlite3.Error as e:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise StoreError(f"{self.path}: cannot store document {doc.id}: {e}") from e
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        return AddResult(doc.id, "updated" if existed else "added", count, linked.original, linked.similarity,
                         copies=linked.copies)

    def _insert_mention(self, m: Mention) -> int:
        fields = m.fields()
        args = json.dumps(fields, ensure_ascii=False, sort_keys=True)
        year = fields.get("year") if isinstance(fields.get("year"), int) else None
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO mentions (doc_id, kind, args, ev_start, ev_end, confidence, extractor, year)"
            " VALUES (?,?,?,?,?,?,?,?)",
            (m.doc, m.kind, args, m.evidence.start, m.evidence.end, m.confidence, f"{m.extractor}/{m.version}", year),
        )
        if cur.rowcount == 0:
            return 0
        mid = cur.lastrowid
        actors: set[str] = set()
        for name in _ACTOR_FIELDS:
            value = fields.get(name)
            for v in value if isinstance(value, list) else [value]:
                if isinstance(v, str) and (v.startswith("ORG:") or (len(v) == 3 and v.isupper())):
                    actors.add(v)
        self.conn.executemany("INSERT OR IGNORE INTO mention_actors VALUES (?, ?)", [(mid, a) for a in actors])
        return 1

    # -- reading -----------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        out = {"documents": self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]}
        for row in self.conn.execute("SELECT kind, count(*) AS n FROM mentions GROUP BY kind ORDER BY kind"):
            out[row["kind"]] = row["n"]
        return out

    def document(self, doc_id: str) -> Document | None:
        row = self.conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return _document(row) if row else None

    def documents(self) -> Iterator[Document]:
        for row in self.conn.execute("SELECT * FROM documents ORDER BY id"):
            yield _document(row)

    def mentions(
        self, *, kind: str | None = None, country: str | None = None, year: int | None = None
    ) -> Iterator[tuple[Mention, dict[str, Any]]]:
        """Stored mentions with their document's metadata, filtered."""
        where, params = mention_filter(kind=kind, actor=country, year=year)
        sql = (
            "SELECT m.*, d.text AS doc_text, d.outlet, d.published, d.url, d.duplicate_of FROM mentions m"
            f" JOIN documents d ON d.id = m.doc_id WHERE {where} ORDER BY m.doc_id, m.ev_start, m.id"
        )
        for row in self.conn.execute(sql, params):
            fields = json.loads(row["args"])
            name, _, version = row["extractor"].partition("/")
            mention = Mention.build(
                doc=row["doc_id"], kind=row["kind"], fields=fields,
                evidence=Evidence(row["ev_start"], row["ev_end"], row["doc_text"][row["ev_start"] : row["ev_end"]]),
                confidence=row["confidence"], extractor=name, version=version,
            )
            meta = {"outlet": row["outlet"], "published": row["published"], "url": row["url"],
                    "duplicate_of": row["duplicate_of"]}
            yield mention, meta


def mention_filter(
    *, kind: str | None = None, actor: str | None = None, year: int | None = None, doc: str | None = None
) -> tuple[str, list[Any]]:
    """A WHERE clause over ``mentions m`` (and its parameters) for the usual filters."""
    where: list[str] = ["1=1"]
    params: list[Any] = []
    if kind:
        where.append("m.kind = ?")
        params.append(kind)
    if year is not None:
        where.append("m.year = ?")
        params.append(year)
    if doc:
        where.append("m.doc_id = ?")
        params.append(doc)
    if actor:
        where.append("m.id IN (SELECT mention_id FROM mention_actors WHERE actor = ?)")
        params.append(actor)
    return " AND ".join(where), params


def _document(row: sqlite3.Row) -> Document:
    return Document(
        id=row["id"], text=row["text"], title=row["title"], outlet=row["outlet"], url=row["url"],
        published=date.fromisoformat(row["published"]) if row["published"] else None,
        language=row["language"], source=row["source"], content_hash=row["content_hash"],
    )
