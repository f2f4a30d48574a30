"""Exact and near-duplicate (syndication) detection.

Exact duplicates share :func:`content_hash` (sha256 of the normalised text).

Near duplicates are wire copies as other outlets run them: a new headline and lede, words
swapped, clauses reordered, a local paragraph added, the end trimmed.  Shingles over the whole
text miss them (every changed word breaks five 5-word shingles), so the comparison is made
sentence by sentence:

* a sentence is the set of its content words (lowercased, accents folded, numbers kept,
  function words of ``data/stopwords.txt`` left out); sentences of fewer than
  :data:`MIN_WORDS` content words are ignored;
* two sentences *match* when the Jaccard similarity of their word sets is at least
  :data:`SENTENCE_MATCH` (a reworded sentence keeps most of its words);
* the similarity of two documents is the *coverage* of the better-covered one: the share of its
  content words that sit in sentences matched in the other.  A shortened copy is fully covered by
  its original; two independent reports of one event share names and figures but few
  sentences; two press releases that share a boilerplate paragraph are covered about half.  A
  document of fewer than :data:`MIN_DOCUMENT_WORDS` content words is too short to judge and
  is never a near-duplicate (exact copies are still caught by their hash).

Candidates come from shingled MinHash over sentences: each sentence gets :data:`KEYS` locality-
sensitive keys (key *i* is the :data:`ROWS` smallest values of the *i*-th hash permutation over
its words, so two sentences with word-set similarity *s* share it with probability about *s*³,
and share one of their keys with probability 1 - (1 - s³)^KEYS: 0.55 at s = 0.5, 0.99 at s = 0.8),
and a
document is compared with another when the sentences that share a key with it hold at least
:data:`PREFILTER` times the threshold of either one's words.  A key shared by more than ``max_bucket`` documents is boilerplate and yields no
candidates.

The threshold (:data:`DEFAULT_THRESHOLD`) was chosen on labelled pairs written for the project
(``tests/data/syndication``; ``bench/bench_dedup.py`` prints every pair's similarity).

A signature is a tuple of unsigned 64-bit integers (storable with :func:`signature_to_bytes`):
a header, then one record per sentence (its word count, its keys, its word hashes packed two to
an integer).  All hashing is stable across processes and machines (blake2b, fixed seeds).  A
signature of another layout (an older database) parses as empty and never matches.
"""

from __future__ import annotations

import functools
import hashlib
import re
import struct
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from importlib import resources

__all__ = [
    "DEFAULT_THRESHOLD",
    "KEYS",
    "MIN_WORDS",
    "SENTENCE_MATCH",
    "NearDuplicateIndex",
    "band_keys",
    "content_hash",
    "estimate_similarity",
    "sentence_similarity",
    "sentence_words",
    "shingle_signature",
    "signature_from_bytes",
    "signature_to_bytes",
    "text_similarity",
]

Signature = tuple[int, ...]

#: documents at or above this coverage are near-duplicates (measured: bench/bench_dedup.py)
DEFAULT_THRESHOLD = 0.65
#: word-set Jaccard at which two sentences match
SENTENCE_MATCH = 0.5
#: sentences with fewer content words than this are not compared
MIN_WORDS = 4
#: locality-sensitive keys per sentence, each made of the ROWS smallest values of one permutation
KEYS = 6
ROWS = 3
#: a candidate is compared when the sentences sharing a key with it hold at least this share of the
#: threshold (of either document's words)
PREFILTER = 0.5
#: sentences read per document (a signature stays small for very long texts)
MAX_SENTENCES = 400
#: a document with fewer content words is too short to tell a copy from a coincidence (exact
#: copies are still caught by their hash)
MIN_DOCUMENT_WORDS = 20

_MAGIC = 0x43484E44  # "CHND"
_VERSION = 3
_PRIME = (1 << 61) - 1
_MASK64 = (1 << 64) - 1
_WORD = re.compile(r"[^\W_]+")
_SENTENCE_END = re.compile(r"(?<=[.!?\u2026])[\"'\u201d\u2019)\]]*\s+|\n+")


def content_hash(text: str) -> str:
    """sha256 hex digest of ``text`` (already normalised) as UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    path = resources.files("chancery.data").joinpath("stopwords.txt")
    with path.open(encoding="utf-8") as fh:
        return frozenset(w.strip() for w in fh if w.strip() and not w.startswith("#"))


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text.lower()).replace("\u0111", "d")
    return "".join(c for c in text if not unicodedata.combining(c))


@functools.lru_cache(maxsize=200_000)
def _hash32(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=4).digest(), "little")


def _permutation(seed: int) -> tuple[int, int]:
    digest = hashlib.blake2b(f"chancery-sentence-key-{seed}".encode(), digest_size=16).digest()
    return int.from_bytes(digest[:8], "little") % (_PRIME - 1) + 1, int.from_bytes(digest[8:], "little") % _PRIME


_PERMUTATIONS = tuple(_permutation(i) for i in range(KEYS))


@functools.lru_cache(maxsize=65536)
def sentence_words(sentence: str) -> frozenset[int]:
    """The hashed content words of one sentence."""
    stop = _stopwords()
    return frozenset(_hash32(w) for w in _WORD.findall(_fold(sentence)) if w not in stop)


def _sentences(text: str) -> list[frozenset[int]]:
    out = []
    for part in _SENTENCE_END.split(text):
        words = sentence_words(part)
        if len(words) >= MIN_WORDS:
            out.append(words)
            if len(out) >= MAX_SENTENCES:
                break
    return out


def _keys(words: frozenset[int]) -> list[int]:
    keys = []
    for i, (a, b) in enumerate(_PERMUTATIONS):
        low = sorted(((a * w + b) & _MASK64) % _PRIME for w in words)[:ROWS]
        key = i + 1
        for v in low:
            key = ((key * 0x9E3779B97F4A7C15) ^ v) & _MASK64
        keys.append(key)
    return keys


def shingle_signature(text: str) -> Signature:
    """The signature of ``text``: its sentences' keys and word hashes (see the module docstring)."""
    sentences = _sentences(text)
    out = [(_MAGIC << 32) | (_VERSION << 24) | len(sentences)]
    for words in sentences:
        ordered = sorted(words)
        out.append(len(ordered))
        out.extend(_keys(words))
        if len(ordered) % 2:
            ordered.append(0)
        out.extend((ordered[i] << 32) | ordered[i + 1] for i in range(0, len(ordered), 2))
    return tuple(out)


class _Parsed:
    """A signature read back: each sentence's word set and keys, and a word -> sentences index."""

    __slots__ = ("keys", "postings", "sentences", "total")

    def __init__(self, sentences: list[frozenset[int]], keys: list[int]) -> None:
        self.sentences = sentences
        self.keys = keys
        self.total = sum(len(s) for s in sentences)
        self.postings: dict[int, list[int]] = defaultdict(list)
        for i, words in enumerate(sentences):
            for w in words:
                self.postings[w].append(i)


def _parse(signature: Sequence[int]) -> _Parsed:
    if not signature or signature[0] >> 32 != _MAGIC or (signature[0] >> 24) & 0xFF != _VERSION:
        return _Parsed([], [])
    count = signature[0] & 0xFFFFFF
    pos = 1
    sentences: list[frozenset[int]] = []
    keys: list[int] = []
    try:
        for _ in range(count):
            n = signature[pos]
            keys.extend(signature[pos + 1: pos + 1 + KEYS])
            pos += 1 + KEYS
            packed = signature[pos: pos + (n + 1) // 2]
            pos += (n + 1) // 2
            words = [x for v in packed for x in (v >> 32, v & 0xFFFFFFFF)][:n]
            sentences.append(frozenset(words))
    except IndexError:
        return _Parsed([], [])
    return _Parsed(sentences, keys)


def _coverage(a: _Parsed, b: _Parsed) -> float:
    """The share of ``a``'s content words in sentences that have a match in ``b``."""
    if a.total < MIN_DOCUMENT_WORDS or not b.total:
        return 0.0
    covered = 0
    for words in a.sentences:
        shared: Counter[int] = Counter()
        for w in words:
            for j in b.postings.get(w, ()):
                shared[j] += 1
        n = len(words)
        if any(k / (n + len(b.sentences[j]) - k) >= SENTENCE_MATCH for j, k in shared.items()):
            covered += n
    return covered / a.total


def _similarity(a: _Parsed, b: _Parsed) -> float:
    return max(_coverage(a, b), _coverage(b, a))


def estimate_similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """The coverage of the better-covered of two documents, 0..1 (1.0 for the same text)."""
    return _similarity(_parse(a), _parse(b))


def text_similarity(a: str, b: str) -> float:
    """:func:`estimate_similarity` of two texts."""
    return estimate_similarity(shingle_signature(a), shingle_signature(b))


def sentence_similarity(a: str, b: str) -> float:
    """Jaccard similarity of the content words of two sentences (0.0 when either has none)."""
    x, y = sentence_words(a), sentence_words(b)
    if not x or not y:
        return 0.0
    return len(x & y) / len(x | y)


def band_keys(signature: Sequence[int]) -> list[tuple[int, int]]:
    """``(band, key)`` rows for the store's candidate table (``near_bands``): one per distinct
    sentence key of the signature (band 0; the key as a signed 64-bit integer for SQLite). Two
    documents sharing a key are compared with :func:`estimate_similarity`."""
    keys = sorted(set(_parse(signature).keys))
    return [(0, k - (1 << 64) if k >= (1 << 63) else k) for k in keys]


def signature_to_bytes(signature: Sequence[int]) -> bytes:
    """Pack a signature as little-endian unsigned 64-bit integers."""
    return struct.pack(f"<{len(signature)}Q", *signature)


def signature_from_bytes(data: bytes) -> Signature:
    """Inverse of :func:`signature_to_bytes`."""
    if len(data) % 8:
        raise ValueError(f"a packed signature is a multiple of 8 bytes, got {len(data)}")
    return struct.unpack(f"<{len(data) // 8}Q", data)


def _hit_share(doc: _Parsed, sentences: set[int]) -> float:
    """The share of a document's words in the sentences that share a key with another document:
    close to its coverage by that document (see the module docstring for how likely a matched
    sentence is to share a key)."""
    if not doc.total:
        return 0.0
    return sum(len(doc.sentences[i]) for i in sentences) / doc.total


class NearDuplicateIndex:
    """Signatures indexed by their sentence keys.

    :meth:`find` compares a signature with the indexed documents that share a sentence key with
    it and returns the most similar one at or above ``threshold``.
    """

    def __init__(self, threshold: float = DEFAULT_THRESHOLD, *, max_bucket: int = 1000) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        if max_bucket <= 0:
            raise ValueError(f"max_bucket must be positive, got {max_bucket}")
        self.threshold = threshold
        self.max_bucket = max_bucket
        self._docs: dict[str, _Parsed] = {}
        self._order: dict[str, int] = {}
        self._added = 0
        self._buckets: defaultdict[int, dict[str, int]] = defaultdict(dict)  # key -> {doc: its sentence}

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, Sequence[int]]], *, threshold: float = DEFAULT_THRESHOLD
                   ) -> NearDuplicateIndex:
        """Rebuild an index from stored ``(doc_id, signature)`` pairs, in order."""
        index = cls(threshold=threshold)
        for doc_id, signature in pairs:
            index.add(doc_id, signature)
        return index

    def __len__(self) -> int:
        return len(self._docs)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._docs

    def add(self, doc_id: str, signature: Sequence[int]) -> None:
        """Index ``signature`` under ``doc_id`` (re-adding an id replaces it)."""
        if doc_id in self._docs:
            self._remove(doc_id)
        parsed = _parse(signature)
        self._docs[doc_id] = parsed
        self._order[doc_id] = self._added
        self._added += 1
        for i, key in enumerate(parsed.keys):
            self._buckets[key].setdefault(doc_id, i // KEYS)

    def _remove(self, doc_id: str) -> None:
        for key in self._docs.pop(doc_id).keys:
            bucket = self._buckets[key]
            bucket.pop(doc_id, None)
            if not bucket:
                del self._buckets[key]
        del self._order[doc_id]

    def find(self, signature: Sequence[int]) -> str | None:
        """The id of the most similar indexed document at or above the threshold.

        Ties go to the document added first.  ``None`` when there is none.
        """
        parsed = _parse(signature)
        ours: dict[str, set[int]] = {}  # candidate -> our sentences that share a key with it
        theirs: dict[str, set[int]] = {}  # candidate -> its sentences that share a key with us
        for i, key in enumerate(parsed.keys):
            bucket = self._buckets.get(key)
            if not bucket or len(bucket) > self.max_bucket:
                continue
            for doc_id, j in bucket.items():
                ours.setdefault(doc_id, set()).add(i // KEYS)
                theirs.setdefault(doc_id, set()).add(j)
        best: tuple[float, int] | None = None
        best_id: str | None = None
        for doc_id, hit in ours.items():
            other = self._docs[doc_id]
            if _hit_share(parsed, hit) < self.threshold * PREFILTER and \
                    _hit_share(other, theirs[doc_id]) < self.threshold * PREFILTER:
                continue
            score = _similarity(parsed, self._docs[doc_id])
            if score < self.threshold:
                continue
            rank = (-score, self._order[doc_id])
            if best is None or rank < best:
                best, best_id = rank, doc_id
        return best_id
