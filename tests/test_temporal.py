"""Time expressions, the period a document frames, and the date of a statement."""

from __future__ import annotations

from datetime import date

import pytest

from chancery.annotate.periods import review_year
from chancery.annotate.temporal import explicit_expressions, nearest, relative_expressions, time_expressions

ANCHOR = date(2023, 9, 11)  # a Monday


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("The leaders met on September 10, 2023 in Hanoi.", "2023-09-10"),
        ("The leaders met on Sept. 10-11, 2023 in Hanoi.", "2023-09-10"),
        ("They met on 10 September 2023.", "2023-09-10"),
        ("They met on the 10th of September, 2023.", "2023-09-10"),
        ("Posted 2023-09-10 08:00", "2023-09-10"),
        ("during the visit from 9-11.3.2025", "2025-03-11"),
        ("signed on 10/9/2023 in Hanoi", "2023-09-10"),
        ("ties were lifted in July 2013", "2013-07"),
        ("ties were lifted in July, 2013", "2013-07"),
        ("ties were lifted in 2013", "2013"),
    ],
)
def test_explicit_dates_keep_their_precision(text: str, iso: str) -> None:
    found = explicit_expressions(text)
    assert found, text
    assert found[0].when.iso() == iso


@pytest.mark.parametrize(
    "text",
    [
        "elected for the 2026-2028 term",
        "during the 2021–2025 period",
        "2.5 times more than in 2024",
        "up 12% compared with 2022",
        "the strategic partnership of 2007 was a start",
        "trade of US$2025 million",
        "a 2030 percent rise",
        "2,025 delegates",
    ],
)
def test_years_that_are_not_the_date_of_an_act(text: str) -> None:
    assert [e.when.year for e in explicit_expressions(text)] == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Biden arrived in Hanoi on Sunday.", "2023-09-10"),
        ("The minister spoke on Monday.", "2023-09-11"),
        ("The envoy left yesterday.", "2023-09-10"),
        ("Trade rose 5% last year.", "2022"),
        ("The deal was signed earlier this year.", "2023"),
        ("The two sides met last month.", "2023-08"),
        ("The upgrade came two years ago.", "2021"),
        ("The visit took place three months ago.", "2023-06"),
        ("The summit was held in March.", "2023-03"),
        ("The summit was held last December.", "2022-12"),
        ("Leaders met on September 5.", "2023-09-05"),
        ("Leaders met on 5 September.", "2023-09-05"),
    ],
)
def test_relative_expressions_resolve_against_the_document_date(text: str, iso: str) -> None:
    found = relative_expressions(text, ANCHOR)
    assert found, text
    assert found[0].when.iso() == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Vietnam will host the forum in November.", "2023-11"),
        ("The president will travel to Jakarta on Friday.", "2023-09-15"),
        ("The summit is scheduled to open on September 20.", "2023-09-20"),
        ("Vietnam will host the forum in March.", "2024-03"),
    ],
)
def test_relative_expressions_in_the_future_resolve_forward(text: str, iso: str) -> None:
    assert relative_expressions(text, ANCHOR)[0].when.iso() == iso


def test_no_document_date_no_relative_dates() -> None:
    assert relative_expressions("They met on Sunday and last year.", None) == []


def test_the_statement_takes_the_closest_explicit_year() -> None:
    text = "Normalised in 1995, the ties were upgraded to a comprehensive partnership in 2013."
    found = nearest(time_expressions(text, None), text.index("upgraded"), text)
    assert found is not None and found.when.year == 2013
    assert nearest(time_expressions(text, None), text.index("Normalised"), text).when.year == 1995  # type: ignore[union-attr]


def test_an_explicit_year_wins_over_a_relative_expression() -> None:
    text = "On Monday the ministry recalled that the partnership was set up in 2016."
    found = nearest(time_expressions(text, ANCHOR), text.index("Monday"))
    assert found is not None and found.when.year == 2016


@pytest.mark.parametrize(
    ("head", "year"),
    [
        ("Foreign Minister touts 2025 diplomatic wins\nThe minister wrote ...", 2025),
        ("Vietnam's 2024 foreign affairs achievements in review\n...", 2024),
        ("2025 saw many advances in the country's foreign affairs.", 2025),
        ("(Agency) - 2025 has been the most successful year for the diplomacy.", 2025),
        ("The year 2019 was a milestone for Indonesia's diplomacy.", 2019),
        ("Looking back at 2022: a busy year for Canberra", 2022),
        ("Diplomatic highlights of 2021\n...", 2021),
    ],
)
def test_review_year_from_headline_or_opening(head: str, year: int) -> None:
    assert review_year(head, None) == year


@pytest.mark.parametrize(
    "head",
    [
        "Minister outlines tasks to 2030 and beyond",
        "The article was published to mark the New Year 2026.",
        "Leaders meet ahead of fiscal year 2025 budget",
        "Vietnam, Japan upgrade ties to comprehensive strategic partnership",
        "Relations since 2013 have deepened.",
    ],
)
def test_no_review_year_without_a_review_frame(head: str) -> None:
    assert review_year(head, None) is None


def test_a_review_year_after_the_document_date_is_a_plan() -> None:
    assert review_year("Key tasks and 2026 achievements expected", date(2025, 12, 30)) is None


def test_statement_dates_from_sentence_paragraph_frame_and_dateline(annotate_text) -> None:  # type: ignore[no-untyped-def]
    adoc = annotate_text(
        "Hanoi, December 30, 2025 - Vietnam's 2025 diplomatic achievements were reviewed.\n"
        "In 2024, Vietnam upgraded ties with Australia. It also signed many agreements.\n"
        "Vietnam hosted the P4G Summit.\n"
        "Vietnam will host APEC."
    )
    s = adoc.sentences
    by_text = {x.text.split()[0]: x for x in s}
    assert adoc.when(by_text["In"]).iso() == "2024"  # type: ignore[union-attr]
    also = next(x for x in s if x.text.startswith("It also"))
    assert adoc.when(also).how == "paragraph"  # type: ignore[union-attr]
    hosted = next(x for x in s if "P4G" in x.text)
    framed = adoc.when(hosted)
    assert framed is not None and framed.year == 2025 and framed.how == "frame"
    future = next(x for x in s if "will host" in x.text)
    assert adoc.when(future) is None


def test_a_year_in_another_clause_is_not_the_statement_s() -> None:
    text = "NAY PYI TAW, 12 Nov 2014 — Myanmar, chairing the bloc for the first time since it joined in 1997, hosted the summit."
    found = nearest(time_expressions(text, None), text.index("hosted"), text)
    assert found is not None and found.when.year == 2014
