"""Parsing publication dates found in metadata (never in URLs or body text)."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

__all__ = ["parse_metadata_date"]

_SLASHED = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})\b")
_EARLIEST = date(1900, 1, 1)


def parse_metadata_date(value: object) -> date | None:
    """The calendar date of an ISO 8601 date/datetime string, else ``None``.

    The date is the one written (``2025-12-30T23:00:00+07:00`` is 30 December;
    no conversion to UTC).  Also accepts ``2025/12/30`` and RFC 2822 dates
    (``Tue, 30 Dec 2025 08:00:00 +0700``), which feeds and older CMSs use.
    Implausible dates (before 1900) are ``None``.
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    parsed = _iso(text) or _slashed(text) or _rfc2822(text)
    if parsed is None or parsed < _EARLIEST:
        return None
    return parsed


def _iso(text: str) -> date | None:
    try:
        if len(text) <= 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text).date()
    except ValueError:
        return None


def _slashed(text: str) -> date | None:
    m = _SLASHED.match(text)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _rfc2822(text: str) -> date | None:
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None
