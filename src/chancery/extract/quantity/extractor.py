"""Quantities: the figures diplomatic news claims, each with its sentence as evidence.

What counts (see CONTRACT.md): money ("US$16 billion", "VND5.3 trillion", "€2.5bn"),
percentages, multipliers ("2.5 times more", "2.5-fold", "threefold"), counts of
concrete things ("17 partners", "nearly 350 agreements", "22 of 26 targets",
"bringing the total to 42", "five more large patrol vessels", "five of them permanent
members", the size of a body "the 47-member council"), ranks ("ranks 15th", "third-largest", "the most
votes" = 1), top-N ("among the top 15") and places ("up 11 places").

What does not: dates, years, durations, anniversaries, terms, ages, ordinal
event numbers ("13th Congress", "first visit"), abstract enumerations ("three
pillars"), vague amounts ("hundreds of"), hedged forecasts ("could reach"),
rules, thresholds and conditions ("at least 30% of seats must", "enters into force once at least 20
signatories have ratified it"), numbers inside short quoted slogans ("'one nation, two states'"), document numbers
("Resolution 59", "Decree 250/2025"), names ("G20", "COP28"), pair references
("the two countries"), and the exact count of documents an agreement fact holds ("A and
B signed 12 agreements": the agreement's ``count``; "more than 20 agreements" stays a
quantity, as does a count with no agreement fact).  "doubled"/"tripled" are not emitted: no figure is
written, and a verb alone is too often a forecast or a paraphrase.

Each number phrase gives at most one mention; the cores consumed by a pattern
(the M of "N of M", "N votes out of M ballots") are not read again.  A bare
number in a tally ("A got 29 votes, while B got 17", "129 votes to B's 62")
shares the noun of the count before it (``ellipsis``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...annotate.document import AnnotatedDocument
from ...model import Mention, Sentence
from .ellipsis import elliptic_measure
from .filters import in_slogan, is_condition
from .context import clause_start, has_any, money_measure, percent_measure, subject_of, year_of_figure
from .numbers import Core, find_cores, lemma, lex, read_currency_after, read_currency_before, read_scale
from .patterns import (
    count_head,
    is_excluded,
    member_body,
    of_them_head,
    qualifier_of,
    rank_candidate,
    superlative_ranks,
    total_to_measure,
)
from ..agreement.extractor import counted_spans
from ..common import make_mention

NAME = "quantity"
VERSION = "4"

__all__ = ["extract", "Figure", "figures_in"]


@dataclass(frozen=True)
class Figure:
    """One figure found in a sentence (sentence-relative span of the phrase)."""

    start: int
    end: int
    value: float
    unit: str
    qualifier: str
    measure: str
    confidence: float
    pos: int  # offset of the number itself
    target: bool = False


_SIGN_CUE = re.compile(r"\b(?:sign|ink|exchang|conclu|seal|pen|initial)\w*", re.I)
_DOC_NOUN = re.compile(
    r"\b(?:agreements?|accords?|memorand\w*|mous?|mocs?|documents?|deals?|treat(?:y|ies)|protocols?|pacts?|"
    r"conventions?|declarations?|statements?|arrangements?|instruments?|ftas?|letters?\s+of\s+intent|notes?|charters?|"
    r"plans?|programmes?|programs?|frameworks?|roadmaps?)\b",
    re.I,
)


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _clean_value(v: float) -> int | float:
    if abs(v - round(v)) < 1e-6 * max(1.0, abs(v)):
        return int(round(v))
    return round(v, 6)


def _is_hedged(text: str, pos: int) -> bool:
    """A forecast: "could reach", "is expected to hit", "may exceed" (not "would provide": a reported pledge)."""
    cs = clause_start(text, pos)
    window = text[max(cs, pos - 70) : pos]
    if has_any("hedges", window):
        return True
    lx = lex()
    modals = "|".join(map(re.escape, lx["hedge_modals"]))
    verbs = "|".join(map(re.escape, lx["forecast_verbs"]))
    return bool(re.search(rf"\b(?:{modals})\s+(?:\w+\s+)?(?:{verbs})\b", window, re.I))


def _is_threshold(text: str, start: int, end: int) -> bool:
    before = re.sub(r"\bneeds?\s+(?=to\s+$)", "", text[max(0, start - 30) : start])  # "defence needs to 5%": a noun
    after = text[end : end + 60]
    after = re.split(r"[,;.]", after, maxsplit=1)[0]
    return has_any("thresholds_before", before) or has_any("thresholds_after", after)


def _is_target(text: str, start: int, end: int) -> bool:
    cs = clause_start(text, start)
    return has_any("target_words", text[max(cs, start - 60) : start]) or bool(
        re.match(r"^[^,;.]{0,30}\btargets?\b", text[end:], re.I)
    )


def _n_of_m(text: str, core: Core, nxt: Core | None) -> Core | None:
    """The M of "N of M" / "N out of M" / "N of the M" when ``nxt`` is it."""
    if nxt is None or core.kind not in ("num", "word") or nxt.kind not in ("num", "word"):
        return None
    between = text[core.end : nxt.start]
    if re.fullmatch(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|our\s+|all\s+|[A-Z][\w.]*['’]s\s+)?", between):
        return nxt if nxt.value >= core.value else None
    return None


def _out_of_total(text: str, core: Core, head_end: int, nxt: Core | None) -> Core | None:
    """The M of "N <things> out of M" / "N <things> of the M" when ``nxt`` is it."""
    if nxt is None or nxt.kind not in ("num", "word") or nxt.value < core.value:
        return None
    between = text[head_end : nxt.start]
    if re.fullmatch(r"\s+(?:out\s+of|of)\s+(?:the\s+|a\s+total\s+of\s+|all\s+)?", between):
        return nxt
    return None


def _money_or_percent(text: str, core: Core) -> tuple[float, str, int, int, bool] | None:
    """(value, unit, phrase start, phrase end, attached_money) for money, percent and times cores."""
    cur = read_currency_before(text, core.start)
    scale, end = read_scale(text, core.end, money=True)
    if scale == 1.0 and core.kind == "word":
        scale, end = read_scale(text, core.end, money=False)
    after = read_currency_after(text, end)
    if cur or after:
        unit = cur[0] if cur else after[0]  # type: ignore[index]
        start = cur[1] if cur else core.start
        stop = after[1] if after else end
        return core.value * scale, unit, start, stop, True
    m = re.match(r"^\s?(?:%|percent(?:age points?)?\b|per\s?cent\b|pct\b|percentage points?\b)", text[core.end :], re.I)
    if m:
        return core.value, "percent", core.start, core.end + m.end(), False
    return None


def _times(text: str, core: Core) -> tuple[float, int] | None:
    """(value, phrase end) of a multiplier: "2.5 times more", "a 2.5-fold increase", "threefold"."""
    if core.kind == "fold":
        return core.value, core.end
    m = re.match(r"^(?:\s?times\b|-?\s?fold\b|x(?![\w]))", text[core.end :], re.I)
    if not m:
        return None
    end = core.end + m.end()
    after = text[end : end + 30].lower()
    before = text[max(0, core.start - 25) : core.start].lower()
    lx = lex()
    if "fold" in m.group(0).lower() or m.group(0).lower() == "x":
        return core.value, end
    comp_after = any(re.match(rf"^\s*{re.escape(w)}\b", after) for w in lx["times_comparators_after"])
    comp_before = any(re.search(rf"\b{re.escape(w)}\s*$", before) for w in lx["times_comparators_before"])
    if comp_after or comp_before:
        more = re.match(r"^\s*(?:more|higher|larger|greater|bigger|faster|as\s+\w+)\b", text[end:], re.I)
        return core.value, end + (more.end() if more else 0)
    return None


def figures_in(adoc: AnnotatedDocument, sent: Sentence) -> list[Figure]:
    """All figures of one sentence, at most one per number phrase."""
    text = sent.text
    cores = find_cores(text)
    # demonyms used as nouns for people: "2.2 million Vietnamese live abroad"
    people = frozenset(a.start - sent.start for a in adoc.actors_in(sent.start, sent.end) if a.how == "demonym")
    out: list[Figure] = []
    consumed: set[int] = set()
    covered = 0
    for i, core in enumerate(cores):
        if core.start in consumed or core.start < covered:
            continue
        nxt = cores[i + 1] if i + 1 < len(cores) else None
        fig = _figure(text, core, nxt, consumed, people) or _elliptic(text, core, nxt, out)
        if fig is None:
            continue
        member = fig.measure.startswith("members of the ")  # a body's size inside a rule is still a fact
        if fig.unit not in ("rank",) and not member and (_is_hedged(text, fig.pos) or _is_threshold(text, fig.start, fig.end)):
            continue
        if is_condition(text, fig.start, fig.qualifier) or in_slogan(text, fig.pos):
            continue
        covered = max(covered, fig.end)
        out.append(fig)
    for s_start, s_end, s_measure in superlative_ranks(text):
        if not any(f.start <= s_start < f.end for f in out):
            out.append(Figure(s_start, s_end, 1.0, "rank", "exact", s_measure, 0.55, s_start))
    return out


def _figure(text: str, core: Core, nxt: Core | None, consumed: set[int], people: frozenset[int]) -> Figure | None:
    """The figure a core begins, trying each reading in turn (ranks, multipliers, money/percent, counts)."""
    if core.kind == "ordinal":
        rank = rank_candidate(text, core)
        return None if rank is None else Figure(rank[0], rank[1], core.value, "rank", "exact", rank[2], 0.7, core.start)
    if core.kind == "fold":
        q, qs = qualifier_of(text, core.start, verbs=True)
        return Figure(qs, core.end, core.value, "times", q, "multiplier", 0.75, core.start)
    if is_excluded(text, core, nxt):
        if nxt is not None and re.match(r"^\s?[-–—]\s?$", text[core.end : nxt.start]):
            consumed.add(nxt.start)  # the other end of a range or term
        return None
    return (
        _money_figure(text, core)
        or _times_figure(text, core)
        or _position_figure(text, core)
        or _member_figure(text, core)
        or _count_figure(text, core, nxt, consumed, people)
    )


def _member_figure(text: str, core: Core) -> Figure | None:
    """The size of a body: "the 47-member council", "a 193-member assembly", "the 27-nation bloc"."""
    body = member_body(text, core)
    if body is None:
        return None
    q, qs = qualifier_of(text, core.start, verbs=False)
    return Figure(min(qs, core.start), body[0], core.value, "count", q, f"members of the {body[1]}", 0.7, core.start)


def _elliptic(text: str, core: Core, nxt: Core | None, earlier: list[Figure]) -> Figure | None:
    """A bare number sharing the noun of an earlier count: "A received 29 votes, while B got 17"."""
    if is_excluded(text, core, nxt):
        return None
    measure = elliptic_measure(text, core, [(f.end, f.unit, f.measure) for f in earlier])
    if measure is None:
        return None
    q, qs = qualifier_of(text, core.start, verbs=False)
    return Figure(min(qs, core.start), core.end, core.value, "count", q, measure, 0.6, core.start)


def _money_figure(text: str, core: Core) -> Figure | None:
    money = _money_or_percent(text, core)
    if money is None:
        return None
    value, unit, start, end, is_money = money
    q, qs = qualifier_of(text, start, verbs=True)
    if re.match(r"^\s*(?:or more|and above|or above|\+|-plus)", text[end:]):
        q = "over"
    target = _is_target(text, start, end)
    if is_money:
        measure = money_measure(text, start, end)
    else:
        measure = percent_measure(text, start, end)
        if target and "target" not in measure:
            measure = f"{measure} target"
    return Figure(min(qs, start), end, value, unit, q, measure, 0.8, core.start, target)


def _times_figure(text: str, core: Core) -> Figure | None:
    times = _times(text, core)
    if times is None:
        return None
    q, qs = qualifier_of(text, core.start, verbs=False)
    return Figure(qs, times[1], core.value, "times", q, "multiplier", 0.75, core.start)


_TOP_TAIL = re.compile(r"^[^,;.]{0,40}?\b[a-z]+s\b")


def _position_figure(text: str, core: Core) -> Figure | None:
    """Places ("up 11 places", "climbed 11 spots") and top-N ("among the top 15", "top-10 investors",
    "among the world's 15 leading trading nations", "one of the 20 largest economies")."""
    pl = re.match(r"^\s(?:places?|spots?|positions?|notches|notch|rungs?|steps?)\b", text[core.end :], re.I)
    if pl and has_any("places_verbs", text[max(0, core.start - 22) : core.start]):
        return Figure(core.start, core.end + pl.end(), core.value, "places", "exact", "ranking places", 0.75, core.start)
    top = re.search(r"\btop[\s-]?$", text[max(0, core.start - 6) : core.start], re.I)
    among = re.search(r"\bamong\s+(?:the\s+)?(?:[\w-]+['’]s?\s+)?$", text[max(0, core.start - 40) : core.start], re.I)
    superlative = re.match(rf"^\s(?:{_alt(lex()['rank_adjectives'])})\b", text[core.end :], re.I)
    start = core.start - (len(top.group(0)) if top else len(among.group(0)) if among else 0)
    if not top and not among:
        if not (superlative and core.value > 1 and re.search(r"(?:the|['’]s)\s+$", text[max(0, core.start - 8) : core.start])):
            return None
    elif not top and not superlative:
        return None
    tail = _TOP_TAIL.match(text[core.end :])
    if top and tail and not any(lemma(w) in lex()["top_n_nouns"] for w in re.findall(r"[a-z]+", tail.group(0).lower())):
        return None  # "top 10 events of the year" is a headline, not a position
    end = core.end + (tail.end() if tail else 0)
    noun = tail.group(0).split()[-1].lower() if tail else "position"
    return Figure(start, end, core.value, "top_n", "exact", f"top-{_clean_value(core.value)} {noun}", 0.7, core.start)


def _count_figure(text: str, core: Core, nxt: Core | None, consumed: set[int], people: frozenset[int]) -> Figure | None:
    """A count of concrete things ("17 partners", "22 of 26 targets", "to 42", "2.2 million Vietnamese")."""
    if re.search(r"\btop[\s-]?$", text[max(0, core.start - 6) : core.start], re.I):
        return None  # a "top 10" that is not a position: a headline list
    m_core = _n_of_m(text, core, nxt)
    scale, head_from = read_scale(text, m_core.end if m_core else core.end, money=False)
    head = count_head(text, head_from)
    part = of_them_head(text, head_from) if head is None and m_core is None and scale == 1.0 else None
    if part is not None:  # "five of them permanent members"
        head_from, head = part
    if head is None and m_core is None:
        return _bare_count(text, core, scale, head_from, people)
    if head == "":
        return None  # an excluded head: time unit or abstract enumeration
    if m_core is not None:
        consumed.add(m_core.start)
    if _pair_reference(text, core, head):
        return None
    q, qs = qualifier_of(text, core.start, verbs=scale > 1.0)
    if head is None:
        end = m_core.end  # type: ignore[union-attr]
    else:
        end = head_from + len(text[head_from:]) - len(text[head_from:].lstrip()) + len(head)
        total = _out_of_total(text, core, end, nxt) if m_core is None else None
        if total is not None:  # "192 votes out of 193 valid ballots": the 193 is not a figure of its own
            consumed.add(total.start)
            end = total.end
    target = _is_target(text, core.start, end)
    return Figure(min(qs, core.start), end, core.value * scale, "count", q, (head or "items").lower(), 0.7, core.start, target)


def _bare_count(text: str, core: Core, scale: float, head_from: int, people: frozenset[int]) -> Figure | None:
    """A number with no counted noun: "bringing the total to 42", "a population of 100 million"."""
    value = core.value * scale
    to_total = total_to_measure(text, core)
    if to_total is not None:
        q, _ = qualifier_of(text, core.start, verbs=False)
        return Figure(to_total[0], core.end, value, "count", q, to_total[1], 0.7, core.start)
    q, qs = qualifier_of(text, core.start, verbs=False)
    population = re.search(r"\bpopulation\s+(?:of\s+)?(?:[a-z]+\s+){0,2}$", text[max(0, core.start - 40) : core.start])
    if population and scale >= 1e6 and text[head_from : head_from + 1] != "-":
        return Figure(min(qs, core.start), head_from, value, "count", q, "population", 0.65, core.start)
    nationals = re.match(r"^\s+([A-Z][a-z]+)\s+(?=[a-z])", text[head_from:])
    if nationals and head_from + nationals.start(1) in people:
        end = head_from + nationals.end(1)
        measure = f"{nationals.group(1).lower()} nationals"
        return Figure(min(qs, core.start), end, value, "count", q, measure, 0.6, core.start)
    return None


def _pair_reference(text: str, core: Core, head: str | None) -> bool:
    """"the two countries", "both sides", "all three leaders": a reference, not a figure."""
    if core.value > 3 or head is None:
        return False
    if core.kind == "word" and core.value == 1:
        return True
    before = text[max(0, core.start - 12) : core.start].lower().split()
    if before and before[-1] in lex()["pair_determiners"]:
        return True
    return lemma(head.split()[-1]) in lex()["pair_people"]  # "two ministers attended"


def _restatement_key(fig: Figure) -> tuple[float, str, str]:
    """Figures a document states twice ("7 new titles" in the lead and again in the body) share a key."""
    if fig.unit not in ("times",) and fig.unit.lower() == fig.unit:  # counts, percents, ranks, places
        last = fig.measure.split()[-1] if fig.measure else ""
        return fig.value, fig.unit, lemma(last)
    return fig.value, fig.unit, ""


def _agreement_count(fig: Figure, spans: list[tuple[int, int, int]], base: int) -> bool:
    """An exact count of signed documents that an agreement fact holds as its ``count``."""
    if fig.unit != "count" or fig.qualifier != "exact" or not _DOC_NOUN.search(fig.measure):
        return False
    return any(lo <= base + fig.pos < hi and fig.value <= count for lo, hi, count in spans)


def extract(adoc: AnnotatedDocument) -> list[Mention]:
    out: list[Mention] = []
    seen: dict[tuple[float, str, str], set[str] | None] = {}  # subjects that stated each figure (None: unnamed)
    for sent in adoc.sentences:
        spans = counted_spans(adoc, sent) if _SIGN_CUE.search(sent.text) else []
        for fig in figures_in(adoc, sent):
            if spans and _agreement_count(fig, spans, sent.start):
                continue
            key = _restatement_key(fig)
            subject = subject_of(adoc, sent, fig.pos)
            stated_by = seen.get(key, set())
            if key in seen and (subject is None or stated_by is None or subject in stated_by):
                continue  # a restatement; the same amount from another named actor is its own figure
            if subject is None or stated_by is None:
                seen[key] = None
            else:
                seen[key] = stated_by | {subject}
            fields = {
                "subject": subject,
                "measure": fig.measure,
                "value": _clean_value(fig.value),
                "unit": fig.unit,
                "qualifier": fig.qualifier,
                "year": year_of_figure(adoc, sent, fig.pos, target=fig.target),
                "text": sent.text[fig.start : fig.end],
            }
            out.append(make_mention(adoc, sent, NAME, fields, confidence=fig.confidence, extractor=NAME, version=VERSION))
    return out
