"""Claims against knowledge: claimed counts beside the partners the knowledge base supports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from chancery.cli import main
from chancery.resolve import ClaimCheck, check_claims, knowledge_base
from chancery.store.database import Database

from .resolve_corpus import CSP, P, Q, build


@pytest.fixture(scope="module")
def checks(tmp_path_factory: pytest.TempPathFactory) -> list[ClaimCheck]:
    with Database(build(tmp_path_factory.mktemp("cl") / "kb.db")) as db:
        return check_claims(knowledge_base(db, country="VNM"), country="VNM")


def _claim(checks: list[ClaimCheck], claim: str, value: float) -> ClaimCheck:
    found = [c for c in checks if c.claim == claim and c.claimed == value]
    assert len(found) == 1, [(c.claim, c.claimed) for c in checks]
    return found[0]


def test_partners_at_level_claim_lists_known_partners(checks: list[ClaimCheck]) -> None:
    c = _claim(checks, "level", 42)
    # in force at the end of 2025: AUS, CHN, FRA, GBR, RUS, SGP, USA (CSP) and NZL (strategic)
    assert sorted(s.partner for s in c.supported) == ["AUS", "CHN", "FRA", "GBR", "NZL", "RUS", "SGP", "USA"]
    assert c.status == "partial"
    assert all(s.sources for s in c.supported)
    assert [s.doc for s in c.sources] == ["vov-2025"]


def test_each_disagreeing_figure_is_checked(checks: list[ClaimCheck]) -> None:
    assert _claim(checks, "level", 40).sources[0].doc == "tt-2026"


def test_p5_claim_confirmed_with_evidence(checks: list[ClaimCheck]) -> None:
    c = _claim(checks, "group", 5)
    assert c.group == "P5"
    assert c.levels == frozenset({CSP})  # "such a partnership": the level named in the sentence
    assert sorted(s.partner for s in c.supported) == ["CHN", "FRA", "GBR", "RUS", "USA"]
    assert c.missing == ()
    assert c.status == "confirmed"


def test_upgrade_claim_counts_partners_upgraded_that_year(checks: list[ClaimCheck]) -> None:
    c = _claim(checks, "upgrades", 17)
    assert c.year == 2025
    assert sorted(s.partner for s in c.supported) == ["GBR", "SGP"]
    assert {s.since for s in c.supported} == {2025}


def test_g20_claim_names_members_the_corpus_does_not_support(tmp_path: Path) -> None:
    docs = [("a", "A", "2025-12-30", None, [
        ("Vietnam has comprehensive strategic partnerships with 18 of the 21 members of the G20.",
         [Q("VNM", "G20 members", 18, "count", "exact", 2025, "18 of the 21 members of the G20")]),
        ("Vietnam and Japan have a comprehensive strategic partnership, set up in 2023.", [P("VNM", "JPN", CSP, "established", 2023)]),
        ("Vietnam and Brazil have a strategic partnership.", [P("VNM", "BRA", "strategic_partnership")]),
    ])]
    with Database(build(tmp_path / "g.db", docs)) as db:
        (c,) = check_claims(knowledge_base(db), country="VNM")
    assert c.group == "G20" and c.levels == frozenset({CSP})
    assert [s.partner for s in c.supported] == ["JPN"]  # Brazil is only a strategic partner
    assert "BRA" in c.missing and "JPN" not in c.missing and len(c.missing) == 20


def test_claim_exceeded_when_the_corpus_knows_more(tmp_path: Path) -> None:
    docs = [("a", "A", "2024-12-30", None, [
        ("Vietnam upgraded ties with one partner in 2024.",
         [Q("VNM", "partners upgraded", 1, "count", "exact", 2024, "upgraded ties with one partner")]),
        ("Vietnam and Australia, and Vietnam and France, upgraded ties in 2024.",
         [P("VNM", "AUS", CSP, "established", 2024), P("VNM", "FRA", CSP, "established", 2024)]),
    ])]
    with Database(build(tmp_path / "x.db", docs)) as db:
        (c,) = check_claims(knowledge_base(db), country="VNM")
    assert c.status == "exceeded" and len(c.supported) == 2


def test_year_filter(checks: list[ClaimCheck], tmp_path: Path) -> None:
    with Database(build(tmp_path / "kb.db")) as db:
        assert check_claims(knowledge_base(db), country="VNM", year=2019) == []


def test_cli_claims(tmp_path: Path) -> None:
    db = build(tmp_path / "kb.db")
    result = CliRunner().invoke(main, ["claims", "VNM", "--year", "2025", "--db", str(db), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert {(r["claim"], r["claimed"], r["supported_count"]) for r in rows} >= {("upgrades", 17, 2), ("group", 5, 5)}


def test_one_claim_stated_by_two_documents_in_two_phrasings_is_checked_once(tmp_path: Path) -> None:
    docs = [
        ("a", "A", "2025-12-30", None, [
            ("Vietnam has comprehensive or higher-level partnerships with all five permanent members of the UN "
             "Security Council.", [Q("VNM", "permanent members", 5, "count", "exact", 2025, "all five permanent members")])]),
        ("b", "B", "2025-12-31", None, [
            ("By establishing a comprehensive strategic partnership with the UK, Vietnam now has such a partnership "
             "with all five permanent members of the UN Security Council.",
             [Q("VNM", "UN Security Council permanent members", 5, "count", "exact", None, "all five permanent members"),
              P("VNM", "GBR", CSP, "established", 2025)])]),
    ]
    with Database(build(tmp_path / "p5.db", docs)) as db:
        checks = check_claims(knowledge_base(db), country="VNM")
    (c,) = checks
    assert {s.doc for s in c.sources} == {"a", "b"}
    assert c.levels == frozenset({CSP})  # the strictest levels either document names
    assert c.year == 2025  # the undated statement joined the dated one


def test_a_year_counts_only_what_was_in_force_by_its_end(tmp_path: Path) -> None:
    docs = [
        ("a", "A", "2019-12-30", None, [
            ("Vietnam counts 2 partners at comprehensive strategic partnership level.",
             [Q("VNM", "partners at comprehensive strategic partnership level", 2, "count", "exact", 2019, "2 partners")]),
            ("Vietnam and Russia set up a comprehensive strategic partnership in 2012.",
             [P("VNM", "RUS", CSP, "established", 2012)]),
        ]),
        ("b", "B", "2024-05-01", None, [("Vietnam and the US set up a comprehensive strategic partnership in 2023.",
                                         [P("VNM", "USA", CSP, "established", 2023)])]),
        ("c", "C", "2030-01-01", None, [("Vietnam and Japan have a comprehensive strategic partnership.",
                                         [P("VNM", "JPN", CSP)])]),
    ]
    with Database(build(tmp_path / "y.db", docs)) as db:
        kb = knowledge_base(db)
    (c,) = check_claims(kb, country="VNM", year=2019)
    assert [s.partner for s in c.supported] == ["RUS"]  # the 2023 upgrade and the 2030 mention came later
    assert check_claims(kb, country="VNM", year=2018) == []


def test_a_framework_at_top_tier_counts_for_a_top_tier_claim(tmp_path: Path) -> None:
    docs = [("a", "A", "2025-12-30", None, [
        ("Vietnam has comprehensive strategic partnerships with all five permanent members of the UN Security Council.",
         [Q("VNM", "permanent members", 5, "count", "exact", 2025, "all five permanent members")]),
        ("China and Vietnam set up a comprehensive strategic cooperative partnership in 2008.",
         [P("VNM", "CHN", "other", "established", 2008, label="comprehensive strategic cooperative partnership")]),
    ])]
    with Database(build(tmp_path / "t.db", docs)) as db:
        (c,) = check_claims(knowledge_base(db), country="VNM")
    assert [(s.partner, s.tier) for s in c.supported] == [("CHN", CSP)] and "CHN" not in c.missing
