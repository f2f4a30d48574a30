"""What a count counts: the noun after a number, by its shape or by the parse.

A count of concrete things is a number followed by a plural noun ("22 islands", "five outgoing
judges", "36 Rafale fighter jets", "9 heads of state"), with adjectives, participles and
nouns used as modifiers between them, or an irregular plural ("seven women", "300 personnel").
The class is open: any plural noun counts unless the lexicon says it is a unit of time
(``time_nouns``), of measurement (``unit_nouns``) or an abstract enumeration (``abstract_nouns``:
"three pillars"), which the contract rules out.  Where the sentence has a parse, the number's
``nummod`` head settles which noun it counts (also singulars and irregular forms).

Also here: "<N>-member <body>" (a body's size), "<N> of them <noun>", "the total number of X to 42"
and pair references ("the two countries"), which are not counts.  Offsets are sentence-relative.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ...annotate.syntax import Parse
from .excluded import alt, clause_start, has_any, word_set
from .numbers import Core, lemma, lex

__all__ = [
    "EXCLUDED",
    "Head",
    "count_head",
    "member_body",
    "of_them_head",
    "pair_reference",
    "total_to_measure",
]


@dataclass(frozen=True)
class Head:
    """The counted noun phrase ``text[start:end]`` (``noun`` lowercased) after a number."""

    start: int
    end: int
    noun: str


#: returned when the number counts time, a unit or an abstract enumeration ("three years", "four pillars")
EXCLUDED = Head(-1, -1, "")

_WORD = re.compile(r"[A-Za-z][\w'’.&-]*")
_MORE = re.compile(r"^\s+(?:more|additional|extra|further|other|new)(?=\s+[A-Za-z])", re.I)
_OF_THEM = re.compile(
    r"^\s+of\s+(?:them|these|those|which|whom)\s+(?:(?:are|were|is|was|being)\s+)?(?=[a-z])", re.I
)
_NOT_PLURAL = frozenset(
    "its this has was does always news across perhaps whereas towards afterwards besides various previous "
    "thus yes plus less unless chaos status bonus focus census campus basis crisis thesis analysis "
    "series species means headquarters others ones sales arms".split()
)


def _is_plural(word: str) -> bool:
    w = word.lower().strip("'’.")
    if w in word_set("plural_nouns"):
        return True
    if "." in w:
        return False  # "U.S.", "Ltd.": an abbreviation
    if w in _NOT_PLURAL or len(w) < 3 or not w.endswith("s"):
        return False
    return not w.endswith(("ss", "us", "is", "'s", "’s")) or w in ("mous",)


def _excluded_noun(words: list[str]) -> bool:
    """The noun (its last words) is a unit of time or measurement, or an abstract enumeration."""
    last = lemma(words[-1])
    two = " ".join(lemma(w) for w in words[-2:]) if len(words) > 1 else last
    for key in ("time_nouns", "unit_nouns", "abstract_nouns"):
        s = word_set(key)
        if last in s or words[-1].lower() in s or two in s:
            return True
    return False


@functools.lru_cache(maxsize=1)
def _multiword() -> re.Pattern[str]:
    """Nouns with "of" inside ("heads of state", "members of parliament")."""
    return re.compile(rf"^(?:{alt(lex()['of_nouns'])})\b", re.I)


def count_head(
    text: str, pos: int, parse: Parse | None = None, base: int = 0, core: Core | None = None
) -> Head | None:
    """The counted noun phrase after a number ending at ``pos``.

    None when no plural noun follows within a few words (a bare number); :data:`EXCLUDED` when it
    counts time, a unit or an abstract enumeration.  ``parse`` (with ``base``, the sentence's
    document offset) lets the number's ``nummod`` head decide.
    """
    rest = text[pos:]
    if rest[:1] == "-" and rest[1:2].isalpha():
        return EXCLUDED  # three-day, two-tier, 50-year
    found = _shaped_head(text, pos)
    if found is None and parse is not None and core is not None:
        found = _parsed_head(text, pos, parse, base, core)  # a singular or irregular noun: "one delegate"
    return found


def _shaped_head(text: str, pos: int) -> Head | None:
    rest = text[pos:]
    more = _MORE.match(rest)  # "five more large patrol vessels", "two additional ships"
    lead = more.end() if more else 0
    stop = word_set("head_stopwords")
    modifiers = word_set("participle_modifiers")
    words: list[tuple[str, int]] = []
    i = lead
    while len(words) < 6:
        gap = re.match(r"[ \t]*", rest[i:])
        j = i + (gap.end() if gap else 0)
        m = _WORD.match(rest, j)
        if m is None or (words and j == i):
            break
        w = m.group(0).rstrip(".").rstrip("'’")
        lw = w.lower()
        multi = _multiword().match(rest[j:])
        if multi:  # "heads of state", "members of parliament"
            words.append((multi.group(0), j))
            return _head(text, pos, words)
        if lw in stop:
            nxt = _WORD.match(rest, j + len(w) + 1)
            if lw in modifiers and nxt:  # "80,000 registered participants"
                words.append((w, j))
                i = j + len(w)
                continue
            if lw in ("and", "or") and words and not _is_plural(words[-1][0]) and nxt:
                words.append((w, j))  # "bilateral and multilateral events"
                i = j + len(w)
                continue
            break
        if words and lw.endswith("ly"):
            break
        words.append((w, j))
        i = j + len(w)
        if _is_plural(w):
            nxt = re.match(r"[ \t]+([A-Za-z][\w'’-]*)", rest[i:])
            if nxt and _is_plural(nxt.group(1)) and nxt.group(1).lower() not in stop:
                words.append((nxt.group(1), i + nxt.start(1)))  # "foreign affairs activities", "arms sales"
            return _head(text, pos, words)
    return None


def _head(text: str, pos: int, words: list[tuple[str, int]]) -> Head:
    names = [w for w, _ in words if w.lower() not in ("and", "or")]
    if _excluded_noun(names[-1].split()):
        return EXCLUDED
    last, off = words[-1]
    start = pos + words[0][1]
    end = pos + off + len(last)
    return Head(start, end, text[start:end].lower())


def _parsed_head(text: str, pos: int, parse: Parse, base: int, core: Core) -> Head | None:
    """The noun the number modifies in the parse, when it follows within a few tokens."""
    tok = parse.at(base + core.start)
    if tok is None or tok.dep not in ("nummod", "quantmod", "compound"):
        return None
    head = parse.head(tok)
    while head.dep in ("nummod", "compound") and head.tag == "CD" and head.head != head.i:
        head = parse.head(head)  # "1.5 billion young people": the scale word, then the noun
    if head.tag not in ("NNS", "NNPS") and head.lower not in word_set("plural_nouns"):
        return None
    if head.start < base + pos or head.start - (base + pos) > 45:
        return None
    between = text[pos : head.end - base]
    if re.search(r"[,;:()\"“”+\d]|\b(?:of|and|or|with|in|for|to)\b", between):
        return None
    words = between.split()
    if not words:
        return None
    if _excluded_noun(words):
        return EXCLUDED
    start = pos + len(between) - len(between.lstrip())
    return Head(start, head.end - base, text[start : head.end - base].lower())


def of_them_head(text: str, pos: int) -> Head | None:
    """The counted noun of "<N> of them <noun>" at ``pos`` (after the number)."""
    m = _OF_THEM.match(text[pos:])
    if m is None:
        return None
    head = count_head(text, pos + m.end())
    return head if head is not None and head is not EXCLUDED else None


# "the 47-member council", "a 58-member Executive Board", "the 128-seat chamber"
_MEMBER_BODY = re.compile(
    r"^[-\s](?P<what>member|nation|country|state|seat|economy)\s+(?P<body>(?:[A-Z][\w'’&-]*\s+){0,4}[A-Z][\w'’&-]*|[a-z][a-z-]+)(?![\w-])"
)


def member_body(text: str, core: Core) -> tuple[int, str] | None:
    """(phrase end, body) of "<N>-member <body>"; a lowercase body must be a collective noun."""
    m = _MEMBER_BODY.match(text[core.end :])
    if m is None:
        return None
    if m.group(0)[0] == " " and m.group("what") != "member":
        return None  # "27 nation states" is a count, not a size
    body = m.group("body")
    if body.islower() and lemma(body) not in word_set("collective_bodies"):
        return None  # "a three-nation tour", "a two-state solution": not a body's members
    return core.end + m.end(), body


def total_to_measure(text: str, core: Core) -> tuple[int, str] | None:
    """(phrase start, counted things) of "the total/number of X ... to 42" ending at a bare number."""
    lx = lex()
    quals = alt([p for ps in lx["qualifiers"].values() for p in ps])
    window = text[max(0, core.start - 40) : core.start]
    anchor = re.search(
        rf"\b(?:to|at|reached|reaching|hit|totall?ed|totall?ing|of)\s+(?:(?:{quals})\s+)?$", window, re.I
    )
    if (
        anchor is None
        or re.match(r"^\s?[A-Za-z]", text[core.end :])
        and not re.match(
            r"^\s(?:in|by|this|last|as|from|after|and|compared|since|at|for|with|while|now|when|following)\b",
            text[core.end :],
        )
    ):
        return None
    cs = clause_start(text, core.start)
    clause = text[cs : core.start]
    total = re.search(
        rf"\b(?:{alt(lx['total_words'])})\b(?:\s+number)?(?:\s+of)?\s+(?P<what>.+)$", clause, re.I
    )
    if total is None or not has_any("raise_verbs", clause):
        return None
    what = total.group("what")
    what = re.split(
        rf"\s+(?:{alt(lx['raise_verbs'])}|to|at|has|have|had|is|was|now|with|which|that)\b", what, maxsplit=1
    )[0]
    what = re.sub(r"^(?:the|a|an|its|their)\s+", "", what.strip(" ,")).lower()
    if total.group(0).lower().startswith("membership"):
        # "bringing ASEAN's membership to 11", "membership of the bloc rose to 27": the body's size
        owner = re.search(r"([A-Z][\w.-]*|\b[a-z]+)['’]s?\s+$", clause[: total.start()])
        what = f"{(owner.group(1) if owner else what or '').strip()} membership".strip()
    if not what or len(what.split()) > 4:
        what = "total"
    start = core.start - (len(window) - anchor.start())
    return start, what


def pair_reference(text: str, core: Core, noun: str, states_named: int) -> bool:
    """ "the two countries", "both sides", "all three leaders", "we are two free market economies":
    a reference to parties already named, not a figure."""
    if core.value > 3 or not noun:
        return False
    if core.kind == "word" and core.value == 1:
        return True
    if noun.split()[-1] == "people":
        return False  # "two people" are persons; "the two peoples" are the nations
    head = lemma(noun.split()[-1])
    before = text[max(0, core.start - 12) : core.start].lower().split()
    if core.value == 2 and before and before[-1] in ("are", "were") and before[-2:-1] != ["there"]:
        return True  # "we are two strong democracies": a description of the pair (not "there are two")
    if before and before[-1] in word_set("pair_determiners"):
        return True
    if head in word_set("pair_people"):
        return True  # "two ministers attended"
    return core.value == 2 and head in word_set("pair_nouns") and states_named >= 2
