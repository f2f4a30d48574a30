"""Extractors: one module per fact kind, each a pure function (annotated document -> mentions).

Every module defines ``NAME``, ``VERSION`` and ``extract(adoc) -> list[Mention]``.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from types import ModuleType

from ..annotate.document import AnnotatedDocument
from ..model import KINDS, Mention
from .consolidate import consolidate

__all__ = ["EXTRACTORS", "extractor_modules", "run_extractors"]

#: kind -> module name, in contract order
EXTRACTORS: dict[str, str] = {
    "actors": "actors",
    "partnership": "partnership",
    "visit": "visit",
    "agreement": "agreement",
    "quantity": "quantity",
    "election": "election",
    "hosting": "hosting",
}


def extractor_modules(kinds: Iterable[str] | None = None) -> list[ModuleType]:
    """The extractor modules for ``kinds`` (all present ones by default)."""
    out = []
    for kind in kinds or KINDS:
        try:
            out.append(importlib.import_module(f"{__name__}.{EXTRACTORS[kind]}"))
        except ModuleNotFoundError as e:
            if e.name != f"{__name__}.{EXTRACTORS[kind]}":
                raise
    return out


def run_extractors(adoc: AnnotatedDocument, kinds: Iterable[str] | None = None) -> list[Mention]:
    """All mentions of a document, one per fact key and year (:mod:`.consolidate`), in contract order."""
    seen: set[tuple[object, ...]] = set()
    out: list[Mention] = []
    for module in extractor_modules(kinds):
        for m in module.extract(adoc):
            if m.key() not in seen:
                seen.add(m.key())
                out.append(m)
    return consolidate(adoc, out)
