"""The country brief: a structured, fully cited report built from the knowledge base.

:func:`build_brief` returns a :class:`Brief` (sections of statements, each statement with the
numbers of its references); :mod:`chancery.resolve.render` turns it into Markdown or HTML.  Every
statement cites at least one source sentence, each reference at most once per statement; a
reference is one (document, sentence) pair and carries the outlet (or document id), the date, the
URL and the quoted sentence.

How it reads (decisions):

* partners are grouped by tier (a framework of its own name sits at the tier ``levels.json``
  gives it, and says so), and listed by name with the date the level has held since;
* upgrades, visits, agreements, elections and summits are listed in date order, each with its
  date as far as the text gives it ("10 September 2023", "June 2023", "2016"); a visit reads
  "Anthony Albanese (Australia) visited Vietnam, June 2023";
* figures say what they are: a total, a target ("GDP growth target"), a change ("2.5 times the
  2024 figure"), a rank; the readings sources disagree on are all shown, and the conflict is
  listed under open conflicts;
* each claim is checked once, with its status, in one section.

Period: with ``year``, partners by level are those in force on 31 December of that year;
upgrades, visits, agreements, hosting and figures are those dated in that year, or undated
facts reported by a document of that year; elections are those whose term starts in that year or
the next, or that a document of that year reports.  Facts that cannot be placed in time (no
date, no dated document) appear only in the brief without a year.  Without ``year`` everything
is in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .claims import ClaimCheck, check_claims
from .conflicts import Conflict, find_conflicts, format_value
from .dates import EventDate
from .facts import Fact, KnowledgeBase, fold_origins
from .levels import level_name, level_order, tier
from .names import actor_name, actor_phrase
from .timeline import Step, relation

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

    def section(self, start: str) -> Section | None:
        return next((s for s in self.sections if s.title.startswith(start)), None)

    def as_dict(self) -> dict[str, Any]:
        return {"country": self.country, "name": self.country_name, "year": self.year, "documents": self.documents,
                "sections": [{"title": s.title, "statements": [x.as_dict() for x in s.statements]}
                             for s in self.sections],
                "references": [r.as_dict() for r in self.references]}


def _unique(numbers: Any, limit: int = 3) -> tuple[int, ...]:
    return tuple(dict.fromkeys(numbers))[:limit]


@dataclass
class _Citer:
    refs: dict[tuple[str, int, int], Reference] = field(default_factory=dict)

    def cite(self, sources: Any, limit: int = 3, fact: Fact | None = None) -> tuple[int, ...]:
        out: list[int] = []
        seen_origins: set[str] = set()
        sources = list(sources)
        origins = fact.origin_map if fact is not None else fold_origins(sources)
        for s in sources:
            if len(out) >= limit:
                break
            origin = origins.get(s.doc, s.origin)
            if origin in seen_origins:
                continue
            seen_origins.add(origin)
            ev = s.mention.evidence
            key = (s.doc, ev.start, ev.end)
            ref = self.refs.get(key)
            if ref is None:
                ref = self.refs[key] = Reference(len(self.refs) + 1, s.doc, s.outlet, s.published, s.url, ev.text)
            out.append(ref.n)
        return _unique(out, limit)

    def fact(self, f: Fact, limit: int = 3) -> tuple[int, ...]:
        return self.cite(f.citations(limit), limit, f)


def build_brief(kb: KnowledgeBase, country: str, *, year: int | None = None) -> Brief:
    """The brief on ``country`` (for ``year`` if given) with numbered references."""
    c = _Citer()
    facts = kb.involving(country)
    sections = (
        _partners(kb, country, year, c),
        _upgrades(kb, country, year, c),
        *_visits(facts, country, year, c),
        _agreements(facts, country, year, c),
        _elections(facts, country, year, c),
        _hosted(facts, country, year, c),
        _figures(facts, country, year, c),
        _claims(kb, country, year, c),
        _conflicts(find_conflicts(kb, country=country), year, c),
    )
    docs = len({f.origin_of(s) for f in facts for s in f.sources})
    return Brief(country, actor_name(country), year, sections, tuple(c.refs.values()), docs)


def _in_year(f: Fact, year: int | None) -> bool:
    if year is None:
        return True
    if f.year is not None:
        return f.year == year
    return any(s.published and s.published.year == year for s in f.sources)


def _when(f: Fact, year: int | None) -> str:
    """', 10 September 2023' / ', June 2023' / ', 2016' / ' (date not stated)'."""
    when = f.date or (EventDate.of(f.year) if f.year else None)
    return f", {when.human()}" if when else " (date not stated)"


def _sort_date(f: Fact) -> date:
    when = f.date or (EventDate.of(f.year) if f.year else None)
    return when.start if when else date.max


def _partner_ids(kb: KnowledgeBase, country: str) -> list[str]:
    ids = {p for f in kb.involving(country, "partnership") for p in (f.get("a"), f.get("b")) if p != country}
    return sorted(ids, key=lambda p: (actor_name(p), p))


def _level_words(step: Step, country: str) -> str:
    """'comprehensive strategic partnership', or a framework's own name and its tier."""
    if step.level != "other":
        return step.name
    t = tier(step.level, step.label, country)
    return f"{step.name} (at {level_name(t)} tier)" if t != "other" else step.name


def _a(phrase: str) -> str:
    return f"{'an' if phrase[:1].lower() in 'aeiou' else 'a'} {phrase}"


def _partners(kb: KnowledgeBase, country: str, year: int | None, c: _Citer) -> Section:
    as_of = date(year, 12, 31) if year else None
    by_tier: dict[str, list[Statement]] = {}
    for p in _partner_ids(kb, country):
        rel = relation(kb, country, p, as_of=as_of)
        step = rel.current
        if step is None:
            continue
        since = step.since_text()
        name = f" ({step.name})" if step.level == "other" else ""
        text = f"{actor_name(p)}{name}, {since}" if since else f"{actor_name(p)}{name} (date not stated)"
        by_tier.setdefault(step.tier or tier(step.level, step.label, country), []).append(
            Statement(text, c.cite(step.sources)))
    order = level_order(country)
    statements = []
    for level in sorted(by_tier, key=lambda lv: order.index(lv) if lv in order else len(order)):
        items = by_tier[level]
        heading = "Other frameworks" if level == "other" else level_name(level).capitalize()
        statements.append(Statement(f"{heading}: {len(items)}", _unique(st.cites[0] for st in items if st.cites),
                                    tuple(items)))
    title = f"Partners by level (as of 31 December {year})" if year else "Partners by level"
    return Section(title, tuple(statements))


def _upgrades(kb: KnowledgeBase, country: str, year: int | None, c: _Citer) -> Section:
    found: list[tuple[date, str, Statement]] = []
    for p in _partner_ids(kb, country):
        rel = relation(kb, country, p)
        established = [s for s in rel.steps if s.basis == "established"]
        for step in established:
            if step.when is None or (year is not None and step.year != year):
                continue
            before = next((s for s in reversed(rel.steps) if s.when and step.when and s.when.start < step.when.start), None)
            if before is not None and before.tier != step.tier:
                verb = f"upgraded from {_a(_level_words(before, country))} to {_a(_level_words(step, country))}"
            else:
                verb = f"{_level_words(step, country)} established"
            found.append((step.when.start, actor_name(p),
                          Statement(f"{actor_name(p)}: {verb}, {step.when.human()}", c.cite(step.sources))))
        for step in rel.attested:  # "established" without a date: shown when its documents fit the period
            if step.established and (year is None or (step.first_seen is not None and step.first_seen.year == year)):
                srcs = [s for s in step.sources if s.mention.get("action") == "established"]
                found.append((date.max, actor_name(p), Statement(
                    f"{actor_name(p)}: {_level_words(step, country)} established (date not stated)", c.cite(srcs))))
    found.sort(key=lambda t: (t[0], t[1]))
    return Section(f"Upgrades and new partnerships in {year}" if year else "Upgrades and new partnerships",
                   tuple(st for *_, st in found))


def _visits(facts: list[Fact], country: str, year: int | None, c: _Citer) -> tuple[Section, Section]:
    ins: list[tuple[date, str, Statement]] = []
    outs: list[tuple[date, str, Statement]] = []
    for f in facts:
        if f.kind != "visit" or not _in_year(f, year):
            continue
        who, origin, host = f.get("visitor"), f.get("visitor_country"), f.get("host")
        visitor = f"{who} ({actor_name(origin)})" if who else f"A leader of {actor_phrase(origin)}"
        text = f"{visitor} visited {actor_phrase(host)}{_when(f, year)}"
        item = (_sort_date(f), text, Statement(text, c.fact(f)))
        if host == country:
            ins.append(item)
        elif origin == country:
            outs.append(item)
    name = actor_name(country)
    return (Section(f"Visits to {name}", tuple(st for *_, st in sorted(ins, key=lambda t: t[:2]))),
            Section(f"Visits by {name}", tuple(st for *_, st in sorted(outs, key=lambda t: t[:2]))))


def _agreements(facts: list[Fact], country: str, year: int | None, c: _Citer) -> Section:
    chosen = sorted((f for f in facts if f.kind == "agreement" and _in_year(f, year)),
                    key=lambda f: (_sort_date(f), -f.corroboration, f.id))
    out = []
    for f in chosen:
        others = [actor_phrase(p) for p in f.get("parties") if p != country] or ["(parties not identified)"]
        count = f.get("count")
        what = f"{count} agreements" if isinstance(count, int) and count != 1 else "An agreement"
        out.append(Statement(f"{what} signed with {', '.join(others)}{_when(f, year)}", c.fact(f)))
    return Section("Agreements signed", tuple(out))


def _co_organised(s: Any) -> bool:
    """The event name is introduced as co-organised / co-hosted in its own sentence."""
    sentence = s.sentence.lower()
    i = sentence.find(str(s.mention.get("event") or "").lower())
    return i > 0 and ("co-organi" in sentence[max(0, i - 30):i] or "co-host" in sentence[max(0, i - 30):i])


def _hosted(facts: list[Fact], country: str, year: int | None, c: _Citer) -> Section:
    chosen = sorted((f for f in facts if f.kind == "hosting" and f.get("host") == country and _in_year(f, year)),
                    key=lambda f: (_sort_date(f), -f.corroboration, f.id))
    out = []
    for f in chosen:
        co = " (co-organised)" if any(_co_organised(s) for s in f.sources) else ""
        out.append(Statement(f"{f.get('event_name')}{_when(f, year)}{co}", c.fact(f)))
    return Section("Summits and events hosted", tuple(out))


def _elections(facts: list[Fact], country: str, year: int | None, c: _Citer) -> Section:
    chosen = []
    for f in facts:
        if f.kind != "election" or f.get("actor") != country:
            continue
        term = f.get("term")
        start = int(term[:4]) if isinstance(term, str) and term[:4].isdigit() else None
        if year is not None and start not in (year, year + 1) and not _in_year(f, year):
            continue
        chosen.append(f)
    chosen.sort(key=lambda f: (str(f.get("term") or ""), _sort_date(f)))
    out = []
    for f in chosen:
        term = f.get("term")
        verb = "re-elected" if any("re-elect" in s.sentence.lower() for s in f.sources) else "elected"
        body = f.get("body")
        when = f", {f.date.human()}" if f.date else ""
        if not body:
            text = f"{actor_name(country)} {verb}{when} (body not identified in the sentence)"
        else:
            name = actor_name(body) if str(body).startswith("ORG:") else str(body)
            text = f"{actor_name(country)} {verb} to the {name}" + (f" for {term}" if term else "") + when
        out.append(Statement(text, c.fact(f)))
    return Section("Elections", tuple(out))


def _about_country(f: Fact, country: str) -> str | None:
    """'' for a figure about ``country``, 'with Japan' for a bilateral one, None otherwise."""
    if f.get("subject") == country:
        return ""
    pair = f.get("pair") or []
    if country in pair:
        other = next((p for p in pair if p != country), None)
        return f" with {actor_phrase(other)}" if other else ""
    return None


def _figures(facts: list[Fact], country: str, year: int | None, c: _Citer) -> Section:
    chosen = [f for f in facts if f.kind == "quantity" and _about_country(f, country) is not None
              and _in_year(f, year) and not str(f.get("measure")).startswith(("partners_", "group_partners"))]
    # one statement per measure and year: its total, then its target, change and rank
    groups: dict[tuple[str, int | None, str], list[Fact]] = {}
    for f in chosen:
        groups.setdefault((str(f.get("measure")), f.year, str(_about_country(f, country))), []).append(f)
    order = {"total": 0, "rank": 1, "change": 2, "target": 3}
    ranked = sorted(groups.values(), key=lambda g: (not g[0].get("measure_known"),
                                                    -max(f.corroboration for f in g), g[0].id))
    out = []
    for group in ranked[:MAX_FIGURES]:
        group.sort(key=lambda f: order.get(str(f.get("facet")), 9))
        first = group[0]
        label = str(first.get("measure_name"))
        if all(f.get("facet") == "target" for f in group):
            label += " target"
        head = f"{label[:1].upper() + label[1:]}{_about_country(first, country)}"
        head += f" ({first.year})" if first.year else ""
        parts: list[tuple[str, tuple[int, ...]]] = []
        others: list[Statement] = []
        for f in group:
            readings = [_reading(f, r, c) for r in f.get("readings") or []]
            if not readings:
                continue
            text, cites = readings[0]
            parts.append((text, cites))
            others.extend(Statement(f"also reported: {t}", n) for t, n in readings[1:])
        if not parts:
            continue
        text = f"{head}: " + "; ".join(t for t, _ in parts)
        out.append(Statement(text, _unique(n for _, ns in parts for n in ns), tuple(others)))
    return Section("Headline figures", tuple(out))


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _compared(base: str) -> str:
    """'2024' -> 'the 2024 figure'; 'the previous year' -> "the previous year's figure"."""
    return f"the {base} figure" if base[:1].isdigit() else f"{base}'s figure"


def _reading(f: Fact, reading: dict[str, Any], c: _Citer) -> tuple[str, tuple[int, ...]]:
    value, qualifier = reading["value"], str(reading["qualifier"])
    qual = {"over": "over ", "nearly": "nearly ", "about": "about "}.get(qualifier, "")
    sources = [s for s in f.sources if s.mention.get("value") == value
               and str(s.mention.get("qualifier") or "exact") == qualifier]
    facet, unit = f.get("facet"), f.get("unit")
    shown = format_value(value, unit)
    if facet == "change":
        base = f.get("compared_with")
        if unit == "times":
            shown = f"{qual}{shown} {_compared(base)}" if base else f"{qual}{shown} as much as before"
        else:
            shown = f"{f.get('direction') or 'up'} {qual}{shown}" + (f" on {_compared(base)}" if base else "")
        qual = ""
    elif unit == "rank" and isinstance(value, (int, float)) and float(value).is_integer():
        shown = f"ranked {_ordinal(int(value))}"
    elif unit == "top_n":
        shown = f"among the {shown}"
    return f"{qual}{shown}", c.cite(sources, fact=f)


def _claims(kb: KnowledgeBase, country: str, year: int | None, c: _Citer) -> Section:
    checks = check_claims(kb, country=country, year=year)
    return Section("Claims checked against the knowledge base", tuple(_claim_statement(ch, c) for ch in checks),
                   "No checkable claims.")


def _claimed(ch: ClaimCheck) -> str:
    qual = {"over": "over ", "nearly": "nearly ", "about": "about "}.get(ch.qualifier, "")
    value = int(ch.claimed) if float(ch.claimed).is_integer() else ch.claimed
    when = f" in {ch.year}" if ch.year else " (year not stated)"
    if ch.claim == "upgrades":
        return f"Claimed: upgraded relations with {qual}{value} partners{when}"
    return f"Claimed: {qual}{value} {ch.description}{when}"


_STATUS = {"confirmed": "confirmed", "partial": "fewer known", "unchecked": "none known",
           "exceeded": "more known than claimed"}


def _claim_statement(ch: ClaimCheck, c: _Citer) -> Statement:
    details = []
    for s in sorted(ch.supported, key=lambda s: actor_name(s.partner)):
        level = level_name(s.level, s.label)
        if s.level == "other" and s.tier and s.tier != "other":
            level += f" (at {level_name(s.tier)} tier)"
        details.append(Statement(f"{actor_name(s.partner)}: {level}" + (f" since {s.since}" if s.since else ""),
                                 c.cite(s.sources)))
    if ch.missing:
        details.append(Statement("Not supported by the corpus: " + ", ".join(sorted(actor_name(m) for m in ch.missing)),
                                 c.cite(ch.sources, 1)))
    supported = ", ".join(sorted(actor_name(s.partner) for s in ch.supported)) or "none"
    text = f"{_claimed(ch)}; the knowledge base supports {len(ch.supported)} ({_STATUS.get(ch.status, ch.status)}): {supported}"
    return Statement(text, c.cite(ch.sources), tuple(details))


def _conflicts(conflicts: list[Conflict], year: int | None, c: _Citer) -> Section:
    out = []
    for cf in conflicts:
        if year is not None and not any(s.published and s.published.year in (year, year + 1)
                                        for side in cf.sides for s in side.sources) and str(year) not in cf.subject:
            continue
        sides = tuple(Statement(side.claim, c.cite(side.sources)) for side in cf.sides)
        out.append(Statement(f"{cf.subject}: sources disagree", _unique(n for s in sides for n in s.cites[:1]), sides))
    return Section("Open conflicts", tuple(out), "None found.")
