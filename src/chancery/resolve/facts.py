"""Resolution: mentions -> facts, with corroboration.

:func:`resolve` groups mentions by their canonical key (:mod:`chancery.resolve.keys`) with
dictionaries, so it is linear in the number of mentions; the only comparisons between mentions
happen inside one key group (filling an unknown year, term or visitor from the group's unique
compatible candidate).

Filling an unknown slot (decisions):

* year (agreement, quantity, hosting): an undated mention joins the dated fact of the same base
  when exactly one dated candidate is compatible with its document's date (published in the
  candidate year or the year after: year-end reviews are published in January); a document
  without a date joins only when the base has a single dated candidate, and never for a
  quantity (a figure pinned to the wrong year makes a false conflict);
* term (election): an election with no term joins the term that starts in its document's year
  or the next one (elections precede terms); again only a unique candidate;
* visitor (visit): an unnamed visitor joins the named one when the base (countries + year) has
  exactly one named visitor.

* election: a date after the start of the term is another event's (a story of 2022 recalling the
  2014-2016 term) and is dropped.
* visit: an undated visit by a named person joins that person's single dated visit to the same
  host; a dated visit with no named visitor joins the single named visit of that year.

Corroboration: ``documents`` are distinct document ids; ``originals`` fold each near-duplicate
(``documents.duplicate_of``, chains followed) into the document it copies, so a syndicated copy
counts once with its original; sources of one fact whose evidence sentences are the same
sentence (the same content words, :data:`SAME_SENTENCE_MIN` or more, or near-equal for
sentences of at least :data:`SAME_SENTENCE_WORDS` words) also count once, however their documents were stored.
``corroboration`` is the number of distinct originals: the one count every surface shows.
``outlets`` lists every outlet carrying the fact; ``independent_outlets`` only the outlets of
original documents.

Dates: each source has the date of the event it states (:func:`chancery.resolve.dates.mention_date`),
apart from its document's publication date; a fact's ``date`` is the most precise date its
sources agree on (the most common among the most precise, then the earliest).
"""

from __future__ import annotations

import gc
import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ..ingest.dedup import sentence_similarity, sentence_words
from ..model import Mention
from .dates import EventDate, mention_date, since_year
from .figures import DocContext, Figure, doc_contexts
from .keys import SLOT_IS_YEAR, clean_body, source_key
from .normalise import Canonical

if TYPE_CHECKING:
    from ..store.database import Database

__all__ = ["SAME_SENTENCE_WORDS", "Fact", "KnowledgeBase", "Source", "best_date", "fold_origins", "knowledge_base",
           "resolve", "sources_from_db"]

#: evidence sentences of at least this many content words that are equal count as one source ...
SAME_SENTENCE_MIN = 8
#: ... and of at least this many, near-equal (content-word Jaccard >= 0.8)
SAME_SENTENCE_WORDS = 12
_NEAR_SENTENCE = 0.8


@dataclass(frozen=True, slots=True)
class Source:
    """A mention with the metadata of its document: where and when it was said."""

    mention: Mention
    outlet: str | None = None
    published: date | None = None
    url: str | None = None
    original: str = ""  # the document this one copies (its own id when it is an original)

    @property
    def doc(self) -> str:
        return self.mention.doc

    @property
    def sentence(self) -> str:
        return self.mention.evidence.text

    @property
    def origin(self) -> str:
        return self.original or self.mention.doc

    @property
    def when(self) -> EventDate | None:
        """The date of the event this source states (not its publication date)."""
        return mention_date(self.mention, self.published)

    def as_dict(self) -> dict[str, Any]:
        ev = self.mention.evidence
        when = self.when
        return {"doc": self.doc, "outlet": self.outlet, "published": self.published.isoformat() if self.published else None,
                "url": self.url, "start": ev.start, "end": ev.end, "sentence": ev.text,
                "event_date": when.iso if when else None,
                "duplicate_of": self.original if self.original and self.original != self.doc else None}


@dataclass(frozen=True, eq=False)
class Fact:
    """A resolved statement: its key, its fields and every source that states it."""

    kind: str
    key: tuple[Any, ...]
    fields: dict[str, Any]
    sources: tuple[Source, ...] = field(repr=False)

    def __hash__(self) -> int:
        return hash((self.kind, self.key))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Fact) and (self.kind, self.key) == (other.kind, other.key)

    @cached_property
    def id(self) -> str:
        digest = hashlib.sha1(json.dumps(self.key, default=str).encode()).hexdigest()[:12]
        return f"{self.kind}:{digest}"

    @cached_property
    def documents(self) -> frozenset[str]:
        return frozenset(s.doc for s in self.sources)

    @cached_property
    def origin_map(self) -> dict[str, str]:
        """Each document -> the independent source it counts as (see the module docstring)."""
        return fold_origins(self.sources)

    def origin_of(self, s: Source) -> str:
        return self.origin_map.get(s.doc, s.origin)

    @cached_property
    def originals(self) -> frozenset[str]:
        return frozenset(self.origin_map.values())

    @property
    def corroboration(self) -> int:
        """Independent documents: distinct originals."""
        return len(self.originals)

    @cached_property
    def outlets(self) -> tuple[str, ...]:
        return tuple(sorted({s.outlet for s in self.sources if s.outlet}))

    @cached_property
    def independent_outlets(self) -> tuple[str, ...]:
        return tuple(sorted({s.outlet for s in self.sources if s.outlet and self.origin_of(s) == s.doc}))

    @property
    def year(self) -> int | None:
        y = self.fields.get("year")
        return y if isinstance(y, int) else None

    @property
    def date(self) -> EventDate | None:
        """The event's date (visits, agreements, elections, hosting)."""
        return EventDate.parse(self.fields.get("date")) if self.fields.get("date") else None

    def get(self, name: str, default: Any = None) -> Any:
        return self.fields.get(name, default)

    def citations(self, limit: int = 3) -> list[Source]:
        """Up to ``limit`` sources, one per original document, originals preferred."""
        best: dict[str, Source] = {}
        for s in self.sources:
            origin = self.origin_of(s)
            cur = best.get(origin)
            if cur is None or (s.doc == origin and cur.doc != origin):
                best[origin] = s
        return list(best.values())[:limit]

    def actors(self) -> set[str]:
        out: set[str] = set()
        for name in ("a", "b", "visitor_country", "host", "subject", "actor"):
            v = self.fields.get(name)
            if isinstance(v, str):
                out.add(v)
        out.update(self.fields.get("parties") or ())
        out.update(self.fields.get("pair") or ())
        return out

    def as_dict(self, *, evidence: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "kind": self.kind, **self.fields,
                               "documents": len(self.documents), "corroboration": self.corroboration,
                               "outlets": list(self.outlets)}
        if evidence:
            out["evidence"] = [s.as_dict() for s in self.sources]
        return out


class KnowledgeBase:
    """Resolved facts with indexes by kind and by actor."""

    def __init__(self, facts: Iterable[Fact]) -> None:
        self.facts: tuple[Fact, ...] = tuple(facts)
        self._by_kind: dict[str, list[Fact]] = {}
        self._by_actor: dict[str, list[Fact]] = {}
        for f in self.facts:
            self._by_kind.setdefault(f.kind, []).append(f)
            for a in f.actors():
                self._by_actor.setdefault(a, []).append(f)

    def __len__(self) -> int:
        return len(self.facts)

    def __iter__(self) -> Iterator[Fact]:
        return iter(self.facts)

    def of_kind(self, kind: str) -> list[Fact]:
        return list(self._by_kind.get(kind, ()))

    def involving(self, actor: str, kind: str | None = None) -> list[Fact]:
        return [f for f in self._by_actor.get(actor, ()) if kind is None or f.kind == kind]

    def partnerships(self, a: str, b: str) -> list[Fact]:
        x, y = sorted((a, b))
        return [f for f in self._by_actor.get(a, ()) if f.kind == "partnership" and (f.get("a"), f.get("b")) == (x, y)]


def resolve(sources: Iterable[Source], *, contexts: dict[str, DocContext] | None = None) -> KnowledgeBase:
    """Group mentions into facts by canonical key (one pass; then fill unknown slots per group).

    A figure is read with the other mentions of its document (:class:`DocContext`); ``contexts``
    gives them when ``sources`` are only part of their documents (a country's mentions), so a
    fact and its id do not depend on which part was loaded.

    The cyclic garbage collector is paused while the facts are built: they are many small
    containers and none is garbage, and with the collector on its full passes over a growing heap
    made the step super-linear (2.4x the per-mention time at 100k than at 10k; see
    bench/bench_resolve.py).  Reference counting still frees everything as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _resolve(sources, contexts)
    finally:
        if enabled:
            gc.enable()


def _resolve(sources: Iterable[Source], given: dict[str, DocContext] | None) -> KnowledgeBase:
    items = list(sources)
    contexts = given if given is not None else doc_contexts(
        s for s in items if s.mention.kind in ("partnership", "visit", "quantity"))
    groups: dict[tuple[Any, ...], dict[Any, list[Source]]] = {}
    details: dict[tuple[Any, ...], Any] = {}
    for s in items:
        k = source_key(s, contexts.get(s.doc))
        if k is None:
            continue
        base, slot, detail = k
        g = groups.get(base)
        if g is None:
            g = groups[base] = {}
            if detail is not None:
                details[base] = detail
        bucket = g.get(slot)
        if bucket is None:
            g[slot] = [s]
        else:
            bucket.append(s)
    del items
    facts: list[Fact] = []
    for base, g in groups.items():
        if base[0] == "visit":
            _fill_visits(g)
        elif None in g and len(g) > 1:
            _fill_unknown(base[0], g)
        for slot, bucket in g.items():
            facts.append(_make_fact(base, slot, details.get(base), bucket))
    facts.sort(key=lambda f: (-f.corroboration, f.kind, f.id))
    return KnowledgeBase(facts)


def _fill_visits(g: dict[Any, list[Source]]) -> None:
    """Join undated visits of a named person, and dated visits of no named person, to their
    single candidate (see the module docstring)."""
    for slot in [k for k in g if k[0] is None and k[1] is not None]:
        dated = [k for k in g if k[0] is not None and k[1] == slot[1]]
        if len(dated) == 1:
            g[dated[0]].extend(g.pop(slot))
    for slot in [k for k in g if k[1] is None]:
        named = [k for k in g if k[1] is not None and k[0] == slot[0]]
        if len(named) == 1:
            g[named[0]].extend(g.pop(slot))


def _fill_unknown(kind: str, g: dict[Any, list[Source]]) -> None:
    candidates = [slot for slot in g if slot is not None]
    unknown = g.pop(None)
    stay: list[Source] = []
    for s in unknown:
        pick = _pick(kind, candidates, s)
        (g[pick] if pick is not None else stay).append(s)
    if stay:
        g[None] = stay


def _pick(kind: str, candidates: list[Any], s: Source) -> Any:
    if kind == "partnership":
        return candidates[0] if len(candidates) == 1 else None
    if s.published is None:
        # an undated document's figure is not pinned to a year: "7 new titles" (no year) next to
        # "60 titles by 2030" would otherwise become a false conflict
        return candidates[0] if len(candidates) == 1 and kind != "quantity" else None
    year = s.published.year
    if SLOT_IS_YEAR.get(kind):
        fits = [c for c in candidates if year in (c, c + 1)]
    else:  # election term "2026-2028"
        fits = [c for c in candidates if _term_start(c) in (year, year + 1)]
    return fits[0] if len(fits) == 1 else None


def _term_start(term: str) -> int | None:
    head = term.strip()[:4]
    return int(head) if head.isdigit() else None


def _most_common(values: Iterable[Any]) -> Any:
    counts = Counter(v for v in values if v not in (None, ""))
    return counts.most_common(1)[0][0] if counts else None


def best_date(sources: Iterable[Source], year: int | None = None) -> EventDate | None:
    """The most precise date the sources give (of ``year`` if given): the most common one, then
    the earliest."""
    rank = {"day": 0, "month": 1, "year": 2}
    dates = [w for s in sources if (w := s.when) is not None and (year is None or w.year == year)]
    if not dates:
        return None
    top = min(rank[d.precision] for d in dates)
    counts = Counter(d for d in dates if rank[d.precision] == top)
    return min(counts, key=lambda d: (-counts[d], d.start))


def _dated(f: dict[str, Any], when: EventDate | None) -> dict[str, Any]:
    f["date"] = when.iso if when else None
    f["date_precision"] = when.precision if when else None
    return f


def _make_fact(base: tuple[Any, ...], slot: Any, detail: Any, items: list[Source]) -> Fact:
    kind = base[0]
    items.sort(key=lambda s: (s.published or date.max, s.doc, s.mention.evidence.start))
    raw = [dict(s.mention.args) for s in items]
    f: dict[str, Any]
    if kind == "partnership":
        established: dict[int, list[Source]] = {}
        for s, r in zip(items, raw):
            when = s.when if r.get("action") == "established" else None
            if when is not None:
                established.setdefault(when.year, []).append(s)
        since = sorted({y for s, r in zip(items, raw) if r.get("action") != "established"
                        and (y := since_year(s.sentence, base[3], r.get("label"))) is not None})
        on = {y: best_date(srcs, y) for y, srcs in established.items()}
        years = sorted(established)
        f = {"a": base[1], "b": base[2], "level": base[3], "label": _most_common(r.get("label") for r in raw),
             "established": years, "established_on": {str(y): d.iso for y, d in sorted(on.items()) if d},
             "first_year": years[0] if years else None, "since": since,
             "actions": sorted({str(r.get("action") or "mentioned") for r in raw})}
    elif kind == "visit":
        year, person = slot
        named = [s for s, r in zip(items, raw) if r.get("visitor")]
        f = _dated({"visitor_country": base[1], "host": base[2], "year": year,
                    "visitor": _most_common(r.get("visitor") for r in raw) if person else None},
                   best_date(items, year))
        if person and named:
            f["visitor"] = _most_common(str(s.mention.get("visitor")) for s in named)
    elif kind == "agreement":
        f = _dated({"parties": list(base[1]), "year": slot, "count": _most_common(r.get("count") for r in raw)},
                   best_date(items, slot))
    elif kind == "quantity":
        fig: Figure = detail
        origins = fold_origins(items)
        f = {"subject": fig.subject, "pair": list(fig.pair) if fig.pair else None, "about": fig.about,
             "measure": base[2], "measure_name": fig.measure.name, "measure_known": fig.measure.known,
             "facet": fig.facet, "period": fig.period, "compared_with": fig.compared_with, "direction": fig.direction,
             "unit": base[5], "year": slot, **_readings(items, raw, origins),
             "labels": sorted({str(r.get("measure")) for r in raw if r.get("measure")})}
    elif kind == "election":
        term = slot
        body = _most_common(clean_body(r.get("body")) for r in raw)
        when = best_date(items)
        start = _term_start(term) if isinstance(term, str) else None
        if when is not None and start is not None and when.year > start:
            when = None  # an election cannot follow the start of its term: the date is another event's
        f = _dated({"actor": base[1], "body": body, "term": term}, when)
    else:  # hosting
        canon: Canonical | None = detail
        f = _dated({"host": base[1], "event": base[2], "event_name": canon.name if canon else base[2], "year": slot,
                    "names": sorted({str(r.get("event")) for r in raw if r.get("event")})}, best_date(items, slot))
    fact = Fact(kind, (base, slot), f, tuple(items))
    if kind == "quantity":
        fact.__dict__["origin_map"] = origins  # computed once (the cached property's value)
    return fact


def _readings(items: list[Source], raw: list[dict[str, Any]], origins: dict[str, str]) -> dict[str, Any]:
    """The distinct (value, qualifier) readings of a quantity, best supported first."""
    support: dict[tuple[Any, str], set[str]] = {}
    for s, r in zip(items, raw):
        support.setdefault((r.get("value"), str(r.get("qualifier") or "exact")), set()).add(origins.get(s.doc, s.origin))
    # best supported first; ties keep the order of first publication (items are sorted by date)
    readings = sorted(support.items(), key=lambda kv: -len(kv[1]))
    (value, qualifier), _ = readings[0]
    return {"value": value, "qualifier": qualifier,
            "readings": [{"value": v, "qualifier": q, "corroboration": len(o)} for (v, q), o in readings]}


def fold_origins(sources: Iterable[Source]) -> dict[str, str]:
    """Each document of ``sources`` -> the independent source it counts as: its original, merged
    with any other whose evidence sentence is the same sentence."""
    by_doc: dict[str, str] = {}
    sentences: dict[str, list[str]] = {}
    for s in sources:
        by_doc.setdefault(s.doc, s.origin)
        sentences.setdefault(s.origin, []).append(s.sentence)
    origins = list(sentences)
    if len(origins) < 2:
        return by_doc
    parent = {o: o for o in origins}

    def root(o: str) -> str:
        while parent[o] != o:
            parent[o] = parent[parent[o]]
            o = parent[o]
        return o

    seen: dict[frozenset[int], str] = {}
    long: list[tuple[str, str]] = []
    for o in origins:
        for sentence in set(sentences[o]):
            words = sentence_words(sentence)
            if len(words) < SAME_SENTENCE_MIN:
                continue
            other = seen.setdefault(words, o)
            if other != o:
                parent[root(o)] = root(other)
            if len(words) >= SAME_SENTENCE_WORDS:
                long.append((o, sentence))
    if 1 < len(long) <= 60:
        for i, (o1, s1) in enumerate(long):
            for o2, s2 in long[i + 1:]:
                if root(o1) != root(o2) and sentence_similarity(s1, s2) >= _NEAR_SENTENCE:
                    parent[root(o2)] = root(o1)
    return {doc: root(origin) for doc, origin in by_doc.items()}


def sources_from_db(db: Database, *, country: str | None = None, kind: str | None = None) -> Iterator[Source]:
    """Stored mentions (actors lines aside) as sources, near-duplicates linked to their originals.

    With ``country``, the mentions that name it, plus the figures that name no one (bilateral
    figures: whom they are about is read from their sentence at resolution).
    """
    from ..store.queries import document_origins, unattached_quantities

    origins = document_origins(db)
    dates: dict[str | None, date | None] = {}
    rows: Iterable[tuple[Mention, dict[str, Any]]] = db.mentions(kind=kind, country=country)
    if country is not None and kind in (None, "quantity"):
        rows = _chain(rows, unattached_quantities(db))
    seen: set[tuple[Any, ...]] = set()
    for m, meta in rows:
        if m.kind == "actors":
            continue
        if country is not None:
            key = m.key()
            if key in seen:
                continue
            seen.add(key)
        published = meta.get("published")
        if published not in dates:
            try:
                dates[published] = date.fromisoformat(published) if published else None
            except ValueError:
                dates[published] = None
        yield Source(m, meta.get("outlet"), dates[published], meta.get("url"), origins.get(m.doc, m.doc))


def _chain(*parts: Iterable[Any]) -> Iterator[Any]:
    for part in parts:
        yield from part


def knowledge_base(db: Database, *, country: str | None = None, kind: str | None = None) -> KnowledgeBase:
    """Resolve the stored mentions (those involving ``country``, of ``kind``, if given) into facts."""
    sources = list(sources_from_db(db, country=country, kind=kind))
    contexts = None
    if country is not None or kind is not None:
        from ..store.queries import document_mentions

        docs = {s.doc for s in sources if s.mention.kind == "quantity"}
        kinds = ("partnership", "visit", "quantity")
        contexts = doc_contexts(Source(m, original=m.doc) for m, _ in document_mentions(db, docs, kinds))
    return resolve(sources, contexts=contexts)
