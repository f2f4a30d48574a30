"""Whom a figure is about: its subject, and the pair of a bilateral figure.

Every sentence here is our own.
"""

from __future__ import annotations

from typing import Any, Callable

import pytest

from .helpers import figures as _figures


def _about(figs: list[dict[str, Any]]) -> list[tuple[str | None, tuple[str, ...] | None]]:
    return [(f["subject"], tuple(f["pair"]) if f.get("pair") else None) for f in figs]


# -- bilateral figures: no subject, the two actors as "pair" ------------------------------------------------
@pytest.mark.parametrize(
    "text, pair",
    [
        ("Two-way trade between Vietnam and India reached US$15 billion.", ("IND", "VNM")),
        ("Bilateral trade between Canberra and Jakarta grew 9 percent.", ("AUS", "IDN")),
        ("Trade between Kenya and Tanzania topped $1.2 billion in 2023.", ("KEN", "TZA")),
        ("Vietnam's trade with Japan reached US$50 billion last year.", ("JPN", "VNM")),
        ("Indonesia and Malaysia signed more than 11 agreements during the visit.", ("IDN", "MYS")),
        (
            "Brazil plans to double its trade flow with the Asian country, Vietnam's top trade partner in Latin America.",
            ("BRA", "VNM"),
        ),
        (
            "Anwar wants to enhance bilateral trade with Pakistan, which was valued at RM7.84 billion in 2023.",
            ("MYS", "PAK"),
        ),
    ],
)
def test_bilateral_figures_carry_the_pair(
    annotate_text: Callable[..., Any], text: str, pair: tuple[str, str]
) -> None:
    figs = _figures(annotate_text, "Malaysian Prime Minister Anwar Ibrahim spoke to reporters.\n" + text)
    assert figs and all(about == (None, pair) for about in _about(figs)), figs


@pytest.mark.parametrize(
    "story",
    [
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi on Monday.\n"
        "Trade between the two countries topped $1.5 billion last year, officials said.",
        "Chilean President Gabriel Boric hosted Peruvian President Dina Boluarte in Santiago.\n"
        "The two sides set a target of US$8 billion in two-way trade by 2030.",
        "Chile and Peru upgraded their relations on Tuesday.\n"
        "Bilateral trade rose 14% in the first half of the year.",
    ],
)
def test_the_pair_comes_from_the_story(annotate_text: Callable[..., Any], story: str) -> None:
    figs = _figures(annotate_text, story)
    assert figs and {about for about in _about(figs)} <= {(None, ("CHL", "PER")), (None, ("KEN", "TZA"))}, (
        figs
    )


# -- subjects -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, subject",
    [
        ("Vietnam's exports to the bloc rose 12% last year.", "VNM"),
        ("Japan upgraded relations with 8 partners in the region.", "JPN"),
        ("Kenya secured 180 votes in the first round.", "KEN"),
        ("With 192 votes out of 193, Vietnam won a non-permanent seat.", "VNM"),
        ("Thailand was elected with 150 of the 190 valid votes.", "THA"),
        ("Australia will commit A$105 million to clean energy projects in the region.", "AUS"),
        ("India signed a deal giving 500 million dollars in credit to Bangladesh.", "IND"),
        ("Japan's ODA to the Philippines totalled $1.2 billion.", "JPN"),
        ("A Brazilian surplus of $415 million was recorded.", "BRA"),
        ("Three Chinese warships entered the strait on Sunday.", "CHN"),
        ("The contracts support an estimated 53,670 American jobs.", "USA"),
        ("ASEAN's 680 million people are mostly young.", "ORG:ASEAN"),
        ("Canadian Prime Minister Mark Carney said Canada would send 300 more troops.", "CAN"),
    ],
)
def test_subject(annotate_text: Callable[..., Any], text: str, subject: str) -> None:
    figs = _figures(annotate_text, text)
    assert figs and figs[0]["subject"] == subject and "pair" not in figs[0], figs


@pytest.mark.parametrize(
    "text, subject",
    [
        ("Remittances sent home to Vietnam reached US$16.1 billion last year, the central bank said.", "VNM"),
        ("Remittances to the Philippines hit a record $38 billion.", "PHL"),
        ("Foreign direct investment into Indonesia rose to $47 billion.", "IDN"),
        ("FDI in Laos climbed 20% in the first quarter.", "LAO"),
    ],
)
def test_an_inflow_is_about_its_receiver(annotate_text: Callable[..., Any], text: str, subject: str) -> None:
    figs = _figures(annotate_text, text)
    assert figs and figs[0]["subject"] == subject, figs


@pytest.mark.parametrize(
    "text, subject",
    [
        ("The Security Council comprises 15 members.", "ORG:UNSC"),
        ("The 193-member General Assembly adopted the resolution by acclamation.", "ORG:UNGA"),
        (
            "The General Assembly elected 14 member states to the Human Rights Council on Tuesday.",
            "ORG:UNHRC",
        ),
        ("Vietnam became one of the 14 new members of the Human Rights Council.", "ORG:UNHRC"),
        ("ASEAN's 10 members signed the declaration.", "ORG:ASEAN"),
        ("APEC, a forum established in 1989, promotes trade among its 21 member economies.", "ORG:APEC"),
        (
            "The African Union suspended Niger. The bloc of 55 states said it would not recognise the junta.",
            "ORG:AU",
        ),
    ],
)
def test_members_are_the_body_s(annotate_text: Callable[..., Any], text: str, subject: str) -> None:
    figs = [f for f in _figures(annotate_text, text) if f["unit"] == "count"]
    assert figs and figs[-1]["subject"] == subject, figs


def test_partners_among_a_body_s_members_are_the_clause_subject_s(annotate_text: Callable[..., Any]) -> None:
    text = "Vietnam now has a comprehensive strategic partnership with all five permanent members of the UN Security Council."
    assert [f["subject"] for f in _figures(annotate_text, text)] == ["VNM"]


@pytest.mark.parametrize(
    "text, subjects",
    [
        ("Nigeria and Tunisia both received 191 votes.", ["NGA", "TUN"]),
        ("Chile received 150 votes, Peru 120, and Bolivia 90.", ["CHL", "PER", "BOL"]),
        ("Viet Nam was elected with 183 votes and Libya with 178.", ["VNM", "LBY"]),
    ],
)
def test_votes_are_each_candidate_s(
    annotate_text: Callable[..., Any], text: str, subjects: list[str]
) -> None:
    assert [f["subject"] for f in _figures(annotate_text, text)] == subjects


@pytest.mark.parametrize(
    "text, subject",
    [
        ("China was the largest supplier to Vietnam last year.", "CHN"),
        ("The United States remained Vietnam's largest export market.", "USA"),
        ("Japan is Vietnam's largest provider of official development assistance.", "JPN"),
        ("Indonesia, the world's biggest archipelago nation, hosted the talks.", "IDN"),
        ("Brazil's biggest trading partner in South America, Argentina, faces a crisis.", "ARG"),
        ("The US, which improved its relations with Hanoi, is now Vietnam's main trade partner.", "USA"),
        ("In 2013, Kenya was elected with 184/192 votes, the highest among 14 new member countries.", "KEN"),
        (
            "HANOI, May 2, 2025 - Trade grew fast.\nAustralia is now the country's seventh-largest trading partner.",
            "AUS",
        ),
    ],
)
def test_a_rank_is_the_ranked_actor_s(annotate_text: Callable[..., Any], text: str, subject: str) -> None:
    ranks = [f for f in _figures(annotate_text, text) if f["unit"] == "rank"]
    assert [f["subject"] for f in ranks] == [subject]


@pytest.mark.parametrize(
    "text",
    [
        "Anwar received the Nishan-e-Pakistan, the highest civilian award of Pakistan.",
        "China and India, the top buyers of Russian oil, have difficult relations.",
        "It will be the biggest event in Rio since the Olympic Games.",
        "Ho Chi Minh City, Vietnam's largest city, hosted the fair.",
    ],
)
def test_a_superlative_that_ranks_no_single_actor_is_no_rank(
    annotate_text: Callable[..., Any], text: str
) -> None:
    assert [f for f in _figures(annotate_text, text) if f["unit"] == "rank"] == []


@pytest.mark.parametrize(
    "text",
    [
        "More than 40,000 participants registered for the conference in Sharm el-Sheikh.",
        "The forum in Hanoi drew 1,000 delegates from across Asia.",
        "The race initially included 13 candidates, Ban Ki-moon's office said.",
        "Russian adviser Yuri Ushakov said that 24 leaders have confirmed their participation.",
    ],
)
def test_people_at_an_event_have_no_subject(annotate_text: Callable[..., Any], text: str) -> None:
    figs = _figures(annotate_text, text)
    assert figs and all(f["subject"] is None for f in figs), figs


def test_a_state_s_own_institutions_are_the_home_country_s(annotate_text: Callable[..., Any]) -> None:
    text = "HANOI, May 2, 2025 - The legislature met.\nAll 480 National Assembly deputies voted in favour, the Vietnamese parliament said."
    assert [f["subject"] for f in _figures(annotate_text, text)] == ["VNM"]


def test_currency_names_do_not_make_a_subject(annotate_text: Callable[..., Any]) -> None:
    figs = _figures(annotate_text, "Remittances reached 9 billion US dollars, the bank said.")
    assert figs[0]["subject"] is None


def test_first_person_is_the_home_country(annotate_text: Callable[..., Any]) -> None:
    text = "HANOI, May 2, 2025 - Vietnam reviewed its diplomacy.\nWe upgraded relations with 9 partners, Vietnam said."
    figs = _figures(annotate_text, text)
    assert [(f["value"], f["subject"]) for f in figs] == [(9, "VNM")]


def test_a_converted_amount_is_about_what_its_figure_is(annotate_text: Callable[..., Any]) -> None:
    text = "Bilateral trade between Malaysia and Pakistan was valued at RM7.84 billion (approximately US$1.4 billion) in 2023."
    assert _about(_figures(annotate_text, text)) == [(None, ("MYS", "PAK")), (None, ("MYS", "PAK"))]


# the same amount given by different actors in consecutive statements: two figures; told again: one
@pytest.mark.parametrize(
    "text, subjects",
    [
        ("Japan pledged $50 million to the fund. South Korea also committed $50 million.", {"JPN", "KOR"}),
        ("Norway contributed $25 million to the facility. Sweden added another $25 million.", {"NOR", "SWE"}),
        ("France gave €10 million in aid, while Germany provided €10 million.", {"FRA", "DEU"}),
        ("Canada offered $5 million for relief efforts. Australia followed with $5 million.", {"CAN", "AUS"}),
        ("The Netherlands donated €20 million to the appeal. Denmark also gave €20 million.", {"NLD", "DNK"}),
        (
            "Qatar announced $1 billion for reconstruction. Saudi Arabia matched it with $1 billion.",
            {"QAT", "SAU"},
        ),
    ],
)
def test_same_amount_from_different_actors(
    annotate_text: Callable[..., Any], text: str, subjects: set[str]
) -> None:
    figs = _figures(annotate_text, text)
    assert {f["subject"] for f in figs} == subjects and len(figs) == 2, figs


def test_a_restated_amount_is_still_one_mention(annotate_text: Callable[..., Any]) -> None:
    text = "Japan pledged $50 million to the fund.\nThe $50 million will go to flood relief, Japan said."
    assert len(_figures(annotate_text, text)) == 1


def test_another_giver_of_the_same_amount_is_another_figure(annotate_text: Callable[..., Any]) -> None:
    text = (
        "On the opening day, the host pledged $100 million to the fund.\nGermany also committed $100 million."
    )
    assert [f["subject"] for f in _figures(annotate_text, text)][-1] == "DEU"


@pytest.mark.parametrize(
    "text, subject",
    [
        ("Cuba was elected with 148 votes, the highest number among the Latin American candidates.", "CUB"),
        ("Peru won a seat with 160 votes, the highest tally in the group.", "PER"),
    ],
)
def test_the_highest_tally_is_the_candidate_s_vote_rank(
    annotate_text: Callable[..., Any], text: str, subject: str
) -> None:
    ranks = [f for f in _figures(annotate_text, text) if f["unit"] == "rank"]
    assert [(f["value"], f["subject"]) for f in ranks] == [(1, subject)]
