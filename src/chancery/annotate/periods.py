"""The period a document frames for what it reports.

Year-in-review pieces ("Foreign Minister touts 2025 diplomatic wins", "The year 2025 was a
milestone ...", "Looking back at 2025") report completed acts and figures under that year without
repeating it in every sentence; the contract gives such acts the framed year unless they state
another. The frame is read from the headline and the opening of the text only.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["review_year"]

_HEAD = 700
_Y = r"(?P<year>(?:19[5-9]|20[0-4])\d)"
_REVIEW_NOUNS = (
    r"achievements|accomplishments|results|wins|successes|highlights|review|milestones|outcomes|"
    r"performance|record|landmarks|hallmarks|marks|imprints|footprints|gains|breakthroughs|overview|"
    r"retrospective|recap|balance\s+sheet|report\s+card"
)
_PATTERNS = [
    # "2025 diplomatic wins", "Vietnam's 2025 foreign affairs achievements", "2025: a year of ..."
    re.compile(rf"\b{_Y}(?:['’]s)?\s+(?:[\w-]+\s+){{0,3}}?(?:{_REVIEW_NOUNS})\b", re.I),
    re.compile(rf"\b{_Y}\s*:\s+(?:a|the)\s+(?:[\w-]+\s+){{0,3}}?year\b", re.I),
    # "2025 saw many advances", "2025 has been the most successful year", "2025 was a year of ..."
    re.compile(rf"(?:^|(?<=[\n.:\-–—]))\W*{_Y}\s+(?:saw|was|has\s+been|had\s+been|marked|witnessed|brought|proved|turned\s+out)\b", re.I),
    # "the year 2025 was ...", "throughout the year 2025"
    re.compile(rf"\b(?:the\s+)?year\s+(?:of\s+)?{_Y}\b", re.I),
    # "2025 in review", "looking back at 2025", "a look back on 2025", "reviewing 2025"
    re.compile(rf"\b{_Y}\s+in\s+(?:review|retrospect)\b", re.I),
    re.compile(rf"\b(?:look(?:ing|s)?\s+back|review(?:ing|s)?|recap(?:ping|s)?|taking\s+stock)\s+(?:at\s+|on\s+|of\s+)?(?:the\s+year\s+)?{_Y}\b", re.I),
    # "achievements in 2025", "results of 2025", "diplomacy in 2025: ..."
    re.compile(rf"\b(?:{_REVIEW_NOUNS})\s+(?:[\w-]+\s+){{0,3}}?(?:in|of|during|throughout)\s+{_Y}\b(?!\s*[-–]\s*\d)", re.I),
]


def review_year(text: str, anchor: date | None) -> int | None:
    """The year a review covers when the headline or opening frames one, else None.

    A framed year after the document's date is a plan, not a review, and is ignored.
    """
    head = text[:_HEAD]
    for pattern in _PATTERNS:
        for m in pattern.finditer(head):
            year = int(m.group("year"))
            if anchor is not None and year > anchor.year:
                continue
            before = head[max(0, m.start("year") - 12) : m.start("year")]
            if re.search(r"(?:\d\s*[-–]|\bto|\bfrom|\bsince|\bafter|\bbefore|\buntil|\bby)\s*$", before, re.I):
                continue  # a span or a boundary, not a period reported on
            if re.search(r"\b(?:new|lunar|fiscal|financial|academic|school|calendar)\s+year\s+(?:of\s+)?$", head[max(0, m.start("year") - 25) : m.start("year")], re.I):
                continue  # "the New Year 2026", "fiscal year 2025": not a review period
            return year
    return None
