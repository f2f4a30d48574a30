"""The full-text sentence index (SQLite FTS5) behind search.

:func:`index_document` splits a document into sentences and writes them to the
``sentence_search`` table made by migration ``0002_sentence_search``; the
write path (:meth:`Database.add`) calls it inside the document's transaction.
:func:`backfill` indexes documents stored before that migration existed.

Sentences are found by a small rule (end punctuation followed by space and a
capital, digit or quote; or a line break), not by the annotation pipeline:
the index needs only the text, so any stored document can be indexed again.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator

__all__ = ["backfill", "index_document", "sentence_spans"]

# a sentence ends at . ! ? (plus closing quotes/brackets) before whitespace and an opening character,
# or at a line break; abbreviations such as "U.S." or "Mr." are tolerated by requiring the next
# character to open a sentence
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]?(\s+)(?=[\"“‘'(\[]?[A-Z0-9À-Ỹ])|(\n+)")
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sen|Rep|Gov|No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec"
                     r"|U\.S|U\.K|U\.N|e\.g|i\.e|vs)\.|\b[A-Z]\.)$")


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each non-blank sentence of ``text``."""
    start = 0
    for m in _BOUNDARY.finditer(text):
        gap = 1 if m.group(1) is not None else 2
        if gap == 1 and _ABBREV.search(text[max(0, m.start(1) - 6) : m.start(1)]):
            continue
        yield from _trimmed(text, start, m.start(gap))
        start = m.end(gap)
    yield from _trimmed(text, start, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def index_document(conn: sqlite3.Connection, doc_id: str, text: str) -> int:
    """(Re)index one document's sentences; the caller owns the transaction.  Returns the count."""
    if conn.execute("SELECT 1 FROM sentence_search_docs WHERE doc_id = ?", (doc_id,)).fetchone():
        conn.execute("DELETE FROM sentence_search WHERE doc_id = ?", (doc_id,))
    else:
        conn.execute("INSERT INTO sentence_search_docs (doc_id) VALUES (?)", (doc_id,))
    rows = [(text[s:e], doc_id, s, e) for s, e in sentence_spans(text)]
    conn.executemany("INSERT INTO sentence_search (text, doc_id, s_start, s_end) VALUES (?,?,?,?)", rows)
    return len(rows)


def backfill(conn: sqlite3.Connection) -> int:
    """Index every stored document not yet in the index; returns how many were indexed."""
    todo = conn.execute(
        "SELECT id FROM documents WHERE id NOT IN (SELECT doc_id FROM sentence_search_docs)"
    ).fetchall()
    for (doc_id,) in todo:
        conn.execute("BEGIN IMMEDIATE")
        try:
            (text,) = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
            index_document(conn, doc_id, text)
            conn.execute("COMMIT")
        except sqlite3.Error:
            conn.execute("ROLLBACK")
            raise
    return len(todo)
