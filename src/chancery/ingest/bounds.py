"""Bounds on what the parsers are handed: JSON nesting depth and the size of embedded JSON.

Python's ``json`` module recurses once per nesting level, so a line of 100,000 ``[`` raises
``RecursionError`` deep inside the decoder.  :func:`loads_bounded` measures the nesting first, in
one linear pass that stops as soon as the bound is passed, and refuses what is deeper with a
:class:`TooDeepError` (a ``ValueError``) that names the bound.  Article records and JSON-LD
blocks are a few levels deep; the bound leaves a wide margin.
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["MAX_JSON_DEPTH", "MAX_JSON_LD_CHARS", "TooDeepError", "json_depth_exceeds", "loads_bounded"]

#: the deepest nesting of arrays and objects read from a JSONL record or a JSON-LD block
MAX_JSON_DEPTH = 64
#: JSON-LD blocks longer than this are not read for metadata (characters)
MAX_JSON_LD_CHARS = 1_000_000

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(r"[\[{]+|[\]}]+")


class TooDeepError(ValueError):
    """JSON nested deeper than the bound."""


def json_depth_exceeds(text: str, limit: int = MAX_JSON_DEPTH) -> bool:
    """True if the arrays and objects of ``text`` nest deeper than ``limit`` (strings ignored).

    Works on any text, valid JSON or not; runs of brackets are counted at once, so a deeply
    nested line is refused after its first run.
    """
    depth = 0
    for m in _BRACKETS.finditer(_STRING.sub('""', text) if '"' in text else text):
        run = m.end() - m.start()
        if m.group(0)[0] in "[{":
            depth += run
            if depth > limit:
                return True
        else:
            depth = max(0, depth - run)
    return False


def loads_bounded(text: str, limit: int = MAX_JSON_DEPTH) -> Any:
    """``json.loads(text)``, refusing nesting deeper than ``limit`` with :class:`TooDeepError`.

    Other malformed JSON raises ``json.JSONDecodeError`` as usual.
    """
    if json_depth_exceeds(text, limit):
        raise TooDeepError(f"nested deeper than {limit} levels")
    try:
        return json.loads(text)
    except RecursionError:  # a bound above the interpreter's own; kept as a second wall
        raise TooDeepError(f"nested deeper than {limit} levels") from None
