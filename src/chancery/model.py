"""Core value objects: documents, actor spans, mentions.

Every object is frozen and hashable; spans point into the document text by
character offsets instead of carrying copies (``Span.text(doc)`` slices).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

__all__ = [
    "KINDS",
    "ActorSpan",
    "Document",
    "Evidence",
    "Mention",
    "Person",
    "Sentence",
]

#: The fact kinds of the contract, in the order they are written out.
KINDS: tuple[str, ...] = (
    "actors",
    "partnership",
    "visit",
    "agreement",
    "quantity",
    "election",
    "hosting",
)


@dataclass(frozen=True)
class Document:
    """A normalised source document.

    ``id`` follows the contract: the file stem for file inputs, the ``id``
    field of a JSONL record, else a prefix of the content hash.
    """

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    language: str = "en"
    source: str | None = None  # path or "<stdin>" the document came from
    content_hash: str = ""

    def with_(self, **changes: Any) -> Document:
        return replace(self, **changes)


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document: ``doc.text[start:end]``."""

    index: int
    start: int
    end: int
    text: str = field(repr=False, compare=False)


@dataclass(frozen=True)
class ActorSpan:
    """A stretch of text linked to a canonical actor id.

    ``how`` says what the surface is: name, short, abbrev, demonym, capital,
    org, person or title.  ``actor`` is an ISO alpha-3 code or ``ORG:...``.
    """

    start: int
    end: int
    actor: str
    how: str
    surface: str = field(compare=False)

    @property
    def is_state(self) -> bool:
        return not self.actor.startswith("ORG:")


@dataclass(frozen=True)
class Person:
    """A person named in the text, with a role and country when known."""

    start: int
    end: int
    name: str
    role: str | None = None
    country: str | None = None  # actor id the person acts for
    how: str = "title"  # leader | title | apposition | context


@dataclass(frozen=True)
class Evidence:
    """The supporting sentence of a mention."""

    start: int
    end: int
    text: str

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Mention:
    """One extracted statement, as the fact contract writes it.

    ``args`` holds the kind-specific contract fields as a tuple of pairs so
    the object stays hashable; use :meth:`fields` for a dict.
    """

    doc: str
    kind: str
    args: tuple[tuple[str, Any], ...]
    evidence: Evidence
    confidence: float
    extractor: str
    version: str

    @classmethod
    def build(
        cls,
        *,
        doc: str,
        kind: str,
        fields: Mapping[str, Any],
        evidence: Evidence,
        confidence: float,
        extractor: str,
        version: str,
    ) -> Mention:
        args = tuple((k, _freeze(v)) for k, v in fields.items())
        return cls(doc, kind, args, evidence, round(float(confidence), 3), extractor, version)

    def fields(self) -> dict[str, Any]:
        return {k: _thaw(v) for k, v in self.args}

    def get(self, name: str, default: Any = None) -> Any:
        for k, v in self.args:
            if k == name:
                return _thaw(v)
        return default

    def to_contract(self) -> dict[str, Any]:
        """The contract JSON object for this mention."""
        out: dict[str, Any] = {"doc": self.doc, "kind": self.kind}
        out.update(self.fields())
        out["evidence"] = self.evidence.as_dict()
        out["confidence"] = self.confidence
        out["extractor"] = f"{self.extractor}/{self.version}"
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_contract(), ensure_ascii=False)

    def key(self) -> tuple[Any, ...]:
        """Identity within a document: kind, fields and evidence start."""
        return (self.doc, self.kind, self.args, self.evidence.start)


def _freeze(v: Any) -> Any:
    if isinstance(v, list):
        return tuple(_freeze(x) for x in v)
    if isinstance(v, dict):
        return tuple((k, _freeze(x)) for k, x in v.items())
    return v


def _thaw(v: Any) -> Any:
    if isinstance(v, tuple):
        return [_thaw(x) for x in v]
    return v
