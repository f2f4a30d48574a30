"""One mention per (document, fact key), with the best-supported year and the event's date.

Extractors find statements sentence by sentence, so a fact told twice in one story ("Biden arrived
in Hanoi on Sunday ..." then "During the visit, Biden ...") comes out twice, often once with a year and
once without. This step folds such mentions into one per key:

- the key is the fact's identity in the contract (the pair and level of a partnership, the visitor and
  host of a visit, the parties of an agreement, the value and unit of a figure, the actor and body of
  an election, the host and event of a hosting);
- mentions of one key with different stated years stay apart (two visits, in 2019 and in 2023);
  mentions without a year join the best-supported year of their key (the year most mentions state,
  an explicit year before one from a paragraph or a document frame);
- the folded mention keeps as evidence the sentence that dates the fact most precisely (a body
  sentence before the headline), and lists the others under ``also`` (their [start, end] character
  spans), so no provenance is lost;
- every mention gets ``date``: the most precise date the text gives for its year ("2023-09-10",
  "2023-09" or "2023"), or null. Elections have no year in the contract: their date is kept in ``date``.
"""

from __future__ import annotations

import collections
import re
from collections.abc import Callable, Hashable, Iterable
from typing import Any

from ..annotate.document import AnnotatedDocument
from ..annotate.temporal import time_expressions
from ..model import Mention

__all__ = ["consolidate", "fact_key"]

_STOP = {"the", "of", "a", "an", "and", "for", "on", "in", "to", "un", "united", "nations"}


def _words(text: Any) -> str:
    words = re.sub(r"[^a-z0-9]+", " ", str(text or "").lower()).split()
    return " ".join(w for w in words if w not in _STOP)


def _person(name: Any) -> str:
    return _words(name).split()[-1] if _words(name) else ""


_KEYS: dict[str, Callable[[dict[str, Any]], Hashable]] = {
    "partnership": lambda f: (f.get("a"), f.get("b"), f.get("level"), _words(f.get("label")), f.get("action")),
    "visit": lambda f: (f.get("visitor_country"), f.get("host"), _person(f.get("visitor"))),
    "agreement": lambda f: (tuple(f.get("parties") or ()), f.get("count")),
    "quantity": lambda f: (f.get("value"), f.get("unit"), f.get("subject"), tuple(f.get("pair") or ()), _words(f.get("measure"))),
    "election": lambda f: (f.get("actor"), _words(f.get("body")), f.get("term")),
    "hosting": lambda f: (f.get("host"), _words(f.get("event"))),
}


def fact_key(m: Mention) -> Hashable:
    """The identity of a mention's fact within its document (its year aside)."""
    keyf = _KEYS.get(m.kind)
    return (m.kind, keyf(m.fields())) if keyf else (m.kind, m.args, m.evidence.start)


def _date_of(adoc: AnnotatedDocument, m: Mention, year: int | None) -> tuple[int, str] | None:
    """The most precise date in the evidence that agrees with ``year``: (precision, iso)."""
    if year is None:
        return None
    best: tuple[tuple[int, bool], str] | None = None
    for e in time_expressions(m.evidence.text, adoc.date):
        if e.when.year == year:
            # the document's own dateline dates the story, not necessarily the act
            dateline = (e.when.how == "explicit" and m.evidence.start + e.start < 120 and adoc.date is not None
                        and e.when.iso() == adoc.date.isoformat())
            rank = ((e.when.month is not None) + (e.when.day is not None), not dateline)
            if best is None or rank > best[0]:
                best = (rank, e.when.iso())
    if best is None:
        return (-1, f"{year:04d}")
    return (best[0][0] if best[0][1] else -1, best[1])


def _headline(adoc: AnnotatedDocument, m: Mention) -> bool:
    """The evidence is the document's first line standing as a headline (short, no final period)."""
    text = adoc.text
    line_end = text.find("\n")
    return m.evidence.start == 0 and 0 < line_end < 200 and not text[:line_end].rstrip().endswith(".")


def _with(m: Mention, changes: dict[str, Any], drop: Iterable[str] = ()) -> Mention:
    fields = m.fields()
    for k in drop:
        fields.pop(k, None)
    fields.update(changes)
    return Mention.build(doc=m.doc, kind=m.kind, fields=fields, evidence=m.evidence, confidence=m.confidence,
                         extractor=m.extractor, version=m.version)


def _merge_hosting_keys(groups: dict[Hashable, list[Mention]]) -> list[list[Mention]]:
    """Hosting events named more or less fully ("APEC 2017" and "the APEC summit") are one key."""
    merged: list[tuple[Any, str, list[Mention]]] = []
    for ms in groups.values():
        f = ms[0].fields()
        host, event = f.get("host"), _words(f.get("event"))
        for o_host, o_event, bucket in merged:
            if o_host == host and event and o_event and (event in o_event or o_event in event):
                bucket.extend(ms)
                break
        else:
            merged.append((host, event, list(ms)))
    return [bucket for _h, _e, bucket in merged]


def consolidate(adoc: AnnotatedDocument, mentions: list[Mention]) -> list[Mention]:
    """Fold the mentions of one document to one per (key, year); see the module docstring."""
    groups: dict[Hashable, list[Mention]] = collections.defaultdict(list)
    for m in mentions:
        groups[fact_key(m)].append(m)
    hosting = {k: v for k, v in groups.items() if v[0].kind == "hosting"}
    buckets = [v for k, v in groups.items() if k not in hosting] + _merge_hosting_keys(hosting)
    out: list[Mention] = []
    for ms in buckets:
        kind = ms[0].kind
        if kind == "actors":
            out.extend(ms)
            continue
        by_year: dict[int | None, list[Mention]] = collections.defaultdict(list)
        for m in ms:
            by_year[m.get("year")].append(m)
        undated = by_year.pop(None, [])
        if by_year and undated:
            best = max(by_year, key=lambda y: (len(by_year[y]), -min(m.evidence.start for m in by_year[y])))
            by_year[best].extend(undated)
        elif undated:
            by_year[None] = undated
        for year, group in by_year.items():
            group.sort(key=lambda m: (m.evidence.start, -m.confidence))
            # the primary evidence: the sentence that dates the fact most precisely, a body sentence
            # before the headline, else the first
            dated = [(_date_of(adoc, m, year), m) for m in group if m.get("year") == year] or [(None, group[0])]
            when, first = max(dated, key=lambda x: ((x[0] or (-2, ""))[0], not _headline(adoc, x[1]), -x[1].evidence.start))
            also = sorted({(m.evidence.start, m.evidence.end) for m in group} - {(first.evidence.start, first.evidence.end)})
            changes: dict[str, Any] = {"date": when[1] if when else None}
            if kind != "election":
                changes["year"] = year
            if also:
                changes["also"] = [[s, e] for s, e in also]
            merged = _with(first, changes, drop=("year",) if kind == "election" else ())
            conf = max(m.confidence for m in group)
            if conf != merged.confidence:
                merged = Mention(merged.doc, merged.kind, merged.args, merged.evidence, conf, merged.extractor, merged.version)
            out.append(merged)
    order = {k: i for i, k in enumerate(("actors", "partnership", "visit", "agreement", "quantity", "election", "hosting"))}
    out.sort(key=lambda m: (order.get(m.kind, 99), m.evidence.start))
    return out
