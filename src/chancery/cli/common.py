"""The ``chancery`` command group and what its commands share.

Each command parses its options, calls one library function and formats the
result.  Results go to stdout, progress and messages to stderr.  Exit codes:
0 all fine, 1 some inputs failed, 2 usage or setup error.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
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
    """An actor id for a required COUNTRY argument (an unknown one is a usage error, exit 2)."""
    code = _actor(value)
    if code is None:
        raise ChanceryError("a country or body is required", hint="use an ISO code such as VNM or an id such as ORG:EU")
    return code


def _two_actors(a: str, b: str) -> tuple[str, str]:
    code_a, code_b = _required_actor(a), _required_actor(b)
    if code_a == code_b:
        raise ChanceryError(f"{a!r} and {b!r} are the same actor ({code_a})", hint="name two different countries")
    return code_a, code_b


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


def _width() -> int | None:
    """The width tables must fit: $COLUMNS, else the terminal's; None when output is piped."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if sys.stdout.isatty():
        return shutil.get_terminal_size((100, 24)).columns
    return None


def _fit(widths: list[int], limit: int, flexible: set[int], floors: list[int], gap: int = 2) -> list[int]:
    """Shrink columns until the row fits ``limit``: the flexible (free text) columns first, down to
    20 characters; then the widest others, down to their header; then the free text again."""
    widths = list(widths)
    others = set(range(len(widths))) - flexible
    for pool, floor in ((flexible, lambda j: 20), (others, lambda j: floors[j]), (flexible, lambda j: 8)):
        while sum(widths) + gap * (len(widths) - 1) > limit:
            candidates = [j for j in pool if widths[j] > max(floor(j), 1)]
            if not candidates:
                break
            i = max(candidates, key=lambda j: widths[j])
            widths[i] -= 1
    return widths


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "\u2026"


_FREE_TEXT = {"sentence", "evidence", "fact", "claim", "partners", "outlets"}


def _write_table(rows: list[dict[str, Any]], columns: list[str], fmt: str, *, wide: bool = False,
                 headers: dict[str, str] | None = None) -> None:
    """Rows as a table that fits the terminal (``wide``: never cut; free-text columns give way
    first), JSON Lines, or flat CSV (one value per cell)."""
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False, default=str))
        return
    if fmt == "csv":
        from ..resolve.export import flat_row

        flat = [flat_row(r) for r in rows]
        cols = list(dict.fromkeys(c for r in flat for c in r)) if not columns else \
            [c for c in dict.fromkeys([*columns, *(c for r in flat for c in r)])]
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in flat:
            w.writerow({k: safe_cell("" if r.get(k) is None else r.get(k)) for k in cols})
        click.echo(buf.getvalue(), nl=False)
        return
    names = [(headers or {}).get(c, c) for c in columns]
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(n)] + [len(row[i]) for row in cells]) for i, n in enumerate(names)]
    limit = None if wide else _width()
    if limit is not None:
        widths = _fit(widths, limit, {i for i, c in enumerate(columns) if c in _FREE_TEXT},
                      [max(8, len(n)) for n in names])
    click.echo("  ".join(_clip(n, w).ljust(w) for n, w in zip(names, widths)).rstrip())
    for row in cells:
        click.echo("  ".join(_clip(v, w).ljust(w) for v, w in zip(row, widths)).rstrip())


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, tuple, set)):
        return ", ".join(str(x) for x in v)
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False)
    return " ".join(str(v).split())


_WIDE = click.option("--wide", is_flag=True, help="Do not cut table columns to the terminal width.")


def _known_actors() -> frozenset[str]:
    from ..annotate.gazetteer import data_rows

    codes = {r["code"] for r in data_rows("countries.tsv") if r.get("code")}
    codes |= {r["id"] for r in data_rows("orgs.tsv") if r.get("id")}
    return frozenset(codes)


def _actor(value: str | None) -> str | None:
    """Accept ISO codes, ORG ids and country names ("Vietnam"); anything else is a usage error."""
    if not value:
        return None
    text = value.strip()
    if text.upper().startswith("ORG:"):
        code = "ORG:" + text[4:]
        known = {k.upper(): k for k in _known_actors() if k.startswith("ORG:")}
        if code.upper() in known:
            return known[code.upper()]
    elif len(text) == 3 and text.isalpha() and text.upper() in _known_actors():
        return text.upper()
    else:
        from ..annotate.gazetteer import load_gazetteer

        entry = load_gazetteer().lookup(text) or load_gazetteer().lookup(text.title())
        if entry is not None and entry.how not in ("title", "person", "block") and entry.id:
            return entry.id
    raise ChanceryError(f"unknown country or body: {value!r}",
                        hint="use an ISO 3166-1 alpha-3 code such as VNM, a name such as Vietnam, or an id such as ORG:EU")
