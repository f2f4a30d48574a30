"""The visit lexicon (``lexicon.json`` beside this module) as sets of lower-case word forms."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..common import load_lexicon

__all__ = ["Lexicon", "lexicon"]


@dataclass(frozen=True)
class Lexicon:
    words: dict[str, frozenset[str]]
    particles: dict[str, str]

    def __getattr__(self, name: str) -> frozenset[str]:
        try:
            return self.words[name]
        except KeyError:
            raise AttributeError(name) from None

    def has(self, name: str, word: str) -> bool:
        return word.lower() in self.words[name]


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = load_lexicon("visit")
    words = {k: frozenset(w.lower() for w in v) for k, v in raw.items() if isinstance(v, list)}
    return Lexicon(words, dict(raw.get("motion_particles", {})))
