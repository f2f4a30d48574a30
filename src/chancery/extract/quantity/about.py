"""Whom a figure is about: its ``subject`` (an actor or null) and, for bilateral figures, its ``pair``.

The contract's subject is the actor the figure describes; bilateral figures (two-way trade, trade
"between A and B", what "the two countries" signed) have none, and carry the two actors they are
between as ``pair`` (sorted).  In order:

1. an actor inside the figure's own noun phrase: a possessor or modifier ("Vietnam's exports",
   "a Brazilian surplus of $415 million", "53,670 U.S. jobs", "the ten ASEAN member states");
2. bilateral: a marker in the figure's clause ("two-way", "bilateral", "between", "the two sides",
   "A's trade with B"), a measure bilateral by nature, or two coordinated subjects; the pair comes
   from the clause, else the sentence's two states, else the story (``pair_before``);
3. by role (:mod:`.label`): the body whose members or seats are counted ("the 47-member council",
   "members of X", "X comprises 15 members", "elected 14 members to X"); the actor a rank is
   predicated of ("China was the largest supplier to Vietnam": China); the receiver of an inflow
   ("remittances sent home to Vietnam": Vietnam);
4. the subject of the figure's clause ("Vietnam secured 192 votes"; "Nigeria and Tunisia both
   received 191 votes": one figure for each), a person's country, "he"/"it"/"the country" resolved
   from the discourse, "we" as the home country;
5. a state's own institutions ("440 National Assembly deputies") and the economy's own measures
   ("exports rose 12%") with no actor in the sentence: the story's home country.  Counts of people at
   an event and other figures about no actor stay null.

Where the sentence has a parse, clauses, subjects and noun phrases come from it; otherwise from the
words around the figure (the same roles, read from possessives, prepositions and clause breaks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...annotate.document import AnnotatedDocument
from ...annotate.syntax import Parse, Tok
from ...model import ActorSpan, Sentence
from .actors import Ctx, clause_subjects, clause_window
from .excluded import clause_start, has_any
from .label import Measure
from .reading import Figure
from .roles import body_of, ranked_actor, receiver

__all__ = ["About", "about"]


@dataclass(frozen=True)
class About:
    subject: str | None
    pair: tuple[str, str] | None = None


_DISTRIBUTIVE = re.compile(r"\b(?:both|each|respectively|apiece)\b", re.I)


def about(
    adoc: AnnotatedDocument, sent: Sentence, parse: Parse | None, fig: Figure, measure: Measure
) -> list[About]:
    """Whom ``fig`` is about: one :class:`About`, or one per subject of a distributive clause."""
    c = Ctx(adoc, sent, parse)
    if fig.kind == "elliptic":  # "..., Estonia 132", "and Libya with 178": the name before the number
        named = [
            a
            for a in c.actor_in(max(0, fig.pos - 60), fig.pos)
            if re.fullmatch(
                r"\s+(?:(?:with|on|at|got|received|won|took|secured)\s+)?", c.text[c.rel(a)[1] : fig.pos]
            )
        ]
        if named:
            return [About(named[-1].actor)]
    anchor = c.parse.head_of(sent.start + fig.start, sent.start + fig.end) if c.parse is not None else None
    own = _in_phrase(c, fig, anchor, measure)
    if own is not None and measure.role not in ("rank", "votes"):
        return [About(own)]
    if (
        measure.role not in ("rank", "members", "votes", "count")
        or fig.unit == "count"
        and _bilateral_count(c, fig)
    ):
        pair = _bilateral(c, fig, measure)
        if pair is not None:
            return [About(None, pair)]
    if measure.role == "members":
        if re.search(
            r"\bwith\s+(?:all\s+)?(?:the\s+)?(?:(?:more\s+than|over|some|about)\s+)?$",
            c.text[max(0, fig.start - 30) : fig.start],
        ):
            related = [s for s in clause_subjects(c, fig, anchor) if not s.startswith("ORG:")]
            if (
                related
            ):  # "Vietnam has partnerships with all five permanent members of the UNSC": Vietnam's partners
                return [About(related[0])]
        return [About(body_of(c, fig, anchor))]
    if measure.role == "rank":
        explicit = own is not None and any(
            a.actor == own and re.match(r"^['’]s?\s+(?:[\w-]+\s+){0,3}$", c.text[c.rel(a)[1] : fig.start])
            for a in c.actor_in(0, fig.start)
        )
        ranked = ranked_actor(
            c, fig, anchor, own if explicit else None
        )  # "Japan is Vietnam's largest donor": not Vietnam
        tally = fig.noun.split()[-1] in (
            "tally",
            "number",
            "score",
            "total",
            "share",
        )  # "the highest tally among ..."
        needs_actor = fig.kind == "superlative" and fig.noun not in ("rank", "vote rank") and not tally
        return (
            [About(ranked)] if ranked is not None or not needs_actor else []
        )  # a superlative must rank an actor
    if measure.role == "inflow":
        gets = receiver(c, fig)
        if gets is not None:
            return [About(gets)]
    subjects = clause_subjects(c, fig, anchor, given=measure.role == "given")
    if len(set(subjects)) > 1 and len({x for x in subjects if not x.startswith("ORG:")}) == 1:
        subjects = [
            x for x in subjects if not x.startswith("ORG:")
        ]  # a body caught in the subject (a dateline): the state
    if len(set(subjects)) > 1:
        if _DISTRIBUTIVE.search(c.text[: fig.start]) or measure.role == "votes":
            return [About(s) for s in dict.fromkeys(subjects)]
        states = sorted(set(subjects))
        return [About(None, (states[0], states[1]))] if len(states) == 2 else [About(None)]
    if subjects:
        return [About(subjects[0])]
    if has_any("national_institutions", c.text[max(0, fig.start - 60) : fig.end + 40]):
        return [
            About(adoc.home or adoc.story_place)
        ]  # "440 National Assembly deputies": the home country's legislature
    if (
        fig.unit not in ("count", "rank", "top_n", "places")
        and measure.role in ("own", "inflow")
        and not c.actors
    ):
        return [About(adoc.home)]
    return [About(None)]


# -- the figure's noun phrase ----------------------------------------------------------------------
def _in_phrase(c: Ctx, fig: Figure, anchor: Tok | None, measure: Measure) -> str | None:
    """An actor that owns the figure's noun phrase: possessor, modifier, demonym ("U.S. jobs")."""
    head_end = _head_end(c.text, fig)
    if anchor is not None and c.parse is not None:
        p = c.parse
        nouns = [anchor]
        if anchor.dep == "pobj" and anchor.head != anchor.i and p.head(anchor).lower == "of":
            owner = p.head(p.head(anchor))  # "a trade surplus of US$8.62 billion": the surplus
            if not owner.is_verb:
                nouns.append(owner)
        for t in nouns:
            for k in p.children(t, "poss", "compound", "amod", "nmod", "npadvmod"):
                if k.i > t.i or c.sent.start + head_end <= k.start:
                    continue
                found = c.of_tok(k)
                if found is not None:
                    return found
    # the words: "Vietnam's exports rose 12%", "the Commonwealth's 1.5 billion young people", "three Chinese warships"
    inside = [
        a for a in c.actor_in(fig.start, head_end) if a.how in ("demonym", "name", "short", "abbrev", "org")
    ]
    if inside and fig.unit == "count":
        return inside[0].actor
    before = c.text[max(clause_start(c.text, fig.start), fig.start - 60) : fig.start]
    for a in reversed(c.actor_in(fig.start - len(before), fig.start)):
        _s, e = c.rel(a)
        tail = c.text[e : fig.start]
        if re.match(r"^(?:['’]s?)\s+(?:[\w-]+\s+){0,3}$", tail):
            return a.actor  # "Vietnam's exports rose" / "ASEAN's 10 members"
        if (
            a.how == "demonym"
            and re.fullmatch(r"\s+(?:[a-z-]+\s+){0,2}(?:of\s+)?", tail)
            and measure.role in ("own", "given")
        ):
            return a.actor  # "a Brazilian surplus of $415 million"
    if re.search(r"\b(?:its|their)\s+$", c.text[max(0, fig.start - 7) : fig.start]) or re.match(
        r"(?:its|their)\s", c.text[fig.start : fig.start + 6]
    ):
        return _its(c, fig, measure)
    if fig.unit != "count":  # "$9.5 billion in U.S. export content", "$2 billion of Japanese investment"
        m = re.match(r"^\s+(?:in|of)\s+(?:the\s+)?", c.text[fig.end :])
        if m:
            nxt = [
                a
                for a in c.actor_in(fig.end + m.end(), fig.end + m.end() + 40)
                if c.rel(a)[0] == fig.end + m.end()
            ]
            if nxt and re.match(r"^\s+[a-z][a-z-]+", c.text[c.rel(nxt[0])[1] :]):
                return nxt[0].actor
    return None


def _head_end(text: str, fig: Figure) -> int:
    """The end of the counted noun: "192 votes" of "192 votes out of the 193 UN member nations"."""
    m = re.search(r"\s(?:out\s+)?of\s|/", text[fig.pos : fig.end])
    return fig.pos + m.start() if m else fig.end


def _its(c: Ctx, fig: Figure, measure: Measure) -> str | None:
    """ "its 21 member economies": a body's own members; otherwise the actor "its" refers to."""
    if measure.role == "members":
        orgs = [
            a
            for a in c.adoc.actors
            if a.end <= c.sent.start + fig.start
            and a.actor.startswith("ORG:")
            and c.sent.start + fig.start - a.end < 600
        ]
        if orgs:
            return orgs[-1].actor
    return c.reference(fig.start, fig.start + 3, "its")


# -- bilateral figures ---------------------------------------------------------------------------------
_BETWEEN = re.compile(
    r"\bbetween\s+(?:the\s+)?(?P<a>[^,;]{2,40}?)\s+and\s+(?:the\s+)?(?P<b>[^,;]{2,40}?)(?=[\s,;.]|$)"
)
_PAIR_WORDS = re.compile(
    r"\b(?:the\s+two|both)\s+(?:countries|nations|sides|governments|leaders|neighbours|neighbors|economies|states)\b",
    re.I,
)


def _bilateral_count(c: Ctx, fig: Figure) -> bool:
    """A count the two sides share: "A and B signed 11 agreements", "the two countries signed 12 pacts"."""
    lo, _hi = clause_window(c, fig)
    return bool(_PAIR_WORDS.search(c.text[lo : fig.start]))


def _bilateral(c: Ctx, fig: Figure, measure: Measure) -> tuple[str, str] | None:
    lo, hi = clause_window(c, fig)
    off = max(lo, fig.start - 140)
    window = c.text[off : min(hi, fig.end + 40)]
    # a marker makes a trade figure bilateral, not a share, a loan or aid that one side gives
    tradelike = "trade" in measure.label or measure.label.split()[0] in ("value", "amount", "multiplier")
    marked = (
        measure.role == "pair" or (tradelike and has_any("bilateral_markers", window)) or fig.unit == "count"
    )
    states = _states(c.actor_in(off, min(hi, fig.end + 60)), c.countries_in(off, min(hi, fig.end + 60)))
    partner = re.search(
        r"\b(?:trade|trading|ties|exchanges?)\s+(?:flows?\s+|volume\s+|turnover\s+)?with\s+(?:the\s+)?",
        window,
        re.I,
    )
    if partner and len(states) == 1:  # "Brazil plans to double its trade flow with the Asian country"
        described = c.adoc.descriptor_state(
            c.sent.start + off + partner.start(), c.sent.start + off + partner.end() + 40
        )
        if described and described[2] != states[0]:
            return _sorted(states[0], described[2])
    if not marked and not (partner and len(states) == 2):
        return None
    between = _BETWEEN.search(window)
    if between:
        inside = _states(c.actor_in(off + between.start(), off + between.end()))
        if len(inside) == 2:
            return _sorted(inside[0], inside[1])
    if len(states) == 2:
        return _sorted(states[0], states[1])
    if fig.unit == "count" and not _PAIR_WORDS.search(window):
        return (
            None  # a count is bilateral only when its two actors are named ("A and B signed 11 agreements")
        )
    all_states = _states(c.actors)
    if len(all_states) == 2:
        return _sorted(all_states[0], all_states[1])
    pair = c.adoc.pair_before(c.sent.start + fig.start)
    return _sorted(pair[0], pair[1]) if pair else None


def _sorted(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _states(spans: list[ActorSpan], countries: list[str] | None = None) -> list[str]:
    return sorted({a.actor for a in spans if a.is_state or a.actor == "ORG:EU"} | set(countries or ()))
