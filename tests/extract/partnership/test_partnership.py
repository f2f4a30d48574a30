"""The partnership extractor, over many phrasings of our own (no seed sentences).

Each case lists the complete set of facts expected from the text as
(a, b, level, action, year) with a, b sorted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from chancery.annotate.document import AnnotatedDocument
from chancery.extract import partnership

CSP = "comprehensive_strategic_partnership"
SP = "strategic_partnership"
CP = "comprehensive_partnership"
SR = "special_relationship"
OT = "other"
EST = "established"
MEN = "mentioned"

Fact = tuple[str, str, str, str, "int | None"]
Annotate = Callable[..., AnnotatedDocument]


def facts(adoc: AnnotatedDocument) -> set[Fact]:
    out = set()
    for m in partnership.extract(adoc):
        f = m.fields()
        out.add((f["a"], f["b"], f["level"], f["action"], f["year"]))
    return out


# -- established --------------------------------------------------------------------------------------

ESTABLISHED: list[tuple[str, set[Fact]]] = [
    (
        "Vietnam and Australia elevated their relationship to a "
        "comprehensive strategic partnership in March 2024.",
        {("AUS", "VNM", CSP, EST, 2024)},
    ),
    ("Indonesia and Japan established a strategic partnership in 2006.", {("IDN", "JPN", SP, EST, 2006)}),
    (
        "The relationship between Brazil and Vietnam was upgraded to a strategic partnership in 2024.",
        {("BRA", "VNM", SP, EST, 2024)},
    ),
    (
        "Hanoi and Canberra lifted ties to the highest level, a "
        "comprehensive strategic partnership, in 2024.",
        {("AUS", "VNM", CSP, EST, 2024)},
    ),
    (
        "The United Kingdom became Vietnam's 10th comprehensive strategic partner in October 2025.",
        {("GBR", "VNM", CSP, EST, 2025)},
    ),
    (
        "Vietnam and the United States upgraded their ties to a "
        "comprehensive strategic partnership for peace, "
        "cooperation and sustainable development in September 2023.",
        {("USA", "VNM", CSP, EST, 2023)},
    ),
    (
        "In 2013, Vietnam set up a comprehensive partnership with the United States.",
        {("USA", "VNM", CP, EST, 2013)},
    ),
    (
        "Vietnam forged a strategic partnership with the Czech Republic in "
        "2025, its first with a Central European nation.",
        {("CZE", "VNM", SP, EST, 2025)},
    ),
    (
        "The two prime ministers announced the establishment of a "
        "comprehensive strategic partnership between "
        "New Zealand and Vietnam in 2025.",
        {("NZL", "VNM", CSP, EST, 2025)},
    ),
    (
        "The Japan–Vietnam relationship was upgraded to a "
        "comprehensive strategic partnership in November 2023.",
        {("JPN", "VNM", CSP, EST, 2023)},
    ),
    (
        "South Korea and Vietnam elevated relations to a "
        "comprehensive strategic partnership in December 2022.",
        {("KOR", "VNM", CSP, EST, 2022)},
    ),
    (
        "ASEAN and Australia launched a comprehensive strategic "
        "partnership at their commemorative summit in 2021.",
        {("AUS", "ORG:ASEAN", CSP, EST, 2021)},
    ),
    (
        "Malaysia's prime minister and his Vietnamese counterpart agreed to upgrade bilateral ties to a "
        "comprehensive strategic partnership in November 2024.",
        {("MYS", "VNM", CSP, EST, 2024)},
    ),
    (
        "Indonesia and Australia signed a joint declaration on a "
        "comprehensive strategic partnership in 2018.",
        {("AUS", "IDN", CSP, EST, 2018)},
    ),
    (
        "The strategic partnership between Germany and Vietnam, "
        "established in 2011, covers politics and trade.",
        {("DEU", "VNM", SP, EST, 2011)},
    ),
    (
        "The Philippines and Japan upgraded their relations to a strategic partnership in 2011.",
        {("JPN", "PHL", SP, EST, 2011)},
    ),
    (
        "TOKYO (Kyodo) -- Japan and Vietnam agreed to upgrade their ties to the highest level of diplomatic "
        'relations, a "comprehensive strategic partnership," in 2023.',
        {("JPN", "VNM", CSP, EST, 2023)},
    ),
    (
        "Prime Minister Narendra Modi and his Australian counterpart agreed in 2020 to elevate ties to a "
        "comprehensive strategic partnership.",
        {("AUS", "IND", CSP, EST, 2020)},
    ),
    (
        "Singapore and Vietnam established a strategic partnership in 2013, which was upgraded to a "
        "comprehensive strategic partnership in 2025.",
        {("SGP", "VNM", SP, EST, 2013), ("SGP", "VNM", CSP, EST, 2025)},
    ),
    (
        "The visit comes as Hanoi diversifies its partners; it established comprehensive strategic "
        "partnerships with Japan and the United States in 2023.",
        {("JPN", "VNM", CSP, EST, 2023), ("USA", "VNM", CSP, EST, 2023)},
    ),
    (
        "The two sides agreed to upgrade their relations to a comprehensive strategic partnership as the "
        "Vietnamese prime minister visited Kuala Lumpur in 2024.",
        {("MYS", "VNM", CSP, EST, 2024)},
    ),
]


@pytest.mark.parametrize("text,expected", ESTABLISHED)
def test_established(annotate_text: Annotate, text: str, expected: set[Fact]) -> None:
    assert facts(annotate_text(text)) == expected


# -- upgraded from X to Y -----------------------------------------------------------------------------

FROM_TO: list[tuple[str, set[Fact]]] = [
    (
        "The Philippines and Vietnam upgraded ties from a comprehensive "
        "partnership to a strategic partnership in 2015.",
        {("PHL", "VNM", CP, MEN, None), ("PHL", "VNM", SP, EST, 2015)},
    ),
    (
        "Vietnam and Thailand elevated their relations from an "
        "enhanced strategic partnership to a comprehensive "
        "strategic partnership in 2025.",
        {("THA", "VNM", OT, MEN, None), ("THA", "VNM", CSP, EST, 2025)},
    ),
    (
        "Relations between France and Vietnam were raised from a strategic partnership to a comprehensive "
        "strategic partnership in October 2024.",
        {("FRA", "VNM", SP, MEN, None), ("FRA", "VNM", CSP, EST, 2024)},
    ),
]


@pytest.mark.parametrize("text,expected", FROM_TO)
def test_upgraded_from_to(annotate_text: Annotate, text: str, expected: set[Fact]) -> None:
    assert facts(annotate_text(text)) == expected


# -- mentioned ----------------------------------------------------------------------------------------

MENTIONED: list[tuple[str, set[Fact]]] = [
    (
        "Within the framework of the comprehensive strategic "
        "partnership, Vietnam and Russia will boost energy "
        "cooperation.",
        {("RUS", "VNM", CSP, MEN, None)},
    ),
    (
        "As comprehensive strategic partners, Indonesia and "
        "Australia coordinate closely on maritime security.",
        {("AUS", "IDN", CSP, MEN, None)},
    ),
    (
        "Vietnam will continue to deepen its comprehensive strategic partnership with France.",
        {("FRA", "VNM", CSP, MEN, None)},
    ),
    (
        "The Vietnam-Japan comprehensive strategic partnership has grown substantially since 2023.",
        {("JPN", "VNM", CSP, MEN, None)},
    ),
    (
        "Vietnam and Australia's comprehensive strategic partnership has delivered concrete results.",
        {("AUS", "VNM", CSP, MEN, None)},
    ),
    ("The Philippines and Japan value their strategic partnership.", {("JPN", "PHL", SP, MEN, None)}),
    (
        "Russia and Vietnam celebrated the anniversary of their comprehensive strategic partnership.",
        {("RUS", "VNM", CSP, MEN, None)},
    ),
    ("Vietnam and Laos share a special relationship.", {("LAO", "VNM", SR, MEN, None)}),
    ("Laos and Vietnam pledged to nurture their special ties.", {("LAO", "VNM", SR, MEN, None)}),
    (
        "The great friendship, special solidarity and comprehensive "
        "cooperation between Vietnam and Laos is a "
        "priceless asset of both peoples.",
        {("LAO", "VNM", SR, MEN, None)},
    ),
    ("Britain's special relationship with the United States was tested.", {("GBR", "USA", SR, MEN, None)}),
    (
        "Officials said the comprehensive strategic partnership between "
        "Singapore and Vietnam was on a solid footing.",
        {("SGP", "VNM", CSP, MEN, None)},
    ),
    (
        "Vietnam's strategic partnership with Italy has brought tangible benefits to both sides.",
        {("ITA", "VNM", SP, MEN, None)},
    ),
]


@pytest.mark.parametrize("text,expected", MENTIONED)
def test_mentioned(annotate_text: Annotate, text: str, expected: set[Fact]) -> None:
    assert facts(annotate_text(text)) == expected


# -- lists of partners --------------------------------------------------------------------------------

LISTS: list[tuple[str, set[Fact]]] = [
    (
        "Vietnam currently has comprehensive strategic partnerships with China, Russia, India, South Korea, "
        "the United States, Japan and Australia.",
        {(x, "VNM", CSP, MEN, None) for x in ("CHN", "RUS", "IND", "KOR", "USA", "JPN", "AUS")},
    ),
    (
        "Vietnam now has strategic partnerships with Germany and "
        "Italy, as well as comprehensive partnerships "
        "with Canada and Mexico.",
        {("DEU", "VNM", SP, MEN, None), ("ITA", "VNM", SP, MEN, None), ("CAN", "VNM", CP, MEN, None),
         ("MEX", "VNM", CP, MEN, None)},
    ),
    (
        "Vietnam has established comprehensive strategic partnerships "
        "with 12 countries, including China, Russia "
        "and India.",
        {("CHN", "VNM", CSP, EST, None), ("RUS", "VNM", CSP, EST, None), ("IND", "VNM", CSP, EST, None)},
    ),
    (
        "Vietnam, which has comprehensive strategic partnerships with China and Russia, also welcomed a "
        "delegation from Thailand.",
        {("CHN", "VNM", CSP, MEN, None), ("RUS", "VNM", CSP, MEN, None)},
    ),
    (
        "Vietnam lifted its relations with Brazil to a strategic partnership, and with Chile to a "
        "comprehensive partnership.",
        {("BRA", "VNM", SP, EST, None), ("CHL", "VNM", CP, EST, None)},
    ),
    (
        "The UK has strategic partnerships with India and Japan, "
        "while France is a strategic partner of Vietnam.",
        {("GBR", "IND", SP, MEN, None), ("GBR", "JPN", SP, MEN, None), ("FRA", "VNM", SP, MEN, None)},
    ),
]


def test_passive_with_list_takes_the_home_country(annotate_text: Annotate) -> None:
    text = (
        "HANOI (VNA) – The country set up new frameworks in 2025. "
        "Comprehensive partnerships were established with Kazakhstan and Uruguay."
    )
    assert facts(annotate_text(text)) == {("KAZ", "VNM", CP, EST, 2025), ("URY", "VNM", CP, EST, 2025)}


def test_on_par_with_shares_the_level_with_the_other_side(annotate_text: Annotate) -> None:
    text = (
        "The US and Vietnam jumped two levels to a comprehensive strategic partnership in 2023, putting "
        "Washington on par with China, Russia and India."
    )
    assert facts(annotate_text(text)) == {
        ("USA", "VNM", CSP, EST, 2023),
        ("CHN", "VNM", CSP, MEN, None),
        ("RUS", "VNM", CSP, MEN, None),
        ("IND", "VNM", CSP, MEN, None),
    }


@pytest.mark.parametrize("text,expected", LISTS)
def test_lists_of_partners(annotate_text: Annotate, text: str, expected: set[Fact]) -> None:
    assert facts(annotate_text(text)) == expected


def test_same_level_as_list_shares_the_level_with_the_home_country(annotate_text: Annotate) -> None:
    text = (
        "HANOI (VNA) – Vietnam elevated ties with Malaysia to a comprehensive strategic partnership, putting "
        "Malaysia on the same level as China, Russia and Japan."
    )
    assert facts(annotate_text(text)) == {
        ("MYS", "VNM", CSP, EST, None),
        ("CHN", "VNM", CSP, MEN, None),
        ("RUS", "VNM", CSP, MEN, None),
        ("JPN", "VNM", CSP, MEN, None),
    }


# -- "the two countries" and context -------------------------------------------------------------------


def test_two_countries_resolve_to_the_previous_sentence(annotate_text: Annotate) -> None:
    text = (
        "Brazilian President Luiz Inacio Lula da Silva held talks with Vietnamese leaders last week. "
        "The two countries agreed to raise ties to a strategic partnership."
    )
    assert facts(annotate_text(text, published="2024-11-25")) == {("BRA", "VNM", SP, EST, 2024)}


def test_passive_relations_take_the_pair_of_the_paragraph(annotate_text: Annotate) -> None:
    text = (
        "Vietnam's foreign minister met his Czech counterpart on Tuesday. "
        "Relations were elevated to a strategic partnership last year, the ministry said."
    )
    assert facts(annotate_text(text, published="2025-10-08")) == {("CZE", "VNM", SP, EST, 2024)}


def test_both_sides_with_one_actor_named(annotate_text: Annotate) -> None:
    text = (
        "Both sides hailed the comprehensive strategic partnership "
        "during the Indian minister's visit to Vietnam."
    )
    assert facts(annotate_text(text)) == {("IND", "VNM", CSP, MEN, None)}


def test_first_person_speaks_for_the_home_country(annotate_text: Annotate) -> None:
    text = (
        "HANOI (VNA) – We upgraded ties with Japan to a comprehensive "
        "strategic partnership in 2023, the minister said."
    )
    assert facts(annotate_text(text)) == {("JPN", "VNM", CSP, EST, 2023)}


def test_relative_year_with_a_dated_document(annotate_text: Annotate) -> None:
    text = "Vietnam and Singapore upgraded ties to a comprehensive strategic partnership last year."
    assert facts(annotate_text(text, published="2026-01-15")) == {("SGP", "VNM", CSP, EST, 2025)}


def test_relative_year_without_a_date_is_null(annotate_text: Annotate) -> None:
    text = "Vietnam and Singapore upgraded ties to a comprehensive strategic partnership last year."
    assert facts(annotate_text(text)) == {("SGP", "VNM", CSP, EST, None)}


# -- EU as a party ------------------------------------------------------------------------------------

EU: list[tuple[str, set[Fact]]] = [
    (
        "The European Union and Vietnam cooperate within the framework of their comprehensive partnership.",
        {("ORG:EU", "VNM", CP, MEN, None)},
    ),
    (
        "Vietnam's comprehensive partnership with the EU covers trade and climate.",
        {("ORG:EU", "VNM", CP, MEN, None)},
    ),
    ("The EU-Vietnam comprehensive partnership keeps growing.", {("ORG:EU", "VNM", CP, MEN, None)}),
    ("The EU and Vietnam signed a Comprehensive Partnership and Cooperation Agreement in 2012.", set()),
]


@pytest.mark.parametrize("text,expected", EU)
def test_eu_as_a_party(annotate_text: Annotate, text: str, expected: set[Fact]) -> None:
    assert facts(annotate_text(text)) == expected


# -- other frameworks: countries' own names ------------------------------------------------------------

OTHER: list[tuple[str, str, str, str, str, "int | None", str]] = [
    ("Beijing and Islamabad reaffirmed their all-weather strategic cooperative partnership.",
     "CHN", "PAK", MEN, None, "all-weather strategic cooperative partnership"),
    ("China and Pakistan have been all-weather strategic cooperative partners for decades.",
     "CHN", "PAK", MEN, None, "all-weather strategic cooperative partnership"),
    ("Russia and China vowed to deepen their comprehensive strategic partnership of coordination "
     "for a new era.",
     "CHN", "RUS", MEN, None, "comprehensive strategic partnership of coordination for a new era"),
    ("India and Japan elevated ties to a special strategic and global partnership in 2014.",
     "IND", "JPN", EST, 2014, "special strategic and global partnership"),
    ("Seoul and Jakarta upgraded their relationship to a special strategic partnership in 2017.",
     "IDN", "KOR", EST, 2017, "special strategic partnership"),
    ("Denmark and Vietnam established a green strategic partnership in 2023.",
     "DNK", "VNM", EST, 2023, "green strategic partnership"),
    ("China and Kazakhstan declared a permanent comprehensive strategic partnership in 2019.",
     "CHN", "KAZ", EST, 2019, "permanent comprehensive strategic partnership"),
    ("India and the United States have a comprehensive global strategic partnership.",
     "IND", "USA", MEN, None, "comprehensive global strategic partnership"),
    ("China and Vietnam are comprehensive strategic cooperative partners.",
     "CHN", "VNM", MEN, None, "comprehensive strategic cooperative partnership"),
    ("Seoul and Beijing established a strategic cooperative partnership in 2008.",
     "CHN", "KOR", EST, 2008, "strategic cooperative partnership"),
    ("India and Russia enjoy a special and privileged strategic partnership.",
     "IND", "RUS", MEN, None, "special and privileged strategic partnership"),
    ("The United Kingdom and India launched a strategic partnership on climate change in 2021.",
     "GBR", "IND", EST, 2021, "strategic partnership on climate change"),
    ("Thailand and Vietnam set up an enhanced strategic partnership in 2019.",
     "THA", "VNM", EST, 2019, "enhanced strategic partnership"),
    ("Vietnam and Japan forged an extensive strategic partnership for peace and prosperity in Asia in 2014.",
     "JPN", "VNM", EST, 2014, "extensive strategic partnership"),
]


@pytest.mark.parametrize("text,a,b,action,year,label", OTHER)
def test_other_frameworks_keep_their_name(
    annotate_text: Annotate, text: str, a: str, b: str, action: str, year: int | None, label: str
) -> None:
    ms = partnership.extract(annotate_text(text))
    assert len(ms) == 1
    f = ms[0].fields()
    assert (f["a"], f["b"], f["level"], f["action"], f["year"]) == (min(a, b), max(a, b), OT, action, year)
    assert f["label"].lower() == label


PURPOSE: list[str] = [
    "Vietnam and the United States upgraded ties to a comprehensive strategic partnership for peace, "
    "cooperation and sustainable development in 2023.",
    "Japan and Vietnam elevated their ties to a Comprehensive "
    "Strategic Partnership for Peace and Prosperity in "
    "Asia and the World in 2023.",
    "China and Indonesia upgraded their relationship to a "
    "comprehensive strategic partnership for a new era in 2023.",
]


@pytest.mark.parametrize("text", PURPOSE)
def test_purpose_suffix_keeps_the_core_level(annotate_text: Annotate, text: str) -> None:
    ms = partnership.extract(annotate_text(text))
    assert [(m.get("level"), m.get("label"), m.get("action"), m.get("year")) for m in ms] == [
        (CSP, None, EST, 2023)
    ]


# -- partners and levels given by reference ------------------------------------------------------------

REFERENCES: list[tuple[str, set[Fact]]] = [
    # "with both countries": the list named earlier in the sentence (a tour), the subject's possessive
    (
        "Japanese Prime Minister Fumio Kishida wrapped up trips to the Philippines and Malaysia in November "
        "2023, during which Japan's relations with both nations were upgraded to a comprehensive strategic "
        "partnership.",
        {("JPN", "PHL", CSP, EST, 2023), ("JPN", "MYS", CSP, EST, 2023)},
    ),
    # ... or in the previous sentence
    (
        "President Luiz Inacio Lula da Silva toured China and Vietnam in 2024. Brazil's ties with the two "
        "countries were elevated to a strategic partnership in 2024.",
        {("BRA", "CHN", SP, EST, 2024), ("BRA", "VNM", SP, EST, 2024)},
    ),
    # the level before "with both countries"; the subject is the speaking leader's country
    (
        "After visiting Australia and New Zealand, President Prabowo Subianto said Indonesia had established "
        "strategic partnerships with both countries.",
        {("AUS", "IDN", SP, EST, None), ("IDN", "NZL", SP, EST, None)},
    ),
    (
        "Prime Minister Anthony Albanese's visits to Vietnam and Indonesia elevated ties with both to "
        "comprehensive strategic partnerships in 2024.",
        {("AUS", "VNM", CSP, EST, 2024), ("AUS", "IDN", CSP, EST, 2024)},
    ),
    (
        "During his tours of Kenya and Nigeria in 2023, the Turkish President upgraded relations with both "
        "countries to a strategic partnership.",
        {("KEN", "TUR", SP, EST, 2023), ("NGA", "TUR", SP, EST, 2023)},
    ),
    (
        "Germany and France welcomed the proposal, and Poland established strategic partnerships with both in 2021.",
        {("DEU", "POL", SP, EST, 2021), ("FRA", "POL", SP, EST, 2021)},
    ),
    # the referent cannot be found (three named, or no third side): no pair at all, never the two themselves
    (
        "The foreign minister visited Laos, Cambodia and Thailand in 2022, and relations with both countries "
        "were raised to a strategic partnership.",
        set(),
    ),
    (
        "Egypt and Jordan hosted the envoy. Relations with both countries remain a strategic partnership, the "
        "ministry said.",
        set(),
    ),
    # the possessive subject is not the first actor of the sentence
    (
        "The Thai foreign minister toured Chile and Peru in 2023, and Argentina's relations with both countries "
        "were later raised to a strategic partnership.",
        {("ARG", "CHL", SP, EST, 2023), ("ARG", "PER", SP, EST, 2023)},
    ),
    # a "with all five ..." that does not follow or precede this level is not its partner list
    (
        "By establishing a comprehensive strategic partnership with France, Indonesia now has such ties with "
        "all five permanent members of the UN Security Council.",
        {("FRA", "IDN", CSP, EST, None)},
    ),
    # "with both A and B" is an ordinary list
    (
        "Vietnam has comprehensive strategic partnerships with both China and Russia.",
        {("CHN", "VNM", CSP, MEN, None), ("RUS", "VNM", CSP, MEN, None)},
    ),
    (
        "Kazakhstan established strategic partnerships with both the United States and China.",
        {("KAZ", "USA", SP, EST, None), ("CHN", "KAZ", SP, EST, None)},
    ),
    # an aim "with both countries" is no fact
    (
        "Thailand and Malaysia signed trade deals with Japan. Japan said it aims to upgrade ties with both "
        "countries to a strategic partnership.",
        set(),
    ),
    # "to the same level": the level set up in an earlier sentence
    (
        "Indonesia's ties with Australia were upgraded to a comprehensive strategic partnership in 2024. "
        "In 2025, Indonesia and Japan lifted their relations to the same level.",
        {("AUS", "IDN", CSP, EST, 2024), ("IDN", "JPN", CSP, EST, 2025)},
    ),
    (
        "Malaysia and South Korea established a strategic partnership in 2023. The Philippines and South "
        "Korea raised relations to the same level in 2024.",
        {("KOR", "MYS", SP, EST, 2023), ("KOR", "PHL", SP, EST, 2024)},
    ),
    # a hoped-for "same level", no antecedent, or an antecedent that is only mentioned: no fact for it
    (
        "Canada and India elevated ties to a strategic partnership in 2023. Officials said they hope to raise "
        "relations with Mexico to the same level.",
        {("CAN", "IND", SP, EST, 2023)},
    ),
    ("The two countries brought ties to the same level in 2019.", set()),
    (
        "France and Vietnam have had a strategic partnership since 2013. Germany and Vietnam raised ties to "
        "the same level in 2011.",
        {("FRA", "VNM", SP, MEN, None)},
    ),
    (
        "Egypt and Saudi Arabia upgraded ties to a strategic partnership in 2022. Cairo wants ties with Ankara "
        "raised to the same level as those with Riyadh.",
        {("EGY", "SAU", SP, EST, 2022)},
    ),
]


@pytest.mark.parametrize("text,expected", REFERENCES)
def test_partners_and_levels_by_reference(annotate_text: Annotate, text: str, expected: set[Fact]) -> None:
    assert facts(annotate_text(text)) == expected


# -- ", and <new subject> <verb>" starts a new clause -----------------------------------------------------

CLAUSES: list[tuple[str, set[Fact]]] = [
    (
        "Indonesia and China agreed on a comprehensive strategic partnership in 2013, and Australia became "
        "Jakarta's comprehensive strategic partner in 2018.",
        {("CHN", "IDN", CSP, EST, 2013), ("AUS", "IDN", CSP, EST, 2018)},
    ),
    (
        "The United States and India forged a comprehensive global strategic partnership in 2020, and Japan "
        "upgraded its ties with India to a special strategic and global partnership in 2014.",
        {("IND", "USA", OT, EST, 2020), ("IND", "JPN", OT, EST, 2014)},
    ),
    (
        "Chile and Vietnam set up a comprehensive partnership in 2009, and Argentina was elevated to a "
        "strategic partner of Hanoi in 2010.",
        {("CHL", "VNM", CP, EST, 2009), ("ARG", "VNM", SP, EST, 2010)},
    ),
    # an Oxford comma before the last item of a list is not a new clause
    (
        "Vietnam has set up comprehensive strategic partnerships with China, Russia, and India.",
        {("CHN", "VNM", CSP, EST, None), ("RUS", "VNM", CSP, EST, None), ("IND", "VNM", CSP, EST, None)},
    ),
    (
        "China, Russia, and India established strategic partnerships with Brazil in 2012.",
        {("BRA", "CHN", SP, EST, 2012), ("BRA", "RUS", SP, EST, 2012), ("BRA", "IND", SP, EST, 2012)},
    ),
    # a prior level "of <year>" lifted to an unnamed tier is only mentioned
    (
        "Brazil followed in 2024, when President Luiz Inacio Lula da Silva's trip to Hanoi raised the "
        "comprehensive partnership of 2007 to a higher tier.",
        {("BRA", "VNM", CP, MEN, None)},
    ),
    # "agreed on" a level sets it up; agreeing on something else does not
    ("Poland and Vietnam agreed on the importance of their strategic partnership.", {("POL", "VNM", SP, MEN, None)}),
    ("Kenya and Ethiopia agreed on a roadmap towards a strategic partnership in 2021.", set()),
]


@pytest.mark.parametrize("text,expected", CLAUSES)
def test_and_with_a_new_subject_splits_clauses(annotate_text: Annotate, text: str, expected: set[Fact]) -> None:
    assert facts(annotate_text(text)) == expected


# -- not facts ----------------------------------------------------------------------------------------

NOT_FACTS: list[str] = [
    # future, proposed, conditional
    "Vietnam and Brazil aim to upgrade their ties to a comprehensive strategic partnership.",
    "Vietnam and Chile agreed to consider elevating relations to a strategic partnership.",
    "Indonesia and Vietnam are poised to lift ties to a "
    "comprehensive strategic partnership during the visit.",
    "Officials discussed upgrading Vietnam-Philippines relations to a comprehensive strategic partnership.",
    "Vietnam proposed establishing a strategic partnership with Argentina.",
    "Australia will upgrade its relations with Vietnam to a comprehensive strategic partnership next year.",
    "Kenya and Vietnam explored elevating ties to a strategic partnership.",
    "Kenya and Vietnam could move towards a strategic partnership.",
    "The two leaders discussed the possibility of elevating Vietnam-Indonesia ties to a comprehensive "
    "strategic partnership.",
    "Vietnam hopes to establish a strategic partnership with Chile.",
    "If the visit goes well, Vietnam and Kenya could establish a strategic partnership.",
    "Hanoi is expected to upgrade ties with Jakarta to a comprehensive strategic partnership.",
    "A comprehensive strategic partnership between Thailand and "
    "Vietnam will be established during the visit.",
    "Vietnam and Germany do not yet have a comprehensive strategic partnership.",
    # unnamed levels, no partner, counts
    "Vietnam and Japan lifted relations to the highest level.",
    "Vietnam considers Laos a top-tier partner.",
    "Vietnam has continued to establish strategic partnerships with many countries.",
    "Last year, Vietnam upgraded relations with 17 partners, bringing the number of countries with a "
    "comprehensive partnership or higher to 42.",
    "Vietnam is the only country in the region with comprehensive strategic partnerships with all five "
    "permanent members of the UN Security Council.",
    # not relationships between states
    "The Trans-Pacific Partnership and the Regional Comprehensive "
    "Economic Partnership cover Vietnam and Japan.",
    "Japan is an important strategic partner of the Philippines.",
    "Vietnam Airlines signed a strategic partnership with Japan's ANA Holdings.",
    "The Japanese company and its Vietnamese rival announced a strategic partnership in 2024.",
    "Vietnam welcomed the Australian and Chinese foreign ministers to discuss the comprehensive strategic "
    "partnership.",
    "The US State Department said Washington is not seeking a strategic partnership with Hanoi.",
    "In 2023, Vietnam upgraded relations with the United States, Japan and Australia, raising the number of "
    "its comprehensive strategic partners to six.",
    "Thai Prime Minister Paetongtarn Shinawatra looked forward to elevating Thailand-Vietnam ties to a "
    "comprehensive strategic partnership.",
    "Analysts say a strategic partnership between Vietnam and Kenya would boost trade.",
    "Vietnam Airlines and Japan Airlines announced a comprehensive "
    "strategic partnership on codeshare flights.",
    "Vietnam and Azerbaijan agreed to work towards elevating bilateral relations to a strategic partnership.",
]


@pytest.mark.parametrize("text", NOT_FACTS)
def test_not_a_fact(annotate_text: Annotate, text: str) -> None:
    assert facts(annotate_text(text)) == set()


def test_only_the_partnered_pair_in_a_sentence_with_several_countries(annotate_text: Annotate) -> None:
    text = (
        "While Japan and India have a special strategic and global "
        "partnership, India and Pakistan have none."
    )
    assert {(a, b, lvl) for a, b, lvl, _, _ in facts(annotate_text(text))} == {("IND", "JPN", OT)}


def test_mention_fields_follow_the_contract(annotate_text: Annotate) -> None:
    adoc = annotate_text("Vietnam and Australia established a strategic partnership in 2018.")
    ms = partnership.extract(adoc)
    assert len(ms) == 1
    out = ms[0].to_contract()
    assert {"doc", "kind", "a", "b", "level", "label", "action", "year", "evidence", "confidence"} <= set(out)
    assert out["kind"] == "partnership" and out["label"] is None
    assert 0 < out["confidence"] <= 1


# -- the seeds, scored with the reference scorer -------------------------------------------------------

SHARED = Path(__file__).resolve().parents[3] / "shared"



# -- "the two countries" after a sentence with a conjoined subject and a third state ------------------
SUBJECT_PAIR = [
    (
        "Indonesia and Malaysia have overlapping claims with Vietnam. The two countries forged a comprehensive partnership in 2011.",
        {("IDN", "MYS", CP, EST, 2011)},
    ),
    (
        "Chile and Peru both trade heavily with China. The two nations set up a strategic partnership in 2015.",
        {("CHL", "PER", SP, EST, 2015)},
    ),
    (
        "While Kenya and Ethiopia compete with Egypt for influence, they also cooperate. Both countries established a strategic partnership in 2017.",
        {("ETH", "KEN", SP, EST, 2017)},
    ),
]


@pytest.mark.parametrize("text,expected", SUBJECT_PAIR)
def test_two_countries_are_the_conjoined_subject_before(annotate_text: Annotate, text: str, expected: set[Fact]) -> None:
    assert facts(annotate_text(text)) == expected


SUBJECT_PAIR_NEGATIVES = [
    # the pair is not the subject, or the subject lists three states: ambiguous, no fact
    "Vietnam held talks with Japan and India. The two countries established a strategic partnership in 2006.",
    "Japan, India and Australia met in Tokyo. The two countries established a strategic partnership in 2006.",
    "Officials from China said Japan and India were rivals. The two countries established a strategic partnership in 2006.",
]


@pytest.mark.parametrize("text", SUBJECT_PAIR_NEGATIVES)
def test_two_countries_without_a_clear_pair(annotate_text: Annotate, text: str) -> None:
    assert facts(annotate_text(text)) == set()


# -- round 3: construction families ------------------------------------------------------------------
# Family: "the two <descriptor> <noun>" / "both <descriptor> countries" as the subject of an act,
# resolved to the pair named in the previous sentences.
TWO_DESCRIBED = [
    (
        "US President Joe Biden arrived in Hanoi on Sunday for talks with Vietnamese leaders. "
        "The two former enemies forged a comprehensive partnership in 2013.",
        {("USA", "VNM", CP, EST, 2013)},
    ),
    (
        "Chinese President Hu Jintao held talks with his Vietnamese counterpart on Monday. "
        "The two communist-ruled neighbours set up a comprehensive strategic partnership in 2008.",
        {("CHN", "VNM", CSP, EST, 2008)},
    ),
    (
        "Indian Prime Minister Narendra Modi met Japanese Prime Minister Shinzo Abe in Tokyo. "
        "The two Asian democracies upgraded ties to a special strategic and global partnership in 2014.",
        {("IND", "JPN", OT, EST, 2014)},
    ),
    (
        "Australia's foreign minister flew to Jakarta for talks with Indonesia's foreign minister. "
        "Both Indo-Pacific nations elevated relations to a comprehensive strategic partnership in 2018.",
        {("AUS", "IDN", CSP, EST, 2018)},
    ),
    (
        "Turkish President Recep Tayyip Erdogan received the Greek prime minister in Ankara. "
        "The two old rivals established a strategic partnership in 2010.",
        {("GRC", "TUR", SP, EST, 2010)},
    ),
    (
        "German Chancellor Olaf Scholz visited Brazil on Saturday. "
        "The two big economies have had a strategic partnership since 2008.",
        {("BRA", "DEU", SP, MEN, None)},
    ),
    (
        "Kenya's president hosted the Ethiopian prime minister in Nairobi. "
        "The two East African neighbours formed a strategic partnership in 2012.",
        {("ETH", "KEN", SP, EST, 2012)},
    ),
    (
        "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow. "
        "The two powers announced a comprehensive strategic partnership of coordination in 2019.",
        {("CHN", "RUS", OT, EST, 2019)},
    ),
]

TWO_DESCRIBED.append(
    (
        "HANOI - US President Barack Obama arrived in Vietnam on Sunday for a three-day visit. He met "
        "business leaders and toured Hanoi. At a joint press conference with Vietnamese President Truong Tan Sang, "
        "Obama said the deal was not directed against China. The two former foes forged a comprehensive partnership in 2013.",
        {("USA", "VNM", CP, EST, 2013)},
    )
)

TWO_DESCRIBED_NEGATIVES = [
    "US President Joe Biden arrived in Hanoi on Sunday for talks with Vietnamese leaders. "
    "The two former enemies aim to forge a comprehensive strategic partnership next year.",
    "Chinese President Hu Jintao held talks with his Vietnamese counterpart on Monday. "
    "The two communist-ruled neighbours could set up a strategic partnership.",
    "Japan, India and Australia met in Tokyo. The two Asian democracies established a strategic partnership.",
]


@pytest.mark.parametrize("text,expected", TWO_DESCRIBED)
def test_the_two_described_countries(annotate_text: Annotate, text: str, expected: set[Fact]) -> None:
    assert facts(annotate_text(text)) == expected


@pytest.mark.parametrize("text", TWO_DESCRIBED_NEGATIVES)
def test_the_two_described_countries_negatives(annotate_text: Annotate, text: str) -> None:
    assert facts(annotate_text(text)) == set()


# Family: a partner list whose items carry a time or other qualifier
# ("with five countries: A in January, B and C in June, and D in September", "A (2005), B (2008)").
TIMED_LISTS = [
    (
        "In 2010 Japan set up strategic partnerships with three countries: India in March, Brazil in June "
        "and Mexico in October.",
        {("IND", "JPN", SP, EST, 2010), ("BRA", "JPN", SP, EST, 2010), ("JPN", "MEX", SP, EST, 2010)},
    ),
    (
        "The Philippines signed strategic partnerships with Japan in 2011, Vietnam in 2015 and Australia in 2023.",
        {("JPN", "PHL", SP, EST, 2011), ("PHL", "VNM", SP, EST, 2015), ("AUS", "PHL", SP, EST, 2023)},
    ),
    (
        "Indonesia established comprehensive partnerships with Australia (2005), Canada (2008) and Germany (2012).",
        {("AUS", "IDN", CP, EST, 2005), ("CAN", "IDN", CP, EST, 2008), ("DEU", "IDN", CP, EST, 2012)},
    ),
    (
        "Last decade Chile forged strategic partnerships with four nations - Peru, Brazil, Mexico and Spain.",
        {("CHL", "PER", SP, EST, None), ("BRA", "CHL", SP, EST, None),
         ("CHL", "MEX", SP, EST, None), ("CHL", "ESP", SP, EST, None)},
    ),
    (
        "In 2015 Kazakhstan formed strategic partnerships with two neighbours, namely Russia and China.",
        {("KAZ", "RUS", SP, EST, 2015), ("CHN", "KAZ", SP, EST, 2015)},
    ),
    (
        "Egypt set up comprehensive strategic partnerships with several countries in 2014, including "
        "Russia in August and China in December.",
        {("EGY", "RUS", CSP, EST, 2014), ("CHN", "EGY", CSP, EST, 2014)},
    ),
    (
        "In 2019 Brazil launched strategic partnerships with five countries: Italy in January, Indonesia and "
        "Thailand in June, and Singapore and France in September.",
        {("BRA", "ITA", SP, EST, 2019), ("BRA", "IDN", SP, EST, 2019), ("BRA", "THA", SP, EST, 2019),
         ("BRA", "SGP", SP, EST, 2019), ("BRA", "FRA", SP, EST, 2019)},
    ),
    (
        "Mongolia has strategic partnerships with Japan, since 2010, and India, since 2015.",
        {("JPN", "MNG", SP, MEN, None), ("IND", "MNG", SP, MEN, None)},
    ),
]

TIMED_LISTS_NEGATIVES = [
    "Next year Japan plans to set up strategic partnerships with three countries: India in March, Brazil in "
    "June and Mexico in October.",
    "The Philippines hopes to sign strategic partnerships with Japan in 2027 and Vietnam in 2028.",
]


@pytest.mark.parametrize("text,expected", TIMED_LISTS)
def test_partner_lists_with_qualified_items(annotate_text: Annotate, text: str, expected: set[Fact]) -> None:
    assert facts(annotate_text(text)) == expected


@pytest.mark.parametrize("text", TIMED_LISTS_NEGATIVES)
def test_partner_lists_with_qualified_items_negatives(annotate_text: Annotate, text: str) -> None:
    assert facts(annotate_text(text)) == set()


# Family: a pronoun or a descriptive subject ("it", "the country", "the kingdom") continues the subject of
# the previous sentence: "Vietnam did X. In July it also forged a CP with the US."
PRONOUN_SUBJECT = [
    (
        "Indonesia signed a defence pact with Japan in 2005. In 2007 it forged a strategic partnership with India.",
        {("IDN", "IND", SP, EST, 2007)},
    ),
    (
        "Kazakhstan has courted investors for decades. In 2019 the country established a comprehensive "
        "strategic partnership with China.",
        {("CHN", "KAZ", CSP, EST, 2019)},
    ),
    (
        "Saudi Arabia hosted a summit of Arab leaders in 2016. The kingdom also set up a strategic partnership "
        "with India that year.",
        {("IND", "SAU", SP, EST, 2016)},
    ),
    (
        "Vietnam widened its diplomatic circle in 2013. In July of that year it also forged a comprehensive "
        "partnership with Australia.",
        {("AUS", "VNM", CP, EST, 2013)},
    ),
    (
        "Chile hosted APEC leaders in 2004. The nation later launched a strategic partnership with Mexico in 2006.",
        {("CHL", "MEX", SP, EST, 2006)},
    ),
]

PRONOUN_SUBJECT.append(
    (
        "In 2009 alone, Brazil signed trade deals with ten countries. Later that year it also set up a "
        "strategic partnership with Sweden.",
        {("BRA", "SWE", SP, EST, 2009)},
    )
)

PRONOUN_SUBJECT += [
    (
        "Morocco opened a new embassy in Asia in 2016. The kingdom then forged a strategic partnership with China.",
        {("CHN", "MAR", SP, EST, 2016)},
    ),
    (
        "Singapore marked its golden jubilee in 2015. That year the city-state also set up a strategic partnership "
        "with Australia.",
        {("AUS", "SGP", SP, EST, 2015)},
    ),
]

PRONOUN_SUBJECT_NEGATIVES = [
    "Indonesia signed a defence pact with Japan in 2005. It hopes to forge a strategic partnership with India.",
    "Kazakhstan has courted investors for decades. The country may establish a strategic partnership with Chile.",
]


@pytest.mark.parametrize("text,expected", PRONOUN_SUBJECT)
def test_pronoun_subject_from_the_previous_sentence(annotate_text: Annotate, text: str, expected: set[Fact]) -> None:
    assert facts(annotate_text(text)) == expected


@pytest.mark.parametrize("text", PRONOUN_SUBJECT_NEGATIVES)
def test_pronoun_subject_negatives(annotate_text: Annotate, text: str) -> None:
    assert facts(annotate_text(text)) == set()


# Family: signing a partnership document ("signed/inked/concluded a <level> agreement/pact/treaty/accord")
# sets the level up.
SIGNED_DOCUMENT = [
    (
        "Russian President Vladimir Putin and Iranian President Masoud Pezeshkian signed a comprehensive "
        "strategic partnership treaty in January 2025.",
        {("IRN", "RUS", CSP, EST, 2025)},
    ),
    ("India and Oman inked a strategic partnership pact in 2008.", {("IND", "OMN", SP, EST, 2008)}),
    (
        "A strategic partnership agreement was signed by Afghanistan and the United States in 2012.",
        {("AFG", "USA", SP, EST, 2012)},
    ),
    (
        "Germany and Indonesia concluded a comprehensive partnership accord in 2012.",
        {("DEU", "IDN", CP, EST, 2012)},
    ),
    (
        "Chinese President Xi Jinping and Egyptian President Abdel Fattah al-Sisi signed a comprehensive "
        "strategic partnership agreement on Tuesday.",
        {("CHN", "EGY", CSP, EST, 2014)},
    ),
    (
        "The foreign ministers of Kenya and Ethiopia signed the Strategic Partnership Agreement in Nairobi in 2019.",
        {("ETH", "KEN", SP, EST, 2019)},
    ),
    (
        "Uzbekistan and Kazakhstan have signed a strategic partnership treaty, officials said in 2021.",
        {("KAZ", "UZB", SP, EST, 2021)},
    ),
    (
        "Armenia and France sealed a strategic partnership deal in 2024.",
        {("ARM", "FRA", SP, EST, 2024)},
    ),
]

SIGNED_DOCUMENT_NEGATIVES = [
    "India and Oman are negotiating a strategic partnership agreement.",
    "Iran and Russia will sign a comprehensive strategic partnership treaty next week.",
    "The strategic partnership agreement between Kenya and Ethiopia is expected to be signed next year.",
    "Egypt and the EU hope to sign a strategic partnership agreement in 2026.",
    "Vietnam and the EU signed a framework agreement on comprehensive partnership and cooperation in 2012.",
]


@pytest.mark.parametrize("text,expected", SIGNED_DOCUMENT)
def test_signed_partnership_documents(annotate_text: Annotate, text: str, expected: set[Fact]) -> None:
    assert facts(annotate_text(text, published="2014-12-23" if "Tuesday" in text else None)) == expected


@pytest.mark.parametrize("text", SIGNED_DOCUMENT_NEGATIVES)
def test_signed_partnership_documents_negatives(annotate_text: Annotate, text: str) -> None:
    assert facts(annotate_text(text)) == set()


# -- round 4: construction families --------------------------------------------------------------------
# a pair described without "two": "the former enemies", "the old foes", "the pair", "the neighbours"
PAIR_DESCRIBED = [
    ("Vietnam upgraded ties with the United States to a comprehensive strategic partnership. The former enemies had been comprehensive partners since 2013.",
     ("USA", "VNM", CP, MEN, None)),
    ("India and Pakistan met in Astana. The old foes may one day become strategic partners.", None),
    ("Greece lifted relations with Turkey to a strategic partnership. The old rivals had been comprehensive partners since 2010.",
     ("GRC", "TUR", CP, MEN, None)),
    ("Japan elevated relations with South Korea to a comprehensive strategic partnership. The former adversaries had been strategic partners since 2015.",
     ("JPN", "KOR", SP, MEN, None)),
    ("Poland upgraded ties with Germany to a comprehensive strategic partnership. The neighbours were strategic partners for two decades.",
     ("DEU", "POL", SP, MEN, None)),
    ("Kenya raised relations with Ethiopia to a comprehensive strategic partnership. The pair had been strategic partners since 2012.",
     ("ETH", "KEN", SP, MEN, None)),
    ("Chile elevated its relationship with Peru to a comprehensive strategic partnership. The allies had been strategic partners since 2011.",
     ("CHL", "PER", SP, MEN, None)),
    ("Brazil lifted ties with Vietnam to a strategic partnership. The longtime friends had been comprehensive partners since 2007.",
     ("BRA", "VNM", CP, MEN, None)),
]


@pytest.mark.parametrize("text,expected", PAIR_DESCRIBED)
def test_pair_described_without_two(annotate_text: Annotate, text: str, expected: Fact | None) -> None:
    got = facts(annotate_text(text))
    if expected is None:
        assert not any(f[2] == SP for f in got)
    else:
        assert expected in got


# "the two countries" is a pair of states even when a body is named in the previous sentence
TWO_COUNTRIES_NOT_BODIES = [
    ("Vietnamese Prime Minister Pham Minh Chinh was in Australia after attending the ASEAN-Australia Special Summit, which Australia hosted. The two countries set up a strategic partnership in 2018.",
     ("AUS", "VNM", SP, EST, 2018)),
    ("Indian Prime Minister Narendra Modi was in Egypt after attending an EU-India meeting that the EU hosted. The two nations set up a strategic partnership in 2023.",
     ("EGY", "IND", SP, EST, 2023)),
    ("Kenyan President William Ruto went to Tanzania after the African Union summit in Ethiopia that the AU convened. Ethiopia was absent. The two neighbours forged a strategic partnership in 2024.",
     None),
]


@pytest.mark.parametrize("text,expected", TWO_COUNTRIES_NOT_BODIES)
def test_two_countries_are_states(annotate_text: Annotate, text: str, expected: Fact | None) -> None:
    got = facts(annotate_text(text))
    if expected is None:
        assert not any("ORG:AU" in f for f in got)
    else:
        assert expected in got


# a signed document "on" a level: "signed a treaty on comprehensive strategic partnership"
SIGNED_ON_LEVEL = [
    ("Russia and North Korea signed a treaty on comprehensive strategic partnership in June 2024.", ("PRK", "RUS", CSP, EST, 2024)),
    ("Putin and Kim Jong Un signed a treaty on comprehensive strategic partnership between Moscow and Pyongyang in 2024.", ("PRK", "RUS", CSP, EST, 2024)),
    ("Iran and Russia signed an agreement on a comprehensive strategic partnership in January 2025.", ("IRN", "RUS", CSP, EST, 2025)),
    ("In 2019, Kenya and Ethiopia inked a pact on strategic partnership.", ("ETH", "KEN", SP, EST, 2019)),
    ("China concluded a treaty on strategic partnership with Pakistan in 2005.", ("CHN", "PAK", SP, EST, 2005)),
    ("Uzbek President Shavkat Mirziyoyev and Kazakh President Kassym-Jomart Tokayev signed a declaration on strategic partnership in 2022.",
     ("KAZ", "UZB", SP, EST, 2022)),
    ("Armenia and France signed a charter on strategic partnership in 2024.", ("ARM", "FRA", SP, EST, 2024)),
    ("A treaty on comprehensive strategic partnership between Russia and Iran was signed in 2025.", ("IRN", "RUS", CSP, EST, 2025)),
]
SIGNED_ON_LEVEL_NEGATIVES = [
    "Russia and North Korea will sign a treaty on comprehensive strategic partnership next week.",
    "Iran and Russia are negotiating an agreement on a comprehensive strategic partnership.",
    "Iran and Russia hope to sign a treaty on comprehensive strategic partnership in 2026.",
    "Vietnam and the EU signed a framework agreement on comprehensive partnership and cooperation in 2012.",
]


@pytest.mark.parametrize("text,expected", SIGNED_ON_LEVEL)
def test_signed_document_on_a_level(annotate_text: Annotate, text: str, expected: Fact) -> None:
    assert expected in facts(annotate_text(text))


@pytest.mark.parametrize("text", SIGNED_ON_LEVEL_NEGATIVES)
def test_signed_document_on_a_level_negatives(annotate_text: Annotate, text: str) -> None:
    assert facts(annotate_text(text)) == set()


# repeated "with" items each with its own time: "with A and B in 2007, with C in 2010 and with D in 2013"
REPEATED_WITH = [
    ("Vietnam set up comprehensive partnerships with Brazil and Chile in 2007, with Argentina in 2010 and with Mexico in 2013.",
     {("BRA", "VNM", CP, EST, 2007), ("CHL", "VNM", CP, EST, 2007), ("ARG", "VNM", CP, EST, 2010), ("MEX", "VNM", CP, EST, 2013)}),
    ("India forged strategic partnerships with France in 1998, with Russia in 2000 and with Japan in 2006.",
     {("FRA", "IND", SP, EST, 1998), ("IND", "RUS", SP, EST, 2000), ("IND", "JPN", SP, EST, 2006)}),
    ("Indonesia established strategic partnerships with Australia in 2005, and with China in 2005.",
     {("AUS", "IDN", SP, EST, 2005), ("CHN", "IDN", SP, EST, 2005)}),
    ("Egypt set up comprehensive strategic partnerships with China in 2014, with the EU in 2024 and with India in 2023.",
     {("CHN", "EGY", CSP, EST, 2014), ("EGY", "ORG:EU", CSP, EST, 2024), ("EGY", "IND", CSP, EST, 2023)}),
]


@pytest.mark.parametrize("text,expected", REPEATED_WITH)
def test_repeated_with_items(annotate_text: Annotate, text: str, expected: set[Fact]) -> None:
    assert facts(annotate_text(text)) == expected


# "to the same level": the level set up a few sentences earlier, across short sentences
def test_same_level_far_back(annotate_text: Annotate) -> None:
    text = (
        "Indonesia and Japan on Monday upgraded ties to a comprehensive strategic partnership at talks in Tokyo. "
        "The two had been strategic partners since 2006. The upgrade comes on an anniversary. "
        "The president is in Japan until Friday. Japan is Indonesia's biggest donor. "
        "The move comes after Indonesia lifted its ties with Australia to the same level in September."
    )
    got = facts(annotate_text(text, published="2023-11-27"))
    assert ("AUS", "IDN", CSP, EST, 2023) in got
