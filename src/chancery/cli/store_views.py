"""Commands over the knowledge base's facts: facts, partners (both from chancery.resolve.service)."""

from __future__ import annotations

from typing import Any

import click

from ..model import KINDS
from .common import _WIDE, _actor, _open_db, _or_exit, _required_actor, _write_table, main


def _sentence(src: Any) -> str:
    return " ".join(src.sentence.split()) if src is not None else ""


@main.command()
@click.option("--db", default="chancery.db", show_default=True, type=click.Path(dir_okay=False))
@click.option("--kind", type=click.Choice([k for k in KINDS if k != "actors"]), help="Only this kind.")
@click.option("--country", help="Only facts involving this actor (VNM, Vietnam, ORG:UN ...).")
@click.option("--year", type=int, help="Only facts of this year.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@_WIDE
def facts(db: str, kind: str | None, country: str | None, year: int | None, fmt: str, wide: bool) -> None:
    """Facts of the knowledge base, most corroborated first, with how many independent sources
    (syndicated copies folded in) and which outlets state each."""
    from ..resolve.describe import describe, when_text
    from ..resolve.service import facts_of

    with _or_exit():
        code = _actor(country)
        with _open_db(db) as database:
            found, conflicted = facts_of(database, kind=kind, country=code, year=year)
    if fmt == "table":
        rows = []
        for f in found:
            cites = f.citations(1)
            rows.append({"kind": f.kind, "fact": describe(f), "date": when_text(f), "corroboration": f.corroboration,
                         "conflict": "yes" if f.id in conflicted else "", "outlets": f.outlets,
                         "sentence": _sentence(cites[0] if cites else None)})
        _write_table(rows, ["kind", "fact", "corroboration", "conflict", "outlets", "sentence"], fmt, wide=wide)
        return
    rows = [{**f.as_dict(), "description": describe(f), "conflict": f.id in conflicted} for f in found]
    _write_table(rows, ["id", "kind", "description", "corroboration", "documents", "outlets", "conflict"], fmt)


@main.command()
@click.argument("country")
@click.option("--db", default="chancery.db", show_default=True, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@_WIDE
def partners(country: str, db: str, fmt: str, wide: bool) -> None:
    """COUNTRY's partners at the level in force, since when, and how many independent sources say so."""
    from ..resolve.service import partners_of

    with _or_exit():
        code = _required_actor(country)
        with _open_db(db) as database:
            found = partners_of(database, code)
    if fmt != "table":
        _write_table([p.as_dict() for p in found], ["partner", "name", "level", "label", "level_name", "since",
                                                    "corroboration", "documents", "outlets"], fmt)
        return
    rows = [{"partner": p.name, "level": p.level_name, "since": p.since.human() if p.since else "",
             "corroboration": p.corroboration, "outlets": p.outlets, "evidence": _sentence(p.evidence)} for p in found]
    _write_table(rows, ["partner", "level", "since", "corroboration", "outlets", "evidence"], fmt, wide=wide)
