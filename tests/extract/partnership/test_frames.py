"""Partnership frames on the parse: phrasings of our own for each mechanism (lists, frameworks of a
country's own, narrated acts with a year, references to the pair, irrealis, peers)."""

from __future__ import annotations

from typing import Callable

import pytest

from chancery.annotate.document import AnnotatedDocument
from chancery.extract import partnership

CSP = "comprehensive_strategic_partnership"
SP = "strategic_partnership"
CP = "comprehensive_partnership"
OT = "other"
EST, MEN = "established", "mentioned"
Annotate = Callable[..., AnnotatedDocument]


def facts(adoc: AnnotatedDocument) -> set[tuple]:
    return {(m.get("a"), m.get("b"), m.get("level"), m.get("action"), m.get("year")) for m in partnership.extract(adoc)}


CASES = [
    # lists and coordination: each listed partner with the subject
    ("Chile has comprehensive strategic partnerships with Brazil, Peru, Mexico and Argentina.",
     {("BRA", "CHL", CSP, MEN, None), ("CHL", "PER", CSP, MEN, None), ("CHL", "MEX", CSP, MEN, None), ("ARG", "CHL", CSP, MEN, None)}),
    ("Kenya set up strategic partnerships with Ethiopia in 2016 and with Uganda in 2019.",
     {("ETH", "KEN", SP, EST, 2016), ("KEN", "UGA", SP, EST, 2019)}),
    # peers: the level shared with a list, from the side that is not compared
    ("Vietnam upgraded its ties with Japan to a comprehensive strategic partnership in 2023, putting Tokyo on the same level as China and Russia.",
     {("JPN", "VNM", CSP, EST, 2023), ("CHN", "VNM", CSP, MEN, None), ("RUS", "VNM", CSP, MEN, None)}),
    # a country's own framework kept apart from the core levels (level other)
    ("Jakarta and Seoul lifted relations to a special strategic partnership in 2017.", {("IDN", "KOR", OT, EST, 2017)}),
    ("Pakistan and China reaffirmed their all-weather strategic cooperative partnership.", {("CHN", "PAK", OT, MEN, None)}),
    ("Germany and India launched a green and sustainable development partnership in 2022.", set()),
    # a purpose suffix keeps the core level
    ("Japan and Vietnam raised ties to a comprehensive strategic partnership for peace and prosperity in 2023.", {("JPN", "VNM", CSP, EST, 2023)}),
    # narrated earlier acts with their year; the prior level is mentioned
    ("Relations between Egypt and Greece were upgraded to a strategic partnership in 2020.", {("EGY", "GRC", SP, EST, 2020)}),
    ("Poland and South Korea moved their ties from a strategic partnership to a comprehensive strategic partnership in 2022.",
     {("KOR", "POL", SP, MEN, None), ("KOR", "POL", CSP, EST, 2022)}),
    ("The strategic partnership between Brazil and Angola, established in 2010, keeps growing.", {("AGO", "BRA", SP, EST, 2010)}),
    ("Norway is Vietnam's newest comprehensive partner.", {("NOR", "VNM", CP, MEN, None)}),
    # possessive relative: the person's country
    ("Putin, whose country forged a strategic partnership with Mongolia in 2009, toured Ulaanbaatar.", {("MNG", "RUS", SP, EST, 2009)}),
    # persons stand for their countries, titles before and after names
    ("Italian Prime Minister Giorgia Meloni and Indian Prime Minister Narendra Modi elevated ties to a strategic partnership in 2023.",
     {("IND", "ITA", SP, EST, 2023)}),
    # "the two sides" / "they" as the pair
    ("Sri Lanka and the Maldives held talks in Male. The two sides agreed to upgrade relations to a comprehensive partnership.",
     {("LKA", "MDV", CP, EST, None)}),
    ("Peru's president met Chile's president in Lima. They agreed to lift ties to a strategic partnership.", {("CHL", "PER", SP, EST, None)}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_frames(annotate_text: Annotate, text: str, expected: set) -> None:
    assert facts(annotate_text(text)) == expected


def test_relative_date_resolves_against_the_dateline(annotate_text: Annotate) -> None:
    text = "CAIRO, March 4, 2024 (Wire) - Egypt and Turkey on Monday elevated relations to a strategic partnership."
    assert facts(annotate_text(text)) == {("EGY", "TUR", SP, EST, 2024)}


NEGATIVES = [
    "Ghana and Vietnam aim to elevate ties to a strategic partnership.",
    "Both leaders discussed the possibility of a comprehensive strategic partnership between Chile and Korea.",
    "Kenya and Japan will establish a strategic partnership next year.",
    "Peru has not yet upgraded its ties with Mexico to a comprehensive partnership.",
    "Argentina is seeking a strategic partnership with India.",
    "Uruguay and Vietnam plan to lift relations to a comprehensive partnership.",
    "The Andean firm and a Japanese bank announced a strategic partnership.",
    "Ecuador and Spain held a strategic partnership dialogue in Quito.",
    "Vietnam has upgraded relations with 17 partners.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_fact(annotate_text: Annotate, text: str) -> None:
    assert facts(annotate_text(text)) == set()


def test_a_story_refers_back_to_the_level_it_reports(annotate_text: Annotate) -> None:
    text = ("Vietnam and Malaysia elevated relations to a comprehensive strategic partnership on Friday. "
            "Under the new comprehensive strategic partnership, Malaysia and Vietnam will expand trade.")
    assert facts(annotate_text(text)) == {("MYS", "VNM", CSP, EST, None)}
