"""Commands over the knowledge base: conflicts, relation, claims, brief, export.

Each parses its options, calls one function of :mod:`chancery.resolve` and formats the result.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Any

import click

from ..errors import ChanceryError
from .common import _WIDE, _actor, _fail, _open_db, _or_exit, _required_actor, _two_actors, _write_table, main

_DB = click.option("--db", default="chancery.db", show_default=True, type=click.Path(dir_okay=False),
                   help="Database file.")


def _sentence(src: Any) -> str:
    """'Outlet, 2023-09-11: “sentence”' (the document id when no outlet is known)."""
    who = src.outlet or src.doc
    when = src.published.isoformat() if src.published else "undated"
    return f"{who}, {when}: \u201c{' '.join(src.sentence.split())}\u201d"


@main.command()
@click.option("--country", help="Only conflicts involving this actor (VNM, Vietnam, ORG:UN ...).")
@_DB
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def conflicts(country: str | None, db: str, fmt: str) -> None:
    """Facts on which sources disagree, each side with its evidence."""
    from ..resolve.service import conflicts_of

    with _or_exit():
        code = _actor(country)
        with _open_db(db) as database:
            found = conflicts_of(database, country=code)
    if fmt == "jsonl":
        for c in found:
            click.echo(json.dumps(c.as_dict(), ensure_ascii=False))
        return
    if not found:
        click.echo("No conflicts found.")
    for c in found:
        click.echo(f"{c.kind}  {c.subject}")
        for side in c.sides:
            click.echo(f"  - {side.claim}")
            for src in side.sources:
                click.echo(f"      {_sentence(src)}")


@main.command()
@click.argument("a")
@click.argument("b")
@click.option("--as-of", "as_of", help="Cut the timeline at this date (YYYY-MM-DD) and say which level was in force.")
@_DB
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def relation(a: str, b: str, as_of: str | None, db: str, fmt: str) -> None:
    """The levels A and B have held, since when, with the evidence for each step."""
    from ..resolve.names import actor_name
    from ..resolve.service import relation_of

    with _or_exit():
        cut = _date(as_of)
        code_a, code_b = _two_actors(a, b)
        with _open_db(db) as database:
            rel = relation_of(database, code_a, code_b, as_of=cut)
    if fmt == "jsonl":
        click.echo(json.dumps(rel.as_dict(), ensure_ascii=False))
        return
    head = f"{actor_name(code_a)} - {actor_name(code_b)}"
    when = f" as of {cut.isoformat()}" if cut else ""
    click.echo(f"{head}{when}: {rel.answer()}")
    for step in rel.steps:
        how = {"established": "established", "since": "in place since"}.get(step.basis, step.basis)
        date_text = step.when.iso if step.when else ""
        click.echo(f"  {date_text:<10}  {step.name} ({how})")
        for src in step.sources[:3]:
            click.echo(f"        {_sentence(src)}")
    for step in rel.attested:
        seen = step.first_seen.isoformat() if step.first_seen else "an undated document"
        click.echo(f"  {'':<10}  {step.name} (date not stated; mentioned from {seen})")
        for src in step.sources[:3]:
            click.echo(f"        {_sentence(src)}")


@main.command()
@click.argument("country")
@click.option("--year", type=int, help="Only claims about this year.")
@_DB
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@_WIDE
def claims(country: str, year: int | None, db: str, fmt: str, wide: bool) -> None:
    """Counts documents claim about COUNTRY beside what the knowledge base supports."""
    from ..resolve.service import claims_of

    with _or_exit():
        code = _required_actor(country)
        with _open_db(db) as database:
            checks = claims_of(database, code, year=year)
    if fmt != "table":
        _write_table([ch.as_dict() for ch in checks], [], fmt)
        return
    from ..resolve.names import actor_name

    rows = [{"claim": ch.description, "year": ch.year or "", "claimed": _claimed(ch.claimed, ch.qualifier),
             "supported": len(ch.supported), "status": ch.status,
             "partners": sorted(actor_name(s.partner) for s in ch.supported)} for ch in checks]
    if not rows:
        click.echo("No checkable claims." if year is None else f"No checkable claims for {year}.")
        return
    _write_table(rows, ["claim", "year", "claimed", "supported", "status", "partners"], "table", wide=wide)


def _claimed(value: float, qualifier: str) -> str:
    number = f"{value:g}"
    return number if qualifier == "exact" else f"{qualifier} {number}"


@main.command()
@click.argument("country")
@click.option("--year", type=int, help="The period of the brief (default: everything).")
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write here, not stdout.")
@_DB
def brief(country: str, year: int | None, fmt: str, output: str | None, db: str) -> None:
    """A cited report on COUNTRY: partners, upgrades, visits, agreements, elections, hosting, figures,
    claims and conflicts."""
    from ..resolve.render import render
    from ..resolve.service import brief_of

    try:
        code = _required_actor(country)
        with _open_db(db) as database:
            text = render(brief_of(database, code, year=year), fmt)
        if output:
            with open(output, "w", encoding="utf-8") as fh:
                fh.write(text)
        else:
            click.echo(text, nl=False)
    except ChanceryError as e:
        _fail(e)
        sys.exit(2)
    except OSError as e:
        _fail(ChanceryError(f"{output}: {e.strerror}", hint="choose a writable output path"))
        sys.exit(2)


@main.command(name="export")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "graphml", "events"]), required=True)
@click.option("--what", type=click.Choice(["facts", "mentions"]), default="facts", show_default=True,
              help="Rows of jsonl/csv/parquet: resolved facts or stored mentions.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write here, not stdout (required for parquet; .tsv gives a tab-separated event table).")
@_DB
def export_(fmt: str, what: str, output: str | None, db: str) -> None:
    """Facts and mentions (jsonl, csv, parquet), the partner network (graphml), an event table (events)."""
    from ..resolve.export import export

    try:
        with _open_db(db) as database:
            n = export(database, fmt=fmt, what=what, output=output, stream=None if output else sys.stdout)
    except ChanceryError as e:
        _fail(e)
        sys.exit(2)
    except OSError as e:
        _fail(ChanceryError(f"{output}: {e.strerror}", hint="choose a writable output path"))
        sys.exit(2)
    if output:
        click.echo(f"{output}: {n} {'edges' if fmt == 'graphml' else 'rows'}", err=True)


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ChanceryError(f"not a date: {value!r}", hint="use YYYY-MM-DD, e.g. --as-of 2023-06-30") from None
