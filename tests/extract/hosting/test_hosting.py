"""Hosting extractor: phrasings of our own, negatives, and the seed gate."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

from chancery.extract import hosting

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def facts(annotate_text: Callable[..., Any], text: str, **kw: Any) -> set[tuple[str, str]]:
    return {(m.get("host"), m.get("event")) for m in hosting.extract(annotate_text(text, **kw))}


POSITIVES = [
    ("Malaysia hosted the 46th ASEAN Summit in Kuala Lumpur in May 2025.", {("MYS", "46th ASEAN Summit")}),
    ("Peru hosts the APEC Economic Leaders' Meeting this week.", {("PER", "APEC Economic Leaders' Meeting")}),
    ("Indonesia successfully organised the World Water Forum in Bali.", {("IDN", "World Water Forum")}),
    ("The Indonesian government convened the Asia-Africa Conference commemoration.",
     {("IDN", "Asia-Africa Conference commemoration")}),
    ("Prime Minister Anthony Albanese hosted the ASEAN-Australia Special Summit in Melbourne.",
     {("AUS", "ASEAN-Australia Special Summit")}),
    # passive and agent
    ("The 2019 G20 Summit was hosted by Japan.", {("JPN", "2019 G20 Summit")}),
    ("The Shangri-La Dialogue, organised by the International Institute for Strategic Studies, is held in Singapore.",
     {("SGP", "Shangri-La Dialogue")}),
    # venue: country, capital, lexicon city
    ("The 31st SEA Games took place in Hanoi in May 2022.", {("VNM", "31st SEA Games")}),
    ("The Lancang-Mekong Cooperation Foreign Ministers' Meeting was held in Chiang Mai, Thailand.",
     {("THA", "Lancang-Mekong Cooperation Foreign Ministers' Meeting")}),
    ("The International Film Festival, held for the first time in Da Nang, drew large crowds.",
     {("VNM", "International Film Festival")}),
    ("The BRICS Summit was held in Kazan last October.", {("RUS", "BRICS Summit")}),
    ("The Summit of the Future was held in the city of New York.", {("USA", "Summit of the Future")}),
    # nouns
    ("Egypt's hosting of the COP27 climate conference drew praise.", {("EGY", "COP27 climate conference")}),
    ("Observers praised Brazil for the successful staging of the 2016 Olympic Games.", {("BRA", "2016 Olympic Games")}),
    ("Seoul thanked Thailand for the co-organisation of the Mekong-Korea Business Forum.",
     {("THA", "Mekong-Korea Business Forum")}),
    # designated
    ("South Korea will host the APEC Summit in Gyeongju.", {("KOR", "APEC Summit")}),
    ("China was chosen to host APEC 2026.", {("CHN", "APEC 2026")}),
    ("The Philippines is set to host the ASEAN Summit next year.", {("PHL", "ASEAN Summit")}),
    ("India will be the host of the Quad Leaders' Summit.", {("IND", "Quad Leaders' Summit")}),
]

LISTS = [
    ("Singapore hosted the International Water Week, the World Cities Summit and the CleanEnviro Summit last June.",
     {("SGP", "International Water Week"), ("SGP", "World Cities Summit"), ("SGP", "CleanEnviro Summit")}),
    ("Cambodia's successful hosting of major events such as the 32nd SEA Games and the ASEAN Para Games was applauded.",
     {("KHM", "32nd SEA Games"), ("KHM", "ASEAN Para Games")}),
    ("Indonesia and Australia co-hosted the Bali Democracy Forum.",
     {("IDN", "Bali Democracy Forum"), ("AUS", "Bali Democracy Forum")}),
    ("Laos co-organised the Mekong River Commission Summit with Thailand.",
     {("LAO", "Mekong River Commission Summit"), ("THA", "Mekong River Commission Summit")}),
    ("Thailand hosted the 40th ASEAN Summit and Related Summits.", {("THA", "40th ASEAN Summit and Related Summits")}),
]

NEGATIVES = [
    "President Prabowo hosted a state banquet for the visiting Malaysian Prime Minister.",
    "Prime Minister Anwar Ibrahim hosted an official welcome ceremony for his Thai counterpart.",
    "Japan hosted talks with Australia on defence cooperation.",
    "Vietnam and Japan held the 10th Strategic Partnership Dialogue in Tokyo.",
    "The Japan-Philippines summit was held in Tokyo.",
    "Thailand is bidding to host the 2036 Olympic Games.",
    "Indonesia has offered to host the next round of peace talks.",
    "Singapore hosted a dinner in honour of the Indian President.",
    "The Korean President hosted a luncheon for the Australian Prime Minister.",
    "Canada hosted a reception for delegates to the Ottawa Forum.",
    "The summit was held in Jakarta.",
    "Malaysian Prime Minister Anwar Ibrahim held talks with Thai Prime Minister Paetongtarn Shinawatra in Bangkok.",
    "The two leaders held a press conference after the talks.",
    "India held a general election in 2024.",
    "Hosting the signing of the treaty gave new cooperation opportunities.",
]


# the event named before its host: relative clauses, reduced relatives, agents and venues after the subject
AROUND_THE_EVENT = [
    ("Leaders praised the G7 Summit, which Italy hosted in Apulia last June.", {("ITA", "G7 Summit")}),
    ("Delegates returned from the World Urban Forum in Cairo, which Egypt organised in November.",
     {("EGY", "World Urban Forum")}),
    ("The Asia-Pacific Economic Cooperation forum that Peru hosted in Lima ended with a declaration.",
     {("PER", "Asia-Pacific Economic Cooperation forum")}),
    ("Observers recalled the Summit for Democracy that South Korea and the Netherlands co-hosted last year.",
     {("KOR", "Summit for Democracy"), ("NLD", "Summit for Democracy")}),
    ("Modi praised the BRICS summit Russia hosted in Kazan.", {("RUS", "BRICS summit")}),
    ("Leaders attending the ASEAN Summit, which Laos hosted, also met the Japanese premier.", {("LAO", "ASEAN Summit")}),
    ("Delegates praised the Bali Democracy Forum that Indonesia hosted.", {("IDN", "Bali Democracy Forum")}),
    ("Ministers reviewed the outcome of the Pacific Islands Forum Tonga hosted last year.", {("TON", "Pacific Islands Forum")}),
    ("Leaders met in Vientiane for the 44th ASEAN Summit and related summits, hosted by Laos as ASEAN chair.",
     {("LAO", "44th ASEAN Summit and related summits")}),
    ("From Seoul, the minister flew to Lima for the APEC Ministerial Meeting hosted by Peru.",
     {("PER", "APEC Ministerial Meeting")}),
    ("The Summit of the Americas ended in Lima on Saturday.", {("PER", "Summit of the Americas")}),
    ("The World Health Assembly opened in Geneva on Monday.", {("CHE", "World Health Assembly")}),
    ("The third UN Ocean Conference concluded on Friday in Nice after five days of talks.",
     {("FRA", "third UN Ocean Conference")}),
]

LISTED_WITH_PLACES = [
    ("Indonesia, which hosted the G20 Summit in Bali in 2022 and the ASEAN Summit in Jakarta in 2023, wants a bigger role.",
     {("IDN", "G20 Summit"), ("IDN", "ASEAN Summit")}),
    ("Japan hosted the G7 Summit in May and the Pacific Islands Leaders Meeting in July.",
     {("JPN", "G7 Summit"), ("JPN", "Pacific Islands Leaders Meeting")}),
    ("Last year Kenya organised the Africa Climate Summit in Nairobi, and the UN Habitat Assembly.",
     {("KEN", "Africa Climate Summit"), ("KEN", "UN Habitat Assembly")}),
    # a new clause is not a list item
    ("India hosted the G20 Summit in New Delhi in 2023, and China the BRICS Summit.", {("IND", "G20 Summit")}),
    ("Brazil hosted the G20 Summit in Rio last year and the BRICS Summit Russia convened in Kazan.",
     {("BRA", "G20 Summit"), ("RUS", "BRICS Summit")}),
    ("Vietnam hosted the ASEAN Summit in Hanoi and the leaders agreed to boost trade.", {("VNM", "ASEAN Summit")}),
]

DESIGNATED = [
    ("China will once again host APEC in 2026.", {("CHN", "APEC")}),
    ("South Korea will also host the G20 in 2028.", {("KOR", "G20")}),
    ("Singapore was selected last year to host the World Cities Summit.", {("SGP", "World Cities Summit")}),
    ("Brazil was chosen on Friday to host the COP30 climate conference in Belem.", {("BRA", "COP30 climate conference")}),
]

SIGNING_CEREMONIES = [
    ("Delegates signed the Jakarta Declaration at the closing ceremony, an event co-hosted by Indonesia and Australia.",
     {("IDN", "signing ceremony of the Jakarta Declaration"), ("AUS", "signing ceremony of the Jakarta Declaration")}),
    ("Ministers from 12 countries inked the Pacific Fisheries Convention at a ceremony hosted by Fiji.",
     {("FJI", "signing ceremony of the Pacific Fisheries Convention")}),
    ("Forty states signed the Treaty on Space Debris at a ceremony in Geneva, an occasion organised by Switzerland.",
     {("CHE", "signing ceremony of the Treaty on Space Debris")}),
]

AROUND_NEGATIVES = [
    "Japan and India held their annual summit in Tokyo.",
    "The two countries held their 20th annual summit in New Delhi on Friday.",
    "As the two nations held their 15th annual summit, investment pledges rose.",
    "India hosted the 12th annual summit.",
    "The two sides held the Mekong-Ganga Forum in Bangkok.",
    "The talks, which Norway hosted in Oslo, ended without a deal.",
    "The Japan-Vietnam summit, which Japan hosted in Tokyo, produced 12 agreements.",
    "The ASEAN Summit, which Thailand hopes to host in 2030, will focus on trade.",
    "The G20 Summit Brazil attended in Rio was a success.",
    "The conference, which Germany attended in Bonn, ended on Friday.",
    "The Tokyo meeting closed with a joint statement.",
    "Stocks closed in New York on Monday.",
    "At the ASEAN Summit, Vietnam hosted a dinner for leaders.",
    "During the G20 Summit Modi hosted Biden for talks.",
    "Representatives signed the agreement at a ceremony hosted by the ministry.",
    "Leaders signed the Hanoi Declaration at a ceremony in Hanoi.",
    "The Summit, which Japan hosted in Tokyo, ended.",
    "The event Japan hosted, the talks on Gaza, drew criticism.",
    "The ASEAN Defence Ministers' Meeting wrapped up with a joint declaration.",
]


# a relative clause in the progressive or with "it" for the main-clause host
RELATIVE_MORE = [
    ("Ministers gathered for the Pacific Islands Forum, which Tonga is hosting this week.", {("TON", "Pacific Islands Forum")}),
    ("Delegates arrived for the Summit of the Americas that Peru was hosting in Lima.", {("PER", "Summit of the Americas")}),
    ("Malaysia opened the 46th ASEAN Summit, which it hosted in Kuala Lumpur.", {("MYS", "46th ASEAN Summit")}),
    ("Kenya closed the Africa Climate Summit, which it organised virtually because of the pandemic.",
     {("KEN", "Africa Climate Summit")}),
]

# "the meeting", "the three-day summit", "the next one": the event named just before
ANAPHORA = [
    ("Leaders arrived in Lima for the APEC Economic Leaders' Week. Peru is hosting the week-long meeting for the third time.",
     {("PER", "APEC Economic Leaders' Week")}),
    ("Foreign ministers met in Vientiane for the ASEAN Regional Forum on Friday. The forum was hosted by Laos.",
     {("LAO", "ASEAN Regional Forum")}),
    ("Narendra Modi flew to Johannesburg for the 15th BRICS Summit. The three-day summit is being hosted by South Africa.",
     {("ZAF", "15th BRICS Summit")}),
    ("Leaders agreed to meet annually at the Mekong-Lancang Leaders' Meeting, with Myanmar to host the next one in 2026.",
     {("MMR", "Mekong-Lancang Leaders' Meeting")}),
    ("The first Nordic-African Summit ended on Friday. Denmark will host the next summit in 2027.",
     {("DNK", "Nordic-African Summit")}),
]

ANAPHORA_NEGATIVES = [
    "Vietnam hosted the meeting.",
    "Leaders attended the G20 Summit. Later, India hosted the meeting with Japan on trade.",
    "Leaders attended the G20 Summit. Brazil held the meeting at its embassy.",
    "The ASEAN Summit opened on Monday. Thailand is bidding to host the next one.",
    "The World Cities Summit drew mayors. Singapore hosted the dinner.",
    "Leaders attended the G20 Summit. Japan hosted the bilateral meeting.",
    "The East Asia Summit ended. Thailand hosted the summit of its ruling party.",
    "Leaders attended the G20 Summit. Vietnam's embassy organised the event to celebrate the national day.",
    "The Bali Democracy Forum opened. Officials met later. Analysts wrote. Indonesia hosted the gathering for diaspora groups.",
]

# "<named summit/forum/conference> in <city>": held in that city's country; an appositive names the host
VENUES = [
    ("Albanese attended the G20 Summit in Rio de Janeiro on Monday.", {("BRA", "G20 Summit")}),
    ("Ramaphosa addressed the World Economic Forum in Davos.", {("CHE", "World Economic Forum")}),
    ("On the sidelines of the SCO summit in Tianjin, Modi met Putin.", {("CHN", "SCO summit")}),
    ("Ministers attended the Raisina Dialogue in New Delhi, an annual conference hosted by India.", {("IND", "Raisina Dialogue")}),
    ("She spoke at the Doha Forum, an annual event organised by Qatar.", {("QAT", "Doha Forum")}),
    ("Leaders joined the Bled Strategic Forum, the annual gathering hosted by Slovenia.", {("SVN", "Bled Strategic Forum")}),
    ("The Asian Games are being held in Hangzhou.", {("CHN", "Asian Games")}),
]

VENUE_NEGATIVES = [
    "Zelensky spoke at the Summit on Peace in Ukraine.",
    "Thailand is bidding to host the Asian Youth Festival in Bangkok.",
    "The UN General Assembly in New York adopted the resolution.",
    "The Vietnam-Japan summit in Tokyo produced agreements.",
    "The two sides held the Mekong-Japan Forum in Tokyo.",
    "He attended the Shangri-La Dialogue, a conference hosted by a think tank.",
    "The leaders met at a dinner, an event hosted by the Thai premier.",
    "Japan hopes to host the G7 Summit in Tokyo.",
    "Trump and Kim met at the Trump-Kim summit in Hanoi.",
    "Biden met Putin in June. The Putin-Biden summit in Geneva ended early.",
]

# "with X to host", headline "X to host"; a forum's meeting with a lowercase head; editions kept apart
DESIGNATED_MORE = [
    ("Leaders endorsed the Kuala Lumpur Declaration, with the Philippines to host the 48th ASEAN Summit next year.",
     {("PHL", "48th ASEAN Summit")}),
    ("Brazil to host COP30 climate conference in Belem", {("BRA", "COP30 climate conference")}),
    ("Chile hosted the APEC trade ministers' meeting.", {("CHL", "APEC trade ministers' meeting")}),
    ("Indonesia convened the G20 foreign ministers' meeting in Bali.", {("IDN", "G20 foreign ministers' meeting")}),
    ("Indonesia hosted the 42nd ASEAN Summit in May and the 43rd ASEAN Summit in September.",
     {("IDN", "42nd ASEAN Summit"), ("IDN", "43rd ASEAN Summit")}),
    ("Japan hosted the Group of Seven summit in Hiroshima.", {("JPN", "G7 summit")}),
    ("China hosted the Shanghai Cooperation Organisation summit in Tianjin.", {("CHN", "SCO summit")}),
]

DESIGNATED_NEGATIVES = [
    "Officials invited Japan to host the next ASEAN-Japan Summit.",
    "It is too early for Vietnam to host the Olympic Games.",
    "Japan hosted a meeting of APEC officials.",
]


def test_two_editions_in_two_years(annotate_text: Callable[..., Any]) -> None:
    found = hosting.extract(annotate_text("Peru hosted APEC in 2008. Peru hosted APEC again in 2016."))
    assert sorted((m.get("host"), m.get("year")) for m in found) == [("PER", 2008), ("PER", 2016)]


@pytest.mark.parametrize("text,expected", RELATIVE_MORE + ANAPHORA + VENUES + DESIGNATED_MORE)
def test_event_named_elsewhere(annotate_text: Callable[..., Any], text: str, expected: set[tuple[str, str]]) -> None:
    assert facts(annotate_text, text) == expected


@pytest.mark.parametrize("text", ANAPHORA_NEGATIVES + VENUE_NEGATIVES + DESIGNATED_NEGATIVES)
def test_event_named_elsewhere_negative(annotate_text: Callable[..., Any], text: str) -> None:
    assert facts(annotate_text, text) == set()


@pytest.mark.parametrize("text,expected", AROUND_THE_EVENT + LISTED_WITH_PLACES + DESIGNATED + SIGNING_CEREMONIES)
def test_event_around_the_verb(annotate_text: Callable[..., Any], text: str, expected: set[tuple[str, str]]) -> None:
    assert facts(annotate_text, text) == expected


@pytest.mark.parametrize("text", AROUND_NEGATIVES)
def test_around_negative(annotate_text: Callable[..., Any], text: str) -> None:
    assert facts(annotate_text, text) == set()


@pytest.mark.parametrize("text,expected", POSITIVES + LISTS)
def test_positive(annotate_text: Callable[..., Any], text: str, expected: set[tuple[str, str]]) -> None:
    assert facts(annotate_text, text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative(annotate_text: Callable[..., Any], text: str) -> None:
    assert facts(annotate_text, text) == set()


def test_we_is_the_home_country(annotate_text: Callable[..., Any]) -> None:
    text = (
        "JAKARTA, March 3, 2025 - Indonesia reviewed its diplomacy. Indonesia said its diplomacy grew stronger.\n"
        "We also successfully organised the Indonesia-Africa Forum and the World Water Forum."
    )
    assert facts(annotate_text, text) == {("IDN", "Indonesia-Africa Forum"), ("IDN", "World Water Forum")}


def test_year_from_the_sentence_and_dateline(annotate_text: Callable[..., Any]) -> None:
    adoc = annotate_text("Peru hosted the APEC Economic Leaders' Week last month.", published="2024-12-20")
    (m,) = hosting.extract(adoc)
    assert m.get("year") == 2024


def test_repeated_event_counts_once(annotate_text: Callable[..., Any]) -> None:
    text = "Brazil hosted the G20 Summit in Rio de Janeiro. The G20 Summit was held in Rio de Janeiro in November 2024."
    found = hosting.extract(annotate_text(text))
    assert [(m.get("host"), m.get("year")) for m in found] == [("BRA", 2024)]


def test_contract_fields_and_evidence(annotate_text: Callable[..., Any]) -> None:
    adoc = annotate_text("Japan hosted the G7 Summit in Hiroshima in May 2023.")
    (m,) = hosting.extract(adoc)
    out = m.to_contract()
    assert out["kind"] == "hosting" and out["host"] == "JPN" and out["year"] == 2023
    assert adoc.text[out["evidence"]["start"] : out["evidence"]["end"]] == out["evidence"]["text"]



# -- construction families (round 3) ------------------------------------------
# an event named by a code ("COP27", "COP 28"), a forum acronym with a lowercase head ("the ADMM-Plus meeting"),
# or "the Nth session of <body>"; any host shape (active, future, designated, relative, agent, venue)
EVENT_NAME_FAMILY = [
    ("Egypt hosted COP27 in Sharm el-Sheikh in November 2022.", {("EGY", "COP27")}),
    ("The United Arab Emirates will host COP 28 next year.", {("ARE", "COP 28")}),
    ("Brazil has been chosen to host COP30 in 2025.", {("BRA", "COP30")}),
    ("COP16, which Colombia hosted in Cali, ended without a finance deal.", {("COL", "COP16")}),
    ("Azerbaijan is hosting COP29 this month.", {("AZE", "COP29")}),
    ("COP26 was hosted by Britain in Glasgow.", {("GBR", "COP26")}),
    ("Earlier this month Jakarta also hosted the inaugural ADMM-Plus meeting.", {("IDN", "inaugural ADMM-Plus meeting")}),
    ("Bangkok hosted the ASEAN Foreign Ministers' Meeting (AMM) and the ARF meeting in July.",
     {("THA", "ASEAN Foreign Ministers' Meeting"), ("THA", "ARF meeting")}),
    ("The 44th session of the World Heritage Committee, which China hosted in Fuzhou, inscribed 34 sites.",
     {("CHN", "44th session of the World Heritage Committee")}),
    ("Saudi Arabia hosted the 45th session of the World Heritage Committee in Riyadh.",
     {("SAU", "45th session of the World Heritage Committee")}),
    ("India chaired the World Heritage Committee in 2024. A year later the 47th session of the committee, "
     "hosted by France in Paris, added new sites.",
     {("FRA", "47th session of the World Heritage Committee")}),
]

EVENT_NAME_NEGATIVES = [
    "Turkey bid to host COP31.",
    "Australia hopes to host COP31 with Pacific nations.",
    "Delegates from Egypt attended COP27.",
    "Vietnam hosted the meeting on Monday.",
    "The company hosted its annual meeting in Hanoi.",
    "The committee session, hosted by the ministry, discussed budgets.",
]

# the name before a description: "<name>, the <description> that X is hosting"; "(ABBR), which X hosted";
# "its fifth meeting, which X hosted alongside <event>"
AROUND_NAME_FAMILY = [
    ("Leaders flew to Baku to attend COP29, the UN climate conference that Azerbaijan is hosting this month.",
     {("AZE", "COP29")}),
    ("Ramaphosa arrived for the G20 summit, the annual gathering South Africa hosted in Johannesburg.",
     {("ZAF", "G20 summit")}),
    ("Ruto was in Beijing for the Summit of the Forum on China-Africa Cooperation (FOCAC), which China hosted from "
     "Wednesday to Friday.",
     {("CHN", "Summit of the Forum on China-Africa Cooperation (FOCAC)")}),
    ("Delegates met at the World Urban Forum (WUF12), hosted by Egypt in Cairo.", {("EGY", "World Urban Forum (WUF12)")}),
    ("Leaders attending the East Asia Summit welcomed two new members. The forum took the decision at its sixth "
     "meeting, which Indonesia hosted in Bali alongside the 19th ASEAN Summit.",
     {("IDN", "sixth East Asia Summit"), ("IDN", "19th ASEAN Summit")}),
    ("Cambodia hosted the 40th ASEAN Summit back-to-back with the 41st ASEAN Summit in Phnom Penh.",
     {("KHM", "40th ASEAN Summit"), ("KHM", "41st ASEAN Summit")}),
]

# a signing ceremony named by what was signed (active or passive), hosted/organised by a government
CEREMONY_FAMILY = [
    ("Ministers signed the Regional Comprehensive Economic Partnership (RCEP) on behalf of their governments at a "
     "ceremony organised by the Vietnamese Government.", {("VNM", "RCEP signing ceremony")}),
    ("The Trans-Pacific Partnership (TPP) agreement was signed today by Australia, Brunei, Canada and Chile at a "
     "ceremony hosted by the New Zealand Government.", {("NZL", "TPP signing ceremony")}),
    ("Trade ministers of 11 countries on Thursday inked the Digital Economy Partnership Agreement at a ceremony "
     "hosted by Singapore.", {("SGP", "signing ceremony of the Digital Economy Partnership Agreement")}),
]

CEREMONY_NEGATIVES = [
    "Vietnam and Laos signed the agreement at a ceremony hosted by the Lao Government.",
    "Ministers will sign the Regional Comprehensive Economic Partnership (RCEP) at a ceremony organised by Vietnam.",
]

# a multilateral summit written as a pair "between X and <body>" -> "X-<BODY> Summit"
PAIR_FAMILY = [
    ("Saudi Arabia on Friday hosted a summit between China and the Gulf Cooperation Council.", {("SAU", "China-GCC Summit")}),
    ("Qatar hosted a summit between the European Union and the GCC in Doha.", {("QAT", "EU-GCC Summit")}),
    ("Australia hosted a special summit between ASEAN and Australia in Melbourne.", {("AUS", "ASEAN-Australia Summit")}),
]

PAIR_NEGATIVES = [
    "Hanoi hosted a summit between Vietnam and Laos.",
    "Riyadh will consider hosting a summit between China and the Gulf Cooperation Council.",
]


@pytest.mark.parametrize("text,expected", EVENT_NAME_FAMILY + AROUND_NAME_FAMILY + CEREMONY_FAMILY + PAIR_FAMILY)
def test_family_positive(annotate_text: Callable[..., Any], text: str, expected: set[tuple[str, str]]) -> None:
    assert facts(annotate_text, text) == expected


@pytest.mark.parametrize("text", EVENT_NAME_NEGATIVES + CEREMONY_NEGATIVES + PAIR_NEGATIVES)
def test_family_negative(annotate_text: Callable[..., Any], text: str) -> None:
    assert facts(annotate_text, text) == set()


def test_session_at_headquarters_is_not_hosted(annotate_text: Callable[..., Any]) -> None:
    found = facts(annotate_text, "The 79th session of the UN General Assembly opened in New York on Tuesday.")
    assert not any("session" in event for _host, event in found)


# -- construction families (round 4) ------------------------------------------
# "<state>, (the) host of <event>", "<state> is/was/will be the host (country|nation) of/for", "as host of <event>, <state>",
# "the host of <event>, <state>,", "<state> played/plays/will play host to <event>"
HOST_NOUN_FAMILY = [
    ("Biden will travel to Indonesia, host of this year's G20 summit, on Sunday.", {("IDN", "G20 summit")}),
    ("Peru, the host of the APEC Economic Leaders' Week, welcomed the delegates.", {("PER", "APEC Economic Leaders' Week")}),
    ("Laos is the host country of the 44th ASEAN Summit.", {("LAO", "44th ASEAN Summit")}),
    ("Brazil was the host nation for the 2014 FIFA World Cup.", {("BRA", "2014 FIFA World Cup")}),
    ("Japan, this year's host of the G7 Summit, invited India.", {("JPN", "G7 Summit")}),
    ("Kenya will be the host country for the Africa Climate Summit.", {("KEN", "Africa Climate Summit")}),
    ("Chile, host of last year's APEC forum, handed over to Peru.", {("CHL", "APEC forum")}),
    ("Qatar plays host to the Doha Forum every December.", {("QAT", "Doha Forum")}),
    ("Thailand will play host to the APEC Economic Leaders' Meeting in November.",
     {("THA", "APEC Economic Leaders' Meeting")}),
    ("Saudi Arabia played host to the inaugural summit between the Gulf Cooperation Council and ASEAN on Friday.",
     {("SAU", "GCC-ASEAN Summit")}),
    ("The host of the 2023 G20 summit, India, pushed for the African Union's membership.", {("IND", "2023 G20 summit")}),
    ("As host of the COP28 climate conference, the UAE promoted a loss and damage fund.", {("ARE", "COP28 climate conference")}),
]

HOST_NOUN_NEGATIVES = [
    "Japan, which hopes to be the host of the G7 summit, lobbied hard.",
    "Japan is not the host of the G7 summit this year.",
    "The company, host of the Tech Innovation Summit, raised funds.",
    "Thailand wants to be the host country of the 2030 Asian Games.",
    "Vietnam would play host to the ASEAN Summit if Myanmar withdrew.",
    "As host of the dinner for the visiting Japanese premier, Singapore served chilli crab.",
]

# designated: "will host the next <event>", "next year's <event>", "(with) X set to host", "X, set to host ...,",
# "takes over the chair and will host", "<city> will be the venue of/for", a forum written in title case ("Apec")
DESIGNATED_FAMILY = [
    ("Türkiye will host the next NATO leaders' summit in 2026.", {("TUR", "NATO leaders' summit")}),
    ("The Philippines is set to host next year's ASEAN Summit.", {("PHL", "ASEAN Summit")}),
    ("Leaders agreed to meet again, with Kenya set to host the next Africa Climate Summit.", {("KEN", "Africa Climate Summit")}),
    ("Malaysia, set to host the ASEAN Summit in 2025, unveiled its theme.", {("MYS", "ASEAN Summit")}),
    ("Laos takes over the ASEAN chair and will host the 44th ASEAN Summit.", {("LAO", "44th ASEAN Summit")}),
    ("Hanoi will be the venue of the ASEAN Future Forum next year.", {("VNM", "ASEAN Future Forum")}),
    ("Da Nang will be the venue for the APEC Economic Leaders' Week.", {("VNM", "APEC Economic Leaders' Week")}),
    ("Peru will host Apec in 2024.", {("PER", "Apec")}),
    ("Malaysia will chair Asean and host the Asean Summit next year.", {("MYS", "Asean Summit")}),
    ("South Africa is due to host the G20 summit in November.", {("ZAF", "G20 summit")}),
]

DESIGNATED_FAMILY_NEGATIVES = [
    "Thailand hopes to host next year's ASEAN Summit.",
    "Vietnam is bidding to host the next Asian Games.",
    "Indonesia would host the next summit if asked.",
    "The company will host its annual shareholders' meeting next year.",
    "Hanoi could be the venue of the next ASEAN Future Forum.",
    "Thailand, keen to host the next ASEAN Summit, lobbied its neighbours.",
]

# "<place>, where <someone> attended/joined/took part in/addressed <event>" -> held in that place's state
WHERE_FAMILY = [
    ("Xi arrived from Brazil, where he attended the BRICS summit in a coastal city.", {("BRA", "BRICS summit")}),
    ("Modi flew to South Africa, where he took part in the BRICS Summit.", {("ZAF", "BRICS Summit")}),
    ("The minister returned from Peru, where she attended the APEC Ministerial Meeting.", {("PER", "APEC Ministerial Meeting")}),
    ("Albanese was in Indonesia, where he joined the G20 Summit.", {("IDN", "G20 Summit")}),
    ("Wang arrived from Laos, where he had attended the ASEAN Foreign Ministers' Meeting.",
     {("LAO", "ASEAN Foreign Ministers' Meeting")}),
    ("Lula travelled to Egypt, where he addressed the COP27 climate conference.", {("EGY", "COP27 climate conference")}),
    ("The premier headed to Japan, where he is attending the G7 Summit.", {("JPN", "G7 Summit")}),
    ("The delegation went on to Kazan, where the BRICS Summit was held.", {("RUS", "BRICS Summit")}),
]

WHERE_NEGATIVES = [
    "Xi arrived from Brazil, where he held talks with Lula.",
    "Modi flew to Japan, where he attended a bilateral summit with Kishida.",
    "Xi arrived from Brazil, where the BRICS Summit was criticised.",
    "The minister returned from Peru, where she hopes to attend the APEC Summit.",
    "Xi arrived from Brazil, where he attended a state banquet.",
]

# "the alliance's / bloc's / group's summit in <place>" -> "<body> summit" (the body named before)
BODY_SUMMIT_FAMILY = [
    ("Rutte spoke at the close of the alliance's summit in the Netherlands. NATO leaders agreed to raise spending.", set()),
    ("NATO leaders met on Tuesday. The alliance's summit in Vilnius ended with a communique.", {("LTU", "NATO summit")}),
    ("ASEAN leaders gathered on Sunday. The bloc's annual summit in Kuala Lumpur adopted a vision.", {("MYS", "ASEAN summit")}),
    ("The G20 finance ministers spoke. The group's summit in New Delhi produced a declaration.", {("IND", "G20 summit")}),
    ("Stoltenberg briefed NATO envoys before the alliance's summit in Madrid.", {("ESP", "NATO summit")}),
    ("NATO leaders met on Tuesday. The alliance's next summit in Ankara will focus on Ukraine.", {("TUR", "NATO summit")}),
]

BODY_SUMMIT_NEGATIVES = [
    "The company's summit in Tokyo drew investors.",
    "NATO leaders met on Tuesday. The alliance's summit ended with a communique.",
    "The group's meeting in Tokyo drew investors.",
]

# "the next edition / the next one": the event hosted before in the document, also a pair summit
EDITION_FAMILY = [
    ("Saudi Arabia hosted the first GCC-ASEAN Summit in Riyadh. Leaders agreed to meet every two years, with Malaysia set "
     "to host the next edition in 2025.", {("SAU", "first GCC-ASEAN Summit"), ("MYS", "GCC-ASEAN Summit")}),
    ("Japan hosted the Pacific Islands Leaders Meeting in July. Australia will host the next edition.",
     {("JPN", "Pacific Islands Leaders Meeting"), ("AUS", "Pacific Islands Leaders Meeting")}),
    ("Riyadh played host to the inaugural summit between the Gulf Cooperation Council and the Association of Southeast "
     "Asian Nations on Friday. Officials said trade grew. Malaysia will host the next one in 2025.",
     {("SAU", "GCC-ASEAN Summit"), ("MYS", "GCC-ASEAN Summit")}),
    ("The Bled Strategic Forum closed on Tuesday. Slovenia will host the next edition in September.",
     {("SVN", "Bled Strategic Forum")}),
]

EDITION_NEGATIVES = [
    ("Japan hosted the G7 Summit. Thailand hopes to host the next edition.", {("JPN", "G7 Summit")}),
    ("Japan hosted the G7 Summit. The company will host the next edition of its fair.", {("JPN", "G7 Summit")}),
]

# event names: "<head>-Plus", a forum with an ordinal ("the second ADMM-Plus"), chaired by / chairmanship of a state
NAME_FAMILY = [
    ("Vietnam on Tuesday (Oct 12, 2010) hosted the inaugural ASEAN Defence Ministers' Meeting-Plus.",
     {("VNM", "inaugural ASEAN Defence Ministers' Meeting-Plus")}),
    ("Brunei hosted the second ADMM-Plus in 2013.", {("BRN", "second ADMM-Plus")}),
    ("Laos's chairmanship of the 44th ASEAN Summit drew praise.", {("LAO", "44th ASEAN Summit")}),
    ("The 43rd ASEAN Summit, chaired by Indonesia, adopted the declaration.", {("IDN", "43rd ASEAN Summit")}),
    ("Leaders attended the G20 summit in the Philippines.", {("PHL", "G20 summit")}),
]

NAME_NEGATIVES = [
    "The Security Council meeting, chaired by France, adopted a resolution.",
    "The meeting, chaired by Vietnamese Defence Minister Phung Quang Thanh, ended.",
    "Malaysia's chairmanship of ASEAN drew praise.",
    "Vietnam won a seat on the board at the organisation's 41st General Conference in Paris.",
    "Delegates gathered for the agency's General Conference in Vienna.",
]


@pytest.mark.parametrize(
    "text,expected",
    HOST_NOUN_FAMILY + DESIGNATED_FAMILY + WHERE_FAMILY + BODY_SUMMIT_FAMILY + EDITION_FAMILY + EDITION_NEGATIVES
    + NAME_FAMILY,
)
def test_round4_family(annotate_text: Callable[..., Any], text: str, expected: set[tuple[str, str]]) -> None:
    assert facts(annotate_text, text) == expected


@pytest.mark.parametrize(
    "text",
    HOST_NOUN_NEGATIVES + DESIGNATED_FAMILY_NEGATIVES + WHERE_NEGATIVES + BODY_SUMMIT_NEGATIVES + NAME_NEGATIVES,
)
def test_round4_negative(annotate_text: Callable[..., Any], text: str) -> None:
    assert facts(annotate_text, text) == set()


def test_next_year_resolved_against_the_dateline(annotate_text: Callable[..., Any]) -> None:
    adoc = annotate_text("The United States will host Apec next year.", published="2022-11-19")
    assert {(m.get("host"), m.get("year")) for m in hosting.extract(adoc)} == {("USA", 2023)}


# a second batch of the same families, written after the first passed (other countries, orders, tenses)
ROUND4_MORE = [
    ("Leaders will gather in Brazil, host of the 2025 COP30 climate conference, in November.",
     {("BRA", "2025 COP30 climate conference")}),
    ("Egypt was host to the COP27 climate summit in Sharm el-Sheikh.", {("EGY", "COP27 climate summit")}),
    ("The Japanese city of Hiroshima will be the venue for the G7 Summit in May.", {("JPN", "G7 Summit")}),
    ("Italy, which holds the G7 presidency this year and will host the G7 Summit in Apulia, invited Modi.",
     {("ITA", "G7 Summit")}),
    ("Indonesia took over the G20 presidency and will host the G20 Summit in Bali.", {("IDN", "G20 Summit")}),
    ("Laos is set to take over the chair and host the 44th ASEAN Summit next year.", {("LAO", "44th ASEAN Summit")}),
    ("He then flew to Vientiane, where he attended the East Asia Summit.", {("LAO", "East Asia Summit")}),
    ("The president travelled to Lima, where he is taking part in the APEC Economic Leaders' Meeting.",
     {("PER", "APEC Economic Leaders' Meeting")}),
    ("NATO allies met in Brussels. The alliance's 2024 summit in Washington marked its 75th anniversary.",
     {("USA", "NATO summit")}),
    ("The 32nd ASEAN Summit, chaired by Singapore, focused on resilience.", {("SGP", "32nd ASEAN Summit")}),
    ("Under Indonesia's chairmanship of the 42nd ASEAN Summit, leaders adopted a declaration.", {("IDN", "42nd ASEAN Summit")}),
    ("The first China-Central Asia Summit was held in Xi'an in May, with Kazakhstan set to host the second edition.",
     {("CHN", "first China-Central Asia Summit"), ("KAZ", "second China-Central Asia Summit")}),
    ("Japan hosted the G7 Summit in Hiroshima. Italy takes over the presidency and will host the next one.",
     {("JPN", "G7 Summit"), ("ITA", "G7 Summit")}),
    ("As the host nation of the 2023 SEA Games, Cambodia spent heavily.", {("KHM", "2023 SEA Games")}),
    ("The host of next year's APEC summit, South Korea, sent a delegation.", {("KOR", "APEC summit")}),
    ("Thailand played host to leaders of the Mekong-Lancang Cooperation at the MLC Leaders' Meeting.",
     {("THA", "MLC Leaders' Meeting")}),
    ("Indonesia will host leaders from 20 nations at the Bali Democracy Forum next month.", {("IDN", "Bali Democracy Forum")}),
    ("Vietnam hosted foreign ministers at the ASEAN Foreign Ministers' Meeting in Hanoi.",
     {("VNM", "ASEAN Foreign Ministers' Meeting")}),
]

ROUND4_MORE_NEGATIVES = [
    "Putin flew to Kazakhstan, where he met Tokayev.",
    "Vietnam will not host the ASEAN Summit this year.",
    "Singapore hosted leaders for a dinner.",
    "Modi hosted leaders at a banquet during the G20 Summit.",
    "Japan hopes to host leaders at the Osaka Expo.",
    "India holds the G20 presidency.",
]


@pytest.mark.parametrize("text,expected", ROUND4_MORE)
def test_round4_more(annotate_text: Callable[..., Any], text: str, expected: set[tuple[str, str]]) -> None:
    assert facts(annotate_text, text) == expected


@pytest.mark.parametrize("text", ROUND4_MORE_NEGATIVES)
def test_round4_more_negative(annotate_text: Callable[..., Any], text: str) -> None:
    assert facts(annotate_text, text) == set()
