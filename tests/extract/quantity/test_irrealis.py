"""How a figure is stated: hedged forecasts, capacities, rules and conditions are no figures; decided
targets are (with their own year).  On the parse where the sentence has one, on the words otherwise.

Every sentence here is our own.
"""

from __future__ import annotations

from typing import Any, Callable

import pytest

from .helpers import figures as _figures
from .helpers import pairs as _pairs


# -- hedged forecasts: before or after the figure, with a modal, a verb of forecast, a negation -----------
@pytest.mark.parametrize(
    "text",
    [
        "Trade could reach US$50 billion next year.",
        "Exports are expected to hit 500 billion USD in the coming years.",
        "Officials in Canberra said two-way trade may exceed A$30 billion.",
        "Nearly 60 nations are expected to attend the summit.",
        "More than 40 heads of state are likely to join the talks in Lima.",
        "Analysts in Seoul forecast that exports to Vietnam will probably top $70 billion.",
        "The share of Brazil is forecast to rise to 37% by the end of the decade.",
        "The new terminal in Jakarta can handle up to 2,000 passengers an hour.",
        "Ministers from Peru and Chile did not sign 12 agreements, as had been reported.",
        "The total value of the purchases is expected to be around 800 billion rupees ($9.75 billion).",
        "Officials in Jerusalem have said they expect the agreement to double trade within a few years.",
    ],
)
def test_hedged_figures_are_not_quantities(annotate_text: Callable[..., Any], text: str) -> None:
    assert _figures(annotate_text, text) == []


@pytest.mark.parametrize(
    "text, kept",
    [
        # the base of a forecast change is stated as a fact
        ("The bloc's share is forecast to decline to about 28% from 30% this year.", {(30.0, "percent")}),
        # a reported future is not a hedge
        ("Egypt said more than 120 world leaders will attend the conference.", {(120.0, "count")}),
        ("The Indian president said his firms would provide $14 billion in export credit.", {(14e9, "USD")}),
    ],
)
def test_facts_next_to_hedges_stay(
    annotate_text: Callable[..., Any], text: str, kept: set[tuple[float, str]]
) -> None:
    assert _pairs(_figures(annotate_text, text)) == kept


# -- rules, thresholds, allocations and procedures ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A candidate needs to secure at least a two-thirds majority, 36 votes, to be declared winner.",
        "Winning a seat will require 129 positive votes if all members are present.",
        "At least 30% of the seats must be held by women candidates.",
        "Five judges are elected to the Court every three years.",
        "Council seats are allocated as follows: African States, 13 seats; Asia-Pacific States, 13 seats.",
        "One of the seven seats allocated to the Asia-Pacific region went to Japan.",
        "Once five judges have obtained an absolute majority in one organ, the result is sent to the other.",
        "If 50 members are present, the quorum is met.",
    ],
)
def test_rules_are_not_quantities(annotate_text: Callable[..., Any], text: str) -> None:
    assert _figures(annotate_text, text) == []


# -- targets: figures, dated by their deadline ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value, unit, year",
    [
        ("Leaders from Chile and Peru agreed to raise trade to US$25 billion by 2030.", 25e9, "USD", 2030),
        (
            "Both India and Vietnam have agreed to improve trade between the two countries to 15 billion dollars by 2020.",
            15e9,
            "USD",
            2020,
        ),
        ("Kenya and Uganda set the aim of increasing trade to $3 billion by 2027.", 3e9, "USD", 2027),
        (
            "The goal, the ministry in Brasilia said, is to reach $15 billion in trade volume.",
            15e9,
            "USD",
            None,
        ),
        ("Brazil plans to double its trade flow with Vietnam.", 2, "times", None),
        (
            "The two governments aim to triple investment within five years, officials in Tokyo said.",
            3,
            "times",
            None,
        ),
    ],
)
def test_targets_are_figures_with_their_own_year(
    annotate_text: Callable[..., Any], text: str, value: float, unit: str, year: int | None
) -> None:
    figs = _figures(annotate_text, text, published="2025-03-28")
    assert [(float(f["value"]), f["unit"], f["year"]) for f in figs] == [(float(value), unit, year)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Exports to the bloc doubled over the decade, the ministry in Hanoi said.", 2),
        ("Korean investment in the province tripled after the corridor opened.", 3),
    ],
)
def test_doubling_of_a_measure_is_a_multiplier(
    annotate_text: Callable[..., Any], text: str, value: int
) -> None:
    assert (float(value), "times") in _pairs(_figures(annotate_text, text))


@pytest.mark.parametrize(
    "text",
    [
        "The court rejected double taxation and a double standard.",
        "The minister doubled down on his criticism.",
        "Growth reached double digits in the province.",
    ],
)
def test_double_without_a_measure_is_no_multiplier(annotate_text: Callable[..., Any], text: str) -> None:
    assert _figures(annotate_text, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The treaty enters into force 90 days after at least 20 signatories have ratified it.",
        "The pact takes effect once at least six members have completed their ratification procedures.",
        "The accord will come into force when at least 55 parties have deposited their instruments.",
        "Erdogan visited Baku, hailing 'one nation, two states'.",
        "Beijing insists on the “one country, two systems” principle.",
        "Tokyo reaffirmed its ‘three non-nuclear principles’ and its 'two plus two' format.",
        "The protocol becomes binding once 40 states have ratified it.",
        "Delegates chanted “one people, two countries” at the rally.",
    ],
)
def test_thresholds_and_slogans_are_not_quantities(annotate_text: Callable[..., Any], text: str) -> None:
    assert _figures(annotate_text, text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("The treaty entered into force in 2021 after 50 countries ratified it.", 50),
        ("At least six members have completed their ratification procedures so far.", 6),
        ("'We signed 12 agreements today with our partners,' the minister said.", 12),
    ],
)
def test_past_counts_and_long_quotes_stay_quantities(
    annotate_text: Callable[..., Any], text: str, value: int
) -> None:
    assert (value, "count") in {(f["value"], f["unit"]) for f in _figures(annotate_text, text)}


@pytest.mark.parametrize(
    "text, value",
    [
        ("Allies agreed to raise spending on core defence needs to 5% of GDP by 2035.", 5),
        ("The members agreed to lift spending on security needs to 3.5% of output.", 3.5),
        ("The plan raises funding for humanitarian needs to 40% of the aid budget.", 40),
        (
            "Leaders pledged to bring spending on defence-related needs to 2% of GDP, a commitment all 32 allies endorsed.",
            2,
        ),
    ],
)
def test_needs_as_a_noun_is_no_threshold(annotate_text: Callable[..., Any], text: str, value: float) -> None:
    assert (float(value), "percent") in _pairs(_figures(annotate_text, text))


@pytest.mark.parametrize(
    "text",
    [
        "A candidate needs 129 votes to win a seat.",
        "The resolution needs at least nine votes to pass.",
        "Ratification needs 60% of lawmakers to agree.",
    ],
)
def test_needs_as_a_verb_stays_a_threshold(annotate_text: Callable[..., Any], text: str) -> None:
    assert _figures(annotate_text, text) == []


def test_an_obligation_of_the_noun_a_figure_modifies_is_no_threshold(
    annotate_text: Callable[..., Any],
) -> None:
    text = "A continent of some 1.4 billion people still has to agree on common positions on debt relief."
    assert _pairs(_figures(annotate_text, text)) == {(1.4e9, "count")}
