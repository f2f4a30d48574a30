"""Outlets and headlines: who published a document and what it is called.

The outlet comes, best first, from the document's own metadata (a feed record's ``outlet``, a
page's site name), else from the head of its text, else from its web host:

* a dateline credit: ``HANOI, Sept 11, 2023 (Pacific Wire) —``; ``(VOVWORLD) -`` opening the
  first paragraph; ``Hanoi, December 30, 2025 – The Europe Today:``.  ``A via B`` credits the wire
  A and names B, the outlet that ran the copy;
* a byline or masthead line: ``By a Staff Writer, The Tokyo Ledger, November 28, 2023``,
  ``Mekong Review Online | 15 October 2025``, ``Regional Futures Institute · Policy Brief``, or a
  banner line in title case that ends in an outlet word (``data/outlet_words.txt``:
  Times, Post, Institute ...).  A credit must look like a publisher's name, so a city in a byline
  (``By the foreign desk · Paris · 8 October 2024``) is not an outlet.

Names are made canonical with the outlet table ``data/outlets.tsv`` (another spelling -> the
display name; a web host -> its outlet).  An outlet the table does not know keeps the name it prints.

The title of a plain-text document is its own headline: the first headline-like line of the head
(before the first paragraph of body text), passing over the site banner and its tagline,
bylines, datelines and photo captions.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

__all__ = ["TextMetadata", "canonical_outlet", "choose_title", "outlet_for_host", "text_metadata"]

_TITLE_MAX = 200
_HEAD_LINES = 12

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATE = (rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{{1,2}}\s+{_MONTH},?\s+(?:19|20)\d\d|"
         r"(?:19|20)\d\d-\d\d-\d\d|\d{1,2}/\d{1,2}/(?:19|20)\d\d)")
_DASH = r"[-\u2013\u2014]"
# "HANOI, Sept 11, 2023 (Pacific Wire) —"
_DATELINE_CREDIT = re.compile(rf"^[^\n()]{{0,60}}?{_DATE}\s*\((?P<credit>[^()\n]{{2,80}})\)\s*(?:{_DASH}|:)")
# "(VOVWORLD) - 2025 saw ..."
_LEADING_CREDIT = re.compile(rf"^\((?P<credit>[^()\n]{{2,60}})\)\s*(?:{_DASH}|:)\s*\S")
# "Hanoi, December 30, 2025 – The Europe Today: Prime Minister ..."
_DATELINE_COLON = re.compile(rf"^[^\n]{{0,60}}?{_DATE}\s*{_DASH}+\s*(?P<credit>[^:\n]{{2,60}}):\s")
# "By a Staff Writer, The Tokyo Ledger, November 28, 2023"
_BYLINE = re.compile(rf"^By\s+[^,|\u00b7\n]{{1,60}}?\s*[,|\u00b7]\s*(?P<credit>[^,|\u00b7\n]{{2,60}}?)\s*[,|\u00b7]\s*{_DATE}\s*$",
                     re.IGNORECASE)
# "Mekong Review Online | 15 October 2025", "Latin Trade Monitor, 20 November 2024"
_MASTHEAD = re.compile(rf"^(?P<credit>[^|\u00b7\u2013\u2014,\n]{{2,60}}?)\s*(?:[|\u00b7]|{_DASH}|,)\s*{_DATE}\s*$")
# a line that only dates or signs the article
_DATELINE = re.compile(rf"^[A-Z][^\n]{{0,60}}?{_DATE}")
_BYLINE_START = re.compile(r"^(?:By|Written by|Reported by|Translated by)\s", re.IGNORECASE)
_CAPTION = re.compile(r"\((?:Photo|Source|Image|Credit)s?\b|^(?:Photo|Image|Caption)\s*:|\|\s*$", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s+[|\u00b7]\s+")
_SMALL_WORDS = {"a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to", "&"}


@dataclass(frozen=True)
class TextMetadata:
    title: str | None
    outlet: str | None


@functools.lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    aliases: dict[str, str] = {}
    hosts: dict[str, str] = {}
    path = resources.files("chancery.data").joinpath("outlets.tsv")
    with path.open(encoding="utf-8") as fh:
        rows = csv.DictReader((ln for ln in fh if ln.strip() and not ln.startswith("#")), delimiter="\t",
                              quoting=csv.QUOTE_NONE)
        for row in rows:
            name, kind, value = row["name"].strip(), row["type"].strip(), row["value"].strip()
            aliases.setdefault(_key(name), name)
            if kind == "alias":
                aliases.setdefault(_key(value), name)
            elif kind == "host":
                hosts[value.lower().removeprefix("www.")] = name
    words_path = resources.files("chancery.data").joinpath("outlet_words.txt")
    with words_path.open(encoding="utf-8") as fh:
        words = frozenset(w.strip().lower() for w in fh if w.strip() and not w.startswith("#"))
    return aliases, hosts, words


def _key(name: str) -> str:
    return " ".join(name.lower().replace(".", "").split())


def canonical_outlet(name: str | None) -> str | None:
    """The outlet table's display name for ``name`` (``name`` itself, tidied, if not listed)."""
    if not name or not name.strip():
        return None
    name = " ".join(name.split())
    return _table()[0].get(_key(name), name)


def outlet_for_host(host: str | None) -> str | None:
    """The outlet of a web host (``en.vietnamplus.vn`` -> VietnamPlus), if the table lists it."""
    if not host:
        return None
    hosts = _table()[1]
    parts = host.lower().removeprefix("www.").split(".")
    for i in range(len(parts) - 1):
        found = hosts.get(".".join(parts[i:]))
        if found:
            return found
    return None


def _known(name: str) -> bool:
    return _key(name) in _table()[0]


def _name_like(credit: str, *, need_word: bool) -> bool:
    """Does ``credit`` read like a publisher's name (capitalised words, an outlet word if asked)?"""
    words = credit.replace("-", " ").split()
    if not words or len(words) > 7 or any(c.isdigit() for c in credit):
        return False
    if not all(w[0].isupper() or w.lower() in _SMALL_WORDS or not w[0].isalpha() for w in words):
        return False
    if not need_word or _known(credit):
        return True
    outlet_words = _table()[2]
    return any(w.lower().strip(".,&'") in outlet_words for w in words)


def _from_credit(credit: str, *, need_word: bool) -> str | None:
    credit = credit.strip()
    if " via " in credit:  # "Pacific Wire via Asia Morning Post": the copy ran in Asia Morning Post
        credit = credit.rsplit(" via ", 1)[1].strip()
    if _name_like(credit, need_word=need_word):
        return canonical_outlet(credit)
    return None


def _banner(line: str) -> str | None:
    """A masthead line: "The Europe Today", "Regional Futures Institute · Policy Brief"."""
    for part in _SEPARATOR.split(line):
        part = part.strip()
        words = part.split()
        if not part or len(words) > 5 or part.endswith((".", ":")) or not part[0].isupper():
            continue
        if _known(part) or (_name_like(part, need_word=True) and words[-1].lower() in _table()[2]):
            return canonical_outlet(part)
    return None


def _head(text: str, markdown: bool) -> list[str]:
    lines = []
    for raw in text.split("\n"):
        line = raw.strip()
        if markdown:
            line = line.lstrip("#").strip().strip("*_").strip()
        if line:
            lines.append(" ".join(line.split()))
        if len(lines) >= _HEAD_LINES:
            break
    return lines


def _outlet(lines: list[str]) -> str | None:
    for pattern, need_word in ((_DATELINE_CREDIT, False), (_LEADING_CREDIT, False), (_DATELINE_COLON, False),
                               (_BYLINE, True), (_MASTHEAD, True)):
        for line in lines:
            m = pattern.match(line)
            if m:
                found = _from_credit(m.group("credit"), need_word=need_word)
                if found:
                    return found
    for line in lines[:3]:
        found = _banner(line)
        if found:
            return found
    return None


def _is_body(line: str) -> bool:
    return len(line.split()) >= 12 and line.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?"))


def _tagline(line: str) -> bool:
    """A site's motto under its banner: "Discover, Engage & Empower"."""
    words = line.split()
    return len(words) <= 4 and ("," in line or "&" in line or all(w[0].isupper() for w in words if w[0].isalpha()))


def _title(lines: list[str], outlet: str | None) -> str | None:
    after_banner = False
    for line in lines:
        if _is_body(line) or _DATELINE_CREDIT.match(line) or _LEADING_CREDIT.match(line) or _DATELINE_COLON.match(line):
            return None
        if (outlet and canonical_outlet(line) == outlet) or _banner(line) or (outlet and _SEPARATOR.search(line)
                                                                               and outlet in line):
            after_banner = True
            continue
        if after_banner and _tagline(line):
            after_banner = False
            continue
        after_banner = False
        if _BYLINE_START.match(line) or _DATELINE.match(line) or _CAPTION.search(line) or _MASTHEAD.match(line):
            continue
        if len(line.split()) >= 2 and len(line) < _TITLE_MAX and not line.endswith("."):
            return line
        if line.endswith("."):
            return None
    return None


def text_metadata(text: str, *, markdown: bool = False) -> TextMetadata:
    """The headline and the outlet named at the head of a plain-text (or Markdown) document."""
    lines = _head(text, markdown)
    outlet = _outlet(lines)
    return TextMetadata(_title(lines, outlet), outlet)


def choose_title(candidates: Iterable[str | None], outlet: str | None) -> str | None:
    """The first candidate that is a headline, not the site's name; " | Site" suffixes dropped."""
    for raw in candidates:
        if not raw or not raw.strip():
            continue
        title = " ".join(raw.split())
        if outlet:
            for sep in (" | ", " - ", " \u2013 ", " \u2014 ", " :: "):
                head, _, tail = title.rpartition(sep)
                if head and canonical_outlet(tail) == outlet:
                    title = head.strip()
            if canonical_outlet(title) == outlet:
                continue
        if _banner(title) and len(title.split()) <= 3:
            continue
        return title
    return None
