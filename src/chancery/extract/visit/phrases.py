"""Noun phrases and clauses on the parse: the extent of an argument, a frame's own clause, its subjects."""

from __future__ import annotations

from ...annotate.document import AnnotatedDocument
from ...annotate.participants import Place, places
from ...annotate.syntax import Parse, Tok

__all__ = ["clause", "np_places", "np_span", "subjects"]

# what belongs to a noun phrase's core (not its relative clauses, its other prepositions or its list)
_CORE = {"compound", "amod", "det", "poss", "case", "nmod", "nummod", "flat", "appos", "quantmod",
         "npadvmod", "nn", "predet", "prt", "advmod"}
_OF = {"of", "from"}
_EMBEDDED = {"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"}

def np_span(parse: Parse, tok: Tok, *, lists: bool = False) -> tuple[int, int]:
    """Offsets of ``tok``'s noun phrase: its modifiers, appositions and "of" phrases (with their lists),
    not its relative clauses, other prepositional phrases or conjuncts (unless ``lists``)."""
    lo, hi = tok.start, tok.end
    stack = [(tok, False)]
    while stack:
        t, under_of = stack.pop()
        lo, hi = min(lo, t.start), max(hi, t.end)
        for c in parse.children(t):
            if c.dep in _CORE:
                stack.append((c, under_of))
            elif c.dep == "prep" and c.lower in _OF:
                stack.append((c, True))
            elif c.dep == "pobj" and t.dep == "prep":
                stack.append((c, under_of))
            elif c.dep in ("conj", "cc") and (under_of or lists or t.i != tok.i):
                stack.append((c, under_of))
    return lo, hi


def clause(parse: Parse, verb: Tok) -> list[Tok]:
    """The tokens of ``verb``'s own clause (embedded clauses and coordinated verbs left out)."""
    out, stack = [], [verb]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in parse.children(t):
            if c.dep in _EMBEDDED or (c.dep == "conj" and c.is_verb):
                continue
            stack.append(c)
    return sorted(out, key=lambda t: t.i)


def np_places(adoc: AnnotatedDocument, lo: int, hi: int) -> list[Place]:
    """Places in the noun phrase [lo, hi), not a possessive ("Vietnam's ..."), the country of a
    person's title inside the phrase ("Japanese Prime Minister X", "Vietnam's leader X") nor a city in
    a body's name."""
    persons = [q.start for q in adoc.persons_in(lo, hi)]
    bodies = [(a.start, a.end) for a in adoc.actors_in(lo, hi) if not a.is_state]
    return [p for p in places(adoc, lo, hi)
            if not adoc.text.startswith(("'s", "’s"), p.end) and not any(p.end <= s for s in persons)
            and not any(s <= p.start < e for s, e in bodies)]  # "the Shanghai Cooperation Organisation"


def subjects(parse: Parse, verb: Tok) -> list[Tok]:
    """The subject tokens of ``verb``: a relative pronoun stands for the noun its clause modifies
    ("X, who arrived ..."), a participle modifying a noun has that noun ("visiting Premier X")."""
    found = parse.subjects(verb)
    if verb.dep == "conj" and not parse.children(verb, "nsubj", "nsubjpass") and verb.head != verb.i:
        head = parse.head(verb)  # "A watched the parade, while jets B bought took part": the parser lost "jets"
        between = parse.within(head.end, verb.start)
        if any(t.lower in ("while", "whereas", "although") for t in between):
            found = _left_noun(parse, verb)
    out: list[Tok] = []
    for s in found:
        if s.tag in ("WP", "WDT") or s.lower in ("who", "that", "which"):
            v: Tok | None = verb
            while v is not None and v.dep not in ("relcl", "acl"):
                v = parse.head(v) if v.dep == "conj" and v.head != v.i else None
            if v is not None:
                out.extend(parse.conjuncts(parse.head(v)))
            continue
        out.append(s)
    if not out and verb.dep in ("amod", "acl") and verb.head != verb.i:
        out = parse.conjuncts(parse.head(verb))
    if out and all(s.dep == "csubj" and s.tag == "VBG" for s in out):
        out = _left_noun(parse, verb) or out  # "Accepting the invitation of X, Y paid ...": Y, not the participle
    if not out and verb.tag in ("VBD", "VBZ", "VBP") and verb.dep in ("ROOT", "conj"):
        out = _left_noun(parse, verb)  # the parser lost the subject ("To Lam, the party chief, paid ...")
    if not out and verb.dep == "pcomp" and verb.head != verb.i:  # "hours after wrapping up a visit to X"
        gov = parse.verb_of(parse.head(verb))
        if gov is not None and gov.i != verb.i:
            out = subjects(parse, gov)
    return out


def _left_noun(parse: Parse, verb: Tok) -> list[Tok]:
    """The noun phrase right before a finite verb that has no subject in the parse."""
    i = verb.i - 1
    while i >= 0 and (parse.toks[i].pos in ("PUNCT", "ADV") or parse.toks[i].dep in ("aux", "auxpass", "neg")):
        i -= 1
    if i < 0 or parse.toks[i].pos not in ("NOUN", "PROPN"):
        return []
    t = parse.toks[i]
    while t.dep in ("appos", "compound", "conj", "flat") and t.head != t.i and parse.head(t).start < verb.start \
            and parse.head(t).pos in ("NOUN", "PROPN"):
        t = parse.head(t)
    return [t]
