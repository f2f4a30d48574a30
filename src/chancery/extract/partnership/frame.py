"""The frame of a level in its sentence's dependency parse: set up, referred to, or no fact.

From the level's head noun up the parse:

- the object of "to" under a verb or noun of change ("upgraded ties to a CSP", "the elevation of
  relations to a CSP", "took the relationship to the level of a CSP"): **established**, the change
  word is the trigger; the object of "from" under it is the prior level: **mentioned**;
- the object, passive subject or participle of a verb or noun that sets a level up ("established a
  SP", "a CSP was announced", "the SP, forged in 2009", "the establishment of a CP", "became
  strategic partners", "signed off on a SP"): **established**;
- a level naming a document ("a CSP agreement", "a treaty on strategic partnership") is set up only
  when that document is signed; a level that modifies any other noun ("a strategic partnership
  dialogue") is not a relationship;
- anything else that names the level refers to it: **mentioned** ("deepen the CSP", "X is Y's
  strategic partner", "the 25th anniversary of the SP");
- irrealis from the parse: a modal or a negation on the trigger or the verbs it depends on, a verb or
  noun of intention above it ("aim to upgrade", "plans to elevate", "the possibility of lifting",
  "will be established"), a goal ("seek a CSP"), "towards a CSP": no fact. A decision taken is a
  fact ("agreed to upgrade", "decided to lift", "the first country to sign").
"""

from __future__ import annotations

from dataclasses import dataclass

from ...annotate.syntax import Parse, Tok
from .levels import LevelPhrase, lexicon, stem

__all__ = ["Frame", "irrealis", "read_frame"]


@dataclass(frozen=True)
class Frame:
    """What one level phrase is in its sentence."""

    level: LevelPhrase
    action: str  # established | mentioned
    head: Tok  # the level's head noun
    trigger: Tok | None  # the word that sets it up or moves ties to/from it
    verb: Tok | None  # the verb whose arguments name the parties
    relation: Tok | None  # the noun for the relationship that is moved ("upgraded ties to ...")


def _is(t: Tok, key: str) -> bool:
    lx = lexicon()
    words = lx[key + "_set"]
    return t.lemma in words or t.lower in words or (t.pos in ("VERB", "NOUN", "AUX") and stem(t.lower) in lx[key + "_stems"])


def _lemma(t: Tok, *words: str) -> bool:
    return t.lemma in words or stem(t.lower) in {stem(w) for w in words}


def _governing_verb(parse: Parse, t: Tok) -> Tok | None:
    v = parse.verb_of(t)
    return v


def _establishing(parse: Parse, v: Tok, lp: LevelPhrase) -> bool:
    """``v`` sets up the level it governs (with its particle: "set up", "enter into")."""
    if not _is(v, "establish"):
        return False
    lx = lexicon()
    if _lemma(v, "build"):
        return lp.head == "community"
    need = next((ps for w, ps in lx["establish_particles"].items() if _lemma(v, w)), None)
    if need:
        return any(k.lower in need for k in parse.children(v, "prt", "prep"))
    return True


def _anniversary(parse: Parse, t: Tok) -> bool:
    return any(_is(a, "anniversary_nouns") for _, a in zip(range(5), parse.ancestors(t)))


def irrealis(parse: Parse, t: Tok) -> bool:
    """The act ``t`` states is not (yet) a fact: modal, negated, intended, proposed or a purpose."""
    lx = lexicon()
    cur = t
    for _ in range(7):
        kids = parse.children(cur)
        if any(k.dep in ("aux", "auxpass") and k.lower in lx["modals_set"] for k in kids):
            return True
        if any(k.dep == "neg" or (k.dep in ("advmod", "det") and k.lower in lx["negations_set"]) for k in kids):
            return True
        if any(k.dep in ("advmod", "npadvmod") and k.lower in lx["future_words_set"] for k in kids):
            return True
        infinitive = any(k.dep == "aux" and k.tag == "TO" for k in kids)
        if cur.head == cur.i:
            return False
        up = parse.head(cur)
        dep = cur.dep
        if _is(up, "realis") or any(k.dep == "amod" and _is(k, "realis") for k in parse.children(up)):
            return False
        if dep in ("xcomp", "ccomp"):
            if _is(up, "intent_verbs") or _is(up, "intent_nouns"):
                return True
        elif dep in ("acl", "relcl"):
            if not infinitive:
                return False  # a participle or a relative clause: its own tense, already checked
            return True  # "plans to elevate", "an effort to upgrade", "a chance to lift"
        elif dep == "advcl":
            return infinitive  # "in order to upgrade"; "..., agreeing to upgrade" is stated
        elif dep in ("pobj", "pcomp"):
            if up.lower in lx["irrealis_preps_set"]:
                return True
            gov = parse.head(up)
            if gov.i != up.i and (_is(gov, "intent_nouns") or (_is(gov, "intent_verbs") and up.lower in ("for", "at", "on"))):
                return True
            cur = gov if gov.i != up.i else up
            continue
        elif dep == "dobj":
            if _is(up, "intent_verbs") or _is(up, "goal_verbs"):
                return True
        elif dep == "conj":
            pass  # shares the situation of the first conjunct
        elif dep == "prep":
            pass
        else:
            return False
        cur = up
    return False


def _signed_document(parse: Parse, doc: Tok) -> Tok | None:
    """The signing verb of a document noun ("signed a CSP agreement", "the treaty, signed in")."""
    sign = lexicon()["sign_lemmas_set"]
    if doc.dep in ("dobj", "nsubjpass") and _lemma(parse.head(doc), *sign):
        v = parse.head(doc)
        return None if irrealis(parse, v) else v
    for k in parse.children(doc, "acl", "relcl"):
        if (k.lemma in sign or stem(k.lower) in {stem(w) for w in sign}) and not irrealis(parse, k):
            return k
    return None


def _modified(parse: Parse, h: Tok) -> bool:
    """An irrealis word on the level itself: "a possible CSP", "towards a CSP", "no strategic partnership"."""
    lx = lexicon()
    words = lx["irrealis_modifiers_set"]
    if any(k.dep in ("amod", "det", "advmod", "neg") and k.lower in words for k in parse.children(h)):
        return True
    loose = lx["loose_partner_words_set"]
    if h.lower.startswith("partner") and not h.lower.startswith("partnership"):
        if any(k.dep in ("amod", "advmod") and k.lower in loose for k in parse.children(h)):
            return True  # "a key strategic partner": a description
    return False


def _participle(parse: Parse, toks: list[Tok], lp: LevelPhrase) -> Tok | None:
    """A participle that says the level was set up: "the SP, established in 2009", "newly-established"
    (also on a word of the level's purpose suffix, where the parser may hang it)."""
    h = toks[0]
    lo, hi = parse.subtree(h)
    suffix = [t for t in parse.within(h.end, hi) if t.pos in ("NOUN", "PROPN")]
    for t in toks + suffix:
        for k in parse.children(t, "acl", "amod", "relcl", "advcl"):
            if t in suffix and k.dep != "relcl":
                continue
            low = k.lower.split("-")[-1]
            if k.tag == "VBN" or low.endswith("ed") or k.dep == "relcl":
                if (_establishing(parse, k, lp) or _lemma(k, "upgrade", "elevate") or low in ("established", "upgraded", "elevated", "unveiled", "launched", "forged")):
                    if not irrealis(parse, k):
                        return k
    return None


def read_frame(parse: Parse, lp: LevelPhrase) -> Frame | None:
    """The frame of ``lp``; None when the level is no fact (a goal, a threshold, a document not signed)."""
    lx = lexicon()
    h = parse.head_of(lp.start, lp.end)
    if h is None:
        return None
    if _modified(parse, h):
        return None
    x = h
    while x.dep == "conj" and x.head != x.i:
        x = parse.head(x)  # "its relationship and CSP with Russia": the role of the coordination
    if x.dep in ("compound", "amod", "nmod", "npadvmod", "poss") and x.head != x.i:
        noun = parse.head(x)
        if _is(noun, "document_nouns"):
            sign = _signed_document(parse, noun)
            if sign is None:
                return None
            return Frame(lp, "established", h, sign, sign, None)
        if not _is(noun, "relation_nouns"):
            return None  # "a strategic partnership dialogue", "the CSP fund"
        x = noun
    part = _participle(parse, [h, x] if x is not h else [h], lp)
    if part is not None and not _anniversary(parse, h):
        return Frame(lp, "established", h, part, _governing_verb(parse, part), None)
    if x.head == x.i:
        return Frame(lp, "mentioned", h, None, None, None)
    gov = parse.head(x)
    if x.dep in ("pobj", "pcomp"):
        return _prepositional(parse, lp, h, x, gov)
    if x.dep in ("attr", "oprd") and _lemma(gov, "become"):
        return None if irrealis(parse, gov) else Frame(lp, "established", h, gov, gov, None)
    if x.dep in ("dobj", "nsubjpass", "appos") or (x.dep == "nsubj" and _lemma(gov, "form", "emerge")):
        if x.dep != "appos" and _establishing(parse, gov, lp) and not _anniversary(parse, gov):
            return None if irrealis(parse, gov) else Frame(lp, "established", h, gov, gov, None)
        if x.dep == "dobj" and _is(gov, "goal_verbs") and (not _lemma(gov, "reach", "achieve", "attain", "obtain") or irrealis(parse, gov)):
            return None  # "seek a CSP", "hope to reach a CSP"
    verb = _governing_verb(parse, x)
    return _mention(parse, lp, h, x, verb, None)


def _mention(parse: Parse, lp: LevelPhrase, h: Tok, x: Tok, verb: Tok | None, relation: Tok | None) -> Frame | None:
    """A level referred to, unless its clause denies it, wants it or supposes it: "do not yet have a
    CSP", "explored elevating ties to a SP", "a SP between A and B would boost trade"."""
    if verb is not None:
        if parse.negated(verb) or any(k.lower in ("never", "yet") for k in parse.children(verb, "advmod")):
            return None
        if _is(verb, "intent_verbs") and not _lemma(verb, "discuss", "look", "work"):
            return None
        if x.dep in ("nsubj", "nsubjpass") and any(k.lower in lexicon()["modals_set"] for k in parse.children(verb, "aux")):
            return None
    return Frame(lp, "mentioned", h, None, verb, relation)


def _prepositional(parse: Parse, lp: LevelPhrase, h: Tok, x: Tok, prep: Tok) -> Frame | None:
    lx = lexicon()
    p = prep.lower
    gov = parse.head(prep) if prep.head != prep.i else prep
    if p == "of" and _is(gov, "level_nouns") and gov.dep in ("pobj", "dobj", "attr") and gov.head != gov.i:
        up = parse.head(gov)  # "to the level of a CSP"
        if up.dep == "prep" or up.pos == "ADP":
            prep, p = up, up.lower
            gov = parse.head(up) if up.head != up.i else up
    if p in lx["irrealis_preps_set"]:
        return None
    relation: Tok | None = None
    trigger = gov
    if _is(gov, "relation_nouns") and p in ("to", "into", "from") and gov.head != gov.i:
        relation, trigger = gov, parse.head(gov)  # "elevated the relationship [to a CSP]"
        if trigger.pos == "ADP" and trigger.head != trigger.i:
            trigger = parse.head(trigger)  # "the upgrade of [relations to a CSP]"
    if p in ("to", "into", "from") and not _is(trigger, "change"):
        nominal = [o for o in parse.children(trigger, "dobj") if _is(o, "change") and o.pos == "NOUN"]
        if nominal:  # "marking the elevation of relations [to a SP]": the noun of change is the trigger
            trigger = nominal[0]
    if p in ("to", "into", "from") and _is(trigger, "change"):
        if relation is None:
            relation = next(iter(parse.children(trigger, "dobj")), None)
            if relation is None:
                of = [o for pr, o in parse.prep_objects(trigger, ("of",))]
                relation = of[0] if of else None
        if p == "from":
            return Frame(lp, "mentioned", h, trigger, _governing_verb(parse, trigger), relation)
        if irrealis(parse, trigger) or _anniversary(parse, trigger):
            return None if not _anniversary(parse, trigger) else Frame(lp, "mentioned", h, None, _governing_verb(parse, trigger), relation)
        return Frame(lp, "established", h, trigger, _governing_verb(parse, trigger), relation)
    if p in ("on", "upon") and _lemma(gov, "sign", "agree", "settle") or (p == "of" and _is(gov, "establish") and gov.pos == "NOUN"):
        if irrealis(parse, gov) or _anniversary(parse, gov):
            return None if not _anniversary(parse, gov) else Frame(lp, "mentioned", h, None, _governing_verb(parse, gov), None)
        return Frame(lp, "established", h, gov, _governing_verb(parse, gov), None)
    if p in ("on", "of") and _is(gov, "document_nouns"):
        sign = _signed_document(parse, gov)  # "signed a treaty on strategic partnership"
        return Frame(lp, "established", h, sign, sign, None) if sign is not None else None
    indefinite = any(k.dep == "det" and k.lower in ("a", "an") for k in parse.children(h))
    if _is(gov, "intent_nouns") and (p in ("of", "to") or (p in ("for", "on") and indefinite)):
        return None  # "the possibility of a CSP", "a roadmap to a CSP", "a proposal for a CSP" ("a roadmap for the CSP" is a mention)
    if p in ("for", "at") and _is(gov, "intent_verbs"):
        return None  # "push for a CSP"
    return _mention(parse, lp, h, x, _governing_verb(parse, gov), relation)
