"""The embedded store: documents and mentions in one SQLite file.

One write path (:meth:`Database.add`), one transaction per document, WAL so
readers never block on the writer, migrations recorded by name.  Adding the
same document twice changes nothing; an exact copy under another id is not
stored again; a near-duplicate (a syndicated copy with small edits) is stored
and linked to the earlier document it copies.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from ..config import DEFAULT_SETTINGS, Settings
from ..errors import StoreError
from ..ingest.dedup import (
    NearDuplicateIndex,
    estimate_similarity,
    shingle_signature,
    signature_from_bytes,
    signature_to_bytes,
)
from ..model import Document, Evidence, Mention
from .migrations import migrate
from .search_index import index_document

__all__ = ["DEFAULT_DB", "AddResult", "Database", "mention_filter"]

DEFAULT_DB = "chancery.db"

# mention fields whose values are actors (for --country filters)
_ACTOR_FIELDS = ("a", "b", "visitor_country", "host", "subject", "actor", "parties", "countries", "orgs")


@dataclass(frozen=True)
class AddResult:
    """What :meth:`Database.add` did: added, unchanged, updated or duplicate."""

    doc_id: str
    status: str
    mentions: int = 0
    duplicate_of: str | None = None
    similarity: float | None = None


class Database:
    """A chancery database file (created and migrated on open)."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, settings: Settings = DEFAULT_SETTINGS) -> None:
        self.path = str(path)
        self.settings = settings
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA busy_timeout=5000")
            migrate(self.conn)
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path}: cannot open the database: {e}",
                             hint="is it a chancery database? pass another file with --db") from e
        self._near: NearDuplicateIndex | None = None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the write path ----------------------------------------------------------
    def check(self, doc: Document) -> AddResult | None:
        """What adding ``doc`` would do without extracting: a result if nothing is to be done."""
        row = self.conn.execute("SELECT content_hash FROM documents WHERE id = ?", (doc.id,)).fetchone()
        if row is not None and row["content_hash"] == doc.content_hash:
            return AddResult(doc.id, "unchanged")
        same = self.conn.execute(
            "SELECT id FROM documents WHERE content_hash = ? AND id != ? LIMIT 1", (doc.content_hash, doc.id)
        ).fetchone()
        if same is not None:
            return AddResult(doc.id, "duplicate", duplicate_of=same["id"], similarity=1.0)
        return None

    def add(self, doc: Document, mentions: Sequence[Mention]) -> AddResult:
        """Store a document and its mentions in one transaction."""
        done = self.check(doc)
        if done is not None:
            return done
        signature = shingle_signature(doc.text)
        near = self._near_index()
        original = near.find(signature)
        similarity = None
        if original is not None and original != doc.id:
            stored = self.conn.execute("SELECT signature FROM documents WHERE id = ?", (original,)).fetchone()
            similarity = round(estimate_similarity(signature, signature_from_bytes(stored["signature"])), 3)
        else:
            original = None
        existed = self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc.id,)).fetchone() is not None
        now = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            if existed:
                self.conn.execute("DELETE FROM mentions WHERE doc_id = ?", (doc.id,))
                self.conn.execute("DELETE FROM documents WHERE id = ?", (doc.id,))
            self.conn.execute(
                "INSERT INTO documents (id, content_hash, text, title, outlet, url, published, language, source,"
                " duplicate_of, similarity, signature, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    doc.id, doc.content_hash, doc.text, doc.title, doc.outlet, doc.url,
                    doc.published.isoformat() if doc.published else None, doc.language, doc.source,
                    original, similarity, signature_to_bytes(signature), now,
                ),
            )
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
        near.add(doc.id, signature)
        return AddResult(doc.id, "updated" if existed else "added", count, original, similarity)

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

    def _near_index(self) -> NearDuplicateIndex:
        if self._near is None:
            self._near = NearDuplicateIndex(threshold=self.settings.near_duplicate_threshold)
            for row in self.conn.execute("SELECT id, signature FROM documents WHERE signature IS NOT NULL"):
                self._near.add(row["id"], signature_from_bytes(row["signature"]))
        return self._near

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
