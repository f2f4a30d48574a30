"""RSS/Atom feeds, URL lists and single urls -> documents, fetched politely (``ingest.fetch``).

- a url whose answer is a feed (RSS or Atom, by content type or by its first element) yields one
  document per entry: the entry's link is fetched and read as an HTML page; the entry's title and
  date fill what the page's metadata lacks; an entry whose page cannot be fetched but whose feed
  carries its full text (``content:encoded``) is read from the feed;
- a url whose answer is a page yields that page;
- a ``.urls`` file lists urls, one per line (``#`` comments), each read as above.

A fetched document's id is ``<host>-<sha256(url)[:12]>``: stable, so re-reading a feed stores nothing
twice (the store also refuses exact copies).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from datetime import date
from urllib.parse import urlsplit

import feedparser

from ..config import DEFAULT_SETTINGS, Settings
from ..errors import EmptyInputError, FetchError, InputError
from ..model import Document
from .fetch import FetchResult, Fetcher, is_url
from .sniff import decode_bytes

__all__ = ["read_url", "read_url_list", "url_id"]

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
               "application/feed+json")
_FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S)
_MIN_FEED_TEXT = 400  # characters of an entry's own content worth reading as the article


def url_id(url: str) -> str:
    host = urlsplit(url).netloc.lower().removeprefix("www.")
    return f"{host}-{hashlib.sha256(url.encode('utf-8')).hexdigest()[:12]}"


def _is_feed(found: FetchResult) -> bool:
    return found.content_type in _FEED_TYPES or bool(_FEED_START.match(found.body[:2048]))


def read_url(url: str, fetcher: Fetcher, *, settings: Settings = DEFAULT_SETTINGS) -> Iterator[Document | InputError]:
    """The page at ``url``, or every entry of the feed at ``url``."""
    try:
        found = fetcher.get(url)
    except InputError as e:
        yield e
        return
    if _is_feed(found):
        yield from _feed_entries(found, fetcher, settings)
        return
    yield _page(url, found)


def read_url_list(path: str, fetcher: Fetcher, *, settings: Settings = DEFAULT_SETTINGS) -> Iterator[Document | InputError]:
    """Every url listed in a ``.urls`` file (one a line; blank lines and ``#`` comments skipped)."""
    try:
        with open(path, encoding="utf-8") as fh:
            lines = fh.read(settings.max_bytes).splitlines()
    except (OSError, UnicodeDecodeError) as e:
        yield InputError(path, f"cannot read the url list: {e}")
        return
    for n, line in enumerate(lines, start=1):
        url = line.split("#", 1)[0].strip()
        if not url:
            continue
        if not is_url(url):
            yield InputError(f"{path}:{n}", f"not an http(s) url: {url[:80]!r}")
            continue
        yield from read_url(url, fetcher, settings=settings)


def _page(url: str, found: FetchResult, *, title: str | None = None, published: date | None = None) -> Document | InputError:
    from .readers import html_document

    try:
        text = decode_bytes(url, found.body, known_format=True)
        doc = html_document(url, text, doc_id=url_id(url), url=found.final_url or url)
    except InputError as e:
        return e
    return doc.with_(title=doc.title or title, published=doc.published or published)


def _entry_date(entry: feedparser.FeedParserDict) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        t = entry.get(key)
        if t:
            try:
                return date(t.tm_year, t.tm_mon, t.tm_mday)
            except ValueError:
                return None
    return None


def _feed_entries(found: FetchResult, fetcher: Fetcher, settings: Settings) -> Iterator[Document | InputError]:
    from .readers import html_document

    parsed = feedparser.parse(found.body)
    if parsed.bozo and not parsed.entries:
        yield InputError(found.url, f"not a readable feed ({parsed.get('bozo_exception')})")
        return
    if not parsed.entries:
        yield EmptyInputError(found.url, "the feed has no entries")
        return
    for n, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        title = entry.get("title")
        published = _entry_date(entry)
        content = " ".join(c.get("value", "") for c in entry.get("content", []) if c.get("value"))
        if not link or not is_url(link):
            yield InputError(f"{found.url}#{n}", "a feed entry without an http(s) link")
            continue
        try:
            page = fetcher.get(link)
            yield _page(link, page, title=title, published=published)
        except FetchError as e:
            if len(content) >= _MIN_FEED_TEXT:
                try:
                    doc = html_document(f"{found.url}#{n}", content, doc_id=url_id(link), url=link)
                    yield doc.with_(title=doc.title or title, published=doc.published or published)
                except InputError as inner:
                    yield inner
            else:
                yield e
        except InputError as e:
            yield e
