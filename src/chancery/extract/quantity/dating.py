"""The year of a figure: the year the text gives for the figure itself.

- A time expression of the figure's own clause ("$7.7 billion in 2024", "last year" in a dated
  story, "In 2013, Vietnam won 184 votes").  On the parse, an expression counts when it hangs on the
  verb that governs the figure (or on a verb that verb complements: "In 2024, Vietnam said exports
  rose 10%"); one inside another clause dates something else ("Created in 2006, the council
  comprises 47 members": no year).  Without a parse, the nearest expression, clause-aware.
- Comparison years are not the figure's ("2.5 times more than in 2024", "up 16% from 2023"), nor
  ranges and terms ("the 2026-2028 term"), nor "by 2030" unless the figure is a target (then it is
  the target's year: "raise trade to US$25 billion by 2030").
- With no expression in the sentence: the year an earlier sentence of the paragraph set, or the
  year a review frames, for figures of reported acts; a standing fact stated in the present
  ("the council comprises 47 members") takes no year from the context.
"""

from __future__ import annotations

import re

from ...annotate.document import AnnotatedDocument
from ...annotate.syntax import Parse, Tok
from ...annotate.temporal import TimeExpression, nearest, time_expressions
from ...model import Sentence
from .excluded import alt
from .numbers import lex
from .reading import Figure

__all__ = ["year_of"]

_YEAR = r"((?:19|20)\d\d)"
_STATIVE = frozenset(
    {
        "have",
        "comprise",
        "consist",
        "include",
        "be",
        "number",
        "represent",
        "account",
        "total",
        "make",
        "boast",
        "count",
        "contain",
        "host",
        "remain",
    }
)
_CONTEXT_HOWS = ("paragraph", "frame", "dateline")


def _masked(text: str, target: bool) -> str:
    comparison = alt(list(lex()["comparison_year_before"]))
    spans = [
        m.span(1)
        for m in re.finditer(
            rf"\b(?:{comparison})\s+(?:(?:those|that|the\s+same\s+period|the\s+figure|the\s+level|levels?)\s+)?"
            rf"(?:(?:in|of)\s+)?(?:the\s+)?(?:same\s+period\s+(?:of|in)\s+)?{_YEAR}\b",
            text,
            re.I,
        )
    ]
    # a start point named with its event: "since CHOGM 2022", "from the 2019 summit"
    spans += [
        m.span(1)
        for m in re.finditer(rf"\b(?:since|from)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{1,3}}{_YEAR}\b", text)
    ]
    if not target:
        spans += [
            m.span(1)
            for m in re.finditer(rf"\b(?:by|until|through|to)\s+(?:the\s+end\s+of\s+)?{_YEAR}\b", text)
        ]
    spans += [m.span() for m in re.finditer(r"\b(?:19|20)\d\d\s?[-–—/]\s?(?:19|20)?\d\d\b", text)]  # terms
    chars = list(text)
    for s, e in spans:
        chars[s:e] = "0" * (e - s)
    return "".join(chars)


# without a parse: a participial or relative aside dates its own act ("The pact, signed in 1995, now
# covers 10 countries", "Founded in 1989, APEC has 21 members")
_PARTICIPLES = r"(?:signed|established|founded|created|set\s+up|launched|adopted|formed|built|opened|elected|held|ratified)"
_ASIDE = re.compile(rf",\s*(?:which|who|{_PARTICIPLES})\b[^,;]*,|^\W*{_PARTICIPLES}\b[^,;]*,", re.I)
_TO_DATE = re.compile(
    r"\b(?:to\s+date|so\s+far|thus\s+far|as\s+of\s+(?:now|today)|to\s+this\s+day|up\s+to\s+now)\b", re.I
)


def year_of(
    adoc: AnnotatedDocument, sent: Sentence, parse: Parse | None, fig: Figure, *, standing: bool = False
) -> int | None:
    """The year of ``fig`` in ``sent`` (see the module docstring); ``standing``: a rank or a body's
    size, which holds over time and takes no year from the context."""
    text = _masked(sent.text, fig.target)
    exprs = time_expressions(text, adoc.date)
    if fig.target:
        by = re.search(
            rf"\b(?:by|in|for)\s+(?:the\s+end\s+of\s+)?{_YEAR}\b", sent.text[fig.pos : fig.pos + 80]
        )
        if by:
            return int(by.group(1))
    if exprs:
        if parse is not None:
            attached = _attached(parse, sent, fig, exprs)
            if attached is None:
                return None  # the sentence's dates belong to other clauses
            return attached.when.year
        asides = [m.span() for m in _ASIDE.finditer(sent.text) if not m.start() <= fig.pos < m.end()]
        own = [e for e in exprs if not any(s <= e.start < t for s, t in asides)]
        found = nearest(own, fig.pos, text)
        return found.when.year if found else None
    if _TO_DATE.search(sent.text) and adoc.date is not None:
        return adoc.date.year  # "to date he has made four visits": as of the story's date
    w = adoc.when(Sentence(sent.index, sent.start, sent.end, text), near=sent.start + fig.pos, text=text)
    if w is None:
        return None
    if fig.target or standing or (parse is not None and _standing(parse, sent, fig)):
        return w.year if w.how == "frame" else None  # a review frame dates every figure it reports
    return w.year if w.how in _CONTEXT_HOWS else None


def _verb(parse: Parse, t: Tok | None) -> Tok | None:
    return parse.verb_of(t) if t is not None else None


def _attached(
    parse: Parse, sent: Sentence, fig: Figure, exprs: list[TimeExpression]
) -> TimeExpression | None:
    """The expression that hangs on the figure's clause (the nearest such), or None."""
    anchor = parse.head_of(sent.start + fig.start, sent.start + fig.end)
    fverb = _verb(parse, anchor)
    keep = []
    for e in exprs:
        if e.start <= fig.start < e.end or fig.start <= e.start < fig.end:
            keep.append(e)  # inside the phrase: "$15 billion by 2020"
            continue
        tok = parse.head_of(sent.start + e.start, sent.start + e.end)
        relation = (
            _relation(parse, tok, sent.start + fig.start, sent.start + fig.end, fverb)
            if tok is not None
            else None
        )
        if relation == "other":
            continue  # "after the summit in 2018, 17 leaders came": 2018 dates the summit
        if relation == "mine":
            keep.append(e)
            continue
        everb = _verb(parse, tok)
        if fverb is None and everb is not None and everb.dep in ("acl", "relcl"):
            continue  # "APEC, a forum established in 1989, ...": the date of a description
        if fverb is None or everb is None or everb.i == fverb.i or _complements(parse, fverb, everb):
            keep.append(e)
    if not keep:
        return None
    return nearest(keep, fig.pos, sent.text)


_BEFORE_AFTER = frozenset(
    {"after", "before", "since", "following", "until", "till", "prior", "ahead", "preceding", "unlike"}
)


def _relation(parse: Parse, tok: Tok, lo: int, hi: int, fverb: Tok | None) -> str | None:
    """How an expression's phrase relates to the figure, climbing from the expression to its verb:
    "mine" when it dates the figure's own phrase ("trade of $7.7 billion in 2024") or the noun the
    figure's clause describes ("a race in 2016 that included 13 candidates"); "other" when it dates an
    event before or after ("After the summit in 2018, 17 leaders came"); None: the verbs decide."""
    t = tok
    for _ in range(8):
        if (fverb is not None and t.i == fverb.i) or (t.is_verb and t.tag != "VBG"):
            return None
        if lo <= t.start < hi:
            return "mine"
        if fverb is not None and fverb.dep in ("relcl", "acl") and fverb.head == t.i:
            return "mine"
        if t.head == t.i:
            return None
        h = parse.head(t)
        if h.lower in _BEFORE_AFTER and t.dep in ("pobj", "pcomp"):
            return "other"
        t = h
    return None


def _complements(parse: Parse, low: Tok, high: Tok) -> bool:
    """``low`` is a complement or conjunct of ``high`` ("said ... rose", "agreed to raise", "met and signed")."""
    t = low
    for _ in range(4):
        if t.dep not in ("ccomp", "xcomp", "conj", "advcl", "pcomp") or t.head == t.i:
            break
        t = parse.head(t)
        if t.i == high.i:
            return True
        v = parse.verb_of(t)
        if v is None:
            break
        t = v
        if t.i == high.i:
            return True
    return high.dep == "conj" and parse.head(high).i == low.i


def _standing(parse: Parse, sent: Sentence, fig: Figure) -> bool:
    """A standing fact in the present ("The council comprises 47 members", "APEC has 21 members")."""
    verb = _verb(parse, parse.head_of(sent.start + fig.start, sent.start + fig.end))
    return (
        verb is not None
        and verb.tag in ("VBZ", "VBP")
        and verb.lemma in _STATIVE
        and not parse.children(verb, "aux")
    )
