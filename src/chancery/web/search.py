"""Full-text search over stored sentences (the FTS5 index of :mod:`chancery.store.search_index`).

Queries are words, optionally with "quoted phrases"; every word must occur (AND).  Matching ignores
case and diacritics: ``viet nam`` finds "Việt Nam".  User input never reaches FTS5 syntax unquoted.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

__all__ = ["SearchQueryError", "fts_query", "search"]

_PHRASE = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)
_OPEN, _CLOSE = "\x02", "\x03"


class SearchQueryError(ValueError):
    """The query holds no searchable word."""


def fts_query(q: str) -> str:
    """The FTS5 MATCH expression for a user query (each word or phrase quoted)."""
    terms = []
    for phrase, word in _PHRASE.findall(q):
        words = _WORD.findall(phrase if phrase else word)
        if words:
            terms.append('"' + " ".join(words) + '"')
    if not terms:
        raise SearchQueryError(f"no words to search for in {q!r}")
    return " AND ".join(terms)


def _segments(marked: str) -> list[dict[str, Any]]:
    """Split FTS5 highlight() output into plain text segments flagged as hits (escaped later)."""
    out: list[dict[str, Any]] = []
    for i, part in enumerate(re.split(f"[{_OPEN}{_CLOSE}]", marked)):
        if part:
            out.append({"text": part, "hit": i % 2 == 1})
    return out


def search(conn: sqlite3.Connection, q: str, *, limit: int = 20, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """Sentences matching ``q``, best first: ``(total, page)``."""
    match = fts_query(q)
    total = conn.execute("SELECT count(*) FROM sentence_search WHERE sentence_search MATCH ?", (match,)).fetchone()[0]
    rows = conn.execute(
        "SELECT s.doc_id, s.s_start, s.s_end, s.text,"
        " highlight(sentence_search, 0, ?, ?) AS marked, d.title, d.outlet, d.published"
        " FROM sentence_search s JOIN documents d ON d.id = s.doc_id"
        " WHERE sentence_search MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
        (_OPEN, _CLOSE, match, limit, offset),
    ).fetchall()
    items = [
        {
            "doc": r[0], "start": r[1], "end": r[2], "text": r[3], "segments": _segments(r[4]),
            "title": r[5], "outlet": r[6], "published": r[7],
        }
        for r in rows
    ]
    return total, items
