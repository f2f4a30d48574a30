"""Conflicts: one key, incompatible values, each side with its evidence.

Quantities.  Figures are compared only under one key: the same subject or pair, measure,
facet (a total is not compared with a target or a change), period, unit and year
(:mod:`chancery.resolve.figures`).  Each reading (value + qualifier) stands for an interval of
values it allows, scaled by the precision the figure is written with: with *u* one unit of its
last significant digit (1 billion for "16 billion", 100 million for "16.2 billion", 10 for "350"):

* ``exact``: the value give or take half a unit (16.2 billion -> 16.15-16.25 billion; 16 billion
  -> 15.5-16.5 billion); counts, ranks and places are exact integers (42 partners is 42);
* ``over`` v: v to v + 2u, at most v * (1 + OVER_SPAN) ("over 16 billion" allows 16.2 billion,
  not 30 billion; "topped 123 billion" allows up to 125 billion);
* ``nearly`` v: v - 2u (at least v * (1 - NEAR_SPAN)) to v ("nearly 350" allows 340, not 360);
* ``about`` v: v - u to v + u, within ABOUT_SPAN of v ("roughly 124 billion" is 123-125 billion,
  so it disagrees with "nearly 139 billion").

Readings whose intervals overlap agree ("over 16 billion" and "16.2 billion"); the readings of a
fact are swept in order of their lower bound and chained while they overlap; more than one chain
is a conflict ("over US$16 billion" vs "nearly US$15 billion"; 42 vs 40 partners).

Partnerships (decision).  A pair is in conflict when

* it was *established* at two different ranked levels in the same year (``other`` frameworks are
  left out: thematic partnerships coexist with a level), or
* a document dated year Y *mentions* the pair at a level that the knowledge base says was only
  established after Y (and never before): the level cannot have been in force yet.

A mention of a lower level in the year of an upgrade is *not* a conflict: within one year both
can be true ("elevated from a comprehensive partnership").
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from .dates import EventDate
from .facts import Fact, KnowledgeBase, Source
from .levels import level_name, tier, tier_rank
from .names import actor_name

__all__ = ["ABOUT_SPAN", "NEAR_SPAN", "OVER_SPAN", "Conflict", "ConflictSide", "figure_subject", "find_conflicts",
           "reading_interval"]

OVER_SPAN = 0.5
NEAR_SPAN = 0.1
ABOUT_SPAN = 0.1
_INTEGER_UNITS = {"count", "rank", "top_n", "places"}
# how news writes the currencies it names most ("NZ$3 billion"); others read "3 billion THB"
_CURRENCY_SIGNS = {"USD": "US$", "AUD": "A$", "NZD": "NZ$", "SGD": "S$", "HKD": "HK$", "CAD": "C$",
                   "EUR": "\u20ac", "GBP": "\u00a3", "JPY": "\u00a5"}


@dataclass(frozen=True)
class ConflictSide:
    """One position in a conflict: what is said and who says it."""

    claim: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Conflict:
    kind: str
    subject: str  # a readable description of the key
    fact_ids: tuple[str, ...]
    sides: tuple[ConflictSide, ...]
    actors: frozenset[str]

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "subject": self.subject, "facts": list(self.fact_ids),
                "sides": [{"claim": s.claim, "evidence": [x.as_dict() for x in s.sources]} for s in self.sides]}


def reading_interval(value: float, qualifier: str, unit: str | None) -> tuple[float, float]:
    """The interval of values a stated figure allows (see the module docstring)."""
    v = float(value)
    u = 2 * _half_unit(v)
    size = abs(v)
    if qualifier == "over":
        return v, v + min(2 * u, OVER_SPAN * size)
    if qualifier == "nearly":
        return v - min(2 * u, NEAR_SPAN * size), v
    if qualifier == "about":
        return v - min(u, ABOUT_SPAN * size), v + min(u, ABOUT_SPAN * size)
    if unit in _INTEGER_UNITS:
        return v, v
    half = u / 2 * 0.999  # 22 and 23 do not meet at 22.5
    return v - half, v + half


def _half_unit(v: float) -> float:
    """Half a unit of the last significant digit of ``v`` as written (at most 4 decimals)."""
    if v == 0:
        return 0.0
    text = f"{abs(v):.4f}".rstrip("0").rstrip(".")
    if "." in text:
        return 0.5 * 10 ** -len(text.split(".")[1])
    stripped = text.rstrip("0")
    return 0.5 * 10 ** (len(text) - len(stripped))


def find_conflicts(kb: KnowledgeBase, *, country: str | None = None) -> list[Conflict]:
    """Every conflict in the knowledge base (those involving ``country`` if given)."""
    facts = kb.involving(country) if country else list(kb)
    out = [c for f in facts if f.kind == "quantity" for c in _quantity_conflict(f)]
    pairs: dict[tuple[str, str], list[Fact]] = {}
    for f in facts:
        if f.kind == "partnership":
            pairs.setdefault((f.get("a"), f.get("b")), []).append(f)
    for pair, group in sorted(pairs.items()):
        out.extend(_partnership_conflicts(pair, group, country))
    return out


def _quantity_conflict(f: Fact) -> list[Conflict]:
    if len(f.get("readings", [])) < 2:
        return []
    unit = f.get("unit")
    by_reading: dict[tuple[Any, str], list[Source]] = {}
    for s in f.sources:
        r = dict(s.mention.args)
        by_reading.setdefault((r.get("value"), str(r.get("qualifier") or "exact")), []).append(s)
    spans = []
    for (value, qualifier), srcs in by_reading.items():
        if not isinstance(value, (int, float)) or math.isnan(float(value)):
            continue
        lo, hi = reading_interval(value, qualifier, unit)
        spans.append((lo, hi, value, qualifier, srcs))
    spans.sort(key=lambda t: (t[0], t[1]))
    chains: list[list[tuple[Any, ...]]] = []
    reach = -math.inf
    for span in spans:
        if chains and span[0] <= reach:
            chains[-1].append(span)
            reach = max(reach, span[1])
        else:
            chains.append([span])
            reach = span[1]
    if len(chains) < 2:
        return []
    sides = []
    for chain in chains:
        claim = " / ".join(_reading_text(v, q, unit) for _, _, v, q, _ in chain)
        sides.append(ConflictSide(claim, tuple(s for *_, srcs in chain for s in srcs)))
    return [Conflict("quantity", figure_subject(f), (f.id,), tuple(sides), frozenset(_about(f)))]


def _about(f: Fact) -> list[str]:
    return [x for x in (f.get("pair") or [f.get("subject")]) if x]


def figure_subject(f: Fact) -> str:
    """'United States-Vietnam: two-way trade (2022)', 'Vietnam: remittances (2025)'."""
    about = "-".join(actor_name(x) for x in _about(f)) or "actor not identified"
    what = str(f.get("measure_name"))
    facet = f.get("facet")
    if facet == "target":
        what += " (target)"
    elif facet == "change":
        base = f.get("compared_with")
        what += f" (change on {base})" if base else " (change)"
    if f.get("period"):
        what += f", {f.get('period')}"
    return f"{about}: {what}" + (f" ({f.year})" if f.year else "")


def _reading_text(value: Any, qualifier: str, unit: str | None) -> str:
    words = {"over": "over ", "nearly": "nearly ", "about": "about ", "exact": ""}
    return f"{words.get(qualifier, qualifier + ' ')}{format_value(value, unit)}"


def format_value(value: Any, unit: str | None) -> str:
    """16000000000, USD -> 'US$16 billion'; 22, percent -> '22%'; 2.5, times -> '2.5 times'."""
    if not isinstance(value, (int, float)):
        return str(value)
    number = _scaled(float(value)) if unit not in ("rank", "top_n", "places") else _plain(float(value))
    if unit in _CURRENCY_SIGNS:
        return f"{_CURRENCY_SIGNS[unit]}{number}"
    if unit == "percent":
        return f"{number}%"
    if unit == "times":
        return f"{number} times"
    if unit == "rank":
        return f"rank {number}"
    if unit == "top_n":
        return f"top {number}"
    if unit == "places":
        return f"{number} places"
    if unit and unit not in ("count", "other") and len(unit) == 3:
        return f"{number} {unit}"
    return number


def _plain(v: float) -> str:
    return str(int(v)) if v == int(v) else f"{v:g}"


def _scaled(v: float) -> str:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(v) >= size:
            return f"{v / size:.3f}".rstrip("0").rstrip(".") + f" {word}"
    return f"{v:,.2f}".rstrip("0").rstrip(".") if v != int(v) else f"{int(v):,}"


def _partnership_conflicts(pair: tuple[str, str], group: list[Fact], country: str | None) -> list[Conflict]:
    order_country = country if country in pair else pair[0]
    ranked = [f for f in group if tier(f.get("level"), f.get("label"), order_country) != "other"]
    out: list[Conflict] = []
    by_year: dict[int, list[Fact]] = {}
    for f in ranked:
        for y in f.get("established") or ():
            by_year.setdefault(y, []).append(f)
    names = f"{actor_name(pair[0])}-{actor_name(pair[1])}"
    for year, facts in sorted(by_year.items()):
        if len({tier(f.get("level"), f.get("label"), order_country) for f in facts}) < 2:
            continue
        sides = tuple(
            ConflictSide(f"{level_name(f.get('level'), f.get('label'))} established in {year}", _established_in(f, year))
            for f in sorted(facts, key=lambda f: tier_rank(f.get("level"), f.get("label"), order_country))
        )
        out.append(Conflict("partnership", f"{names}: level established in {year}", tuple(f.id for f in facts),
                            sides, frozenset(pair)))
    for f in ranked:
        years = f.get("established") or []
        if not years:
            continue
        first = min(years)
        start = EventDate.parse((f.get("established_on") or {}).get(str(first))) or EventDate.of(first)
        early = tuple(s for s in f.sources if s.published and dict(s.mention.args).get("action") != "established"
                      and (s.published < start.start if start.precision == "day" else s.published.year < first))
        name = level_name(f.get("level"), f.get("label"))
        if early:
            out.append(Conflict(
                "partnership", f"{names}: {name} before it was established", (f.id,),
                (ConflictSide(f"{name} established in {first}", _established_in(f, first)),
                 ConflictSide(f"{name} already in place before {first}", early)),
                frozenset(pair)))
    return out


def _established_in(f: Fact, year: int) -> tuple[Source, ...]:
    return tuple(s for s in f.sources
                 if dict(s.mention.args).get("action") == "established" and s.when is not None and s.when.year == year)
