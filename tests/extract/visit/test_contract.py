"""The mentions the visit extractor emits, and the ``find_visits`` contract the agreement extractor
relies on."""

from __future__ import annotations

from chancery.extract import visit
from chancery.extract.visit.extractor import VisitFound, find_visits

from .support import Annotate, pairs


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


def test_visitor_is_the_name_without_its_title(annotate_text: Annotate) -> None:
    [m] = visit.extract(annotate_text("Indonesian President Prabowo Subianto arrived in Canberra on Sunday."))
    assert m.get("visitor") == "Prabowo Subianto"


def test_an_official_of_a_body_uses_the_body(annotate_text: Annotate) -> None:
    assert pairs(annotate_text, "ASEAN Secretary-General Kao Kim Hourn arrived in Dili on Monday.") == {("ORG:ASEAN", "TLS")}
    assert pairs(annotate_text, "IMF chief Kristalina Georgieva travelled to Colombo on Tuesday.") == {("ORG:IMF", "LKA")}
    assert pairs(annotate_text, "EU Trade Commissioner Valdis Dombrovskis flew to Jakarta to sign the deal.") == {("ORG:EU", "IDN")}


def test_find_visits_contract(annotate_text: Annotate) -> None:
    """The agreement extractor reads ``visitor.country`` and ``host`` of each :class:`VisitFound`."""
    adoc = annotate_text("Kenyan President William Ruto paid a state visit to Japan. The leaders signed a joint statement.")
    found = find_visits(adoc, adoc.sentences[0])
    assert found and all(isinstance(f, VisitFound) for f in found)
    assert {(f.visitor.country, f.host) for f in found} == {("KEN", "JPN")}
    assert find_visits(adoc, adoc.sentences[1]) == []


def test_one_mention_per_visitor_host_and_year_in_a_sentence(annotate_text: Annotate) -> None:
    ms = visit.extract(annotate_text("Japanese Prime Minister Fumio Kishida arrived in Hanoi on a state visit to Vietnam."))
    assert len(ms) == 1


def test_an_unnamed_visitor_takes_the_one_name_of_its_visit(annotate_text: Annotate) -> None:
    """"The Japanese delegation" of a visit the story names one person for is that person's visit
    (one fact per person, host and year after consolidation)."""
    text = ("Japanese Prime Minister Fumio Kishida arrived in Hanoi on Monday. "
            "The Japanese delegation later visited Da Nang.")
    names = {m.get("visitor") for m in visit.extract(annotate_text(text, published="2024-06-10"))}
    assert names == {"Fumio Kishida"}
    two = ("Japanese Prime Minister Fumio Kishida arrived in Hanoi on Monday. Japanese Foreign Minister Yoko Kamikawa "
           "arrived on Tuesday. The Japanese delegation later visited Da Nang.")
    assert None in {m.get("visitor") for m in visit.extract(annotate_text(two, published="2024-06-10"))}
