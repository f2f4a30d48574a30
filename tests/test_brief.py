"""The cited country brief: structure, citations, references, HTML escaping, CLI, end to end."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from chancery.cli import main
from chancery.resolve import Brief, build_brief, knowledge_base, render_html, render_markdown
from chancery.resolve.brief import Statement
from chancery.store.database import Database

from .resolve_corpus import build


@pytest.fixture(scope="module")
def brief(tmp_path_factory: pytest.TempPathFactory) -> Brief:
    with Database(build(tmp_path_factory.mktemp("b") / "kb.db")) as db:
        return build_brief(knowledge_base(db, country="VNM"), "VNM", year=2025)


def _all(statements: tuple[Statement, ...]) -> list[Statement]:
    out = []
    for s in statements:
        out.append(s)
        out.extend(_all(s.details))
    return out


def _section(brief: Brief, start: str) -> list[str]:
    (section,) = [s for s in brief.sections if s.title.startswith(start)]
    return [s.text for s in _all(section.statements)]


def test_every_statement_is_cited_and_every_citation_resolves(brief: Brief) -> None:
    numbers = {r.n for r in brief.references}
    assert numbers == set(range(1, len(brief.references) + 1))
    statements = [s for sec in brief.sections for s in _all(sec.statements)]
    assert statements
    for s in statements:
        assert s.cites, s.text
        assert set(s.cites) <= numbers


def test_references_quote_their_sentence(brief: Brief, tmp_path: Path) -> None:
    with Database(build(tmp_path / "kb.db")) as db:
        texts = {d.id: d.text for d in db.documents()}
    for r in brief.references:
        assert r.outlet and r.published
        assert r.sentence in texts[r.doc]


def test_brief_sections_answer_the_questions(brief: Brief) -> None:
    assert "United Kingdom: comprehensive strategic partnership established, 2025" in _section(brief, "Upgrades")
    assert not any("Australia" in t for t in _section(brief, "Upgrades"))  # upgraded in 2024, not 2025
    assert "To Lam (Vietnam) visited the United Kingdom, 2025" in _section(brief, "Visits by Vietnam")
    assert "3 agreements signed with the United Kingdom, 2025" in _section(brief, "Agreements")
    assert any("re-elected to the United Nations Human Rights Council for 2026-2028" in t for t in _section(brief, "Elections"))
    assert "P4G Summit, April 2025" in _section(brief, "Summits")  # "in April 2025": the month the text gives
    assert "Remittances (2025): over US$16 billion" in _section(brief, "Headline")
    claims = _section(brief, "Claims checked")
    assert any("17 partners" in t and "supports 2" in t for t in claims)
    assert any("42 partners at comprehensive partnership level or higher" in t for t in claims)
    assert any("remittances" in t for t in _section(brief, "Open conflicts"))


def test_no_section_contradicts_another(brief: Brief) -> None:
    titles = [s.title for s in brief.sections]
    assert not any(t.startswith("Unchecked") for t in titles)  # one claims section, each claim once with its status
    claims = _section(brief, "Claims checked")
    heads = [t for t in claims if t.startswith("Claimed:")]
    assert len(heads) == len(set(heads))


def test_citations_are_not_repeated_within_a_statement(brief: Brief) -> None:
    for sec in brief.sections:
        for st in _all(sec.statements):
            assert len(st.cites) == len(set(st.cites)), st.text


def test_partners_are_listed_by_name(brief: Brief) -> None:
    (section,) = [s for s in brief.sections if s.title.startswith("Partners by level")]
    for level in section.statements:
        names = [d.text for d in level.details]
        assert names == sorted(names)


def test_partners_by_level_as_of_the_end_of_the_year(brief: Brief) -> None:
    lines = _section(brief, "Partners by level")
    assert "Comprehensive strategic partnership: 7" in lines
    assert "Australia, since 2024" in lines and "New Zealand, since 2020" in lines
    assert "Comprehensive strategic partnership: 7" == lines[0]


def test_markdown_has_numbered_references(brief: Brief) -> None:
    md = render_markdown(brief)
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", md.split("## References")[0])}
    refs = re.findall(r"^\[(\d+)\] ", md.split("## References")[1], re.MULTILINE)
    assert cited == {int(n) for n in refs}
    assert "“Remittances surpassed US$16 billion in 2025.”" in md


def test_html_escapes_article_text(brief: Brief) -> None:
    page = render_html(brief)
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page

    class Check(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.tags: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.tags.append(tag)

    parser = Check()
    parser.feed(page)
    assert "script" not in parser.tags and "ol" in parser.tags


def test_brief_without_year_includes_earlier_upgrades(tmp_path: Path) -> None:
    with Database(build(tmp_path / "kb.db")) as db:
        whole = build_brief(knowledge_base(db), "VNM")
    ups = _section(whole, "Upgrades")
    assert "Australia: upgraded from a strategic partnership to a comprehensive strategic partnership, 2024" in ups
    assert "Australia: comprehensive partnership established, 2009" in ups
    assert ups.index("Australia: comprehensive partnership established, 2009") < ups.index(
        "Australia: upgraded from a strategic partnership to a comprehensive strategic partnership, 2024")


def test_cli_brief_md_and_html(tmp_path: Path) -> None:
    db = build(tmp_path / "kb.db")
    md = CliRunner().invoke(main, ["brief", "Vietnam", "--year", "2025", "--db", str(db)])
    assert md.exit_code == 0, md.output
    assert md.output.startswith("# Vietnam (VNM) in 2025")
    out = tmp_path / "b.html"
    html = CliRunner().invoke(main, ["brief", "VNM", "--format", "html", "--db", str(db), "-o", str(out)])
    assert html.exit_code == 0
    assert out.read_text().startswith("<!DOCTYPE html>")


def test_cli_brief_missing_db(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["brief", "VNM", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "chancery ingest" in result.output


@pytest.mark.slow
def test_brief_end_to_end_through_the_pipeline(tmp_path: Path) -> None:
    """Real ingest (annotation + extractors) of simple, unambiguous sentences."""
    from chancery.pipeline import ingest

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Vietnam and Australia established a comprehensive strategic partnership in 2024.\n"
        "Vietnam and Australia established a strategic partnership in 2018.\n", encoding="utf-8")
    (corpus / "b.txt").write_text(
        "Vietnam and the United Kingdom established a comprehensive strategic partnership in 2025.\n"
        "Vietnam hosted the P4G Summit in 2025.\n", encoding="utf-8")
    with Database(tmp_path / "e2e.db") as db:
        report = ingest([corpus], db)
        assert not report.errors
        kb = knowledge_base(db, country="VNM")
        brief = build_brief(kb, "VNM", year=2025)
        from datetime import date

        from chancery.resolve import relation

        assert relation(kb, "VNM", "AUS", as_of=date(2020, 6, 30)).current.level == "strategic_partnership"
        assert relation(kb, "VNM", "AUS").current.level == "comprehensive_strategic_partnership"
    ups = _section(brief, "Upgrades")
    assert "United Kingdom: comprehensive strategic partnership established, 2025" in ups
    assert any("P4G Summit" in t for t in _section(brief, "Summits"))
