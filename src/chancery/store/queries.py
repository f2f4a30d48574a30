"""Read-side questions over the store that the knowledge base needs beyond ``Database.mentions``.

Facts, partners and every count shown to users come from one resolution path,
:mod:`chancery.resolve` (there is no second grouping of mentions here).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..model import Evidence, Mention
from .database import Database

__all__ = ["document_origins", "unattached_quantities"]


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


def unattached_quantities(db: Database) -> Iterator[tuple[Mention, dict[str, Any]]]:
    """Quantity mentions with no subject and no pair (bilateral figures as the contract writes
    them): the store's actor index cannot say whom they are about; the knowledge base reads it
    from their sentence (:mod:`chancery.resolve.figures`)."""
    sql = ("SELECT m.*, substr(d.text, m.ev_start + 1, m.ev_end - m.ev_start) AS ev_text, d.outlet, d.published,"
           " d.url, d.duplicate_of FROM mentions m JOIN documents d ON d.id = m.doc_id"
           " WHERE m.kind = 'quantity' AND json_extract(m.args, '$.subject') IS NULL"
           " AND json_extract(m.args, '$.pair') IS NULL ORDER BY m.doc_id, m.ev_start, m.id")
    for row in db.conn.execute(sql):
        name, _, version = row["extractor"].partition("/")
        mention = Mention.build(doc=row["doc_id"], kind="quantity", fields=json.loads(row["args"]),
                                evidence=Evidence(row["ev_start"], row["ev_end"], row["ev_text"]),
                                confidence=row["confidence"], extractor=name, version=version)
        yield mention, {"outlet": row["outlet"], "published": row["published"], "url": row["url"],
                        "duplicate_of": row["duplicate_of"]}
