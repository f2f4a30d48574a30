"""Counts whose noun is left out because the sentence has just named it.

    "A received 29 votes, while B got 17."                -> 17 votes  (a new subject and a verb)
    "A won, taking 129 votes to B's 62."                  -> 62 votes  (a rival's possessive)
    "winning 153 votes to 38"                             -> 38 votes  (a tally)
    "A received 191 votes, B 185, and C 132."             -> 185, 132 votes  (gapping: the verb left out)
    "A was elected with 183 votes and B with 178."        -> 178 votes
    "33 countries confirmed, including 24 at ministerial level." -> 24 countries  (a part)
    "It has 15 members, in which five are permanent."     -> 5 members  (a part)
    "Of the six candidates, two are from Africa, one from Asia." -> 2, 1 candidates

A bare number is such a count when an earlier count of the same sentence has a concrete noun, and
the number stands in a slot parallel to it.  Offsets are sentence-relative.
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
# gapping: ", B 185", ", and C 132", " and Libya with 178" (a name, the verb left out)
_NAME = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:(?:and|of)\s+(?:the\s+)?)?[A-Z][\w.'’-]*){0,4}"
_GAPPED = re.compile(rf"^(?:\s*,\s*|\s+)(?:and\s+)?{_NAME}\s+(?:(?:with|on|at)\s+)?$")
# a part of the count: "..., including 24 at the level of ...", "of which 12 ..."
_INCLUDING = re.compile(
    r"(?:^\s*|,\s*)(?:including|of\s+which|of\s+whom|among\s+them|among\s+which)\s+$", re.IGNORECASE
)
# a part as a subject: "in which five are permanent", ", two are from Africa, one from Asia"
_PART_GAP = re.compile(r"^\s*,\s*(?:and\s+)?(?:(?:in|of)\s+(?:which|whom|them)\s+)?$", re.IGNORECASE)
_PART_AFTER = re.compile(r"^\s+(?:(?:are|were|is|was)\b|from\s+(?:the\s+)?[A-Z])")
_NOT_CONCRETE = frozenset({"items", "total", "population"})


def elliptic_measure(text: str, core: Core, earlier: list[tuple[int, str, str]]) -> str | None:
    """The measure of an earlier count (``(end, unit, measure)`` triples) a bare ``core`` shares, or None."""
    if core.kind not in ("num", "word"):
        return None
    counts = [(end, measure) for end, unit, measure in earlier if unit == "count" and end <= core.start]
    if not counts or counts[-1][1] in _NOT_CONCRETE:
        return None
    end, measure = counts[-1]
    gap = text[end : core.start]
    after = text[core.end :]
    if len(gap) > 90:
        return None
    if _INCLUDING.search(gap) and not re.search(r"\d", gap) and not re.match(r"^\s+[a-z]+s\b", after):
        return measure
    if _PART_AFTER.match(after) and _PART_GAP.match(gap):
        return measure
    if not _CLOSES.match(after):
        return None
    if _POSSESSIVE_RIVAL.search(gap) or _GOT.search(gap) or _BARE_RIVAL.match(gap) or _GAPPED.match(gap):
        return measure
    return None
