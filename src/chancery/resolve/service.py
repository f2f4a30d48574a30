"""One call per question, from a database: what every surface calls.

The CLI, the REST API, the web pages, the exports and the brief all read the knowledge base
through these functions, so they show the same facts and the same counts under the same names:
``corroboration`` is the number of independent sources (syndicated copies and shared evidence
sentences folded in), ``documents`` the number of documents.

Each function loads only the mentions involving the country asked about (the store's actor
index, plus the figures that name no one), resolves them and answers; nothing is cached between
calls (the web app memoises answers until the database changes).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from .brief import Brief, build_brief
from .claims import ClaimCheck, check_claims
from .conflicts import Conflict, find_conflicts
from .dates import EventDate
from .facts import Fact, KnowledgeBase, Source, fold_origins, knowledge_base
from .levels import tier_rank
from .names import actor_name
from .timeline import Relation, relation

if TYPE_CHECKING:
    from ..store.database import Database

__all__ = [
    "Partner",
    "brief_of",
    "claims_of",
    "conflicted_ids",
    "conflicts_of",
    "facts_of",
    "partners_in",
    "partners_of",
    "relation_of",
    "select_facts",
    "upgrades_in",
]


def conflicts_of(db: Database, *, country: str | None = None) -> list[Conflict]:
    return find_conflicts(knowledge_base(db, country=country), country=country)


def relation_of(db: Database, a: str, b: str, *, as_of: date | None = None) -> Relation:
    return relation(knowledge_base(db, country=a), a, b, as_of=as_of)


def claims_of(db: Database, country: str | None, *, year: int | None = None) -> list[ClaimCheck]:
    return check_claims(knowledge_base(db, country=country), country=country, year=year)


def brief_of(db: Database, country: str, *, year: int | None = None) -> Brief:
    return build_brief(knowledge_base(db, country=country), country, year=year)


# -- facts ----------------------------------------------------------------------------------------
def conflicted_ids(kb: KnowledgeBase, country: str | None = None) -> set[str]:
    """Ids of the facts some conflict is about."""
    return {fid for c in find_conflicts(kb, country=country) for fid in c.fact_ids}


def select_facts(kb: KnowledgeBase, *, kind: str | None = None, country: str | None = None, year: int | None = None,
                 outlet: str | None = None, min_corroboration: int = 0, conflict: bool | None = None,
                 conflicted: set[str] | None = None) -> list[Fact]:
    """Facts filtered, most corroborated first.  ``year``: the fact's year, or for a partnership
    a year it was established in or said to be in place since."""
    chosen = []
    for f in kb.involving(country) if country else kb:
        if kind and f.kind != kind:
            continue
        if year is not None and f.year != year and not (
                f.kind == "partnership" and year in (f.get("established") or []) + (f.get("since") or [])):
            continue
        if outlet and outlet not in f.outlets:
            continue
        if f.corroboration < min_corroboration:
            continue
        if conflict is not None and (f.id in (conflicted or set())) != conflict:
            continue
        chosen.append(f)
    chosen.sort(key=lambda f: (-f.corroboration, f.kind, f.id))
    return chosen


def facts_of(db: Database, *, kind: str | None = None, country: str | None = None, year: int | None = None,
             outlet: str | None = None, min_corroboration: int = 0, conflict: bool | None = None
             ) -> tuple[list[Fact], set[str]]:
    """The facts (filtered) and the ids of those in conflict."""
    kb = knowledge_base(db, country=country)
    conflicted = conflicted_ids(kb, country)
    return select_facts(kb, kind=kind, country=country, year=year, outlet=outlet, min_corroboration=min_corroboration,
                        conflict=conflict, conflicted=conflicted), conflicted


# -- partners and upgrades ------------------------------------------------------------------------
@dataclass(frozen=True)
class Partner:
    """A partner of a country at the level in force."""

    partner: str
    level: str
    label: str | None
    level_name: str
    tier: str
    since: EventDate | None
    corroboration: int
    documents: int
    outlets: tuple[str, ...]
    fact: str
    evidence: Source | None
    steps: int

    @property
    def name(self) -> str:
        return actor_name(self.partner)

    def as_dict(self) -> dict[str, Any]:
        return {"partner": self.partner, "name": self.name, "level": self.level, "label": self.label,
                "level_name": self.level_name, "tier": self.tier,
                "since": self.since.iso if self.since else None, "since_year": self.since.year if self.since else None,
                "date_precision": self.since.precision if self.since else None,
                "corroboration": self.corroboration, "documents": self.documents, "outlets": list(self.outlets),
                "fact": self.fact, "steps": self.steps,
                "evidence": self.evidence.as_dict() if self.evidence else None}


def _partner_ids(kb: KnowledgeBase, country: str) -> list[str]:
    return sorted({p for f in kb.involving(country, "partnership") for p in (f.get("a"), f.get("b")) if p != country})


def partners_in(kb: KnowledgeBase, country: str, *, as_of: date | None = None) -> list[Partner]:
    """``country``'s partners at the level in force (as of a date if given), highest tier first,
    then by name."""
    facts = {f.id: f for f in kb.involving(country, "partnership")}
    out = []
    for p in _partner_ids(kb, country):
        rel = relation(kb, country, p, as_of=as_of)
        step = rel.current
        if step is None:
            continue
        f = facts.get(step.fact_id)
        cites = f.citations(1) if f else []
        evidence = step.sources[0] if step.sources else (cites[0] if cites else None)
        out.append(Partner(p, step.level, step.label, step.name, step.tier, step.when,
                           f.corroboration if f else len(set(fold_origins(step.sources).values())),
                           len(f.documents) if f else len({s.doc for s in step.sources}),
                           f.outlets if f else tuple(sorted({s.outlet for s in step.sources if s.outlet})),
                           step.fact_id, evidence, len(rel.steps)))
    out.sort(key=lambda r: (tier_rank(r.level, r.label, country), r.name))
    return out


def partners_of(db: Database, country: str, *, as_of: date | None = None) -> list[Partner]:
    return partners_in(knowledge_base(db, country=country), country, as_of=as_of)


def upgrades_in(kb: KnowledgeBase, country: str, *, partner: str | None = None) -> list[dict[str, Any]]:
    """Levels of ``country``'s partnerships set up or upgraded (dated steps), oldest first."""
    events = []
    for p in [partner] if partner else _partner_ids(kb, country):
        rel = relation(kb, country, p)
        for i, step in enumerate(rel.steps):
            before = rel.steps[i - 1] if i else None
            events.append({
                "year": step.year,
                "date": step.when.iso if step.when else None,
                "date_precision": step.when.precision if step.when else None,
                "basis": step.basis,
                "partner": p,
                "name": actor_name(p),
                "level": step.level,
                "label": step.label,
                "level_name": step.name,
                "from_level": before.level if before is not None and before.level != step.level else None,
                "fact": step.fact_id,
                "corroboration": len(set(fold_origins(step.sources).values())),
                "documents": len({s.doc for s in step.sources}),
                "outlets": sorted({s.outlet for s in step.sources if s.outlet}),
                "evidence": step.sources[0].as_dict() if step.sources else None,
            })
    events.sort(key=lambda e: (e["date"] or "9999", tier_rank(str(e["level"]), str(e["label"] or "") or None, country),
                               str(e["name"])))
    return events
