"""Polite HTTP fetching for URL sources, feeds and URL lists.

One :class:`Fetcher` per run: a user agent that names chancery, a timeout on every request, a size
limit enforced while reading (the body is never buffered past it), robots.txt honoured per host
(cached), and a minimum delay between two requests to the same host. Every failure is an
:class:`~chancery.errors.FetchError` naming the url and the reason; nothing is retried silently.
"""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from .. import __version__
from ..config import DEFAULT_SETTINGS, Settings
from ..errors import FetchError, TooLargeError

__all__ = ["FetchResult", "Fetcher", "is_url"]

_CHUNK = 64 * 1024


def is_url(source: str) -> bool:
    """``http://`` or ``https://`` with a host."""
    parts = urlsplit(source)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


@dataclass(frozen=True)
class FetchResult:
    url: str  # the url asked for
    final_url: str  # after redirects
    status: int
    content_type: str
    body: bytes


@dataclass
class Fetcher:
    """Fetches urls politely; see the module docstring."""

    settings: Settings = DEFAULT_SETTINGS
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def user_agent(self) -> str:
        return self.settings.user_agent or f"chancery/{__version__} (+news-analytics; offline-first)"

    def get(self, url: str) -> FetchResult:
        if not is_url(url):
            raise FetchError(url, "not an http(s) url")
        if self.settings.respect_robots and not self._allowed(url):
            raise FetchError(url, "disallowed by the site's robots.txt")
        self._wait_turn(url)
        return self._request(url, limit=self.settings.max_bytes)

    # -- internals ------------------------------------------------------------------------------
    def _request(self, url: str, *, limit: int) -> FetchResult:
        req = urllib.request.Request(url, headers={"User-Agent": self.user_agent, "Accept-Encoding": "identity"})
        try:
            with urllib.request.urlopen(req, timeout=self.settings.fetch_timeout) as resp:  # noqa: S310 (http/https only)
                declared = resp.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > limit:
                    raise TooLargeError(url, f"the server announces {int(declared)} bytes, over the {limit}-byte limit")
                chunks, size = [], 0
                while True:
                    chunk = resp.read(_CHUNK)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > limit:
                        raise TooLargeError(url, f"the body is over the {limit}-byte limit")
                    chunks.append(chunk)
                return FetchResult(url, resp.geturl(), resp.status, resp.headers.get_content_type(), b"".join(chunks))
        except urllib.error.HTTPError as e:
            raise FetchError(url, f"HTTP {e.code} {e.reason}") from None
        except urllib.error.URLError as e:
            raise FetchError(url, f"cannot connect: {e.reason}") from None
        except TimeoutError:
            raise FetchError(url, f"no answer within {self.settings.fetch_timeout:g} s") from None
        except OSError as e:
            raise FetchError(url, f"connection failed: {e}") from None

    def _wait_turn(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        with self._lock:
            now = time.monotonic()
            ready = self._last.get(host, 0.0) + self.settings.fetch_delay
            self._last[host] = max(now, ready)
        if ready > now:
            time.sleep(ready - now)

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        root = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
        if root not in self._robots:
            self._robots[root] = self._load_robots(root)
        parser = self._robots[root]
        return True if parser is None else parser.can_fetch(self.user_agent, url)

    def _load_robots(self, root: str) -> urllib.robotparser.RobotFileParser | None:
        """The site's robots.txt; None (everything allowed) when it has none or it cannot be read."""
        parser = urllib.robotparser.RobotFileParser(root + "/robots.txt")
        try:
            self._wait_turn(root)
            found = self._request(root + "/robots.txt", limit=512 * 1024)
        except FetchError as e:
            if "HTTP 401" in e.reason or "HTTP 403" in e.reason:
                parser.parse(["User-agent: *", "Disallow: /"])  # the site refuses robots.txt: ask nothing
                return parser
            return None
        parser.parse(found.body.decode("utf-8", errors="replace").splitlines())
        return parser
