"""Exports: facts and mentions (JSON Lines, CSV, Parquet), the partner network (GraphML) and an
event table in the GDELT/ICEWS style.

* ``jsonl`` / ``csv`` / ``parquet`` with ``what="facts"``: one row per resolved fact (its fields,
  corroboration, outlets, evidence); with ``what="mentions"``: one row per stored mention (the
  contract fields plus outlet, date, URL, ``duplicate_of`` and the id of the fact it resolves
  to).  In CSV and Parquet, list and dict values are JSON strings.  Parquet needs the optional
  ``pyarrow`` (a :class:`~chancery.errors.ExportError` with a hint when it is missing).  Every CSV
  and TSV cell a spreadsheet would evaluate as a formula is neutralised (:mod:`chancery.csv_safe`).
* ``graphml``: nodes are actors (``name`` attribute), edges are partnerships, one per pair, at the
  level in force (``level``, ``label``, ``first_year`` = the year that level was established,
  ``established`` = the first year any level was, ``history`` = "level:year;..." and
  ``corroboration``).  Written with :mod:`xml.etree`; readable by networkx and Gephi.
* ``events``: one row per source of a visit or agreement: ``date`` (the document date when the
  event's year is that of the document or unknown, else the event year), ``actor1`` / ``actor2``
  (visitor and host; each pair of parties for an agreement), ``cameo`` (the mention's ``cameo``
  field; default 042 for visits, 057 for agreements), ``goldstein`` (042 +1.9, 043 +2.8,
  057 +8.0), ``source_url``, ``doc``, ``fact`` and ``sentence``.  Tab-separated when the output
  file ends in ``.tsv``.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..csv_safe import safe_cell
from ..errors import ChanceryError
from .facts import KnowledgeBase, resolve, sources_from_db
from .names import actor_name
from .timeline import relation

if TYPE_CHECKING:
    from ..store.database import Database

__all__ = ["EXPORT_FORMATS", "GOLDSTEIN", "ExportError", "event_rows", "export", "fact_rows", "graphml",
           "mention_rows"]

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "graphml", "events")
GOLDSTEIN = {"042": 1.9, "043": 2.8, "057": 8.0}
_DEFAULT_CAMEO = {"visit": "042", "agreement": "057"}
EVENT_COLUMNS = ["date", "actor1", "actor2", "cameo", "goldstein", "source_url", "doc", "fact", "sentence"]


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


def event_rows(kb: KnowledgeBase) -> Iterator[dict[str, Any]]:
    for f in kb:
        if f.kind not in _DEFAULT_CAMEO:
            continue
        if f.kind == "visit":
            pairs = [(f.get("visitor_country"), f.get("host"))]
        else:
            pairs = list(combinations(f.get("parties") or [], 2))
        for s in f.sources:
            cameo = str(s.mention.get("cameo") or _DEFAULT_CAMEO[f.kind]).zfill(3)
            year = f.year
            if s.published and (year is None or year == s.published.year):
                when = s.published.isoformat()
            else:
                when = str(year) if year else ""
            for a1, a2 in pairs:
                yield {"date": when, "actor1": a1, "actor2": a2, "cameo": cameo, "goldstein": GOLDSTEIN.get(cameo),
                       "source_url": s.url or "", "doc": s.doc, "fact": f.id, "sentence": " ".join(s.sentence.split())}


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
        corroboration = len({s.origin for f in kb.partnerships(a, b) for s in f.sources})
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


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict, tuple)) else v for k, v in row.items()}


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
    kb = resolve(sources_from_db(db))
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
