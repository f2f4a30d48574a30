"""Exports: facts and mentions (JSON Lines, CSV, Parquet), the partner network (GraphML) and an
event table in the GDELT/ICEWS style.

* ``jsonl`` / ``csv`` / ``parquet`` with ``what="facts"``: one row per resolved fact (its fields,
  corroboration, outlets, evidence); with ``what="mentions"``: one row per stored mention (the
  contract fields plus outlet, date, URL, ``duplicate_of`` and the id of the fact it resolves
  to).  CSV and Parquet are flat, one value per cell (:func:`flat_row`): a list of plain values
  is one cell joined with ``"; "`` (``parties`` = ``GBR; VNM``), nested values become their own
  columns (``evidence_doc``, ``evidence_sentence`` ... for the first citation; ``readings`` as
  ``readings_count``; the full evidence is the mentions export, one row per mention with its
  ``fact``).  Parquet needs the optional ``pyarrow`` (a :class:`~chancery.errors.ExportError`
  with a hint when it is missing).  Every CSV and TSV cell a spreadsheet would evaluate as a formula is
  neutralised (:mod:`chancery.csv_safe`).
* ``graphml``: nodes are actors (``name`` attribute), edges are partnerships, one per pair, at the
  level in force (``level``, ``label``, ``first_year`` = the year that level was established,
  ``established`` = the first year any level was, ``history`` = "level:year;..." and
  ``corroboration``).  Written with :mod:`xml.etree`; readable by networkx and Gephi.
* ``events``: one row per event (a resolved visit or agreement, its sources and syndicated copies
  folded in; an agreement among more than two parties gives one row per pair of parties, sharing
  its ``event``): ``event`` (the fact id), ``date`` (the event's date, never a publication date:
  ISO 8601 ``YYYY-MM-DD``, or reduced precision ``YYYY-MM`` / ``YYYY`` when the text gives only the
  month or the year, blank when it gives none), ``date_precision`` (day | month | year | blank),
  ``actor1`` / ``actor2`` in CAMEO roles (042 *make a visit*: actor1 the visitor, actor2 the host;
  043 *host a visit*: actor1 the host, actor2 the visitor; 057 *sign formal agreement*: the
  parties), their names, ``cameo`` (one code per event: the code most of its mentions give,
  042 on a tie or when none gives one; 057 for agreements), ``goldstein`` (042 +1.9, 043 +2.8,
  057 +8.0), ``visitor``, ``corroboration`` and ``documents``, and the first citation's
  ``source_url``, ``doc``, ``published`` and ``sentence``.  Tab-separated when the output file
  ends in ``.tsv``.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..csv_safe import safe_cell
from ..errors import ChanceryError
from .facts import Fact, KnowledgeBase, fold_origins, knowledge_base
from .names import actor_name
from .timeline import relation

if TYPE_CHECKING:
    from ..store.database import Database

__all__ = ["EVENT_COLUMNS", "EXPORT_FORMATS", "GOLDSTEIN", "ExportError", "event_rows", "export", "fact_rows",
           "flat_row", "graphml", "mention_rows"]

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "graphml", "events")
GOLDSTEIN = {"042": 1.9, "043": 2.8, "057": 8.0}
_DEFAULT_CAMEO = {"visit": "042", "agreement": "057"}
EVENT_COLUMNS = ["event", "date", "date_precision", "actor1", "actor2", "actor1_name", "actor2_name", "cameo",
                 "goldstein", "visitor", "corroboration", "documents", "source_url", "doc", "published", "sentence"]


class ExportError(ChanceryError):
    """An export cannot be written (unknown format, missing optional dependency)."""


def fact_rows(kb: KnowledgeBase) -> Iterator[dict[str, Any]]:
    for f in kb:
        yield f.as_dict()


def mention_rows(kb: KnowledgeBase) -> Iterator[dict[str, Any]]:
    for f in kb:
        for s in f.sources:
            row = s.mention.to_contract()
            row.update({"fact": f.id, "outlet": s.outlet, "published": s.published.isoformat() if s.published else None,
                        "url": s.url, "duplicate_of": s.original if s.original != s.doc else None})
            yield row


def _cameo(f: Fact) -> str:
    if f.kind != "visit":
        return _DEFAULT_CAMEO[f.kind]
    codes = Counter(str(s.mention.get("cameo")).zfill(3) for s in f.sources if s.mention.get("cameo"))
    if codes.get("043", 0) > codes.get("042", 0):
        return "043"
    return "042"


def event_rows(kb: KnowledgeBase) -> Iterator[dict[str, Any]]:
    """One row per visit or agreement (see the module docstring)."""
    for f in kb:
        if f.kind not in _DEFAULT_CAMEO:
            continue
        cameo = _cameo(f)
        if f.kind == "visit":
            visitor, host = f.get("visitor_country"), f.get("host")
            pairs = [(host, visitor)] if cameo == "043" else [(visitor, host)]
        else:
            pairs = list(combinations(f.get("parties") or [], 2))
        when = f.date
        cited = f.citations(1)
        first = cited[0] if cited else None
        for a1, a2 in pairs:
            yield {"event": f.id, "date": when.iso if when else "", "date_precision": when.precision if when else "",
                   "actor1": a1, "actor2": a2, "actor1_name": actor_name(a1), "actor2_name": actor_name(a2),
                   "cameo": cameo, "goldstein": GOLDSTEIN.get(cameo), "visitor": f.get("visitor") or "",
                   "corroboration": f.corroboration, "documents": len(f.documents),
                   "source_url": (first.url if first else None) or "", "doc": first.doc if first else "",
                   "published": first.published.isoformat() if first and first.published else "",
                   "sentence": " ".join(first.sentence.split()) if first else ""}


_GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_EDGE_KEYS = [("level", "string"), ("label", "string"), ("first_year", "int"), ("established", "int"),
              ("history", "string"), ("corroboration", "int")]


def graphml(kb: KnowledgeBase) -> bytes:
    """The partner network as a GraphML document (undirected, one edge per pair)."""
    ET.register_namespace("", _GRAPHML_NS)
    root = ET.Element(f"{{{_GRAPHML_NS}}}graphml")
    ET.SubElement(root, f"{{{_GRAPHML_NS}}}key", {"id": "name", "for": "node", "attr.name": "name", "attr.type": "string"})
    for name, typ in _EDGE_KEYS:
        ET.SubElement(root, f"{{{_GRAPHML_NS}}}key", {"id": name, "for": "edge", "attr.name": name, "attr.type": typ})
    graph = ET.SubElement(root, f"{{{_GRAPHML_NS}}}graph", {"id": "partners", "edgedefault": "undirected"})
    pairs = sorted({(f.get("a"), f.get("b")) for f in kb.of_kind("partnership")})
    nodes = sorted({x for p in pairs for x in p})
    for n in nodes:
        node = ET.SubElement(graph, f"{{{_GRAPHML_NS}}}node", {"id": n})
        ET.SubElement(node, f"{{{_GRAPHML_NS}}}data", {"key": "name"}).text = actor_name(n)
    for i, (a, b) in enumerate(pairs):
        rel = relation(kb, a, b)
        if rel.current is None:
            continue
        years = [s.year for s in rel.steps if s.year is not None]
        corroboration = len(set(fold_origins(s for f in kb.partnerships(a, b) for s in f.sources).values()))
        values = {"level": rel.current.level, "label": rel.current.label, "first_year": rel.current.year,
                  "established": min(years) if years else None,
                  "history": ";".join(f"{s.level}:{s.year}" for s in rel.steps) or None,
                  "corroboration": corroboration}
        edge = ET.SubElement(graph, f"{{{_GRAPHML_NS}}}edge", {"id": f"e{i}", "source": a, "target": b})
        for key, _ in _EDGE_KEYS:
            if values[key] is not None:
                ET.SubElement(edge, f"{{{_GRAPHML_NS}}}data", {"key": key}).text = str(values[key])
    ET.indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


def flat_row(row: dict[str, Any]) -> dict[str, Any]:
    """A row with one value per cell: lists of plain values joined with "; ", the first item of a
    list of records (evidence) and a nested record (a mention's evidence span) spread into
    prefixed columns, other nested lists counted (``readings_count``)."""
    out: dict[str, Any] = {}
    for k, v in row.items():
        if isinstance(v, dict):
            for kk, vv in v.items():
                if not isinstance(vv, (dict, list, tuple)):
                    out[f"{k}_{kk}"] = vv
        elif isinstance(v, (list, tuple)):
            if all(not isinstance(x, (dict, list, tuple)) for x in v):
                out[k] = "; ".join("" if x is None else str(x) for x in v)
            elif k == "evidence":
                out["evidence_count"] = len(v)
                for kk, vv in (v[0] if v and isinstance(v[0], dict) else {}).items():
                    out[f"evidence_{kk}"] = vv
            else:
                out[f"{k}_count"] = len(v)
        else:
            out[k] = v
    return out


_flat = flat_row


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    cols: dict[str, None] = {}
    for r in rows:
        cols.update(dict.fromkeys(r))
    return list(cols)


def _csv(rows: list[dict[str, Any]], columns: list[str], delimiter: str = ",") -> str:
    """CSV (or TSV) with every cell neutralised for spreadsheets (:func:`chancery.csv_safe.safe_cell`)."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", delimiter=delimiter, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: ("" if r.get(k) is None else safe_cell(r.get(k))) for k in columns})
    return buf.getvalue()


def _parquet(rows: list[dict[str, Any]], path: str | Path) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        raise ExportError("parquet export needs the optional package pyarrow", hint="pip install pyarrow") from e
    flat = [_flat(r) for r in rows]
    data: dict[str, list[Any]] = {}
    for c in _columns(flat):
        values = [r.get(c) for r in flat]
        types = {type(v) for v in values if v is not None}
        if len(types) > 1 and not types <= {int, float}:
            values = [None if v is None else str(v) for v in values]
        data[c] = values
    pq.write_table(pa.table(data), str(path))


def export(db: Database, *, fmt: str, what: str = "facts", output: str | Path | None = None,
           stream: IO[str] | None = None) -> int:
    """Write ``what`` (facts | mentions) of ``db`` as ``fmt`` to ``output`` (a path) or ``stream``;
    returns the number of rows (edges for GraphML)."""
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r}", hint="use one of " + ", ".join(EXPORT_FORMATS))
    if what not in ("facts", "mentions"):
        raise ExportError(f"unknown export content {what!r}", hint="use facts or mentions")
    kb = knowledge_base(db)
    if fmt == "graphml":
        data = graphml(kb)
        _write_bytes(data, output, stream)
        return data.count(b"<edge ")
    if fmt == "events":
        rows = list(event_rows(kb))
        sep = "\t" if output is not None and str(output).endswith(".tsv") else ","
        _write_text(_csv(rows, EVENT_COLUMNS, sep), output, stream)
        return len(rows)
    rows = list(fact_rows(kb) if what == "facts" else mention_rows(kb))
    if fmt == "parquet":
        if output is None:
            raise ExportError("parquet is a binary format and needs an output file", hint="pass -o FILE.parquet")
        _parquet(rows, output)
    elif fmt == "jsonl":
        _write_text("".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows), output, stream)
    else:
        flat = [_flat(r) for r in rows]
        _write_text(_csv(flat, _columns(flat)), output, stream)
    return len(rows)


def _write_text(text: str, output: str | Path | None, stream: IO[str] | None) -> None:
    if output is not None:
        Path(output).write_text(text, encoding="utf-8")
    elif stream is not None:
        stream.write(text)


def _write_bytes(data: bytes, output: str | Path | None, stream: IO[str] | None) -> None:
    if output is not None:
        Path(output).write_bytes(data)
    elif stream is not None:
        stream.write(data.decode("utf-8"))
