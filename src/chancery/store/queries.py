"""Read-side questions over the store that the knowledge base needs beyond ``Database.mentions``.

Facts, partners and every count shown to users come from one resolution path,
:mod:`chancery.resolve` (there is no second grouping of mentions here).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..model import Evidence, Mention
from .database import Database

__all__ = ["document_mentions", "document_origins", "unattached_quantities"]


def document_origins(db: Database) -> dict[str, str]:
    """Each document id -> the original it copies (itself when it is not a near-duplicate).

    Chains (a copy of a copy) are followed to the first document; a cycle stops where it closes.
    """
    parent = {row["id"]: row["duplicate_of"] for row in db.conn.execute("SELECT id, duplicate_of FROM documents")}
    out: dict[str, str] = {}
    for doc in parent:
        seen = {doc}
        cur = doc
        while parent.get(cur) and parent[cur] not in seen and parent[cur] in parent:
            cur = parent[cur]
            seen.add(cur)
        out[doc] = cur
    return out


_MENTIONS = ("SELECT m.*, substr(d.text, m.ev_start + 1, m.ev_end - m.ev_start) AS ev_text, d.outlet, d.published,"
             " d.url, d.duplicate_of FROM mentions m JOIN documents d ON d.id = m.doc_id")


def _rows(db: Database, where: str, params: list[Any]) -> Iterator[tuple[Mention, dict[str, Any]]]:
    for row in db.conn.execute(f"{_MENTIONS} WHERE {where} ORDER BY m.doc_id, m.ev_start, m.id", params):
        name, _, version = row["extractor"].partition("/")
        mention = Mention.build(doc=row["doc_id"], kind=row["kind"], fields=json.loads(row["args"]),
                                evidence=Evidence(row["ev_start"], row["ev_end"], row["ev_text"]),
                                confidence=row["confidence"], extractor=name, version=version)
        yield mention, {"outlet": row["outlet"], "published": row["published"], "url": row["url"],
                        "duplicate_of": row["duplicate_of"]}


def unattached_quantities(db: Database) -> Iterator[tuple[Mention, dict[str, Any]]]:
    """Quantity mentions with no subject (bilateral figures, as the contract writes them): the
    store's actor index does not say whom they are about (a ``pair`` field is not indexed, and
    without one the knowledge base reads the pair from the sentence, :mod:`chancery.resolve.figures`)."""
    yield from _rows(db, "m.kind = 'quantity' AND json_extract(m.args, '$.subject') IS NULL", [])


def document_mentions(db: Database, docs: Iterable[str], kinds: Iterable[str]) -> Iterator[tuple[Mention, dict[str, Any]]]:
    """Every mention of ``kinds`` in the documents ``docs`` (what a figure is read with)."""
    docs, kinds = sorted(set(docs)), sorted(set(kinds))
    marks = ",".join("?" * len(kinds))
    for i in range(0, len(docs), 500):
        chunk = docs[i:i + 500]
        yield from _rows(db, f"m.doc_id IN ({','.join('?' * len(chunk))}) AND m.kind IN ({marks})", [*chunk, *kinds])
