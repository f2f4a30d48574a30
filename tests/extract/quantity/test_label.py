"""Measure labels: short, readable, from the measure table or the counted noun, never a fragment.

Every sentence here is our own.
"""

from __future__ import annotations

import re
from typing import Any, Callable

import pytest

from .helpers import figures as _figures


@pytest.mark.parametrize(
    "text, label",
    [
        ("Remittances sent home to Vietnam reached US$16.1 billion.", "remittances"),
        ("Two-way trade between Vietnam and India reached US$15 billion.", "two-way trade"),
        ("Foreign direct investment into Indonesia rose to $47 billion.", "foreign direct investment"),
        ("Japan's ODA to the Philippines totalled $1.2 billion.", "official development assistance"),
        ("Canberra extended a A$500 million credit line to Jakarta.", "credit line"),
        ("Economic growth reached 7.09 percent, the statistics office said.", "GDP growth"),
        ("Exports to the bloc climbed 18% in the first half.", "exports increase"),
        ("Kenya secured 180 votes in the first round.", "votes"),
        ("The General Assembly elected 14 member states to the Human Rights Council.", "member states"),
        ("More than 30 heads of state attended the ceremony.", "heads of state"),
        ("The 47-member council met in Geneva.", "members"),
        ("The United States remained Vietnam's largest export market.", "largest export market"),
        ("The two ministers have met four times this year.", "meetings"),
        ("Among the six candidates, two are from Africa.", "candidates from Africa"),
        ("Of the seven contenders, three are from Asia, two from Europe, and one from Oceania.", "contenders from Oceania"),
        (
            "The ministries signed nearly 350 cooperation agreements, 2.5 times more than in 2024.",
            "cooperation agreements multiplier",
        ),
        (
            "Key leaders carried out 75 foreign affairs activities during the year.",
            "foreign affairs activities",
        ),
        (
            "Two-way trade between Australia and Indonesia is worth about A$16 billion a year.",
            "two-way trade",
        ),
    ],
)
def test_label(annotate_text: Callable[..., Any], text: str, label: str) -> None:
    assert label in [f["measure"] for f in _figures(annotate_text, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Last year, Vietnam upgraded relations with 17 partners, raising the number of countries with which it has a "
        "comprehensive or higher-level partnership to 42.",
        "One of the special highlights is the proposal of the initiative, with the support of 163 countries.",
        "The province received 2.5 million international visitors and 120,000 business travellers in 2024.",
        "The ministry recorded 75 foreign affairs activities of key leaders during the year.",
    ],
)
def test_labels_are_short_and_end_in_a_noun(annotate_text: Callable[..., Any], text: str) -> None:
    figs = _figures(annotate_text, text)
    assert figs
    for f in figs:
        words = f["measure"].split()
        assert 1 <= len(words) <= 4, f["measure"]
        assert not re.search(r"\b(?:which|that|it|with|of|the|and|to)$", f["measure"]), f["measure"]
