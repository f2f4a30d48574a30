"""What the web app asks of the knowledge base, one function per question, as JSON-ready dicts.

The routes in :mod:`chancery.web.api` and :mod:`chancery.web.pages` call these and only format.

Facts, partners, timelines, conflicts, claims and briefs come from the knowledge-base library
(:mod:`chancery.resolve`); documents, mentions and their pages are plain reads of the store.  The
JSON shapes built here are the API's contract.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from ..resolve import Brief, Fact, KnowledgeBase, Source, knowledge_base, service
from ..resolve.export import event_rows
from ..store.database import Database, mention_filter

__all__ = [
    "actors_with_facts",
    "brief",
    "claims",
    "conflicts",
    "country_view",
    "document_meta",
    "events",
    "fact_of_mention",
    "get_fact",
    "get_mention",
    "list_documents",
    "list_facts",
    "list_mentions",
    "outlets",
    "partners",
    "relation",
    "timeline",
]


# -- documents and mentions (plain reads, paginated in SQL) ----------------------------------------
def document_meta(row: Any) -> dict[str, Any]:
    return {
        "id": row["id"], "title": row["title"], "outlet": row["outlet"], "url": row["url"],
        "published": row["published"], "language": row["language"], "duplicate_of": row["duplicate_of"],
        "ingested_at": row["ingested_at"],
    }


def list_documents(db: Database, *, outlet: str | None, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
    where, params = ("WHERE outlet = ?", [outlet]) if outlet else ("", [])
    total = db.conn.execute(f"SELECT count(*) FROM documents {where}", params).fetchone()[0]
    rows = db.conn.execute(
        "SELECT d.id, d.title, d.outlet, d.url, d.published, d.language, d.duplicate_of, d.ingested_at,"
        " (SELECT count(*) FROM mentions m WHERE m.doc_id = d.id) AS mentions"
        f" FROM documents d {where} ORDER BY d.published DESC, d.id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return total, [{**document_meta(r), "mentions": r["mentions"]} for r in rows]


def _mention_dict(row: Any) -> dict[str, Any]:
    fields = json.loads(row["args"])
    out: dict[str, Any] = {"id": row["id"], "doc": row["doc_id"], "kind": row["kind"], **fields}
    out["evidence"] = {"start": row["ev_start"], "end": row["ev_end"], "text": row["ev_text"]}
    out["confidence"] = row["confidence"]
    out["extractor"] = row["extractor"]
    out["source"] = {"outlet": row["outlet"], "published": row["published"], "url": row["url"],
                     "title": row["title"]}
    return out


_MENTION_SQL = ("SELECT m.*, substr(d.text, m.ev_start + 1, m.ev_end - m.ev_start) AS ev_text, d.outlet,"
                " d.published, d.url, d.title FROM mentions m JOIN documents d ON d.id = m.doc_id")


def list_mentions(
    db: Database, *, kind: str | None, actor: str | None, year: int | None, doc: str | None,
    limit: int, offset: int,
) -> tuple[int, list[dict[str, Any]]]:
    cond, params = mention_filter(kind=kind, actor=actor, year=year, doc=doc)
    total = db.conn.execute(f"SELECT count(*) FROM mentions m WHERE {cond}", params).fetchone()[0]
    rows = db.conn.execute(
        f"{_MENTION_SQL} WHERE {cond} ORDER BY m.doc_id, m.ev_start, m.id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return total, [_mention_dict(r) for r in rows]


def get_mention(db: Database, mention_id: int) -> dict[str, Any] | None:
    row = db.conn.execute(f"{_MENTION_SQL} WHERE m.id = ?", (mention_id,)).fetchone()
    return _mention_dict(row) if row else None


# -- facts (chancery.resolve.service: the one resolution path) -------------------------------------
def _source(s: Source) -> dict[str, Any]:
    ev = s.mention.evidence
    when = s.when
    return {"doc": s.doc, "start": ev.start, "end": ev.end, "text": ev.text, "outlet": s.outlet,
            "published": s.published.isoformat() if s.published else None, "url": s.url,
            "event_date": when.iso if when else None,
            "duplicate_of": s.original if s.original and s.original != s.doc else None}


def _fact_dict(f: Fact, conflicted: set[str]) -> dict[str, Any]:
    cites = f.citations(1)
    return {
        "id": f.id,
        "kind": f.kind,
        "fields": f.fields,
        "year": f.year,
        "date": f.get("date"),
        "documents": len(f.documents),
        "corroboration": f.corroboration,
        "outlets": list(f.outlets),
        "conflict": f.id in conflicted,
        "evidence": _source(cites[0]) if cites else None,
    }


def list_facts(
    db: Database, *, kind: str | None = None, actor: str | None = None, year: int | None = None,
    outlet: str | None = None, min_corroboration: int = 0, conflict: bool | None = None,
    limit: int = 50, offset: int = 0,
) -> tuple[int, list[dict[str, Any]]]:
    """Resolved facts, most corroborated first, filtered; ``(total, page)``."""
    chosen, conflicted = service.facts_of(db, kind=kind, country=actor, year=year, outlet=outlet,
                                          min_corroboration=min_corroboration, conflict=conflict)
    return len(chosen), [_fact_dict(f, conflicted) for f in chosen[offset : offset + limit]]


def get_fact(db: Database, fid: str) -> dict[str, Any] | None:
    """One fact with every source that states it (document title, outlet, date, sentence)."""
    kind = fid.partition(":")[0]
    kb = knowledge_base(db, kind=kind)  # a fact id's kind prefix narrows the work
    for f in kb:
        if f.id != fid:
            continue
        d = _fact_dict(f, service.conflicted_ids(kb))
        titles = {r["id"]: r["title"] for r in db.conn.execute(
            f"SELECT id, title FROM documents WHERE id IN ({','.join('?' * len(f.documents))})", sorted(f.documents))}
        d["mentions"] = [
            {**_source(s), "title": titles.get(s.doc), "evidence": _source(s) | {"text": s.sentence},
             "confidence": s.mention.confidence, "extractor": f"{s.mention.extractor}/{s.mention.version}"}
            for s in f.sources
        ]
        return d
    return None


def fact_of_mention(db: Database, mention_id: int) -> str | None:
    """The id of the fact a stored mention was resolved into."""
    row = db.conn.execute("SELECT m.doc_id, m.kind, m.ev_start FROM mentions m WHERE m.id = ?", (mention_id,)).fetchone()
    if row is None or row["kind"] == "actors":
        return None
    for f in knowledge_base(db, kind=row["kind"]):
        if any(s.doc == row["doc_id"] and s.mention.evidence.start == row["ev_start"] for s in f.sources):
            return f.id
    return None


# -- partners and timelines ----------------------------------------------------------------------------
def partners(db: Database, country: str, *, kb: KnowledgeBase | None = None) -> list[dict[str, Any]]:
    """``country``'s partners at the level in force (latest step, else highest attested)."""
    kb = kb or knowledge_base(db, country=country)
    return [p.as_dict() for p in service.partners_in(kb, country)]


def timeline(db: Database, country: str, *, partner: str | None = None,
             kb: KnowledgeBase | None = None) -> list[dict[str, Any]]:
    """Partnership levels of ``country`` set up, upgraded or in place since a date, oldest first."""
    kb = kb or knowledge_base(db, country=country)
    return service.upgrades_in(kb, country, partner=partner)


def country_view(db: Database, country: str) -> dict[str, Any]:
    """Everything the country page shows, from one resolution of the country's mentions."""
    kb = knowledge_base(db, country=country)
    return {"partners": partners(db, country, kb=kb), "events": timeline(db, country, kb=kb)}


def relation(db: Database, a: str, b: str, *, as_of: date | None = None) -> dict[str, Any]:
    """The levels a pair has held and the one in force (as of a date)."""
    return service.relation_of(db, a, b, as_of=as_of).as_dict()


# -- conflicts, claims, brief, events ------------------------------------------------------------------
def conflicts(db: Database, *, actor: str | None = None) -> list[dict[str, Any]]:
    """Keys under which sources state incompatible values, each side with its evidence."""
    out = []
    for c in service.conflicts_of(db, country=actor):
        out.append({
            "kind": c.kind, "subject": c.subject, "facts": list(c.fact_ids), "actors": sorted(c.actors),
            "sides": [{"claim": side.claim, "evidence": [_source(s) for s in side.sources]} for side in c.sides],
        })
    return out


def claims(db: Database, *, country: str | None = None, year: int | None = None) -> list[dict[str, Any]]:
    """Counts documents claim ("upgraded relations with 17 partners") beside what the KB supports."""
    return [c.as_dict() for c in service.claims_of(db, country, year=year)]


def brief(db: Database, country: str, *, year: int | None = None) -> Brief:
    return service.brief_of(db, country, year=year)


def events(db: Database) -> list[dict[str, Any]]:
    """The event table (one row per visit or agreement), as the events export writes it."""
    return list(event_rows(knowledge_base(db)))


def actors_with_facts(db: Database) -> list[tuple[str, int]]:
    """States named in stored partnership mentions, most mentioned first (for the home page)."""
    rows = db.conn.execute(
        "SELECT a.actor, count(*) AS n FROM mention_actors a JOIN mentions m ON m.id = a.mention_id"
        " WHERE m.kind = 'partnership' AND a.actor NOT LIKE 'ORG:%' GROUP BY a.actor ORDER BY n DESC, a.actor LIMIT 60"
    ).fetchall()
    return [(r["actor"], r["n"]) for r in rows]


def outlets(db: Database) -> list[str]:
    return [r[0] for r in db.conn.execute("SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL ORDER BY 1")]
