"""One mention per (document, fact key) with the best-supported year, and the event's date."""

from __future__ import annotations

from chancery.extract import run_extractors


def _of(adoc, kind):  # type: ignore[no-untyped-def]
    return [m for m in run_extractors(adoc) if m.kind == kind]


def test_a_visit_told_twice_is_one_mention_with_the_stated_year(annotate_text) -> None:  # type: ignore[no-untyped-def]
    adoc = annotate_text(
        "Japanese Prime Minister Fumio Kishida visited Indonesia on 10 January 2023.\n"
        "Kishida visited Indonesia to discuss trade and maritime security."
    )
    visits = [m for m in _of(adoc, "visit") if m.get("host") == "IDN"]
    assert len(visits) == 1
    v = visits[0]
    assert v.get("year") == 2023 and v.get("date") == "2023-01-10"
    also = v.get("also")
    assert also and all(adoc.text[s:e].startswith("Kishida") for s, e in also)


def test_visits_in_different_years_stay_apart(annotate_text) -> None:  # type: ignore[no-untyped-def]
    adoc = annotate_text(
        "Indian Prime Minister Narendra Modi visited France in 2018.\n"
        "Indian Prime Minister Narendra Modi visited France again in 2023."
    )
    years = sorted(m.get("year") for m in _of(adoc, "visit") if m.get("host") == "FRA")
    assert years == [2018, 2023]


def test_the_date_keeps_month_and_day_from_a_dated_story(annotate_text) -> None:  # type: ignore[no-untyped-def]
    adoc = annotate_text("HANOI, September 11, 2023 - Vietnam and the United States upgraded ties to a "
                         "comprehensive strategic partnership on Sunday.")
    (p,) = [m for m in _of(adoc, "partnership") if m.get("action") == "established"]
    assert p.get("year") == 2023 and p.get("date") == "2023-09-10"


def test_an_election_has_a_date_but_no_year_field(annotate_text) -> None:  # type: ignore[no-untyped-def]
    adoc = annotate_text("In October 2022, Vietnam was elected to the UN Human Rights Council for the 2023-2025 term.")
    (e,) = _of(adoc, "election")
    assert "year" not in e.fields()
    assert e.get("date") == "2022-10"
    assert e.get("term") == "2023-2025"


def test_a_hosting_named_twice_is_one_mention(annotate_text) -> None:  # type: ignore[no-untyped-def]
    adoc = annotate_text(
        "Vietnam hosted the APEC Economic Leaders' Meeting in Da Nang in November 2017.\n"
        "The APEC Economic Leaders' Meeting drew 21 leaders to Vietnam."
    )
    hosted = [m for m in _of(adoc, "hosting") if m.get("host") == "VNM"]
    assert len(hosted) == 1 and hosted[0].get("year") == 2017


def test_the_evidence_is_the_sentence_that_dates_the_fact(annotate_text) -> None:  # type: ignore[no-untyped-def]
    adoc = annotate_text(
        "Australia and Vietnam lift ties to a comprehensive strategic partnership\n"
        "CANBERRA, March 8, 2024 (AAP) - Australia and Vietnam upgraded their ties to a comprehensive "
        "strategic partnership on Thursday, the two prime ministers said."
    )
    (p,) = [m for m in _of(adoc, "partnership") if m.get("action") == "established"]
    assert p.get("date") == "2024-03-07"  # "on Thursday", not the dateline, not the headline
    assert p.evidence.text.startswith("CANBERRA")
    assert p.get("also") == [[0, adoc.text.index("\n")]]
