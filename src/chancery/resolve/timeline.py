"""Relationship timelines: each level a pair has held, since when, with the evidence for each step.

Decisions:

* a *step* is a level established in a known year (one step per year the level was established:
  a level re-established later shows twice); its evidence is the mentions that state that act;
* a level only ever *mentioned* (no establishment year known) is listed apart, as "attested",
  with the date of the earliest document that mentions it;
* as of a date D, a step of year Y is in force from Y-01-01: it counts when Y <= D.year.  News
  often gives only the year of an upgrade, and the day is unknown; counting from the start of the
  year means "as of 2024-03-01" already shows a 2024 upgrade.  The per-step ``year_only`` flag
  lets a reader see that the day is not known.  An attested level counts as of D when a document
  dated on or before D mentions it;
* the level in force is the latest dated step (within one year the higher-ranked level, the
  usual direction of an upgrade); with no dated step, the highest attested level.
* levels are ordered by the first country's ordering (``chancery relation VNM AUS`` uses Vietnam's).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .facts import KnowledgeBase, Source
from .levels import level_name, level_rank

__all__ = ["Relation", "Step", "relation"]


@dataclass(frozen=True)
class Step:
    level: str
    label: str | None
    year: int | None  # None for a level only attested by mentions
    sources: tuple[Source, ...]
    fact_id: str
    first_seen: date | None = None
    year_only: bool = True
    established: bool = True  # an attested level some source says was established (year not stated)

    @property
    def name(self) -> str:
        return level_name(self.level, self.label)

    def as_dict(self) -> dict[str, Any]:
        return {"level": self.level, "label": self.label, "name": self.name, "since": self.year,
                "first_seen": self.first_seen.isoformat() if self.first_seen else None, "fact": self.fact_id,
                "established": self.established,
                "evidence": [s.as_dict() for s in self.sources]}


@dataclass(frozen=True)
class Relation:
    a: str
    b: str
    as_of: date | None
    steps: tuple[Step, ...]
    attested: tuple[Step, ...] = field(default=())
    current: Step | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "as_of": self.as_of.isoformat() if self.as_of else None,
                "in_force": self.current.as_dict() if self.current else None,
                "steps": [s.as_dict() for s in self.steps], "attested": [s.as_dict() for s in self.attested]}


def relation(kb: KnowledgeBase, a: str, b: str, *, as_of: date | None = None) -> Relation:
    """The timeline of the pair (``a``, ``b``), cut at ``as_of`` when given."""
    steps: list[Step] = []
    attested: list[Step] = []
    for f in kb.partnerships(a, b):
        years = f.get("established") or []
        for y in years:
            srcs = tuple(s for s in f.sources if s.mention.get("action") == "established" and s.mention.get("year") == y)
            steps.append(Step(f.get("level"), f.get("label"), y, srcs, f.id, _first_seen(srcs)))
        if not years:
            seen = _first_seen(f.sources)
            est = "established" in (f.get("actions") or [])
            attested.append(Step(f.get("level"), f.get("label"), None, f.sources, f.id, seen, established=est))
    if as_of is not None:
        steps = [s for s in steps if s.year is not None and s.year <= as_of.year]
        attested = [s for s in attested if s.first_seen is None or s.first_seen <= as_of]
    steps.sort(key=lambda s: (s.year or 0, -level_rank(s.level, a)))
    attested.sort(key=lambda s: (level_rank(s.level, a), s.first_seen or date.max))
    current = steps[-1] if steps else (attested[0] if attested else None)
    return Relation(a, b, as_of, tuple(steps), tuple(attested), current)


def _first_seen(sources: tuple[Source, ...]) -> date | None:
    dates = [s.published for s in sources if s.published]
    return min(dates) if dates else None
