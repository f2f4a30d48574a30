"""What is not a visit: planned, hoped-for, conditional or denied trips, phone and video calls,
resident ambassadors, ports calls, people, firms and states that travel nowhere, a person at home."""

from __future__ import annotations

import pytest

from .support import Annotate, pairs

NOT_VISITS = [
    # future, plans, invitations, hopes
    "Prime Minister Narendra Modi will pay a state visit to the United States next month.",
    "Chinese Premier Li Qiang is scheduled to visit Australia.",
    "Fumio Kishida plans to visit Hanoi later this year.",
    "Vietnamese President To Lam invited Joe Biden to visit Vietnam.",
    "Anthony Albanese accepted the invitation to visit Vietnam at an early date.",
    "Vietnamese Prime Minister Pham Minh Chinh is expected to visit Brazil.",
    "Ahead of his visit to Seoul, Japanese Prime Minister Fumio Kishida spoke to reporters.",
    "Xi Jinping could visit Vietnam later this year, sources said.",
    "US President Donald Trump said he would travel to China in April.",
    "Malaysian Prime Minister Anwar Ibrahim hopes to visit India soon.",
    "Kenyan President William Ruto declined an invitation to visit Rome.",
    "Kenyan President William Ruto will be received at the White House on Thursday.",
    "The White House said Vietnamese President To Lam would visit next year.",
    "Chinese President Xi Jinping's planned stop in Paris was cancelled.",
    "Thai Prime Minister Srettha Thavisin will make Cambodia the destination of his first trip.",
    "LIMA (Reuters) - Chinese President Xi Jinping is expected to be in town for the APEC summit.",
    "CANBERRA (AAP) - Chinese Foreign Minister Wang Yi is expected to fly in on Monday.",
    "TOKYO (Kyodo) - Vietnamese Prime Minister Pham Minh Chinh will attend the summit.",
    "A Chinese delegation will be in Vietnam next week.",
    "Chinese President Xi Jinping will attend the summit in Jakarta along with Indian Prime Minister Narendra Modi.",
    # legs still to come, conditions
    "Indian Prime Minister Narendra Modi travels on to the Maldives on Friday.",
    "Chinese Premier Li Qiang then flies to Canberra.",
    "Australian Prime Minister Anthony Albanese travels to Beijing next week.",
    "Japanese Prime Minister Fumio Kishida arrives in Manila next.",
    "Vietnamese President Vo Van Thuong will begin a tour that takes him to Laos and to Cambodia.",
    "The deal is expected to be signed after Chinese Premier Li Qiang makes an official visit to Australia.",
    "Trade will grow once Indian Prime Minister Narendra Modi visits the United States.",
    "Trade would grow if Indian Prime Minister Narendra Modi visited the United States.",
    # "the first ... to visit" still to come
    "Anthony Albanese will become the first Australian prime minister to visit China since 2016.",
    "Anthony Albanese is set to become the first Australian leader to visit Mongolia.",
    "Narendra Modi, the first Indian prime minister to visit Vietnam in 15 years, will arrive on Friday.",
    "Narendra Modi would be the first Indian prime minister to visit Vietnam in 15 years.",
    "Chinese President Xi Jinping, the first Chinese leader to visit Peru in a decade, is expected to open a port.",
    # denied
    "Chinese President Xi Jinping did not visit Vietnam that year.",
    "Kenyan President William Ruto did not attend the summit in Rome.",
    "Kenyan President William Ruto skipped the summit in Rome.",
    "NAIROBI (Reuters) - US envoy John Kerry took part in the talks by video link.",
    "Australian Prime Minister Anthony Albanese cancelled his trip to India.",
    "Australian Prime Minister Anthony Albanese called off his visit to India.",
    "Australian Prime Minister Anthony Albanese's planned trip to India was postponed.",
    # remote
    "Pham Minh Chinh held phone talks with Japanese Prime Minister Fumio Kishida on Monday.",
    "Joe Biden and Xi Jinping met via video link from Washington.",
    "The leaders of Vietnam and Australia attended a virtual summit hosted from Canberra.",
    "Thai Prime Minister Srettha Thavisin attended the ASEAN-Australia Special Summit virtually.",
    "Kenyan President William Ruto phoned Italian Prime Minister Giorgia Meloni, who was in Rome.",
    # resident ambassadors, ships, people and things that are not visitors
    "US Ambassador to Vietnam Marc Knapper visited Da Nang on Monday.",
    "Japanese Ambassador Ito Naoki said Tokyo would continue to support Hanoi.",
    "Vietnamese Prime Minister Pham Minh Chinh received Japanese Ambassador Ito Naoki in Hanoi on Monday.",
    "EU Ambassador Julien Guerrier visited Hue on Monday.",
    "Kenya's ambassador to Italy, Fredrick Matwang'a, visited Milan on Monday.",
    "The USS Ronald Reagan aircraft carrier made a port call in Da Nang.",
    "A visit by a US aircraft carrier to Cam Ranh Bay drew attention.",
    "The Italian navy frigate made a port call in Mombasa on Sunday.",
    "Vietnam welcomed 17.5 million foreign tourist arrivals in 2024.",
    "Japanese investors visited Vietnam to explore opportunities.",
    "Students from Vietnam visited Japan on a study tour.",
    "HANOI (VNA) - Prime Minister Pham Minh Chinh received a delegation of Japanese businesses on Monday.",
    "A Japanese trade delegation visited Hanoi.",
    "Chinese tourists visiting Vietnam rose 40 percent.",
    "Imports from China arrived at the port of Haiphong last week.",
    "Vietnam received US$2 billion in ODA from Japan last year.",
    "Vietnam welcomed Japan's decision to extend the credit line.",
    "President Luong Cuong received a letter from Russian President Vladimir Putin.",
    "The Chinese Embassy in Hanoi hosted a reception to mark National Day.",
    "Vietnam called for a stop to the attacks in Ukraine.",
    "The ceasefire put a stop to fighting in Gaza.",
    "Japan made Vietnam the destination of most of its investment.",
    "Investors chose Vietnam for their factories.",
    "TOKYO (Kyodo) - Japan took part in the drafting of the statement.",
    "Vietnam joined other ASEAN members in condemning the attack.",
    "HANOI (VNA) - Cambodian Prime Minister Hun Manet joined Thai Prime Minister Srettha Thavisin in calling for restraint.",
    "CANBERRA (AAP) - The two sides arrived at a consensus on trade.",
    "Kremlin aide Yury Ushakov told reporters that trade with Vietnam grew.",
    "US President Joe Biden hosted a dinner at the White House.",
    # at home, or back home
    "General Secretary To Lam visited Da Nang on Sunday.",
    "NAIROBI (Reuters) - Kenyan President William Ruto attended the summit.",
    "Vietnamese Prime Minister Pham Minh Chinh returned to the Vietnamese capital on Sunday.",
    "Ruto arrived home from Rome on Saturday.",
    "Chinese Foreign Minister Wang Yi arrived on Tuesday for talks.",
    # the leg a visitor came from is not stated as a visit
    "Indonesian President Prabowo Subianto spoke to reporters on Sunday. He arrived in Jakarta from Canberra.",
    "US Secretary of State Antony Blinken flew in from Washington on Monday.",
]


@pytest.mark.parametrize("text", NOT_VISITS)
def test_not_a_visit(annotate_text: Annotate, text: str) -> None:
    assert pairs(annotate_text, text) == set()


def test_a_leg_from_is_not_a_visit_but_the_arrival_is(annotate_text: Annotate) -> None:
    assert pairs(annotate_text, "Chinese President Xi Jinping arrived in Belgrade on Tuesday straight from Paris.") == {("CHN", "SRB")}
    assert pairs(annotate_text, "Brazilian President Luiz Inacio Lula da Silva travelled to Beijing from the United Arab Emirates.") == {("BRA", "CHN")}
