"""Reading the figures of a sentence: each number phrase with its value, unit, qualifier and phrase.

A number core (:mod:`.numbers`) is read, in turn, as a rank (an ordinal), a multiplier ("2.5
times more", "threefold", "double its trade"), money or a percentage, a position (top-N, places),
the size of a body ("the 47-member council"), a count of concrete things (:mod:`.counted`) or a
bare number that shares the noun of an earlier count (:mod:`.ellipsis`).  Numbers that are not
figures (:mod:`.excluded`) are skipped; each phrase gives at most one figure, and the cores a
phrase consumes (the M of "N of M", the total of "44th out of 132") are not read again.

Whether a figure is hedged, a rule or a condition is :mod:`.irrealis`; what it is about is
:mod:`.about`.  Offsets are sentence-relative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...annotate.syntax import Parse
from .counted import EXCLUDED, Head, count_head, member_body, of_them_head, pair_reference, total_to_measure
from .ellipsis import elliptic_measure
from .excluded import alt, clause_start, has_any, in_slogan, is_condition, is_excluded, word_set
from .numbers import Core, find_cores, lex, read_currency_after, read_currency_before, read_scale
from .ranks import position, rank_candidate, superlative_ranks

__all__ = ["Figure", "read_figures"]


@dataclass(frozen=True)
class Figure:
    """One figure of a sentence: the phrase ``text[start:end]``, the number at ``pos``."""

    start: int
    end: int
    pos: int
    value: float
    unit: str
    qualifier: str
    noun: str  # what it counts or ranks ("votes", "member states", "largest export market"); "" for money
    kind: str  # money | percent | times | rank | superlative | top_n | places | member | count | total | elliptic
    confidence: float
    target: bool = False


@dataclass
class _Sentence:
    text: str
    parse: Parse | None
    base: int  # the sentence's document offset (the parse's offsets are document offsets)
    people: frozenset[int]  # offsets of demonyms used for people ("2.2 million Vietnamese")
    states: int  # how many states the sentence names
    names_end: frozenset[int] = frozenset()  # where the sentence's actor names end


def read_figures(
    text: str,
    parse: Parse | None = None,
    base: int = 0,
    people: frozenset[int] = frozenset(),
    states: int = 0,
    names_end: frozenset[int] = frozenset(),
) -> list[Figure]:
    """All figures of one sentence, at most one per number phrase, in order (``base``: the sentence's
    document offset; ``people``, ``names_end``: sentence offsets of demonyms and of the ends of actor names)."""
    s = _Sentence(text, parse, base, people, states, names_end)
    cores = find_cores(text)
    out: list[Figure] = []
    consumed: set[int] = set()
    covered = 0
    for i, core in enumerate(cores):
        if core.start in consumed or core.start < covered:
            continue
        nxt = cores[i + 1] if i + 1 < len(cores) else None
        fig = _figure(s, core, nxt, consumed) or _elliptic(s, core, out)
        if fig is None or is_condition(text, fig.start, fig.qualifier) or in_slogan(text, fig.pos):
            continue
        covered = max(covered, fig.end)
        out.append(fig)
    for s_start, s_end, noun in superlative_ranks(text, parse, base):
        among = re.search(r"\bamong\s", text[s_start:s_end])
        total_from = (
            s_start + among.end() if among else s_end
        )  # "the highest among 14 new members": the 14 is its own count
        if not any(f.start <= s_start < f.end or s_start <= f.pos < total_from for f in out):
            out.append(Figure(s_start, s_end, s_start, 1.0, "rank", "exact", noun, "superlative", 0.55))
    out.extend(_doubling(s, out))
    return sorted(out, key=lambda f: f.start)


def _figure(s: _Sentence, core: Core, nxt: Core | None, consumed: set[int]) -> Figure | None:
    text = s.text
    if core.kind == "ordinal":
        rank = rank_candidate(text, core)
        if rank is None:
            return None
        for c in find_cores(text[rank[0] : rank[1]]):
            consumed.add(rank[0] + c.start)  # "44th out of 132 economies": the total is part of the rank
        return Figure(rank[0], rank[1], core.start, core.value, "rank", "exact", rank[2], "rank", 0.7)
    if core.kind == "fold":
        q, qs = qualifier_of(text, core.start, verbs=True)
        return Figure(qs, core.end, core.start, core.value, "times", q, "multiplier", "times", 0.75)
    if is_excluded(
        text, core, member_size=member_body(text, core) is not None, after_name=core.start - 1 in s.names_end
    ):
        if nxt is not None and re.match(r"^\s?[-–—]\s?$", text[core.end : nxt.start]):
            consumed.add(nxt.start)  # the other end of a range or term
        return None
    return (
        _money(s, core)
        or _times(s, core)
        or _position(s, core)
        or _member(s, core)
        or _count(s, core, nxt, consumed)
    )


# -- qualifier -------------------------------------------------------------------------------
_PHRASAL_OVER = re.compile(r"\b(?:hand|turn)(?:s|ed|ing)?\s+over\s*$", re.I)


def _qualifier_re(verbs: bool) -> re.Pattern[str]:
    lx = lex()
    parts = [f"(?P<{q}>{alt(phrases)})" for q, phrases in lx["qualifiers"].items()]
    if verbs:
        parts += [f"(?P<v{q}>{alt(phrases)})" for q, phrases in lx["qualifier_verbs"].items()]
    return re.compile(rf"(?:^|(?<=[^\w]))(?:{'|'.join(parts)})\s*$", re.I)


_QUALIFIER_RE: dict[bool, re.Pattern[str]] = {}


def qualifier_of(text: str, start: int, *, verbs: bool) -> tuple[str, int]:
    """(over | nearly | about | exact, start of the qualifier) for a phrase beginning at ``start``."""
    rx = _QUALIFIER_RE.get(verbs)
    if rx is None:
        rx = _QUALIFIER_RE[verbs] = _qualifier_re(verbs)
    before = text[max(0, start - 30) : start]
    m = rx.search(before)
    if not m or _PHRASAL_OVER.search(before):  # "handed over ten aircraft" is exact
        return "exact", start
    q = next(k for k, v in m.groupdict().items() if v)
    return q.lstrip("v"), start - (len(before) - m.start())


def _after_qualifier(text: str, end: int, q: str) -> str:
    return "over" if re.match(r"^\s*(?:or more|and more|and above|or above|\+|-plus)", text[end:]) else q


# -- money, percentages, multipliers -------------------------------------------------------------
def _money(s: _Sentence, core: Core) -> Figure | None:
    text = s.text
    cur = read_currency_before(text, core.start)
    scale, end = read_scale(text, core.end, money=True)
    if scale == 1.0 and core.kind == "word":
        scale, end = read_scale(text, core.end, money=False)
    after = read_currency_after(text, end)
    if cur or after:
        unit = cur[0] if cur else after[0]  # type: ignore[index]
        start = cur[1] if cur else core.start
        stop = after[1] if after else end
        value, kind = core.value * scale, "money"
    else:
        m = re.match(
            r"^\s?(?:%|percent(?:age points?)?\b|per\s?cent\b|pct\b|percentage points?\b)",
            text[core.end :],
            re.I,
        )
        if not m:
            return None
        unit, start, stop, value, kind = "percent", core.start, core.end + m.end(), core.value, "percent"
    q, qs = qualifier_of(text, start, verbs=True)
    return Figure(
        min(qs, start),
        stop,
        core.start,
        value,
        unit,
        _after_qualifier(text, stop, q),
        "",
        kind,
        0.8,
        _is_target(text, start, stop),
    )


def _is_target(text: str, start: int, end: int) -> bool:
    cs = clause_start(text, start)
    return has_any("target_words", text[max(cs, start - 60) : start]) or bool(
        re.match(r"^[^,;.]{0,30}\btargets?\b", text[end:], re.I)
    )


def _times(s: _Sentence, core: Core) -> Figure | None:
    """A multiplier: "2.5 times more", "a 2.5-fold increase", "1.7 times the level"; "met five times"
    (no comparison, after a verb) counts occasions."""
    text = s.text
    m = re.match(r"^(?:\s?times\b|-?\s?fold\b|x(?![\w]))", text[core.end :], re.I)
    if not m:
        return None
    end = core.end + m.end()
    after = text[end : end + 30].lower()
    before = text[max(0, core.start - 25) : core.start].lower()
    lx = lex()
    q, qs = qualifier_of(text, core.start, verbs=False)
    if "fold" in m.group(0).lower() or m.group(0).lower() == "x":
        return Figure(qs, end, core.start, core.value, "times", q, "multiplier", "times", 0.75)
    comp_after = re.match(rf"^\s*(?:{alt(lx['times_comparators_after'])})\b", after)
    comp_before = re.search(rf"\b(?:{alt(lx['times_comparators_before'])})\s*$", before)
    if comp_after or comp_before:
        more = re.match(r"^\s*(?:more|higher|larger|greater|bigger|faster|as\s+\w+)\b", text[end:], re.I)
        return Figure(
            qs,
            end + (more.end() if more else 0),
            core.start,
            core.value,
            "times",
            q,
            "multiplier",
            "times",
            0.75,
        )
    occasions: dict[str, str] = lex()["occasion_verbs"]
    window = text[max(0, core.start - 40) : core.start]
    if re.search(r"[,;:.()]", window[-25:]):
        return None
    for word in reversed(list(re.finditer(r"[a-z]+(?:\s+talks)?", window))[-4:]):
        if word.group(0).lower() in occasions:  # "have met five times", "has visited Vietnam six times"
            start = core.start - (len(window) - word.start())
            return Figure(
                start, end, core.start, core.value, "count", q, occasions[word.group(0).lower()], "count", 0.6
            )
    return None


_DOUBLE = re.compile(
    r"\b(?P<verb>doubl|tripl|quadrupl)(?:e|es|ed|ing)\b(?P<obj>\s+(?:(?:its|their|the|our|bilateral|two-way)\s+){0,2}(?P<noun>[a-z-]+(?:\s+[a-z]+)?))?",
    re.I,
)


def _doubling(s: _Sentence, earlier: list[Figure]) -> list[Figure]:
    """ "plans to double trade", "tripled its exports": a multiplier with no figure written, kept when
    the verb acts on a measure noun (trade, exports, investment)."""
    out = []
    for m in _DOUBLE.finditer(s.text):
        noun = (m.group("noun") or "").lower()
        if noun.split()[:1] and noun.split()[0] in word_set("head_stopwords"):
            noun = ""  # "doubled over the decade": no object
        before = s.text[max(0, m.start() - 40) : m.start()].lower()
        measured = noun and (
            has_any("money_nouns", noun) or any(w in noun.split() for w in ("trade", "exports", "imports"))
        )
        subject_measure = has_any("money_nouns", before) and not noun
        if not (measured or subject_measure) or any(f.start <= m.start() < f.end for f in earlier):
            continue
        value = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0}[m.group("verb").lower()]
        end = m.end() if measured else m.end("verb") + len(m.group(0)[len(m.group("verb")) :].split()[0])
        out.append(
            Figure(
                m.start(),
                end,
                m.start(),
                value,
                "times",
                "exact",
                "multiplier",
                "times",
                0.6,
                target=has_any("target_words", before),
            )
        )
    return out


# -- positions and body sizes --------------------------------------------------------------------
def _position(s: _Sentence, core: Core) -> Figure | None:
    found = position(s.text, core)
    if found is None:
        return None
    start, end, unit, measure = found
    return Figure(start, end, core.start, core.value, unit, "exact", measure, unit, 0.7)


def _member(s: _Sentence, core: Core) -> Figure | None:
    """The size of a body: "the 47-member council", "a 193-member assembly", "the 128-seat chamber"."""
    body = member_body(s.text, core)
    if body is None:
        return None
    q, qs = qualifier_of(s.text, core.start, verbs=False)
    seats = "seat" in s.text[core.end : body[0]].split()[0].lower()
    noun = "seats" if seats else "members"
    return Figure(
        min(qs, core.start),
        body[0],
        core.start,
        core.value,
        "count",
        q,
        f"{noun} of {body[1]}",
        "member",
        0.7,
    )


# -- counts ------------------------------------------------------------------------------------
_N_OF_M = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|our\s+|all\s+|a\s+total\s+of\s+|[A-Z][\w.]*['’]s\s+)?|/"
)


def _n_of_m(text: str, core: Core, nxt: Core | None, from_pos: int) -> Core | None:
    """The M of "N of M", "N out of a total of M", "N/M" (or "N <things> out of M") when ``nxt`` is it."""
    if (
        nxt is None
        or core.kind not in ("num", "word")
        or nxt.kind not in ("num", "word")
        or nxt.value < core.value
    ):
        return None
    return nxt if _N_OF_M.fullmatch(text[from_pos : nxt.start]) else None


def _count(s: _Sentence, core: Core, nxt: Core | None, consumed: set[int]) -> Figure | None:
    """A count of concrete things ("17 partners", "22 of 26 targets", "to 42", "2.2 million Vietnamese")."""
    text = s.text
    if re.search(r"\btop[\s-]?$", text[max(0, core.start - 6) : core.start], re.I):
        return None  # a "top 10" that is not a position: a headline list
    m_core = _n_of_m(text, core, nxt, core.end)
    scale, head_from = read_scale(text, m_core.end if m_core else core.end, money=False)
    head: Head | None = count_head(text, head_from, s.parse, s.base, m_core or core)
    if head is None and m_core is None and scale == 1.0:
        head = of_them_head(text, head_from)  # "five of them permanent members"
    if head is None and m_core is None:
        return _bare(s, core, scale, head_from)
    if head is EXCLUDED:
        return None  # time, a unit or an abstract enumeration
    noun = head.noun if head is not None else ""
    if head is not None and pair_reference(text, core, noun, s.states):
        return None
    q, qs = qualifier_of(text, core.start, verbs=scale > 1.0)
    end = head.end if head is not None else m_core.end  # type: ignore[union-attr]
    if m_core is not None:
        consumed.add(m_core.start)
    else:
        total = _n_of_m(text, core, nxt, end)
        if total is not None:  # "192 votes out of 193 valid ballots": the 193 is not a figure of its own
            consumed.add(total.start)
            tail = count_head(text, total.end)
            end = tail.end if tail is not None and tail is not EXCLUDED else total.end
    return Figure(
        min(qs, core.start),
        end,
        core.start,
        core.value * scale,
        "count",
        q,
        noun or "items",
        "count",
        0.7,
        _is_target(text, core.start, end),
    )


def _bare(s: _Sentence, core: Core, scale: float, head_from: int) -> Figure | None:
    """A number with no counted noun: "bringing the total to 42", "a population of 100 million"."""
    text = s.text
    value = core.value * scale
    to_total = total_to_measure(text, core)
    if to_total is not None:
        q, _ = qualifier_of(text, core.start, verbs=False)
        return Figure(to_total[0], core.end, core.start, value, "count", q, to_total[1], "total", 0.7)
    q, qs = qualifier_of(text, core.start, verbs=False)
    population = re.search(
        r"\bpopulation\s+(?:of\s+)?(?:[a-z]+\s+){0,2}$", text[max(0, core.start - 40) : core.start]
    )
    if population and scale >= 1e6 and text[head_from : head_from + 1] != "-":
        return Figure(
            min(qs, core.start), head_from, core.start, value, "count", q, "population", "count", 0.65
        )
    nationals = re.match(r"^\s+([A-Z][a-z]+)\s+(?=[a-z])", text[head_from:])
    if nationals and head_from + nationals.start(1) in s.people:
        end = head_from + nationals.end(1)
        return Figure(
            min(qs, core.start),
            end,
            core.start,
            value,
            "count",
            q,
            f"{nationals.group(1).lower()} nationals",
            "count",
            0.6,
        )
    return None


def _elliptic(s: _Sentence, core: Core, earlier: list[Figure]) -> Figure | None:
    """A bare number sharing the noun of an earlier count: "A received 29 votes, while B got 17"."""
    if is_excluded(s.text, core, after_name=core.start - 1 in s.names_end):
        return None
    noun = elliptic_measure(s.text, core, [(f.end, f.unit, f.noun) for f in earlier])
    if noun is None:
        return None
    q, qs = qualifier_of(s.text, core.start, verbs=False)
    part = re.match(r"^\s+(?:(?:are|were|is|was)\s+)?(?:from\s+)?[^,;.()]{0,40}", s.text[core.end :])
    end = (
        core.end + len(part.group(0).rstrip())
        if part and re.match(r"^\s+(?:are|were|is|was|from)\b", s.text[core.end :])
        else core.end
    )
    return Figure(min(qs, core.start), end, core.start, core.value, "count", q, noun, "elliptic", 0.6)
