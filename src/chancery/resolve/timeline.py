"""Relationship timelines: each level a pair has held, since when, with the evidence for each step.

Decisions:

* a *step* is a level with a date from which it held: the date it was established (one step
  per year the level was established: a level re-established later shows twice), or the year a
  sentence says it had been in place since ("had worked under a comprehensive partnership since
  2013": basis ``since``).  Its evidence is the mentions that state it;
* a step is dated to the day where the text gives it ("on Sunday" in a story of Monday 11
  September 2023 is 10 September), else to the month or the year; as of a date D a step counts
  when its date starts on or before D (a step known only to the year 2013 counts from
  2013-01-01; ``approximate`` says the day is not known);
* a level only ever *mentioned*, with no date, is listed apart as "attested", with the date of
  the earliest document that mentions it; as of D it counts when a document dated on or before D
  mentions it (an undated document's mention cannot be placed and counts only without a date);
* the level in force is that of the latest step; steps that cannot be told apart (the same
  date, or the same year when one is known only to the year) are ordered by tier, the usual
  direction of an upgrade; with no step, the highest attested level;
* levels are ordered by the first country's ordering, frameworks at their tier
  (:func:`chancery.resolve.levels.tier`): ``chancery relation VNM AUS`` uses Vietnam's.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .dates import EventDate, since_year
from .facts import KnowledgeBase, Source, best_date
from .levels import level_name, tier, tier_rank

__all__ = ["Relation", "Step", "relation"]


@dataclass(frozen=True)
class Step:
    level: str
    label: str | None
    when: EventDate | None  # None for a level only attested by mentions
    sources: tuple[Source, ...]
    fact_id: str
    first_seen: date | None = None
    basis: str = "established"  # established | since | attested
    established: bool = True  # for an attested level: some source says it was established (date not stated)
    tier: str = ""

    @property
    def year(self) -> int | None:
        return self.when.year if self.when else None

    @property
    def year_only(self) -> bool:
        return self.when is None or self.when.approximate

    @property
    def name(self) -> str:
        return level_name(self.level, self.label)

    def since_text(self) -> str:
        """'since 2013', 'since 10 September 2023', '' when the date is unknown."""
        return f"since {self.when.human()}" if self.when else ""

    def as_dict(self) -> dict[str, Any]:
        return {"level": self.level, "label": self.label, "name": self.name, "tier": self.tier,
                "since": self.when.iso if self.when else None,
                "since_year": self.year, "date_precision": self.when.precision if self.when else None,
                "basis": self.basis, "first_seen": self.first_seen.isoformat() if self.first_seen else None,
                "fact": self.fact_id, "established": self.established,
                "evidence": [s.as_dict() for s in self.sources]}


@dataclass(frozen=True)
class Relation:
    a: str
    b: str
    as_of: date | None
    steps: tuple[Step, ...]
    attested: tuple[Step, ...] = field(default=())
    current: Step | None = None

    def answer(self) -> str:
        """The level in force in words: 'comprehensive partnership (since 2013)'."""
        if self.current is None:
            return "no partnership level known"
        since = self.current.since_text()
        return f"{self.current.name} ({since})" if since else self.current.name

    def as_dict(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "as_of": self.as_of.isoformat() if self.as_of else None,
                "answer": self.answer(),
                "in_force": self.current.as_dict() if self.current else None,
                "steps": [s.as_dict() for s in self.steps], "attested": [s.as_dict() for s in self.attested]}


def relation(kb: KnowledgeBase, a: str, b: str, *, as_of: date | None = None) -> Relation:
    """The timeline of the pair (``a``, ``b``), cut at ``as_of`` when given."""
    steps: list[Step] = []
    attested: list[Step] = []
    for f in kb.partnerships(a, b):
        level, label = f.get("level"), f.get("label")
        t = tier(level, label, a)
        years = f.get("established") or []
        for y in years:
            srcs = tuple(s for s in f.sources if s.mention.get("action") == "established" and s.when and s.when.year == y)
            steps.append(Step(level, label, best_date(srcs, y) or EventDate.of(y), srcs, f.id, _first_seen(srcs),
                              "established", True, t))
        for y in f.get("since") or []:
            if y in years:
                continue
            srcs = tuple(s for s in f.sources if s.mention.get("action") != "established"
                         and since_year(s.sentence, level, s.mention.get("label")) == y)
            steps.append(Step(level, label, EventDate.of(y), srcs, f.id, _first_seen(srcs), "since", False, t))
        if not years and not f.get("since"):
            est = "established" in (f.get("actions") or [])
            attested.append(Step(level, label, None, f.sources, f.id, _first_seen(f.sources), "attested", est, t))
    if as_of is not None:
        steps = [s for s in steps if s.when is not None and s.when.start <= as_of]
        attested = [s for s in attested if s.first_seen is not None and s.first_seen <= as_of]
    steps.sort(key=functools.cmp_to_key(lambda x, y: _order(x, y, a)))
    attested.sort(key=lambda s: (tier_rank(s.level, s.label, a), s.first_seen or date.max))
    current = steps[-1] if steps else (attested[0] if attested else None)
    return Relation(a, b, as_of, tuple(steps), tuple(attested), current)


def _order(x: Step, y: Step, country: str) -> int:
    """Earlier first; steps whose dates cannot be told apart by tier (lower first)."""
    wx, wy = x.when, y.when
    if wx is not None and wy is not None:
        if "year" in (wx.precision, wy.precision):
            if wx.year != wy.year:
                return -1 if wx.year < wy.year else 1
        elif wx.start != wy.start:
            return -1 if wx.start < wy.start else 1
    rx, ry = tier_rank(x.level, x.label, country), tier_rank(y.level, y.label, country)
    return (rx < ry) - (rx > ry)


def _first_seen(sources: tuple[Source, ...]) -> date | None:
    dates = [s.published for s in sources if s.published]
    return min(dates) if dates else None
