"""Numbers that are not figures, decided from the text around them.

The contract's "not quantities" that the characters alone settle: dates, years and times of day,
ranges and terms ("2026-2028", "20-30%"), document and article numbers ("Resolution 59",
"Decree 250/2025"), phone numbers, list markers, numbers inside names ("Airbus 350", "Agenda
2030"), numbers inside short quoted slogans ("'one nation, two states'") and conditions ("enters into
force once at least 20 states have ratified it").  Whether a figure is hedged or a rule is decided on
the parse (:mod:`.irrealis`).  Offsets are sentence-relative.
"""

from __future__ import annotations

import functools
import re

from .numbers import Core, lex

__all__ = ["alt", "clause_start", "has_any", "in_slogan", "is_condition", "is_excluded", "word_set"]

_CLAUSE_BREAK = re.compile(r"[;:()\[\]“”\"]|—|–| - |, (?:and|but|while|which|who|whereas)\b")


def alt(words: list[str]) -> str:
    """A regular-expression alternation of literal phrases, longest first."""
    return _alt(tuple(words))


@functools.lru_cache(maxsize=128)
def _alt(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _phrases(key: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alt(list(lex()[key]))})(?![\w-])", re.IGNORECASE)


def has_any(key: str, text: str) -> bool:
    """Whether ``text`` holds a phrase of the lexicon list ``key``."""
    return bool(_phrases(key).search(text))


@functools.cache
def word_set(key: str) -> frozenset[str]:
    """A lexicon list as a set of lowercase words."""
    return frozenset(w.lower() for w in lex()[key])


def clause_start(text: str, pos: int) -> int:
    """Start of the clause that holds ``pos`` (after the last strong break before it)."""
    last = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, pos):
        last = m.end()
    return last


def _prev_words(text: str, pos: int, n: int) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w.'’$€£¥-]+", text[max(0, pos - 40) : pos])][-n:]


# a scale and a currency after the number: money, whatever word comes before ("channel 3.5 trillion yen")
_MONEY_AFTER = re.compile(
    r"^\s?(?:(?:thousand|million|billion|trillion|bn|mn|tn)\s+)?(?:[A-Z]{3}\b|(?:[A-Z][a-z]+\s+)?dollars?\b|euros?\b|yen\b|yuan\b|"
    r"won\b|dong\b|rupees?\b|pounds?\b|ringgit\b|baht\b|pesos?\b|rubles?\b|roubles?\b)"
)
_MEASURED = re.compile(
    r"^\s?(?:%|per|pct|[a-z]{0,8}\s?(?:[A-Z]{3}\b|dollars?|euros?|yen|yuan|won|dong))", re.I
)


@functools.lru_cache(maxsize=1)
def _months() -> str:
    return alt(list(word_set("month_words")))


def is_excluded(text: str, core: Core, *, member_size: bool = False, after_name: bool = False) -> bool:
    """Dates, years, times, terms, ranges, document numbers, phone numbers, list markers, names.

    ``member_size``: the number opens a body's size ("the 47-member council"), which a hyphenated
    word after it does not exclude; ``after_name``: the capitalised word before it names an actor
    ("..., and Estonia 132": a tally, not a name like "Airbus 350").
    """
    before, after = text[max(0, core.start - 40) : core.start], text[core.end : core.end + 40]
    v = core.value
    if core.kind == "num" and v.is_integer() and 1900 <= v <= 2100 and "," not in text[core.start : core.end]:
        if not re.search(r"[$€£¥₫]\s?$", before) and not re.match(
            r"^\s?(?:%|percent|per cent|[a-z]*\s?(?:USD|VND|dollars))", after
        ):
            return True  # a year
    if re.match(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_months()})\b", after, re.I):
        return True  # 30 December
    if re.search(rf"\b(?:{_months()})\.?\s+$", before, re.I) and v <= 31:
        return True  # December 30
    if re.match(r"^\s?(?::\d|h\d\d|(?:a\.m\.|p\.m\.|am|pm|gmt|utc|hrs|o['’]clock)(?!\w))", after, re.I):
        return True  # 10:30, 9 a.m.
    if re.match(r"^\s?[-–—]\s?\d", after) or re.search(r"\d\s?[-–—]\s?$", before):
        return True  # ranges and terms: 2026-2028, 20-30%
    if re.match(r"^-[A-Z]{2}", after) or re.search(r"\d/$", before) or re.match(r"^/\d+/", after):
        return True  # 250/2025/QH15, 59-NQ/TW, the 30 of 30/12
    if re.match(r"^/\d", after) and not re.match(r"^/\d[\d,]*\s+(?:valid\s+)?(?:votes|ballots)\b", after):
        return True  # 30/12 (but "184/192 votes": a tally)
    if re.search(r"(?:\+|\(\+?\d*\)|\d[ .])\s?$", before) or re.match(r"^ \d", after):
        return True  # phone numbers and digit groups
    if (
        after[:1] == "-"
        and after[1:2].isalpha()
        and not re.match(r"^-(?:fold|plus|odd|thousand|million|billion|trillion)\b", after, re.I)
    ):
        return not member_size  # three-day, two-tier (but "the 47-member council")
    prev = _prev_words(text, core.start, 2)
    numbered = word_set("doc_number_words")
    if prev and (prev[-1] in numbered or " ".join(prev) in numbered) and not _MONEY_AFTER.match(after):
        return True  # Resolution 59, Article 5, No. 1, Group of 20, aged 75 (not "channel 3.5 trillion yen")
    if core.kind == "word" and core.value == 1 and re.match(r"^\s+of\b", after):
        return True  # one of the
    lead = text[: core.start].strip()
    if (not lead or lead in ("(", "[")) and re.match(r"^\s?[.)\]]", after):
        return True  # list markers: "1.", "(2)"
    if re.search(r"\(\s?$", before) and re.match(r"^\s?\)", after):
        return True
    m = re.search(r"(?:^|\s)([A-Z][\w-]*)\s$", before)
    if (
        m
        and core.kind == "num"
        and not after_name
        and not _MEASURED.match(after)
        and not re.search(r"['’]s?\s$", before)
    ):
        word = m.group(1).lower()
        if (
            word not in _qualifier_words()
            and word not in word_set("head_stopwords")
            and not _is_currency_word(word)
        ):
            return True  # "Resolution 59", "Airbus 350", "Agenda 2030"
    return False


@functools.lru_cache(maxsize=1)
def _qualifier_words() -> frozenset[str]:
    return frozenset(w for ws in lex()["qualifiers"].values() for p in ws for w in p.split())


def _is_currency_word(word: str) -> bool:
    prefixes = lex()["currency_prefixes"]
    return word.upper() in prefixes or word.capitalize() in prefixes


def is_condition(text: str, start: int, qualifier: str) -> bool:
    """ "enters into force after at least 20 signatories have ratified it": a condition, not a figure.

    A figure right after a condition word ("after", "once", "when", "until") that says "at least", or
    in a clause about entry into force; a narrated past ("entered into force in 2021 after 50
    countries ratified it") stays a figure.
    """
    words = alt(list(lex()["condition_words"]))
    if not re.search(rf"\b(?:{words})\s+$", text[max(0, start - 20) : start], re.IGNORECASE):
        return False
    if re.search(r"\b(?:once|if|unless)\s+$", text[max(0, start - 8) : start], re.I) and re.match(
        r"^[^,;.]{0,40}?\b(?:have|has|are|is|reach|reaches|obtain|obtains|win|wins)\b", text[start:]
    ):
        return True  # "Once five judges have obtained an absolute majority, ...": a procedure, not a count
    return qualifier == "over" or has_any("entry_into_force", text[clause_start(text, start) : start])


_QUOTE = re.compile(r"(?<!\w)['‘“\"](?P<q>[^'‘’“”\"]{1,40})['’”\"](?!\w)")


def in_slogan(text: str, pos: int) -> bool:
    """A number inside a short quoted phrase: "'one nation, two states'", "the “one country, two systems”"."""
    for m in _QUOTE.finditer(text):
        if m.start("q") <= pos < m.end("q") and len(m.group("q").split()) <= 6:
            return True
    return False
