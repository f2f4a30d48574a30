"""Quantity filters: figures that are conditions or parts of slogans, not facts.

* ``is_condition``: a figure right after a condition word ("after", "once", "when", "until") that says
  "at least", or in a clause about entry into force ("the treaty enters into force after 50 ratify it").
  A narrated past ("entered into force in 2021 after 50 countries ratified it") stays a figure.
* ``in_slogan``: a number inside a short quoted phrase ("'one nation, two states'").
"""

from __future__ import annotations

import re

from .context import clause_start, has_any
from .numbers import lex

__all__ = ["in_slogan", "is_condition"]


def is_condition(text: str, start: int, qualifier: str) -> bool:
    """ "enters into force after at least 20 signatories have ratified it": a condition, not a figure."""
    lx = lex()
    words = "|".join(map(re.escape, lx["condition_words"]))
    if not re.search(rf"\b(?:{words})\s+$", text[max(0, start - 20) : start], re.IGNORECASE):
        return False
    return qualifier == "over" or has_any("entry_into_force", text[clause_start(text, start) : start])


_QUOTE = re.compile(r"(?<!\w)['‘“\"](?P<q>[^'‘’“”\"]{1,40})['’”\"](?!\w)")


def in_slogan(text: str, pos: int) -> bool:
    """A number inside a short quoted phrase: "'one nation, two states'", "the “one country, two systems”"."""
    for m in _QUOTE.finditer(text):
        if m.start("q") <= pos < m.end("q") and len(m.group("q").split()) <= 6:
            return True
    return False
