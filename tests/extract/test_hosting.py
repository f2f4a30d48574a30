"""Hosting extractor: phrasings of our own, negatives, and the seed gate."""

from __future__ import annotations

import importlib.util
import json
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


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="/work/shared is not available")
def test_seed_f1(tmp_path: Path, annotate_text: Callable[..., Any]) -> None:
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(score)  # type: ignore[union-attr]
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for path in sorted((SHARED / "corpus" / "seeds").glob("*.txt")):
            adoc = annotate_text(path.read_text(encoding="utf-8"), doc_id=path.stem)
            for m in hosting.extract(adoc):
                fh.write(json.dumps(m.to_contract()) + "\n")
    table = score.score(SHARED / "gold" / "seeds", pred)
    assert table["hosting"]["f1"] >= 0.9, table["hosting"]


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
