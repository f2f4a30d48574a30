"""The ``chancery`` command group and what its commands share.

Each command parses its options, calls one library function and formats the
result.  Results go to stdout, progress and messages to stderr.  Exit codes:
0 all fine, 1 some inputs failed, 2 usage or setup error.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from .. import __version__
from ..config import Settings, load_settings
from ..csv_safe import safe_cell
from ..errors import ChanceryError, InputError
from ..ingest.readers import count_files

F = TypeVar("F", bound=Callable[..., Any])


@contextmanager
def _or_exit() -> Iterator[None]:
    """Turn a :class:`ChanceryError` into its message on stderr and exit code 2."""
    try:
        yield
    except ChanceryError as e:
        _fail(e)
        sys.exit(2)


def _required_actor(value: str) -> str:
    """An actor id for a required COUNTRY argument."""
    code = _actor(value)
    if code is None:
        raise ChanceryError("a country or body is required", hint="use an ISO code such as VNM")
    return code


def _fail(e: ChanceryError) -> None:
    click.echo(f"error: {e}", err=True)
    if e.hint:
        click.echo(f"hint: {e.hint}", err=True)


def _report_input_error(e: InputError) -> None:
    click.echo(f"error: {e.source}: {e.reason}", err=True)


def _settings(config: str | None, follow_symlinks: bool = False) -> Settings:
    settings = load_settings(config)
    return settings.with_(follow_symlinks=True) if follow_symlinks else settings


class _Progress:
    """A one-line progress bar on stderr, silent with --quiet or unless stderr is a terminal.

    The bar counts input files (a JSONL file is one file however many articles it holds);
    the line also shows documents done and the current one.
    """

    WIDTH = 24

    def __init__(self, quiet: bool, paths: tuple[str, ...] = ()) -> None:
        self.enabled = not quiet and sys.stderr.isatty()
        self.n = 0
        self.files: set[str] = set()
        self.total = count_files(paths) if self.enabled and paths else 0

    def tick(self, label: str, source: str | None = None) -> None:
        self.n += 1
        if source:
            self.files.add(source.rsplit(":", 1)[0] if source.rsplit(":", 1)[-1].isdigit() else source)
        if not self.enabled:
            return
        if self.total:
            done = min(len(self.files), self.total)
            filled = self.WIDTH * done // self.total
            bar = f"[{'=' * filled}{' ' * (self.WIDTH - filled)}] {done}/{self.total} files, {self.n} docs"
        else:
            bar = f"[{self.n}]"
        click.echo(f"\r\x1b[K{bar} {label[:50]}", err=True, nl=False)

    def clear(self) -> None:
        """Wipe the bar so that a message can be printed on its line."""
        if self.enabled and self.n:
            click.echo("\r\x1b[K", err=True, nl=False)

    def done(self) -> None:
        self.clear()


def _common(f: F) -> F:
    f = click.option("--config", type=click.Path(dir_okay=False), help="Settings file (TOML).")(f)
    return f


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="chancery")
def main() -> None:
    """chancery: source-linked facts about countries' foreign relations from diplomatic news."""


def _open_db(db: str) -> Any:
    from pathlib import Path

    from ..store.database import Database

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
            w.writerow({k: safe_cell(_cell(r.get(k))) for k in columns})
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


def _actor(value: str | None) -> str | None:
    """Accept ISO codes, ORG ids and country names ("Vietnam")."""
    if not value:
        return None
    if value.upper().startswith("ORG:"):
        return "ORG:" + value[4:]
    if len(value) == 3 and value.isalpha():
        return value.upper()
    from ..annotate.gazetteer import load_gazetteer

    entry = load_gazetteer().lookup(value) or load_gazetteer().lookup(value.title())
    if entry is None or entry.how in ("title", "person", "block"):
        raise ChanceryError(f"unknown country or body: {value!r}", hint="use an ISO code such as VNM or an id such as ORG:EU")
    return entry.id
