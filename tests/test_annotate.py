"""Annotation: actor linking (names, demonyms, capitals as governments), persons with titles, dates."""

from __future__ import annotations

import datetime as dt

import pytest

from chancery.annotate.dates import find_document_date, relative_year, year_of
from chancery.annotate.gazetteer import fold, load_gazetteer


def _states(adoc) -> set[str]:
    return {a.actor for a in adoc.actors if a.is_state and a.how != "city"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Viet Nam and Japan held talks.", {"VNM", "JPN"}),
        ("Việt Nam welcomed the move.", {"VNM"}),
        ("Vietnam's exports to the UK rose.", {"VNM", "GBR"}),
        ("Britain and the Republic of Korea signed a pact.", {"GBR", "KOR"}),
        ("The RoK and the DPRK met.", {"KOR", "PRK"}),
        ("The UAE and the PRC agreed.", {"ARE", "CHN"}),
        ("Australian officials said the deal was close.", {"AUS"}),
        ("Washington and Beijing traded barbs.", {"USA", "CHN"}),
        ("Canberra said it would respond.", {"AUS"}),
        ("Türkiye and Turkey are the same state.", {"TUR"}),
        ("Taiwan's trade office opened.", {"TWN"}),
        ("Russia and the Russian Federation.", {"RUS"}),
    ],
)
def test_states_named(annotate_text, text: str, expected: set[str]) -> None:
    assert _states(annotate_text(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Talks were held in Hanoi on trade.",
        "Ships sail through the South China Sea every day.",
        "Remittances reached US$16 billion.",
        "The Indian Ocean is vast.",
        "Latin American markets grew.",
        "The Paris Agreement sets climate goals.",
    ],
)
def test_places_and_names_that_are_not_states(annotate_text, text: str) -> None:
    assert _states(annotate_text(text)) == set()


@pytest.mark.parametrize(
    "text, org",
    [
        ("Vietnam joined the UN Security Council as a non-permanent member.", "ORG:UNSC"),
        ("It was elected to the Human Rights Council.", "ORG:UNHRC"),
        ("The Association of Southeast Asian Nations met.", "ORG:ASEAN"),
        ("The European Union and the bloc's members agreed.", "ORG:EU"),
        ("Leaders of the Group of 20 (G20) met.", "ORG:G20"),
    ],
)
def test_most_specific_body(annotate_text, text: str, org: str) -> None:
    orgs = {a.actor for a in annotate_text(text).actors if not a.is_state}
    assert org in orgs
    if org == "ORG:UNSC":
        assert "ORG:UN" not in orgs


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("Japanese Prime Minister Shigeru Ishiba arrived on Monday.", "Shigeru Ishiba", "JPN"),
        ("Indonesia's Foreign Minister Sugiono met reporters.", "Sugiono", "IDN"),
        ("The President of Kenya William Ruto spoke.", "William Ruto", "KEN"),
        ("General Secretary To Lam chaired the meeting.", "To Lam", "VNM"),
        ("Tổng Bí thư Tô Lâm and Chinese President Xi Jinping met.", "Xi Jinping", "CHN"),
        ("Visiting Australian Foreign Minister Penny Wong said so.", "Penny Wong", "AUS"),
    ],
)
def test_persons_and_their_countries(annotate_text, text: str, name: str, country: str) -> None:
    persons = {p.name: p.country for p in annotate_text(text).persons if p.name}
    assert persons.get(name) == country, persons


def test_title_without_name_keeps_its_country(annotate_text) -> None:
    persons = annotate_text("The Australian Foreign Minister arrived.").persons
    assert any(p.name == "" and p.country == "AUS" and p.role == "foreign_minister" for p in persons)


def test_later_surname_links_to_full_name(annotate_text) -> None:
    adoc = annotate_text("Foreign Minister Bui Thanh Son met the press. Son said ties were strong.")
    later = [p for p in adoc.persons if p.how == "surname"]
    assert later and later[0].name == "Bui Thanh Son" and later[0].country == "VNM"


def test_home_country_from_dateline(annotate_text) -> None:
    adoc = annotate_text("JAKARTA, March 10, 2025 (Wire) — Leaders of Vietnam and Japan met.")
    assert adoc.home == "IDN"
    assert adoc.date == dt.date(2025, 3, 10)


def test_sentences_do_not_cross_lines(annotate_text) -> None:
    adoc = annotate_text("A headline without a stop\nThe first sentence. The second one.")
    assert [s.text for s in adoc.sentences] == ["A headline without a stop", "The first sentence.", "The second one."]


def test_fold() -> None:
    assert fold("Việt Nam") == "Viet Nam"
    assert fold("Đà Nẵng") == "Da Nang"
    assert len(fold("Phạm Minh Chính")) == len("Phạm Minh Chính")


def test_gazetteer_covers_every_un_member() -> None:
    gaz = load_gazetteer()
    codes = {e.id for s, e in gaz._surfaces.items() if e.how == "name"}
    assert len({c for c in codes if not c.startswith("ORG:")}) >= 197


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hanoi, December 30, 2025 – The Europe Today: ...", dt.date(2025, 12, 30)),
        ("HANOI, Dec. 3, 2024 (VNA) — The ...", dt.date(2024, 12, 3)),
        ("Published: 30/12/2025 08:00\nVietnam and ...", dt.date(2025, 12, 30)),
        ("2025-03-10\nHeadline", dt.date(2025, 3, 10)),
        ("By Staff | 10 March 2025\nText", dt.date(2025, 3, 10)),
        ("Vietnam and Japan set up ties in 1973. Trade was strong in December 2025 and on 3 May 2019.", None),
    ],
)
def test_document_date(text: str, expected) -> None:
    assert find_document_date(text) == expected


@pytest.mark.parametrize(
    "text, anchor, year",
    [
        ("Last year, Vietnam upgraded relations.", dt.date(2026, 1, 5), 2025),
        ("The talks took place on Monday.", dt.date(2026, 1, 1), 2025),  # Jan 1 2026 is a Thursday
        ("The talks took place on Monday.", dt.date(2025, 6, 4), 2025),
        ("Earlier this month the two sides met.", dt.date(2024, 3, 20), 2024),
        ("Last month the two sides met.", dt.date(2024, 1, 20), 2023),
        ("The summit next year will be in Lima.", dt.date(2024, 11, 2), 2025),
        ("Last year, Vietnam upgraded relations.", None, None),
        ("No time expression here.", dt.date(2024, 1, 1), None),
    ],
)
def test_relative_year(text: str, anchor, year) -> None:
    assert relative_year(text, anchor) == year


def test_explicit_year_wins_and_numbers_are_not_years() -> None:
    assert year_of("Ties were upgraded in 2013 and deepened last year.", dt.date(2025, 5, 1)) == 2013
    assert year_of("Trade reached US$2,025 million, up 2030 percent.", None) is None
    assert year_of("The target of 60 titles by 2030 and a 2020 review.", None, near=20) == 2030


@pytest.mark.parametrize(
    "text, name, country, role",
    [
        ("Romanian trade minister Ion Popescu arrived.", "Ion Popescu", "ROU", "trade_minister"),
        ("Japanese foreign minister Yoko Kamikawa spoke.", "Yoko Kamikawa", "JPN", "foreign_minister"),
        ("The Kenyan Foreign Minister Musalia Mudavadi met them.", "Musalia Mudavadi", "KEN", "foreign_minister"),
    ],
)
def test_titles_in_lower_case(annotate_text, text: str, name: str, country: str, role: str) -> None:
    persons = {p.name: (p.country, p.role) for p in annotate_text(text).persons if p.name}
    assert persons.get(name) == (country, role), persons


@pytest.mark.parametrize(
    "text, anchor, year",
    [
        ("Brazil will host the climate conference in November.", dt.date(2025, 7, 1), 2025),
        ("The summit is scheduled to open in March.", dt.date(2025, 7, 1), 2026),
        ("The talks were held in November.", dt.date(2025, 7, 1), 2024),
    ],
)
def test_bare_month_follows_the_tense(text: str, anchor, year: int) -> None:
    assert relative_year(text, anchor) == year


def test_a_body_in_the_title_overrides_a_leaders_national_role(annotate_text) -> None:
    adoc = annotate_text("European Council President Donald Tusk met Polish Prime Minister Donald Tusk's successor.")
    first = [p for p in adoc.persons if p.name == "Donald Tusk"][0]
    assert first.country == "ORG:EU"


def test_numbered_paragraph_marks_stay_with_their_sentence(annotate_text) -> None:
    adoc = annotate_text("The sides agreed as follows.\n2. Both countries signed five agreements. 3. They also met.")
    assert [s.text for s in adoc.sentences] == [
        "The sides agreed as follows.",
        "2. Both countries signed five agreements.",
        "3. They also met.",
    ]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Campaigning went on in Hanoi, Paris, and other capitals.", []),
        ("Professor Tan of Singapore Management University spoke.", []),
        ("Experts at the Australian National University were consulted.", []),
        ("The Workers' Party of Korea met in Pyongyang.", []),
        ("Paris and Hanoi signed the accord.", ["FRA", "VNM"]),
    ],
)
def test_institutions_and_listed_places_do_not_name_states(text: str, countries: list[str]) -> None:
    from chancery.api import extract_text

    found = [c for m in extract_text(text) if m.kind == "actors" for c in m.get("countries")]
    assert found == countries
