"""Coordination: the members of a list ("A, B, C and D"; "President X of A, Prime Minister Y of B and
the Thai premier Z"), once, for every extractor.

Two readings, combined:

- the text: consecutive items (states, bodies, persons: anything with ``start`` and ``end``)
  separated only by list separators (",", "and", "or", "as well as", ";"), where a person's title
  before it and "of <state>" after it belong to the item;
- the parse: words the parser coordinates with the item's head word (``conj``), for lists the text
  reading cannot see ("Japan's Kishida and Australia's Albanese").

An item is in the anchor's list when either reading puts it there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from .syntax import Parse

__all__ = ["coordinated", "split_list"]


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=_Span)

_SEP = re.compile(
    r"^\s*(?:,|;|,?\s*\b(?:and|or|as\s+well\s+as|plus|together\s+with|along\s+with)\b|&)"
    r"(?:\s*(?:,|\band\b|\bor\b))?\s*(?:(?:the|its|their)\s+)?$",
    re.I,
)
# what may stand between a separator and the next person: a title ("Prime Minister", "Thai premier")
_TITLE_WORDS = re.compile(
    r"(?:\s*(?:[A-Z][\w'’.-]*|president|prime|minister|premier|chancellor|king|queen|emir|sultan|crown|prince|"
    r"secretary|general|foreign|deputy|vice|chairman|chairwoman|chair|leader|head|state|counsellor|councillor|"
    r"of|the|and|affairs|defence|defense|trade|senior|'s|’s))*\s*$"
)
# what may follow an item before the separator: "of Indonesia", "of the Republic of Korea", "(Hungary)"
_TAIL = re.compile(r"^(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s*){1,5}|\s*\([^()]{1,40}\))?")


def _joined(text: str, a: _Span, b: _Span) -> bool:
    """Nothing but a list separator (with the next item's title, the previous one's tail) between."""
    gap = text[a.end : b.start]
    if len(gap) > 90 or "\n" in gap:
        return False
    tail = _TAIL.match(gap)
    rest = gap[tail.end() :] if tail else gap
    if _SEP.match(rest):
        return True
    m = re.search(r"(?:,|;|\band\b|\bor\b|&|\bas\s+well\s+as\b)", rest)
    if not m:
        return False
    head, title = rest[: m.end()], rest[m.end() :]
    return bool(_SEP.match(head)) and bool(_TITLE_WORDS.fullmatch(title))


def split_list(text: str, items: Sequence[T]) -> list[list[T]]:
    """Items grouped into runs that form lists in the text (single items are runs of one)."""
    ordered = sorted(items, key=lambda x: x.start)
    runs: list[list[T]] = []
    for item in ordered:
        if runs and _joined(text, runs[-1][-1], item):
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def coordinated(text: str, items: Sequence[T], anchor: T, parse: Parse | None = None) -> list[T]:
    """The items in the same list as ``anchor`` (``anchor`` included), in text order."""
    members: list[T] = []
    for run in split_list(text, items):
        if any(x is anchor or (x.start, x.end) == (anchor.start, anchor.end) for x in run):
            members = list(run)
            break
    if not members:
        members = [anchor]
    if parse is not None:
        head = parse.head_of(anchor.start, anchor.end)
        if head is not None:
            conj = parse.conjuncts(head)
            if len(conj) > 1:
                for item in items:
                    h = parse.head_of(item.start, item.end)
                    if h is not None and h in conj and item not in members:
                        members.append(item)
    return sorted(members, key=lambda x: x.start)
