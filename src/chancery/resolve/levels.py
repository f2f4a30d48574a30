"""Partnership levels and membership groups: orderings, names, and level phrases in claims.

Each country's ordering of levels is data (``chancery/data/levels.json``, ``orders``); countries
without their own list use ``default``.  A framework with its own name (level ``other``) stands at
the *tier* of a ranked level when the country's ``frameworks`` list says so (for Vietnam, China's
"comprehensive strategic cooperative partnership" is a top-tier framework): :func:`tier` is what
orderings, "top tier" and claims such as "at comprehensive partnership level or higher" use.  Membership groups (P5, G20, ...) are data too
(``chancery/data/groups.json``).

:func:`levels_in` reads the levels a claim names ("comprehensive or higher-level partnership",
"comprehensive strategic partnerships and strategic partnerships", "partnership level or
higher"):

* every level phrase named is collected, longest phrase first ("comprehensive strategic" is one
  level, not two);
* with "or higher", "or above", "and above", "higher-level" the claim covers the lowest level
  named *and every level ranked above it*;
* a claim that names several levels without such a phrase ("comprehensive strategic
  partnerships and strategic partnerships") also covers everything from the lowest named level
  up: those lists are how outlets write "X or higher";
* a single level with no such phrase covers exactly that level.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

__all__ = [
    "LEVEL_NAMES",
    "Group",
    "group_in",
    "groups",
    "level_name",
    "level_order",
    "level_rank",
    "levels_at_or_above",
    "levels_in",
    "tier",
    "tier_rank",
]

LEVEL_NAMES: dict[str, str] = {
    "special_relationship": "special relationship",
    "comprehensive_strategic_partnership": "comprehensive strategic partnership",
    "strategic_partnership": "strategic partnership",
    "comprehensive_partnership": "comprehensive partnership",
    "other": "other framework",
}


def _load(name: str) -> dict[str, Any]:
    path = resources.files("chancery.data").joinpath(name)
    with path.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return {k: v for k, v in data.items() if not k.startswith("_")}


@functools.lru_cache(maxsize=1)
def _orders() -> dict[str, list[str]]:
    orders: dict[str, list[str]] = _load("levels.json")["orders"]
    return orders


@functools.lru_cache(maxsize=1)
def _frameworks() -> dict[str, dict[str, str]]:
    data = _load("levels.json").get("frameworks", {})
    return {country: {" ".join(k.lower().split()): v for k, v in names.items()}
            for country, names in data.items() if not country.startswith("_")}


def tier(level: str | None, label: str | None = None, country: str | None = None) -> str:
    """The ranked level a partnership stands at in ``country``'s ordering: the level itself, or
    for a framework of its own name (``other``) the tier its name is listed at, else ``other``."""
    if level and level != "other":
        return level
    if not label:
        return "other"
    key = " ".join(label.lower().replace("\u2019", "'").split())
    frameworks = _frameworks()
    for source in (frameworks.get(country or "", {}), frameworks.get("default", {})):
        if key in source:
            return source[key]
    return "other"


def tier_rank(level: str | None, label: str | None = None, country: str | None = None) -> int:
    """:func:`level_rank` of the :func:`tier`."""
    return level_rank(tier(level, label, country), country)


def level_order(country: str | None = None) -> list[str]:
    """Levels from highest to lowest for ``country`` (the default ordering if it has none)."""
    orders = _orders()
    return list(orders.get(country or "", orders["default"]))


def level_rank(level: str, country: str | None = None) -> int:
    """0 for the highest level in ``country``'s ordering; larger is lower; unknown levels last."""
    order = level_order(country)
    return order.index(level) if level in order else len(order)


def level_name(level: str, label: str | None = None) -> str:
    """A readable name: the framework's own label for ``other``."""
    if level == "other" and label:
        return label
    return LEVEL_NAMES.get(level, level.replace("_", " "))


def levels_at_or_above(level: str, country: str | None = None) -> frozenset[str]:
    """``level`` and every ranked level above it (never ``other``)."""
    order = [lv for lv in level_order(country) if lv != "other"]
    if level not in order:
        return frozenset({level})
    return frozenset(order[: order.index(level) + 1])


_LEVEL_PHRASES = re.compile(
    r"\b(?P<special>special\s+(?:relationship|relations|ties|partnership))"
    r"|\b(?P<csp>comprehensive\s+strategic)"
    r"|\b(?P<sp>strategic)"
    r"|\b(?P<cp>comprehensive)",
    re.IGNORECASE,
)
_GROUP_TO_LEVEL = {
    "special": "special_relationship",
    "csp": "comprehensive_strategic_partnership",
    "sp": "strategic_partnership",
    "cp": "comprehensive_partnership",
}
_OR_HIGHER = re.compile(r"or[\s-]+(?:higher|above|more)|and[\s-]+(?:higher|above)|higher[- ]level|\bat\s+least\b", re.IGNORECASE)
# words after "strategic" / "comprehensive" that show the phrase is not about a partnership level
_NOT_LEVEL = re.compile(r"^\s*(?:technolog|goal|orientation|task|breakthrough|connectivity|trust|value|"
                        r"position|pillar|area|field|sector|industr|cooperation\s+agreement|agreement|"
                        r"foreign\s+polic|diplomac|integration)", re.IGNORECASE)


def levels_in(text: str, country: str | None = None) -> frozenset[str]:
    """The partnership levels a claim phrase covers (empty when it names none)."""
    named: list[str] = []
    for m in _LEVEL_PHRASES.finditer(text):
        if _NOT_LEVEL.match(text[m.end():]):
            continue
        group = m.lastgroup or ""
        named.append(_GROUP_TO_LEVEL[group])
    if not named:
        return frozenset()
    lowest = max(named, key=lambda lv: level_rank(lv, country))
    if len(set(named)) > 1 or _OR_HIGHER.search(text):
        return levels_at_or_above(lowest, country)
    return frozenset(named)


@dataclass(frozen=True)
class Group:
    """A membership group such as the P5 or the G20."""

    id: str
    name: str
    members: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]


@functools.lru_cache(maxsize=1)
def groups() -> dict[str, Group]:
    out = {}
    for gid, spec in _load("groups.json").items():
        out[gid] = Group(gid, spec["name"], tuple(spec["members"]),
                         tuple(re.compile(p, re.IGNORECASE) for p in spec["patterns"]))
    return out


def group_in(text: str) -> Group | None:
    """The group named first (leftmost) in a phrase, if any."""
    best: tuple[int, Group] | None = None
    for group in groups().values():
        for p in group.patterns:
            m = p.search(text)
            if m is not None and (best is None or m.start() < best[0]):
                best = (m.start(), group)
    return best[1] if best else None
