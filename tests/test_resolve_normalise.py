"""Measure and event normalisation: phrasings that must meet, and ones that must stay apart."""

from __future__ import annotations

import pytest

from chancery.resolve.levels import group_in, levels_in
from chancery.resolve.normalise import clause_around, normalise_event, normalise_measure, normalise_words

CP_UP = "partners_at_level:comprehensive_partnership+"


@pytest.mark.parametrize(
    ("measure", "text", "clause", "expected"),
    [
        ("remittances", "", "", "remittances"),
        ("remittance inflow", "surpassing US$16 billion", "", "remittances"),
        ("record remittances sent home", "", "", "remittances"),
        ("overseas remittances", "", "", "remittances"),
        ("export turnover", "", "", "exports"),
        ("exports", "", "", "exports"),
        ("two-way trade", "", "", "two_way_trade"),
        ("bilateral trade turnover", "", "", "two_way_trade"),
        ("growth in number of foreign direct investment projects", "", "", "fdi_projects"),
        ("FDI inflows", "", "", "fdi"),
        ("countries with comprehensive or higher-level partnership with Vietnam", "to 42", "", CP_UP),
        ("partners with comprehensive partnerships or higher", "42 countries", "", CP_UP),
        ("partners at the comprehensive partnership level or higher", "to 42", "", CP_UP),
        ("partners", "to 42", "bringing the total number of partners at the comprehensive partnership level or higher to 42", CP_UP),
        ("countries with which it", "to 42",
         "raising the number of countries with which it has a comprehensive or higher-level partnership to 42", CP_UP),
        ("comprehensive strategic partnerships and strategic partnerships", "to 42", "",
         "partners_at_level:strategic_partnership+"),
        ("partners with which Vietnam upgraded relations", "", "", "partners_upgraded"),
        ("partners", "17 partners", "Vietnam upgraded relations with 17 partners", "partners_upgraded"),
        ("countries", "17 countries", "He noted that Viet Nam has upgraded relations with 17 countries", "partners_upgraded"),
        ("countries", "194 countries", "and has established diplomatic relations with 194 countries.", "diplomatic_relations"),
    ],
)
def test_measure_phrasings_meet(measure: str, text: str, clause: str, expected: str) -> None:
    assert normalise_measure(measure, text, clause, "VNM").id == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("exports", "", ""), ("imports", "", "")),
        (("remittances", "", ""), ("export turnover", "", "")),
        (("countries", "163 countries", "with the participation of 163 countries"),
         ("countries", "194 countries", "has established diplomatic relations with 194 countries")),
        (("multiplier", "2.5 times more", "2.5 times more than those in 2024."),
         ("multiplier", "nearly 1.5 times higher", "nearly 1.5 times higher than the previous year")),
        (("partners at comprehensive partnership level or higher", "", ""),
         ("comprehensive strategic partnerships", "", "")),
    ],
)
def test_different_measures_stay_apart(a: tuple[str, str, str], b: tuple[str, str, str]) -> None:
    assert normalise_measure(*a, "VNM").id != normalise_measure(*b, "VNM").id


def test_group_claims_pick_the_group_named_at_the_figure() -> None:
    sentence = ("Vietnam raised the number of countries with which it has a comprehensive or higher-level partnership "
                "to 42, including all the five permanent member of the UN Security Council and 18 of the 21 members "
                "of the Group of 20 (G20).")
    clause_p5 = clause_around(sentence, "five permanent member")
    clause_g20 = clause_around(sentence, "18 of the 21 members")
    p5 = normalise_measure("permanent member", "five permanent member", clause_p5, "VNM", sentence)
    g20 = normalise_measure("members", "18 of the 21 members", clause_g20, "VNM", sentence)
    assert p5.group == "P5" and g20.group == "G20"
    assert p5.levels == g20.levels == levels_in("comprehensive or higher", "VNM")


def test_group_claim_takes_levels_from_its_sentence() -> None:
    sentence = ("By establishing a comprehensive strategic partnership with the UK, Vietnam now has such a partnership "
                "with all five permanent members of the UN Security Council.")
    canon = normalise_measure("permanent members", "five permanent members",
                              clause_around(sentence, "five permanent members"), "VNM", sentence)
    assert canon.group == "P5"
    assert canon.levels == frozenset({"comprehensive_strategic_partnership"})


@pytest.mark.parametrize(
    "name",
    ["P4G Summit", "4th P4G Summit", "the Fourth P4G Summit", "the 2025 P4G Summit in Hanoi", "P4G summit 2025"],
)
def test_event_phrasings_meet(name: str) -> None:
    assert normalise_event(name).id == "p4g_summit"


@pytest.mark.parametrize(
    "name",
    [
        "signing ceremony of the Convention against Cybercrime",
        "signing ceremony of the UN Convention against Cybercrime (the Hanoi Convention)",
        "opening ceremony for the signing of the UN Convention against Cybercrime",
    ],
)
def test_cybercrime_signing_phrasings_meet(name: str) -> None:
    assert normalise_event(name).id == "un_cybercrime_convention_signing"


def test_generic_event_normaliser_drops_ordinals_determiners_and_years() -> None:
    a = normalise_event("the Third Mekong-Lancang Leaders' Meeting 2026")
    b = normalise_event("Mekong-Lancang Leaders' Meetings")
    assert a.id == b.id and not a.known


def test_different_events_stay_apart() -> None:
    ids = {normalise_event(n).id for n in ["ASEAN Future Forum", "P4G Summit", "ASEAN Summit", "Vesak Grand Ceremony"]}
    assert len(ids) == 4


@pytest.mark.parametrize(
    ("word", "singular"),
    [("remittances", "remittance"), ("countries", "country"), ("summits", "summit"), ("status", "status"),
     ("ceremonies", "ceremony"), ("business", "business")],
)
def test_singularise(word: str, singular: str) -> None:
    assert normalise_words(word) == singular


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("comprehensive or higher-level partnership", {"special_relationship", "comprehensive_strategic_partnership",
                                                       "strategic_partnership", "comprehensive_partnership"}),
        ("comprehensive-or-higher partners", {"special_relationship", "comprehensive_strategic_partnership",
                                              "strategic_partnership", "comprehensive_partnership"}),
        ("comprehensive strategic partners", {"comprehensive_strategic_partnership"}),
        ("strategic partnerships or above", {"special_relationship", "comprehensive_strategic_partnership",
                                             "strategic_partnership"}),
        ("such a partnership", set()),
    ],
)
def test_levels_in_claims(text: str, levels: set[str]) -> None:
    assert levels_in(text, "VNM") == frozenset(levels)


def test_group_in_prefers_leftmost() -> None:
    assert group_in("18 of the 21 members of the G20 and all five permanent members of the Security Council").id == "G20"
