"""Schema migrations: named steps, applied in order, each recorded once."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

__all__ = ["MIGRATIONS", "applied", "migrate"]

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
]


def applied(conn: sqlite3.Connection) -> list[str]:
    conn.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    return [r[0] for r in conn.execute("SELECT name FROM _migrations ORDER BY name")]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the steps not yet recorded; return their names."""
    done = set(applied(conn))
    new = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue
        # the connection is in autocommit mode: the step and its record commit together
        try:
            conn.executescript("BEGIN IMMEDIATE;" + sql)
            conn.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            conn.execute("COMMIT")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        new.append(name)
    return new
