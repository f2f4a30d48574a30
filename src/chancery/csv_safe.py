"""Cells that are safe to open in a spreadsheet: the one helper every CSV/TSV writer uses.

Spreadsheets evaluate a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and some also one that
starts with a tab or carriage return) as a formula, so an article sentence such as
``=HYPERLINK("http://evil.example", "click")`` would run when an analyst opens an export.  A text
cell that starts with one of those characters gets a leading apostrophe, which spreadsheets read
as "this is text" and do not display; plain numbers written as text ("-5", "+84") are left as
they are, and so are numeric values.  A carriage return inside a text cell becomes a line break
(a bare CR can end a row in some readers even inside a cell the writer left unquoted).  Used by :mod:`chancery.resolve.export` and the CLI's
``--format csv`` tables.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = ["FORMULA_START", "safe_cell", "safe_row"]

#: first characters that make a spreadsheet evaluate a cell
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d+)*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value: Any) -> Any:
    """``value`` with a leading ``'`` if it is text a spreadsheet would evaluate as a formula."""
    if not isinstance(value, str):
        return value
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if value.startswith(FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def safe_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """Every cell of ``row`` through :func:`safe_cell`."""
    return {k: safe_cell(v) for k, v in row.items()}
