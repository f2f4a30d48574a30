"""Counts of concrete things: body sizes, parts, tallies, allies, signed documents, superlative ranks.

Every sentence here is our own.
"""

from __future__ import annotations

from typing import Any, Callable

import pytest

from .helpers import figures as _figures
from .helpers import pairs as _pairs


# -- the size of a body, parts "of them", "N more <adjectives> <things>" --------------------------------
@pytest.mark.parametrize(
    "text, value, phrase",
    [
        ("The 15-member Security Council met on Monday.", 15, "15-member Security Council"),
        ("Ghana chairs the 55-member African Union this year.", 55, "55-member African Union"),
        ("A 21-member panel of experts reviewed the case.", 21, "21-member panel"),
        ("The 27-nation bloc agreed on sanctions.", 27, "27-nation bloc"),
        ("Each bid needed a two-thirds majority of the 120-member assembly.", 120, "120-member assembly"),
    ],
)
def test_member_body_size(annotate_text: Callable[..., Any], text: str, value: int, phrase: str) -> None:
    figs = [f for f in _figures(annotate_text, text) if f["text"] == phrase]
    assert len(figs) == 1 and figs[0]["value"] == value and figs[0]["unit"] == "count"


@pytest.mark.parametrize(
    "text, value, phrase",
    [
        ("The bloc has 27 members, six of them founding members.", 6, "six of them founding members"),
        ("The delegation included 40 people, 12 of them ministers.", 12, "12 of them ministers"),
        ("Japan sent 30 ships, ten of which are warships.", 10, "ten of which are warships"),
        ("South Korea sent two more naval ships to the region.", 2, "two more naval ships"),
        ("Australia has deployed four extra fighter jets.", 4, "four extra fighter jets"),
        ("India handed over ten more modern aircraft to Vietnam.", 10, "ten more modern aircraft"),
    ],
)
def test_parts_and_more_things(annotate_text: Callable[..., Any], text: str, value: int, phrase: str) -> None:
    figs = [f for f in _figures(annotate_text, text) if f["text"] == phrase]
    assert len(figs) == 1 and figs[0]["value"] == value and figs[0]["qualifier"] == "exact"


@pytest.mark.parametrize(
    "text",
    [
        "Modi began a three-nation tour of Africa.",
        "They backed a two-state solution.",
        "He made a three-country swing through Europe.",
        "Ten of them were arrested.",
        "Two of them met on Monday.",
        "Talks lasted five more years.",
        "It took six more months.",
        "Exports were five more than last year.",
    ],
)
def test_not_body_sizes_or_parts(annotate_text: Callable[..., Any], text: str) -> None:
    assert _figures(annotate_text, text) == []


# -- an exact count of signed documents is the agreement's count, not a quantity ------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Ethiopia signed seven agreements on Tuesday.",
        "Malaysia and Singapore inked three agreements and two MoUs.",
        "Egyptian President Abdel Fattah al-Sisi paid a state visit to Turkey. The two leaders witnessed the exchange of 14 cooperation documents.",
        "Seven memoranda of understanding were signed between Peru and Ecuador.",
        # the count restated in an apposition after the documents
        "Chile and the EU signed a trade agreement and a framework agreement on Monday — two accords that officials hailed.",
        "Japan and India inked a defence pact and a nuclear deal, two agreements that took years to negotiate.",
        "Peru and Ecuador signed three treaties in Lima — three texts that end the dispute.",
    ],
)
def test_exact_agreement_count_is_not_a_quantity(annotate_text: Callable[..., Any], text: str) -> None:
    assert _figures(annotate_text, text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Indonesia and Malaysia signed more than 11 agreements during the visit.", 11),  # approximate
        ("Nearly 350 cooperation agreements were signed in 2025.", 350),  # no identified parties
        ("Vietnam has signed 17 free trade agreements.", 17),  # one signer: no agreement fact
    ],
)
def test_document_counts_that_stay_quantities(
    annotate_text: Callable[..., Any], text: str, value: int
) -> None:
    assert [f["value"] for f in _figures(annotate_text, text)] == [value]


# -- round 3: construction families ----------------------------------------------------------------
# Family: a count of people or concrete things, possibly with a participle or adjective between the
# number and the noun ("80,000 registered participants", "some 500 million consumers", "the six invitations").
@pytest.mark.parametrize(
    "text, value, phrase",
    [
        (
            "More than 80,000 registered participants attended the climate talks.",
            80000,
            "More than 80,000 registered participants",
        ),
        ("The bloc is a market of some 500 million consumers.", 500e6, "some 500 million consumers"),
        ("The president said the six invitations were only a first step.", 6, "six invitations"),
        (
            "About 12,000 accredited journalists covered the Games.",
            12000,
            "About 12,000 accredited journalists",
        ),
        ("The country has 40 million registered voters.", 40e6, "40 million registered voters"),
        (
            "Nearly 3 million foreign visitors arrived in the first quarter.",
            3e6,
            "Nearly 3 million foreign visitors",
        ),
        ("The forum drew 1,200 invited guests from 50 countries.", 1200, "1,200 invited guests"),
        ("The network serves 70 million mobile subscribers.", 70e6, "70 million mobile subscribers"),
        ("Officials received 23 applications for membership.", 23, "23 applications"),
        ("The summit welcomed 4,000 attendees.", 4000, "4,000 attendees"),
    ],
)
def test_counts_of_people_and_things(
    annotate_text: Callable[..., Any], text: str, value: float, phrase: str
) -> None:
    figs = _figures(annotate_text, text)
    assert any(f["value"] == value and f["unit"] == "count" and f["text"] == phrase for f in figs), figs


# Family: the same amount pledged, given or committed by different actors in consecutive statements


# "all 32 allies", "all 27 member states": counts of the members of a body
@pytest.mark.parametrize(
    "text, value",
    [
        ("The commitment was endorsed by all 32 allies.", 32),
        ("All 27 member states backed the sanctions package.", 27),
        ("The declaration was signed by all 10 ASEAN members.", 10),
        ("Leaders of the 31 allies met in Vilnius.", 31),
        ("Some 20 allies have sent air defence systems.", 20),
        ("Twelve allies joined the coalition in 2024.", 12),
    ],
)
def test_counts_of_allies_and_members(annotate_text: Callable[..., Any], text: str, value: int) -> None:
    assert (float(value), "count") in _pairs(_figures(annotate_text, text))


# vote tallies: "153 votes to 38", "by 120 votes to 50", "93 votes against 24"
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Slovenia beat Belarus for the seat, winning 153 votes to 38.", {153, 38}),
        ("The resolution passed by 120 votes to 50, with 10 abstentions.", {120, 50, 10}),
        ("Guyana took 191 votes to 2 in the first round.", {191, 2}),
        ("The motion carried with 93 votes against 24.", {93, 24}),
        ("Pakistan secured 182 votes versus 10 for its rival.", {182, 10}),
        ("The assembly adopted the text by 141 votes to five.", {141, 5}),
    ],
)
def test_vote_tallies(annotate_text: Callable[..., Any], text: str, expected: set[int]) -> None:
    got = {int(f["value"]) for f in _figures(annotate_text, text) if f["unit"] == "count"}
    assert got == expected


# a superlative partner described by its role: "X's largest provider of ODA" is rank 1
@pytest.mark.parametrize(
    "text",
    [
        "Japan is Vietnam's largest provider of official development assistance.",
        "China remains Laos' biggest source of foreign loans.",
        "Germany is the EU's top contributor to the budget.",
        "Norway is Nepal's largest provider of grant aid.",
        "The United States is Israel's largest provider of military aid.",
        "Saudi Arabia is Pakistan's biggest source of remittances.",
    ],
)
def test_superlative_provider_is_rank_one(annotate_text: Callable[..., Any], text: str) -> None:
    assert (1.0, "rank") in _pairs(_figures(annotate_text, text))


@pytest.mark.parametrize(
    "text",
    [
        "Japan hopes to become Vietnam's largest provider of official development assistance.",
        "Japan is one of Vietnam's largest providers of official development assistance.",
    ],
)
def test_superlative_provider_negatives(annotate_text: Callable[..., Any], text: str) -> None:
    assert (1.0, "rank") not in _pairs(_figures(annotate_text, text))


def test_a_superlative_among_a_count_gives_both(annotate_text: Callable[..., Any]) -> None:
    text = "In 2013, Kenya was elected with 184/192 votes, the highest among 14 new member countries."
    assert _pairs(_figures(annotate_text, text)) == {(184.0, "count"), (1.0, "rank"), (14.0, "count")}
