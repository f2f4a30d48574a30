"""Claims against knowledge: counts that documents claim and the knowledge base can check.

A quantity fact is a *claim* when its canonical measure (:mod:`chancery.resolve.normalise`)
says what it counts:

* ``partners_at_level``: "42 partners at comprehensive partnership level or higher" -> partners of
  the subject whose level in force at the end of the claim's year is one of the claimed levels;
* ``group_partners``: "all five permanent members of the UN Security Council", "18 of the 21
  members of the G20" -> members of the group (``data/groups.json``) that are partners at the
  claimed levels (the levels named in the claim's clause, else in its sentence - "such a
  partnership with all five" - else any ranked level);
* ``upgrades``: "upgraded relations with 17 partners" (in year Y) -> partners with a level
  established in Y (or said to be established, year not stated, in a document of Y or an
  undated one: such a partner is shown with ``since`` empty).

A claim with no year and no dated document is checked against everything known, and kept in a
yearly selection (it cannot be placed in time; it is not silently dropped).

Each distinct figure of a fact is checked on its own (42 and 40 partners claimed for the same
year make two checks, and a conflict).  The claim's year is the quantity's year, else its document's year.  Each check shows the claimed
figure, the partners the knowledge base supports (with their evidence) and a status:
``confirmed`` (the supported count fits the claimed figure and its qualifier), ``partial`` (the
knowledge base knows some but fewer), ``unchecked`` (it knows none) or ``exceeded`` (it knows
more than claimed: a claim or a fact is wrong).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from .conflicts import reading_interval
from .facts import Fact, KnowledgeBase, Source
from .levels import groups, level_order, levels_in
from .timeline import Step, relation

__all__ = ["ClaimCheck", "Support", "check_claims"]


@dataclass(frozen=True)
class Support:
    """A partner the knowledge base knows, at the level that counts for the claim."""

    partner: str
    level: str
    label: str | None
    since: int | None
    sources: tuple[Source, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"partner": self.partner, "level": self.level, "label": self.label, "since": self.since,
                "evidence": [s.as_dict() for s in self.sources]}


@dataclass(frozen=True)
class ClaimCheck:
    fact: Fact
    claim: str  # level | group | upgrades
    subject: str
    year: int | None
    claimed: float
    qualifier: str
    levels: frozenset[str]
    group: str | None
    supported: tuple[Support, ...]
    missing: tuple[str, ...]  # group members the knowledge base does not support
    status: str
    sources: tuple[Source, ...] = ()  # the documents that make this claim (this figure)

    @property
    def description(self) -> str:
        return str(self.fact.get("measure_name"))

    def as_dict(self) -> dict[str, Any]:
        return {"fact": self.fact.id, "claim": self.claim, "subject": self.subject, "year": self.year,
                "measure": self.fact.get("measure"), "description": self.description, "claimed": self.claimed,
                "qualifier": self.qualifier, "levels": sorted(self.levels), "group": self.group,
                "supported_count": len(self.supported), "status": self.status,
                "supported": [s.as_dict() for s in self.supported], "missing": list(self.missing),
                "claim_evidence": [s.as_dict() for s in self.sources]}


def check_claims(kb: KnowledgeBase, *, country: str | None = None, year: int | None = None) -> list[ClaimCheck]:
    """Every checkable claim (about ``country``, of ``year``) beside what the knowledge base supports."""
    out = []
    for f in kb.of_kind("quantity"):
        subject = f.get("subject")
        if not subject or (country and subject != country) or f.get("unit") != "count":
            continue
        claim = _claim_kind(str(f.get("measure")))
        if claim is None:
            continue
        claim_year = f.year or _doc_year(f)
        if year is not None and claim_year not in (year, None):
            continue
        out.extend(_check(kb, f, claim, subject, claim_year))
    out.sort(key=lambda c: (c.subject, c.claim, str(c.fact.get("measure"))))
    return out


def _claim_kind(measure: str) -> str | None:
    if measure.startswith("partners_at_level"):
        return "level"
    if measure.startswith("group_partners:"):
        return "group"
    if measure == "partners_upgraded":
        return "upgrades"
    return None


def _doc_year(f: Fact) -> int | None:
    years = [s.published.year for s in f.sources if s.published]
    return min(years) if years else None


def _check(kb: KnowledgeBase, f: Fact, claim: str, subject: str, year: int | None) -> list[ClaimCheck]:
    """One check per distinct figure claimed (sources that disagree are checked apart)."""
    levels: frozenset[str] = frozenset()
    group_id: str | None = None
    measure = str(f.get("measure"))
    as_of = date(year, 12, 31) if year else None
    partners = sorted({p for pf in kb.involving(subject, "partnership") for p in (pf.get("a"), pf.get("b"))
                       if p != subject})
    steps = {p: relation(kb, subject, p, as_of=as_of) for p in partners}
    supported: list[Support] = []
    missing: tuple[str, ...] = ()
    if claim == "upgrades":
        for p, rel in steps.items():
            step = next((s for s in reversed(rel.steps) if s.year == year), None) if year else None
            if step is None:  # "established" with no year stated, in documents of the claim's year or undated
                step = next((s for s in rel.attested if s.established and
                             (s.first_seen is None or (year is not None and s.first_seen.year == year))), None)
            if step is not None:
                supported.append(_support(p, step))
    else:
        levels = _claim_levels(f, measure, subject)
        members: list[str] | None = None
        if claim == "group":
            group_id = measure.split(":")[1]
            members = list(groups()[group_id].members) if group_id in groups() else []
        for p, rel in steps.items():
            if members is not None and p not in members:
                continue
            if rel.current is not None and rel.current.level in levels:
                supported.append(_support(p, rel.current))
        if members is not None:
            have = {s.partner for s in supported}
            missing = tuple(m for m in members if m not in have)
    out = []
    for reading in f.get("readings") or [{"value": f.get("value"), "qualifier": f.get("qualifier")}]:
        value, qualifier = reading["value"], str(reading["qualifier"] or "exact")
        sources = tuple(s for s in f.sources if s.mention.get("value") == value
                        and str(s.mention.get("qualifier") or "exact") == qualifier) or f.sources
        out.append(ClaimCheck(f, claim, subject, year, value, qualifier, levels, group_id, tuple(supported), missing,
                              _status(len(supported), value, qualifier), sources))
    return out


def _claim_levels(f: Fact, measure: str, subject: str) -> frozenset[str]:
    parts = measure.split(":")
    spec = parts[-1] if (parts[0] == "partners_at_level" and len(parts) > 1) or len(parts) > 2 else ""
    order = [lv for lv in level_order(subject) if lv != "other"]
    if spec.endswith("+") and spec[:-1] in order:
        return frozenset(order[: order.index(spec[:-1]) + 1])
    if spec:
        return frozenset(spec.split("|"))
    for s in f.sources:  # "such a partnership with all five ...": the level is named elsewhere in the sentence
        found = levels_in(s.sentence, subject)
        if found:
            return found
    return frozenset(order)


def _support(partner: str, step: Step) -> Support:
    return Support(partner, step.level, step.label, step.year, step.sources)


def _status(count: int, value: Any, qualifier: str) -> str:
    if not isinstance(value, (int, float)):
        return "unchecked"
    lo, hi = reading_interval(value, qualifier, "count")
    if lo <= count <= hi:
        return "confirmed"
    if count > hi:
        return "exceeded"
    return "partial" if count else "unchecked"
