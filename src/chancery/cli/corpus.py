"""Commands over sources: extract, ingest, eval."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from ..errors import ChanceryError, InputError
from ..model import KINDS
from ..runner import default_jobs
from .common import _common, _fail, _or_exit, _Progress, _report_input_error, _settings, main

_FOLLOW = click.option("--follow-symlinks", is_flag=True,
                       help="Read links in input folders that point outside the folder (refused by default).")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write JSONL here, not stdout.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS), help="Only these kinds (repeatable).")
@click.option("-q", "--quiet", is_flag=True, help="No progress on stderr.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes for annotation and extraction (default: all cores).")
@click.option("--scheduler", metavar="ADDRESS",
              help="Run the per-document work on a Dask cluster: tcp://host:8786, or 'local' for a LocalCluster.")
@_FOLLOW
@_common
def extract(paths: tuple[str, ...], output: str | None, kinds: tuple[str, ...], quiet: bool, jobs: int | None,
            scheduler: str | None, follow_symlinks: bool, config: str | None) -> None:
    """Extract facts from PATHS (files, folders, '-' for stdin) as contract JSON Lines; nothing is stored."""
    from ..api import iter_extract

    try:
        settings = _settings(config, follow_symlinks)
        out = open(output, "w", encoding="utf-8") if output else sys.stdout
    except (ChanceryError, OSError) as e:
        _fail(e if isinstance(e, ChanceryError) else ChanceryError(str(e)))
        sys.exit(2)
    progress = _Progress(quiet, paths)
    failed = 0
    try:
        for ex in iter_extract(paths, kinds=kinds or None, settings=settings, stdin=sys.stdin.buffer,
                               jobs=jobs or default_jobs(), scheduler=scheduler):
            if ex.error:
                failed += 1
                _report_input_error(ex.error)
                continue
            for m in ex.mentions:
                out.write(m.to_json() + "\n")
            progress.tick(ex.document.id if ex.document else "", ex.document.source if ex.document else None)
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
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes for annotation and extraction (default: all cores).")
@click.option("--scheduler", metavar="ADDRESS",
              help="Run the per-document work on a Dask cluster: tcp://host:8786, or 'local' for a LocalCluster.")
@click.option("--replace", is_flag=True,
              help="A source whose id holds another stored text replaces it (else it gets a new id).")
@_FOLLOW
@_common
def ingest(paths: tuple[str, ...], db: str, quiet: bool, jobs: int | None, scheduler: str | None, replace: bool,
           follow_symlinks: bool,
           config: str | None) -> None:
    """Store documents from PATHS and their facts in the database (re-running changes nothing)."""
    from ..pipeline import ingest as run_ingest
    from ..store.database import Database

    progress = _Progress(quiet, paths)

    def on_item(item: Any, result: Any) -> None:
        if isinstance(item, InputError):
            progress.clear()
            _report_input_error(item)
            return
        if result.taken and result.status in ("added", "updated") and not quiet:
            progress.clear()
            click.echo(f"note: {item.source or item.id}: another text holds the id {result.taken!r};"
                       f" stored as {result.doc_id!r}", err=True)
        progress.tick(f"{item.id}: {result.status}", item.source)

    try:
        settings = _settings(config, follow_symlinks)
        with Database(db, settings=settings) as database:
            report = run_ingest(paths, database, settings=settings, stdin=sys.stdin.buffer, progress=on_item,
                                jobs=jobs or default_jobs(), scheduler=scheduler, replace=replace)
    except ChanceryError as e:
        progress.done()
        _fail(e)
        sys.exit(2)
    progress.done()
    if not quiet:
        click.echo(f"{db}: {report.summary()}", err=True)
    sys.exit(1 if report.errors else 0)


@main.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the table as JSON.")
def eval_(gold_dir: str, paths: tuple[str, ...], as_json: bool) -> None:
    """Score extraction from PATHS against GOLD_DIR (one DOC.jsonl per document): P/R/F1 per kind.

    A PATH ending in .jsonl that holds contract lines (with "kind") is read as
    predictions; other paths are extracted first.
    """
    from ..api import iter_extract
    from ..evaluate import evaluate, format_table

    preds: list[dict[str, Any]] = []
    to_extract: list[str] = []
    for p in paths:
        rows = _prediction_file(p)
        if rows is None:
            to_extract.append(p)
        else:
            preds.extend(rows)
    failed = read = 0
    with _or_exit():
        for ex in iter_extract(to_extract):
            if ex.error:
                failed += 1
                _report_input_error(ex.error)
                continue
            read += 1
            preds.extend(m.to_contract() for m in ex.mentions)
        if failed and not read and len(to_extract) == len(paths):
            click.echo("error: no input could be read; nothing to score", err=True)
            sys.exit(1)
        table = evaluate(gold_dir, preds)
    click.echo(json.dumps(table) if as_json else format_table(table))
    sys.exit(1 if failed else 0)


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
