"""The country brief: a structured, fully cited report built from the knowledge base.

:func:`build_brief` returns a :class:`Brief` (sections of statements, each statement with the
numbers of its references); :mod:`chancery.resolve.render` turns it into Markdown or HTML.  Every
statement cites at least one source sentence; a reference is one (document, sentence) pair and
carries the outlet (or document id), the date, the URL and the quoted sentence.

Period (decisions): with ``year``, partners by level are those in force on 31 December of that
year; upgrades, visits, agreements, hosting and figures are those dated in that year; a fact with
no year counts when one of its documents is dated in that year, or when none of its documents is
dated at all (it cannot be placed, so it is shown, marked "year not stated", rather than silently
dropped); elections are those whose term starts in that year or the next, or that a document of
that year reports.  Without ``year`` everything is in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .claims import ClaimCheck, check_claims
from .conflicts import Conflict, find_conflicts, format_value
from .facts import Fact, KnowledgeBase
from .levels import level_name, level_order
from .names import actor_name
from .timeline import relation

__all__ = ["Brief", "Reference", "Section", "Statement", "build_brief"]

MAX_FIGURES = 15


@dataclass(frozen=True)
class Reference:
    n: int
    doc: str
    outlet: str | None
    published: date | None
    url: str | None
    sentence: str

    def as_dict(self) -> dict[str, Any]:
        return {"n": self.n, "doc": self.doc, "outlet": self.outlet,
                "published": self.published.isoformat() if self.published else None,
                "url": self.url, "sentence": self.sentence}


@dataclass(frozen=True)
class Statement:
    text: str
    cites: tuple[int, ...]
    details: tuple[Statement, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "cites": list(self.cites), "details": [d.as_dict() for d in self.details]}


@dataclass(frozen=True)
class Section:
    title: str
    statements: tuple[Statement, ...]
    empty: str = "Nothing in the knowledge base."


@dataclass(frozen=True)
class Brief:
    country: str
    country_name: str
    year: int | None
    sections: tuple[Section, ...]
    references: tuple[Reference, ...]
    documents: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"country": self.country, "name": self.country_name, "year": self.year,
                "sections": [{"title": s.title, "statements": [x.as_dict() for x in s.statements]}
                             for s in self.sections],
                "references": [r.as_dict() for r in self.references]}


@dataclass
class _Citer:
    refs: dict[tuple[str, int, int], Reference] = field(default_factory=dict)

    def cite(self, sources: Any, limit: int = 3) -> tuple[int, ...]:
        out: list[int] = []
        seen_origins: set[str] = set()
        for s in sources:
            if len(out) >= limit:
                break
            if s.origin in seen_origins:
                continue
            seen_origins.add(s.origin)
            ev = s.mention.evidence
            key = (s.doc, ev.start, ev.end)
            ref = self.refs.get(key)
            if ref is None:
                ref = self.refs[key] = Reference(len(self.refs) + 1, s.doc, s.outlet, s.published, s.url, ev.text)
            out.append(ref.n)
        return tuple(out)

    def fact(self, f: Fact, limit: int = 3) -> tuple[int, ...]:
        return self.cite(f.citations(limit), limit)


def build_brief(kb: KnowledgeBase, country: str, *, year: int | None = None) -> Brief:
    """The brief on ``country`` (for ``year`` if given) with numbered references."""
    c = _Citer()
    facts = kb.involving(country)
    sections = (
        _partners(kb, country, year, c),
        _upgrades(kb, country, year, c),
        _visits(facts, country, year, c),
        _simple(facts, "agreement", "Agreements signed", country, year, c, _agreement_text),
        _elections(facts, country, year, c),
        _simple(facts, "hosting", "Summits and events hosted", country, year, c, _hosting_text),
        _figures(facts, country, year, c),
        *_claims(kb, country, year, c),
        _conflicts(find_conflicts(kb, country=country), year, c),
    )
    docs = len({s.origin for f in facts for s in f.sources})
    return Brief(country, actor_name(country), year, sections, tuple(c.refs.values()), docs)


def _in_year(f: Fact, year: int | None) -> bool:
    if year is None:
        return True
    if f.year is not None:
        return f.year == year
    dated = [s.published.year for s in f.sources if s.published]
    return not dated or year in dated


def _when(f: Fact, year: int | None) -> str:
    if f.year:
        return f" ({f.year})"
    return " (year not stated)" if year is not None else ""


def _partners(kb: KnowledgeBase, country: str, year: int | None, c: _Citer) -> Section:
    as_of = date(year, 12, 31) if year else None
    partners = sorted({p for f in kb.involving(country, "partnership") for p in (f.get("a"), f.get("b")) if p != country})
    by_level: dict[str, list[Statement]] = {}
    for p in partners:
        rel = relation(kb, country, p, as_of=as_of)
        if rel.current is None:
            continue
        step = rel.current
        since = f", since {step.year}" if step.year else ""
        name = level_name(step.level, step.label) if step.level == "other" else ""
        text = f"{actor_name(p)}{' (' + name + ')' if name else ''}{since}"
        by_level.setdefault(step.level, []).append(Statement(text, c.cite(step.sources)))
    order = level_order(country)
    statements = []
    for level in sorted(by_level, key=lambda lv: order.index(lv) if lv in order else len(order)):
        items = by_level[level]
        cites = tuple(n for st in items for n in st.cites)[:3]
        statements.append(Statement(f"{level_name(level).capitalize()}: {len(items)}", cites, tuple(items)))
    title = f"Partners by level (as of 31 December {year})" if year else "Partners by level"
    return Section(title, tuple(statements))


def _upgrades(kb: KnowledgeBase, country: str, year: int | None, c: _Citer) -> Section:
    statements = []
    partners = sorted({p for f in kb.involving(country, "partnership") for p in (f.get("a"), f.get("b")) if p != country})
    for p in partners:
        rel = relation(kb, country, p)
        for i, step in enumerate(rel.steps):
            if step.year is None or (year is not None and step.year != year):
                continue
            before = rel.steps[i - 1] if i else None
            if before is not None and before.level != step.level:
                verb = f"upgraded from a {before.name} to a {step.name}"
            else:
                verb = f"{step.name} established"
            statements.append(Statement(f"{actor_name(p)}: {verb} ({step.year})", c.cite(step.sources)))
        for step in rel.attested:  # "established" without a year: shown when its documents fit the period
            if step.established and (year is None or step.first_seen is None or step.first_seen.year == year):
                srcs = [s for s in step.sources if s.mention.get("action") == "established"]
                statements.append(Statement(f"{actor_name(p)}: {step.name} established (year not stated)",
                                            c.cite(srcs)))
    return Section(f"Upgrades and new partnerships in {year}" if year else "Upgrades and new partnerships",
                   tuple(statements))


def _visits(facts: list[Fact], country: str, year: int | None, c: _Citer) -> Section:
    ins, outs = [], []
    for f in facts:
        if f.kind != "visit" or not _in_year(f, year):
            continue
        who = f.get("visitor")
        when = _when(f, year)
        if f.get("host") == country:
            subject = f"{who} ({actor_name(f.get('visitor_country'))})" if who else actor_name(f.get("visitor_country"))
            ins.append(Statement(f"In: {subject} visited {actor_name(country)}{when}", c.fact(f)))
        elif f.get("visitor_country") == country:
            subject = f"{who} visited" if who else "Visit to"
            outs.append(Statement(f"Out: {subject} {actor_name(f.get('host'))}{when}", c.fact(f)))
    return Section("Visits in and out", tuple(sorted(ins, key=lambda s: s.text) + sorted(outs, key=lambda s: s.text)))


def _simple(facts: list[Fact], kind: str, title: str, country: str, year: int | None, c: _Citer,
            text: Any) -> Section:
    chosen = [f for f in facts if f.kind == kind and _in_year(f, year)]
    if kind == "hosting":
        chosen = [f for f in chosen if f.get("host") == country]
    chosen.sort(key=lambda f: (f.year or 0, -f.corroboration, f.id))
    return Section(title, tuple(Statement(text(f, country, year), c.fact(f)) for f in chosen))


def _agreement_text(f: Fact, country: str, year: int | None) -> str:
    others = [actor_name(p) for p in f.get("parties") if p != country] or ["(parties not identified)"]
    count = f.get("count")
    what = f"{count} agreements" if isinstance(count, int) and count != 1 else "agreement"
    when = _when(f, year)
    return f"{what} signed with {', '.join(others)}{when}"


def _co_organised(s: Any) -> bool:
    """The event name is introduced as co-organised / co-hosted in its own sentence."""
    sentence = s.sentence.lower()
    i = sentence.find(str(s.mention.get("event") or "").lower())
    return i > 0 and ("co-organi" in sentence[max(0, i - 30):i] or "co-host" in sentence[max(0, i - 30):i])


def _hosting_text(f: Fact, country: str, year: int | None) -> str:
    co = any(_co_organised(s) for s in f.sources)
    when = _when(f, year)
    return f"{f.get('event_name')}{when}{' (co-organised)' if co else ''}"


def _elections(facts: list[Fact], country: str, year: int | None, c: _Citer) -> Section:
    out = []
    for f in facts:
        if f.kind != "election" or f.get("actor") != country:
            continue
        term = f.get("term")
        start = int(term[:4]) if isinstance(term, str) and term[:4].isdigit() else None
        if year is not None and start not in (year, year + 1) and not _in_year(f, year):
            continue
        verb = "re-elected" if any("re-elect" in s.sentence.lower() for s in f.sources) else "elected"
        body = actor_name(f.get("body")) if str(f.get("body")).startswith("ORG:") else str(f.get("body"))
        out.append(Statement(f"{actor_name(country)} {verb} to the {body}" + (f" for {term}" if term else ""), c.fact(f)))
    return Section("Elections", tuple(out))


def _figures(facts: list[Fact], country: str, year: int | None, c: _Citer) -> Section:
    chosen = [f for f in facts if f.kind == "quantity" and f.get("subject") == country and _in_year(f, year)
              and not str(f.get("measure")).startswith(("partners_", "group_partners"))]
    # measures the lexicon knows first (remittances, exports ...), then by corroboration
    chosen.sort(key=lambda f: (not f.get("measure_known"), -f.corroboration, -len(f.documents), f.id))
    out = []
    for f in chosen[:MAX_FIGURES]:
        label = str(f.get("measure_name"))
        when = _when(f, year)
        readings = [_reading(f, r, c) for r in f.get("readings") or []]
        if not readings:
            continue
        text, cites = readings[0]
        others = tuple(Statement(f"also reported: {t}", n) for t, n in readings[1:])
        out.append(Statement(f"{label[:1].upper() + label[1:]}{when}: {text}", cites, others))
    return Section("Headline figures", tuple(out))


def _reading(f: Fact, reading: dict[str, Any], c: _Citer) -> tuple[str, tuple[int, ...]]:
    value, qualifier = reading["value"], str(reading["qualifier"])
    qual = {"over": "over ", "nearly": "nearly ", "about": "about "}.get(qualifier, "")
    sources = [s for s in f.sources if s.mention.get("value") == value
               and str(s.mention.get("qualifier") or "exact") == qualifier]
    return f"{qual}{format_value(value, f.get('unit'))}", c.cite(sources)


def _claims(kb: KnowledgeBase, country: str, year: int | None, c: _Citer) -> tuple[Section, Section]:
    checks = check_claims(kb, country=country, year=year)
    statements = [_claim_statement(ch, c) for ch in checks]
    unchecked = [Statement(f"{_claimed(ch)}: the knowledge base supports {len(ch.supported)} ({ch.status})",
                           c.cite(ch.sources)) for ch in checks if ch.status != "confirmed"]
    return (Section("Claims checked against the knowledge base", tuple(statements)),
            Section("Unchecked claims", tuple(unchecked), "None: every claim is confirmed."))


def _claimed(ch: ClaimCheck) -> str:
    qual = {"over": "over ", "nearly": "nearly ", "about": "about "}.get(ch.qualifier, "")
    value = int(ch.claimed) if float(ch.claimed).is_integer() else ch.claimed
    when = f" in {ch.year}" if ch.year else ""
    if ch.claim == "upgrades":
        return f"Claimed: upgraded relations with {qual}{value} partners{when}"
    return f"Claimed: {qual}{value} {ch.description}{when}"


def _claim_statement(ch: ClaimCheck, c: _Citer) -> Statement:
    details = [Statement(f"{actor_name(s.partner)}: {level_name(s.level, s.label)}" + (f" since {s.since}" if s.since else ""),
                         c.cite(s.sources)) for s in ch.supported]
    if ch.missing:
        details.append(Statement("Not supported by the corpus: " + ", ".join(actor_name(m) for m in ch.missing),
                                 c.cite(ch.sources, 1)))
    supported = ", ".join(actor_name(s.partner) for s in ch.supported) or "none"
    text = f"{_claimed(ch)}; the knowledge base supports {len(ch.supported)} ({ch.status}): {supported}"
    return Statement(text, c.cite(ch.sources), tuple(details))


def _conflicts(conflicts: list[Conflict], year: int | None, c: _Citer) -> Section:
    out = []
    for cf in conflicts:
        if year is not None and not any(s.published and s.published.year in (year, year + 1)
                                        for side in cf.sides for s in side.sources) and str(year) not in cf.subject:
            continue
        sides = tuple(Statement(side.claim, c.cite(side.sources)) for side in cf.sides)
        out.append(Statement(f"{cf.subject}: sources disagree", tuple(n for s in sides for n in s.cites[:1]), sides))
    return Section("Open conflicts", tuple(out), "None found.")
