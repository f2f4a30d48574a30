"""Reading figures: money, percentages, multipliers, counts, ranks, top-N, places and qualifiers, and
numbers that are not figures (dates, years, durations, names, ordinals, abstract enumerations).

Every sentence here is our own.
"""

from __future__ import annotations

from typing import Any, Callable

import pytest

from chancery.extract import quantity

from .helpers import figures as _figures
from .helpers import pairs as _pairs


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
        ("Canberra pledged A$20 billion for the region's energy transition.", 20e9, "AUD"),
        ("Remittances to the country reached 16 billion USD.", 16e9, "USD"),
        ("India Grants Bangladesh 500-million-dollar Credit Line For Defence", 5e8, "USD"),
        ("Wellington will spend NZ$1.3 billion on climate finance.", 1.3e9, "NZD"),
        ("Prime Minister Luxon wants to lift trade by roughly $400 million.", 4e8, "USD"),
    ],
)
def test_money(annotate_text: Callable[..., Any], text: str, value: float, unit: str) -> None:
    assert (value, unit) in _pairs(_figures(annotate_text, text))


def test_money_with_a_converted_amount_gives_two_figures(annotate_text: Callable[..., Any]) -> None:
    figs = _figures(
        annotate_text, "The ministry disbursed 12.6 trillion VND (US$500 million) for the bridge."
    )
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
def test_times_after_a_verb_of_meeting_counts_occasions(
    annotate_text: Callable[..., Any], text: str, value: int, measure: str
) -> None:
    figs = _figures(annotate_text, text)
    assert [(f["value"], f["unit"], f["measure"]) for f in figs] == [(value, "count", measure)]


@pytest.mark.parametrize(
    "text", ["He repeated the offer three times.", "The sirens sounded four times at noon."]
)
def test_times_without_a_comparison_or_meeting_is_no_figure(
    annotate_text: Callable[..., Any], text: str
) -> None:
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
        (
            "The country received 29 votes on Tuesday, while the rival's bid was rejected on 17 November.",
            {29},
        ),
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
        "The carrier is expected to order new jets during the visit, two sources said.",
        "The ministers held their first 2+2 talks in Manila.",
    ],
)
def test_not_quantities(annotate_text: Callable[..., Any], text: str) -> None:
    assert _figures(annotate_text, text) == []


def test_text_is_the_exact_phrase(annotate_text: Callable[..., Any]) -> None:
    text = "Remittances surpassing US$16 billion were recorded."
    figs = _figures(annotate_text, text)
    assert figs[0]["text"] == "surpassing US$16 billion" and figs[0]["text"] in text


def test_one_phrase_one_mention(annotate_text: Callable[..., Any]) -> None:
    figs = _figures(
        annotate_text, "Nearly 350 cooperation agreements were signed, 2.5 times more than before."
    )
    assert sorted((f["value"], f["unit"]) for f in figs) == [(2.5, "times"), (350, "count")]


def test_a_restated_figure_is_one_mention(annotate_text: Callable[..., Any]) -> None:
    text = "The country won 7 new titles this year.\nOfficials praised the 7 new titles as a milestone."
    assert len(_figures(annotate_text, text)) == 1


def test_contract_fields(annotate_text: Callable[..., Any]) -> None:
    (m,) = quantity.extract(annotate_text("Exports rose 10% last year."))
    assert set(m.fields()) == {"subject", "measure", "value", "unit", "qualifier", "year", "text"}
    assert m.kind == "quantity" and 0 < m.confidence <= 1


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
        (
            "Japan announced it would channel 5 trillion yen of public and private money to the country.",
            5e12,
            "JPY",
        ),
        ("Paris will channel 1.2 billion euros in aid to the region.", 1.2e9, "EUR"),
        ("Canberra decided to channel 200 million Australian dollars into the project.", 2e8, "AUD"),
    ],
)
def test_money_after_a_name_like_verb(
    annotate_text: Callable[..., Any], text: str, value: float, unit: str
) -> None:
    assert (value, unit) in _pairs(_figures(annotate_text, text))


# "needs" as a noun ("security-related needs to 5%") is no threshold; "needs 129 votes" stays one
