"""The shared discourse context (story place, antecedents) and coordination of lists."""

from __future__ import annotations

import pytest

from chancery.annotate.coordination import coordinated, split_list
from chancery.annotate.participants import participants


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("HANOI, Sept 10 (Reuters) - The two leaders met.", "VNM"),
        ("JAKARTA (AP) — Leaders gathered on Tuesday.", "IDN"),
        ("Canberra, 12 March 2025 - The prime minister spoke.", "AUS"),
        ("Leaders gather in Jakarta for summit\nThe meeting opened on Monday.", "IDN"),
        ("Modi and Albanese hold talks\nThe two leaders met in Canberra on Friday.", "AUS"),
    ],
)
def test_story_place(annotate_text, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    assert annotate_text(text).story_place == place


def test_no_story_place_without_one(annotate_text) -> None:  # type: ignore[no-untyped-def]
    assert annotate_text("Diplomacy is the art of the possible, officials said.").story_place is None


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Vietnam and Indonesia agreed to deepen ties. The two sides signed five deals.", ("IDN", "VNM")),
        ("Kishida met Albanese. Both countries pledged closer defence links.", ("AUS", "JPN")),
        ("Japanese Prime Minister Fumio Kishida hosted Australian Prime Minister Anthony Albanese. "
         "The two leaders issued a statement.", ("AUS", "JPN")),
    ],
)
def test_the_two_sides(annotate_text, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    adoc = annotate_text(text)
    anchor = max(text.find("The two"), text.find("Both"))
    assert adoc.pair_before(anchor) == pair


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Saudi Arabia and France held talks. The kingdom pledged more investment.", "The kingdom", "SAU"),
        ("Thailand met France. The Southeast Asian nation signed a deal.", "The Southeast Asian nation", "THA"),
        ("Singapore and Germany met. The island nation hosted the talks.", "The island nation", "SGP"),
        ("Qatar and Italy met. The Gulf state announced funds.", "The Gulf state", "QAT"),
        ("Nepal and Japan met. The Himalayan country sought aid.", "The Himalayan country", "NPL"),
        ("HANOI (VNA) - Japan and Australia sent envoys. The host country welcomed them.", "The host country", "VNM"),
    ],
)
def test_descriptive_references_to_a_state(annotate_text, text: str, phrase: str, code: str) -> None:  # type: ignore[no-untyped-def]
    adoc = annotate_text(text)
    start = text.index(phrase)
    found = adoc.descriptor_state(start, start + len(phrase) + 1)
    assert found is not None and found[2] == code


def test_a_pronoun_refers_to_the_last_named_person(annotate_text) -> None:  # type: ignore[no-untyped-def]
    text = "Indian Prime Minister Narendra Modi arrived in Paris on Monday. He met business leaders."
    adoc = annotate_text(text)
    p = adoc.person_before(text.index("He met"))
    assert p is not None and p.country == "IND" and p.name.endswith("Modi")


@pytest.mark.parametrize(
    ("text", "first", "members"),
    [
        ("The Assembly elected Algeria, Bangladesh, Costa Rica, and Viet Nam to the council.", "Algeria",
         ["Algeria", "Bangladesh", "Costa Rica", "Viet Nam"]),
        ("Denmark, Greece, Pakistan, Panama and Somalia won seats.", "Greece",
         ["Denmark", "Greece", "Pakistan", "Panama", "Somalia"]),
        ("Vietnam has ties with Japan as well as Australia. Kenya was absent.", "Japan", ["Japan", "Australia"]),
    ],
)
def test_lists_of_states(annotate_text, text: str, first: str, members: list[str]) -> None:  # type: ignore[no-untyped-def]
    adoc = annotate_text(text)
    states = [a for a in adoc.actors if a.is_state]
    anchor = next(a for a in states if a.surface == first)
    assert [a.surface for a in coordinated(text, states, anchor)] == members


def test_lists_of_titled_persons(annotate_text) -> None:  # type: ignore[no-untyped-def]
    text = ("President Joko Widodo of Indonesia, Prime Minister Lee Hsien Loong of Singapore and Thai Prime "
            "Minister Prayut Chan-o-cha attended the summit.")
    adoc = annotate_text(text)
    found = participants(adoc, 0, len(text))
    assert [q.country for q in found] == ["IDN", "SGP", "THA"]  # "of Indonesia" belongs to the person
    runs = split_list(text, found)
    assert [[q.country for q in run] for run in runs] == [["IDN", "SGP", "THA"]]


def test_separate_clauses_are_not_one_list(annotate_text) -> None:  # type: ignore[no-untyped-def]
    text = "Japan signed the pact with India, while China objected."
    adoc = annotate_text(text)
    states = [a for a in adoc.actors if a.is_state]
    india = next(a for a in states if a.surface == "India")
    assert [a.surface for a in coordinated(text, states, india)] == ["India"]
