"""What the web app refuses before a route runs, and the ingest form's CSRF token.

:class:`SecurityMiddleware` wraps the whole app (pure ASGI, one small class):

* **Host allow-list.**  A request whose ``Host`` is not a loopback name (``localhost``,
  ``127.0.0.0/8``, ``::1``), the address the server is bound to, or a name given with
  ``--allow-host`` is answered 400 ``invalid_host``: a page on another site that rebinds its DNS
  name to 127.0.0.1 cannot read or write through the victim's browser.
* **Cross-site writes.**  Every state-changing request (POST, PUT, PATCH, DELETE) with
  ``Origin: null`` (sandboxed frames, ``data:`` pages) or an ``Origin`` other than the app's own
  is refused with 403; without ``Origin``, a foreign ``Referer`` or ``Sec-Fetch-Site: cross-site``
  is refused too.  Scripts and command-line clients send none of these and are not affected.
* **Body cap.**  A body over ``max_request_bytes`` is refused with 413: at once when
  ``Content-Length`` says so (nothing is read), else as soon as the bytes streamed in pass the cap.

The ingest form carries a CSRF token (:meth:`SecurityPolicy.csrf_token`): an HMAC of its time
with a key the server draws when it starts, valid for a day.  The form route always requires it;
the JSON ingest API requires it from browsers (requests with ``Origin`` or ``Sec-Fetch-Site``).
Refusals use the one error shape (:func:`chancery.web.errors.error_body`).
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import secrets
import time
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import error_body

__all__ = ["MAX_INT", "SecurityMiddleware", "SecurityPolicy", "host_name", "is_loopback"]

#: the largest integer a query or path parameter may hold (SQLite's INTEGER)
MAX_INT = 2**63 - 1
#: how long an ingest form stays valid (seconds)
CSRF_MAX_AGE = 24 * 3600
STATE_CHANGING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_UNSPECIFIED = {"0.0.0.0", "::", ""}


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and "localhost"."""
    host = host.strip().strip("[]").lower().rstrip(".")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def host_name(value: str) -> str:
    """The name in a Host header or URL netloc, lowercased, without port or brackets."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value[1:]
    if value.count(":") == 1:
        value = value.split(":", 1)[0]
    return value.rstrip(".")


class SecurityPolicy:
    """The names the app answers to, the body cap and the CSRF key."""

    def __init__(self, *, bind_host: str, allow_hosts: Iterable[str] = (), max_body: int) -> None:
        names = {host_name(h) for h in allow_hosts if h.strip()}
        if host_name(bind_host) not in _UNSPECIFIED:
            names.add(host_name(bind_host))
        self.allowed = frozenset(names)
        self.max_body = max_body
        self._key = secrets.token_bytes(32)

    def host_allowed(self, host: str | None) -> bool:
        if not host:
            return False
        name = host_name(host)
        return name in self.allowed or is_loopback(name)

    def cross_site(self, headers: dict[str, str], host: str) -> str | None:
        """Why a state-changing request looks cross-site (None if it does not)."""
        origin = headers.get("origin")
        if origin is not None:
            if origin.strip().lower() == "null":
                return "a request from an opaque origin (Origin: null) is refused"
            parts = urlsplit(origin.strip())
            if parts.scheme not in ("http", "https") or parts.netloc.lower() != host.lower():
                return f"a request from another site ({origin[:100]}) is refused"
            return None
        referer = headers.get("referer")
        if referer and urlsplit(referer.strip()).netloc.lower() != host.lower():
            return "a request referred by another site is refused"
        if headers.get("sec-fetch-site", "").lower() in ("cross-site", "same-site"):
            return "a cross-site request is refused"
        return None

    # -- the ingest form's token --------------------------------------------------------------
    def _mac(self, stamp: str) -> str:
        return hmac.new(self._key, f"chancery-ingest:{stamp}".encode(), hashlib.sha256).hexdigest()[:32]

    def csrf_token(self, now: float | None = None) -> str:
        stamp = str(int(time.time() if now is None else now))
        return f"{stamp}.{self._mac(stamp)}"

    def csrf_valid(self, token: str | None, now: float | None = None) -> bool:
        if not token or token.count(".") != 1:
            return False
        stamp, mac = token.split(".")
        if not stamp.isdigit() or len(stamp) > 12:
            return False
        age = (time.time() if now is None else now) - int(stamp)
        return 0 <= age <= CSRF_MAX_AGE and hmac.compare_digest(mac, self._mac(stamp))


def is_browser_request(headers: Any) -> bool:
    """Browsers send Origin on every cross-origin or non-GET fetch, and Sec-Fetch-* on every request."""
    return headers.get("origin") is not None or headers.get("sec-fetch-site") is not None


class SecurityMiddleware:
    """Host allow-list, cross-site refusal and the streaming body cap (see the module docstring)."""

    def __init__(self, app: ASGIApp, *, policy: SecurityPolicy) -> None:
        self.app = app
        self.policy = policy

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        host = headers.get("host", "")
        if not self.policy.host_allowed(host):
            await _refuse(send, 400, "invalid_host", f"this server does not answer to the host name {host[:100]!r}",
                          "open the app at http://127.0.0.1:PORT/, or start it with --allow-host NAME")
            return
        if scope.get("method", "GET") in STATE_CHANGING:
            why = self.policy.cross_site(headers, host)
            if why:
                await _refuse(send, 403, "forbidden", why, "use the app's own pages, or a client such as curl")
                return
        limit = self.policy.max_body
        length = headers.get("content-length", "")
        if length.strip().isdigit() and int(length) > limit:
            await _refuse(send, 413, "too_large", f"the request body is over the {_mb(limit)} limit",
                          "send fewer or smaller files")
            return
        state = {"received": 0, "over": False, "started": False}

        async def limited_receive() -> Message:
            if state["over"]:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                state["received"] += len(message.get("body", b""))
                if state["received"] > limit:
                    # the app sees the client go away (whatever it does with that, its answer is
                    # dropped below and the 413 is sent instead); nothing more is read
                    state["over"] = True
                    return {"type": "http.disconnect"}
            return message

        async def watched_send(message: Message) -> None:
            if state["over"] and not state["started"]:
                return  # the app's answer to a body cut short
            if message["type"] == "http.response.start":
                state["started"] = True
            await send(message)

        try:
            await self.app(scope, limited_receive, watched_send)
        except Exception:
            if not state["over"] or state["started"]:
                raise
        if state["over"] and not state["started"]:
            await _refuse(send, 413, "too_large", f"the request body is over the {_mb(limit)} limit",
                          "send fewer or smaller files")


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB"


async def _refuse(send: Send, status: int, code: str, message: str, hint: str | None = None) -> None:
    body = json.dumps(error_body(status, code, message, hint)).encode("utf-8")
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
        (b"x-content-type-options", b"nosniff"), (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
