"""Read-side questions over the store: facts by key, a country's partners.

Mentions that state the same thing (same kind and fields, year aside for
"mentioned" partnerships) are grouped into one row with the documents and
distinct outlets that say so; a near-duplicate document counts once, with
the document it copies.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..model import Mention
from .database import Database

__all__ = ["FactRow", "PartnerRow", "document_origins", "facts", "partners", "rows_as_dicts"]


@dataclass
class FactRow:
    kind: str
    fields: dict[str, Any]
    mentions: list[Mention] = field(default_factory=list)
    documents: set[str] = field(default_factory=set)
    outlets: set[str] = field(default_factory=set)
    independent: set[str] = field(default_factory=set)  # documents, syndicated copies folded in

    @property
    def year(self) -> int | None:
        y = self.fields.get("year")
        return y if isinstance(y, int) else None


_IGNORED_IN_KEY = {"confidence", "text", "measure", "cameo", "visitor"}


def _key(m: Mention) -> str:
    f = {k: v for k, v in m.fields().items() if k not in _IGNORED_IN_KEY}
    return m.kind + json.dumps(f, sort_keys=True, ensure_ascii=False)


def facts(
    db: Database, *, kind: str | None = None, country: str | None = None, year: int | None = None
) -> list[FactRow]:
    """Mentions grouped into facts, most corroborated first."""
    rows: dict[str, FactRow] = {}
    for m, meta in db.mentions(kind=kind, country=country, year=year):
        if m.kind == "actors":
            continue
        k = _key(m)
        row = rows.get(k)
        if row is None:
            row = rows[k] = FactRow(m.kind, {kk: vv for kk, vv in m.fields().items() if kk != "text"})
        row.mentions.append(m)
        row.documents.add(m.doc)
        row.independent.add(meta["duplicate_of"] or m.doc)
        if meta["outlet"]:
            row.outlets.add(meta["outlet"])
    return sorted(rows.values(), key=lambda r: (-len(r.independent), r.kind, json.dumps(r.fields, sort_keys=True)))


@dataclass
class PartnerRow:
    partner: str
    level: str
    label: str | None
    established: int | None
    documents: set[str] = field(default_factory=set)
    outlets: set[str] = field(default_factory=set)
    evidence: list[Mention] = field(default_factory=list)


def partners(db: Database, country: str) -> list[PartnerRow]:
    """Each partner of ``country`` at the highest level seen, when established if known."""
    from ..resolve.levels import level_rank  # one ordering of levels (data/levels.json)

    best: dict[str, PartnerRow] = {}
    for m, meta in db.mentions(kind="partnership", country=country):
        f = m.fields()
        partner = f["b"] if f["a"] == country else f["a"]
        level = f["level"]
        row = best.get(partner)
        rank = level_rank(level, country)
        if row is None or rank < level_rank(row.level, country):
            row = best[partner] = PartnerRow(partner, level, f.get("label"), None)
        if level != row.level:
            continue
        row.documents.add(meta["duplicate_of"] or m.doc)
        if meta["outlet"]:
            row.outlets.add(meta["outlet"])
        row.evidence.append(m)
        if f.get("action") == "established" and isinstance(f.get("year"), int):
            row.established = f["year"] if row.established is None else min(row.established, f["year"])
    return sorted(best.values(), key=lambda r: (level_rank(r.level, country), r.partner))


def rows_as_dicts(rows: Iterable[FactRow]) -> list[dict[str, Any]]:
    out = []
    for r in rows:
        first = r.mentions[0]
        out.append(
            {
                "kind": r.kind,
                **r.fields,
                "documents": len(r.documents),
                "independent": len(r.independent),
                "outlets": sorted(r.outlets),
                "evidence": {"doc": first.doc, **first.evidence.as_dict()},
            }
        )
    return out


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
