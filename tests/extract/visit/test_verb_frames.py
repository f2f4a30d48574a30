"""Verb frames: visit, motion, presence, attendance, reception, a tour that took someone somewhere, a
destination chosen. Visitors by syntactic role (subject, agent, the noun a participle or relative
clause modifies, lists), hosts from what the verb governs."""

from __future__ import annotations

import pytest

from .support import Annotate, pairs

VISIT = [
    ("Japanese Prime Minister Shigeru Ishiba visited Vietnam from April 27 to 28, 2025.", {("JPN", "VNM")}),
    ("Chinese Premier Li Qiang visited Australia, New Zealand and Malaysia in June 2024.", {("CHN", "AUS"), ("CHN", "NZL"), ("CHN", "MYS")}),
    ("South Korean President Yoon Suk Yeol toured a semiconductor plant in Ho Chi Minh City.", {("KOR", "VNM")}),
    ("Philippine President Ferdinand Marcos Jr. visited the White House in 2023.", {("PHL", "USA")}),
    ("Hanoi was visited by Cuban President Miguel Diaz-Canel in September.", {("CUB", "VNM")}),
    ("UN Secretary-General Antonio Guterres visited Vietnam in October 2025.", {("ORG:UN", "VNM")}),
    ("Last year, Emmanuel Macron became the first French president to visit Mongolia.", {("FRA", "MNG")}),
    ("Narendra Modi, the first Indian prime minister to visit Vietnam in 15 years, laid a wreath on Saturday.", {("IND", "VNM")}),
    ("Joe Biden, the first US president to visit Angola, announced new aid.", {("USA", "AGO")}),
    ("TOKYO (Kyodo) - Japanese Prime Minister Fumio Kishida praised Vietnam, which he visited last year.", {("JPN", "VNM")}),
    ("Two weeks ago, Indian External Affairs Minister S. Jaishankar travelled to Moscow.", {("IND", "RUS")}),
    # a descriptive noun phrase for a person named before
    ("Thai Prime Minister Srettha Thavisin took office in 2023. Since taking office, the former general has visited Cambodia and Laos.",
     {("THA", "KHM"), ("THA", "LAO")}),
    ("Brazilian President Luiz Inacio Lula da Silva spoke on Monday. In 2023 the Brazilian had visited the United Arab Emirates.", {("BRA", "ARE")}),
    # lists of titled visitors
    ("The leaders of China and Russia visited Pyongyang in 2024.", {("CHN", "PRK"), ("RUS", "PRK")}),
    ("NATO chief Jens Stoltenberg and the leaders of Poland, Estonia and Latvia travelled to Kyiv for talks.",
     {("ORG:NATO", "UKR"), ("POL", "UKR"), ("EST", "UKR"), ("LVA", "UKR")}),
    ("A Japanese delegation led by Deputy Foreign Minister Hiroshi Suzuki visited Hanoi.", {("JPN", "VNM")}),
]

MOTION = [
    ("Prime Minister Pham Minh Chinh arrived in Tokyo on Sunday for a three-day official visit to Japan.", {("VNM", "JPN")}),
    ("Vladimir Putin travelled to Pyongyang in June 2024, his first trip there in 24 years.", {("RUS", "PRK")}),
    ("Vietnam's top leader To Lam flew to Washington on Monday.", {("VNM", "USA")}),
    ("German Chancellor Olaf Scholz arrived in the Indian capital on Friday.", {("DEU", "IND")}),
    ("Kenyan President William Ruto and South African President Cyril Ramaphosa travelled to Beijing for the forum.", {("KEN", "CHN"), ("ZAF", "CHN")}),
    ("Indian Prime Minister Narendra Modi travelled on to Ghana on Wednesday.", {("IND", "GHA")}),
    ("Canadian Prime Minister Justin Trudeau arrived in Tokyo together with French President Emmanuel Macron.", {("CAN", "JPN"), ("FRA", "JPN")}),
    ("MANILA (Reuters) - US Secretary of State Antony Blinken arrived on Tuesday for talks on the South China Sea.", {("USA", "PHL")}),
    ("CANBERRA, March 20 (AAP) - Chinese Foreign Minister Wang Yi flew in to hold talks with Penny Wong.", {("CHN", "AUS")}),
    ("LIMA (AP) - US President Joe Biden and Chinese President Xi Jinping arrived here on Thursday.", {("USA", "PER"), ("CHN", "PER")}),
    # an event the visitor came from; the place a "where" clause refers to
    ("Japanese Prime Minister Fumio Kishida flew in from the NATO summit in Lithuania on Thursday.", {("JPN", "LTU")}),
    ("Australian Prime Minister Anthony Albanese arrived in Lima from Rio de Janeiro, where he attended the G20.", {("AUS", "PER"), ("AUS", "BRA")}),
    ("Turkish President Recep Tayyip Erdogan returned to Ankara from Baku, where he attended the climate conference.", {("TUR", "AZE")}),
]

PRESENCE = [
    ("Chinese President Xi Jinping is in Hanoi for a two-day state visit.", {("CHN", "VNM")}),
    ("German Chancellor Olaf Scholz was in Beijing for talks with Xi Jinping.", {("DEU", "CHN")}),
    ("Australian Prime Minister Anthony Albanese spent the weekend in Vietnam, where he met business leaders.", {("AUS", "VNM")}),
    ("A Vietnamese delegation is in Laos from March 3 to 5 at the invitation of the Lao government.", {("VNM", "LAO")}),
    ("LIMA, Nov 15, 2024 (Reuters) - Chinese President Xi Jinping and US President Joe Biden were in town for the APEC summit.",
     {("CHN", "PER"), ("USA", "PER")}),
    ("NEW DELHI, Sept 9 (Reuters) - British Prime Minister Rishi Sunak was also in the capital for the summit.", {("GBR", "IND")}),
]

ATTEND = [
    ("Pham Minh Chinh attended the G20 summit in Rio de Janeiro in November 2024.", {("VNM", "BRA")}),
    ("Canadian Prime Minister Justin Trudeau attended the summit hosted by Japan.", {("CAN", "JPN")}),
    ("Philippine President Ferdinand Marcos Jr. attended the forum, which was held in Singapore.", {("PHL", "SGP")}),
    ("US Vice President Kamala Harris attended the ASEAN-US summit in Jakarta on Wednesday.", {("USA", "IDN")}),
    ("Indonesian President Joko Widodo joined fellow G20 leaders in Rome for the summit.", {("IDN", "ITA")}),
    ("Brazilian President Luiz Inacio Lula da Silva joined world leaders at the UN headquarters in New York.", {("BRA", "USA")}),
    ("South Korean President Yoon Suk Yeol joined US President Joe Biden in Hiroshima on Friday.", {("KOR", "JPN")}),
    ("Japanese Prime Minister Fumio Kishida attended the summit in Jakarta along with Australian Prime Minister Anthony Albanese.",
     {("JPN", "IDN"), ("AUS", "IDN")}),
    ("Indian External Affairs Minister Subrahmanyam Jaishankar and Chinese Foreign Minister Wang Yi co-chaired the meeting in Beijing on Monday.",
     {("IND", "CHN")}),
    # the event's site told in the sentence before; passive "attended by"
    ("GENEVA (AP) - The conference ended on Friday.\nIndonesian Foreign Minister Retno Marsudi, who attended the conference, called for a ceasefire.",
     {("IDN", "CHE")}),
    ("NEW DELHI, Sept 9 (Reuters) - The G20 summit opened on Saturday.\nBrazilian President Luiz Inacio Lula da Silva also took part.", {("BRA", "IND")}),
    ("Kazakhstan hosted the SCO summit on Thursday. Heads of state attended, including Chinese President Xi Jinping and Russian President Vladimir Putin.",
     {("CHN", "KAZ"), ("RUS", "KAZ")}),
    ("ASTANA (Kazinform) - The summit was held in Astana on Thursday. The event is attended by the heads of state and government of China, India and Iran.",
     {("CHN", "KAZ"), ("IND", "KAZ"), ("IRN", "KAZ")}),
    ("The funeral in London was attended by Japanese Emperor Naruhito and US President Joe Biden.", {("JPN", "GBR"), ("USA", "GBR")}),
    ("Prime Minister Shinzo Abe hosted the Mekong-Japan Summit in Tokyo on Tuesday, attended by Cambodia's Hun Sen and Thailand's Prayut Chan-o-cha.",
     {("KHM", "JPN"), ("THA", "JPN")}),
    ("Chinese President Xi Jinping ended a tour in Peru, which hosted the APEC leaders' meeting he attended.", {("CHN", "PER")}),
    ("Vietnam's Prime Minister Pham Minh Chinh joined as an observer at a BRICS summit for the first time last year in Russia.", {("VNM", "RUS")}),
]

RECEPTION = [
    ("Indian Prime Minister Narendra Modi hosted Vietnamese Prime Minister Pham Minh Chinh in New Delhi.", {("VNM", "IND")}),
    ("Vietnamese President Luong Cuong received visiting Lao Prime Minister Sonexay Siphandone in Hanoi on Tuesday.", {("LAO", "VNM")}),
    ("Vietnam has welcomed many heads of state, including leaders from China, Russia and Japan.", {("CHN", "VNM"), ("RUS", "VNM"), ("JPN", "VNM")}),
    ("Prime Minister Keir Starmer welcomed General Secretary To Lam to Downing Street today.", {("VNM", "GBR")}),
    ("Japanese Emperor Naruhito was welcomed by Vietnamese President Vo Van Thuong at the Presidential Palace.", {("JPN", "VNM")}),
    ("Pham Minh Chinh was received in Tokyo by Japanese Prime Minister Fumio Kishida.", {("VNM", "JPN")}),
    ("Kenyan President William Ruto was received at the White House on Thursday.", {("KEN", "USA")}),
    ("Vietnam hosted the second summit between North Korean leader Kim Jong Un and US President Donald Trump.", {("PRK", "VNM"), ("USA", "VNM")}),
    ("It is an honour to host my friend Prime Minister Anthony Albanese here in Hanoi.", {("AUS", "VNM")}),
    ("Finally, we welcomed my brother President Ilham Aliyev as a distinguished guest at the D-8 summit in Istanbul.", {("AZE", "TUR")}),
    ("Vietnam campaigned hard, which put the Southeast Asian nation on the map when it hosted the summit between North Korean leader "
     "Kim Jong Un and US President Donald Trump.", {("PRK", "VNM"), ("USA", "VNM")}),
    ("HANOI (VNA) - Vietnamese President Vo Van Thuong on Sunday received US President Joe Biden at the Presidential Palace for a state visit.",
     {("USA", "VNM")}),
    ("Kenyan President William Ruto arrived on Monday. Italian President Sergio Mattarella hosted him at the Quirinal Palace.", {("KEN", "ITA")}),
]

TRIPS = [
    ("Chinese President Xi Jinping ended a tour that also took him to Ecuador and to Peru.", {("CHN", "ECU"), ("CHN", "PER")}),
    ("Indian Prime Minister Narendra Modi wrapped up a trip that took him to Ghana, Namibia and to Brazil.", {("IND", "GHA"), ("IND", "NAM"), ("IND", "BRA")}),
    ("British Prime Minister Keir Starmer picked Germany for his first trip abroad.", {("GBR", "DEU")}),
    ("Philippine President Ferdinand Marcos Jr. chose Indonesia as the first stop of his overseas tour.", {("PHL", "IDN")}),
    ("Thai Prime Minister Srettha Thavisin made Cambodia the destination of his first official visit.", {("THA", "KHM")}),
]


@pytest.mark.parametrize("text,expected", VISIT + MOTION + PRESENCE + ATTEND + RECEPTION + TRIPS)
def test_verb_frame(annotate_text: Annotate, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(annotate_text, text) == expected


def test_host_verbs_do_not_invert(annotate_text: Annotate) -> None:
    text = "Chinese President Xi Jinping was greeted at the Presidential Palace in Hanoi, and attended a banquet hosted by Vietnamese President Vo Van Thuong."
    assert ("VNM", "CHN") not in pairs(annotate_text, text)
    text2 = "Vietnamese Prime Minister Nguyen Xuan Phuc, who attended the meetings, received the ceremonial gavel from Thai Prime Minister Prayut Chan-o-cha."
    assert ("THA", "VNM") not in pairs(annotate_text, text2)


def test_a_name_the_parser_splits(annotate_text: Annotate) -> None:
    """"To Lam" read as a preposition and a name: the person still is the visitor."""
    assert pairs(annotate_text, "In September 2024, To Lam, the party chief and state president, paid a state visit to Cuba.") == {("VNM", "CUB")}
