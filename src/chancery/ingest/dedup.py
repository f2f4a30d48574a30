"""Exact and near-duplicate detection.

Exact duplicates share :func:`content_hash` (sha256 of the normalised text).
Near duplicates are found with MinHash signatures over word 5-shingles and an
LSH banding index (:class:`NearDuplicateIndex`).  All hashing is stable across
processes and machines (blake2b, fixed seeds), so signatures can be stored and
an index rebuilt from them later.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

__all__ = [
    "BANDS",
    "NearDuplicateIndex",
    "band_keys",
    "content_hash",
    "estimate_similarity",
    "shingle_signature",
    "signature_from_bytes",
    "signature_to_bytes",
]

Signature = tuple[int, ...]

#: the Mersenne prime 2**61 - 1: the modulus of the permutations
_PRIME = (1 << 61) - 1
_MASK64 = (1 << 64) - 1
_MAX_HASH = _PRIME  # larger than any permuted value: the "empty set" minimum
_SHINGLE = 5
_WORD = re.compile(r"[^\W_]+")

try:  # numpy comes with spaCy; it makes signatures ~50x faster, with identical values
    import numpy as _np
except ImportError:  # pragma: no cover - exercised by forcing the pure-Python path in tests
    _np = None  # type: ignore[assignment]


def content_hash(text: str) -> str:
    """sha256 hex digest of ``text`` (already normalised) as UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _hash32(data: str) -> int:
    return int.from_bytes(hashlib.blake2b(data.encode("utf-8"), digest_size=4).digest(), "little")


def _permutation(seed: int) -> tuple[int, int]:
    """The (a, b) of the ``seed``-th permutation ``h -> ((a*h + b) mod 2**64) mod p``."""
    digest = hashlib.blake2b(f"chancery-minhash-{seed}".encode(), digest_size=16).digest()
    a = int.from_bytes(digest[:8], "little") % (_PRIME - 1) + 1
    b = int.from_bytes(digest[8:], "little") % _PRIME
    return a, b


_PERMUTATIONS: dict[int, tuple[tuple[int, int], ...]] = {}


def _permutations(num_perm: int) -> tuple[tuple[int, int], ...]:
    if num_perm not in _PERMUTATIONS:
        _PERMUTATIONS[num_perm] = tuple(_permutation(i) for i in range(num_perm))
    return _PERMUTATIONS[num_perm]


def _shingles(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    if not words:
        return set()
    if len(words) < _SHINGLE:
        return {" ".join(words)}
    return {" ".join(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)}


def shingle_signature(text: str, *, num_perm: int = 64) -> Signature:
    """MinHash signature of the word 5-shingles of ``text``.

    Words are runs of letters and digits of the lowercased text (punctuation
    is dropped).  A text with fewer than five words is one shingle; a text with
    no words gets the all-maximum signature.
    """
    if num_perm <= 0:
        raise ValueError(f"num_perm must be positive, got {num_perm}")
    hashes = sorted(_hash32(s) for s in _shingles(text))
    if not hashes:
        return (_MAX_HASH,) * num_perm
    if _np is not None:
        return _minhash_numpy(hashes, num_perm)
    return _minhash_python(hashes, num_perm)


def _minhash_python(hashes: list[int], num_perm: int) -> Signature:
    return tuple(min([((a * h + b) & _MASK64) % _PRIME for h in hashes]) for a, b in _permutations(num_perm))


_PERM_ARRAYS: dict[int, tuple[Any, Any]] = {}


def _minhash_numpy(hashes: list[int], num_perm: int) -> Signature:
    assert _np is not None
    if num_perm not in _PERM_ARRAYS:
        perms = _permutations(num_perm)
        _PERM_ARRAYS[num_perm] = (
            _np.array([p[0] for p in perms], dtype=_np.uint64)[:, None],
            _np.array([p[1] for p in perms], dtype=_np.uint64)[:, None],
        )
    a, b = _PERM_ARRAYS[num_perm]
    h = _np.array(hashes, dtype=_np.uint64)[None, :]
    values = (a * h + b) % _np.uint64(_PRIME)  # uint64 arithmetic wraps mod 2**64, as in Python above
    return tuple(int(v) for v in values.min(axis=1).tolist())


def estimate_similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity: the share of equal signature slots."""
    if len(a) != len(b):
        raise ValueError(f"signatures differ in length ({len(a)} vs {len(b)})")
    if not a:
        raise ValueError("empty signature")
    return sum(1 for x, y in zip(a, b) if x == y) / len(a)


#: LSH bands a signature is cut into (64 slots: 16 bands of 4)
BANDS = 16


def band_keys(signature: Sequence[int], bands: int = BANDS) -> list[tuple[int, int]]:
    """``(band, key)`` for each band of ``signature``: the key is a stable signed 64-bit hash of the
    band's slots, so it fits an SQLite INTEGER (documents sharing a band key are candidates)."""
    if len(signature) % bands:
        raise ValueError(f"signature length {len(signature)} is not a multiple of bands={bands}")
    rows = len(signature) // bands
    out = []
    for i in range(bands):
        packed = struct.pack(f"<{rows}Q", *signature[i * rows : (i + 1) * rows])
        out.append((i, int.from_bytes(hashlib.blake2b(packed, digest_size=8).digest(), "little", signed=True)))
    return out


def signature_to_bytes(signature: Sequence[int]) -> bytes:
    """Pack a signature as little-endian unsigned 64-bit integers."""
    return struct.pack(f"<{len(signature)}Q", *signature)


def signature_from_bytes(data: bytes) -> Signature:
    """Inverse of :func:`signature_to_bytes`."""
    if len(data) % 8:
        raise ValueError(f"a packed signature is a multiple of 8 bytes, got {len(data)}")
    return struct.unpack(f"<{len(data) // 8}Q", data)


class NearDuplicateIndex:
    """LSH index of MinHash signatures.

    Signatures are cut into ``bands`` bands; documents that share one band
    exactly are candidates, and a candidate is a near-duplicate when its
    estimated Jaccard similarity is at least ``threshold``.
    """

    def __init__(self, threshold: float = 0.8, bands: int = 16) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        if bands <= 0:
            raise ValueError(f"bands must be positive, got {bands}")
        self.threshold = threshold
        self.bands = bands
        self._signatures: dict[str, Signature] = {}
        self._order: dict[str, int] = {}
        self._added = 0
        self._buckets: defaultdict[tuple[int, tuple[int, ...]], list[str]] = defaultdict(list)

    @classmethod
    def from_pairs(
        cls, pairs: Iterable[tuple[str, Sequence[int]]], *, threshold: float = 0.8, bands: int = 16
    ) -> NearDuplicateIndex:
        """Rebuild an index from stored ``(doc_id, signature)`` pairs, in order."""
        index = cls(threshold=threshold, bands=bands)
        for doc_id, signature in pairs:
            index.add(doc_id, signature)
        return index

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._signatures

    def _band_keys(self, signature: Sequence[int]) -> list[tuple[int, tuple[int, ...]]]:
        if len(signature) % self.bands:
            raise ValueError(f"signature length {len(signature)} is not a multiple of bands={self.bands}")
        rows = len(signature) // self.bands
        return [(i, tuple(signature[i * rows : (i + 1) * rows])) for i in range(self.bands)]

    def add(self, doc_id: str, signature: Sequence[int]) -> None:
        """Index ``signature`` under ``doc_id`` (re-adding an id replaces it)."""
        signature = tuple(signature)
        keys = self._band_keys(signature)
        if doc_id in self._signatures:
            self._remove(doc_id)
        self._signatures[doc_id] = signature
        self._order[doc_id] = self._added
        self._added += 1
        for key in keys:
            self._buckets[key].append(doc_id)

    def _remove(self, doc_id: str) -> None:
        for key in self._band_keys(self._signatures.pop(doc_id)):
            bucket = self._buckets[key]
            bucket.remove(doc_id)
            if not bucket:
                del self._buckets[key]
        del self._order[doc_id]

    def find(self, signature: Sequence[int]) -> str | None:
        """The id of the most similar indexed document at or above the threshold.

        Ties go to the document added first.  ``None`` when there is none.
        """
        signature = tuple(signature)
        candidates: set[str] = set()
        for key in self._band_keys(signature):
            candidates.update(self._buckets.get(key, ()))
        best: tuple[float, int] | None = None
        best_id: str | None = None
        for doc_id in candidates:
            score = estimate_similarity(signature, self._signatures[doc_id])
            if score < self.threshold:
                continue
            rank = (-score, self._order[doc_id])
            if best is None or rank < best:
                best, best_id = rank, doc_id
        return best_id
