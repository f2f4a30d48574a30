"""Noun frames: a visit stated as a noun, its visitor from the possessor, a "by/of" phrase or the verb
that carries it, its host from its own place, the carrying verb's place, the story or the other
party."""

from __future__ import annotations

import pytest

from .support import Annotate, pairs

NOUNS = [
    # possessor
    ("Joe Biden's two-day trip to Hanoi in September 2023 upgraded ties.", {("USA", "VNM")}),
    ("Narendra Modi's state visit to the US drew large crowds.", {("IND", "USA")}),
    ("Vietnamese President To Lam's visit to Laos was successful.", {("VNM", "LAO")}),
    ("HANOI (VNA) - Vietnamese President Vo Van Thuong's state visits to Laos and Cambodia ended on Friday.", {("VNM", "LAO"), ("VNM", "KHM")}),
    ("Russian President Vladimir Putin's stop in Astana lasted two days.", {("RUS", "KAZ")}),
    ("Prime Minister Datuk Seri Anwar Ibrahim's visits to Pakistan and Bangladesh have revitalized trade relations.", {("MYS", "PAK"), ("MYS", "BGD")}),
    ("On November 24, 2009, in honor of the arrival of Dr. Manmohan Singh, Prime Minister of the Republic of India, President Barack Obama held a State Dinner.",
     {("IND", "USA")}),
    # "by X", "of X"
    ("The state visit by Chinese President Xi Jinping to Vietnam in December 2023 lifted ties.", {("CHN", "VNM")}),
    ("JAKARTA (AP) - A three-day visit by the Singaporean prime minister, which ended on Tuesday, produced a maritime pact.", {("SGP", "IDN")}),
    ("KUALA LUMPUR, March 3 (Bernama) -- Malaysia and Singapore today agreed on a rail link during the official visit of Prime Minister of Singapore Lawrence Wong.",
     {("SGP", "MYS")}),
    ("The visit is the first by a Japanese prime minister to Vietnam in five years.", {("JPN", "VNM")}),
    # a light verb carries it
    ("Thai Prime Minister Paetongtarn Shinawatra made her first official visit to China last year.", {("THA", "CHN")}),
    ("Chinese Foreign Minister Wang Yi wrapped up his visit to Indonesia on Friday.", {("CHN", "IDN")}),
    ("Kenyan President William Ruto began a state visit to the United States on Monday.", {("KEN", "USA")}),
    ("Prime Minister Narendra Modi wrapped up a two-nation tour of Ghana and Trinidad and Tobago.", {("IND", "GHA"), ("IND", "TTO")}),
    ("At the invitation of Japanese Prime Minister Fumio Kishida, President of the Republic of Kenya William Ruto paid a state visit to Japan.",
     {("KEN", "JPN")}),
    ("Japanese Prime Minister Fumio Kishida made a stop in Manila on his way home.", {("JPN", "PHL")}),
    # a preposition carries it: "on a visit", "after a visit", "X, on a visit to Y,"
    ("French President Emmanuel Macron was on a state visit to Vietnam in May 2025.", {("FRA", "VNM")}),
    ("PARIS (AFP) - Indian Prime Minister Narendra Modi, who is on a four-day state visit, toured an aircraft plant on Wednesday.", {("IND", "FRA")}),
    ("Indian Prime Minister Narendra Modi left Paris for Abu Dhabi after a two-day visit.", {("IND", "FRA")}),
    ("Vietnamese President Luong Cuong, on a state visit to Chile, met President Gabriel Boric on Monday.", {("VNM", "CHL")}),
    ("Indian Prime Minister Narendra Modi, fresh from a visit to Russia, landed in Vienna on Tuesday.", {("IND", "AUT"), ("IND", "RUS")}),
    ("Vietnamese President Nguyen Xuan Phuc, who combined the summit with an official visit, held talks at Government House in Bangkok.",
     {("VNM", "THA")}),
    ("Japanese Prime Minister Fumio Kishida held talks with Philippine President Ferdinand Marcos Jr., who is on an official visit to Tokyo.",
     {("PHL", "JPN")}),
    ("Chinese President Xi Jinping greeted South African President Cyril Ramaphosa, who was on a state visit to China.", {("ZAF", "CHN")}),
    # the host from the story, the host's welcome, the other party
    ("HANOI (VNA) - Indonesian President Prabowo Subianto met business leaders during his ongoing visit.", {("IDN", "VNM")}),
    ("Kuala Lumpur, May 3, 2024 (Bernama) - Philippine President Ferdinand Marcos Jr. wrapped up his working visit to the neighbouring country on Friday.",
     {("PHL", "MYS")}),
    ("JAKARTA (Antara) - Singaporean Prime Minister Lawrence Wong's visit to the archipelago nation focused on trade.", {("SGP", "IDN")}),
    ("UAE President Mohamed bin Zayed Al Nahyan welcomed Prime Minister Pham Minh Chinh's official visit.", {("VNM", "ARE")}),
    ("China and Chile raised their ties as Chinese President Xi Jinping held talks with his Chilean counterpart during a state visit.", {("CHN", "CHL")}),
    ("During his visit to Japan, Pham Minh Chinh met Emperor Naruhito.", {("VNM", "JPN")}),
]


@pytest.mark.parametrize("text,expected", NOUNS)
def test_noun_frame(annotate_text: Annotate, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(annotate_text, text) == expected


def test_the_visit_told_before_is_not_the_subjects(annotate_text: Annotate) -> None:
    """"During the visit, X held talks with Y": the visit is the one told before, X may be its host."""
    text = ("Pakistani President Asif Ali Zardari paid a state visit to China from February 4 to 8, 2025. "
            "During the visit, President Xi Jinping held talks with President Zardari.")
    assert pairs(annotate_text, text) == {("PAK", "CHN")}
    text2 = "Three months after the Jakarta trip, Singapore's Prime Minister Lee Hsien Loong came to Hanoi to seal the partnership."
    assert pairs(annotate_text, text2) == {("SGP", "VNM")}


def test_state_visit_host_is_not_a_later_clause(annotate_text: Annotate) -> None:
    text = ("MANILA (Reuters) - Japanese Prime Minister Fumio Kishida combined the talks with an official visit, "
            "while South Korean President Yoon Suk Yeol, whose country signed a deal with Manila in 2023, met Philippine leaders.")
    assert ("JPN", "KOR") not in pairs(annotate_text, text)
    assert ("JPN", "PHL") in pairs(annotate_text, text)


def test_receiving_someone_for_a_visit(annotate_text: Annotate) -> None:
    """"X received Y for a state visit": Y is the visitor of the noun, X the host."""
    text = "HANOI, Nov 12, 2017 (VNA) - President Tran Dai Quang on Sunday received US President Donald Trump at the Presidential Palace for a state visit."
    assert pairs(annotate_text, text) == {("USA", "VNM")}
