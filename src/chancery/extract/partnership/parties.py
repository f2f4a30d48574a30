"""The two sides of a partnership, from the roles of the frame's words in the parse.

In order, the first that names both sides:

1. inside the level or the relationship that is moved: a hyphenated pair ("the Vietnam-Japan
   CSP", "elevated the New Zealand-Viet Nam relationship"), "between A and B";
2. a "with" list on the level, the relationship, the trigger or its verb ("CSPs with A, B, C and D",
   "upgraded ties with Japan to ..."), each member with the other side: the possessor ("Vietnam's
   CSP with", "its ties with" -> the subject), else the subject of the verb, else the story's home;
3. the subject of the verb, whose list may name both ("A and B upgraded ...", "Prime Minister X and
   his Vietnamese counterpart Y elevated ..."), or one side with the level's possessor ("X is Y's
   strategic partner");
4. references to the pair of the story: "they", "we", "the two sides/countries/leaders", "both
   nations", "bilateral ties", "their relations" -> ``adoc.pair_before``; "he"/"she" -> the person's
   country, "it"/"the kingdom" -> the state referred to;
5. exactly two states in the clause.

Persons stand for their country (``annotate.participants``); lists are read once by
``annotate.coordination`` over the parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...annotate.coordination import coordinated, split_list
from ...annotate.document import AnnotatedDocument
from ...annotate.participants import Participant, participants, places, pronoun_participant
from ...annotate.syntax import Parse, Tok
from ...annotate.temporal import explicit_expressions
from ...model import Sentence
from .frame import Frame
from .levels import lexicon

__all__ = ["Side", "pairs_of", "eligible", "covered", "members"]

Pair = tuple[str, str]
_HYPHEN = re.compile(r"^\s*[-–—/]\s*$")
_SEP_TAIL = re.compile(r"^\s*(?:\(|,|in\b|since\b|on\b)")


@dataclass(frozen=True)
class Side:
    """One side's actors and a year attached to each (list items may carry their own)."""

    actors: tuple[str, ...]
    years: tuple[int | None, ...]


def eligible(p: Participant) -> bool:
    return not p.country.startswith("ORG:") or p.country in lexicon()["party_orgs_set"] or p.country.lower() in lexicon()["party_orgs_set"]


def covered(parse: Parse, t: Tok, skip: tuple[str, ...] = ("relcl", "acl", "advcl", "ccomp")) -> list[tuple[int, int]]:
    """Document spans of ``t``'s subtree, without the clauses hanging on it."""
    out: list[tuple[int, int]] = []
    stack = [t]
    while stack:
        x = stack.pop()
        out.append((x.start, x.end))
        stack.extend(k for k in parse.children(x) if k.dep not in skip)
    return out


def members(adoc: AnnotatedDocument, sentence: Sentence, parse: Parse, t: Tok | None,
            skip: tuple[str, ...] = ("relcl", "acl", "advcl", "ccomp")) -> list[Participant]:
    """The parties named in ``t``'s phrase (states, persons for their country, party bodies)."""
    if t is None:
        return []
    spans = covered(parse, t, skip)
    found = participants(adoc, sentence.start, sentence.end, bodies=True)
    return [p for p in found if eligible(p) and any(s <= p.start < e for s, e in spans)]


def _ids(ps: list[Participant]) -> list[str]:
    return list(dict.fromkeys(p.country for p in ps))


def _hyphen_pair(adoc: AnnotatedDocument, spans: list[tuple[int, int]]) -> Pair | None:
    lo = min(s for s, _ in spans)
    hi = max(e for _, e in spans)
    acts = [a for a in adoc.actors_in(lo, hi) if a.is_state or a.actor.lower() in lexicon()["party_orgs_set"]]
    for a, b in zip(acts, acts[1:]):
        if a.actor != b.actor and _HYPHEN.match(adoc.text[a.end : b.start]):
            return (a.actor, b.actor)
    return None


def _pair_words(parse: Parse, t: Tok | None) -> bool:
    """``t``'s phrase refers to the pair of the story ("they", "the two sides", "bilateral ties")."""
    if t is None:
        return False
    words = lexicon()["pair_words_set"]
    lo, hi = parse.subtree(t)
    return any(x.lower in words for x in parse.within(lo, hi) if x.dep not in ("relcl", "acl"))


def _story_pair(adoc: AnnotatedDocument, pos: int, have: set[str], sentence: Sentence | None = None) -> Pair | None:
    """The pair "the two sides" refers to: a hyphenated pair earlier in the same sentence ("At the
    ASEAN-Australia summit, the two sides ..."), else the story's pair before ``pos``."""
    if sentence is not None and sentence.start < pos:
        near = _hyphen_pair(adoc, [(sentence.start, pos)])
        if near and have <= set(near):
            return near
    pair = adoc.pair_before(pos)
    if pair is None or not have <= set(pair):
        return None
    return pair


def _singular_ref(adoc: AnnotatedDocument, sentence: Sentence, parse: Parse, t: Tok) -> str | None:
    """The state "it"/"he"/"the kingdom"/"the country" stands for."""
    lo, hi = parse.subtree(t)
    desc = adoc.descriptor_state(lo, hi)
    if desc is not None:
        return desc[2]
    low = t.lower
    if low in ("he", "she", "his", "her"):
        person = adoc.person_before(t.start)
        return person.country if person and person.country else None
    if low in ("it", "its"):
        found = pronoun_participant(adoc, sentence)
        return found.country if found else None
    return None


def _side_of(adoc: AnnotatedDocument, sentence: Sentence, parse: Parse, toks: list[Tok]) -> list[Participant] | str | None:
    """The parties of subject or possessor tokens; a reference resolved to a code; None when none."""
    found: list[Participant] = []
    for t in toks:
        found += members(adoc, sentence, parse, t)
    if found:
        return found
    for t in toks:
        if t.lower in lexicon()["singular_refs_set"] or t.pos in ("NOUN", "PRON"):
            ref = _singular_ref(adoc, sentence, parse, t)
            if ref:
                return ref
    return None


_COUNTED_REF = re.compile(r"^(?:both|the\s+two|these\s+two|the\s+(?:three|four|five)|all\s+(?:three|four|five))\b", re.I)
_SIZES = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}


def _referent_list(adoc: AnnotatedDocument, sentence: Sentence, obj: Tok, parse: Parse) -> list[Participant]:
    """"ties with both countries": the nearest list of that many states named before, in this
    sentence or the one before."""
    lo, hi = parse.subtree(obj)
    phrase = adoc.text[lo:hi]
    m = _COUNTED_REF.match(phrase)
    if m is None:
        return []
    size = next((n for w, n in _SIZES.items() if re.search(rf"\b{w}\b", m.group(0), re.I)), None)
    prev = adoc.previous_sentences(sentence, 1)
    starts = [sentence.start] + [q.start for q in prev]
    for start in starts:
        end = lo if start == sentence.start else sentence.start
        found = [p for p in participants(adoc, start, end, bodies=True) if eligible(p) and not p.is_person]
        runs = [r for r in split_list(adoc.text, found) if len({p.country for p in r}) == size]
        if runs:
            return runs[-1]
    return []


# between two list items: a separator, with the first item's own time ("France in 1998, with Russia in 2000
# and with Japan", "Japan, since 2010, and India")
_TIME_ASIDE = r"\s*\(?\s*(?:in|since|from)\s+[^,;()]{1,24}?\)?\s*"
_TIMED_GAP = re.compile(
    r"^(?:" + _TIME_ASIDE + r"(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s*and\s+|\s*as\s+well\s+as\s+)(?:with\s+)?"
    r"|(?:" + _TIME_ASIDE + r")?(?:,\s*)?(?:and\s+|as\s+well\s+as\s+)?with\s+|\s*,?\s*and\s+)(?:the\s+)?$", re.I)


def _extend_timed(adoc: AnnotatedDocument, sentence: Sentence, got: list[Participant]) -> list[Participant]:
    """A list whose items carry their own time, read on from its last item."""
    pool = [p for p in participants(adoc, sentence.start, sentence.end, bodies=True) if eligible(p) and not p.is_person]
    out = list(got)
    for p in pool:
        if p.start >= out[-1].end and _TIMED_GAP.match(adoc.text[out[-1].end : p.start]):
            out.append(p)
    return out


def _with_list(adoc: AnnotatedDocument, sentence: Sentence, parse: Parse, hosts: list[Tok]) -> list[Participant]:
    """Every "with" list on the hosts ("with A and B in 2007, with C in 2010 and with D in 2013")."""
    preps: list[Tok] = []
    for host in hosts:
        preps += [pr for pr in parse.children(host, "prep") if pr.lower == "with" and pr not in preps]
    if not preps:
        return []
    for pr in list(preps):
        lo, hi = parse.subtree(parse.head(pr))
        preps += [t for t in parse.within(lo, hi) if t.lower == "with" and t not in preps
                  and not any(a.dep in ("relcl", "advcl", "acl", "ccomp") for a in parse.ancestors(t) if parse.dominates(parse.head(pr), a))]
    out: list[Participant] = []
    for pr in sorted(preps, key=lambda t: t.i):
        got = members(adoc, sentence, parse, pr)
        if not got:
            for obj in parse.children(pr, "pobj"):
                got = _referent_list(adoc, sentence, obj, parse)
        out += got
    if not out:
        return []
    out = sorted({(p.start, p.end): p for p in out}.values(), key=lambda p: p.start)
    return _extend_timed(adoc, sentence, out)


def _between(adoc: AnnotatedDocument, sentence: Sentence, parse: Parse, hosts: list[Tok]) -> list[str]:
    for host in hosts:
        for prep, _obj in parse.prep_objects(host, ("between", "among")):
            got = _ids(members(adoc, sentence, parse, prep))
            if len(got) == 2:
                return got
            if _pair_words(parse, prep):
                pair = _story_pair(adoc, prep.start, set(got), sentence)
                if pair:
                    return list(pair)
    return []


def _item_year(adoc: AnnotatedDocument, p: Participant, sentence: Sentence) -> int | None:
    """A year written right after a list item: "with Japan in 2011, Vietnam (2015) and ..."."""
    after = adoc.text[p.end : min(sentence.end, p.end + 30)]
    if not _SEP_TAIL.match(after):
        return None
    cut = re.search(r"\b(?:and|with)\b|[;]", after)
    window = after[: cut.start()] if cut else after
    found = explicit_expressions(window)
    return found[0].when.year if found else None


def pairs_of(adoc: AnnotatedDocument, sentence: Sentence, parse: Parse, fr: Frame) -> list[tuple[Pair, float, int | None]]:
    """(pair, confidence, item year) for a frame."""
    h, rel, trig, verb = fr.head, fr.relation, fr.trigger, fr.verb
    inner = [t for t in (h, rel) if t is not None]
    spans = [s for t in inner for s in covered(parse, t)]
    if trig is not None and trig.pos == "NOUN":
        spans += covered(parse, trig)
    pair = _hyphen_pair(adoc, spans) if spans else None
    if pair:
        return [(pair, 0.9, None)]
    hosts = inner + [t for t in (trig, verb) if t is not None]
    between = _between(adoc, sentence, parse, hosts)
    if between:
        return [((between[0], between[1]), 0.9, None)]

    poss = [k for t in inner for k in parse.children(t, "poss")]
    subj = parse.subjects(verb) if verb is not None else []
    if verb is not None and not subj:  # "By establishing a CSP with the UK, Vietnam ...": the main clause's subject
        for up in list(parse.ancestors(verb))[:4]:
            if up.is_verb and parse.subjects(up):
                subj = parse.subjects(up)
                break
    if verb is not None and parse.is_passive(verb) and not subj:
        subj = parse.agents(verb)
    for s in list(subj):  # "France was the first country to sign ...": the subject of the copula
        if s.dep == "attr" and s.head != s.i and parse.head(s).lemma == "be":
            subj += [x for x in parse.subjects(parse.head(s)) if x not in subj]
        rel = s if s.lower in ("who", "which", "that") else next((k for k in parse.children(s, "poss") if k.lower == "whose"), None)
        if rel is not None:  # "Putin, whose country set up a SP with ...": the person the clause is about
            clause = next((a for a in parse.ancestors(s) if a.dep == "relcl"), None)
            if clause is not None and clause.head != clause.i:
                subj = [x for x in subj if x is not s] + [parse.head(clause)]
    pronoun_poss = [k for k in poss if k.lower in ("its", "his", "her", "their", "our")]
    if pronoun_poss and subj and not _pair_words(parse, pronoun_poss[0]):
        poss = [k for k in poss if k not in pronoun_poss] or subj  # "Vietnam upgraded its ties with X": its = the subject
    partners = _with_list(adoc, sentence, parse, hosts)
    partner_ids = _ids(partners)
    own = _side_of(adoc, sentence, parse, poss) if poss else None
    if partners:
        if own is None or (isinstance(own, list) and not set(_ids(own)) - set(partner_ids)) or own in partner_ids:
            own = _side_of(adoc, sentence, parse, subj) if subj else None
        side = [own] if isinstance(own, str) else [c for c in _ids(own or []) if c not in partner_ids]
        if not side and (_pair_words(parse, poss[0]) if poss else False):
            side = []
        if not side and adoc.home and adoc.home not in partner_ids:
            side = [adoc.home]
        years = {p.country: _item_year(adoc, p, sentence) for p in partners} if len(partners) > 1 else {}
        return [((s, c), 0.85, years.get(c)) for s in side for c in partner_ids if c != s]

    sides: list[str] = []
    for got in (own, _side_of(adoc, sentence, parse, subj) if subj else None):
        if isinstance(got, str):
            sides.append(got)
        elif got:
            sides += _ids(got)
    sides = list(dict.fromkeys(sides))
    if len(sides) == 2:
        return [((sides[0], sides[1]), 0.85, None)]
    anchor = subj[0] if subj else (poss[0] if poss else h)
    refers = any(_pair_words(parse, t) for t in subj + poss + inner)
    if len(sides) == 1:
        inside = [c for c in _ids(members(adoc, sentence, parse, h)) if c != sides[0]]
        if len(inside) == 1:
            return [((sides[0], inside[0]), 0.8, None)]
        if refers:
            pair = _story_pair(adoc, anchor.start, set(sides), sentence)
            if pair:
                return [(pair, 0.65, None)]
        rest = [c for c in _ids([p for p in participants(adoc, sentence.start, sentence.end, bodies=True) if eligible(p)]) if c != sides[0]]
        if not rest and subj:  # "Lula's state visit to Hanoi elevated ties": the place of the subject's visit
            lo, hi = parse.subtree(subj[0])
            rest = list(dict.fromkeys(q.country for q in places(adoc, lo, hi) if q.country != sides[0]))
        if len(rest) == 1:
            return [((sides[0], rest[0]), 0.6, None)]
        return _singular_story(adoc, sentence, fr, set(sides))
    if len(sides) > 2:
        return []
    if refers:
        pair = _story_pair(adoc, anchor.start, set(), sentence)
        if pair:
            return [(pair, 0.65, None)]
    named = _ids([p for p in participants(adoc, sentence.start, sentence.end, bodies=True) if eligible(p)])
    if len(named) == 2:
        return [((named[0], named[1]), 0.6, None)]
    if len(named) == 1:
        return _singular_story(adoc, sentence, fr, set(named))
    return []


def _singular_story(adoc: AnnotatedDocument, sentence: Sentence, fr: Frame, have: set[str]) -> list[tuple[Pair, float, int | None]]:
    """One side named, the level singular ("makes Japan the sixth country to ..."): the story's pair with it."""
    if fr.head.lower.endswith("s"):
        return []  # "Vietnam has 12 strategic partnerships": no pair
    pair = _story_pair(adoc, fr.head.start, have, sentence)
    return [(pair, 0.55, None)] if pair else []
