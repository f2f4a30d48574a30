"""The body of an earlier election carried to a later list ("... were also elected in the same vote").

Reports of a vote name the body once: "Viet Nam was elected to the Security
Council ... . Estonia, Niger and Tunisia were also elected." or "Mexico and
Norway also won seats; Kenya won the remaining African seat in a run-off."  A
trigger with no body of its own takes the body and term of the latest election
of a state in the same document, a few sentences back, when nothing after the
trigger names another post ("elected president", "won seats in parliament").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ...model import Sentence

__all__ = ["Carry", "bare_seats", "carries_over"]

_WINDOW = 6  # sentences back to the latest election

# what may follow a carried trigger: nothing, or a circumstance ("in the same vote", "on Thursday", "with 129 votes")
_FREE = re.compile(
    r"\s*(?:$|[,.;:!?)\]—–-]|(?:too|as\s+well|unopposed|easily|comfortably|overwhelmingly|again|also)\b"
    r"|(?:(?:titular|deputy|full|regular|alternate|government|voting)\s+){1,2}members?\b(?!\s+of\b)"
    r"|(?:in|on|at|during|with|after|following|for|without|alongside|from|by|through|via|when|while|and|but)\b)",
    re.I,
)
# ... but not a domestic or other named body: "in parliament", "in the National Assembly", "by voters"
_DOMESTIC = re.compile(
    r"\s*(?:in|on|at|to|into|by|for)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:parliament|congress|senate|legislature|house|chamber|assembly|council|committee|board|court|party|"
    r"voters|electorate|people|polls?|municipal|local|provincial|state|general\s+election|presiden\w*)\b"
    r"|\s*(?:in|to|into|onto)\s+(?:the\s+)?(?-i:[A-Z])",
    re.I,
)


@dataclass
class Carry:
    """The latest election of a state with a body: (sentence index, body, term)."""

    index: int = -1
    body: str = ""
    term: str | None = None

    def remember(self, sent: Sentence, body: str, term: str | None) -> None:
        self.index, self.body, self.term = sent.index, body, term

    def usable(self, sent: Sentence) -> bool:
        return bool(self.body) and 0 <= sent.index - self.index <= _WINDOW

    def term_for(self, sentence_text: str) -> str | None:
        """The carried term, unless the sentence dates another vote ("was last elected in 2012")."""
        if not self.term:
            return None
        first, last = (int(y) for y in self.term.split("-"))
        years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", sentence_text)]
        return self.term if all(first - 1 <= y <= last for y in years) else None


def carries_over(text: str, trig_end: int, sent_end: int) -> bool:
    """Does nothing after the trigger name a post or another body?"""
    rest = text[trig_end:sent_end]
    if not _FREE.match(rest):
        return False
    clause = re.split(r"[;:]|,\s+(?:while|but|whereas|and)\b|\s[—–]\s", rest, maxsplit=1)[0]
    return not _DOMESTIC.match(clause)


@functools.lru_cache(maxsize=1)
def bare_seats() -> re.Pattern[str]:
    """'won seats', 'won the remaining African seat', 'secured the other two seats' (no body named)."""
    return re.compile(
        r"\b(?:won|wins|secured|secures|clinched|captured|obtained|gained|grabbed|claimed)\s+"
        r"(?:the\s+|a\s+|an\s+|its\s+|their\s+|both\s+)?"
        r"(?:(?:remaining|other|last|final|second|two|three|four|five|vacant|contested|open|available|"
        r"non-permanent|rotating|regional|elected)\s+)*(?:[A-Z][\w-]*(?:[\s-]+[A-Z][\w-]*)?\s+)?"
        r"(?:(?:non-permanent|rotating|regional)\s+)?seats?\b(?!\s+(?:on|at|of|to)\b)"
    )
