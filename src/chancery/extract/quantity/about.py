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
from .excluded import clause_start, has_any
from .label import Measure
from .reading import Figure

__all__ = ["About", "about"]


@dataclass(frozen=True)
class About:
    subject: str | None
    pair: tuple[str, str] | None = None


_DISTRIBUTIVE = re.compile(r"\b(?:both|each|respectively|apiece)\b", re.I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:with|to|from|between|in|for|by|of|into|on|at|among|against|toward|towards|like|"
                                 r"including|as|than|across|within|over|via|visit|visited|visiting)\s+(?:the\s+)?$", re.I)
_COPULA = re.compile(r"\b(?:is|was|are|were|remains?|remained|becomes?|became|has\s+become|had\s+become|has\s+been|have\s+been|"
                     r"is\s+now|was\s+now|ranks?|ranked|stood|stands|emerged\s+as|as)\s+(?:now\s+|still\s+|also\s+)?(?:the\s+|an?\s+)?"
                     r"(?:(?:the\s+)?(?:[\w.-]+\s+){0,3}[\w.-]+(?:['’]s|s['’])\s+)?$", re.I)
_SAID = re.compile(r"\b(?:(?:said|says|say|told\s+\w+)\s+(?:(?:on\s+)?\w+day\s+)?(?:that\s+)?|(?:announced|noted|added|reported|stated|confirmed)\s+that\s+)", re.I)
_BREAK = re.compile(r"[;:()]|, (?:and|but|while|which|who|whereas)\b|, with\b")


class _Ctx:
    """The sentence around a figure: actors, persons and the parse."""

    def __init__(self, adoc: AnnotatedDocument, sent: Sentence, parse: Parse | None) -> None:
        self.adoc, self.sent, self.parse = adoc, sent, parse
        self.text = sent.text
        self.actors = [a for a in adoc.actors_in(sent.start, sent.end)
                       if a.how != "city" and not re.match(r"^\s?(?:\$|dollars?\b)", adoc.text[a.end : a.end + 9], re.I)
                       and not re.search(r"[a-z]-$", adoc.text[max(0, a.start - 2) : a.start])]  # "Nishan-e-Pakistan": a name

    def rel(self, a: ActorSpan) -> tuple[int, int]:
        return a.start - self.sent.start, a.end - self.sent.start

    def actor_in(self, start: int, end: int) -> list[ActorSpan]:
        return [a for a in self.actors if start <= self.rel(a)[0] and self.rel(a)[1] <= end]

    def countries_in(self, start: int, end: int) -> list[str]:
        """The countries of the persons named in [start, end) ("Anwar": Malaysia)."""
        return [p.country for p in self.adoc.persons_in(self.sent.start + start, self.sent.start + end)
                if p.country and not p.country.startswith("ORG:")]

    def free(self, a: ActorSpan) -> bool:
        """Not governed by a preposition (a subject, not "with Japan")."""
        s = self.rel(a)[0]
        return not _PREPOSITION_BEFORE.search(self.text[max(0, s - 25) : s])

    def of_tok(self, t: Tok, *, pronouns: bool = True) -> str | None:
        """The actor a token names: a state or body, a person's country, a pronoun or description
        ("which"/"who" in a relative clause: the noun the clause hangs on)."""
        if t.tag in ("WDT", "WP") and self.parse is not None:
            verb = self.parse.verb_of(t)
            if verb is not None and verb.dep == "relcl" and verb.head != verb.i:
                return self.of_tok(self.parse.head(verb), pronouns=pronouns)
        if not pronouns and t.lower in ("it", "its", "he", "she", "they"):
            return None
        for a in self.actors:
            if a.start <= t.start < a.end:
                return a.actor
        for p in self.adoc.persons_in(self.sent.start, self.sent.end):
            if p.start <= t.start < p.end and p.country:
                return p.country
        return self.reference(t.start - self.sent.start, t.end - self.sent.start, t.lower)

    def reference(self, start: int, end: int, word: str) -> str | None:
        """He, she, it, we, "the country", "the kingdom" at sentence offsets [start, end)."""
        if word in ("we", "our", "us"):
            return self.adoc.home
        if word in ("he", "she", "his", "her"):
            p = self.adoc.person_before(self.sent.start + start)
            return p.country if p else None
        if word in ("it", "its"):
            return self._it(start)
        found = self.adoc.descriptor_state(self.sent.start + max(0, start - 4), self.sent.start + end)
        if found:
            return found[2]
        if re.match(r"the\s+country\b", self.text[max(0, start - 4) : end + 8], re.I):
            return self.adoc.home
        return None

    def _it(self, start: int) -> str | None:
        """"it": the subject of the sentence before (the story's topic continues), else the last actor."""
        here = [a for a in self.actor_in(0, start) if self.free(a)]
        if here:
            return here[0].actor
        for prev in reversed(self.adoc.sentences[max(0, self.sent.index - 2) : self.sent.index]):
            spans = [a for a in self.adoc.actors_in(prev.start, prev.end) if a.how != "city"]
            for a in spans:
                s = a.start - prev.start
                if not _PREPOSITION_BEFORE.search(prev.text[max(0, s - 25) : s]):
                    return a.actor
        return None


def about(adoc: AnnotatedDocument, sent: Sentence, parse: Parse | None, fig: Figure, measure: Measure) -> list[About]:
    """Whom ``fig`` is about: one :class:`About`, or one per subject of a distributive clause."""
    c = _Ctx(adoc, sent, parse)
    if fig.kind == "elliptic":  # "..., Estonia 132", "and Libya with 178": the name before the number
        named = [a for a in c.actor_in(max(0, fig.pos - 60), fig.pos)
                 if re.fullmatch(r"\s+(?:(?:with|on|at|got|received|won|took|secured)\s+)?", c.text[c.rel(a)[1] : fig.pos])]
        if named:
            return [About(named[-1].actor)]
    anchor = c.parse.head_of(sent.start + fig.start, sent.start + fig.end) if c.parse is not None else None
    own = _in_phrase(c, fig, anchor, measure)
    if own is not None and measure.role not in ("rank", "votes"):
        return [About(own)]
    if measure.role not in ("rank", "members", "votes", "count") or fig.unit == "count" and _bilateral_count(c, fig):
        pair = _bilateral(c, fig, measure)
        if pair is not None:
            return [About(None, pair)]
    if measure.role == "members":
        if re.search(r"\bwith\s+(?:all\s+)?(?:the\s+)?(?:(?:more\s+than|over|some|about)\s+)?$", c.text[max(0, fig.start - 30) : fig.start]):
            related = [s for s in _clause_subjects(c, fig, anchor) if not s.startswith("ORG:")]
            if related:  # "Vietnam has partnerships with all five permanent members of the UNSC": Vietnam's partners
                return [About(related[0])]
        return [About(_body(c, fig, anchor))]
    if measure.role == "rank":
        explicit = own is not None and any(a.actor == own and re.match(r"^['’]s?\s+(?:[\w-]+\s+){0,3}$", c.text[c.rel(a)[1] : fig.start])
                                        for a in c.actor_in(0, fig.start))
        ranked = _predicated(c, fig, anchor, own if explicit else None)  # "Japan is Vietnam's largest donor": not Vietnam
        needs_actor = fig.kind == "superlative" and fig.noun not in ("rank", "vote rank")
        return [About(ranked)] if ranked is not None or not needs_actor else []  # a superlative must rank an actor
    if measure.role == "inflow":
        receiver = _receiver(c, fig)
        if receiver is not None:
            return [About(receiver)]
    subjects = _clause_subjects(c, fig, anchor, given=measure.role == "given")
    if len(subjects) > 1:
        if _DISTRIBUTIVE.search(c.text[: fig.start]) or measure.role == "votes":
            return [About(s) for s in dict.fromkeys(subjects)]
        states = sorted(set(subjects))
        return [About(None, (states[0], states[1]))] if len(states) == 2 else [About(None)]
    if subjects:
        return [About(subjects[0])]
    if has_any("national_institutions", c.text[max(0, fig.start - 60) : fig.end + 40]):
        return [About(adoc.home)]  # "440 National Assembly deputies": the home country's legislature
    if fig.unit not in ("count", "rank", "top_n", "places") and measure.role in ("own", "inflow") and not c.actors:
        return [About(adoc.home)]
    return [About(None)]


# -- the figure's noun phrase ----------------------------------------------------------------------
def _in_phrase(c: _Ctx, fig: Figure, anchor: Tok | None, measure: Measure) -> str | None:
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
    inside = [a for a in c.actor_in(fig.start, head_end) if a.how in ("demonym", "name", "short", "abbrev", "org")]
    if inside and fig.unit == "count":
        return inside[0].actor
    before = c.text[max(clause_start(c.text, fig.start), fig.start - 60) : fig.start]
    for a in reversed(c.actor_in(fig.start - len(before), fig.start)):
        _s, e = c.rel(a)
        tail = c.text[e : fig.start]
        if re.match(r"^(?:['’]s?)\s+(?:[\w-]+\s+){0,3}$", tail):
            return a.actor  # "Vietnam's exports rose" / "ASEAN's 10 members"
        if a.how == "demonym" and re.fullmatch(r"\s+(?:[a-z-]+\s+){0,2}(?:of\s+)?", tail) and measure.role in ("own", "given"):
            return a.actor  # "a Brazilian surplus of $415 million"
    if re.search(r"\b(?:its|their)\s+$", c.text[max(0, fig.start - 7) : fig.start]) or re.match(r"(?:its|their)\s", c.text[fig.start : fig.start + 6]):
        return _its(c, fig, measure)
    return None


def _head_end(text: str, fig: Figure) -> int:
    """The end of the counted noun: "192 votes" of "192 votes out of the 193 UN member nations"."""
    m = re.search(r"\s(?:out\s+)?of\s|/", text[fig.pos : fig.end])
    return fig.pos + m.start() if m else fig.end


def _its(c: _Ctx, fig: Figure, measure: Measure) -> str | None:
    """"its 21 member economies": a body's own members; otherwise the actor "its" refers to."""
    if measure.role == "members":
        orgs = [a for a in c.adoc.actors if a.end <= c.sent.start + fig.start and a.actor.startswith("ORG:")
                and c.sent.start + fig.start - a.end < 600]
        if orgs:
            return orgs[-1].actor
    return c.reference(fig.start, fig.start + 3, "its")


# -- bilateral figures ---------------------------------------------------------------------------------
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?P<a>[^,;]{2,40}?)\s+and\s+(?:the\s+)?(?P<b>[^,;]{2,40}?)(?=[\s,;.]|$)")
_PAIR_WORDS = re.compile(r"\b(?:the\s+two|both)\s+(?:countries|nations|sides|governments|leaders|neighbours|neighbors|economies|states)\b", re.I)


def _clause_window(c: _Ctx, fig: Figure) -> tuple[int, int]:
    lo = clause_start(c.text, fig.start)
    if re.search(r"\b(?:which|that)\s*$", c.text[:lo]) and lo > 0:
        lo = clause_start(c.text, max(0, lo - 8))  # a relative clause: its noun is before ("bilateral trade, which ...")
    m = _BREAK.search(c.text, fig.end)
    return lo, (m.start() if m else len(c.text))


def _bilateral_count(c: _Ctx, fig: Figure) -> bool:
    """A count the two sides share: "A and B signed 11 agreements", "the two countries signed 12 pacts"."""
    lo, _hi = _clause_window(c, fig)
    return bool(_PAIR_WORDS.search(c.text[lo : fig.start]))


def _bilateral(c: _Ctx, fig: Figure, measure: Measure) -> tuple[str, str] | None:
    lo, hi = _clause_window(c, fig)
    off = max(lo, fig.start - 140)
    window = c.text[off : min(hi, fig.end + 40)]
    marked = measure.role == "pair" or has_any("bilateral_markers", window) or fig.unit == "count"
    states = _states(c.actor_in(off, min(hi, fig.end + 60)), c.countries_in(off, min(hi, fig.end + 60)))
    partner = re.search(r"\b(?:trade|trading|ties|exchanges?)\s+(?:flows?\s+|volume\s+|turnover\s+)?with\s+(?:the\s+)?", window, re.I)
    if partner and len(states) == 1:  # "Brazil plans to double its trade flow with the Asian country"
        described = c.adoc.descriptor_state(c.sent.start + off + partner.start(), c.sent.start + off + partner.end() + 40)
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
        return None  # a count is bilateral only when its two actors are named ("A and B signed 11 agreements")
    all_states = _states(c.actors)
    if len(all_states) == 2:
        return _sorted(all_states[0], all_states[1])
    pair = c.adoc.pair_before(c.sent.start + fig.start)
    return _sorted(pair[0], pair[1]) if pair else None


def _sorted(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _states(spans: list[ActorSpan], countries: list[str] | None = None) -> list[str]:
    return sorted({a.actor for a in spans if a.is_state or a.actor == "ORG:EU"} | set(countries or ()))


# -- the body whose members are counted ------------------------------------------------------------------
def _body(c: _Ctx, fig: Figure, anchor: Tok | None) -> str | None:
    text = c.text
    if fig.kind == "member":  # "the 47-member council": the body is the phrase's last words
        inside = c.actor_in(fig.pos, fig.end + 2)
        return inside[-1].actor if inside else _org_before(c, fig.start, collective=True)
    if fig.kind == "total":  # "joined the Commonwealth, bringing the number of member nations to 56"
        return _org_before(c, fig.start)
    m = re.match(r"^\s+(?:of|in|on|to)\s+(?:the\s+|its\s+)?", text[fig.end :])  # "14 members of the Council", "elected ... to X"
    if m:
        after = c.actor_in(fig.end + m.end(), fig.end + m.end() + 50)
        if after and c.rel(after[0])[0] == fig.end + m.end():
            return after[0].actor
    for a in c.actor_in(fig.end, fig.end + 70):
        gap = text[fig.end : c.rel(a)[0]]
        if re.search(r"\b(?:to|on|in)\s+(?:serve\s+(?:on|in)\s+)?(?:the\s+|its\s+)?$", gap) and len(gap) < 60:
            return a.actor if a.actor.startswith("ORG:") else None
    if re.search(r"\bthe\s+(?:bloc|group|grouping|alliance|union|organi[sz]ation|body|club|forum)\s+of\s+$", text[max(0, fig.start - 30) : fig.start], re.I):
        return _org_before(c, fig.start, story=True)  # "the bloc of 54 states"
    # "X comprises / has / consists of / is made up of 15 members", "X, with its 27 members"
    before = text[clause_start(text, fig.start) : fig.start]
    verb = re.search(r"\b(?:comprises?|comprising|consists?\s+of|consisting\s+of|is\s+made\s+up\s+of|made\s+up\s+of|has|have|had|"
                     r"with|includes?|including|of|among)\s+(?:(?:all|its|the|their)\s+)?(?:(?:more\s+than|over|some|about)\s+)?$", before)
    if verb:
        subj = [a for a in c.actor_in(fig.start - len(before), fig.start - len(verb.group(0))) if a.actor.startswith("ORG:")]
        free = [a for a in subj if c.free(a)]
        if free or subj:
            return (free or subj)[-1].actor
        if anchor is not None and c.parse is not None:
            orgs = [s for s in _clause_subjects(c, fig, anchor) if s.startswith("ORG:")]
            if orgs:
                return orgs[0]
    return None


def _org_before(c: _Ctx, start: int, *, collective: bool = False, story: bool = False) -> str | None:
    """The body named last before ``start`` (in the sentence, or for "the bloc" in the story)."""
    story = story or collective
    if collective and not re.search(r"\b(?:bloc|group|grouping|alliance|union|organi[sz]ation|body|club|forum|council|"
                                    r"assembly|commission|committee|court|board|conference|parliament|chamber)\b",
                                    c.text[start : start + 60]):
        return None
    orgs = [a for a in c.actor_in(0, start) if a.actor.startswith("ORG:")]
    if not orgs and story:
        orgs = [a for a in c.adoc.actors if a.end <= c.sent.start + start and a.actor.startswith("ORG:")
                and c.sent.start + start - a.end < 800]
    return orgs[-1].actor if orgs else None


# -- ranks: the actor ranked ---------------------------------------------------------------------------
def _predicated(c: _Ctx, fig: Figure, anchor: Tok | None, possessor: str | None) -> str | None:
    """The actor a rank is said of: "China was the largest supplier", "the US, Vietnam's largest market"."""
    if anchor is not None and c.parse is not None:
        found = _predicated_on_parse(c, anchor, possessor)
        if found is not None:
            return found or None
    text = c.text
    lo = clause_start(text, fig.start)
    for a in reversed(c.actor_in(lo, fig.start)):
        if a.actor == possessor:
            continue
        gap = text[c.rel(a)[1] : fig.start]
        if _COPULA.search(gap) and not re.search(r"[.;]", gap) and len(gap) < 80:
            return a.actor
        if re.fullmatch(r"\s*,\s*(?:the\s+|which\s+is\s+|now\s+)?", gap):
            if re.search(r"\band\s+(?:the\s+)?$", text[max(0, c.rel(a)[0] - 12) : c.rel(a)[0]]):
                return None  # "China and India, the top purchasers": a group, no rank 1
            return a.actor  # "Indonesia, the world's biggest archipelago nation"
    after = re.match(r"^(?:\s+(?:in|of)\s+(?:the\s+)?(?:[A-Z][\w-]*\s*){1,3})?\s*,\s*(?:the\s+)?", text[fig.end :])
    if after:
        nxt = c.actor_in(fig.end + after.end() - 1, fig.end + after.end() + 40)
        if nxt and c.rel(nxt[0])[0] <= fig.end + after.end() + 1 and nxt[0].actor != possessor:
            return nxt[0].actor  # "Brazil's biggest trading partner, Argentina"
    if fig.noun in ("rank", "vote rank"):  # "ranks 15th", "the highest among 14", "the most votes"
        subjects = _clause_subjects(c, fig, anchor)
        return subjects[0] if subjects else None
    return None


def _predicated_on_parse(c: _Ctx, anchor: Tok, possessor: str | None) -> str | None:
    """The ranked actor from the parse; "" when the parse says no single actor is ranked."""
    p = c.parse
    assert p is not None
    if anchor.dep in ("attr", "oprd", "acomp") or (anchor.dep == "dobj" and p.verb_of(anchor) is not None
                                                  and p.verb_of(anchor).lemma in ("become", "remain", "make")):  # type: ignore[union-attr]
        verb = p.verb_of(anchor)
        subjects = p.subjects(verb) if verb is not None else []
        if len(subjects) > 1:
            return ""  # "China and India are the top buyers": no rank 1
        for s in subjects:
            found = c.of_tok(s, pronouns=False)
            if found is not None and found != possessor:
                return found
    if anchor.dep == "appos":
        head = p.head(anchor)
        if len(p.conjuncts(head)) > 1:
            return ""
        found = c.of_tok(head, pronouns=False)
        if found is not None and found != possessor:
            return found
    for k in p.children(anchor, "appos"):
        found = c.of_tok(k, pronouns=False)
        if found is not None and found != possessor:
            return found
    return None


# -- inflows: the receiver -------------------------------------------------------------------------------
def _receiver(c: _Ctx, fig: Figure) -> str | None:
    """ "remittances sent home to Vietnam", "FDI into Vietnam", "$2bn in investment in Laos"."""
    lo, hi = _clause_window(c, fig)
    for a in c.actor_in(lo, hi):
        s, _e = c.rel(a)
        if re.search(r"\b(?:to|into|in)\s+(?:the\s+)?$", c.text[max(lo, s - 12) : s]) and a.how != "org":
            subjects = [x for x in _clause_subjects(c, fig, None) if x != a.actor]
            if not subjects:
                return a.actor
    return None


# -- the clause subject --------------------------------------------------------------------------------
def _clause_subjects(c: _Ctx, fig: Figure, anchor: Tok | None, *, given: bool = False) -> list[str]:
    """The actors that are subjects of the figure's clause (coordinated subjects give several).

    On the parse, a subject that names no actor ("24 leaders have confirmed", "a race that included
    13 candidates") leaves the figure without one.
    """
    if anchor is not None and c.parse is not None:
        p = c.parse
        verb = p.verb_of(anchor)
        for _ in range(2):
            if verb is None:
                break
            subjects = p.subjects(verb)
            out = [x for x in (c.of_tok(s) or _owner(c, s) for s in subjects) if x is not None]
            if out or (subjects and verb.dep != "acl"):
                return out  # a subject that names no actor: none
            if verb.dep not in ("pcomp", "acl") or verb.head == verb.i:
                break
            # "After receiving 99 votes, Aoun ...", "signed a deal giving $500 million ...": the governing clause
            verb = p.verb_of(p.head(p.head(verb)) if verb.dep == "acl" else p.head(verb))
    return _text_subjects(c, fig, given=given)


def _owner(c: _Ctx, t: Tok) -> str | None:
    """An actor that owns a subject noun phrase ("Vietnam's exports", "the exports of Vietnam")."""
    assert c.parse is not None
    for k in c.parse.children(t, "poss", "compound", "amod"):
        found = c.of_tok(k)
        if found is not None:
            return found
    for _prep, obj in c.parse.prep_objects(t, ("of",)):
        found = c.of_tok(obj)
        if found is not None:
            return found
    return None


def _text_subjects(c: _Ctx, fig: Figure, *, given: bool = False) -> list[str]:
    """The clause subject read from the words: the actors of the clause before the figure that no
    preposition governs (the first one: "India grants Vietnam $500 million"), a coordinated group
    ("Vietnam and Japan signed"), else a person's country or a pronoun."""
    text = c.text
    lo = clause_start(text, fig.start)
    said = list(_SAID.finditer(text, lo, fig.start))
    lo = said[-1].end() if said else lo  # "X said that 24 leaders ...": the reported clause
    heads = [a for a in c.actor_in(lo, fig.start) if c.free(a)]
    if heads:
        group = [heads[0]]
        for nxt in heads[1:]:
            between = text[c.rel(group[-1])[1] : c.rel(nxt)[0]]
            if re.fullmatch(r"\s*(?:,|and|&)\s*(?:the\s+)?|\s*,\s*and\s+(?:the\s+)?", between):
                group.append(nxt)
            else:
                break
        if len(group) == 1 and len(heads) > 1 and not given and re.fullmatch(r"['’]s?\s+\w+\s+", text[c.rel(heads[-1])[1] : fig.start] + " "):
            return [heads[-1].actor]
        return [a.actor for a in group]
    for p in c.adoc.persons_in(c.sent.start + lo, c.sent.end):
        if p.country and p.start - c.sent.start < fig.start:
            return [p.country]
    m = re.match(r"^\W*(he|she|it|the\s+country|the\s+[a-z]+(?:\s+[a-z]+)?\s+(?:nation|kingdom|republic|state|country))\b",
                 text[lo : fig.start], re.I)
    if m:
        found = c.reference(lo + m.start(1), lo + m.end(1), m.group(1).lower())
        if found:
            return [found]
    return []
