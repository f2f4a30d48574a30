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

Partners count at their *tier* (:func:`chancery.resolve.levels.tier`): a framework of its own
name that a country's ``levels.json`` ranks at a level counts as that level (for Vietnam, China's
"comprehensive strategic cooperative partnership" is top tier).

Each claim is checked once (decisions):

* each distinct figure of a fact is checked on its own (42 and 40 partners claimed for the same
  year make two checks, and a conflict);
* the same claim (subject, kind, group or levels, figure and qualifier) made by several documents
  is one check citing them all: group claims whose phrasings name the levels differently ("comprehensive or
  higher-level", "such a [comprehensive strategic] partnership with all five") are checked
  against the strictest levels named; a statement of it with no year joins the one dated check;
* the claim's year is the quantity's year, else its document's year.

With a year, only claims of that year are checked, and only against what was in force by 31
December of that year (a level attested only by undated documents cannot be placed and is not
counted).  A claim with no year is checked against everything known and appears only when no
year is asked.  Each check shows the claimed figure, the partners the knowledge base supports
(with their evidence) and a status:
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
from .levels import groups, level_order, level_rank, levels_in
from .normalise import levels_label
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
    tier: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"partner": self.partner, "level": self.level, "label": self.label, "tier": self.tier,
                "since": self.since, "evidence": [s.as_dict() for s in self.sources]}


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

    facts: tuple[Fact, ...] = ()  # every fact that makes this claim

    @property
    def description(self) -> str:
        """What is counted: 'permanent members of the UN Security Council among partners at
        comprehensive strategic partnership level'."""
        if self.claim == "upgrades":
            return "partners with upgraded relations"
        if not self.levels:
            return str(self.fact.get("measure_name"))
        at = levels_label(self.levels, self.subject)
        if self.claim == "group" and self.group in groups():
            return f"{groups()[self.group].name} among {at}"
        return at

    def as_dict(self) -> dict[str, Any]:
        return {"fact": self.fact.id, "facts": [f.id for f in self.facts or (self.fact,)], "claim": self.claim, "subject": self.subject, "year": self.year,
                "measure": self.fact.get("measure"), "description": self.description, "claimed": self.claimed,
                "qualifier": self.qualifier, "levels": sorted(self.levels), "group": self.group,
                "supported_count": len(self.supported), "status": self.status,
                "supported": [s.as_dict() for s in self.supported], "missing": list(self.missing),
                "claim_evidence": [s.as_dict() for s in self.sources]}


def check_claims(kb: KnowledgeBase, *, country: str | None = None, year: int | None = None) -> list[ClaimCheck]:
    """Every checkable claim (about ``country``, of ``year``) beside what the knowledge base supports."""
    found: list[tuple[Fact, str, str, int | None]] = []
    for f in kb.of_kind("quantity"):
        subject = f.get("subject")
        if not subject or (country and subject != country) or f.get("unit") != "count":
            continue
        claim = _claim_kind(str(f.get("measure")))
        if claim is None:
            continue
        found.append((f, claim, subject, f.year or _doc_year(f)))
    out = []
    for (claim, subject, group, value, qualifier, claim_year), items in _same_claims(found).items():
        if year is not None and claim_year != year:
            continue
        out.append(_check(kb, items, claim, subject, group, value, qualifier, claim_year))
    out.sort(key=lambda c: (c.subject, c.claim, c.group or "", c.year or 0, c.claimed))
    return out


_ClaimItem = tuple[Fact, frozenset[str], tuple[Source, ...], int | None, str]
_ClaimKey = tuple[str, str, str | None, Any, str, int | None]


def _same_claims(found: list[tuple[Fact, str, str, int | None]]) -> dict[_ClaimKey, list[_ClaimItem]]:
    """Claims grouped as one check: same kind, subject, group (or levels), figure, qualifier and
    year, an undated statement joining the single dated one."""
    by_key: dict[_ClaimKey, list[_ClaimItem]] = {}
    for f, claim, subject, claim_year in found:
        measure = str(f.get("measure"))
        # a group claim is identified by its group (its levels qualify it); a level claim by its levels
        group = measure.split(":")[1] if claim == "group" else measure if claim == "level" else None
        levels = _claim_levels(f, measure, subject) if claim != "upgrades" else frozenset()
        for reading in f.get("readings") or [{"value": f.get("value"), "qualifier": f.get("qualifier")}]:
            value, qualifier = reading["value"], str(reading["qualifier"] or "exact")
            sources = tuple(s for s in f.sources if s.mention.get("value") == value
                            and str(s.mention.get("qualifier") or "exact") == qualifier) or f.sources
            by_key.setdefault((claim, subject, group, value, qualifier, claim_year), []).append(
                (f, levels, sources, claim_year, measure))
    for key in [k for k in by_key if k[-1] is None]:
        dated = [k for k in by_key if k[:-1] == key[:-1] and k[-1] is not None]
        if len(dated) == 1:
            by_key[dated[0]].extend(by_key.pop(key))
    return by_key


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


def _check(kb: KnowledgeBase, items: list[_ClaimItem], claim: str, subject: str, group_id: str | None,
           value: Any, qualifier: str, year: int | None) -> ClaimCheck:
    """One claim (made by the facts of ``items``) against the partners the knowledge base supports."""
    fact = items[0][0]
    as_of = date(year, 12, 31) if year else None
    partners = sorted({p for pf in kb.involving(subject, "partnership") for p in (pf.get("a"), pf.get("b"))
                       if p != subject})
    steps = {p: relation(kb, subject, p, as_of=as_of) for p in partners}
    supported: list[Support] = []
    missing: tuple[str, ...] = ()
    levels: frozenset[str] = frozenset()
    if claim == "upgrades":
        for p, rel in steps.items():
            step = next((s for s in reversed(rel.steps) if s.basis == "established" and s.year == year), None) \
                if year else None
            if step is None:  # "established" with no date stated, in documents of the claim's year (or any, undated)
                step = next((s for s in rel.attested if s.established and
                             ((year is None) or (s.first_seen is not None and s.first_seen.year == year))), None)
            if step is not None:
                supported.append(_support(p, step))
    else:
        # the strictest levels named by the documents making this claim
        levels = min((lv for _, lv, *_ in items),
                     key=lambda lv: (max((level_rank(x, subject) for x in lv), default=99), len(lv)))
        members: list[str] | None = None
        if claim == "group":
            members = list(groups()[group_id].members) if group_id in groups() else []
        else:
            group_id = None
        for p, rel in steps.items():
            if members is not None and p not in members:
                continue
            if rel.current is not None and rel.current.tier in levels:
                supported.append(_support(p, rel.current))
        if members is not None:
            have = {s.partner for s in supported}
            missing = tuple(m for m in members if m not in have)
    sources: list[Source] = []
    for _, _, srcs, _, _ in items:
        sources.extend(s for s in srcs if s not in sources)
    facts = tuple(dict.fromkeys(f for f, *_ in items))
    return ClaimCheck(fact, claim, subject, year, value, qualifier, levels, group_id, tuple(supported), missing,
                      _status(len(supported), value, qualifier), tuple(sources), facts)


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
    return Support(partner, step.level, step.label, step.year, step.sources, step.tier or step.level)


def _status(count: int, value: Any, qualifier: str) -> str:
    if not isinstance(value, (int, float)):
        return "unchecked"
    lo, hi = reading_interval(value, qualifier, "count")
    if lo <= count <= hi:
        return "confirmed"
    if count > hi:
        return "exceeded"
    return "partial" if count else "unchecked"
