"""Meetings and acts at a place: whoever meets, talks, speaks or signs somewhere abroad is there.

- verbs: "X met (with) Y in Hanoi", "X held talks with Y at the Presidential Palace in Jakarta",
  "the two met in Brasília", "X signed the pact with Y in Tokyo", "X said in Tokyo", "X said here";
- nouns: "talks between X and Y in Hanoi", "during their summit meeting in Abu Dhabi, X and Y ...",
  "a meeting with Y in Busan", "a press conference in Hanoi between X and Y";
- "on the sidelines of the summit": the summit's site (``context.event_host``);
- no place at all: the story's place (dateline, headline, lead), when one party is of that country
  and another is not, and the sentence names no other country's place.

Every party whose country is not the host's is a visitor.
"""

from __future__ import annotations

from ...annotate.document import AnnotatedDocument
from ...annotate.participants import Participant
from ...annotate.syntax import Parse, Tok
from ...model import Sentence
from .args import named_before, subjects, who
from .context import event_host, local_site, prior_host, story_host
from .frame import VisitFound, remote, unreal, unreal_noun
from .hosts import event_of, events_of, governed_places, other_place
from .lex import lexicon

__all__ = ["meeting_visits"]

_PARTY_PREPS = ("with", "between", "alongside")
_SPEECH = {"say", "says", "said", "tell", "tells", "told", "speak", "speaks", "spoke", "speaking", "announce", "announces",
           "announced", "discuss", "discussed"}


def _pair(adoc: AnnotatedDocument, tok: Tok) -> list[Participant]:
    """"the two", "the pair", "both leaders": the two states (and their persons) named before."""
    pair = adoc.pair_before(tok.start)
    if not pair:
        return []
    out = []
    for code in pair:
        out.append(named_before(adoc, tok.start, code) or Participant(tok.start, tok.end, code, None, None, False))
    return out


def _parties_of(adoc: AnnotatedDocument, parse: Parse, toks: list[Tok]) -> list[Participant]:
    lx = lexicon()
    out: list[Participant] = []
    for t in toks:
        found = who(adoc, parse, [t])
        if not found and (t.lower in lx.pair_words or any(c.lower in ("two", "both") for c in parse.children(t))):
            found = _pair(adoc, t)
        out += [p for p in found if p not in out]
    return out


def _with_objects(parse: Parse, tok: Tok) -> list[Tok]:
    out = [o for _p, o in parse.prep_objects(tok, _PARTY_PREPS)]
    for _p, o in parse.prep_objects(tok, ("including",)):
        out.append(o)
    return out


def _place(adoc: AnnotatedDocument, sent: Sentence, parse: Parse, toks: list[Tok],
           parties: list[Participant]) -> tuple[str, float] | None:
    """Where the meeting is: a place the trigger (or its noun, its party phrases) governs, the site of
    the event it is on the sidelines of, else the story's place."""
    for t in toks:
        places = governed_places(adoc, parse, t, ("in", "at"))
        if places:
            return places[0].country, 0.75
    for t in toks:
        for o in _with_objects(parse, t) + parse.objects(t):  # "a meeting with Trump in Busan", "met Biden in San Francisco"
            places = governed_places(adoc, parse, o, ("in", "at"))
            if places:
                return places[0].country, 0.7
    lx = lexicon()
    for t in toks:  # "signed a declaration during the Vietnamese leader's visit to London": where that visit went
        for _p, o in parse.prep_objects(t, ("during", "on", "at")):
            if o.lower in lx.visit_nouns:
                places = governed_places(adoc, parse, o, ("to", "in"))
                if places:
                    return places[0].country, 0.7
    elsewhere = False
    for t in toks:
        for ev in events_of(parse, t):
            if any(ev.i == x.i for x in toks):  # the meeting itself ("held their annual summit"): only its own place
                own = local_site(adoc, parse, ev)
                found = (own, 0.75) if own else None
            else:
                found = event_host(adoc, parse, ev)
                elsewhere = True  # "on the sidelines of the NATO summit": where that is, not the story's place
            if found:
                return found
    if elsewhere:
        return None
    prior = prior_host(adoc, sent.index, {p.country for p in parties}, hosts_too=True)
    if prior:
        return prior
    story = story_host(adoc)
    if story is None or story[1] == "home":
        return None
    country = story[0]
    if not any(p.country == country for p in parties) or other_place(adoc, sent, country, parse=parse, verb=parse.verb_of(toks[0])):
        return None
    return country, 0.55


def _visits(adoc: AnnotatedDocument, sent: Sentence, parse: Parse, toks: list[Tok], parties: list[Participant],
            at: int) -> list[VisitFound]:
    parties = [p for p in parties if p.role not in lexicon().not_visitor_roles]  # an ambassador places no meeting
    if not parties:
        return []
    host = _place(adoc, sent, parse, toks, parties)
    if host is None:
        return []
    return [VisitFound(p, host[0], "042", host[1], at) for p in parties if p.country != host[0]]


def _verb_meeting(adoc: AnnotatedDocument, sent: Sentence, parse: Parse, verb: Tok) -> list[VisitFound]:
    lx = lexicon()
    toks = [verb]
    objs = parse.objects(verb)
    if verb.lower in lx.hold_verbs:  # "held talks with", "had a meeting with", "co-chaired the summit"
        nouns = [o for o in objs if o.lower in lx.meeting_nouns]
        if not nouns:
            return []
        toks += nouns
        others = [x for n in nouns for x in _with_objects(parse, n)]
    elif verb.lower in lx.meet_verbs:
        others = [o for o in objs] + _with_objects(parse, verb)
    else:  # speak, sign, lay a wreath ...: the subject and whoever did it "with" them, at a place or an event
        others = _with_objects(parse, verb) + [x for o in objs for x in _with_objects(parse, o)]  # "signed the pact with X"
        ev = event_of(parse, verb)
        placed = governed_places(adoc, parse, verb, ("in", "at")) or (ev is not None and event_host(adoc, parse, ev))
        subj = who(adoc, parse, subjects(parse, verb)) if verb.lower not in _SPEECH else []
        if not placed and not others and len({p.country for p in subj if p.is_person}) < 2:
            return []  # "X said": only with a place, an event told somewhere or a party it was done with
        if not placed:
            toks = [verb]
    parties = _parties_of(adoc, parse, subjects(parse, verb) + others)
    if verb.lower in lx.speak_verbs and verb.lower not in lx.meet_verbs:
        parties = [p for p in parties if p.is_person]
    return _visits(adoc, sent, parse, toks, parties, verb.start)


def _noun_meeting(adoc: AnnotatedDocument, sent: Sentence, parse: Parse, noun: Tok) -> list[VisitFound]:
    lx = lexicon()
    if noun.dep in ("dobj",) and parse.head(noun).lower in lx.hold_verbs | lx.meet_verbs:
        return []  # read with its verb
    if unreal_noun(parse, noun) or any(c.lower in lx.remote_cues for c in parse.children(noun)):
        return []
    party_toks = _with_objects(parse, noun)
    poss = [p for p in parse.children(noun, "poss") if p.lower not in lx.visitor_nouns]  # not "the Leaders' Meeting"
    head = parse.head(noun) if noun.head != noun.i else None
    carrier = parse.verb_of(head) if head is not None and noun.dep == "pobj" and head.head != head.i else None
    if head is not None and head.is_verb and noun.dep in ("dobj", "nsubjpass"):
        carrier = head  # "A and B ended their summit in Hanoi"
        if unreal(parse, carrier):
            return []
    if poss and poss[0].lower == "their" and carrier is not None and carrier.is_verb:
        party_toks += subjects(parse, carrier)  # "During their meeting in X, A and B agreed"
    else:
        party_toks += poss
        if carrier is not None and carrier.is_verb and head is not None and head.lower in ("during", "at", "after", "on"):
            party_toks += subjects(parse, carrier)
        elif carrier is not None and carrier is head and carrier.lower in lx.light_verbs:  # "A and B began a summit in X"
            party_toks += subjects(parse, carrier)
    if not party_toks:
        return []
    parties = [p for p in _parties_of(adoc, parse, party_toks) if p.is_person or p.start >= noun.start]
    return _visits(adoc, sent, parse, [noun], parties, noun.start)  # a state that "won a seat at the conference" is no party


def meeting_visits(adoc: AnnotatedDocument, sent: Sentence, parse: Parse) -> list[VisitFound]:
    lx = lexicon()
    out: list[VisitFound] = []
    for tok in parse:
        if tok.tag.startswith("VB") and tok.dep not in ("aux", "auxpass") and (
                tok.lower in lx.meet_verbs or tok.lower in lx.hold_verbs or tok.lower in lx.speak_verbs):
            if unreal(parse, tok) or remote(parse, tok):
                continue
            out.extend(_verb_meeting(adoc, sent, parse, tok))
        elif tok.pos in ("NOUN", "PROPN") and tok.lower in lx.meeting_nouns:
            out.extend(_noun_meeting(adoc, sent, parse, tok))
    return out
