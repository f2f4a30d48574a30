"""What the web app asks of the knowledge base, one function per question, as JSON-ready dicts.

The routes in :mod:`chancery.web.api` and :mod:`chancery.web.pages` call these and only format.

Facts, partners, timelines, conflicts, claims and briefs come from the knowledge-base library
(:mod:`chancery.resolve`); documents, mentions and their pages are plain reads of the store.  The
JSON shapes built here are the API's contract.
"""

from __future__ import annotations

import json
from typing import Any

from ..resolve import (
    Brief,
    Fact,
    KnowledgeBase,
    Source,
    brief_of,
    check_claims,
    conflicts_of,
    find_conflicts,
    knowledge_base,
    relation,
    sources_from_db,
)
from ..resolve import resolve as resolve_sources
from ..resolve.levels import level_rank
from ..resolve.names import actor_name
from ..store.database import Database, mention_filter

__all__ = [
    "actors_with_facts",
    "brief",
    "claims",
    "conflicts",
    "country_view",
    "document_meta",
    "fact_of_mention",
    "get_fact",
    "get_mention",
    "list_documents",
    "list_facts",
    "list_mentions",
    "outlets",
    "partners",
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


# -- facts (chancery.resolve) --------------------------------------------------------------------
def _source(s: Source) -> dict[str, Any]:
    ev = s.mention.evidence
    return {"doc": s.doc, "start": ev.start, "end": ev.end, "text": ev.text, "outlet": s.outlet,
            "published": s.published.isoformat() if s.published else None, "url": s.url,
            "duplicate_of": s.original if s.original and s.original != s.doc else None}


def _fact_dict(f: Fact, conflicted: set[str]) -> dict[str, Any]:
    cites = f.citations(1)
    return {
        "id": f.id,
        "kind": f.kind,
        "fields": f.fields,
        "year": f.year,
        "documents": len(f.documents),
        "corroboration": f.corroboration,
        "outlets": list(f.outlets),
        "conflict": f.id in conflicted,
        "evidence": _source(cites[0]) if cites else None,
    }


def _conflicted(kb: KnowledgeBase, country: str | None = None) -> set[str]:
    return {fid for c in find_conflicts(kb, country=country) for fid in c.fact_ids}


def list_facts(
    db: Database, *, kind: str | None = None, actor: str | None = None, year: int | None = None,
    outlet: str | None = None, min_corroboration: int = 0, conflict: bool | None = None,
    limit: int = 50, offset: int = 0,
) -> tuple[int, list[dict[str, Any]]]:
    """Resolved facts, most corroborated first, filtered; ``(total, page)``."""
    kb = knowledge_base(db, country=actor)
    conflicted = _conflicted(kb, actor)
    chosen = []
    for f in kb.involving(actor) if actor else kb:
        if kind and f.kind != kind:
            continue
        if year is not None and f.year != year and not (f.kind == "partnership" and year in (f.get("established") or [])):
            continue
        if outlet and outlet not in f.outlets:
            continue
        if f.corroboration < min_corroboration:
            continue
        if conflict is not None and (f.id in conflicted) != conflict:
            continue
        chosen.append(f)
    chosen.sort(key=lambda f: (-f.corroboration, f.kind, f.id))
    return len(chosen), [_fact_dict(f, conflicted) for f in chosen[offset : offset + limit]]


def get_fact(db: Database, fid: str) -> dict[str, Any] | None:
    """One fact with every source that states it (document title, outlet, date, sentence)."""
    kind = fid.partition(":")[0]
    kb = resolve_sources(sources_from_db(db, kind=kind))  # a fact id's kind prefix narrows the work
    for f in kb:
        if f.id != fid:
            continue
        d = _fact_dict(f, _conflicted(kb))
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
    row = db.conn.execute("SELECT m.doc_id, m.kind, m.ev_start, (SELECT actor FROM mention_actors a"
                          " WHERE a.mention_id = m.id LIMIT 1) AS actor FROM mentions m WHERE m.id = ?",
                          (mention_id,)).fetchone()
    if row is None or row["kind"] == "actors":
        return None
    # every mention of a fact shares its actors, so resolving one actor's mentions finds the whole fact
    sources = sources_from_db(db, country=row["actor"]) if row["actor"] else sources_from_db(db, kind=row["kind"])
    for f in resolve_sources(sources):
        if f.kind == row["kind"] and any(s.doc == row["doc_id"] and s.mention.evidence.start == row["ev_start"]
                                         for s in f.sources):
            return f.id
    return None


# -- partners and timelines ----------------------------------------------------------------------------
def _partners_of(kb: KnowledgeBase, country: str) -> list[str]:
    return sorted({p for f in kb.involving(country, "partnership") for p in (f.get("a"), f.get("b")) if p != country})


def partners(db: Database, country: str, *, kb: KnowledgeBase | None = None) -> list[dict[str, Any]]:
    """``country``'s partners at the level in force (latest established, else highest attested)."""
    kb = kb or knowledge_base(db, country=country)
    facts = {f.id: f for f in kb.involving(country, "partnership")}
    out = []
    for p in _partners_of(kb, country):
        rel = relation(kb, country, p)
        step = rel.current
        if step is None:
            continue
        f = facts.get(step.fact_id)
        cites = step.sources or (f.sources if f else ())
        out.append({
            "partner": p,
            "name": actor_name(p),
            "level": step.level,
            "label": step.label,
            "level_name": step.name,
            "since": step.year,
            "documents": f.corroboration if f else len({s.origin for s in cites}),
            "outlets": list(f.outlets) if f else sorted({s.outlet for s in cites if s.outlet}),
            "fact": step.fact_id,
            "evidence": _source(cites[0]) if cites else None,
            "steps": len(rel.steps),
        })
    out.sort(key=lambda r: (level_rank(str(r["level"]), country), str(r["name"])))
    return out


def timeline(db: Database, country: str, *, partner: str | None = None,
             kb: KnowledgeBase | None = None) -> list[dict[str, Any]]:
    """Partnership levels of ``country`` established (set up or upgraded), oldest first."""
    kb = kb or knowledge_base(db, country=country)
    events = []
    for p in [partner] if partner else _partners_of(kb, country):
        rel = relation(kb, country, p)
        for i, step in enumerate(rel.steps):
            before = rel.steps[i - 1] if i else None
            events.append({
                "year": step.year,
                "partner": p,
                "name": actor_name(p),
                "level": step.level,
                "label": step.label,
                "level_name": step.name,
                "from_level": before.level if before is not None and before.level != step.level else None,
                "fact": step.fact_id,
                "documents": len({s.origin for s in step.sources}),
                "outlets": sorted({s.outlet for s in step.sources if s.outlet}),
                "evidence": _source(step.sources[0]) if step.sources else None,
            })
    events.sort(key=lambda e: (e["year"] or 0, level_rank(str(e["level"]), country), str(e["name"])))
    return events


def country_view(db: Database, country: str) -> dict[str, Any]:
    """Everything the country page shows, from one resolution of the country's mentions."""
    kb = knowledge_base(db, country=country)
    return {"partners": partners(db, country, kb=kb), "events": timeline(db, country, kb=kb)}


# -- conflicts, claims, brief ------------------------------------------------------------------------------
def conflicts(db: Database, *, actor: str | None = None) -> list[dict[str, Any]]:
    """Keys under which sources state incompatible values, each side with its evidence."""
    out = []
    for c in conflicts_of(db, country=actor):
        out.append({
            "kind": c.kind, "subject": c.subject, "facts": list(c.fact_ids), "actors": sorted(c.actors),
            "sides": [{"claim": side.claim, "evidence": [_source(s) for s in side.sources]} for side in c.sides],
        })
    return out


def claims(db: Database, *, country: str | None = None, year: int | None = None) -> list[dict[str, Any]]:
    """Counts documents claim ("upgraded relations with 17 partners") beside what the KB supports."""
    kb = knowledge_base(db, country=country)
    return [c.as_dict() for c in check_claims(kb, country=country, year=year)]


def brief(db: Database, country: str, *, year: int | None = None) -> Brief:
    return brief_of(db, country, year=year)


def actors_with_facts(db: Database) -> list[tuple[str, int]]:
    """States named in stored partnership mentions, most mentioned first (for the home page)."""
    rows = db.conn.execute(
        "SELECT a.actor, count(*) AS n FROM mention_actors a JOIN mentions m ON m.id = a.mention_id"
        " WHERE m.kind = 'partnership' AND a.actor NOT LIKE 'ORG:%' GROUP BY a.actor ORDER BY n DESC, a.actor LIMIT 60"
    ).fetchall()
    return [(r["actor"], r["n"]) for r in rows]


def outlets(db: Database) -> list[str]:
    return [r[0] for r in db.conn.execute("SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL ORDER BY 1")]
