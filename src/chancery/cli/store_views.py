"""Commands over the store: facts, partners."""

from __future__ import annotations

import click

from ..model import KINDS
from .common import _actor, _cell, _open_db, _or_exit, _required_actor, _write_table, main

_FACT_COLUMNS = {
    "partnership": ["a", "b", "level", "label", "action", "year"],
    "visit": ["visitor_country", "host", "visitor", "year"],
    "agreement": ["parties", "count", "year"],
    "quantity": ["subject", "measure", "value", "unit", "qualifier", "year"],
    "election": ["actor", "body", "term"],
    "hosting": ["host", "event", "year"],
}


@main.command()
@click.option("--db", default="chancery.db", show_default=True, type=click.Path(dir_okay=False))
@click.option("--kind", type=click.Choice([k for k in KINDS if k != "actors"]), help="Only this kind.")
@click.option("--country", help="Only facts involving this actor (VNM, ORG:UN ...).")
@click.option("--year", type=int, help="Only facts of this year.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
def facts(db: str, kind: str | None, country: str | None, year: int | None, fmt: str) -> None:
    """Stored facts with how many documents and outlets state each."""
    from ..store.queries import facts as query
    from ..store.queries import rows_as_dicts

    with _or_exit(), _open_db(db) as database:
        rows = rows_as_dicts(query(database, kind=kind, country=_actor(country), year=year))
    if fmt == "table":
        for r in rows:
            r["fact"] = ", ".join(f"{k}={_cell(r.get(k))}" for k in _FACT_COLUMNS.get(r["kind"], []) if r.get(k) is not None)
            r["sentence"] = r["evidence"]["text"]
        _write_table(rows, ["kind", "fact", "independent", "outlets", "sentence"], fmt)
    else:
        cols = ["kind"] + sorted({k for r in rows for k in r if k != "kind"})
        _write_table(rows, cols, fmt)


@main.command()
@click.argument("country")
@click.option("--db", default="chancery.db", show_default=True, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
def partners(country: str, db: str, fmt: str) -> None:
    """COUNTRY's partners: highest level seen, year established, documents and outlets that say so."""
    from ..store.queries import partners as query

    with _or_exit():
        code = _required_actor(country)
        with _open_db(db) as database:
            rows = query(database, code)
    out = [
        {"partner": r.partner, "level": r.level, "label": r.label, "established": r.established,
         "documents": len(r.documents), "outlets": len(r.outlets),
         "evidence": r.evidence[0].evidence.text if r.evidence else ""}
        for r in rows
    ]
    _write_table(out, ["partner", "level", "label", "established", "documents", "outlets", "evidence"], fmt)
