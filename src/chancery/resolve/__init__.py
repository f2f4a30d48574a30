"""The knowledge base: mentions resolved into facts, corroboration, conflicts, timelines,
claims checked against knowledge, cited briefs and exports.

    levels.py     partnership level orderings (data/levels.json), groups (data/groups.json), level phrases
    normalise.py  measure labels and event names -> canonical ids (data/lexicons/measures.json, events.json)
    keys.py       the canonical key of a mention, per kind
    facts.py      resolution (mentions -> facts) and corroboration; Source, Fact, KnowledgeBase
    conflicts.py  incompatible values under one key (qualifier-aware), partnership level conflicts
    timeline.py   a pair's levels over time, as of a date
    claims.py     claimed counts (partners at a level, P5/G20 members, upgrades) beside what the KB supports
    brief.py      the structured, cited country brief; render.py turns it into Markdown or HTML
    export.py     JSONL/CSV/Parquet, GraphML partner network, GDELT/ICEWS-style event table
    names.py      readable actor names
    service.py    one call per question from a database (what the CLI calls)
"""

from .brief import Brief, build_brief
from .claims import ClaimCheck, check_claims
from .conflicts import Conflict, find_conflicts
from .export import ExportError, export
from .facts import Fact, KnowledgeBase, Source, knowledge_base, resolve, sources_from_db
from .render import render, render_html, render_markdown
from .service import brief_of, claims_of, conflicts_of, relation_of
from .timeline import Relation, Step, relation

__all__ = [
    "Brief",
    "ClaimCheck",
    "Conflict",
    "ExportError",
    "Fact",
    "KnowledgeBase",
    "Relation",
    "Source",
    "Step",
    "brief_of",
    "build_brief",
    "check_claims",
    "claims_of",
    "conflicts_of",
    "export",
    "find_conflicts",
    "knowledge_base",
    "relation",
    "relation_of",
    "render",
    "render_html",
    "render_markdown",
    "resolve",
    "sources_from_db",
]
