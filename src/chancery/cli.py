"""The ``chancery`` command: a thin layer over the library.

Each command parses its options, calls one library function and formats the
result.  Results go to stdout, progress and messages to stderr.  Exit codes:
0 all fine, 1 some inputs failed, 2 usage or setup error.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from typing import Any, Callable, TypeVar

import click

from . import __version__
from .config import Settings, load_settings
from .errors import ChanceryError, InputError
from .model import KINDS

F = TypeVar("F", bound=Callable[..., Any])


def _fail(e: ChanceryError) -> None:
    click.echo(f"error: {e}", err=True)
    if e.hint:
        click.echo(f"hint: {e.hint}", err=True)


def _report_input_error(e: InputError) -> None:
    click.echo(f"error: {e.source}: {e.reason}", err=True)


def _settings(config: str | None) -> Settings:
    return load_settings(config)


class _Progress:
    """A one-line progress counter on stderr, silent unless stderr is a terminal."""

    def __init__(self, quiet: bool) -> None:
        self.enabled = not quiet and sys.stderr.isatty()
        self.n = 0

    def tick(self, label: str) -> None:
        self.n += 1
        if self.enabled:
            click.echo(f"\r\x1b[K[{self.n}] {label[:70]}", err=True, nl=False)

    def done(self) -> None:
        if self.enabled and self.n:
            click.echo("\r\x1b[K", err=True, nl=False)


def _common(f: F) -> F:
    f = click.option("--config", type=click.Path(dir_okay=False), help="Settings file (TOML).")(f)
    return f


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="chancery")
def main() -> None:
    """chancery: source-linked facts about countries' foreign relations from diplomatic news."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write JSONL here, not stdout.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS), help="Only these kinds (repeatable).")
@click.option("-q", "--quiet", is_flag=True, help="No progress on stderr.")
@_common
def extract(paths: tuple[str, ...], output: str | None, kinds: tuple[str, ...], quiet: bool, config: str | None) -> None:
    """Extract facts from PATHS (files, folders, '-' for stdin) as contract JSON Lines; nothing is stored."""
    from .api import iter_extract

    try:
        settings = _settings(config)
        out = open(output, "w", encoding="utf-8") if output else sys.stdout
    except (ChanceryError, OSError) as e:
        _fail(e if isinstance(e, ChanceryError) else ChanceryError(str(e)))
        sys.exit(2)
    progress = _Progress(quiet)
    failed = 0
    try:
        for ex in iter_extract(paths, kinds=kinds or None, settings=settings, stdin=sys.stdin.buffer):
            if ex.error:
                failed += 1
                _report_input_error(ex.error)
                continue
            for m in ex.mentions:
                out.write(m.to_json() + "\n")
            progress.tick(ex.document.id if ex.document else "")
    except ChanceryError as e:
        _fail(e)
        sys.exit(2)
    finally:
        progress.done()
        if output:
            out.close()
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default="chancery.db", show_default=True, type=click.Path(dir_okay=False), help="Database file.")
@click.option("-q", "--quiet", is_flag=True, help="No progress or summary on stderr.")
@_common
def ingest(paths: tuple[str, ...], db: str, quiet: bool, config: str | None) -> None:
    """Store documents from PATHS and their facts in the database (re-running changes nothing)."""
    from .pipeline import ingest as run_ingest
    from .store.database import Database

    progress = _Progress(quiet)

    def on_item(item: Any, result: Any) -> None:
        if isinstance(item, InputError):
            _report_input_error(item)
        else:
            progress.tick(f"{item.id}: {result.status}")

    try:
        settings = _settings(config)
        with Database(db, settings=settings) as database:
            report = run_ingest(paths, database, settings=settings, stdin=sys.stdin.buffer, progress=on_item)
    except ChanceryError as e:
        progress.done()
        _fail(e)
        sys.exit(2)
    progress.done()
    if not quiet:
        click.echo(f"{db}: {report.summary()}", err=True)
    sys.exit(1 if report.errors else 0)


def _open_db(db: str) -> Any:
    from pathlib import Path

    from .store.database import Database

    if not Path(db).exists():
        raise ChanceryError(f"{db}: no such database", hint="run `chancery ingest PATH... --db FILE` first")
    return Database(db)


def _write_table(rows: list[dict[str, Any]], columns: list[str], fmt: str) -> None:
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: _cell(r.get(k)) for k in columns})
        click.echo(buf.getvalue(), nl=False)
        return
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [min(60, max([len(c)] + [len(row[i]) for row in cells])) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths)))
    for row in cells:
        click.echo("  ".join(v[:60].ljust(w) for v, w in zip(row, widths)))


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, tuple, set)):
        return ",".join(str(x) for x in v)
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


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
    from .store.queries import facts as query, rows_as_dicts

    try:
        with _open_db(db) as database:
            rows = rows_as_dicts(query(database, kind=kind, country=_actor(country), year=year))
    except ChanceryError as e:
        _fail(e)
        sys.exit(2)
    if fmt == "table":
        for r in rows:
            r["fact"] = ", ".join(f"{k}={_cell(r.get(k))}" for k in _FACT_COLUMNS.get(r["kind"], []) if r.get(k) is not None)
            r["sentence"] = r["evidence"]["text"]
        _write_table(rows, ["kind", "fact", "independent", "outlets", "sentence"], fmt)
    else:
        cols = ["kind"] + sorted({k for r in rows for k in r if k != "kind"})
        _write_table(rows, cols, fmt)


def _actor(value: str | None) -> str | None:
    """Accept ISO codes, ORG ids and country names ("Vietnam")."""
    if not value:
        return None
    if value.upper().startswith("ORG:"):
        return "ORG:" + value[4:]
    if len(value) == 3 and value.isalpha():
        return value.upper()
    from .annotate.gazetteer import load_gazetteer

    entry = load_gazetteer().lookup(value) or load_gazetteer().lookup(value.title())
    if entry is None or entry.how in ("title", "person", "block"):
        raise ChanceryError(f"unknown country or body: {value!r}", hint="use an ISO code such as VNM or an id such as ORG:EU")
    return entry.id


@main.command()
@click.argument("country")
@click.option("--db", default="chancery.db", show_default=True, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
def partners(country: str, db: str, fmt: str) -> None:
    """COUNTRY's partners: highest level seen, year established, documents and outlets that say so."""
    from .store.queries import partners as query

    try:
        code = _actor(country)
        assert code is not None
        with _open_db(db) as database:
            rows = query(database, code)
    except ChanceryError as e:
        _fail(e)
        sys.exit(2)
    out = [
        {"partner": r.partner, "level": r.level, "label": r.label, "established": r.established,
         "documents": len(r.documents), "outlets": len(r.outlets),
         "evidence": r.evidence[0].evidence.text if r.evidence else ""}
        for r in rows
    ]
    _write_table(out, ["partner", "level", "label", "established", "documents", "outlets", "evidence"], fmt)


@main.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the table as JSON.")
def eval_(gold_dir: str, paths: tuple[str, ...], as_json: bool) -> None:
    """Score extraction from PATHS against GOLD_DIR (one DOC.jsonl per document): P/R/F1 per kind.

    A PATH ending in .jsonl that holds contract lines (with "kind") is read as
    predictions; other paths are extracted first.
    """
    from .api import iter_extract
    from .evaluate import evaluate, format_table

    preds: list[dict[str, Any]] = []
    to_extract: list[str] = []
    for p in paths:
        rows = _prediction_file(p)
        if rows is None:
            to_extract.append(p)
        else:
            preds.extend(rows)
    try:
        for ex in iter_extract(to_extract):
            if ex.error:
                _report_input_error(ex.error)
            preds.extend(m.to_contract() for m in ex.mentions)
        table = evaluate(gold_dir, preds)
    except ChanceryError as e:
        _fail(e)
        sys.exit(2)
    click.echo(json.dumps(table) if as_json else format_table(table))


def _prediction_file(path: str) -> list[dict[str, Any]] | None:
    if not path.endswith(".jsonl"):
        return None
    try:
        with open(path, encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if rows and all(isinstance(r, dict) and "kind" in r and "doc" in r for r in rows):
        return rows
    return None


if __name__ == "__main__":  # pragma: no cover
    main()
