"""Visit extractor: who visited where, in many phrasings of our own."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from chancery.annotate.document import AnnotatedDocument
from chancery.extract import visit

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

Annotate = Callable[..., AnnotatedDocument]


def pairs(annotate_text: Annotate, text: str, published: str | None = None) -> set[tuple[str, str]]:
    return {(m.get("visitor_country"), m.get("host")) for m in visit.extract(annotate_text(text, published=published))}


POSITIVES = [
    # visitor-framed verbs and nouns
    ("Japanese Prime Minister Shigeru Ishiba paid an official visit to Vietnam from April 27 to 28, 2025.", {("JPN", "VNM")}),
    ("At the invitation of Vietnamese President Luong Cuong, Indonesian President Prabowo Subianto paid a state visit to Vietnam.", {("IDN", "VNM")}),
    ("Kenyan President William Ruto began a state visit to the United States on Monday.", {("KEN", "USA")}),
    ("French President Emmanuel Macron was on a state visit to Vietnam in May 2025.", {("FRA", "VNM")}),
    ("Chinese Premier Li Qiang visited Australia, New Zealand and Malaysia in June 2024.", {("CHN", "AUS"), ("CHN", "NZL"), ("CHN", "MYS")}),
    ("Thai Prime Minister Paetongtarn Shinawatra made her first official visit to China last year.", {("THA", "CHN")}),
    ("Chinese Foreign Minister Wang Yi wrapped up his visit to Indonesia on Friday.", {("CHN", "IDN")}),
    # possessives
    ("Joe Biden's two-day trip to Hanoi in September 2023 upgraded ties.", {("USA", "VNM")}),
    ("Narendra Modi's state visit to the US drew large crowds.", {("IND", "USA")}),
    ("Indonesia's Prabowo went to China in his first overseas trip as president.", {("IDN", "CHN")}),
    # "by X" after the noun
    ("The state visit by Chinese President Xi Jinping to Vietnam in December 2023 lifted ties.", {("CHN", "VNM")}),
    # arrivals, travel, presence
    ("Prime Minister Pham Minh Chinh arrived in Tokyo on Sunday for a three-day official visit to Japan.", {("VNM", "JPN")}),
    ("Vladimir Putin travelled to Pyongyang in June 2024, his first trip there in 24 years.", {("RUS", "PRK")}),
    ("Vietnam's top leader To Lam flew to Washington on Monday.", {("VNM", "USA")}),
    ("Chinese President Xi Jinping is in Hanoi for a two-day state visit.", {("CHN", "VNM")}),
    ("German Chancellor Olaf Scholz was in Beijing for talks with Xi Jinping.", {("DEU", "CHN")}),
    # summits abroad (city -> country from the lexicon)
    ("Pham Minh Chinh attended the G20 summit in Rio de Janeiro in November 2024.", {("VNM", "BRA")}),
    ("South Korean President Yoon Suk Yeol toured a semiconductor plant in Ho Chi Minh City.", {("KOR", "VNM")}),
    ("Xi Jinping met Joe Biden in San Francisco on the sidelines of the APEC summit.", {("CHN", "USA")}),
    # host-framed
    ("Vietnam has welcomed many heads of state, including leaders from China, Russia and Japan.", {("CHN", "VNM"), ("RUS", "VNM"), ("JPN", "VNM")}),
    ("Indian Prime Minister Narendra Modi hosted Vietnamese Prime Minister Pham Minh Chinh in New Delhi.", {("VNM", "IND")}),
    ("Vietnamese President Luong Cuong received visiting Lao Prime Minister Sonexay Siphandone in Hanoi on Tuesday.", {("LAO", "VNM")}),
    ("Japan hosted the G7 summit in Hiroshima, attended by leaders of the US, France and Canada.", {("USA", "JPN"), ("FRA", "JPN"), ("CAN", "JPN")}),
    # passives
    ("Japanese Emperor Naruhito was welcomed by Vietnamese President Vo Van Thuong at the Presidential Palace.", {("JPN", "VNM")}),
    ("Pham Minh Chinh was received in Tokyo by Japanese Prime Minister Fumio Kishida.", {("VNM", "JPN")}),
    # lists of visitors
    ("The leaders of China and Russia visited Pyongyang in 2024.", {("CHN", "PRK"), ("RUS", "PRK")}),
    ("A Japanese delegation led by Deputy Foreign Minister Hiroshi Suzuki visited Hanoi.", {("JPN", "VNM")}),
    # pronoun subject after a sentence naming the visitor
    # arriving home is no visit to Jakarta, but the leg he came from is one (round 4: previous legs)
    ("Indonesian President Prabowo Subianto spoke to reporters on Sunday. He arrived in Jakarta from Canberra.", {("IDN", "AUS")}),
    ("Philippine President Ferdinand Marcos Jr. met business leaders. He later arrived in Tokyo for talks.", {("PHL", "JPN")}),
    ("During his visit to Japan, Pham Minh Chinh met Emperor Naruhito.", {("VNM", "JPN")}),
    # an international body's official
    ("UN Secretary-General Antonio Guterres visited Vietnam in October 2025.", {("ORG:UN", "VNM")}),
    ("Prime Minister Narendra Modi wrapped up a two-nation tour of Ghana and Trinidad and Tobago.", {("IND", "GHA"), ("IND", "TTO")}),
    ("The visit is the first by a Japanese prime minister to Vietnam in five years.", {("JPN", "VNM")}),
    ("Chinese President Xi Jinping and Russian President Vladimir Putin held talks in Moscow.", {("CHN", "RUS")}),
]


@pytest.mark.parametrize("text,expected", POSITIVES)
def test_visits_found(annotate_text: Annotate, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(annotate_text, text) == expected


def test_dateline_gives_the_host(annotate_text: Annotate) -> None:
    text = "HANOI (VNA) — Visiting Japanese Prime Minister Fumio Kishida held talks with his counterpart on Monday."
    assert pairs(annotate_text, text) == {("JPN", "VNM")}


NEGATIVES = [
    "Prime Minister Narendra Modi will pay a state visit to the United States next month.",
    "Chinese Premier Li Qiang is scheduled to visit Australia.",
    "Fumio Kishida plans to visit Hanoi later this year.",
    "Vietnamese President To Lam invited Joe Biden to visit Vietnam.",
    "Anthony Albanese accepted the invitation to visit Vietnam at an early date.",
    "Vietnamese Prime Minister Pham Minh Chinh is expected to visit Brazil.",
    "Ahead of his visit to Seoul, Japanese Prime Minister Fumio Kishida spoke to reporters.",
    "Pham Minh Chinh held phone talks with Japanese Prime Minister Fumio Kishida on Monday.",
    "Joe Biden and Xi Jinping met via video link from Washington.",
    "The leaders of Vietnam and Australia attended a virtual summit hosted from Canberra.",
    "US Ambassador to Vietnam Marc Knapper visited Da Nang on Monday.",
    "Japanese Ambassador Ito Naoki said Tokyo would continue to support Hanoi.",
    "The USS Ronald Reagan aircraft carrier made a port call in Da Nang.",
    "A visit by a US aircraft carrier to Cam Ranh Bay drew attention.",
    "Vietnam welcomed 17.5 million foreign tourist arrivals in 2024.",
    "General Secretary To Lam visited Da Nang on Sunday.",
    "Vietnam received US$2 billion in ODA from Japan last year.",
    "Japanese investors visited Vietnam to explore opportunities.",
    "Vietnam welcomed Japan's decision to extend the credit line.",
    "Chinese President Xi Jinping did not visit Vietnam that year.",
    "Students from Vietnam visited Japan on a study tour.",
    "Vietnam's trade with China rose sharply.",
    "Vietnamese Prime Minister Pham Minh Chinh received Japanese Ambassador Ito Naoki in Hanoi on Monday.",
    "President Luong Cuong received a letter from Russian President Vladimir Putin.",
    "The Chinese Embassy in Hanoi hosted a reception to mark National Day.",
    "Chinese tourists visiting Vietnam rose 40 percent.",
    "Thai Prime Minister Srettha Thavisin attended the ASEAN-Australia Special Summit virtually.",
    "Xi Jinping could visit Vietnam later this year, sources said.",
    "US President Donald Trump said he would travel to China in April.",
    "Malaysian Prime Minister Anwar Ibrahim hopes to visit India soon.",
]


# -- frames whose host is not written right after the verb ------------------------------
CONTEXT_POSITIVES = [
    # a relative clause on the visitor ("X, who is on a visit to Y")
    ("Japanese Prime Minister Fumio Kishida held talks with Philippine President Ferdinand Marcos Jr., who is on an official visit to Tokyo.", {("PHL", "JPN")}),
    ("Chinese Premier Li Qiang met German Chancellor Olaf Scholz, who traveled to Beijing with a business delegation.", {("DEU", "CHN")}),
    ("Chinese President Xi Jinping greeted South African President Cyril Ramaphosa, who was on a state visit to China.", {("ZAF", "CHN")}),
    # attending an event: the dateline, "hosted by", "<city>, where he attended"
    ("GENEVA (AP) - The conference ended on Friday.\nIndonesian Foreign Minister Retno Marsudi, who attended the conference, called for a ceasefire.", {("IDN", "CHE")}),
    ("NEW DELHI, Sept 9 (Reuters) - The G20 summit opened on Saturday.\nBrazilian President Luiz Inacio Lula da Silva also took part.", {("BRA", "IND")}),
    ("Canadian Prime Minister Justin Trudeau attended the summit hosted by Japan.", {("CAN", "JPN")}),
    ("Turkish President Recep Tayyip Erdogan returned to Ankara from Baku, where he attended the climate conference.", {("TUR", "AZE")}),
    ("BANGKOK (Reuters) - Chinese Foreign Minister Wang Yi attended the ASEAN meeting in Vientiane.", {("CHN", "LAO")}),
    ("Indonesian President Joko Widodo joined fellow G20 leaders in Rome for the summit.", {("IDN", "ITA")}),
    ("Brazilian President Luiz Inacio Lula da Silva joined world leaders at the UN headquarters in New York.", {("BRA", "USA")}),
    # arriving with no place: the dateline
    ("MANILA (Reuters) - US Secretary of State Antony Blinken arrived on Tuesday for talks on the South China Sea.", {("USA", "PHL")}),
    ("CANBERRA, March 20 (AAP) - Chinese Foreign Minister Wang Yi flew in to hold talks with Penny Wong.", {("CHN", "AUS")}),
    # talks with the dateline country's leader, no place named
    ("SEOUL, Jan 5 (Yonhap) - Japanese Foreign Minister Yoko Kamikawa held talks with South Korean Foreign Minister Cho Tae-yul on Friday.", {("JPN", "KOR")}),
    ("ANKARA (Anadolu) - Turkish President Recep Tayyip Erdogan met Hungarian Prime Minister Viktor Orban at the presidential complex.", {("HUN", "TUR")}),
    ("SEOUL (Yonhap) - South Korean Foreign Minister Park Jin met Chinese Foreign Minister Wang Yi during his trip to Beijing.", {("KOR", "CHN")}),
    # a destination chosen
    ("British Prime Minister Keir Starmer picked Germany for his first trip abroad.", {("GBR", "DEU")}),
    ("Philippine President Ferdinand Marcos Jr. chose Indonesia as the first stop of his overseas tour.", {("PHL", "IDN")}),
    ("Thai Prime Minister Srettha Thavisin made Cambodia the destination of his first official visit.", {("THA", "KHM")}),
    # a stop during a trip
    ("Russian President Vladimir Putin's stop in Astana lasted two days.", {("RUS", "KAZ")}),
    ("Japanese Prime Minister Fumio Kishida made a stop in Manila on his way home.", {("JPN", "PHL")}),
    # the host named by description, the dateline gives it
    ("Kuala Lumpur, May 3, 2024 (Bernama) - Philippine President Ferdinand Marcos Jr. wrapped up his working visit to the neighbouring country on Friday.", {("PHL", "MYS")}),
    ("JAKARTA (Antara) - Singaporean Prime Minister Lawrence Wong's visit to the archipelago nation focused on trade.", {("SGP", "IDN")}),
    # a middle name used alone later; a narrated past-perfect visit
    ("Brazilian President Luiz Inacio Lula da Silva spoke on Monday. In 2023 Lula paid an official visit to the United Arab Emirates.", {("BRA", "ARE")}),
    ("Mexican President Andres Manuel Lopez Obrador addressed reporters. Lopez had travelled to Washington in July 2020.", {("MEX", "USA")}),
    # a visit abroad in the lede, the visitor's own country in the dateline
    ("HANOI (VNA) - Vietnamese President Vo Van Thuong's state visits to Laos and Cambodia ended on Friday.", {("VNM", "LAO"), ("VNM", "KHM")}),
]


@pytest.mark.parametrize("text,expected", CONTEXT_POSITIVES)
def test_visits_from_context(annotate_text: Annotate, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(annotate_text, text) == expected


CONTEXT_NEGATIVES = [
    "NAIROBI (Reuters) - Kenyan President William Ruto attended the summit.",
    "NAIROBI (Reuters) - US envoy John Kerry took part in the talks by video link.",
    "US climate envoy John Kerry also took part.",
    "TOKYO (Kyodo) - Vietnamese Prime Minister Pham Minh Chinh will attend the summit.",
    "TOKYO (Kyodo) - Japan took part in the drafting of the statement.",
    "Chinese Foreign Minister Wang Yi arrived on Tuesday for talks.",
    "CANBERRA (AAP) - The two sides arrived at a consensus on trade.",
    "CANBERRA (AAP) - Chinese Foreign Minister Wang Yi is expected to fly in on Monday.",
    "SEOUL (Yonhap) - South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida on the sidelines of the NATO summit.",
    "SEOUL (Yonhap) - South Korean President Yoon Suk Yeol held phone talks with Japanese Prime Minister Fumio Kishida.",
    "Japanese Foreign Minister Yoko Kamikawa held talks with South Korean Foreign Minister Cho Tae-yul on Friday.",
    "SEOUL (Yonhap) - South Korean President Yoon Suk Yeol will meet Japanese Prime Minister Fumio Kishida next week.",
    "SEOUL (Yonhap) - South Korea's ambassador met Japanese Prime Minister Fumio Kishida.",
    "Japan made Vietnam the destination of most of its investment.",
    "Thai Prime Minister Srettha Thavisin will make Cambodia the destination of his first trip.",
    "Investors chose Vietnam for their factories.",
    "The ceasefire put a stop to fighting in Gaza.",
    "Vietnam called for a stop to the attacks in Ukraine.",
    "Chinese President Xi Jinping's planned stop in Paris was cancelled.",
    "Vietnam joined other ASEAN members in condemning the attack.",
    "Chinese Premier Li Qiang joined leaders in calling for restraint.",
    "Singaporean Prime Minister Lawrence Wong's visit to the archipelago nation focused on trade.",
    "The minister said the talks in Geneva, where negotiators met, were useful.",
]


@pytest.mark.parametrize("text", CONTEXT_NEGATIVES)
def test_no_visit_from_context(annotate_text: Annotate, text: str) -> None:
    assert pairs(annotate_text, text) == set()


def test_talks_abroad_are_not_at_the_dateline(annotate_text: Annotate) -> None:
    text = "HANOI (VNA) - State President Vo Van Thuong is on a working trip to the United States.\nThuong met US President Joe Biden on Tuesday."
    assert pairs(annotate_text, text) == {("VNM", "USA")}


def test_middle_name_alias_stays_inside_a_city(annotate_text: Annotate) -> None:
    text = "Vietnamese Prime Minister Pham Minh Chinh spoke. South Korean President Yoon Suk Yeol toured a plant in Ho Chi Minh City."
    assert pairs(annotate_text, text) == {("KOR", "VNM")}


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_visit(annotate_text: Annotate, text: str) -> None:
    assert pairs(annotate_text, text) == set()


def test_fields_and_cameo(annotate_text: Annotate) -> None:
    [m] = visit.extract(annotate_text("Australian Prime Minister Anthony Albanese visited Vietnam in June 2025."))
    assert m.fields() == {"visitor_country": "AUS", "host": "VNM", "visitor": "Anthony Albanese", "year": 2025, "cameo": "042"}
    [h] = visit.extract(annotate_text("Vietnamese President Luong Cuong received Chilean President Gabriel Boric in Hanoi."))
    assert (h.get("visitor_country"), h.get("host"), h.get("cameo")) == ("CHL", "VNM", "043")


def test_evidence_is_the_sentence(annotate_text: Annotate) -> None:
    adoc = annotate_text("Trade grew. Malaysian Prime Minister Anwar Ibrahim arrived in Hanoi on Thursday.")
    [m] = visit.extract(adoc)
    assert adoc.text[m.evidence.start : m.evidence.end] == m.evidence.text
    assert m.evidence.text.startswith("Malaysian Prime Minister")


def test_visitor_without_a_name_is_null(annotate_text: Annotate) -> None:
    [m] = visit.extract(annotate_text("A Chinese delegation visited Laos in March 2024."))
    assert m.get("visitor") is None and m.get("visitor_country") == "CHN" and m.get("host") == "LAO"


# -- year -----------------------------------------------------------------------
def test_year_relative_to_published_date(annotate_text: Annotate) -> None:
    [m] = visit.extract(annotate_text("Singaporean Prime Minister Lawrence Wong arrived in Hanoi on Monday.", published="2025-10-08"))
    assert m.get("year") == 2025


def test_year_last_year_relative(annotate_text: Annotate) -> None:
    [m] = visit.extract(annotate_text("Thai Prime Minister Paetongtarn Shinawatra visited China last year.", published="2025-03-02"))
    assert m.get("year") == 2024


def test_year_from_dateline(annotate_text: Annotate) -> None:
    text = "HANOI, Oct 8, 2025 (VNA) — Cambodian Prime Minister Hun Manet arrived in Hanoi on Wednesday for an official visit."
    years = {m.get("year") for m in visit.extract(annotate_text(text))}
    assert years == {2025}


def test_year_none_without_date(annotate_text: Annotate) -> None:
    [m] = visit.extract(annotate_text("New Zealand Prime Minister Christopher Luxon visited Vietnam on Monday."))
    assert m.get("year") is None


# -- seed corpus ------------------------------------------------------------------

# -- lists of leaders, capitals by demonym, summits abroad, onward legs ----------------------
ROUND3_POSITIVES = [
    # a list of titled leaders as the subject
    ("Indonesian President Joko Widodo, Thai Prime Minister Prayut Chan-o-cha and Malaysian Prime Minister Anwar Ibrahim were among those who flew to Tokyo.",
     {("IDN", "JPN"), ("THA", "JPN"), ("MYS", "JPN")}),
    ("Kenyan President William Ruto and South African President Cyril Ramaphosa travelled to Beijing for the forum.", {("KEN", "CHN"), ("ZAF", "CHN")}),
    # "the <demonym> capital" is that country
    ("Chinese Foreign Minister Wang Yi and Russian Foreign Minister Sergei Lavrov were in the Indonesian capital for talks.", {("CHN", "IDN"), ("RUS", "IDN")}),
    ("German Chancellor Olaf Scholz arrived in the Indian capital on Friday.", {("DEU", "IND")}),
    ("Japanese Prime Minister Fumio Kishida travelled to the Philippine capital last year.", {("JPN", "PHL")}),
    # "the leaders of A, B and C" coordinated with a named visitor
    ("NATO chief Jens Stoltenberg and the leaders of Poland, Estonia and Latvia travelled to Kyiv for talks.", {("ORG:NATO", "UKR"), ("POL", "UKR"), ("EST", "UKR"), ("LVA", "UKR")}),
    ("Chinese Premier Li Qiang and leaders from Laos and Cambodia flew to Bangkok.", {("CHN", "THA"), ("LAO", "THA"), ("KHM", "THA")}),
    # attending an event whose relative clause names the place
    ("Laotian Prime Minister Sonexay Siphandone was among the leaders attending the Mekong summit, which opened in Bangkok on Monday.", {("LAO", "THA")}),
    ("Australian Prime Minister Anthony Albanese attended a session of the G20 summit, which India hosted in New Delhi.", {("AUS", "IND")}),
    ("Philippine President Ferdinand Marcos Jr. attended the forum, which was held in Singapore.", {("PHL", "SGP")}),
    # ", and <another subject> flew in": the later clause has its own subject
    ("BRASILIA (Reuters) - Chinese President Xi Jinping and Indian Prime Minister Narendra Modi were among those attending, and South African President Cyril Ramaphosa flew in to meet the leaders.",
     {("CHN", "BRA"), ("IND", "BRA"), ("ZAF", "BRA")}),
    ("JAKARTA (Antara) - Japanese Prime Minister Fumio Kishida attended the opening ceremony, and Australian Prime Minister Anthony Albanese arrived later for talks.",
     {("JPN", "IDN"), ("AUS", "IDN")}),
    # two foreign leaders holding their summit in a third country
    ("Chinese President Xi Jinping and US President Joe Biden wrapped up their talks in San Francisco on Wednesday.", {("CHN", "USA")}),
    ("North Korean leader Kim Jong Un and Russian President Vladimir Putin began a two-day summit in Vladivostok.", {("PRK", "RUS")}),
    ("US President Donald Trump and North Korean leader Kim Jong Un ended their first summit in Singapore.", {("USA", "SGP"), ("PRK", "SGP")}),
    # joining a person at a venue
    ("CAIRO (AP) - Belgian Prime Minister Alexander De Croo and Greek Prime Minister Kyriakos Mitsotakis joined EU chief Ursula von der Leyen at the presidential palace.",
     {("BEL", "EGY"), ("GRC", "EGY")}),
    ("South Korean President Yoon Suk Yeol joined US President Joe Biden in Hiroshima on Friday.", {("KOR", "JPN")}),
    ("Australian Prime Minister Anthony Albanese joined Indonesian President Joko Widodo at the state palace.", {("AUS", "IDN")}),
    # "became the first ... to visit" is a visit made
    ("Last year, Emmanuel Macron became the first French president to visit Mongolia.", {("FRA", "MNG")}),
    ("Joko Widodo was the first Indonesian leader to make a state visit to Australia in a decade.", {("IDN", "AUS")}),
    ("In 2016 Barack Obama became the first sitting US president to visit Hiroshima.", {("USA", "JPN")}),
    # a body's official by title; a state before a lower-case title
    ("ASEAN Secretary-General Kao Kim Hourn arrived in Dili on Monday.", {("ORG:ASEAN", "TLS")}),
    ("EU Trade Commissioner Valdis Dombrovskis flew to Jakarta to sign the deal.", {("ORG:EU", "IDN")}),
    ("IMF chief Kristalina Georgieva travelled to Colombo on Tuesday.", {("ORG:IMF", "LKA")}),
    ("ASEAN leaders including Indonesian President Joko Widodo travelled to Tokyo.", {("IDN", "JPN")}),
    ("HANOI (VNA) - Hungarian foreign minister Peter Szijjarto flew to Hanoi for the ceremony.", {("HUN", "VNM")}),
    # past-tense onward legs are legs made
    ("Indian Prime Minister Narendra Modi travelled on to Ghana on Wednesday.", {("IND", "GHA")}),
]


@pytest.mark.parametrize("text,expected", ROUND3_POSITIVES)
def test_round3_visits(annotate_text: Annotate, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(annotate_text, text) == expected


ROUND3_NEGATIVES = [
    # planned onward legs in the present tense
    "Indian Prime Minister Narendra Modi travels on to the Maldives on Friday.",
    "Chinese Premier Li Qiang then flies to Canberra.",
    "Australian Prime Minister Anthony Albanese travels to Beijing next week.",
    "Japanese Prime Minister Fumio Kishida arrives in Manila next.",
    # a summit to come, a summit named in another sentence role
    "Xi Jinping and Vladimir Putin will hold their summit in Astana.",
    "Kim Jong Un and Vladimir Putin are expected to begin their summit in Vladivostok.",
    # "the first ... to visit" that is still to come
    "Anthony Albanese will become the first Australian prime minister to visit China since 2016.",
    "Anthony Albanese is set to become the first Australian leader to visit Mongolia.",
    "Fumio Kishida was the first leader to be invited to visit the new capital.",
    # joining someone in an action, or a join to come
    "HANOI (VNA) - Cambodian Prime Minister Hun Manet joined Thai Prime Minister Srettha Thavisin in calling for restraint.",
    "Australian Prime Minister Anthony Albanese joined Indonesian President Joko Widodo at the summit.",
    # the demonym capital of the visitor's own country; its capital as a party
    "Vietnamese Prime Minister Pham Minh Chinh returned to the Vietnamese capital on Sunday.",
    # a body's official that is not a visitor
    "EU Ambassador Julien Guerrier visited Hue on Monday.",
]


@pytest.mark.parametrize("text", ROUND3_NEGATIVES)
def test_round3_no_visit(annotate_text: Annotate, text: str) -> None:
    assert pairs(annotate_text, text) == set()


def test_state_visit_host_is_not_a_later_clause(annotate_text: Annotate) -> None:
    text = ("MANILA (Reuters) - Japanese Prime Minister Fumio Kishida combined the talks with an official visit, "
            "while South Korean President Yoon Suk Yeol, whose country signed a deal with Manila in 2023, met Philippine leaders.")
    assert ("JPN", "KOR") not in pairs(annotate_text, text)
    text2 = ("Chinese President Xi Jinping paired the summit with a state visit, while Russian President Vladimir Putin "
             "held separate talks with Vietnamese leaders.")
    assert ("CHN", "RUS") not in pairs(annotate_text, text2)


@pytest.mark.parametrize("text,year", [
    ("Russian President Vladimir Putin, whose country upgraded ties with Mongolia in 2019, attended a parade in Ulaanbaatar in 2024.", 2024),
    ("Chinese President Xi Jinping, whose government signed the pact in 2015, visited Hanoi on Tuesday.", 2025),
    ("Malaysian Prime Minister Anwar Ibrahim, whose country took the ASEAN chair in 2025, toured a plant in Seoul last year.", 2024),
    ("Canadian Prime Minister Justin Trudeau attended the summit, which Japan hosted in Hiroshima in 2023.", 2023),
])
def test_year_not_from_an_aside(annotate_text: Annotate, text: str, year: int) -> None:
    years = {m.get("year") for m in visit.extract(annotate_text(text, published="2025-08-29"))}
    assert years == {year}


def test_two_visits_of_different_years_in_one_sentence(annotate_text: Annotate) -> None:
    text = "Indian Prime Minister Narendra Modi, who first visited Japan in 2014, arrived in Tokyo on Friday."
    years = {m.get("year") for m in visit.extract(annotate_text(text, published="2025-08-29"))}
    assert years == {2014, 2025}


# -- round 4: families of phrasings -----------------------------------------------------------
ROUND4_POSITIVES = [
    # F1 representing one's state at an event abroad; a state represented by an official; sending a stand-in
    ("Russian Foreign Minister Sergei Lavrov represented Moscow at the summit in Hanoi.", {("RUS", "VNM")}),
    ("JAKARTA (Antara) - The summit opened on Monday. Chinese Premier Li Qiang represented Beijing.", {("CHN", "IDN")}),
    ("Chinese Premier Li Qiang represented China at the G20 summit in New Delhi last year.", {("CHN", "IND")}),
    ("Moscow was represented by Foreign Minister Sergei Lavrov at the talks in Geneva.", {("RUS", "CHE")}),
    ("India was represented at the summit in Johannesburg by Prime Minister Narendra Modi.", {("IND", "ZAF")}),
    ("Xi Jinping sent Vice President Han Zheng to the inauguration in Brasilia.", {("CHN", "BRA")}),
    ("PRETORIA (AFP) - The summit closed on Friday. Russia was represented in person by Foreign Minister Sergei Lavrov.", {("RUS", "ZAF")}),
    ("Japanese Prime Minister Fumio Kishida, who represented Japan at the funeral in London, met King Charles.", {("JPN", "GBR")}),
    ("Vladimir Putin skipped the summit in Bali and sent Foreign Minister Sergei Lavrov in his place.", {("RUS", "IDN")}),
    ("NEW DELHI (Reuters) - The G20 summit opened on Saturday. Chinese President Xi Jinping stayed away and sent Premier Li Qiang instead.", {("CHN", "IND")}),
    # F2 an act at an event abroad: the event's place, its organiser, or the dateline
    ("SANTIAGO (AP) - Vietnamese trade minister Nguyen Hong Dien signed the pact on behalf of Vietnam at a ceremony organised by the Chilean government.", {("VNM", "CHL")}),
    ("Japanese Prime Minister Fumio Kishida spoke at the summit in Jakarta on Tuesday.", {("JPN", "IDN")}),
    ("Indian Prime Minister Narendra Modi signed the declaration at a ceremony in Tokyo on Monday.", {("IND", "JPN")}),
    ("Australian Foreign Minister Penny Wong delivered a speech at the forum hosted by Singapore.", {("AUS", "SGP")}),
    ("Malaysian Prime Minister Anwar Ibrahim laid a wreath at a ceremony in Hanoi.", {("MYS", "VNM")}),
    ("Speaking at the summit in Jakarta, Japanese Prime Minister Fumio Kishida called for restraint.", {("JPN", "IDN")}),
    ("US Secretary of State Antony Blinken, speaking at a ceremony in Hanoi, said ties were strong.", {("USA", "VNM")}),
    ("WELLINGTON (AP) - The pact was signed today. Vietnamese trade minister Nguyen Hong Dien, who flew in to sign on behalf of Vietnam, praised the deal.", {("VNM", "NZL")}),
    ("BANGKOK (Reuters) - Chinese Foreign Minister Wang Yi said at a forum on Friday that trade with Thailand would grow.", {("CHN", "THA")}),
    # F3 an event that drew / was attended by leaders: its place, its host, the dateline
    ("The summit in Jakarta drew Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi.", {("JPN", "IDN"), ("IND", "IDN")}),
    ("Vietnam hosted the APEC meeting in Da Nang. The gathering drew Chinese President Xi Jinping and Russian President Vladimir Putin, among others.", {("CHN", "VNM"), ("RUS", "VNM")}),
    ("Besides Joe Biden, the summit in Tokyo attracted Indian Prime Minister Narendra Modi.", {("USA", "JPN"), ("IND", "JPN")}),
    ("The funeral in London was attended by Japanese Emperor Naruhito and US President Joe Biden.", {("JPN", "GBR"), ("USA", "GBR")}),
    ("NEW DELHI (Reuters) - The forum drew Brazilian President Luiz Inacio Lula da Silva and South African President Cyril Ramaphosa.", {("BRA", "IND"), ("ZAF", "IND")}),
    ("The ceremony in Tokyo was attended by Vietnamese President Vo Van Thuong.", {("VNM", "JPN")}),
    ("The Quad summit in New Delhi brought together Japanese Prime Minister Fumio Kishida and US President Joe Biden.", {("JPN", "IND"), ("USA", "IND")}),
    ("The summit, hosted by India, was attended by Japanese Prime Minister Fumio Kishida.", {("JPN", "IND")}),
    # F4 "X, the first <title> to visit Y": an appositive of a visit made
    ("Narendra Modi, the first Indian prime minister to visit Vietnam in 15 years, laid a wreath on Saturday.", {("IND", "VNM")}),
    ("Emmanuel Macron, the first French president to visit Mongolia, toured a museum.", {("FRA", "MNG")}),
    ("Anthony Albanese, only the second Australian leader to visit Papua New Guinea, spoke on Thursday.", {("AUS", "PNG")}),
    ("Joe Biden, the first US president to visit Angola, announced new aid.", {("USA", "AGO")}),
    # F5 the subject after a fronted adverbial or inside an "as" clause; "and he" after another person
    ("Three months after the Jakarta trip, Singapore's Prime Minister Lee Hsien Loong came to Hanoi to seal the partnership.", {("SGP", "VNM")}),
    ("Two weeks after the Tokyo summit, Indian Prime Minister Narendra Modi flew to Moscow.", {("IND", "RUS")}),
    ("Following the Manila meeting, Japanese Prime Minister Fumio Kishida travelled to Kuala Lumpur.", {("JPN", "MYS")}),
    ("China and Chile raised their ties as Chinese President Xi Jinping held talks with his Chilean counterpart during a state visit.", {("CHN", "CHL")}),
    ("Japan and Vietnam upgraded ties as Japanese Prime Minister Fumio Kishida held talks with Vietnamese President Vo Van Thuong during an official visit.", {("JPN", "VNM")}),
    ("President Vo Van Thuong was in Jakarta when he and Indonesian President Joko Widodo announced the upgrade, and he travelled to Washington a month later.", {("VNM", "IDN"), ("VNM", "USA")}),
    # F6 co-participants "along with", "together with"
    ("JOHANNESBURG (AFP) - The summit opened on Tuesday. Chinese President Xi Jinping attended along with Indian Prime Minister Narendra Modi and Brazilian President Luiz Inacio Lula da Silva.",
     {("CHN", "ZAF"), ("IND", "ZAF"), ("BRA", "ZAF")}),
    ("Japanese Prime Minister Fumio Kishida attended the summit in Jakarta along with Australian Prime Minister Anthony Albanese.", {("JPN", "IDN"), ("AUS", "IDN")}),
    ("Canadian Prime Minister Justin Trudeau arrived in Tokyo together with French President Emmanuel Macron.", {("CAN", "JPN"), ("FRA", "JPN")}),
    # F7 a tour that took the visitor to several places
    ("Chinese President Xi Jinping ended a tour that also took him to Ecuador and to Peru.", {("CHN", "ECU"), ("CHN", "PER")}),
    ("Indian Prime Minister Narendra Modi wrapped up a trip that took him to Ghana, Namibia and to Brazil.", {("IND", "GHA"), ("IND", "NAM"), ("IND", "BRA")}),
    # F8 two foreign leaders meeting at an event the dateline country hosts
    ("NUSA DUA, Bali (Reuters) - The G20 summit hosted by Indonesia opened on Tuesday.\nOn the eve of the summit, US President Joe Biden and Chinese President Xi Jinping held their first meeting on the island.",
     {("USA", "IDN"), ("CHN", "IDN")}),
    ("NEW DELHI (Reuters) - India hosts the G20 summit this weekend.\nOn the sidelines of the summit, Japanese Prime Minister Fumio Kishida met Brazilian President Luiz Inacio Lula da Silva.",
     {("JPN", "IND"), ("BRA", "IND")}),
    # F9 the dateline when a subject state is no place ("India and Vietnam elevated ties as X held talks")
    ("HANOI (PTI) - India and Vietnam on Saturday elevated their ties as Prime Minister Narendra Modi held wide-ranging talks with his Vietnamese counterpart Nguyen Xuan Phuc.", {("IND", "VNM")}),
]


@pytest.mark.parametrize("text,expected", ROUND4_POSITIVES)
def test_round4_visits(annotate_text: Annotate, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(annotate_text, text) == expected


ROUND4_NEGATIVES = [
    # F1 future, hypothetical, virtual; not a state's official; a letter sent
    "Russian Foreign Minister Sergei Lavrov will represent Moscow at the summit in Hanoi.",
    "Russia may be represented by Foreign Minister Sergei Lavrov at the summit in Bali.",
    "Russian Foreign Minister Sergei Lavrov represented Moscow at the talks in Geneva by video link.",
    "Lawyers represented the company at the hearing in London.",
    "Vladimir Putin sent a letter to the summit in Bali.",
    "Vladimir Putin will send Foreign Minister Sergei Lavrov to the summit in Bali.",
    "Japan was represented by Prime Minister Fumio Kishida at the virtual summit.",
    "Xi Jinping sent a congratulatory message to the summit in Brasilia.",
    "Vietnam sent troops to South Sudan.",
    "Japanese Ambassador Ito Naoki represented Japan at the ceremony in Hanoi.",
    # F2 future, at home, virtual, a press conference filed elsewhere, companies
    "Japanese Prime Minister Fumio Kishida will speak at the summit in Jakarta.",
    "Japanese Prime Minister Fumio Kishida spoke at a ceremony in Tokyo.",
    "Japanese Prime Minister Fumio Kishida spoke at the summit in Jakarta by video link.",
    "HANOI (VNA) - Japanese Prime Minister Fumio Kishida said at a news conference on Monday that ties were strong.",
    "Japanese firms signed deals at a ceremony in Hanoi.",
    "Speaking at a news conference in Tokyo, Japanese Prime Minister Fumio Kishida called for restraint.",
    "HANOI (VNA) - Japanese Prime Minister Fumio Kishida said at the G7 summit that ties were strong.",
    "TOKYO (Kyodo) - Vietnamese Prime Minister Pham Minh Chinh said at a cabinet meeting on Monday that ties with Japan were strong.",
    "Australian Foreign Minister Penny Wong is expected to speak at the forum hosted by Singapore.",
    # F3 an event to come; criticism drawn
    "The summit in Jakarta next year will draw Chinese President Xi Jinping and US President Joe Biden.",
    "The summit in Jakarta drew criticism from Chinese President Xi Jinping.",
    "The summit in Jakarta is expected to draw Chinese President Xi Jinping.",
    "The proposal attracted Chinese President Xi Jinping's support.",
    "The summit was attended by Japanese Prime Minister Fumio Kishida via video link.",
    "The Quad summit in New Delhi next month will bring together Japanese Prime Minister Fumio Kishida and US President Joe Biden.",
    # F4 the first to visit, still to come
    "Narendra Modi, the first Indian prime minister to visit Vietnam in 15 years, will arrive on Friday.",
    "Narendra Modi would be the first Indian prime minister to visit Vietnam in 15 years.",
    "Chinese President Xi Jinping, the first Chinese leader to visit Peru in a decade, is expected to open a port.",
    "Vietnamese President Vo Van Thuong will begin a tour that takes him to Laos and to Cambodia.",
    "Japan and Vietnam signed a deal as Prime Minister Fumio Kishida prepared for an official visit.",
    # F6 a co-participant to come, the host as co-participant
    "Chinese President Xi Jinping will attend the summit in Jakarta along with Indian Prime Minister Narendra Modi.",
    # F8 a summit abroad, reported from home
    "SEOUL (Yonhap) - The NATO summit opened in Vilnius.\nOn the sidelines of the summit, Japanese Prime Minister Fumio Kishida met Brazilian President Luiz Inacio Lula da Silva.",
]


@pytest.mark.parametrize("text", ROUND4_NEGATIVES)
def test_round4_no_visit(annotate_text: Annotate, text: str) -> None:
    assert pairs(annotate_text, text) == set()


def test_round4_host_verbs_do_not_invert(annotate_text: Annotate) -> None:
    text = "Chinese President Xi Jinping was greeted at the Presidential Palace in Hanoi, and attended a banquet hosted by Vietnamese President Vo Van Thuong."
    assert ("VNM", "CHN") not in pairs(annotate_text, text)
    text2 = "HANOI (VNA) - Vietnamese President Vo Van Thuong on Sunday received US President Joe Biden at the Presidential Palace for a state visit."
    assert pairs(annotate_text, text2) == {("USA", "VNM")}
    text3 = "Xi Jinping attended along with Vietnamese President Vo Van Thuong the ceremony in Hanoi."
    assert ("VNM", "VNM") not in pairs(annotate_text, text3)


# -- round 4: construction families ----------------------------------------------
# (1) the previous leg of a trip: "<visitor> <motion verb> ... (straight|fresh) from <place | event in place>"
# (2) seats of government as places: "was received at the White House", "talks at the Kremlin"
# (3) a subordinate clause with its own subject: "... after <X> made a state visit to <Y>"
# (4) an event hosted by a state named earlier: "who attended the summit", "represented X at the meeting",
#     "attended, among them A and B", "among those attending were A and B"
# (5) a reception ceremony with no place: the host is the counterpart / the story's country
# (6) "At the invitation of <host>, <Title of State>, <visitor> paid a visit"; "<title> of <State> <Name>"
ROUND4B_POSITIVES = [
    # (1) previous legs
    ("Japanese Prime Minister Fumio Kishida flew in from the NATO summit in Lithuania on Thursday.", {("JPN", "LTU")}),
    ("Chinese President Xi Jinping arrived in Belgrade on Tuesday straight from Paris.", {("CHN", "SRB"), ("CHN", "FRA")}),
    ("Indian Prime Minister Narendra Modi, fresh from a visit to Russia, landed in Vienna on Tuesday.", {("IND", "AUT"), ("IND", "RUS")}),
    ("Brazilian President Luiz Inacio Lula da Silva travelled to Beijing from the United Arab Emirates.", {("BRA", "CHN"), ("BRA", "ARE")}),
    ("Olaf Scholz, who had flown in from a summit in Tokyo, held talks in New Delhi.", {("DEU", "JPN"), ("DEU", "IND")}),
    ("South Korean President Yoon Suk Yeol came to Prague directly from the NATO summit in Spain.", {("KOR", "CZE"), ("KOR", "ESP")}),
    ("Philippine President Ferdinand Marcos Jr. returned from Japan on Sunday.", {("PHL", "JPN")}),
    ("Australian Prime Minister Anthony Albanese arrived in Lima from Rio de Janeiro, where he attended the G20.", {("AUS", "PER"), ("AUS", "BRA")}),
    # (2) seats of government
    ("Kenyan President William Ruto was received at the White House on Thursday.", {("KEN", "USA")}),
    ("Indonesian President Prabowo Subianto was welcomed at the Kremlin in July.", {("IDN", "RUS")}),
    ("Brazilian President Lula held talks with Xi Jinping at the Great Hall of the People.", {("BRA", "CHN")}),
    ("Philippine President Ferdinand Marcos Jr. visited the White House in 2023.", {("PHL", "USA")}),
    ("German Chancellor Olaf Scholz arrived at the Elysee Palace on Monday.", {("DEU", "FRA")}),
    ("Vietnamese Prime Minister Pham Minh Chinh was welcomed at Rashtrapati Bhavan on Thursday.", {("VNM", "IND")}),
    ("Japanese Prime Minister Fumio Kishida was received at Malacanang Palace.", {("JPN", "PHL")}),
    ("The two sides set up the partnership in 2023, when Indonesian President Joko Widodo was hosted at Downing Street.", {("IDN", "GBR")}),
    # (3) subordinate clauses
    ("The deal comes a month after Chinese Premier Li Qiang made an official visit to Australia.", {("CHN", "AUS")}),
    ("Trade grew sharply after Indian Prime Minister Narendra Modi paid a state visit to the United States in 2023.", {("IND", "USA")}),
    ("Prices rose two weeks after Brazilian President Lula visited Beijing.", {("BRA", "CHN")}),
    ("Relations have improved since Australian Prime Minister Anthony Albanese made an official visit to China in 2023.", {("AUS", "CHN")}),
    ("The partnership was sealed days before South Korean President Yoon Suk Yeol travelled to Vietnam.", {("KOR", "VNM")}),
    ("Vietnamese President Vo Van Thuong is in Tokyo, a year after Japanese Prime Minister Fumio Kishida travelled to Hanoi.", {("VNM", "JPN"), ("JPN", "VNM")}),
    # (4) events hosted by a state named earlier
    ("Egypt played host to the climate conference on Monday. Leaders from more than 100 countries attended, among them French President Emmanuel Macron and Indian Prime Minister Narendra Modi.",
     {("FRA", "EGY"), ("IND", "EGY")}),
    ("Peru concluded its hosting of the APEC leaders' meeting on Saturday. US President Joe Biden represented Washington at the meeting.", {("USA", "PER")}),
    ("Kazakhstan hosted the SCO summit on Thursday. Heads of state attended, including Chinese President Xi Jinping and Russian President Vladimir Putin.",
     {("CHN", "KAZ"), ("RUS", "KAZ")}),
    ("South Africa hosted the BRICS summit in August 2023.\n\nIndian Prime Minister Narendra Modi, who attended the summit, also held talks with Cyril Ramaphosa.", {("IND", "ZAF")}),
    ("Laos hosted the ASEAN summit in October. Japanese Prime Minister Shigeru Ishiba, who attended the meeting, pledged support.", {("JPN", "LAO")}),
    ("Brazil hosted the G20 summit on Monday. Among those attending were Chinese President Xi Jinping and British Prime Minister Keir Starmer.", {("CHN", "BRA"), ("GBR", "BRA")}),
    # (5) reception ceremonies
    ("Canadian Prime Minister Mark Carney and his Mexican counterpart Claudia Sheinbaum agreed on an action plan on Thursday. Carney was greeted with a guard of honour at the National Palace before the talks.",
     {("CAN", "MEX")}),
    # (6) invitation asides and "<title> of <State> <Name>"
    ("At the invitation of Japanese Prime Minister Fumio Kishida, President of the Republic of Kenya William Ruto paid a state visit to Japan.", {("KEN", "JPN")}),
    ("At the invitation of Sultan Haitham bin Tarik, Sultan of Oman, Prime Minister of India Narendra Modi paid an official visit to Oman on 17 December 2025.", {("IND", "OMN")}),
    ("KUALA LUMPUR, March 3 (Bernama) -- Malaysia and Singapore today agreed on a rail link during the official visit of Prime Minister of Singapore Lawrence Wong.", {("SGP", "MYS")}),
    ("JAKARTA (Antara) - Indonesia and Japan signed deals on Monday in conjunction with the official visit of Prime Minister of the State of Japan Shigeru Ishiba.", {("JPN", "IDN")}),
    # (4) with a parenthetical date between the host and its verb
    ("Chile on Monday (Nov 3, 2025) hosted the Pacific Alliance summit. Peruvian President Dina Boluarte was among those attending.", {("PER", "CHL")}),
    # (5) the counterpart's country from the sentence before
    ("French President Emmanuel Macron and his Nigerian counterpart Bola Tinubu signed a deal on Monday. Macron was received with full military honours before the talks.", {("FRA", "NGA")}),
]


@pytest.mark.parametrize("text,expected", ROUND4B_POSITIVES)
def test_round4b_visits(annotate_text: Annotate, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(annotate_text, text) == expected


ROUND4B_NEGATIVES = [
    "Japanese Prime Minister Fumio Kishida will fly in from the NATO summit in Lithuania on Thursday.",
    "US Secretary of State Antony Blinken flew in from Washington on Monday.",
    "Indian Prime Minister Narendra Modi is expected to arrive directly from Moscow.",
    "Imports from China arrived at the port of Haiphong last week.",
    "The White House said Vietnamese President To Lam would visit next year.",
    "Kremlin aide Yury Ushakov told reporters that trade with Vietnam grew.",
    "Kenyan President William Ruto will be received at the White House on Thursday.",
    "US President Joe Biden hosted a dinner at the White House.",
    "The deal is expected to be signed after Chinese Premier Li Qiang makes an official visit to Australia.",
    "Trade will grow once Indian Prime Minister Narendra Modi visits the United States.",
    "The United States will host APEC next year. Chinese President Xi Jinping is expected to attend the summit.",
    "Malaysia will host the summit next year. Indonesian President Prabowo Subianto said he would attend the meeting.",
    "Chile hosted the defence ministers' meeting, bringing together delegates from Peru, Brazil and Argentina.",
]


@pytest.mark.parametrize("text", ROUND4B_NEGATIVES)
def test_round4b_no_visit(annotate_text: Annotate, text: str) -> None:
    assert pairs(annotate_text, text) == set()


# -- round 5: construction families ------------------------------------------------
# (A) presence in a list: "among the leaders in <city> are A, B", "A and B were among the leaders
#     (who arrived) in <place> / at <event> held in <place>", "A was among ministers at the forum"
# (B) "in town / in the capital / here for <event>" at the dateline
# (C) "<event>(, which was) attended by A and B" with the host from the event or the sentence before
# (D) "A and B co-chaired <meeting> in <city>": the one from another country is the visitor
# (E) "<demonym> delegation is/was in <country>"
# (F) "<host leader> and the leaders of A, B and C <past act>" in a story about a summit the host held
ROUND5_POSITIVES = [
    ("Among the leaders in Jakarta are Japanese Prime Minister Fumio Kishida, Australian Prime Minister Anthony Albanese and Indian Prime Minister Narendra Modi.",
     {("JPN", "IDN"), ("AUS", "IDN"), ("IND", "IDN")}),
    ("Among the dignitaries at the ceremony in Tokyo were British Prime Minister Rishi Sunak and French President Emmanuel Macron.",
     {("GBR", "JPN"), ("FRA", "JPN")}),
    ("Among those in Lima this week is Chinese President Xi Jinping.", {("CHN", "PER")}),
    ("Brazilian President Luiz Inacio Lula da Silva and South African President Cyril Ramaphosa were among the leaders who arrived in New Delhi for the summit.",
     {("BRA", "IND"), ("ZAF", "IND")}),
    ("VIENTIANE, Oct 10, 2024 (AFP) - Japanese Prime Minister Shigeru Ishiba and Indian Prime Minister Narendra Modi were among the leaders who arrived in the capital for the summit.",
     {("JPN", "LAO"), ("IND", "LAO")}),
    ("Malaysian Prime Minister Anwar Ibrahim was among ministers and heads of government from more than 30 countries at this year's forum, held in Tokyo.",
     {("MYS", "JPN")}),
    ("South Korean President Yoon Suk Yeol is among the guests at the coronation in London.", {("KOR", "GBR")}),
    ("LIMA, Nov 15, 2024 (Reuters) - Chinese President Xi Jinping and US President Joe Biden were in town for the APEC summit.",
     {("CHN", "PER"), ("USA", "PER")}),
    ("BRASILIA (AP) - Indian Prime Minister Narendra Modi is in town for the BRICS summit.", {("IND", "BRA")}),
    ("NEW DELHI, Sept 9 (Reuters) - British Prime Minister Rishi Sunak was also in the capital for the summit.", {("GBR", "IND")}),
    ("Indonesia hosted the summit in Jakarta on Tuesday. The meeting, which was attended by Japanese Prime Minister Fumio Kishida and Australian Prime Minister Anthony Albanese, focused on trade.",
     {("JPN", "IDN"), ("AUS", "IDN")}),
    ("Vietnam hosted the forum in Hanoi. Prime Minister Pham Minh Chinh chaired the sessions, which were attended by Lao Prime Minister Sonexay Siphandone and Cambodian Prime Minister Hun Manet.",
     {("LAO", "VNM"), ("KHM", "VNM")}),
    ("Indian External Affairs Minister Subrahmanyam Jaishankar and Chinese Foreign Minister Wang Yi co-chaired the meeting in Beijing on Monday.", {("IND", "CHN")}),
    ("Australian Foreign Minister Penny Wong co-chaired the annual dialogue with Indonesian Foreign Minister Retno Marsudi in Jakarta.", {("AUS", "IDN")}),
    ("A Vietnamese delegation is in Laos from March 3 to 5 at the invitation of the Lao government.", {("VNM", "LAO")}),
    ("The Japanese delegation was in Indonesia for three days of talks.", {("JPN", "IDN")}),
    ("BUSAN (Yonhap) - South Korea hosted the summit on Tuesday. President Yoon Suk Yeol and the leaders of Cambodia, Laos and Vietnam adopted a joint declaration.",
     {("KHM", "KOR"), ("LAO", "KOR"), ("VNM", "KOR")}),
    ("Thailand hosted the forum in Bangkok. The closing session, attended by Vietnamese Prime Minister Pham Minh Chinh and Asian Development Bank President Masatsugu Asakawa, adopted a plan.",
     {("VNM", "THA"), ("ORG:ADB", "THA")}),
    ("Among the leaders who took part in the summit in Kazan were Indian Prime Minister Narendra Modi and Chinese President Xi Jinping.",
     {("IND", "RUS"), ("CHN", "RUS")}),
    # (G) "<State> sent <title> <Name> in place of <leader>", the name unknown to the person layer
    ("BANGKOK (Reuters) - Washington sent National Security Adviser Robert O'Brien in place of President Donald Trump.", {("USA", "THA")}),
    ("Canberra sent Assistant Trade Minister Tim Ayres to the summit in Lima.", {("AUS", "PER")}),
    ("NEW DELHI (Reuters) - China sent its foreign minister, Wang Yi, to the meeting.", {("CHN", "IND")}),
    ("JAKARTA (AP) - Australia sent its foreign minister, Penny Wong, for the first time since 2019.", {("AUS", "IDN")}),
    ("BANGKOK, June 3 (Reuters) - Russia sent its foreign minister this year: Sergei Lavrov met several counterparts on the sidelines.", {("RUS", "THA")}),
    # (H) a signing with the host's leader in the host's city (the place in the sentence before)
    ("European Council President Antonio Costa signed the security pact with South Korean President Lee Jae-myung in Seoul on Tuesday.", {("ORG:EU", "KOR")}),
    ("Japan and Vietnam signed 12 documents in Hanoi on Monday. Japanese Prime Minister Fumio Kishida signed them with Vietnamese Prime Minister Pham Minh Chinh.", {("JPN", "VNM")}),
    ("Kenyan President William Ruto inked the deal with British Prime Minister Keir Starmer at Downing Street.", {("KEN", "GBR")}),
    ("Indonesia hosted the regional summit in Jakarta. Leaders of Malaysia, the Philippines and Singapore endorsed the plan.",
     {("MYS", "IDN"), ("PHL", "IDN"), ("SGP", "IDN")}),
]


@pytest.mark.parametrize("text,expected", ROUND5_POSITIVES)
def test_round5_visits(annotate_text: Annotate, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(annotate_text, text) == expected


ROUND5_NEGATIVES = [
    "Among the leaders expected in Jakarta are Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi.",
    "Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi will be among the leaders in Jakarta next week.",
    "Among the leaders invited to Jakarta is Indian Prime Minister Narendra Modi.",
    "Japanese Prime Minister Fumio Kishida was among the leaders who congratulated Indonesia.",
    "LIMA (Reuters) - Chinese President Xi Jinping is expected to be in town for the APEC summit.",
    "The summit, which will be attended by Japanese Prime Minister Fumio Kishida, opens in Jakarta next week.",
    "Indian External Affairs Minister Subrahmanyam Jaishankar and Chinese Foreign Minister Wang Yi will co-chair the meeting in Beijing next month.",
    "A Chinese delegation will be in Vietnam next week.",
    "Indonesia hosted the summit in Jakarta. Leaders of Malaysia and Singapore will adopt the plan next year.",
    "Leaders of Malaysia and Singapore adopted the plan.",
    "European Council President Antonio Costa will sign the security pact with South Korean President Lee Jae-myung in Seoul next week.",
    "Japanese Prime Minister Fumio Kishida and Vietnamese Prime Minister Pham Minh Chinh signed a deal by video link from Tokyo and Hanoi.",
    "JAKARTA (AP) - Australia will send its foreign minister, Penny Wong, to the meeting.",
    "JAKARTA (AP) - Australia sent its condolences: Penny Wong said the country grieves.",
    "Washington will send National Security Adviser Robert O'Brien to the summit in Bangkok.",
    "Among the leaders in Jakarta who did not attend the dinner was Japanese Prime Minister Fumio Kishida.",
    "BANGKOK (Reuters) - Japanese Prime Minister Fumio Kishida was among the leaders who skipped the summit.",
    "Vietnam hosted the forum in Hanoi. The sessions, which will be attended by Lao Prime Minister Sonexay Siphandone, open next week.",
]


@pytest.mark.parametrize("text", ROUND5_NEGATIVES)
def test_round5_no_visit(annotate_text: Annotate, text: str) -> None:
    assert pairs(annotate_text, text) == set()


def test_round5_received_a_thing_from_is_not_hosting(annotate_text: Annotate) -> None:
    text = "Vietnamese Prime Minister Nguyen Xuan Phuc, who attended the meetings, received the ceremonial gavel from Thai Prime Minister Prayut Chan-o-cha."
    assert ("THA", "VNM") not in pairs(annotate_text, text)
