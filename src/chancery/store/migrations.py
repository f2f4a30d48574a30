"""Schema migrations: named steps, applied in order, each recorded once.

:func:`migrate` takes the write lock first (``BEGIN IMMEDIATE``, which waits for the connection's
busy timeout), then reads which steps are recorded and applies the rest, all in one transaction:
two processes opening a new database at once apply each step exactly once, and a crash in the
middle leaves the database as it was.  A step is SQL, optionally followed by a Python function
run in the same transaction (``0003`` fills the near-duplicate band index).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

from .near_links import rebuild_links

__all__ = ["MIGRATIONS", "applied", "migrate"]

Hook = Callable[[sqlite3.Connection, float], object]

MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_documents_and_mentions",
        """
        CREATE TABLE documents (
            id            TEXT PRIMARY KEY,
            content_hash  TEXT NOT NULL,
            text          TEXT NOT NULL,
            title         TEXT,
            outlet        TEXT,
            url           TEXT,
            published     TEXT,
            language      TEXT NOT NULL DEFAULT 'en',
            source        TEXT,
            duplicate_of  TEXT REFERENCES documents(id),
            similarity    REAL,
            signature     BLOB,
            ingested_at   TEXT NOT NULL
        );
        CREATE INDEX documents_hash ON documents(content_hash);
        CREATE TABLE mentions (
            id          INTEGER PRIMARY KEY,
            doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind        TEXT NOT NULL,
            args        TEXT NOT NULL,
            ev_start    INTEGER NOT NULL,
            ev_end      INTEGER NOT NULL,
            confidence  REAL NOT NULL,
            extractor   TEXT NOT NULL,
            year        INTEGER,
            UNIQUE (doc_id, kind, args, ev_start)
        );
        CREATE INDEX mentions_kind_year ON mentions(kind, year);
        CREATE TABLE mention_actors (
            mention_id  INTEGER NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
            actor       TEXT NOT NULL,
            PRIMARY KEY (mention_id, actor)
        ) WITHOUT ROWID;
        CREATE INDEX mention_actors_actor ON mention_actors(actor);
        """,
    ),
    # -- issue 5 (web app): full-text search over sentences --------------------------------------
    # Filled by chancery.store.search_index (Database.add indexes each new document in its own
    # transaction; documents stored before this step are indexed by search_index.backfill).
    # remove_diacritics 2 folds "Việt Nam" to "viet nam", so plain ASCII queries find them.
    (
        "0002_sentence_search",
        """
        CREATE VIRTUAL TABLE sentence_search USING fts5(
            text,
            doc_id UNINDEXED,
            s_start UNINDEXED,
            s_end UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TABLE sentence_search_docs (
            doc_id  TEXT PRIMARY KEY
        ) WITHOUT ROWID;
        """,
    ),
    # -- issue 10: near-duplicate links computed in the write transaction, independent of order ------
    (
        "0003_near_bands",
        """
        CREATE TABLE near_bands (
            band    INTEGER NOT NULL,
            key     INTEGER NOT NULL,
            doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            PRIMARY KEY (band, key, doc_id)
        ) WITHOUT ROWID;
        CREATE INDEX near_bands_doc ON near_bands(doc_id);
        CREATE INDEX documents_duplicate_of ON documents(duplicate_of);
        """,
    ),
]

#: Python run after a step's SQL, in its transaction (given the near-duplicate threshold)
HOOKS: dict[str, Hook] = {"0003_near_bands": rebuild_links}


def _statements(sql: str) -> Iterator[str]:
    """The statements of a script (``executescript`` would commit the open transaction)."""
    buf = ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                yield buf
            buf = ""
    if buf.strip():
        yield buf


def _table_exists(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_migrations'").fetchone() is not None


def applied(conn: sqlite3.Connection) -> list[str]:
    """Names of the recorded steps (none for a new database)."""
    if not _table_exists(conn):
        return []
    return [r[0] for r in conn.execute("SELECT name FROM _migrations ORDER BY name")]


def migrate(conn: sqlite3.Connection, *, near_duplicate_threshold: float = 0.8) -> list[str]:
    """Apply the steps not yet recorded, under the write lock; return their names.

    The connection must be in autocommit mode (``isolation_level=None``).
    """
    if {name for name, _ in MIGRATIONS} <= set(applied(conn)):
        return []  # the usual case: nothing to do, no lock taken
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        done = set(applied(conn))  # read again under the lock: another process may have migrated
        new = []
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            for statement in _statements(sql):
                conn.execute(statement)
            hook = HOOKS.get(name)
            if hook is not None:
                hook(conn, near_duplicate_threshold)
            conn.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                         (name, datetime.now(UTC).isoformat(timespec="seconds")))
            new.append(name)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return new
