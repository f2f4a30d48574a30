"""Where a figure's subject is found by what the figure measures.

- members and seats: the body they belong to ("the 47-member council", "14 members of the Council",
  "elected 14 member states to the Human Rights Council", "the Security Council comprises 15
  members", "the bloc of 54 states" after the bloc was named);
- ranks: the actor the rank is predicated of, by a copula or an apposition ("China was the largest
  supplier to Vietnam", "Indonesia, the world's biggest archipelago nation", "placing Vietnam among
  the top 15"), never the possessor that frames it ("Vietnam's" in "Vietnam's largest market"), and
  no single actor for a coordinated group ("China and India, the top buyers");
- inflows: the receiver ("remittances sent home to Vietnam", "FDI into Indonesia").
"""

from __future__ import annotations

import re

from ...annotate.syntax import Tok
from .actors import Ctx, clause_subjects, clause_window
from .excluded import clause_start
from .reading import Figure

__all__ = ["body_of", "ranked_actor", "receiver"]

_COPULA = re.compile(
    r"\b(?:is|was|are|were|remains?|remained|becomes?|became|has\s+become|had\s+become|has\s+been|have\s+been|"
    r"is\s+now|was\s+now|ranks?|ranked|stood|stands|emerged\s+as|as)\s+(?:now\s+|still\s+|also\s+)?(?:the\s+|an?\s+)?"
    r"(?:(?:the\s+)?(?:[\w.-]+\s+){0,3}[\w.-]+(?:['’]s|s['’])\s+)?$",
    re.I,
)


# -- the body whose members are counted ------------------------------------------------------------------
def body_of(c: Ctx, fig: Figure, anchor: Tok | None) -> str | None:
    text = c.text
    if fig.kind == "member":  # "the 47-member council": the body is the phrase's last words
        inside = c.actor_in(fig.pos, fig.end + 2)
        return inside[-1].actor if inside else _org_before(c, fig.start, collective=True)
    if fig.kind == "total":  # "joined the Commonwealth, bringing the number of member nations to 56"
        return _org_before(c, fig.start)
    m = re.match(
        r"^\s+(?:of|in|on|to)\s+(?:the\s+|its\s+)?", text[fig.end :]
    )  # "14 members of the Council", "elected ... to X"
    if m:
        after = c.actor_in(fig.end + m.end(), fig.end + m.end() + 50)
        if after and c.rel(after[0])[0] == fig.end + m.end():
            return after[0].actor
    for a in c.actor_in(fig.end, fig.end + 70):
        gap = text[fig.end : c.rel(a)[0]]
        if re.search(r"\b(?:to|on|in)\s+(?:serve\s+(?:on|in)\s+)?(?:the\s+|its\s+)?$", gap) and len(gap) < 60:
            return a.actor if a.actor.startswith("ORG:") else None
    if re.search(
        r"\bthe\s+(?:bloc|group|grouping|alliance|union|organi[sz]ation|body|club|forum)\s+of\s+$",
        text[max(0, fig.start - 30) : fig.start],
        re.I,
    ):
        return _org_before(c, fig.start, story=True)  # "the bloc of 54 states"
    # "X comprises / has / consists of / is made up of 15 members", "X, with its 27 members"
    before = text[clause_start(text, fig.start) : fig.start]
    verb = re.search(
        r"\b(?:comprises?|comprising|consists?\s+of|consisting\s+of|is\s+made\s+up\s+of|made\s+up\s+of|has|have|had|"
        r"with|includes?|including|of|among)\s+(?:(?:all|its|the|their)\s+)?(?:(?:more\s+than|over|some|about)\s+)?$",
        before,
    )
    if verb:
        subj = [
            a
            for a in c.actor_in(fig.start - len(before), fig.start - len(verb.group(0)))
            if a.actor.startswith("ORG:")
        ]
        free = [a for a in subj if c.free(a)]
        if free or subj:
            return (free or subj)[-1].actor
        if anchor is not None and c.parse is not None:
            orgs = [s for s in clause_subjects(c, fig, anchor) if s.startswith("ORG:")]
            if orgs:
                return orgs[0]
    return None


def _org_before(c: Ctx, start: int, *, collective: bool = False, story: bool = False) -> str | None:
    """The body named last before ``start`` (in the sentence, or for "the bloc" in the story)."""
    story = story or collective
    if collective and not re.search(
        r"\b(?:bloc|group|grouping|alliance|union|organi[sz]ation|body|club|forum|council|"
        r"assembly|commission|committee|court|board|conference|parliament|chamber)\b",
        c.text[start : start + 60],
    ):
        return None
    orgs = [a for a in c.actor_in(0, start) if a.actor.startswith("ORG:")]
    if not orgs and story:
        orgs = [
            a
            for a in c.adoc.actors
            if a.end <= c.sent.start + start
            and a.actor.startswith("ORG:")
            and c.sent.start + start - a.end < 800
        ]
    return orgs[-1].actor if orgs else None


# -- ranks: the actor ranked ---------------------------------------------------------------------------
def ranked_actor(c: Ctx, fig: Figure, anchor: Tok | None, possessor: str | None) -> str | None:
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
    after = re.match(
        r"^(?:\s+(?:in|of)\s+(?:the\s+)?(?:[A-Z][\w-]*\s*){1,3})?\s*,\s*(?:the\s+)?", text[fig.end :]
    )
    if after:
        nxt = c.actor_in(fig.end + after.end() - 1, fig.end + after.end() + 40)
        if nxt and c.rel(nxt[0])[0] <= fig.end + after.end() + 1 and nxt[0].actor != possessor:
            return nxt[0].actor  # "Brazil's biggest trading partner, Argentina"
    if fig.kind == "top_n":  # "placing Vietnam among the top 15", "Japanese firms rank among the top three"
        lead = c.text[max(0, fig.start - 40) : fig.start]
        just_before = [
            a
            for a in c.actor_in(fig.start - 25, fig.start)
            if re.fullmatch(r"\s*", c.text[c.rel(a)[1] : fig.start])
        ]
        if just_before:
            return just_before[-1].actor
        if not re.search(
            r"\b(?:ranks?|ranked|ranking|is|are|was|were|remains?|remained|stands?|stood|placed|became|becomes)\s+(?:now\s+|still\s+)?$",
            lead,
            re.I,
        ):
            return None
    tally = fig.noun.split()[-1:] in (["tally"], ["number"], ["score"], ["total"], ["share"])
    if (
        fig.noun in ("rank", "vote rank")
        or tally
        or fig.kind
        in (
            "top_n",
            "places",
        )
    ):  # "ranks 15th", "the most votes", "climbed 9 places"
        subjects = clause_subjects(c, fig, anchor)
        return subjects[0] if subjects else None
    return None


def _predicated_on_parse(c: Ctx, anchor: Tok, possessor: str | None) -> str | None:
    """The ranked actor from the parse; "" when the parse says no single actor is ranked."""
    p = c.parse
    assert p is not None
    verb = p.verb_of(anchor)
    copular = verb is not None and verb.lemma in ("become", "remain", "make")
    if verb is not None and (anchor.dep in ("attr", "oprd", "acomp") or (anchor.dep == "dobj" and copular)):
        subjects = p.subjects(verb)
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
def receiver(c: Ctx, fig: Figure) -> str | None:
    """ "remittances sent home to Vietnam", "FDI into Vietnam", "$2bn in investment in Laos"."""
    lo, hi = clause_window(c, fig)
    for a in c.actor_in(lo, hi):
        s, _e = c.rel(a)
        if re.search(r"\b(?:to|into|in)\s+(?:the\s+)?$", c.text[max(lo, s - 12) : s]) and a.how != "org":
            subjects = [x for x in clause_subjects(c, fig, None) if x != a.actor]
            if not subjects:
                return a.actor
    return None
