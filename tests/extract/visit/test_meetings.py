"""Meetings and acts at a place: whoever meets, talks, speaks or signs somewhere abroad is there."""

from __future__ import annotations

import pytest

from .support import Annotate, pairs

MEETINGS = [
    ("Chinese President Xi Jinping and Russian President Vladimir Putin held talks in Moscow.", {("CHN", "RUS")}),
    ("Xi Jinping met Joe Biden in San Francisco on the sidelines of the APEC summit.", {("CHN", "USA")}),
    ("Chinese President Xi Jinping and US President Joe Biden wrapped up their talks in San Francisco on Wednesday.", {("CHN", "USA")}),
    ("North Korean leader Kim Jong Un and Russian President Vladimir Putin began a two-day summit in Vladivostok.", {("PRK", "RUS")}),
    ("US President Donald Trump and North Korean leader Kim Jong Un ended their first summit in Singapore.", {("USA", "SGP"), ("PRK", "SGP")}),
    ("Brazilian President Lula held talks with Xi Jinping at the Great Hall of the People.", {("BRA", "CHN")}),
    ("Vietnamese Communist Party general secretary To Lam held talks with President Prabowo Subianto in the Indonesian capital.", {("VNM", "IDN")}),
    ("During their summit meeting in Abu Dhabi on Monday, Prime Minister Pham Minh Chinh and UAE President Mohamed bin Zayed Al Nahyan agreed to lift ties.",
     {("VNM", "ARE")}),
    ("During their summit meeting in Abu Dhabi on October 28 (local time), Prime Minister Pham Minh Chinh and UAE President Mohamed bin Zayed Al Nahyan "
     "agreed to lift ties.", {("VNM", "ARE")}),
    ("The announcement came at a joint press conference in Hanoi between Indian Prime Minister Narendra Modi and Vietnamese Prime Minister Nguyen Xuan Phuc.",
     {("IND", "VNM")}),
    ("Chinese President Xi Jinping's visit to South Korea also included a meeting with US President Donald Trump in Busan on Thursday.",
     {("CHN", "KOR"), ("USA", "KOR")}),
    # "the two": the pair named before
    ("Vietnamese Prime Minister Pham Minh Chinh spoke with Brazilian President Luiz Inacio Lula da Silva. The two met in September 2023 in Brasilia.",
     {("VNM", "BRA")}),
    # the story's place when a party is its country and no other place is named
    ("SEOUL, Jan 5 (Yonhap) - Japanese Foreign Minister Yoko Kamikawa held talks with South Korean Foreign Minister Cho Tae-yul on Friday.", {("JPN", "KOR")}),
    ("ANKARA (Anadolu) - Turkish President Recep Tayyip Erdogan met Hungarian Prime Minister Viktor Orban at the presidential complex.", {("HUN", "TUR")}),
    ("HANOI (PTI) - India and Vietnam on Saturday elevated their ties as Prime Minister Narendra Modi held wide-ranging talks with his Vietnamese counterpart Nguyen Xuan Phuc.",
     {("IND", "VNM")}),
    ("HANOI (VNA) — Visiting Japanese Prime Minister Fumio Kishida held talks with his counterpart on Monday.", {("JPN", "VNM")}),
    ("SEOUL (Yonhap) - South Korean Foreign Minister Park Jin met Chinese Foreign Minister Wang Yi during his trip to Beijing.", {("KOR", "CHN")}),
    # the sidelines of an event: its site
    ("NEW DELHI (Reuters) - India hosts the G20 summit this weekend.\nOn the sidelines of the summit, Japanese Prime Minister Fumio Kishida met Brazilian President Luiz Inacio Lula da Silva.",
     {("JPN", "IND"), ("BRA", "IND")}),
    ("SEOUL (Yonhap) - The NATO summit opened in Vilnius.\nOn the sidelines of the summit, Japanese Prime Minister Fumio Kishida met Brazilian President Luiz Inacio Lula da Silva.",
     {("JPN", "LTU"), ("BRA", "LTU")}),
    ("NUSA DUA, Bali (Reuters) - The G20 summit hosted by Indonesia opened on Tuesday.\nOn the eve of the summit, US President Joe Biden and Chinese President Xi Jinping held their first meeting on the island.",
     {("USA", "IDN"), ("CHN", "IDN")}),
    ("GYEONGJU, South Korea (Reuters) - World leaders wrapped up this year's summit in Gyeongju. On the sidelines of the summit, Chinese President Xi Jinping met several leaders, "
     "including Canada's Mark Carney and Japan's Sanae Takaichi.", {("CHN", "KOR"), ("CAN", "KOR"), ("JPN", "KOR")}),
    # acts at a place or an event
    ("Japanese Prime Minister Fumio Kishida spoke at the summit in Jakarta on Tuesday.", {("JPN", "IDN")}),
    ("Indian Prime Minister Narendra Modi signed the declaration at a ceremony in Tokyo on Monday.", {("IND", "JPN")}),
    ("Australian Foreign Minister Penny Wong delivered a speech at the forum hosted by Singapore.", {("AUS", "SGP")}),
    ("Malaysian Prime Minister Anwar Ibrahim laid a wreath at a ceremony in Hanoi.", {("MYS", "VNM")}),
    ("Speaking at the summit in Jakarta, Japanese Prime Minister Fumio Kishida called for restraint.", {("JPN", "IDN")}),
    ("US Secretary of State Antony Blinken, speaking at a ceremony in Hanoi, said ties were strong.", {("USA", "VNM")}),
    ("Brazilian President Luiz Inacio Lula da Silva said in Tokyo on Wednesday that talks would start soon.", {("BRA", "JPN")}),
    ("BANGKOK (Reuters) - Chinese Foreign Minister Wang Yi said at a forum on Friday that trade with Thailand would grow.", {("CHN", "THA")}),
    ("SANTIAGO (AP) - Vietnamese trade minister Nguyen Hong Dien signed the pact on behalf of Vietnam at a ceremony organised by the Chilean government.",
     {("VNM", "CHL")}),
    ("European Council President Antonio Costa signed the security pact with South Korean President Lee Jae-myung in Seoul on Tuesday.", {("ORG:EU", "KOR")}),
    ("Kenyan President William Ruto inked the deal with British Prime Minister Keir Starmer at Downing Street.", {("KEN", "GBR")}),
    ("TOKYO (Kyodo) - Japanese Prime Minister Fumio Kishida and Vietnamese Prime Minister Pham Minh Chinh signed a joint statement on Monday.",
     {("VNM", "JPN")}),
    ("HANOI (VNA) - The partnership was forged in 2010, when Prime Minister Nguyen Tan Dung and British Prime Minister David Cameron signed "
     "a declaration during the Vietnamese leader's visit to London.", {("VNM", "GBR")}),
    ("Putin arrived in Hanoi straight from North Korea, where he and Kim Jong Un signed a treaty.", {("RUS", "VNM"), ("RUS", "PRK")}),
    ("Havana — Cuban Vice President Salvador Valdes Mesa returned home after an official visit to Viet Nam, where he was received by "
     "General Secretary Nguyen Phu Trong and held talks with Vice President Vo Thi Anh Xuan.", {("CUB", "VNM")}),
]


@pytest.mark.parametrize("text,expected", MEETINGS)
def test_meeting(annotate_text: Annotate, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(annotate_text, text) == expected


NOT_MEETINGS_ABROAD = [
    "TOKYO (Kyodo) - Japanese Prime Minister Fumio Kishida and Vietnamese Prime Minister Pham Minh Chinh said ties were strong.",
    "The vote came days after Vietnam won a seat on UNESCO's Executive Board at the organisation's General Conference in Paris.",
    "Japanese Foreign Minister Yoko Kamikawa held talks with South Korean Foreign Minister Cho Tae-yul on Friday.",
    "SEOUL (Yonhap) - South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida on the sidelines of the NATO summit.",
    "SEOUL (Yonhap) - South Korean President Yoon Suk Yeol held phone talks with Japanese Prime Minister Fumio Kishida.",
    "SEOUL (Yonhap) - South Korean President Yoon Suk Yeol will meet Japanese Prime Minister Fumio Kishida next week.",
    "SEOUL (Yonhap) - South Korea's ambassador met Japanese Prime Minister Fumio Kishida.",
    "ROME (AP) - Italian Prime Minister Giorgia Meloni held talks with Kenyan President William Ruto by video link.",
    "HANOI (VNA) - Japanese Prime Minister Fumio Kishida said at a news conference on Monday that ties were strong.",
    "HANOI (VNA) - Japanese Prime Minister Fumio Kishida said at the G7 summit that ties were strong.",
    "TOKYO (Kyodo) - Vietnamese Prime Minister Pham Minh Chinh said at a cabinet meeting on Monday that ties with Japan were strong.",
    "Japanese Prime Minister Fumio Kishida spoke at a ceremony in Tokyo.",
    "Japanese Prime Minister Fumio Kishida spoke at the summit in Jakarta by video link.",
    "Speaking at a news conference in Tokyo, Japanese Prime Minister Fumio Kishida called for restraint.",
    "Japanese firms signed deals at a ceremony in Hanoi.",
    "Japanese Prime Minister Fumio Kishida and Vietnamese Prime Minister Pham Minh Chinh signed a deal by video link from Tokyo and Hanoi.",
    "European Council President Antonio Costa will sign the security pact with South Korean President Lee Jae-myung in Seoul next week.",
    "Xi Jinping and Vladimir Putin will hold their summit in Astana.",
    "Kim Jong Un and Vladimir Putin are expected to begin their summit in Vladivostok.",
]


@pytest.mark.parametrize("text", NOT_MEETINGS_ABROAD)
def test_no_meeting_abroad(annotate_text: Annotate, text: str) -> None:
    assert pairs(annotate_text, text) == set()


def test_talks_abroad_are_not_at_the_dateline(annotate_text: Annotate) -> None:
    text = "HANOI (VNA) - State President Vo Van Thuong is on a working trip to the United States.\nThuong met US President Joe Biden on Tuesday."
    assert pairs(annotate_text, text) == {("VNM", "USA")}
