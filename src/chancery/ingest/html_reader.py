"""HTML pages -> main text and metadata.

The main text comes from trafilatura; when it finds none, the visible text of
``<body>`` (scripts, styles and the like removed) is used.  The publication
date is read from the page's own metadata only (meta tags, JSON-LD,
``<time>``) — never guessed from the URL or the body text.

Parsing is bounded: a page nesting deeper than the tree parser goes
(:data:`~chancery.ingest.html_text.MAX_TREE_DEPTH`) is read as a flat stream of
tags (:func:`~chancery.ingest.html_text.flat_text`), so deeply nested text is
kept; JSON-LD blocks nested deeper than
:data:`~chancery.ingest.bounds.MAX_JSON_DEPTH` or longer than
:data:`~chancery.ingest.bounds.MAX_JSON_LD_CHARS` are ignored.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from lxml import etree

from .bounds import MAX_JSON_LD_CHARS, loads_bounded
from .dates import parse_metadata_date
from .html_text import MAX_TREE_DEPTH, flat_text
from .normalize import normalize_text
from .outlets import canonical_outlet, choose_title, outlet_for_host, text_metadata

__all__ = ["HtmlArticle", "extract_html", "hostname", "http_url"]

log = logging.getLogger(__name__)

#: elements whose content is never readable text
_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "head")

#: elements after which a line break is put in the fallback text
_BLOCK_TAGS = (
    "p", "div", "br", "hr", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "tr", "table", "section", "article", "header", "footer", "aside", "nav", "main", "blockquote",
    "pre", "figcaption", "address",
)

#: meta names / properties / itemprops that carry the publication date, best first
_DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "date_published",
    "article.published",
    "published_time",
    "publishdate",
    "publish_date",
    "publish-date",
    "pubdate",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "citation_publication_date",
    "citation_date",
    "parsely-pub-date",
    "sailthru.date",
    "date",
)


@dataclass(frozen=True)
class HtmlArticle:
    """What an HTML page yields; ``text`` is normalised."""

    text: str
    title: str | None
    outlet: str | None
    url: str | None
    published: date | None


def extract_html(html: str) -> HtmlArticle:
    """Main text and metadata of an HTML page (``text`` may be empty)."""
    tree = _parse(html)
    if tree is not None and _too_deep(tree):
        return _flat_article(html, tree)
    meta = _trafilatura(_for_trafilatura(tree) if tree is not None else html)
    text = normalize_text(meta.get("text") or "")
    if not text and tree is not None:
        text = _body_text(tree)
    if not text:
        text = flat_text(html)
    url = http_url(meta.get("url"))
    host = hostname(url) if url else None
    named = canonical_outlet(normalize_text(meta.get("sitename") or ""))
    outlet = named or outlet_for_host(host) or text_metadata(text).outlet or host
    # the article's own headline, not the site's name
    title = choose_title([normalize_text(meta.get("title") or ""), _h1(tree) if tree is not None else None], outlet)
    published = _published(tree) if tree is not None else None
    return HtmlArticle(text=text, title=title, outlet=outlet, url=url, published=published)


def _h1(tree: etree._Element) -> str | None:
    for el in tree.iter("h1"):
        text = normalize_text(el.text_content())
        if text:
            return text
    return None


def hostname(url: str) -> str | None:
    """The host of ``url`` without a leading ``www.``."""
    try:
        host = urlsplit(url).hostname
    except ValueError:  # e.g. a malformed IPv6 host
        return None
    if not host:
        return None
    return host.removeprefix("www.")


def _for_trafilatura(tree: etree._Element) -> Any:
    """A copy of the page without ``<noscript>``/``<template>`` (trafilatura keeps their text)
    and without JSON-LD blocks that are too large or too deeply nested to read.

    Other scripts stay: trafilatura drops them itself and reads JSON-LD metadata from them.
    """
    page = copy.deepcopy(tree)
    for el in list(page.iter("noscript", "template")):
        el.drop_tree()
    for script in list(page.iter("script")):
        if _is_json_ld(script) and _json_ld(script) is None:
            script.drop_tree()
    return page


def _too_deep(tree: etree._Element) -> bool:
    """True if elements nest to the depth at which the tree parser stops (what is deeper is lost)."""
    depth = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        if event == "start":
            depth += 1
            if depth >= MAX_TREE_DEPTH:
                return True
        else:
            depth -= 1
    return False


def _flat_article(html: str, tree: etree._Element) -> HtmlArticle:
    """A page too deeply nested for the tree: its flat text, metadata from the (shallow) head."""
    metas = {(el.get("property") or el.get("name") or "").strip().lower(): el.get("content") or ""
             for el in tree.iter("meta")}
    canonical = next((el.get("href") for el in tree.iter("link") if (el.get("rel") or "").lower() == "canonical"), None)
    url = http_url(metas.get("og:url")) or http_url(canonical)
    title = normalize_text(metas.get("og:title") or tree.findtext(".//title") or "") or None
    outlet = normalize_text(metas.get("og:site_name") or "") or (hostname(url) if url else None)
    return HtmlArticle(text=flat_text(html), title=title, outlet=outlet, url=url, published=_published(tree))


def _trafilatura(html: str | etree._Element) -> dict[str, Any]:
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=None,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
        )
    except Exception as e:  # noqa: BLE001 - a heuristic library; its failure means "use the fallback"
        log.debug("trafilatura failed (%s); using the plain body text", e)
        return {}
    if doc is None:
        return {}
    return doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)


def _parse(html: str) -> etree._Element | None:
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        return lxml.html.document_fromstring(html.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError):
        return None


def _body_text(tree: etree._Element) -> str:
    """Visible text of ``<body>`` with scripts, styles etc. removed."""
    body = tree.find(".//body")
    if body is None:
        return ""
    body = copy.deepcopy(body)
    for el in list(body.iter(*_INVISIBLE_TAGS)):
        el.drop_tree()
    for el in body.iter(*_BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
    return normalize_text(body.text_content())


def http_url(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    if value.lower().startswith(("http://", "https://")) and hostname(value):
        return value
    return None


def _published(tree: etree._Element) -> date | None:
    for value in _date_candidates(tree):
        parsed = parse_metadata_date(value)
        if parsed is not None:
            return parsed
    return None


def _date_candidates(tree: etree._Element) -> Iterator[str]:
    by_key: dict[str, list[str]] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = el.get("content")
        if key and content:
            by_key.setdefault(key, []).append(content)
    for key in _DATE_KEYS:
        yield from by_key.get(key, ())
    yield from _json_ld_dates(tree)
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if (el.get("itemprop") or "").lower() == "datepublished":
            yield el.get("datetime") or el.get("content") or (el.text or "")
        elif el.tag == "time" and el.get("pubdate") is not None and el.get("datetime"):
            yield el.get("datetime") or ""


def _is_json_ld(script: etree._Element) -> bool:
    return (script.get("type") or "").strip().lower() == "application/ld+json"


def _json_ld(script: etree._Element) -> Any:
    """The parsed JSON-LD block, or None if it is empty, malformed, too large or too deep."""
    text = script.text
    if not text or len(text) > MAX_JSON_LD_CHARS:
        return None
    try:
        return loads_bounded(text)
    except ValueError:  # malformed or too deep (TooDeepError is a ValueError)
        return None


def _json_ld_dates(tree: etree._Element) -> Iterator[str]:
    for script in tree.iter("script"):
        if _is_json_ld(script):
            data = _json_ld(script)
            if data is not None:
                yield from _find_key(data, "datePublished")


def _find_key(data: Any, key: str) -> Iterator[str]:
    """Every string value of ``key`` in nested dicts and lists, depth first (no recursion)."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            value = item.get(key)
            if isinstance(value, str):
                yield value
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))
