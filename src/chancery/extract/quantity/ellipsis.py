"""Counts whose noun is left out because the sentence just named it (ellipsis in tallies).

    "A received 29 votes, while B got 17."          -> 17 votes
    "A won, taking 129 votes to B's 62."            -> 62 votes
    "winning 153 votes to 38", "by 93 votes against 24" -> 38, 24 votes
    "Japan sent 300 troops and Korea deployed 200."  -> 200 troops

A bare number is such a count when an earlier count of the same sentence has a
concrete noun, the number closes its clause (punctuation, end of sentence,
"respectively", a new conjunction) and it is introduced either by a possessive
after "to/against/versus" or by a verb of getting/sending after a new subject
("..., while B got 17").  Offsets are sentence-relative.
"""

from __future__ import annotations

import re

from .numbers import Core

__all__ = ["elliptic_measure"]

_CLOSES = re.compile(
    r"^\s*(?:[,.;:)]|$)|^\s+(?:and|while|whereas|but|respectively|each|apiece|with|for)\b"
    r"|^\s+(?:in|at|during)\s+(?:the\s+)?[\w-]+\s+(?:round|ballot|vote|voting|run-?off)\b"
)
_POSSESSIVE_RIVAL = re.compile(
    r"\b(?:to|against|versus|vs\.?|over|compared\s+with)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:['’]s|s['’])\s+$"
)
_GOT = re.compile(
    r"(?:,|;|\bwhile|\bwhereas|\band|\bbut)\s+(?!(?:and|while|whereas|but|then|also)\s)(?:[^,;]{1,40}?\s)"
    r"(?:got|gets|received|receives|won|wins|secured|secures|garnered|garners|obtained|took|takes|polled|"
    r"collected|earned|gained|attracted|drew|sent|deployed|signed|had)\s+(?:only\s+|just\s+|a\s+mere\s+)?$",
    re.IGNORECASE,
)
# a tally written straight after the count: "153 votes to 38", "93 votes against 24", "182 votes versus 10"
_BARE_RIVAL = re.compile(r"^\s+(?:to|against|versus|vs\.?)\s+$", re.IGNORECASE)
_NOT_CONCRETE = frozenset({"items", "total", "population"})


def elliptic_measure(text: str, core: Core, earlier: list[tuple[int, str, str]]) -> str | None:
    """The measure of an earlier count (``(end, unit, measure)`` triples) a bare ``core`` shares, or None."""
    if core.kind not in ("num", "word") or not _CLOSES.match(text[core.end :]):
        return None
    counts = [(end, measure) for end, unit, measure in earlier if unit == "count" and end <= core.start]
    if not counts or counts[-1][1] in _NOT_CONCRETE:
        return None
    end, measure = counts[-1]
    gap = text[end : core.start]
    if len(gap) > 90:
        return None
    if _POSSESSIVE_RIVAL.search(gap) or _GOT.search(gap) or _BARE_RIVAL.match(gap):
        return measure
    return None
