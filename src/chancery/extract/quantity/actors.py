"""The actors around a figure: who its sentence names, and the subject of its clause.

:class:`Ctx` holds a figure's sentence with its actors (states and bodies, not cities, not currency
names such as "US dollars", not parts of another name such as "Nishan-e-Pakistan"), the countries of
its persons, and its parse.  It resolves what a token or a phrase refers to (a name, a person's
country, "he"/"she" through the discourse layer, "it" to the subject of the sentence before, "we" to
the home country, "the country"/"the kingdom" to a described state), and finds the subjects of the
figure's clause: on the parse (through relative pronouns, participles and "after receiving ..."
clauses), else from the words (the actors of the clause that no preposition governs, after any
"X said that").
"""

from __future__ import annotations

import re

from ...annotate.document import AnnotatedDocument
from ...annotate.syntax import Parse, Tok
from ...model import ActorSpan, Sentence
from .excluded import clause_start
from .reading import Figure

__all__ = ["PREPOSITION_BEFORE", "Ctx", "clause_subjects", "clause_window"]

PREPOSITION_BEFORE = re.compile(
    r"\b(?:with|to|from|between|in|for|by|of|into|on|at|among|against|toward|towards|like|"
    r"including|as|than|across|within|over|via|visit|visited|visiting)\s+(?:the\s+)?$",
    re.I,
)
_SAID = re.compile(
    r"\b(?:(?:said|says|say|told\s+\w+)\s+(?:(?:on\s+)?\w+day\s+)?(?:that\s+)?|(?:announced|noted|added|reported|stated|confirmed)\s+that\s+)",
    re.I,
)
_BREAK = re.compile(r"[;:()]|, (?:and|but|while|which|who|whereas)\b|, with\b")


class Ctx:
    """The sentence around a figure: actors, persons and the parse."""

    def __init__(self, adoc: AnnotatedDocument, sent: Sentence, parse: Parse | None) -> None:
        self.adoc, self.sent, self.parse = adoc, sent, parse
        self.text = sent.text
        self.actors = [
            a
            for a in adoc.actors_in(sent.start, sent.end)
            if a.how != "city"
            and not re.match(r"^\s?(?:\$|dollars?\b)", adoc.text[a.end : a.end + 9], re.I)
            and not re.search(r"[a-z]-$", adoc.text[max(0, a.start - 2) : a.start])
        ]  # "Nishan-e-Pakistan": a name

    def rel(self, a: ActorSpan) -> tuple[int, int]:
        return a.start - self.sent.start, a.end - self.sent.start

    def actor_in(self, start: int, end: int) -> list[ActorSpan]:
        return [a for a in self.actors if start <= self.rel(a)[0] and self.rel(a)[1] <= end]

    def countries_in(self, start: int, end: int) -> list[str]:
        """The countries of the persons named in [start, end) ("Anwar": Malaysia)."""
        return [
            p.country
            for p in self.adoc.persons_in(self.sent.start + start, self.sent.start + end)
            if p.country and not p.country.startswith("ORG:")
        ]

    def free(self, a: ActorSpan) -> bool:
        """Not governed by a preposition (a subject, not "with Japan")."""
        s = self.rel(a)[0]
        return not PREPOSITION_BEFORE.search(self.text[max(0, s - 25) : s])

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
        """ "it": the subject of the sentence before (the story's topic continues), else the last actor."""
        here = [a for a in self.actor_in(0, start) if self.free(a)]
        if here:
            return here[0].actor
        for prev in reversed(self.adoc.sentences[max(0, self.sent.index - 2) : self.sent.index]):
            spans = [a for a in self.adoc.actors_in(prev.start, prev.end) if a.how != "city"]
            for a in spans:
                s = a.start - prev.start
                if not PREPOSITION_BEFORE.search(prev.text[max(0, s - 25) : s]):
                    return a.actor
        return None


def clause_subjects(c: Ctx, fig: Figure, anchor: Tok | None, *, given: bool = False) -> list[str]:
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


def _owner(c: Ctx, t: Tok) -> str | None:
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


def _text_subjects(c: Ctx, fig: Figure, *, given: bool = False) -> list[str]:
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
        if (
            len(group) == 1
            and len(heads) > 1
            and not given
            and re.fullmatch(r"['’]s?\s+\w+\s+", text[c.rel(heads[-1])[1] : fig.start] + " ")
        ):
            return [heads[-1].actor]
        return [a.actor for a in group]
    for p in c.adoc.persons_in(c.sent.start + lo, c.sent.end):
        if p.country and p.start - c.sent.start < fig.start:
            return [p.country]
    m = re.match(
        r"^\W*(he|she|it|the\s+country|the\s+[a-z]+(?:\s+[a-z]+)?\s+(?:nation|kingdom|republic|state|country))\b",
        text[lo : fig.start],
        re.I,
    )
    if m:
        found = c.reference(lo + m.start(1), lo + m.end(1), m.group(1).lower())
        if found:
            return [found]
    return []


def clause_window(c: Ctx, fig: Figure) -> tuple[int, int]:
    lo = clause_start(c.text, fig.start)
    if re.search(r"\b(?:which|that)\s*$", c.text[:lo]) and lo > 0:
        lo = clause_start(
            c.text, max(0, lo - 8)
        )  # a relative clause: its noun is before ("bilateral trade, which ...")
    m = _BREAK.search(c.text, fig.end)
    return lo, (m.start() if m else len(c.text))
