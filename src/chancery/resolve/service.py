"""One call per question, from a database: what the CLI (and a REST layer) calls.

Each function loads only the mentions involving the country asked about (the store's actor
index), resolves them and answers; nothing is cached between calls.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .brief import Brief, build_brief
from .claims import ClaimCheck, check_claims
from .conflicts import Conflict, find_conflicts
from .facts import knowledge_base
from .timeline import Relation, relation

if TYPE_CHECKING:
    from ..store.database import Database

__all__ = ["brief_of", "claims_of", "conflicts_of", "relation_of"]


def conflicts_of(db: Database, *, country: str | None = None) -> list[Conflict]:
    return find_conflicts(knowledge_base(db, country=country), country=country)


def relation_of(db: Database, a: str, b: str, *, as_of: date | None = None) -> Relation:
    return relation(knowledge_base(db, country=a), a, b, as_of=as_of)


def claims_of(db: Database, country: str, *, year: int | None = None) -> list[ClaimCheck]:
    return check_claims(knowledge_base(db, country=country), country=country, year=year)


def brief_of(db: Database, country: str, *, year: int | None = None) -> Brief:
    return build_brief(knowledge_base(db, country=country), country, year=year)
