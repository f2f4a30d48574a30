"""What a figure is about: its subject (actor), its measure label and its year.

Used by :mod:`chancery.extract.quantity`; nothing here decides *whether* a number
is a quantity.
"""

from __future__ import annotations

import functools
import re

from ...annotate.document import AnnotatedDocument
from ...model import ActorSpan, Sentence
from .numbers import lex

__all__ = ["has_any", "money_measure", "percent_measure", "subject_of", "year_of_figure"]

_CLAUSE_BREAK = re.compile(r"[;:()\[\]“”\"]|—|–| - |, (?:and|but|while|which|who|whereas)\b")


def _phrase_re(words: list[str]) -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.IGNORECASE)


@functools.cache
def _re(key: str) -> re.Pattern[str]:
    return _phrase_re(list(lex()[key]))


def has_any(key: str, text: str) -> bool:
    """Whether ``text`` contains a phrase of lexicon list ``key``."""
    return bool(_re(key).search(text))


def clause_start(text: str, pos: int) -> int:
    """Start of the clause that contains ``pos`` (after the last strong break before it)."""
    last = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, pos):
        last = m.end()
    return last


# -- subject -------------------------------------------------------------------------------
def _preceded_by_preposition(text: str, start: int) -> bool:
    before = text[max(0, start - 25) : start].lower().split()
    before = [w for w in before if w not in ("the", "a")]
    return bool(before) and before[-1].strip(",") in lex()["subject_prepositions"]


def _possessive(text: str, a: ActorSpan, offset: int) -> bool:
    return text[a.end - offset : a.end - offset + 2] in ("'s", "’s") or text[a.end - offset : a.end - offset + 1] in ("'", "’")


def subject_of(adoc: AnnotatedDocument, sent: Sentence, pos: int, *, bilateral_ok: bool = True) -> str | None:
    """The actor a figure at sentence offset ``pos`` describes, or None (bilateral / about no state)."""
    text = sent.text
    window = text[max(0, pos - 140) : pos + 30]
    if bilateral_ok and has_any("bilateral_markers", window):
        return None
    actors = [
        a
        for a in adoc.actors_in(sent.start, sent.end)
        if a.how != "city" and not re.match(r"^\s?(?:\$|dollars?\b)", adoc.text[a.end : a.end + 9], re.I)
    ]  # "US dollars", "Singapore dollars" name a currency, not a state
    before = [a for a in actors if a.end - sent.start <= pos]
    # "Vietnam's exports ...", "Japan's ODA to Vietnam ..."
    for a in reversed(before):
        if _possessive(text, a, sent.start) and a.end - sent.start >= clause_start(text, pos) - 60:
            return a.actor
    # a grammatical subject: the first actor not governed by a preposition
    heads = [a for a in before if not _preceded_by_preposition(text, a.start - sent.start)]
    if heads:
        last = heads[-1]
        if len(heads) > 1 and heads[-2].actor != last.actor:
            between = text[heads[-2].end - sent.start : last.start - sent.start]
            if re.fullmatch(r"\s*(?:,|and|&)\s*(?:the\s+)?", between):
                return None  # "Vietnam and Japan signed ..."
        return last.actor
    if re.search(r"\b(?:we|our|us)\b", text[: pos + 1], re.IGNORECASE) and adoc.home:
        return adoc.home
    for p in adoc.persons_in(sent.start, sent.end):
        if p.country and p.start - sent.start < pos:
            return p.country
    after = [a for a in actors if a.start - sent.start > pos and not _preceded_by_preposition(text, a.start - sent.start)]
    if after:
        return after[0].actor
    return adoc.home


# -- measure -------------------------------------------------------------------------------
def money_measure(text: str, start: int, end: int) -> str:
    """The nearest money noun around a money figure ("two-way trade", "remittances", "FDI")."""
    rx = _re("money_measures")
    cs = clause_start(text, start)
    best: tuple[int, str] | None = None
    for m in rx.finditer(text, max(cs, start - 100), start):
        best = (start - m.end(), m.group(0))
    after = rx.search(text, end, min(len(text), end + 45))
    if after and (best is None or after.start() - end < best[0] // 2):
        best = (after.start() - end, after.group(0))
    return best[1].lower() if best else "amount"


def percent_measure(text: str, start: int, end: int) -> str:
    """The thing a percentage measures ("growth target", "market share", "increase")."""
    follow = re.match(r"^\s+((?:[A-Za-z][\w-]*\s?){1,3})", text[end:])
    stop = set(lex()["head_stopwords"])
    if follow:
        words = []
        for w in follow.group(1).split():
            lw = w.lower()
            if lw in stop or lw in lex()["time_nouns"] or lw.endswith(("ed", "ing", "ly")) or lw.startswith("year"):
                break
            words.append(w.lower())
        if words:
            return " ".join(words)
    rx = _re("percent_measures")
    cs = clause_start(text, start)
    hits = list(rx.finditer(text, max(cs, start - 80), start))
    verb = re.search(r"(\w+)\s+(?:by\s+)?(?:\S+\s+)?$", text[max(0, start - 30) : start])
    growth: dict[str, str] = lex()["growth_verbs"]
    if hits:
        noun = hits[-1].group(0).lower()
        if verb and verb.group(1).lower() in growth and noun not in growth.values():
            return f"{noun} {growth[verb.group(1).lower()]}"
        return noun
    if verb and verb.group(1).lower() in growth:
        return growth[verb.group(1).lower()]
    return "share"


# -- year ----------------------------------------------------------------------------------
_YEAR_NUM = r"((?:19|20)\d\d)"


@functools.lru_cache(maxsize=1)
def _comparison_re() -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in sorted(lex()["comparison_year_before"], key=len, reverse=True))
    return re.compile(
        rf"\b(?:{alt})\s+(?:(?:those|that|the\s+same\s+period|the\s+figure|the\s+level|levels?)\s+)?"
        rf"(?:(?:in|of)\s+)?(?:the\s+)?(?:same\s+period\s+(?:of|in)\s+)?{_YEAR_NUM}\b",
        re.IGNORECASE,
    )


def year_of_figure(adoc: AnnotatedDocument, sent: Sentence, pos: int, *, target: bool) -> int | None:
    """The year of a figure: the sentence year nearest to it, ignoring comparison years
    ("2.5 times more than in 2024") and, unless the figure is a target, "by 2030" deadlines."""
    text = sent.text
    spans = [m.span(1) for m in _comparison_re().finditer(text)]
    if target:
        by = re.search(rf"\b(?:by|in|for)\s+(?:the\s+end\s+of\s+)?{_YEAR_NUM}\b", text[pos : pos + 80])
        if by:
            return int(by.group(1))
    else:
        spans += [m.span(1) for m in re.finditer(rf"\b(?:by|until|through|to)\s+{_YEAR_NUM}\b", text)]
    spans += [m.span() for m in re.finditer(r"\b(?:19|20)\d\d\s?[-–—]\s?(?:19|20)?\d\d\b", text)]  # terms
    masked = list(text)
    for s, e in spans:
        masked[s:e] = "0" * (e - s)
    masked_sent = Sentence(sent.index, sent.start, sent.end, "".join(masked))
    return adoc.year(masked_sent, near=sent.start + pos)
