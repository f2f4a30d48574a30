"""The quantity extractor: money, percentages, multipliers, counts, ranks, top-N and places.

Every sentence here is our own; the seed corpus is only read by the scoring test at the end.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

from chancery.extract import quantity

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def _figures(annotate_text: Callable[..., Any], text: str, published: str | None = None) -> list[dict[str, Any]]:
    return [m.fields() for m in quantity.extract(annotate_text(text, published=published))]


def _pairs(figs: list[dict[str, Any]]) -> set[tuple[float, str]]:
    return {(float(f["value"]), f["unit"]) for f in figs}


# -- money ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Remittances to the country surpassed US$12 billion last year.", 12e9, "USD"),
        ("Two-way trade reached USD 48 bn in the first nine months.", 48e9, "USD"),
        ("The fund is worth $150bn, officials said.", 150e9, "USD"),
        ("Exports were valued at 31bn USD according to customs data.", 31e9, "USD"),
        ("Export turnover came to 405 billion USD, the ministry said.", 405e9, "USD"),
        ("Foreign investors poured VND7.2 trillion into the province.", 7.2e12, "VND"),
        ("The budget for the programme is 3.4 trillion dong.", 3.4e12, "VND"),
        ("The European Investment Bank signed loans of €1.8 billion with the government.", 1.8e9, "EUR"),
        ("Tokyo extended ¥95 billion in yen loans for the metro line.", 95e9, "JPY"),
        ("Seoul offered a KRW 2 trillion credit line to the partner.", 2e12, "KRW"),
        ("London announced £40 million for climate projects in the region.", 40e6, "GBP"),
        ("Canberra will provide A$94 million in development assistance.", 94e6, "AUD"),
        ("New Delhi approved a line of credit of Rs 1,500 crore for the port.", 1.5e10, "INR"),
        ("Beijing pledged 2 billion yuan in grant aid to the neighbour.", 2e9, "CNY"),
        ("The company raised 250 million US dollars from foreign lenders.", 250e6, "USD"),
        ("The deal is valued at $3.5 million.", 3.5e6, "USD"),
        ("Singapore investors committed S$ 1.2bn to the industrial park.", 1.2e9, "SGD"),
        ("The bank approved a $1.5-billion loan for the railway.", 1.5e9, "USD"),
        ("The president said his firms would provide $14 billion in export credit.", 14e9, "USD"),
    ],
)
def test_money(annotate_text: Callable[..., Any], text: str, value: float, unit: str) -> None:
    assert (value, unit) in _pairs(_figures(annotate_text, text))


def test_money_with_a_converted_amount_gives_two_figures(annotate_text: Callable[..., Any]) -> None:
    figs = _figures(annotate_text, "The ministry disbursed 12.6 trillion VND (US$500 million) for the bridge.")
    assert _pairs(figs) == {(12.6e12, "VND"), (500e6, "USD")}


# -- percentages and multipliers -------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("Exports to the bloc climbed 18% in the first half.", 18.0),
        ("Economic growth reached 7.09 percent, the statistics office said.", 7.09),
        ("Imports from the neighbour fell 4.5 per cent year on year.", 4.5),
        ("The agency cut its staff by 42.5%, the minister said.", 42.5),
        ("The government set a 6.5% growth target for the coming year.", 6.5),
        ("Tariffs on 99 pct of tariff lines will be removed.", 99.0),
    ],
)
def test_percent(annotate_text: Callable[..., Any], text: str, value: float) -> None:
    assert (value, "percent") in _pairs(_figures(annotate_text, text))


@pytest.mark.parametrize(
    "text, value",
    [
        ("The number of signed documents was 3 times higher than in 2022.", 3.0),
        ("Investment grew 2.5 times compared with the previous year.", 2.5),
        ("The figure marked a 1.8-fold increase over the year before.", 1.8),
        ("Trade with the Gulf states rose threefold within a decade.", 3.0),
        ("Cargo volumes surged fourfold after the corridor opened.", 4.0),
        ("Visitor arrivals were nearly 1.7 times the level of the previous year.", 1.7),
    ],
)
def test_multipliers(annotate_text: Callable[..., Any], text: str, value: float) -> None:
    assert (value, "times") in _pairs(_figures(annotate_text, text))


@pytest.mark.parametrize(
    "text, value, measure",
    [
        ("The two foreign ministers have met four times this year.", 4, "meetings"),
        ("Since January, the two presidents have met five times.", 5, "meetings"),
        ("The envoy has visited the region six times since 2020.", 6, "visits"),
    ],
)
def test_times_after_a_verb_of_meeting_counts_occasions(annotate_text: Callable[..., Any], text: str, value: int, measure: str) -> None:
    figs = _figures(annotate_text, text)
    assert [(f["value"], f["unit"], f["measure"]) for f in figs] == [(value, "count", measure)]


@pytest.mark.parametrize("text", ["He repeated the offer three times.", "The sirens sounded four times at noon."])
def test_times_without_a_comparison_or_meeting_is_no_figure(annotate_text: Callable[..., Any], text: str) -> None:
    assert _figures(annotate_text, text) == []


# -- counts ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("Hanoi has upgraded ties with 12 partners since January.", 12),
        ("The country now has diplomatic relations with 189 countries.", 189),
        ("Around 600 delegates from 40 nations attended the forum.", 600),
        ("The leaders witnessed the exchange of 14 cooperation documents.", 14),
        ("More than 2,300 citizens were brought home on repatriation flights.", 2300),
        ("Seventeen partners joined the initiative at its launch.", 17),
        ("The organisation admitted twenty-one member states in its first years.", 21),
        ("The country won 180 votes in the General Assembly ballot.", 180),
        ("Korean firms run some 9,900 projects in the country.", 9900),
        ("The province received 2.5 million international visitors.", 2.5e6),
        ("More than 30 heads of state attended the ceremony.", 30),
        ("The ministry approved two dozen scholarships for young diplomats.", 24),
        ("Some 5.3 million Filipinos work overseas, the envoy said.", 5.3e6),
        ("The archipelago, with a population of about 115 million, is a key partner.", 115e6),
        ("The country signed deals with three countries in the Gulf.", 3),
    ],
)
def test_counts(annotate_text: Callable[..., Any], text: str, value: float) -> None:
    assert (float(value), "count") in _pairs(_figures(annotate_text, text))


@pytest.mark.parametrize(
    "text, value",
    [
        ("The country fulfilled 15 of 20 socio-economic targets set for the year.", 15),
        ("Officials said 31 out of 35 indicators were met.", 31),
        ("The proposal won support from 46 of the 54 members of the group.", 46),
        # the counted noun between N and M, and a noun after M: the M is still no figure of its own
        ("Kazakhstan was elected with 178 votes out of 190 ballots cast.", 178),
        ("Delegates approved 8 proposals out of 12 submitted projects.", 8),
        ("The resolution won 120 votes of the 185 valid votes in the Assembly.", 120),
    ],
)
def test_n_of_m_gives_n_only(annotate_text: Callable[..., Any], text: str, value: float) -> None:
    figs = _figures(annotate_text, text)
    assert [(f["value"], f["unit"]) for f in figs] == [(value, "count")]


@pytest.mark.parametrize(
    "text, value",
    [
        ("The move brought the total number of its strategic partners to 30.", 30),
        ("This raised the number of signatories to the convention to 72.", 72),
        ("The number of overseas students from the country now stands at more than 40,000.", 40000),
    ],
)
def test_total_to_n(annotate_text: Callable[..., Any], text: str, value: float) -> None:
    assert (float(value), "count") in _pairs(_figures(annotate_text, text))


@pytest.mark.parametrize(
    "text, value, measure",
    [
        ("Sweden's accession raised NATO's membership to 32.", 32, "NATO membership"),
        ("The bloc's membership now stands at 10 after the admission.", 10, "bloc membership"),
        ("Croatia's entry took the membership of the European Union to 28.", 28, "european union membership"),
        ("Membership of the group rose to 27 when a new state joined.", 27, "group membership"),
    ],
)
def test_membership_to_n(annotate_text: Callable[..., Any], text: str, value: float, measure: str) -> None:
    figs = _figures(annotate_text, text)
    assert [(f["value"], f["unit"], f["measure"]) for f in figs] == [(value, "count", measure)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare number after a rival's possessive or a new subject's "got/took" shares the earlier noun
        ("Mexico secured 187 votes in the first round, and Norway got 130.", {187, 130}),
        ("The candidate from Peru won 95 votes against Chile's 88 in the final round.", {95, 88}),
        ("Japan sent 300 troops, while South Korea deployed 200.", {300, 200}),
        ("The party won 120 seats, while the opposition took 80.", {120, 80}),
        # not an ellipsis: a date, a year, a duration, a document number, no new subject, another unit
        ("The country received 29 votes on Tuesday, while the rival's bid was rejected on 17 November.", {29}),
        ("Brazil won 140 votes, and the vote was held in 2023.", {140}),
        ("Officials signed 12 agreements, and the meeting lasted 3 hours.", {12}),
        ("The delegation received 12 proposals, while the ministry cited Decree 17.", {12}),
        ("Mexico received 29 votes, and got 17 more later.", {29}),
    ],
)
def test_count_by_ellipsis(annotate_text: Callable[..., Any], text: str, expected: set[int]) -> None:
    figs = _figures(annotate_text, text)
    assert {f["value"] for f in figs} == expected
    assert all(f["unit"] == "count" for f in figs)


# -- ranks, top-N, places -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The country ranks 22nd in the global innovation index.", 22, "rank"),
        ("It was ranked 3rd among exporters of rice.", 3, "rank"),
        ("Australia is now the country's seventh-largest trading partner.", 7, "rank"),
        ("The economy has become the 12th largest in Asia.", 12, "rank"),
        ("The country finished in second place in the medal table.", 2, "rank"),
        ("The candidate was elected with the most votes among the Asian states.", 1, "rank"),
        ("The nation is among the top 10 rice exporters in the world.", 10, "top_n"),
        ("It placed the country among the world's 20 leading economies.", 20, "top_n"),
        ("The firm is one of the top-5 investors in the sector.", 5, "top_n"),
        ("The country climbed 9 places in the ranking.", 9, "places"),
        ("It moved up three spots this year.", 3, "places"),
        ("The index shows the country down 4 positions from last year.", 4, "places"),
    ],
)
def test_ranks(annotate_text: Callable[..., Any], text: str, value: float, unit: str) -> None:
    assert (float(value), unit) in _pairs(_figures(annotate_text, text))


def test_climbed_places_to_a_rank_gives_both_and_not_the_total(annotate_text: Callable[..., Any]) -> None:
    figs = _figures(annotate_text, "The country climbed five places to 44th out of 132 economies.")
    assert _pairs(figs) == {(5.0, "places"), (44.0, "rank")}


# -- qualifiers ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("Remittances exceeded US$9 billion in the year.", "over"),
        ("Trade topped $20 billion for the first time.", "over"),
        ("More than 40 agreements were signed during the visit.", "over"),
        ("At least 200 businesses joined the trade mission.", "over"),
        ("Nearly 500 projects are under way in the province.", "nearly"),
        ("Almost 70 percent of the exports went to the region.", "nearly"),
        ("Trade was approaching US$3 billion by the end of the period.", "nearly"),
        ("About 1,000 people attended the ceremony.", "about"),
        ("Some 25 countries sent delegations.", "about"),
        ("An estimated 4 million people visited the fair.", "about"),
        ("Roughly 35% of investment came from the partner.", "about"),
        ("The ministry recorded 75 foreign affairs activities.", "exact"),
    ],
)
def test_qualifiers(annotate_text: Callable[..., Any], text: str, qualifier: str) -> None:
    figs = _figures(annotate_text, text)
    assert len(figs) == 1 and figs[0]["qualifier"] == qualifier


# -- not quantities ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The talks were held on December 30, 2025 in the capital.",
        "The summit opened on 12 March 2024 at 9:30 a.m. local time.",
        "The president paid a three-day state visit to the region.",
        "The two nations have enjoyed diplomatic ties for 30 years.",
        "The event celebrated 50 years of diplomatic relations.",
        "They marked the 30th anniversary of the partnership.",
        "The country was elected for the 2026-2028 term.",
        "The minister, 67, said he had served for two terms.",
        "The 14th National Party Congress elected a new leadership.",
        "This was the premier's first visit to the continent and his 11th trip abroad.",
        "It is the third time the country has held the seat.",
        "The strategy rests on three pillars and four orientations.",
        "The plan identifies two strategic tasks and five key solutions.",
        "The sector will pursue 11 strategic technology fields.",
        "Officials outlined four breakthrough solution groups.",
        "Hundreds of agreements were signed and thousands of citizens returned.",
        "Dozens of vessels and tens of thousands of tourists arrived.",
        "The Politburo issued Resolution 57 and Directive 12 on the matter.",
        "Decree 168/2024/ND-CP and Article 9 of the law took effect.",
        "Leaders at the G20 and COP29 meetings discussed the P4G platform ahead of APEC 2027.",
        "The two countries agreed to deepen cooperation.",
        "Both sides hailed the two-tier government model and one-stop shops.",
        "One of the officials said the visit went well.",
        "Trade could reach US$50 billion next year.",
        "Exports are expected to hit 500 billion USD in the coming years.",
        "At least 30% of the seats must be held by women candidates.",
        "For details call +84 24 3799 3000.",
        "Covid-19 disrupted 5G roll-outs in the 1990s-era networks.",
        "The two leaders spoke by phone for 45 minutes.",
        "The court rejected double taxation and a double standard.",
        "Top 10 events of the year were announced by the newspaper.",
        "The archipelago, the largest economy in the region, hosted the meeting.",
        "The Group of Seven and the G-7 ministers met the ASEAN+3 partners at a 2+2 dialogue.",
        "Two ministers attended the ceremony.",
        "The 80-year-old leader has ruled the 1,000-year-old city with a 10-point plan.",
        "Its application for membership was approved in 2022 after 11 years of talks.",
        "Growth was strong, while inflation hit 3.",
    ],
)
def test_not_quantities(annotate_text: Callable[..., Any], text: str) -> None:
    assert _figures(annotate_text, text) == []


# -- subject, year, dedup ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, subject",
    [
        ("Vietnam's exports to the bloc rose 12% last year.", "VNM"),
        ("Japan upgraded relations with 8 partners in the region.", "JPN"),
        ("Two-way trade between Vietnam and India reached US$15 billion.", None),
        ("Bilateral trade between Canberra and Jakarta grew 9 percent.", None),
        ("Indonesia and Malaysia signed more than 11 agreements during the visit.", None),
    ],
)
def test_subject(annotate_text: Callable[..., Any], text: str, subject: str | None) -> None:
    figs = _figures(annotate_text, text)
    assert len(figs) == 1 and figs[0]["subject"] == subject


def test_currency_names_do_not_make_a_subject(annotate_text: Callable[..., Any]) -> None:
    figs = _figures(annotate_text, "Remittances reached 9 billion US dollars, the bank said.")
    assert figs[0]["subject"] is None


def test_first_person_is_the_home_country(annotate_text: Callable[..., Any]) -> None:
    text = "HANOI, May 2, 2025 - Vietnam reviewed its diplomacy.\nWe upgraded relations with 9 partners, Vietnam said."
    figs = _figures(annotate_text, text)
    assert [(f["value"], f["subject"]) for f in figs] == [(9, "VNM")]


def test_year_ignores_the_comparison_year(annotate_text: Callable[..., Any]) -> None:
    figs = _figures(annotate_text, "In 2025 the country signed 300 agreements, 2 times more than in 2024.")
    assert {f["year"] for f in figs} == {2025}


def test_year_of_a_target_is_the_target_year(annotate_text: Callable[..., Any]) -> None:
    figs = _figures(annotate_text, "In 2024 the two countries agreed to raise trade to US$25 billion by 2030.")
    assert [f["year"] for f in figs] == [2030]


def test_year_from_a_relative_expression(annotate_text: Callable[..., Any]) -> None:
    figs = _figures(annotate_text, "Remittances exceeded US$14 billion last year.", published="2025-01-10")
    assert figs[0]["year"] == 2024


def test_text_is_the_exact_phrase(annotate_text: Callable[..., Any]) -> None:
    text = "Remittances surpassing US$16 billion were recorded."
    figs = _figures(annotate_text, text)
    assert figs[0]["text"] == "surpassing US$16 billion" and figs[0]["text"] in text


def test_one_phrase_one_mention(annotate_text: Callable[..., Any]) -> None:
    figs = _figures(annotate_text, "Nearly 350 cooperation agreements were signed, 2.5 times more than before.")
    assert sorted((f["value"], f["unit"]) for f in figs) == [(2.5, "times"), (350, "count")]


def test_a_restated_figure_is_one_mention(annotate_text: Callable[..., Any]) -> None:
    text = "The country won 7 new titles this year.\nOfficials praised the 7 new titles as a milestone."
    assert len(_figures(annotate_text, text)) == 1


def test_contract_fields(annotate_text: Callable[..., Any]) -> None:
    (m,) = quantity.extract(annotate_text("Exports rose 10% last year."))
    assert set(m.fields()) == {"subject", "measure", "value", "unit", "qualifier", "year", "text"}
    assert m.kind == "quantity" and 0 < m.confidence <= 1


# -- the seed corpus ------------------------------------------------------------------------------

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
def test_document_counts_that_stay_quantities(annotate_text: Callable[..., Any], text: str, value: int) -> None:
    assert [f["value"] for f in _figures(annotate_text, text)] == [value]


# -- round 3: construction families ----------------------------------------------------------------
# Family: a count of people or concrete things, possibly with a participle or adjective between the
# number and the noun ("80,000 registered participants", "some 500 million consumers", "the six invitations").
@pytest.mark.parametrize(
    "text, value, phrase",
    [
        ("More than 80,000 registered participants attended the climate talks.", 80000, "More than 80,000 registered participants"),
        ("The bloc is a market of some 500 million consumers.", 500e6, "some 500 million consumers"),
        ("The president said the six invitations were only a first step.", 6, "six invitations"),
        ("About 12,000 accredited journalists covered the Games.", 12000, "About 12,000 accredited journalists"),
        ("The country has 40 million registered voters.", 40e6, "40 million registered voters"),
        ("Nearly 3 million foreign visitors arrived in the first quarter.", 3e6, "Nearly 3 million foreign visitors"),
        ("The forum drew 1,200 invited guests from 50 countries.", 1200, "1,200 invited guests"),
        ("The network serves 70 million mobile subscribers.", 70e6, "70 million mobile subscribers"),
        ("Officials received 23 applications for membership.", 23, "23 applications"),
        ("The summit welcomed 4,000 attendees.", 4000, "4,000 attendees"),
    ],
)
def test_counts_of_people_and_things(annotate_text: Callable[..., Any], text: str, value: float, phrase: str) -> None:
    figs = _figures(annotate_text, text)
    assert any(f["value"] == value and f["unit"] == "count" and f["text"] == phrase for f in figs), figs


# Family: the same amount pledged, given or committed by different actors in consecutive statements
@pytest.mark.parametrize(
    "text, subjects",
    [
        ("Japan pledged $50 million to the fund. South Korea also committed $50 million.", {"JPN", "KOR"}),
        ("Norway contributed $25 million to the facility. Sweden added another $25 million.", {"NOR", "SWE"}),
        ("France gave €10 million in aid, while Germany provided €10 million.", {"FRA", "DEU"}),
        ("Canada offered $5 million for relief efforts. Australia followed with $5 million.", {"CAN", "AUS"}),
        ("The Netherlands donated €20 million to the appeal. Denmark also gave €20 million.", {"NLD", "DNK"}),
        ("Qatar announced $1 billion for reconstruction. Saudi Arabia matched it with $1 billion.", {"QAT", "SAU"}),
    ],
)
def test_same_amount_from_different_actors(annotate_text: Callable[..., Any], text: str, subjects: set[str]) -> None:
    figs = _figures(annotate_text, text)
    assert {f["subject"] for f in figs} == subjects and len(figs) == 2, figs


def test_a_restated_amount_is_still_one_mention(annotate_text: Callable[..., Any]) -> None:
    text = "Japan pledged $50 million to the fund.\nThe $50 million will go to flood relief, Japan said."
    assert len(_figures(annotate_text, text)) == 1


# Family: conditions, thresholds and slogans are not figures
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
def test_past_counts_and_long_quotes_stay_quantities(annotate_text: Callable[..., Any], text: str, value: int) -> None:
    assert (value, "count") in {(f["value"], f["unit"]) for f in _figures(annotate_text, text)}


# -- round 4: construction families -----------------------------------------------------------------
# a money figure after a verb that is also a name word ("channel", "line", "post"): a figure, not a name
@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Tokyo pledged to channel 3.5 trillion yen in investment to India over five years.", 3.5e12, "JPY"),
        ("Seoul will channel US$2 billion into the fund.", 2e9, "USD"),
        ("The bank agreed to channel 500 million euros to small firms.", 5e8, "EUR"),
        ("Beijing would channel 60 billion dollars to Africa, Xi said.", 6e10, "USD"),
        ("The government plans to channel VND40 trillion into rail projects.", 4e13, "VND"),
        ("Japan announced it would channel 5 trillion yen of public and private money to the country.", 5e12, "JPY"),
        ("Paris will channel 1.2 billion euros in aid to the region.", 1.2e9, "EUR"),
        ("Canberra decided to channel 200 million Australian dollars into the project.", 2e8, "AUD"),
    ],
)
def test_money_after_a_name_like_verb(annotate_text: Callable[..., Any], text: str, value: float, unit: str) -> None:
    assert (value, unit) in _pairs(_figures(annotate_text, text))


# "needs" as a noun ("security-related needs to 5%") is no threshold; "needs 129 votes" stays one
@pytest.mark.parametrize(
    "text, value",
    [
        ("Allies agreed to raise spending on core defence needs to 5% of GDP by 2035.", 5),
        ("The members agreed to lift spending on security needs to 3.5% of output.", 3.5),
        ("The plan raises funding for humanitarian needs to 40% of the aid budget.", 40),
        ("Leaders pledged to bring spending on defence-related needs to 2% of GDP, a commitment all 32 allies endorsed.", 2),
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
