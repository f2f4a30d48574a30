"""Numbers as diplomatic English writes them: finding and reading the numeric cores of a sentence.

A *core* is the bare number ("16", "1,200", "2.5", "seventeen", "twenty-five",
"15th", "third", "threefold"); what surrounds it (currency, scale, unit,
qualifier) is read by :mod:`chancery.extract.quantity` from the context.

    >>> [(c.value, c.kind) for c in find_cores("rose 2.5-fold to US$16bn, ranking 15th")]
    [(2.5, 'num'), (16.0, 'num'), (15.0, 'ordinal')]
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from ..common import load_lexicon

__all__ = ["Core", "find_cores", "lemma", "lex", "read_currency_after", "read_currency_before", "read_scale"]


@dataclass(frozen=True)
class Core:
    """A bare number in a sentence: ``text[start:end]``, sentence-relative offsets."""

    start: int
    end: int
    value: float
    kind: str  # num (digits) | word (spelled out) | ordinal | fold ("threefold")


def lex() -> dict[str, Any]:
    """The quantity lexicon."""
    return load_lexicon("quantity")


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    lx = lex()
    w = _alt(list(lx["word_numbers"]))
    word_num = rf"(?:{w})(?:-(?:{w}))?(?:\s+hundred(?:\s+(?:and\s+)?(?:{w})(?:-(?:{w}))?)?)?"
    scales = _alt(list(lx["scales"]))
    prefixes = _alt(list(lx["currency_prefixes"]))
    suffixes = _alt(list(lx["currency_suffixes"]))
    return {
        # digits: 1,200 / 16 / 2.5 / 42.5 ; not inside a longer number
        "digits": re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])(?!,\d{3})"),
        "word": re.compile(rf"(?<![\w-])(?:{word_num})(?![\w])", re.IGNORECASE),
        "ordinal_digits": re.compile(r"(?<![\w.,])(\d+)(?:st|nd|rd|th)\b"),
        "ordinal_word": re.compile(
            rf"(?<![\w-])(?:{_alt(list(lx['ordinal_words']))})(?![\w])", re.IGNORECASE
        ),
        "fold": re.compile(rf"(?<![\w-])(?:{_alt(list(lx['fold_words']))})(?![\w])", re.IGNORECASE),
        "scale": re.compile(rf"^[\s-]?(?:{scales})(?![\w])", re.IGNORECASE),
        "currency_before": re.compile(rf"(?:^|(?<=[\s(\[/~≈–—-]))(?:{prefixes})\s?$"),
        "currency_after": re.compile(rf"^(?:\s|-(?=[A-Za-z]))?(?:{suffixes})(?![\w])", re.IGNORECASE),
        "attached": re.compile(rf"^(?:{scales}|x|st|nd|rd|th|pct|{prefixes})(?![A-Za-z])", re.IGNORECASE),
    }


def _word_value(phrase: str) -> float:
    nums: dict[str, int] = lex()["word_numbers"]
    total = 0
    head, _, tail = phrase.lower().partition("hundred")
    parts = re.split(r"[-\s]+", head.strip())
    head_value = sum(nums.get(p, 0) for p in parts if p)
    if "hundred" in phrase.lower():
        total = head_value * 100
        tail_parts = [p for p in re.split(r"[-\s]+", tail.strip()) if p and p != "and"]
        total += sum(nums.get(p, 0) for p in tail_parts)
    else:
        total = head_value
    return float(total)


def _letters_before(text: str, i: int) -> str:
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "$."):
        j -= 1
    return text[j:i]


def _digits_ok(text: str, start: int, end: int) -> bool:
    """A digit run that is a number of its own, not part of a name ("G20", "COP28", "Covid-19", "5G")."""
    lx = lex()
    before = _letters_before(text, start)
    if before and before.rstrip(".") and not before.endswith("$"):
        if before not in lx["currency_prefixes"]:
            return False
    if (
        start >= 2
        and text[start - 1] == "-"
        and text[start - 2].isalpha()
        and not text[:start].lower().endswith("top-")
    ):
        return False  # Covid-19, Su-30 (but "top-10")
    after = text[end : end + 6]
    if after[:1].isalpha():
        return bool(_patterns()["attached"].match(after))
    return True


def find_cores(text: str) -> list[Core]:
    """All numeric cores of ``text``, in order, non-overlapping."""
    p = _patterns()
    lx = lex()
    cores: list[Core] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in p["ordinal_digits"].finditer(text):
        before = _letters_before(text, m.start())
        if before and before not in ("No.",):
            continue
        cores.append(Core(m.start(), m.end(), float(m.group(1)), "ordinal"))
        taken.append((m.start(), m.end()))
    for m in p["ordinal_word"].finditer(text):
        cores.append(Core(m.start(), m.end(), float(lx["ordinal_words"][m.group(0).lower()]), "ordinal"))
        taken.append((m.start(), m.end()))
    for m in p["fold"].finditer(text):
        cores.append(Core(m.start(), m.end(), float(lx["fold_words"][m.group(0).lower()]), "fold"))
        taken.append((m.start(), m.end()))
    for m in p["digits"].finditer(text):
        if not free(m.start(), m.end()) or not _digits_ok(text, m.start(), m.end()):
            continue
        cores.append(Core(m.start(), m.end(), float(m.group(0).replace(",", "")), "num"))
        taken.append((m.start(), m.end()))
    for m in p["word"].finditer(text):
        if not free(m.start(), m.end()):
            continue
        cores.append(Core(m.start(), m.end(), _word_value(m.group(0)), "word"))
        taken.append((m.start(), m.end()))
    return sorted(cores, key=lambda c: c.start)


def read_scale(text: str, pos: int, *, money: bool) -> tuple[float, int]:
    """(multiplier, end) of a scale word at ``text[pos:]`` ("billion", "bn", "m"), else (1, pos).

    One-letter scales ("m", "b", "k") count only attached to money ("$5m").
    """
    lx = lex()
    m = _patterns()["scale"].match(text[pos:])
    if not m:
        return 1.0, pos
    word = m.group(0).strip().lstrip("-").lower()
    if word in lx["short_scales"] and (not money or not m.group(0)[0].isalpha()):
        return 1.0, pos
    return float(lx["scales"][word]), pos + m.end()


def read_currency_before(text: str, pos: int) -> tuple[str, int] | None:
    """(ISO code, start) of a currency sign or code ending at ``pos`` ("US$", "VND ", "€")."""
    m = _patterns()["currency_before"].search(text[max(0, pos - 8) : pos])
    if not m:
        return None
    sign = m.group(0).strip()
    return lex()["currency_prefixes"][sign], pos - len(m.group(0))


def read_currency_after(text: str, pos: int) -> tuple[str, int] | None:
    """(ISO code, end) of a currency word or code starting at ``pos`` ("USD", "dong", "euros")."""
    m = _patterns()["currency_after"].match(text[pos:])
    if not m:
        return None
    word = " ".join(m.group(0).lower().lstrip("-").split())
    return lex()["currency_suffixes"][word], pos + m.end()


def lemma(word: str) -> str:
    """A crude singular for an English noun ("agreements" -> "agreement", "countries" -> "country")."""
    w = word.lower().strip("'’")
    irregular: dict[str, str] = lex()["irregular_plurals"]
    if w in irregular:
        return irregular[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w
