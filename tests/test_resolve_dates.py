"""Event dates: to the day where the text gives it, apart from the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from chancery.model import Evidence, Mention
from chancery.resolve.dates import EventDate, mention_date, read_date, since_year


@pytest.mark.parametrize(
    ("value", "iso", "precision", "end"),
    [
        ("2023-09-10", "2023-09-10", "day", date(2023, 9, 10)),
        ("2024-02", "2024-02", "month", date(2024, 2, 29)),
        ("2013", "2013", "year", date(2013, 12, 31)),
        (2013, "2013", "year", date(2013, 12, 31)),
    ],
)
def test_event_date_parse(value: object, iso: str, precision: str, end: date) -> None:
    d = EventDate.parse(value)
    assert d is not None and (d.iso, d.precision, d.end) == (iso, precision, end)


@pytest.mark.parametrize("value", ["2023-13", "2023-02-30", "Sept 2023", "", None, True, 12])
def test_event_date_rejects_what_is_not_a_date(value: object) -> None:
    assert EventDate.parse(value) is None


def test_human_forms() -> None:
    assert [EventDate.parse(v).human() for v in ("2023-09-10", "2023-06", "2016")] == [  # type: ignore[union-attr]
        "10 September 2023", "June 2023", "2016"]


MONDAY = date(2023, 9, 11)


@pytest.mark.parametrize(
    ("sentence", "anchor", "year", "expected"),
    [
        # a dateline dates the story; the weekday after it dates the act
        ("HANOI, Sept 11, 2023 (Harbour Wire) — The two sides signed the pact on Sunday.", MONDAY, 2023, "2023-09-10"),
        ("Hanoi, 11/09/2023 - Leaders met on Friday to sign the accord.", MONDAY, 2023, "2023-09-08"),
        ("The ministers met on Monday in Jakarta.", MONDAY, 2023, "2023-09-11"),
        ("Talks were held yesterday in Seoul.", MONDAY, 2023, "2023-09-10"),
        ("The summit opened on 4 September in Jakarta.", MONDAY, 2023, "2023-09-04"),
        ("The summit ran from September 5 to 7 in Jakarta.", MONDAY, 2023, "2023-09-05"),
        ("The leaders met in Tokyo on 2 March 2022 and agreed to deepen ties.", MONDAY, 2022, "2022-03-02"),
        ("The prime minister paid an official visit in June last year.", MONDAY, 2022, "2022-06"),
        ("He visited Canberra in March, weeks before the election.", MONDAY, 2023, "2023-03"),
        ("They signed the deal in October 2021.", MONDAY, 2021, "2021-10"),
        # a month of a later year than the story's: the latest such month before the story
        ("Officials recalled the visit in December.", MONDAY, 2022, "2022-12"),
    ],
)
def test_read_date(sentence: str, anchor: date, year: int, expected: str) -> None:
    found = read_date(sentence, anchor, year)
    assert found is not None and found.iso == expected


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("The state visit runs until Thursday.", 2023),  # the end of something, not its date
        ("It was his first trip since he took office last year.", 2022),  # dates another event
        ("The leaders agreed to lift trade to US$10 billion by December.", 2023),
        ("The two countries established ties.", 2023),  # nothing to read
        ("The visit in May 2021 paved the way.", 2023),  # a date of another year
    ],
)
def test_read_date_finds_nothing_for_the_event(sentence: str, year: int) -> None:
    assert read_date(sentence, MONDAY, year) is None


def test_without_a_year_only_a_full_date_counts() -> None:
    assert read_date("On 11 October 2022, the assembly voted.", MONDAY, None) == EventDate.of(2022, 10, 11)
    assert read_date("The assembly voted on Tuesday.", MONDAY, None) is None


def _mention(fields: dict[str, object], sentence: str) -> Mention:
    return Mention.build(doc="d", kind="visit", fields=fields, evidence=Evidence(0, len(sentence), sentence),
                         confidence=0.9, extractor="t", version="1")


def test_mention_date_trusts_the_date_field() -> None:
    m = _mention({"year": 2023, "date": "2023-09-10"}, "Leaders met on Friday.")
    assert mention_date(m, MONDAY) == EventDate.of(2023, 9, 10)


def test_a_null_date_field_falls_back_to_the_year_without_reading_the_sentence() -> None:
    m = _mention({"year": 2023, "date": None}, "Leaders met on Friday.")
    assert mention_date(m, MONDAY) == EventDate.of(2023)


def test_without_a_date_field_the_sentence_refines_the_year() -> None:
    assert mention_date(_mention({"year": 2023}, "Leaders met on Friday."), MONDAY) == EventDate.of(2023, 9, 8)
    assert mention_date(_mention({"year": 2023}, "Leaders met."), MONDAY) == EventDate.of(2023)
    assert mention_date(_mention({"year": None}, "Leaders met."), MONDAY) is None


@pytest.mark.parametrize(
    ("sentence", "level", "label", "year"),
    [
        ("The two countries had worked under a comprehensive partnership since 2013, when ties grew.",
         "comprehensive_partnership", None, 2013),
        ("Jakarta and Hanoi had been strategic partners since 2013.", "strategic_partnership", None, 2013),
        ("A Comprehensive Partnership between the two had been in place since 2009.", "comprehensive_partnership", None,
         2009),
        ("The visit lifted the strategic partnership of 2007 to a new level.", "strategic_partnership", None, 2007),
        ("It replaces the \u201cextensive strategic partnership\u201d the two governments set up in 2014.",
         "other", "extensive strategic partnership", 2014),
        ("The deal builds on the comprehensive partnership declared by both countries in 2005.",
         "comprehensive_partnership", None, 2005),
        ("The upgrade from the strategic partnership the two set up in 2013 was welcomed.", "strategic_partnership", None,
         2013),
    ],
)
def test_since_year(sentence: str, level: str, label: str | None, year: int) -> None:
    assert since_year(sentence, level, label) == year


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("Germany and Italy maintain strategic partnerships with Vietnam.", "strategic_partnership"),
        # the year belongs to the comprehensive strategic partnership, not to the strategic one
        ("They have had a comprehensive strategic partnership since 2013.", "strategic_partnership"),
        ("The relationship was upgraded to a strategic partnership, and trade rose in 2019.", "strategic_partnership"),
    ],
)
def test_since_year_needs_the_level_and_its_own_year(sentence: str, level: str) -> None:
    assert since_year(sentence, level) is None
