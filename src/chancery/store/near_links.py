"""Near-duplicate links, computed inside the write transaction and independent of ingest order.

Every stored document's sentence keys (``ingest.dedup.band_keys``: locality-sensitive keys of its
sentences) are indexed in table ``near_bands`` (migration ``0003_near_bands``).  Two documents are
near-duplicates when they share a key (one held by at most 1,000 documents: more is boilerplate) and
their similarity (``ingest.dedup.estimate_similarity``: sentence coverage) is at least the threshold.  A document's ``duplicate_of`` is its most
similar near-duplicate among the documents that come *before* it in the document order (earlier
publication date first, undated after dated, then id); ties go to the earlier one.  The links
therefore depend only on which documents are stored, never on when each was stored: two ingests
running at once give exactly the links (and so the corroboration counts) of the same ingests run
one after the other.  Links always point to an earlier document, so they never form a cycle.

The functions here write; the caller (:meth:`chancery.store.database.Database.add`) holds the
``BEGIN IMMEDIATE`` transaction, so the candidates read are exactly the documents committed
before, whoever wrote them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..ingest.dedup import band_keys, estimate_similarity, signature_from_bytes

__all__ = ["Linked", "link_document", "order_key", "rebuild_links"]

OrderKey = tuple[bool, str, str]
_MAX_BUCKET = 1000


def order_key(published: str | None, doc_id: str) -> OrderKey:
    """The document order: dated documents by date, then undated ones; ids break ties."""
    return (published is None, published or "", doc_id)


@dataclass(frozen=True)
class _Stored:
    id: str
    key: OrderKey
    signature: tuple[int, ...]
    duplicate_of: str | None
    similarity: float | None


def _candidates(conn: sqlite3.Connection, bands: Sequence[tuple[int, int]], exclude: str) -> list[_Stored]:
    seen: dict[str, _Stored] = {}
    for band, key in bands:
        rows = conn.execute(
            "SELECT d.id, d.published, d.signature, d.duplicate_of, d.similarity FROM near_bands b"
            " JOIN documents d ON d.id = b.doc_id WHERE b.band = ? AND b.key = ? AND b.doc_id != ? LIMIT ?",
            (band, key, exclude, _MAX_BUCKET + 1),
        ).fetchall()
        if len(rows) > _MAX_BUCKET:
            continue  # a key held by that many documents is boilerplate: it says nothing about copying
        for r in rows:
            if r[0] not in seen:
                seen[r[0]] = _Stored(r[0], order_key(r[1], r[0]), signature_from_bytes(r[2]), r[3], r[4])
    return sorted(seen.values(), key=lambda c: c.key)


def _similarity(a: Sequence[int], b: Sequence[int]) -> float:
    return round(estimate_similarity(a, b), 3)


def _key_of(conn: sqlite3.Connection, doc_id: str) -> OrderKey:
    row = conn.execute("SELECT published FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return order_key(row[0] if row else None, doc_id)


def _best(me: OrderKey, signature: Sequence[int], candidates: Iterable[_Stored], threshold: float
          ) -> tuple[str | None, float | None]:
    best: tuple[float, OrderKey] | None = None
    best_id: str | None = None
    for c in candidates:
        if c.key >= me:
            continue
        sim = _similarity(signature, c.signature)
        if sim >= threshold and (best is None or (-sim, c.key) < best):
            best, best_id = (-sim, c.key), c.id
    return best_id, (-best[0] if best else None)


def _set_link(conn: sqlite3.Connection, doc_id: str, original: str | None, similarity: float | None) -> None:
    conn.execute("UPDATE documents SET duplicate_of = ?, similarity = ? WHERE id = ?", (original, similarity, doc_id))


@dataclass(frozen=True)
class Linked:
    """What linking one document did: its own link, and the later documents now linked to it."""

    original: str | None
    similarity: float | None
    copies: tuple[str, ...] = ()


def link_document(conn: sqlite3.Connection, doc_id: str, published: str | None, signature: Sequence[int],
                  threshold: float, *, dependents: Iterable[str] = ()) -> Linked:
    """Index a just-inserted document's bands, link it, and relink what it changes.

    Later documents that it copies more closely than their current original now point to it;
    ``dependents`` (documents that pointed to the text this one replaces) are linked afresh.
    """
    bands = band_keys(signature)
    conn.executemany("INSERT OR IGNORE INTO near_bands (band, key, doc_id) VALUES (?, ?, ?)",
                     [(b, k, doc_id) for b, k in bands])
    me = order_key(published, doc_id)
    candidates = _candidates(conn, bands, doc_id)
    original, similarity = _best(me, signature, candidates, threshold)
    _set_link(conn, doc_id, original, similarity)
    relinked: list[str] = []
    for c in candidates:
        if c.key <= me:
            continue
        sim = _similarity(signature, c.signature)
        if sim < threshold:
            continue
        current = c.similarity if c.duplicate_of is not None else None
        if current is None or sim > current or (sim == current and me < _key_of(conn, c.duplicate_of or "")):
            _set_link(conn, c.id, doc_id, sim)
            relinked.append(c.id)
    for dep in dependents:
        if dep != doc_id and dep not in relinked:
            _relink(conn, dep, threshold)
    return Linked(original, similarity, tuple(relinked))


def _relink(conn: sqlite3.Connection, doc_id: str, threshold: float) -> None:
    row = conn.execute("SELECT published, signature FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None or row[1] is None:
        return
    signature = signature_from_bytes(row[1])
    original, similarity = _best(order_key(row[0], doc_id), signature,
                                 _candidates(conn, band_keys(signature), doc_id), threshold)
    _set_link(conn, doc_id, original, similarity)


def rebuild_links(conn: sqlite3.Connection, threshold: float) -> int:
    """Index every stored signature and link every document afresh (inside the caller's transaction).

    Used by the migration that introduced the band index, so a database written before it gets the
    order-independent links too.  Returns the number of documents linked.
    """
    rows = conn.execute("SELECT id, signature FROM documents WHERE signature IS NOT NULL").fetchall()
    conn.execute("DELETE FROM near_bands")
    for doc_id, blob in rows:
        conn.executemany("INSERT OR IGNORE INTO near_bands (band, key, doc_id) VALUES (?, ?, ?)",
                         [(b, k, doc_id) for b, k in band_keys(signature_from_bytes(blob))])
    conn.execute("UPDATE documents SET duplicate_of = NULL, similarity = NULL")
    for doc_id, _ in rows:
        _relink(conn, doc_id, threshold)
    return len(rows)
