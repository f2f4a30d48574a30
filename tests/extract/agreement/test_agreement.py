"""Agreement extractor: documents signed between states, in many phrasings of our own."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

from chancery.annotate.document import AnnotatedDocument
from chancery.extract import agreement

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

Annotate = Callable[..., AnnotatedDocument]


def facts(annotate_text: Annotate, text: str, published: str | None = None) -> list[tuple[tuple[str, ...], Any]]:
    adoc = annotate_text(text, published=published)
    return [(tuple(m.get("parties")), m.get("count")) for m in agreement.extract(adoc)]


POSITIVES = [
    # active, with exact counts
    ("Vietnam and Japan signed 12 cooperation documents on Monday.", [(("JPN", "VNM"), 12)]),
    ("Australia and Vietnam signed a memorandum of understanding on critical minerals.", [(("AUS", "VNM"), 1)]),
    ("Japan and the Philippines signed a reciprocal access agreement in July 2024.", [(("JPN", "PHL"), 1)]),
    ("Russia and North Korea signed a comprehensive strategic partnership treaty in June 2024.", [(("PRK", "RUS"), 1)]),
    ("The United States and China inked a phase one trade deal in January 2020.", [(("CHN", "USA"), 1)]),
    ("South Korea and Vietnam concluded a free trade agreement in 2015.", [(("KOR", "VNM"), 1)]),
    ("Thailand and Cambodia signed a ceasefire declaration in Kuala Lumpur.", [(("KHM", "THA"), 1)]),
    ("Malaysia and Singapore exchanged six documents on the rail link.", [(("MYS", "SGP"), 6)]),
    ("Brazil and Argentina signed three agreements and two MoUs on energy.", [(("ARG", "BRA"), 5)]),
    # "with X"
    ("Japan signed an economic partnership agreement with India in 2011.", [(("IND", "JPN"), 1)]),
    ("China signed a security pact with the Solomon Islands in 2022.", [(("CHN", "SLB"), 1)]),
    # a body as a party
    ("Vietnam and the EU signed the EVFTA in June 2019.", [(("ORG:EU", "VNM"), None)]),
    # approximate counts give null
    ("Indonesia and Australia signed more than 20 agreements during the talks.", [(("AUS", "IDN"), None)]),
    ("Vietnam and Laos have signed dozens of agreements since 1977.", [(("LAO", "VNM"), None)]),
    # witnessed signing / exchange: the leaders' countries
    (
        "Vietnamese Prime Minister Pham Minh Chinh and his Japanese counterpart Shigeru Ishiba witnessed the exchange of eight cooperation documents.",
        [(("JPN", "VNM"), 8)],
    ),
    (
        "Following the talks, Chinese President Xi Jinping and General Secretary To Lam witnessed the signing of 36 cooperation documents.",
        [(("CHN", "VNM"), 36)],
    ),
    # passive
    ("An agreement on labour cooperation was signed between Vietnam and South Korea in 2023.", [(("KOR", "VNM"), 1)]),
    ("The deal was inked by Indian Prime Minister Narendra Modi and Japanese Prime Minister Shinzo Abe.", [(("IND", "JPN"), 1)]),
    (
        "The accord was signed in the presence of Prime Minister Pham Minh Chinh and Singaporean Prime Minister Lawrence Wong.",
        [(("SGP", "VNM"), 1)],
    ),
    # "the two sides" resolved from the visit in the previous sentence
    (
        "Indonesian President Prabowo Subianto paid a state visit to Vietnam. The two sides signed 10 documents, including an MoU on fisheries and an agreement on tourism.",
        [(("IDN", "VNM"), 10)],
    ),
    (
        "French President Emmanuel Macron visited Hanoi. After the talks, the two presidents witnessed the signing of nine agreements and three MoUs.",
        [(("FRA", "VNM"), 12)],
    ),
    (
        "Mexican President Claudia Sheinbaum received Canadian Prime Minister Mark Carney in Mexico City. They signed an action plan on security.",
        [(("CAN", "MEX"), 1)],
    ),
    # a pronoun in the subject
    (
        "Chinese leader Xi Jinping visited Moscow in March, where he and Russian President Vladimir Putin signed two joint statements.",
        [(("CHN", "RUS"), 2)],
    ),
    # a single state and a multilateral instrument
]


@pytest.mark.parametrize("text,expected", POSITIVES)
def test_agreements_found(annotate_text: Annotate, text: str, expected: list[tuple[tuple[str, ...], Any]]) -> None:
    assert facts(annotate_text, text) == expected


NEGATIVES = [
    # planned, hypothetical, not a signing
    "The two countries will sign a free trade agreement next year.",
    "The agreement is expected to be signed in December.",
    "Hanoi and Tokyo are set to sign an agreement on defence equipment transfer.",
    "Canada and Indonesia agreed to sign the partnership agreement at an early date.",
    "The two countries have yet to sign a trade agreement.",
    "The ministers adopted a joint statement on maritime cooperation.",
    "The two sides reached an agreement on fishing rights.",
    "India and the UK concluded negotiations on a free trade agreement in May 2025.",
    "The two sides exchanged views on regional issues and the trade agreement.",
    # companies, provinces, businesses
    "Vietjet signed a deal with Boeing worth 10 billion USD.",
    "Vietnam Airlines signed an agreement with Airbus for 20 aircraft.",
    "Vietnamese and Japanese firms signed 20 MoUs worth 4 billion USD.",
    "Representatives of Korean and Vietnamese businesses signed eight MoUs at the forum.",
    # no identified parties
    "Nearly 350 cooperation agreements were signed in 2025.",
    "Hundreds of cooperation agreements were signed in many sectors.",
    "The two sides signed five memoranda of understanding.",
    "President Joe Biden signed the bill into law on Friday.",
]


# -- parties written in or before the document phrase -----------------------------------
PARTY_POSITIVES = [
    # "between A and B": the parties, not the witness or the signers' host
    ("Indian Prime Minister Narendra Modi witnessed the signing of a peace accord between Armenia and Azerbaijan.", [(("ARM", "AZE"), 1)]),
    ("US President Donald Trump presided over the signing of a peace agreement between Rwanda and the Democratic Republic of Congo.", [(("COD", "RWA"), 1)]),
    ("The foreign ministers signed a memorandum between Laos and Cambodia on border demarcation.", [(("KHM", "LAO"), 1)]),
    ("Japanese Prime Minister Shigeru Ishiba and Philippine President Ferdinand Marcos Jr. signed a defence pact between Japan and the Philippines.", [(("JPN", "PHL"), 1)]),
    # "with leader X", "with his counterpart X"
    ("Russian President Vladimir Putin signed a cooperation treaty with leader Kim Jong Un.", [(("PRK", "RUS"), 1)]),
    ("During his state visit to Hungary, Chinese President Xi Jinping signed a treaty with his counterpart Tamas Sulyok.", [(("CHN", "HUN"), 1)]),
    # a reduced relative: "the pact X and Y signed"
    ("The pact Indian Prime Minister Narendra Modi and Japanese Prime Minister Shinzo Abe signed in 2016 covers nuclear energy.", [(("IND", "JPN"), 1)]),
    ("The agreement that Chile and Peru signed in 2019 entered into force.", [(("CHL", "PER"), 1)]),
    # a participle after the document, parties in its name or after "by"
    ("The Japan-Australia Reciprocal Access Agreement, signed in January 2022, took effect in 2023.", [(("AUS", "JPN"), 1)]),
    ("The India-UAE Comprehensive Economic Partnership Agreement, which was signed in February 2022, cut tariffs.", [(("ARE", "IND"), 1)]),
    ("The deal, signed by Thailand and Malaysia in 2019, covers fisheries.", [(("MYS", "THA"), 1)]),
    # "the two leaders" in a visit story
    (
        "Egyptian President Abdel Fattah al-Sisi paid a state visit to Turkey. The two leaders signed 17 agreements on Wednesday.",
        [(("EGY", "TUR"), 17)],
    ),
]


@pytest.mark.parametrize("text,expected", PARTY_POSITIVES)
def test_agreement_parties(annotate_text: Annotate, text: str, expected: list[tuple[tuple[str, ...], Any]]) -> None:
    assert facts(annotate_text, text) == expected


PARTY_NEGATIVES = [
    # the signers are counted, not named: an organiser or host is not a party
    "Dozens of countries signed the Paris Agreement at a ceremony in New York hosted by the UN.",
    "More than 100 nations signed the pledge at the summit co-hosted by the United Kingdom.",
    "About 40 states signed the treaty in Vienna, an event organised by Austria.",
    # planned, or not a signing
    "The Thailand-Cambodia border agreement will be signed next month.",
    "The agreement, to be signed in 2026, covers fisheries.",
    "The Japan-Australia agreement took effect in 2023.",
    # companies
    "The Vietnam-Japan agreement, signed between Vietnamese and Japanese companies, covers trade.",
    "Vietnamese and Japanese firms signed a deal on cooperation between Vietnam and Japan.",
]


@pytest.mark.parametrize("text", PARTY_NEGATIVES)
def test_no_agreement_parties(annotate_text: Annotate, text: str) -> None:
    assert facts(annotate_text, text) == []


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_agreement(annotate_text: Annotate, text: str) -> None:
    assert facts(annotate_text, text) == []


def test_fields_and_cameo(annotate_text: Annotate) -> None:
    [m] = agreement.extract(annotate_text("Chile and Peru signed four agreements in Lima in 2019."))
    assert m.fields() == {"parties": ["CHL", "PER"], "count": 4, "year": 2019, "cameo": "057"}


def test_evidence_is_the_sentence(annotate_text: Annotate) -> None:
    adoc = annotate_text("Talks went well. Kenya and Ethiopia signed seven agreements.")
    [m] = agreement.extract(adoc)
    assert adoc.text[m.evidence.start : m.evidence.end] == m.evidence.text == "Kenya and Ethiopia signed seven agreements."


# -- year -----------------------------------------------------------------------
def test_year_relative_to_published_date(annotate_text: Annotate) -> None:
    [m] = agreement.extract(annotate_text("Vietnam and Brazil signed five agreements on Monday.", published="2025-10-08"))
    assert m.get("year") == 2025


def test_year_last_year(annotate_text: Annotate) -> None:
    [m] = agreement.extract(annotate_text("Poland and South Korea signed an arms deal last year.", published="2023-02-01"))
    assert m.get("year") == 2022


def test_year_from_dateline(annotate_text: Annotate) -> None:
    text = "HANOI, Oct 8, 2025 (VNA) — Vietnam and Cuba signed three cooperation documents on Wednesday."
    [m] = agreement.extract(annotate_text(text))
    assert m.get("year") == 2025


def test_year_none_without_date(annotate_text: Annotate) -> None:
    [m] = agreement.extract(annotate_text("Egypt and Jordan signed six MoUs on Tuesday."))
    assert m.get("year") is None


# -- one signer, several partners: one bilateral document each -------------------------------
def _facts_years(annotate_text: Annotate, text: str) -> list[tuple[tuple[str, ...], Any]]:
    return [(tuple(m.get("parties")), m.get("year")) for m in agreement.extract(annotate_text(text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("India has signed similar pacts with France, in 2019, and Germany, in 2021.", [(("FRA", "IND"), 2019), (("DEU", "IND"), 2021)]),
        ("Seoul inked free trade agreements with Chile in 2003 and Singapore in 2005.", [(("CHL", "KOR"), 2003), (("KOR", "SGP"), 2005)]),
        ("Australia concluded separate deals with Indonesia and the Philippines in 2024.", [(("AUS", "IDN"), 2024), (("AUS", "PHL"), 2024)]),
    ],
)
def test_one_fact_per_partner(annotate_text: Annotate, text: str, expected: list[tuple[tuple[str, ...], Any]]) -> None:
    assert _facts_years(annotate_text, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a single document, or a joint/trilateral one: all signers are its parties
        ("Vietnam signed a trilateral agreement with Laos and Cambodia in 2019.", [(("KHM", "LAO", "VNM"), 1)]),
        ("Brazil signed a joint declaration with Argentina and Uruguay.", [(("ARG", "BRA", "URY"), 1)]),
        ("Peru signed an agreement with Chile and Colombia.", [(("CHL", "COL", "PER"), 1)]),
    ],
)
def test_one_document_with_several_partners(annotate_text: Annotate, text: str, expected: list[tuple[tuple[str, ...], Any]]) -> None:
    assert facts(annotate_text, text) == expected


# -- "the leaders" of a summit several leaders travelled to: all the summit's states ---------
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Indonesian President Joko Widodo welcomed Malaysian Prime Minister Anwar Ibrahim, Thai Prime Minister Srettha Thavisin "
            "and Philippine President Ferdinand Marcos Jr. to Jakarta for a summit. The leaders signed a joint declaration on food security.",
            ("IDN", "MYS", "PHL", "THA"),
        ),
        (
            "Leaders of Brazil, Argentina and Uruguay arrived in Asuncion for a summit hosted by Paraguay. They signed the Asuncion Declaration on Saturday.",
            ("ARG", "BRA", "PRY", "URY"),
        ),
        (
            "French President Emmanuel Macron, German Chancellor Olaf Scholz and Italian Prime Minister Giorgia Meloni visited Kyiv on Thursday. "
            "The leaders signed a joint statement of support.",
            ("DEU", "FRA", "ITA", "UKR"),
        ),
        # a bilateral visit: still the pair
        ("Kenyan President William Ruto paid a state visit to Japan. The leaders signed a joint statement.", ("JPN", "KEN")),
    ],
)
def test_summit_leaders_sign_together(annotate_text: Annotate, text: str, expected: tuple[str, ...]) -> None:
    assert [p for p, _ in facts(annotate_text, text)] == [expected]


# -- "the first country to sign": an infinitive that states a signing -------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        ("In 2008, New Zealand became the first developed country to sign a free trade agreement with China.", (("CHN", "NZL"), 2008)),
        ("Mexico, which in 2004 became the second nation to ink a trade deal with Japan, now exports more.", (("JPN", "MEX"), 2004)),
        ("Singapore was the only ASEAN member to sign a defence pact with Australia in 1971.", (("AUS", "SGP"), 1971)),
    ],
)
def test_first_to_sign(annotate_text: Annotate, text: str, expected: tuple[tuple[str, ...], Any]) -> None:
    assert _facts_years(annotate_text, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam hopes to become the first ASEAN country to sign a trade deal with Israel.",
        "Indonesia aims to be the first country to sign the agreement with the EU.",
        "Thailand will be the first to sign a deal with Chile.",
        "Vietnam wants to be the next country to sign a deal with Israel.",
        "Kenya plans to sign a trade deal with India.",
    ],
)
def test_first_to_sign_not_a_fact_when_planned(annotate_text: Annotate, text: str) -> None:
    assert facts(annotate_text, text) == []


# -- seed corpus ------------------------------------------------------------------

# -- round 3: construction families ------------------------------------------------------------------
# Family: a list of signers, active or passive ("signed by A, B, C and D", "A, B, C and D signed"),
# any length, with an organiser or host ("hosted by", "organised by") that is not a signer.
SIGNER_LISTS = [
    (
        "The accord was signed by Argentina, Bolivia, Chile, Colombia, Ecuador and Peru in Lima.",
        [(("ARG", "BOL", "CHL", "COL", "ECU", "PER"), 1)],
    ),
    (
        "The trade pact was signed on Sunday by Cambodia, Laos, Myanmar, Thailand and Vietnam at a ceremony "
        "hosted by the Singaporean government.",
        [(("KHM", "LAO", "MMR", "THA", "VNM"), 1)],
    ),
    (
        "Kenya, Uganda, Tanzania, Rwanda and Burundi signed a customs protocol in Arusha, at a meeting "
        "organised by the African Union.",
        [(("BDI", "KEN", "RWA", "TZA", "UGA"), 1)],
    ),
    (
        "The convention was inked in Oslo by Norway, Sweden, Finland, Denmark and Iceland.",
        [(("DNK", "FIN", "ISL", "NOR", "SWE"), 1)],
    ),
    (
        "A regional fisheries agreement was signed today by Fiji, Samoa, Tonga, the Solomon Islands and Vanuatu "
        "in a ceremony chaired by Australia.",
        [(("FJI", "SLB", "TON", "VUT", "WSM"), 1)],
    ),
    (
        "Brazil, Argentina, Uruguay and Paraguay have signed the treaty, which was brokered by Spain.",
        [(("ARG", "BRA", "PRY", "URY"), 1)],
    ),
    (
        "The declaration was signed in Hanoi by Vietnam, Laos, Cambodia and Thailand at a meeting co-hosted by Japan.",
        [(("KHM", "LAO", "THA", "VNM"), 1)],
    ),
    (
        "Estonia, Latvia and Lithuania jointly signed a defence memorandum in Riga.",
        [(("EST", "LTU", "LVA"), 1)],
    ),
]


@pytest.mark.parametrize("text,expected", SIGNER_LISTS)
def test_lists_of_signers(annotate_text: Annotate, text: str, expected: list[tuple[tuple[str, ...], Any]]) -> None:
    assert facts(annotate_text, text) == expected


SIGNER_LISTS_NEGATIVES = [
    "The accord will be signed by Argentina, Bolivia, Chile, Colombia, Ecuador and Peru in Lima next month.",
    "The trade pact is expected to be signed by Cambodia, Laos, Myanmar, Thailand and Vietnam.",
    "Kenya, Uganda, Tanzania, Rwanda and Burundi plan to sign a customs protocol in Arusha.",
]


@pytest.mark.parametrize("text", SIGNER_LISTS_NEGATIVES)
def test_lists_of_signers_negatives(annotate_text: Annotate, text: str) -> None:
    assert facts(annotate_text, text) == []


# Family: one state signs a multilateral instrument, and a later sentence lists all its signers: the
# single-state fact is part of the listed signing, not a fact of its own.
def test_single_signer_subsumed_by_the_full_list(annotate_text: Annotate) -> None:
    text = (
        "LIMA, May 2, 2019 - Chilean Foreign Minister Roberto Ampuero on Thursday signed the Andean Fisheries "
        "Convention on behalf of Chile.\n\nThe convention was signed by Chile, Peru, Ecuador and Colombia."
    )
    assert facts(annotate_text, text) == [(("CHL", "COL", "ECU", "PER"), 1)]


@pytest.mark.parametrize("text", [
    "Chilean Foreign Minister Roberto Ampuero on Thursday signed the Andean Fisheries Convention.",
    "Vietnam signed the UN Convention against Cybercrime in October 2025.",
    "Norway became the 40th state to sign the treaty on Friday.",
])
def test_a_lone_signer_is_no_agreement(annotate_text: Annotate, text: str) -> None:
    """The contract's parties are at least two identified states or bodies: one signer alone is no fact."""
    assert facts(annotate_text, text) == []


# Family: a signing coordinated with an intent or another act ("agreed to X and signed Y",
# "vowed to deepen ties and inked Y"): the intent governs its own verb only.
COORDINATED = [
    (
        "Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Moscow. The two heads of "
        "state agreed to lift ties to a new level and signed a joint statement on cooperation.",
        [(("CHN", "RUS"), 1)],
    ),
    (
        "Japan and India vowed to deepen defence cooperation and signed three agreements on Monday.",
        [(("IND", "JPN"), 3)],
    ),
    (
        "Egypt and Saudi Arabia pledged to boost trade and inked a memorandum of understanding on energy.",
        [(("EGY", "SAU"), 1)],
    ),
    (
        "Indonesia and Malaysia agreed to resolve border issues peacefully and then signed two border accords.",
        [(("IDN", "MYS"), 2)],
    ),
    (
        "Peru and Chile promised to expand cooperation and exchanged four memoranda of understanding.",
        [(("CHL", "PER"), 4)],
    ),
    (
        "Vietnam and Cambodia vowed to fight smuggling, and later signed an agreement on border trade in 2019.",
        [(("KHM", "VNM"), 1)],
    ),
    (
        "Kenyan President William Ruto paid a state visit to Japan. The leaders discussed trade, before "
        "witnessing the signing of four cooperation documents.",
        [(("JPN", "KEN"), 4)],
    ),
]

COORDINATED_NEGATIVES = [
    "Japan and India agreed to sign three agreements next year.",
    "Egypt and Saudi Arabia pledged to boost trade and will sign a memorandum of understanding on energy.",
    "Indonesia and Malaysia hope to resolve border issues and to sign two border accords.",
]


@pytest.mark.parametrize("text,expected", COORDINATED)
def test_signing_coordinated_with_an_intent(annotate_text: Annotate, text: str, expected: list[tuple[tuple[str, ...], Any]]) -> None:
    assert sorted(facts(annotate_text, text)) == sorted((tuple(sorted(p)), c) for p, c in expected)


@pytest.mark.parametrize("text", COORDINATED_NEGATIVES)
def test_signing_coordinated_with_an_intent_negatives(annotate_text: Annotate, text: str) -> None:
    assert facts(annotate_text, text) == []


# Family: documents between companies, witnessed or signed, are not agreements between states
COMPANY_DEALS = [
    "Kenyan President William Ruto paid a state visit to Japan. The two presidents witnessed the exchange of "
    "commercial deals between Japanese and Kenyan companies.",
    "Indian Prime Minister Narendra Modi visited France. The leaders witnessed the signing of 12 agreements "
    "between Indian and French firms.",
    "Vietnamese Prime Minister Pham Minh Chinh visited Seoul. Both leaders attended the signing of business "
    "deals between Vietnamese and South Korean enterprises.",
    "Chilean President Gabriel Boric visited China. The two sides witnessed the exchange of commercial "
    "agreements between businesses of the two countries.",
    "Turkish President Recep Tayyip Erdogan visited Qatar. The leaders witnessed the signing of several "
    "business contracts.",
]


@pytest.mark.parametrize("text", COMPANY_DEALS)
def test_company_deals_witnessed_by_leaders(annotate_text: Annotate, text: str) -> None:
    assert facts(annotate_text, text) == []


# -- round 4: construction families ----------------------------------------------------
# generic signers ("officials", "ministers", "representatives", "delegations") resolved from the visit
GENERIC_SIGNERS = [
    ("Kenyan President William Ruto paid a state visit to China. Officials signed documents on roads, ports and farming.", ("CHN", "KEN")),
    ("Chilean President Gabriel Boric is on an official visit to Vietnam. Ministers signed four agreements on trade and mining.", ("CHL", "VNM")),
    ("Polish President Andrzej Duda visited Seoul this week. Representatives of the two governments signed an MoU on nuclear power.", ("KOR", "POL")),
    ("Nigerian President Bola Tinubu arrived in Brazil for an official visit. Later, ministers from both sides inked three memoranda.", ("BRA", "NGA")),
    ("Italian Prime Minister Giorgia Meloni paid an official visit to Japan. Senior officials exchanged six cooperation documents.", ("ITA", "JPN")),
    ("Thai Prime Minister Paetongtarn Shinawatra visited Laos on Monday. Delegations signed agreements on power trade and rail links.", ("LAO", "THA")),
    ("Egyptian President Abdel Fattah al-Sisi paid a state visit to India. Officials of the two countries signed five MoUs.", ("EGY", "IND")),
    ("Indonesian President Prabowo Subianto made a state visit to Turkey. Ministers later signed 12 agreements.", ("IDN", "TUR")),
]
GENERIC_SIGNERS_NEGATIVES = [
    "Kenyan President William Ruto paid a state visit to China. Officials will sign documents on roads next month.",
    "Chilean President Gabriel Boric is on an official visit to Vietnam. Ministers are expected to sign four agreements.",
    "Officials signed documents on roads, ports and farming.",
    "Polish President Andrzej Duda visited Seoul this week. Officials from Polish and Korean companies signed ten MoUs.",
]


@pytest.mark.parametrize("text,expected", GENERIC_SIGNERS)
def test_generic_signers_from_the_visit(annotate_text: Annotate, text: str, expected: tuple[str, ...]) -> None:
    assert [p for p, _ in facts(annotate_text, text)] == [expected]


@pytest.mark.parametrize("text", GENERIC_SIGNERS_NEGATIVES)
def test_generic_signers_negatives(annotate_text: Annotate, text: str) -> None:
    assert facts(annotate_text, text) == []


# documents between ministries and agencies of two states are state documents; a numbered
# statement splits into fragments ("2.", "3.") that do not break the reference to the visit
STATE_ORGANS = [
    "Spanish Prime Minister Pedro Sanchez paid an official visit to Mexico. The two leaders witnessed the exchange of cooperation documents between ministries and agencies of the two countries.",
    "Philippine President Ferdinand Marcos Jr. was on a state visit to Vietnam. The two presidents witnessed the signing of agreements between ministries of the two countries.",
    "Cuban President Miguel Diaz-Canel paid a state visit to Laos. Afterwards, documents between government agencies of the two countries were exchanged in the presence of both leaders.",
    "1. Malaysian Prime Minister Anwar Ibrahim paid an official visit to Cambodia on 3-4 June 2025.\n\n2.\n\nThe two sides agreed to deepen cooperation.\n\n3.\n\nThe two leaders witnessed the signing of the Trade Agreement between the two countries.",
]
STATE_ORGANS_NEGATIVES = [
    "Spanish Prime Minister Pedro Sanchez paid an official visit to Mexico. The two leaders witnessed the exchange of documents between companies and banks of the two countries.",
    "Cuban President Miguel Diaz-Canel paid a state visit to Laos. Documents between agencies of the two countries will be signed next year.",
]


@pytest.mark.parametrize("text", STATE_ORGANS)
def test_documents_between_state_organs(annotate_text: Annotate, text: str) -> None:
    assert len(facts(annotate_text, text)) == 1


@pytest.mark.parametrize("text", STATE_ORGANS_NEGATIVES)
def test_documents_between_state_organs_negatives(annotate_text: Annotate, text: str) -> None:
    assert facts(annotate_text, text) == []


# a document phrase with its owner and partner, then a participle: "X's FTA with Y, signed in 2011"
PARTICIPLE_OWNER = [
    ("Vietnam's free trade agreement with Chile, signed in 2011, remains its only one in the region.", ("CHL", "VNM")),
    ("Canada's trade pact with Ukraine, concluded in 2016, was modernised in 2023.", ("CAN", "UKR")),
    ("Mexico's agreement with the EU, signed in 2000, was updated in 2025.", ("MEX", "ORG:EU")),
    ("The free trade agreement between Peru and South Korea, signed in 2010, took effect a year later.", ("KOR", "PER")),
    ("Indonesia has few trade deals in Africa. Its preferential trade agreement with Mozambique, signed in 2022, is the first.", ("IDN", "MOZ")),
    ("Australia has long relied on US forces. Its defence treaty with the United States, inked in 1951, still anchors that.", ("AUS", "USA")),
    ("Japan's security pact with the Philippines, signed on Monday in Manila, eases troop visits.", ("JPN", "PHL")),
    ("India's trade deal with the UK, sealed in July 2025, cuts tariffs on whisky.", ("GBR", "IND")),
]
PARTICIPLE_OWNER_NEGATIVES = [
    "Vietnam's free trade agreement with Chile, to be signed in 2027, is its first in the region.",
    "Canada's trade pact with Ukraine, expected to be concluded in 2026, covers steel.",
    "Mexico's agreement with the EU, not yet signed, was updated in 2025.",
    "Vietnam's agreement with Chile, reached in 2011, remains its only one in the region.",
]


@pytest.mark.parametrize("text,expected", PARTICIPLE_OWNER)
def test_participle_after_an_owned_document(annotate_text: Annotate, text: str, expected: tuple[str, ...]) -> None:
    assert [p for p, _ in facts(annotate_text, text)] == [expected]


@pytest.mark.parametrize("text", PARTICIPLE_OWNER_NEGATIVES)
def test_participle_after_an_owned_document_negatives(annotate_text: Annotate, text: str) -> None:
    assert facts(annotate_text, text) == []


# a state named in a later subordinate clause or aside is no party
LATER_CLAUSE = [
    ("Japan and the Philippines signed a defence pact on Monday, as both countries grapple with China's assertiveness at sea.", ("JPN", "PHL")),
    ("Canada and the EU signed a trade deal on Sunday amid tensions with the United States.", ("CAN", "ORG:EU")),
    ("Australia and Japan inked a security accord in Perth — a pact that officials said was aimed at China.", ("AUS", "JPN")),
    ("South Korea and Poland signed an arms deal, while Germany watched with concern.", ("KOR", "POL")),
    ("India and France signed a jet deal on Friday, despite pressure from Russia.", ("FRA", "IND")),
    ("Vietnam and Laos signed a border protocol, as relations with Cambodia cooled.", ("LAO", "VNM")),
    ("Kenya and Ethiopia signed five agreements in Nairobi because trade with Somalia had collapsed.", ("ETH", "KEN")),
    ("Chile and Argentina signed a gas accord on Tuesday, although Bolivia objected.", ("ARG", "CHL")),
]


@pytest.mark.parametrize("text,expected", LATER_CLAUSE)
def test_state_in_a_later_clause_is_no_party(annotate_text: Annotate, text: str, expected: tuple[str, ...]) -> None:
    assert [p for p, _ in facts(annotate_text, text)] == [expected]


# a body's official by title, whatever country the person otherwise has
BODY_OFFICIALS = [
    ("European Council President Donald Tusk and European Commission President Jean-Claude Juncker inked the pact with Japanese Prime Minister Shinzo Abe.", ("JPN", "ORG:EU")),
    ("European Council President Antonio Costa signed the security and defence pact with South Korean President Lee Jae-myung.", ("KOR", "ORG:EU")),
    ("Japanese Prime Minister Fumio Kishida and European Council President Charles Michel signed a digital partnership agreement.", ("JPN", "ORG:EU")),
]


@pytest.mark.parametrize("text,expected", BODY_OFFICIALS)
def test_body_official_signs_for_the_body(annotate_text: Annotate, text: str, expected: tuple[str, ...]) -> None:
    assert [p for p, _ in facts(annotate_text, text)] == [expected]


# -- round 5: construction families ------------------------------------------------
# (A) "<welcomed / hailed / applauded / witnessed / attended> the signing of N documents" with the
#     parties from "the two sides" and the visit of the story
# (B) "signed X with <demonym> <lower-case title> <Name>": the counterpart's state is a party
# (C) a subject with an aside ("X, on a visit to Y after attending the A-B summit, witnessed the
#     signing of ... with Z"): the states of the aside are not parties
ROUND5_POSITIVES = [
    ("Indonesian President Prabowo Subianto paid a state visit to Japan. The two sides welcomed the signing of seven cooperation documents.",
     [(("IDN", "JPN"), 7)]),
    ("Kenyan President William Ruto paid a state visit to Germany. Both leaders hailed the signing of four agreements on energy and migration.",
     [(("DEU", "KEN"), 4)]),
    ("Chinese Premier Li Qiang paid an official visit to Australia. The two prime ministers applauded the signing of five memorandums of understanding.",
     [(("AUS", "CHN"), 5)]),
    ("Earlier, he had signed a defence treaty with North Korean leader Kim Jong Un, Russian President Vladimir Putin told reporters.", [(("PRK", "RUS"), 1)]),
    ("Russian President Vladimir Putin arrived in Hanoi. On the previous day he had signed a partnership treaty with North Korean leader Kim Jong Un.",
     [(("PRK", "RUS"), 1)]),
    ("Japan signed a security pact with Indonesian president Prabowo Subianto in April.", [(("IDN", "JPN"), 1)]),
    ("Indonesian President Prabowo Subianto, on a state visit to Canberra after attending the ASEAN-Australia summit in Melbourne, witnessed the signing of three agreements with Australian Prime Minister Anthony Albanese.",
     [(("AUS", "IDN"), 3)]),
    ("Indian Prime Minister Narendra Modi, during a stopover in Singapore after the G20 summit in Brazil, signed two agreements with Singaporean Prime Minister Lawrence Wong.",
     [(("IND", "SGP"), 2)]),
]


@pytest.mark.parametrize("text,expected", ROUND5_POSITIVES)
def test_round5_agreements(annotate_text: Annotate, text: str, expected: list[tuple[tuple[str, ...], Any]]) -> None:
    assert facts(annotate_text, text) == expected


ROUND5_NEGATIVES = [
    "Indonesian President Prabowo Subianto paid a state visit to Japan. The two sides welcomed the planned signing of seven cooperation documents.",
    "Indonesian President Prabowo Subianto paid a state visit to Japan. The two sides looked forward to the signing of seven cooperation documents.",
    "He will sign a defence treaty with North Korean leader Kim Jong Un next week, Russian President Vladimir Putin said.",
]


@pytest.mark.parametrize("text", ROUND5_NEGATIVES)
def test_round5_no_agreement(annotate_text: Annotate, text: str) -> None:
    assert facts(annotate_text, text) == []


# -- the pair from the shared discourse layer, not from the visit extractor ------------------------
PAIR_FROM_DISCOURSE = [
    # a dual subject is the story's pair, whatever third state the clause names in passing
    ("Egyptian President Abdel Fattah al-Sisi held talks with Indian Prime Minister Narendra Modi in New Delhi. "
     "Wary of Pakistan's influence, the two countries signed seven agreements.", [(("EGY", "IND"), 7)]),
    ("Ghana's President met Brazil's President in Brasilia on Monday. Mindful of Chinese competition, "
     "both sides inked three memoranda on farming.", [(("BRA", "GHA"), 3)]),
    # a passive signing "on that occasion" of the story's meeting
    ("Peruvian President Dina Boluarte held talks with Chilean President Gabriel Boric in Lima. "
     "On that occasion, a joint declaration on water was signed.", [(("CHL", "PER"), 1)]),
    # a list of signers goes on after "in addition to" / "along with"
    ("The charter was signed by Kenya, Uganda and Rwanda, in addition to the African Union.",
     [(("KEN", "ORG:AU", "RWA", "UGA"), 1)]),
]


@pytest.mark.parametrize("text,expected", PAIR_FROM_DISCOURSE)
def test_pair_from_discourse(annotate_text: Annotate, text: str, expected: list) -> None:
    assert facts(annotate_text, text) == expected


@pytest.mark.parametrize("text", [
    "Almost $15 billion in agreements have been signed between Japanese and Indian firms.",
    "Some US$3 billion worth of deals were signed during the visit of Kenya's President to Seoul.",
])
def test_money_in_deals_is_no_agreement(annotate_text: Annotate, text: str) -> None:
    assert facts(annotate_text, text) == []
