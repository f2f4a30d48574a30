"""What every extractor shares: building mentions and loading lexicons."""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from importlib import resources
from typing import Any

from ..annotate.document import AnnotatedDocument
from ..model import Mention, Sentence

__all__ = ["load_lexicon", "make_mention"]


def make_mention(
    adoc: AnnotatedDocument,
    sentence: Sentence,
    kind: str,
    fields: Mapping[str, Any],
    *,
    confidence: float,
    extractor: str,
    version: str,
) -> Mention:
    """A mention whose evidence is ``sentence``."""
    return Mention.build(
        doc=adoc.doc.id,
        kind=kind,
        fields=fields,
        evidence=adoc.evidence(sentence),
        confidence=confidence,
        extractor=extractor,
        version=version,
    )


@functools.cache
def load_lexicon(name: str) -> dict[str, Any]:
    """The lexicon of the fact kind ``name``: ``chancery/extract/<name>/lexicon.json``."""
    path = resources.files(f"chancery.extract.{name}").joinpath("lexicon.json")
    with path.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data
