"""Noun frames: a visit stated as a noun ("visit", "trip", "tour", "stay", "arrival").

The visitor is the noun's possessor ("Xi's visit", "his trip": the antecedent), its "by/of" phrase
("a three-day visit by the Singaporean prime minister"), or the subject of the verb that carries
the noun ("X paid a state visit", "X, who is on a four-day state visit", "X arrived on a visit",
"X left Paris after a two-day visit", "During his visit, X met ..."). The host is the noun's own
"to/in/of" place ("visit to Japan", "tour of Ghana", "his Japan visit"), the place of the carrying
verb ("arrived in Hanoi on a state visit"), the country of a host who "welcomed X's visit", the one
other country of the sentence's persons ("X's state visit, during which he met Y"), else the
story's place. Planned, hoped-for and denied visits are no facts (``frame.unreal_noun``).
"""

from __future__ import annotations

from ...annotate.document import AnnotatedDocument
from ...annotate.participants import Participant, Place, participants
from ...annotate.syntax import Parse, Tok
from ...model import Sentence
from .args import subjects, where, who
from .frame import VisitFound, unreal_noun
from .hosts import context_host, governed_places
from .lex import lexicon
from .phrases import clause, np_span

__all__ = ["noun_visits", "possessors"]

_CARRIER_PREPS = {"on", "for", "after", "upon", "following", "from", "during", "throughout", "in", "at"}
_FRESH = {"first", "second", "third", "fourth", "fifth", "last", "latest", "current", "ongoing", "maiden", "recent"}
_OFFICIAL = {"state", "official", "working", "formal", "goodwill", "friendship"}


def _carrier(parse: Parse, noun: Tok) -> tuple[Tok | None, str]:
    """The verb that carries the noun and how: ("light", verb) for "paid a visit", ("prep", verb) for
    "on a visit", "after a visit"; ("subj", verb) when the noun is the verb's subject."""
    lx = lexicon()
    head = parse.head(noun) if noun.head != noun.i else None
    if head is None:
        return None, ""
    if noun.dep in ("dobj", "attr", "oprd") and head.is_verb:
        if head.lower in lx.light_verbs or head.lower in lx.host_verbs:
            return head, "light" if head.lower in lx.light_verbs else "host"
        return head, "object"
    if noun.dep == "pobj" and (head.lower in _CARRIER_PREPS or head.lower == "with") and head.head != head.i:
        gov = parse.head(head)
        if head.lower == "with":  # only "combined the summit with an official visit"
            if gov.dep == "dobj" and gov.head != gov.i:
                gov = parse.head(gov)
            if gov.lower not in lx.light_verbs:
                return None, ""
        if gov.is_verb:
            return gov, "prep"
        if gov.pos == "ADJ" and gov.head != gov.i:  # "X, fresh from a visit to Russia, landed in ..."
            gov = parse.head(gov)
        if gov.pos == "PROPN" or gov.lower in lx.visitor_nouns:  # "X, on a three-day state visit to Seoul, was greeted"
            return gov, "holder"
        if gov.dep == "prt" or (gov.lower in lx.light_verbs and gov.head != gov.i):
            return parse.head(gov), "prep"
    if noun.dep in ("nsubj", "nsubjpass") and head.is_verb:
        return head, "subj"
    return None, ""


def _visitors(adoc: AnnotatedDocument, parse: Parse, noun: Tok, carrier: Tok | None, how: str) -> list[Participant]:
    lx = lexicon()
    poss = possessors(parse, noun)
    if poss:
        return who(adoc, parse, poss)
    for prep, obj in parse.prep_objects(noun, ("by", "of")):
        found = [p for p in who(adoc, parse, [obj]) if p.is_person or obj.lower in lx.visitor_nouns]
        if found:
            return found
    if how == "subj" and carrier is not None:  # "The visit is the first by a Japanese prime minister"
        for attr in parse.children(carrier, "attr", "acomp"):
            for _p, obj in parse.prep_objects(attr, ("by", "of")):
                found = [p for p in who(adoc, parse, [obj]) if p.is_person or obj.lower in lx.visitor_nouns]
                if found:
                    return found
    if carrier is None:
        return []
    if how == "holder":
        return [p for p in who(adoc, parse, [carrier]) if p.is_person] if _indefinite(parse, noun) else []
    if how == "prep" and not _indefinite(parse, noun):
        return []  # "during the visit", "after the Jakarta trip": a visit told before, maybe another's
    if how == "prep" and carrier.lower in lx.host_verbs and not parse.is_passive(carrier):  # "X received Y for a visit"
        return [p for p in who(adoc, parse, parse.objects(carrier)) if p.is_person]
    if how in ("light", "prep", "object") and not (how == "object" and carrier.lower in lx.host_verbs):
        return who(adoc, parse, subjects(parse, carrier), travellers=True)
    return []


def _indefinite(parse: Parse, noun: Tok) -> bool:
    """"a visit", "state visit", "the first visit": a visit introduced here, not one told before."""
    dets = [c.lower for c in parse.children(noun, "det")]
    if not dets or dets[0] in ("a", "an", "another"):
        return True
    return any(c.lower in _FRESH for c in parse.children(noun, "amod"))


def _own_places(adoc: AnnotatedDocument, parse: Parse, noun: Tok) -> list[Place]:
    out = governed_places(adoc, parse, noun, ("to", "in", "into", "at", "across", "around", "throughout"))
    if not out and noun.lower in ("tour", "tours", "swing"):
        out = governed_places(adoc, parse, noun, ("of", "through"))
    if not out:  # "his Japan visit", "the Hanoi trip"
        for c in parse.children(noun, "compound", "nmod", "amod"):
            out += where(adoc, parse, c, lists=False)
    return out


def _host_of(adoc: AnnotatedDocument, sent: Sentence, parse: Parse, noun: Tok, carrier: Tok | None, how: str,
             visitors: list[Participant]) -> list[tuple[str, float]]:
    lx = lexicon()
    own = _own_places(adoc, parse, noun)
    if not own and how == "subj" and carrier is not None:  # "The visit is the first by X to Vietnam"
        attrs = parse.children(carrier, "attr", "acomp")
        own = [p for a in attrs for p in governed_places(adoc, parse, a, ("to", "in"))]
        own += [p for a in attrs for _b, o in parse.prep_objects(a, ("by", "of")) for p in governed_places(adoc, parse, o, ("to",))]
    if own:
        return [(p.country, 0.85) for p in own]
    if noun.lower in lx.visit_nouns_need_place and noun.lower != "arrival":
        return []
    if carrier is not None:
        if how == "prep" and carrier.lower in lx.leave_verbs:  # "left Paris for Abu Dhabi after a visit"
            places = governed_places(adoc, parse, carrier, (), objects=True)
            if places:
                return [(places[0].country, 0.75)]
        if how in ("prep", "light") and carrier.lower not in lx.leave_verbs:
            places = governed_places(adoc, parse, carrier, ("in", "to", "at"))
            if places:
                return [(p.country, 0.8) for p in places]
        if how == "host" or (how == "prep" and carrier.lower in lx.host_verbs and not parse.is_passive(carrier)):
            hosts = [h for h in who(adoc, parse, subjects(parse, carrier)) if h not in visitors]
            if hosts:
                return [(hosts[0].country, 0.75)]
    if noun.lower in lx.visit_nouns_need_place and noun.lower != "arrival":
        return []
    other = _other_party(adoc, sent, parse, carrier or noun, visitors)
    if other:
        return [(other, 0.6)]
    found = context_host(adoc, sent, parse, noun, visitors, weak=any(c.lower in _OFFICIAL for c in parse.children(noun)))
    return [found] if found else []


def possessors(parse: Parse, noun: Tok) -> list[Tok]:
    """"X's visit": the possessor (also when the parser labels it a subject of the noun)."""
    return [c for c in parse.children(noun) if c.dep == "poss"
            or (c.dep in ("nsubj", "compound") and any(x.lower in ("'s", "’s") for x in parse.children(c, "case")))]


def _other_party(adoc: AnnotatedDocument, sent: Sentence, parse: Parse, verb: Tok,
                 visitors: list[Participant]) -> str | None:
    """The one other country of the persons in the visit's own clause ("X's state visit, during which
    he met Y", "X held talks with his Chilean counterpart during a state visit")."""
    mine = {v.country for v in visitors}
    own = verb if verb.is_verb else parse.verb_of(verb)
    toks = clause(parse, own) if own is not None else list(parse)
    starts = {t.start for t in toks}
    lo, hi = min(t.start for t in toks), max(t.end for t in toks)
    found = {p.country for p in participants(adoc, lo, hi) if p.is_person and (parse.at(p.start) or toks[0]).start in starts}
    for t in toks:  # "with his Chilean counterpart"
        if t.lower in ("counterpart", "counterparts", "host", "hosts"):
            found |= {p.country for p in who(adoc, parse, [t])}
    others = {c for c in found if c not in mine and not c.startswith("ORG:")}
    return next(iter(others)) if len(others) == 1 else None


def noun_visits(adoc: AnnotatedDocument, sent: Sentence, parse: Parse) -> list[VisitFound]:
    lx = lexicon()
    out: list[VisitFound] = []
    for noun in parse:
        if noun.lower not in lx.visit_nouns or noun.pos not in ("NOUN", "PROPN"):
            continue
        if unreal_noun(parse, noun):
            continue
        carrier, how = _carrier(parse, noun)
        visitors = _visitors(adoc, parse, noun, carrier, how)
        if not visitors:
            continue
        lo, hi = np_span(parse, noun)
        visitors = [v for v in visitors if not (lo <= v.start < hi and not v.is_person and v.start > noun.start)]
        for host, conf in _host_of(adoc, sent, parse, noun, carrier, how, visitors):
            out.extend(VisitFound(v, host, "042", conf, noun.start) for v in visitors if v.country != host)
    return out
