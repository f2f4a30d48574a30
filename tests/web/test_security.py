"""The pieces of the web app's security module: host names, the allow-list, cross-site signs and
the ingest form's token (served end to end in tests/fault/test_web_hostile.py)."""

from __future__ import annotations

import pytest

from chancery.web.security import SecurityPolicy, host_name, is_loopback


@pytest.mark.parametrize("value, name", [("127.0.0.1:8000", "127.0.0.1"), ("[::1]:8000", "::1"), ("[::1]", "::1"),
                                         ("LocalHost", "localhost"), ("kb.example.:443", "kb.example"),
                                         ("::1", "::1")])
def test_host_name(value: str, name: str) -> None:
    assert host_name(value) == name


@pytest.mark.parametrize("host, ok", [("localhost", True), ("127.0.0.1", True), ("127.8.9.10", True), ("::1", True),
                                      ("0.0.0.0", False), ("10.0.0.1", False), ("localhost.evil.example", False),
                                      ("evil.example", False)])
def test_is_loopback(host: str, ok: bool) -> None:
    assert is_loopback(host) is ok


def _policy(**kw: object) -> SecurityPolicy:
    return SecurityPolicy(bind_host=str(kw.get("bind", "127.0.0.1")), allow_hosts=tuple(kw.get("allow", ())),  # type: ignore[arg-type]
                          max_body=1024)


@pytest.mark.parametrize("host, ok", [("127.0.0.1:8000", True), ("localhost:1", True), ("[::1]:8000", True),
                                      ("kb.example", True), ("KB.EXAMPLE:8000", True), ("evil.example", False),
                                      ("kb.example.evil.example", False), ("", False), (None, False)])
def test_allowed_hosts(host: str | None, ok: bool) -> None:
    assert _policy(allow=["kb.example"]).host_allowed(host) is ok


def test_the_bound_address_is_allowed_but_not_the_wildcard() -> None:
    assert _policy(bind="192.0.2.10").host_allowed("192.0.2.10:8000")
    assert not _policy(bind="0.0.0.0").host_allowed("0.0.0.0:8000")


@pytest.mark.parametrize("headers, refused", [
    ({}, False),
    ({"origin": "http://127.0.0.1:8000"}, False),
    ({"origin": "null"}, True),
    ({"origin": "http://evil.example"}, True),
    ({"origin": "http://127.0.0.1:9999"}, True),
    ({"origin": "file://"}, True),
    ({"referer": "http://127.0.0.1:8000/ingest"}, False),
    ({"referer": "http://evil.example/x"}, True),
    ({"sec-fetch-site": "same-origin"}, False),
    ({"sec-fetch-site": "cross-site"}, True),
    ({"sec-fetch-site": "none"}, False),
])
def test_cross_site_signs(headers: dict[str, str], refused: bool) -> None:
    assert (_policy().cross_site(headers, "127.0.0.1:8000") is not None) is refused


def test_csrf_tokens() -> None:
    policy, other = _policy(), _policy()
    token = policy.csrf_token(now=1_000_000)
    assert policy.csrf_valid(token, now=1_000_000 + 3600)
    assert not policy.csrf_valid(token, now=1_000_000 + 2 * 86400)  # expired
    assert not policy.csrf_valid(token, now=1_000_000 - 10)  # from the future
    assert not other.csrf_valid(token, now=1_000_000)  # another server's key
    stamp, mac = token.split(".")
    assert not policy.csrf_valid(f"{int(stamp) + 1}.{mac}", now=1_000_000 + 5)
    for bad in (None, "", "x", "1.2.3", "abc.def"):
        assert not policy.csrf_valid(bad)
