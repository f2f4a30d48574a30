"""Presence at an event abroad told through its attendees and stand-ins."""

from __future__ import annotations

import pytest

from .support import Annotate, pairs

ATTENDEES = [
    ("HA NOI (VNA) - The summit was held on Wednesday in Ha Noi. On the international side, participants included Prime Minister of Ethiopia "
     "Abiy Ahmed Ali, co-chair of the forum this year, Prime Minister of Laos Sonexay Siphandone and United Nations Deputy Secretary-General Amina J. Mohammed.",
     {("ETH", "VNM"), ("LAO", "VNM"), ("ORG:UN", "VNM")}),
    ("KAZAN (Sputnik) - The Russian city of Kazan is hosting the BRICS summit. High-profile guests at the summit include former Brazilian President "
     "Dilma Rousseff, now head of the New Development Bank; Palestinian President Mahmoud Abbas; and UN Secretary-General Antonio Guterres.",
     {("ORG:NDB", "RUS"), ("PSE", "RUS"), ("ORG:UN", "RUS")}),
    ("KUALA LUMPUR (Bernama) - The summit opened on Monday. Attending were Thai Prime Minister Paetongtarn Shinawatra, "
     "Philippine President Ferdinand Marcos Jr. and Vietnamese Prime Minister Pham Minh Chinh.", {("THA", "MYS"), ("PHL", "MYS"), ("VNM", "MYS")}),
    ("The leaders attending the summit in Kuala Lumpur included President Prabowo Subianto of Indonesia and Prime Minister Lawrence Wong of Singapore.",
     {("IDN", "MYS"), ("SGP", "MYS")}),
    ("Among the leaders in Jakarta are Japanese Prime Minister Fumio Kishida, Australian Prime Minister Anthony Albanese and Indian Prime Minister Narendra Modi.",
     {("JPN", "IDN"), ("AUS", "IDN"), ("IND", "IDN")}),
    ("Among the dignitaries at the ceremony in Tokyo were British Prime Minister Rishi Sunak and French President Emmanuel Macron.",
     {("GBR", "JPN"), ("FRA", "JPN")}),
    ("Brazilian President Luiz Inacio Lula da Silva and South African President Cyril Ramaphosa were among the leaders who arrived in New Delhi for the summit.",
     {("BRA", "IND"), ("ZAF", "IND")}),
    ("US Defense Secretary Robert Gates was among those who flew in for the talks in Hanoi.", {("USA", "VNM")}),
    ("ROME (AP) - The conference opened on Monday in Rome. Delegates from Kenya and Ghana were among the participants.", {("KEN", "ITA"), ("GHA", "ITA")}),
    ("The forum opened in Hanoi on Tuesday. The speakers for this session included Stephen Groff from the Asian Development Bank and "
     "Syed Saddiq Abdul Rahman, Malaysia's Minister of Youth and Sports.", {("ORG:ADB", "VNM"), ("MYS", "VNM")}),
    ("China hosted the Belt and Road Forum in Beijing on Wednesday, with Russian President Vladimir Putin and Hungarian Prime Minister Viktor Orban among the leaders in attendance.",
     {("RUS", "CHN"), ("HUN", "CHN")}),
    ("RIYADH (AFP) - Saudi Arabia played host to the inaugural summit in Riyadh on Friday. Leaders from the GCC and ASEAN attended, "
     "among them Malaysian Prime Minister Anwar Ibrahim and Vietnamese Prime Minister Pham Minh Chinh.", {("MYS", "SAU"), ("VNM", "SAU")}),
    ("The summit in Jakarta drew Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi.", {("JPN", "IDN"), ("IND", "IDN")}),
    ("Besides Joe Biden, the summit in Tokyo attracted Indian Prime Minister Narendra Modi.", {("USA", "JPN"), ("IND", "JPN")}),
    ("Vietnam hosted the APEC meeting in Da Nang. The gathering drew Chinese President Xi Jinping and Russian President Vladimir Putin, among others.",
     {("CHN", "VNM"), ("RUS", "VNM")}),
    ("Vietnam hosted the summits in Hanoi on March 30-31. Prime Minister Nguyen Xuan Phuc chaired the events, which were attended by Cambodian Prime Minister Hun Sen "
     "and Chinese Foreign Minister Wang Yi.", {("KHM", "VNM"), ("CHN", "VNM")}),
    ("BUSAN (Yonhap) - South Korea hosted the summit on Tuesday. President Yoon Suk Yeol and the leaders of Cambodia, Laos and Vietnam adopted a joint declaration.",
     {("KHM", "KOR"), ("LAO", "KOR"), ("VNM", "KOR")}),
]

STAND_INS = [
    ("Russian Foreign Minister Sergei Lavrov represented Moscow at the summit in Hanoi.", {("RUS", "VNM")}),
    ("JAKARTA (Antara) - The summit opened on Monday. Chinese Premier Li Qiang represented Beijing.", {("CHN", "IDN")}),
    ("Moscow was represented by Foreign Minister Sergei Lavrov at the talks in Geneva.", {("RUS", "CHE")}),
    ("India was represented at the summit in Johannesburg by Prime Minister Narendra Modi.", {("IND", "ZAF")}),
    ("Trump did not attend the APEC forum in Gyeongju; the U.S. was represented by Treasury Secretary Scott Bessent.", {("USA", "KOR")}),
    ("Peru concluded its hosting of the APEC leaders' meeting on Saturday. US President Joe Biden represented Washington at the meeting.", {("USA", "PER")}),
    ("Xi Jinping sent Vice President Han Zheng to the inauguration in Brasilia.", {("CHN", "BRA")}),
    ("Vladimir Putin skipped the summit in Bali and sent Foreign Minister Sergei Lavrov in his place.", {("RUS", "IDN")}),
    ("BANGKOK (Reuters) - Washington sent National Security Adviser Robert O'Brien in place of President Donald Trump.", {("USA", "THA")}),
    ("The group's meeting ended on Sunday in Rome. This year, the presidents of Russia, Vladimir Putin, and China, Xi Jinping, did not attend the meeting, "
     "but sent representatives.", {("RUS", "ITA"), ("CHN", "ITA")}),
    ("The session took place in Vienna on May 19. The Vietnamese delegation was led by Deputy Foreign Minister Le Thi Thu Hang.", {("VNM", "AUT")}),
]


@pytest.mark.parametrize("text,expected", ATTENDEES + STAND_INS)
def test_presence(annotate_text: Annotate, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(annotate_text, text) == expected


NOT_PRESENT = [
    "Among the leaders expected in Jakarta are Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi.",
    "Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi will be among the leaders in Jakarta next week.",
    "Among the leaders invited to Jakarta is Indian Prime Minister Narendra Modi.",
    "BANGKOK (Reuters) - Japanese Prime Minister Fumio Kishida was among the leaders who skipped the summit.",
    "The summit, which will be attended by Japanese Prime Minister Fumio Kishida, opens in Jakarta next week.",
    "The summit was attended by Japanese Prime Minister Fumio Kishida via video link.",
    "The summit in Jakarta drew criticism from Chinese President Xi Jinping.",
    "The summit in Jakarta is expected to draw Chinese President Xi Jinping.",
    "Russian Foreign Minister Sergei Lavrov will represent Moscow at the summit in Hanoi.",
    "Russia may be represented by Foreign Minister Sergei Lavrov at the summit in Bali.",
    "Lawyers represented the company at the hearing in London.",
    "Vladimir Putin sent a letter to the summit in Bali.",
    "Xi Jinping sent a congratulatory message to the summit in Brasilia.",
    "Vladimir Putin will send Foreign Minister Sergei Lavrov to the summit in Bali.",
    "Vietnam sent troops to South Sudan.",
    "Japanese Ambassador Ito Naoki represented Japan at the ceremony in Hanoi.",
    "Indonesia hosted the summit in Jakarta. Leaders of Malaysia and Singapore will adopt the plan next year.",
]


@pytest.mark.parametrize("text", NOT_PRESENT)
def test_not_present(annotate_text: Annotate, text: str) -> None:
    assert pairs(annotate_text, text) == set()
