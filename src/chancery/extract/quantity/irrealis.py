"""How a figure is stated: as a fact, a decided target, a hedged forecast or a rule.

On the parse, the figure's clause decides: the verb that governs the number and the verbs that
govern it in turn (through "to" complements and conjuncts, up to a verb of saying).  The figure is

- *hedged* when one of them is a modal of possibility ("could", "may", "might", "can") or a verb of
  forecast ("expect", "forecast", "project", "tip"), or is negated;
- a *rule* when one of them says what is required ("need", "require", "must", "shall");
- a *target* (a figure, with the target's own year) when one of them is a verb of decided intent
  ("plan", "aim", "agree to", "set a target") or the figure is the goal of a raise verb that is
  not a past fact ("to bring trade to $3 billion", "will lift trade to US$25 billion").

"will" is no hedge: a stated future is reported as stated.  Without a parse (the sentence was not a
candidate for one) the words around the figure in its clause decide, from the same lexicon lists.
Offsets are sentence-relative.
"""

from __future__ import annotations

import re

from ...annotate.syntax import Parse, Tok
from .excluded import alt, clause_start, has_any, word_set
from .numbers import lex

__all__ = ["irrealis"]

_REPORTING = frozenset(
    {"say", "tell", "report", "announce", "state", "note", "add", "stress", "confirm", "claim", "write"}
)
_RAISE = r"(?:raise|bring|increase|boost|lift|push|expand|grow|take|elevate|double|reach|achieve|hit)"
# the goal of a raise verb that is not a past fact: "to bring the volume of trade to $3 billion"
_GOAL = re.compile(
    rf"\b(?:to|will|shall|would|aims?\s+at|plans?\s+to)\s+(?:\w+\s+){{0,2}}?{_RAISE}\w*\b[^.;]{{0,80}}?\bto\s+(?:[\w$]+\s+){{0,2}}$",
    re.I,
)


_REACH = re.compile(
    r"\b(?:is|are|was|aims?|aiming|goal|target|plans?|seeks?|strives?)\s+(?:\w+\s+)?to\s+(?:reach|achieve|attain|hit)\s+"
    r"(?:(?:more\s+than|over|about|around|nearly)\s+)?$",
    re.I,
)


def irrealis(
    text: str, start: int, end: int, pos: int, parse: Parse | None, base: int, *, count: bool = False
) -> str | None:
    """How the figure at ``text[start:end]`` (number at ``pos``; ``count``: a count of things) is
    stated: "hedged", "rule", "target" or None (a fact)."""
    target = bool(
        _GOAL.search(text[max(0, start - 120) : start]) or _REACH.search(text[max(0, start - 40) : start])
    )
    if re.search(
        r"\bfrom\s+(?:(?:about|around|some|nearly|over|just)\s+)?$", text[max(0, start - 20) : start], re.I
    ):
        return None  # "will decline to 28% from 30% this year": the base of a change is a fact
    if parse is not None:
        tok = parse.at(base + pos)
        if tok is not None and tok.start < base + end:
            found = _on_parse(parse, tok)
            if found in ("hedged", "rule"):
                return found
            target = target or found == "target"
    if parse is None and (_hedged_text(text, pos) or _HEDGE_AFTER.match(text[end:])):
        return "hedged"
    rule = _threshold_text(text, start, end, count)
    return rule or (
        "target"
        if target or has_any("target_words", text[max(clause_start(text, start), start - 60) : start])
        else None
    )


# "they expect the agreement to double trade", "hopes the talks will lift trade to"
_EXPECT_TO = re.compile(
    r"\b(?:expects?|expected|forecasts?|predicts?|anticipates?|hopes?)\b[^.;]{0,50}\b(?:to|will|could|would)\s+(?:\w+\s+){0,3}$",
    re.I,
)


# the figure as the subject of a hedge: "Nearly 60 nations are expected to attend", "50 firms could join"
_HEDGE_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,3}?(?:(?:is|are|was|were)\s+(?:(?:also|now)\s+)?(?:expected|likely|forecast|projected|poised|tipped|"
    r"anticipated|predicted)\s+to|could|might|may)\b",
    re.I,
)


def _chain(parse: Parse, tok: Tok) -> list[Tok]:
    """The verb governing ``tok`` and the verbs above it, up to a verb of saying."""
    verb = parse.verb_of(tok)
    out: list[Tok] = []
    while verb is not None and len(out) < 5:
        if _forms(verb) & _REPORTING and out:
            break
        out.append(verb)
        if verb.dep not in ("ROOT", "relcl", "advcl", "parataxis") and verb.head != verb.i:
            if verb.dep == "ccomp" and _forms(parse.head(verb)) & _REPORTING:
                break
            nxt = parse.verb_of(parse.head(verb))
            verb = nxt if nxt is not None and nxt.i != verb.i else None
            continue
        break
    return out


def _forms(t: Tok) -> set[str]:
    """The token's lemma and the stems of its inflections ("agreed": agree, agre, agreed)."""
    w = t.lower
    out = {w, t.lemma}
    for suffix in ("ing", "ed", "es", "s", "d"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[: -len(suffix)]
            out |= {stem, stem + "e"}
            if len(stem) > 3 and stem[-1] == stem[-2]:
                out.add(stem[:-1])  # "planned"
    return out


def _on_parse(parse: Parse, tok: Tok) -> str | None:
    hedge_modals = word_set("hedge_modals")
    hedge_verbs = word_set("hedge_lemmas")
    rule_words = word_set("rule_lemmas")
    target_verbs = word_set("target_lemmas")
    target = False
    for verb in _chain(parse, tok):
        auxes = [a.lower for a in parse.children(verb, "aux", "auxpass")]
        forms = _forms(verb)
        if any(a in rule_words for a in auxes) or forms & rule_words:
            return "rule"
        if any(a in hedge_modals for a in auxes) or forms & hedge_verbs:
            return "hedged"
        if parse.negated(verb):
            return "hedged"
        for c in parse.children(verb, "acomp", "advmod"):
            if c.lower in hedge_verbs:  # "is likely to"
                return "hedged"
        target = target or bool(forms & target_verbs)
    return "target" if target else None


def _hedged_text(text: str, pos: int) -> bool:
    """ "could reach", "is expected to hit", "may exceed" before the figure in its clause."""
    cs = clause_start(text, pos)
    window = text[max(cs, pos - 70) : pos]
    if has_any("hedges", window) or _EXPECT_TO.search(window):
        return True
    lx = lex()
    return bool(
        re.search(
            rf"\b(?:{alt(lx['hedge_modals'])})\s+(?:\w+\s+)?(?:{alt(lx['forecast_verbs'])})\b", window, re.I
        )
    )


def _threshold_text(text: str, start: int, end: int, count: bool) -> str | None:
    """ "at least 30% of seats must", "a minimum of 10", "needs 129 votes": a rule."""
    before = re.sub(
        r"\bneeds?\s+(?=to\s+$)", "", text[max(0, start - 30) : start]
    )  # "defence needs to 5%": a noun
    after = re.split(r"[,;.]", text[end : end + 60], maxsplit=1)[0]
    inside_np = re.search(
        r"\bof\s+(?:(?:some|about|around|nearly|over|more\s+than|almost)\s+)?$", before, re.I
    )
    if has_any("thresholds_before", before) or (has_any("thresholds_after", after) and not inside_np):
        return "rule"
    clause = text[clause_start(text, start) : end + 60]
    return "rule" if count and (_HABITUAL.search(clause) or _ALLOCATION.search(text[: end + 40])) else None


# a standing rule: "Five judges are elected every three years"; an allocation: "seats are allocated as follows"
_HABITUAL = re.compile(
    r"\b(?:are|is)\s+(?:elected|chosen|appointed|renewed|replaced)\s+(?:[\w-]+\s+){0,4}?every\s+\w+\s+years?\b",
    re.I,
)
_ALLOCATION = re.compile(
    r"\b(?:are|is|were)\s+(?:allocated|allotted|distributed|apportioned|reserved)\b|\b(?:as\s+follows|following\s+pattern)\s*:"
    r"|\b(?:allocated|allotted|reserved)\s+(?:to|for)\b",
    re.I,
)
