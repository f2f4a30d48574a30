"""Ingest: sources -> normalised :class:`~chancery.model.Document` objects.

    read_sources        files, folders and stdin -> Documents (or InputErrors as values)
    normalize_text      the canonical text form that evidence offsets point into
    content_hash        exact-duplicate key (sha256 of the normalised text)
    shingle_signature   sentence-level signature for near-duplicate (syndication) detection
    NearDuplicateIndex  index of signatures by their sentence keys
"""

from __future__ import annotations

from .dedup import (
    NearDuplicateIndex,
    content_hash,
    estimate_similarity,
    shingle_signature,
    signature_from_bytes,
    signature_to_bytes,
)
from .normalize import normalize_text
from .readers import read_sources

__all__ = [
    "NearDuplicateIndex",
    "content_hash",
    "estimate_similarity",
    "normalize_text",
    "read_sources",
    "shingle_signature",
    "signature_from_bytes",
    "signature_to_bytes",
]
