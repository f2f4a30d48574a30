"""The year of a figure: its own clause's time expression (on the parse), a dated story's relative
dates, a review frame; never a comparison year, a term, a start point or another clause's date.

Every sentence here is our own.
"""

from __future__ import annotations

from typing import Any, Callable

import pytest

from .helpers import figures as _figures


def _years(annotate_text: Callable[..., Any], text: str, published: str | None = None) -> list[int | None]:
    return [f["year"] for f in _figures(annotate_text, text, published=published)]


@pytest.mark.parametrize(
    "text, years",
    [
        ("In 2024, the two nations recorded a trade volume of $7.7 billion.", [2024]),
        ("Chile and Peru traded goods worth $5 billion in 2022, up 6% from the year before.", [2022, 2022]),
        ("In 2013, Kenya was elected to the council with 180 votes.", [2013]),
        ("During the Lima summit in 2018, Xi held talks with more than 30 leaders.", [2018]),
        ("The race in October 2016 that initially included 13 candidates was close.", [2016]),
        ("The council was established by the assembly in 2006 with 47 members.", [2006]),
    ],
)
def test_the_year_of_the_figure_s_clause(
    annotate_text: Callable[..., Any], text: str, years: list[int]
) -> None:
    assert _years(annotate_text, text) == years


@pytest.mark.parametrize(
    "text",
    [
        "Created by the assembly in March 2006, the council comprises 47 member states.",
        "APEC, a forum established in 1989, promotes trade among its 21 member economies.",
        "After the Beijing summit in 2018, 17 African leaders came to China for state visits.",
        "Building on progress since CHOGM 2022, the Commonwealth wants to lift trade to $2 trillion.",
        "Its 14 new members will serve a three-year term beginning in January 2023.",
        "The pact, signed in 1995, now covers 10 countries.",
    ],
)
def test_a_date_of_another_clause_is_not_the_figure_s(annotate_text: Callable[..., Any], text: str) -> None:
    assert set(_years(annotate_text, text)) == {None}


@pytest.mark.parametrize(
    "text, years",
    [
        ("In 2025 the country signed 300 agreements, 2 times more than in 2024.", {2025}),
        ("Exports reached $40 billion in 2025, compared with $35 billion in 2024.", {2025, 2024}),
        ("Vietnam was elected for the 2026-2028 term with 180 votes in 2025.", {2025}),
    ],
)
def test_comparison_years_and_terms(annotate_text: Callable[..., Any], text: str, years: set[int]) -> None:
    assert set(_years(annotate_text, text)) == years


@pytest.mark.parametrize(
    "text, published, year",
    [
        ("Remittances exceeded US$14 billion last year.", "2025-01-10", 2024),
        ("Kenya and Uganda signed more than 12 agreements on Monday.", "2024-03-06", 2024),
        ("Trade with the bloc rose 8% this year, the minister said.", "2023-11-02", 2023),
        ("To date he has made four visits to the continent.", "2021-11-26", 2021),
        ("The assembly elected Kenya with 180 votes.", "2019-06-08", 2019),
    ],
)
def test_a_dated_story_dates_its_reported_figures(
    annotate_text: Callable[..., Any], text: str, published: str, year: int
) -> None:
    assert _years(annotate_text, text, published) == [year]


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council comprises 15 members.",
        "Vietnam has become Brazil's fifth-largest customer.",
        "The goal is to reach $15 billion in trade volume.",
        "Nearly 60 nations will attend the summit next year.",
    ],
)
def test_standing_facts_targets_and_future_take_no_year_from_the_date(
    annotate_text: Callable[..., Any], text: str
) -> None:
    assert set(_years(annotate_text, text, "2025-03-28")) <= {None, 2026}


def test_the_year_of_a_target_is_its_deadline(annotate_text: Callable[..., Any]) -> None:
    assert _years(
        annotate_text, "In 2024 the two countries agreed to raise trade to US$25 billion by 2030."
    ) == [2030]


def test_a_review_frame_dates_every_figure_it_reports(annotate_text: Callable[..., Any]) -> None:
    text = (
        "Vietnam's 2025 diplomatic achievements\n"
        "Vietnam upgraded relations with 17 partners.\n"
        "It now has comprehensive strategic partnerships with all five permanent members of the Security Council.\n"
        "Export turnover exceeded 900 billion USD, placing the country among the world's 15 leading trading nations."
    )
    assert set(_years(annotate_text, text)) == {2025}
