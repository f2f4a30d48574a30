"""Bounded parsing: JSON nesting depth, deeply nested HTML read flat, oversized or too-deep JSON-LD."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from chancery.errors import MalformedRecordError
from chancery.ingest import read_sources
from chancery.ingest.bounds import MAX_JSON_DEPTH, TooDeepError, json_depth_exceeds, loads_bounded
from chancery.ingest.html_reader import extract_html
from chancery.ingest.html_text import MAX_TREE_DEPTH, flat_text
from chancery.model import Document

SENTENCE = "Chile and Norway signed two agreements on fisheries in 2021."


@pytest.mark.parametrize("depth", [1, MAX_JSON_DEPTH - 1, MAX_JSON_DEPTH])
def test_json_within_the_bound_is_read(depth: int) -> None:
    text = "[" * (depth - 1) + '{"a": "]]]}}}"}' + "]" * (depth - 1)
    assert not json_depth_exceeds(text)
    assert loads_bounded(text) == json.loads(text)


@pytest.mark.parametrize("text", ["[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1), "[" * 100_000,
                                  '{"a":' * 5000 + "1" + "}" * 5000, "[{" * 40 + "1"])
def test_json_past_the_bound_is_refused(text: str) -> None:
    assert json_depth_exceeds(text)
    with pytest.raises(TooDeepError, match="nested deeper than"):
        loads_bounded(text)


def test_brackets_inside_strings_do_not_count() -> None:
    assert not json_depth_exceeds(json.dumps({"text": "[" * 10_000, "q": 'say "[[[" \\" [[['}))


def test_a_deep_jsonl_line_is_an_error_naming_its_line(tmp_path: Path) -> None:
    feed = tmp_path / "f.jsonl"
    feed.write_text("[" * 100_000 + "\n" + json.dumps({"id": "ok", "text": SENTENCE}) + "\n", encoding="utf-8")
    bad, good = list(read_sources([str(feed)]))
    assert isinstance(bad, MalformedRecordError) and bad.source.endswith("f.jsonl:1")
    assert isinstance(good, Document) and good.text == SENTENCE


@pytest.mark.parametrize("depth", [300, 10_000, 100_000])
def test_deeply_nested_html_keeps_its_text(depth: int) -> None:
    page = ("<html><head><title>Deep</title><meta property='article:published_time' content='2021-03-04'></head>"
            "<body><p>Intro line.</p>" + "<div>" * depth + SENTENCE + "</div>" * depth + "</body></html>")
    article = extract_html(page)
    assert SENTENCE in article.text and "Intro line." in article.text
    assert article.title == "Deep" and article.published == date(2021, 3, 4)


def test_pages_below_the_tree_bound_still_go_through_trafilatura() -> None:
    depth = MAX_TREE_DEPTH - 20
    page = "<html><body>" + "<div>" * depth + f"<p>{SENTENCE}</p>" + "</div>" * depth + "</body></html>"
    assert extract_html(page).text == SENTENCE


def test_deep_or_huge_json_ld_is_ignored_and_the_page_read() -> None:
    for block in ("[" * 50_000 + "]" * 50_000, '{"x": "' + "a" * 1_100_000 + '", "datePublished": "2020-01-01"}'):
        page = (f"<html><head><script type='application/ld+json'>{block}</script></head>"
                f"<body><article><p>{SENTENCE}</p></article></body></html>")
        article = extract_html(page)
        assert article.text == SENTENCE and article.published is None


def test_json_ld_date_is_found_in_nested_data_without_recursion() -> None:
    data = {"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2024-05-06"}]}
    page = (f"<html><head><script type='application/ld+json'>{json.dumps(data)}</script></head>"
            f"<body><p>{SENTENCE}</p></body></html>")
    assert extract_html(page).published == date(2024, 5, 6)


@pytest.mark.parametrize("html, text", [
    ("<p>One.</p><p>Two &amp; three.</p>", "One.\nTwo & three."),
    ("<head><title>T</title><style>p {}</style></head><body><script>x()</script><p>Seen.</p></body>", "Seen."),
    ("<div>A<br>B</div><noscript>hidden</noscript><template>no</template>", "A\nB"),
    ("<svg><text>drawing</text></svg><p>Text.</p><embed src=x><p>After embed.</p>", "Text.\nAfter embed."),
])
def test_flat_text(html: str, text: str) -> None:
    assert flat_text(html) == text
