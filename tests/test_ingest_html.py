"""HTML pages: main text without scripts, and metadata."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from chancery.errors import EmptyInputError
from chancery.ingest import read_sources
from chancery.model import Document

from .ingest_samples import BODY, HTML_PAGE


def _read(tmp_path: Path, html: str, name: str = "page.html") -> Document | Exception:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    (result,) = read_sources([str(path)])
    return result


@pytest.fixture()
def page(tmp_path: Path) -> Document:
    doc = _read(tmp_path, HTML_PAGE, "vn-au-2025.html")
    assert isinstance(doc, Document)
    return doc


def test_main_text_is_extracted(page: Document) -> None:
    for paragraph in BODY.split("\n"):
        assert paragraph in page.text


@pytest.mark.parametrize(
    "fragment",
    ["alert", "injected-script-text", "document.write", "color: red", "stealCookies", "track()",
     "javascript:", "enable-javascript-please"],
)
def test_no_script_style_or_handler_in_text(page: Document, fragment: str) -> None:
    assert fragment not in page.text


def test_metadata(page: Document) -> None:
    assert page.id == "vn-au-2025"
    assert page.title == "Vietnam and Australia upgrade ties"
    assert page.outlet == "Example News"
    assert page.url == "https://news.example.com/2019/01/01/vietnam-australia"


def test_published_date_is_the_local_date_from_metadata(page: Document) -> None:
    assert page.published == date(2025, 12, 30)


def test_date_is_never_taken_from_the_url(tmp_path: Path) -> None:
    html = HTML_PAGE.replace('<meta property="article:published_time" content="2025-12-30T08:00:00+07:00">', "")
    doc = _read(tmp_path, html)
    assert isinstance(doc, Document)
    assert doc.published is None


@pytest.mark.parametrize(
    "head",
    [
        '<meta name="pubdate" content="2024-03-07">',
        '<meta itemprop="datePublished" content="2024-03-07T10:00:00Z">',
        (
            '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
            '"datePublished": "2024-03-07T23:30:00-05:00"}]}</script>'
        ),
        '<meta name="citation_publication_date" content="2024/03/07">',
    ],
)
def test_other_metadata_date_forms(tmp_path: Path, head: str) -> None:
    html = HTML_PAGE.replace('<meta property="article:published_time" content="2025-12-30T08:00:00+07:00">', head)
    doc = _read(tmp_path, html)
    assert isinstance(doc, Document) and doc.published == date(2024, 3, 7)


def test_invalid_metadata_date_is_ignored(tmp_path: Path) -> None:
    html = HTML_PAGE.replace("2025-12-30T08:00:00+07:00", "last Tuesday")
    doc = _read(tmp_path, html)
    assert isinstance(doc, Document) and doc.published is None


def test_outlet_falls_back_to_the_canonical_host(tmp_path: Path) -> None:
    html = HTML_PAGE.replace('<meta property="og:site_name" content="Example News">', "").replace(
        "https://news.example.com/", "https://www.dailywire-example.org/"
    ).replace("Copyright Example News", "").replace("| Example News", "")
    doc = _read(tmp_path, html)
    assert isinstance(doc, Document)
    assert doc.outlet == "dailywire-example.org"


_TABLE_ONLY = (
    "<html><head><script>var secret = 'leak';</script></head><body onload=\"x()\">"
    "<table><tr><td>Hanoi hosts talks on trade.</td></tr><tr><td>Short note.</td></tr></table>"
    "<script>alert('leak')</script><style>p{}</style><noscript>leak</noscript></body></html>"
)


def test_trafilatura_finds_no_main_text_in_a_table_only_page() -> None:
    from chancery.ingest.html_reader import _trafilatura

    assert not _trafilatura(_TABLE_ONLY).get("text")


def test_fallback_body_text_has_no_scripts(tmp_path: Path) -> None:
    doc = _read(tmp_path, _TABLE_ONLY)
    assert isinstance(doc, Document)
    assert doc.text == "Hanoi hosts talks on trade.\nShort note."


@pytest.mark.parametrize(
    "body",
    [
        "<img src=x>",
        "<script>alert('China')</script>" * 50,
        "<noscript>Please enable JavaScript</noscript><template><p>Hidden</p></template>",
    ],
)
def test_page_without_text_is_empty_input(tmp_path: Path, body: str) -> None:
    html = f"<html><head><title>t</title><script>alert(1)</script></head><body>{body}</body></html>"
    result = _read(tmp_path, html)
    assert isinstance(result, EmptyInputError)
    assert result.reason == "no readable text in the HTML"


def test_xml_declaration_does_not_break_parsing(tmp_path: Path) -> None:
    doc = _read(tmp_path, '<?xml version="1.0" encoding="utf-8"?>\n' + HTML_PAGE, "x.xhtml")
    assert isinstance(doc, Document) and doc.published == date(2025, 12, 30)
