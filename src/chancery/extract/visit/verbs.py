"""Verb frames of a visit, on the dependency parse.

- visit: "X visited Japan", "X toured A and B", "Hanoi was visited by X", "visiting Premier X";
- motion: "X arrived in / flew to / landed in / came to Y", "X touched down here";
- presence: "X is in Hanoi", "X spent the weekend in Vietnam", "X stayed in Y";
- attendance: "X attended / took part in / joined / addressed the summit in Y", "the event is
  attended by the heads of state of A, B and C", "X co-chaired the meeting";
- reception: "Y welcomed / received / hosted / greeted X (in Z)", "X was welcomed by Y",
  "X was received in Z", "Vietnam hosted the summit between A and B".

Each frame takes its visitors by syntactic role (subject, object, agent of a passive, the noun a
participle or relative clause modifies) through ``args.who`` and its host from the places it
governs (``hosts.governed_places``), an event's site, or the story (``hosts.context_host``).
"""

from __future__ import annotations

from collections.abc import Callable

from ...annotate.document import AnnotatedDocument
from ...annotate.participants import Participant, participants
from ...annotate.syntax import Parse, Tok
from ...model import Sentence
from .args import state_antecedent, subjects, where, who
from .context import event_host
from .frame import VisitFound, remote, unreal, unreal_noun
from .hosts import context_host, event_of, governed_places
from .lex import lexicon

__all__ = ["run", "verb_frames"]

Frame = Callable[[AnnotatedDocument, Sentence, Parse, Tok], list[VisitFound]]


def _found(visitors: list[Participant], hosts: list[tuple[str, float]], at: int, cameo: str = "042") -> list[VisitFound]:
    return [VisitFound(v, h, cameo, c, at) for v in visitors for h, c in hosts if v.country != h]


def _visitors(adoc: AnnotatedDocument, parse: Parse, verb: Tok) -> list[Participant]:
    """The subjects, and who came "along with" or "together with" them."""
    found = who(adoc, parse, subjects(parse, verb), travellers=True)
    along = any(c.lower in ("along", "together") for c in parse.children(verb, "prt", "advmod"))
    pairs = list(parse.prep_objects(verb, ("with", "alongside")))
    for cue in parse.children(verb, "prep", "advmod"):  # "along with X", parsed as a preposition inside another
        if cue.lower in ("along", "together"):
            pairs += [(cue, o) for _p, o in parse.prep_objects(cue, ("with",))]
    for prep, obj in pairs:
        if prep.lower in ("alongside", "along", "together") or along or any(c.lower in ("along", "together") for c in parse.children(prep)):
            found += [p for p in who(adoc, parse, [obj]) if p.is_person and p not in found]
    return found


def visit_frame(adoc: AnnotatedDocument, sent: Sentence, parse: Parse, verb: Tok) -> list[VisitFound]:
    lx = lexicon()
    if verb.tag == "VBG" and verb.dep == "xcomp" and parse.head(verb).lower in lx.host_verbs:
        return []  # "received visiting Premier X", parsed as a verb: read by the host's frame
    if parse.is_passive(verb) and verb.dep != "amod":  # "Hanoi was visited by X"
        visitors = who(adoc, parse, parse.agents(verb))
        hosts = [(p.country, 0.75) for s in parse.children(verb, "nsubjpass") for p in where(adoc, parse, s)]
        return _found(visitors, hosts, verb.start)
    visitors = _visitors(adoc, parse, verb)
    if not visitors:
        return []
    places = governed_places(adoc, parse, verb, objects=True)
    if not places and verb.dep == "relcl" and any(o.tag in ("WDT", "WP") for o in parse.objects(verb)):
        places = where(adoc, parse, parse.head(verb), lists=False)  # "praised Vietnam, which he visited last year"
    if places:
        return _found(visitors, [(p.country, 0.85) for p in places], verb.start)
    if verb.dep == "amod" or (verb.tag == "VBG" and verb.dep == "acl") or parse.objects(verb):
        host = context_host(adoc, sent, parse, verb, visitors)  # "visiting Premier X", "visited a memorial"
        return _found(visitors, [host], verb.start) if host else []
    return []


def motion_frame(adoc: AnnotatedDocument, sent: Sentence, parse: Parse, verb: Tok) -> list[VisitFound]:
    lx = lexicon()
    particle = lx.particles.get(verb.lower)
    if particle and not any(c.lower == particle for c in parse.children(verb, "prt", "advmod", "prep")):
        return []  # "touch" alone, "stop" alone
    visitors = _visitors(adoc, parse, verb)
    if not visitors:
        return []
    if verb.tag in ("VBZ", "VBP") and any(c.lower in ("then", "next", "later", "on") for c in parse.children(verb, "advmod", "prt", "prep")
                                          if c.lower != "on" or c.dep != "prep" or not parse.children(c, "pobj")):
        return []  # "then flies to Y", "travels on to Y": a leg still to come
    places = governed_places(adoc, parse, verb)
    origin = [e for _p, o in parse.prep_objects(verb, ("from",))
              for e in ([o] if o.lower in lx.event_nouns else [x for _q, x in parse.prep_objects(o, ("of",)) if x.lower in lx.event_nouns])]
    if origin:  # "flew in from the G20 summit in India": the event attended before
        found = event_host(adoc, parse, origin[0])
        out = _found(visitors, [found], verb.start) if found else []
        if not places and not any(c.lower in ("in", "here") for c in parse.children(verb, "prt", "advmod")):
            return out
    else:
        out = []
    if not places and any(c.lower in ("in", "here") for c in parse.children(verb, "prt", "advmod")):
        host = context_host(adoc, sent, parse, verb, visitors)  # "flew in", "arrived here"
        return out + (_found(visitors, [host], verb.start) if host else [])
    if not places and verb.lower.startswith("arriv"):
        host = context_host(adoc, sent, parse, verb, visitors)
        return out + (_found(visitors, [host], verb.start) if host else [])
    return out + _found(visitors, [(p.country, 0.8) for p in places], verb.start)


def presence_frame(adoc: AnnotatedDocument, sent: Sentence, parse: Parse, verb: Tok) -> list[VisitFound]:
    visitors = [v for v in _visitors(adoc, parse, verb) if v.is_person or _delegation(parse, verb)]
    if not visitors:
        return []
    places = governed_places(adoc, parse, verb, ("in", "at"))
    return _found(visitors, [(p.country, 0.75) for p in places], verb.start)


def _delegation(parse: Parse, verb: Tok) -> bool:
    return any(s.lower in ("delegation", "delegations", "leaders", "team") for s in parse.subjects(verb))


def _among_them(adoc: AnnotatedDocument, parse: Parse, verb: Tok) -> list[Participant]:
    """"Leaders from A and B attended, among them X, Y and Z", "Heads of state attended, including X
    and Y": the people listed after the cue."""
    heads = [verb] + [s for s in parse.subjects(verb)] + parse.objects(verb)
    for prep in [p for h in heads for p in parse.children(h, "prep")]:
        if (prep.lower == "among" and any(o.lower in ("them", "whom") for o in parse.children(prep, "pobj"))) \
                or prep.lower == "including":
            _, hi = parse.subtree(verb)
            return [p for p in participants(adoc, prep.end, hi) if p.is_person and p.name]
    return []


def attend_frame(adoc: AnnotatedDocument, sent: Sentence, parse: Parse, verb: Tok) -> list[VisitFound]:
    lx = lexicon()
    low = verb.lower
    if low in lx.take_part and not any(o.lower == "part" for o in parse.children(verb, "dobj")):
        return []
    if parse.is_passive(verb) or parse.children(verb, "agent"):
        # "the summit was attended by A and B", "the events, which were attended by A", "hosted the summit, attended by A"
        visitors = who(adoc, parse, parse.agents(verb))
        if verb.dep == "acl":
            event: Tok | None = parse.head(verb)
        elif verb.dep == "advcl" and not parse.children(verb, "nsubjpass"):
            event = event_of(parse, parse.head(verb))
        else:
            event = next(iter(subjects(parse, verb)), None)
        host = event_host(adoc, parse, event) if event is not None else None
        places = governed_places(adoc, parse, verb, ("in", "at"))
        hosts = [(p.country, 0.75) for p in places] or ([host] if host else [])
        return _found(visitors, hosts, verb.start)
    visitors = _visitors(adoc, parse, verb) + _among_them(adoc, parse, verb)
    if not visitors:
        return []
    if low.startswith(("join", "address", "witness", "observe", "chair", "co-")) and event_of(parse, verb) is None:
        # "joined Biden in Hiroshima", "joined world leaders at the UN headquarters in New York"
        places = governed_places(adoc, parse, verb, ("in", "at", "for"), objects=True)
        people = [v for v in visitors if v.is_person]
        if not places and parse.objects(verb) and parse.prep_objects(verb, ("at", "for")):
            host = context_host(adoc, sent, parse, verb, people)  # "joined X at the presidential palace"
            return _found(people, [host], verb.start) if host else []
        return _found(people, [(p.country, 0.7) for p in places], verb.start)
    places = governed_places(adoc, parse, verb, ("in", "at", "to"), objects=True)
    if places:
        return _found(visitors, [(p.country, 0.8) for p in places], verb.start)
    head = parse.head(verb)
    if verb.dep == "relcl" and head.lower in lx.event_nouns:  # "the meeting he attended"
        found = event_host(adoc, parse, head)
        if found:
            return _found(visitors, [found], verb.start)
    host = context_host(adoc, sent, parse, verb, visitors, recent_event=True)
    return _found(visitors, [host], verb.start) if host else []


def host_frame(adoc: AnnotatedDocument, sent: Sentence, parse: Parse, verb: Tok) -> list[VisitFound]:
    lx = lexicon()
    if parse.is_passive(verb):
        if verb.dep == "acl" and parse.head(verb).lower not in lx.visitor_nouns:
            return []  # "a banquet hosted by X": the participle names an event's host, not a guest
        visitors = [v for v in who(adoc, parse, parse.children(verb, "nsubjpass") or subjects(parse, verb)) if v.is_person or _delegation(parse, verb)]
        if not visitors:
            return []
        hosts = [(p.country, 0.8) for p in governed_places(adoc, parse, verb, ("in", "at", "to"))]
        if not hosts:
            hosts = [(h.country, 0.8) for h in who(adoc, parse, parse.agents(verb))][:1]
        if not hosts and verb.lower in lx.reception_passive:  # "was welcomed with a ceremony"
            found = context_host(adoc, sent, parse, verb, visitors)
            hosts = [found] if found else []
        return _found(visitors, hosts, verb.start, "043")
    objs = parse.objects(verb) + [o for _p, o in parse.prep_objects(verb, ("including",))]
    for x in parse.children(verb, "xcomp"):  # "received visiting Premier X" read as "received (visiting X)"
        if x.tag == "VBG" and x.lower in lx.visit_verbs:
            objs += parse.objects(x)
    guests: list[Participant] = []
    for o in objs:
        if o.lower in lx.event_nouns:  # "hosted the summit between A and B", "hosted a dinner for X"
            for prep in [p for p in parse.children(o, "prep") if p.lower in ("between", "for", "of", "with")]:
                lo, hi = parse.subtree(prep)
                hi = _fragment_end(parse, hi)
                persons = [q for q in participants(adoc, lo, hi) if q.is_person and q.name]
                guests += persons or who(adoc, parse, parse.children(prep, "pobj"))
        else:
            guests += [g for g in who(adoc, parse, [o]) if g.is_person or o.lower in lx.visitor_nouns or o.lower in lx.participant_nouns]
    guests += [g for _p, x in parse.prep_objects(verb, ("for",)) for g in who(adoc, parse, [x]) if g.is_person]
    if not guests:
        return []
    hosts = [(p.country, 0.8) for p in governed_places(adoc, parse, verb, ("in", "at", "to"))]
    for x in parse.children(verb, "xcomp"):
        hosts += [(p.country, 0.8) for p in governed_places(adoc, parse, x, ("in", "at"))]
    if not hosts:
        hosts = [(h.country, 0.8) for h in who(adoc, parse, subjects(parse, verb))][:1]
    if not hosts:  # "..., which put the nation on the map when it hosted the summit between A and B"
        for s in subjects(parse, verb):
            state = state_antecedent(adoc, sent.start, s) if s.lower == "it" else None
            if state:
                hosts = [(state, 0.7)]
    if not hosts:  # "we welcomed X as a guest at the summit in Istanbul"
        for _p, o in parse.prep_objects(verb, ("as", "to", "at", "for")):
            ev = o if o.lower in lx.event_nouns else event_of(parse, o)
            found = event_host(adoc, parse, ev) if ev is not None else None
            if found:
                hosts = [found]
                break
    return _found(guests, hosts, verb.start, "043")


def carry_frame(adoc: AnnotatedDocument, sent: Sentence, parse: Parse, verb: Tok) -> list[VisitFound]:
    """"a tour that took him to Ecuador and Peru", "the trip brought her to Hanoi"."""
    lx = lexicon()
    trips = [s for s in subjects(parse, verb) if s.lower in lx.visit_nouns]
    if not trips or unreal_noun(parse, trips[0]):
        return []  # "will begin a tour that takes him to Laos"
    visitors = [p for p in who(adoc, parse, parse.objects(verb)) if p.is_person]
    places = governed_places(adoc, parse, verb, ("to", "through", "across"))
    return _found(visitors, [(p.country, 0.75) for p in places], verb.start)


def choose_frame(adoc: AnnotatedDocument, sent: Sentence, parse: Parse, verb: Tok) -> list[VisitFound]:
    """"chose Indonesia as the first stop of his tour", "picked Germany for his first trip abroad",
    "made Cambodia the destination of his first official visit"."""
    lx = lexicon()
    objs = parse.objects(verb)
    trip = [o for _p, o in parse.prep_objects(verb, ("for", "as")) if o.lower in lx.destination_nouns]
    trip += [c for o in objs for c in parse.children(o, "oprd", "attr", "appos", "acl") if c.lower in lx.destination_nouns]
    trip += [c for c in parse.children(verb, "oprd", "xcomp", "ccomp", "dobj") if c.lower in lx.destination_nouns]
    if not trip or unreal_noun(parse, trip[0]):
        return []
    places = [p for o in objs if o.lower not in lx.destination_nouns for p in where(adoc, parse, o)]
    for c in parse.children(verb, "ccomp", "xcomp"):  # "made [Cambodia the destination]" parsed as a clause
        places += [p for s in parse.children(c, "nsubj") for p in where(adoc, parse, s)]
    return _found(_visitors(adoc, parse, verb), [(p.country, 0.75) for p in places], verb.start)


def _fragment_end(parse: Parse, hi: int) -> int:
    """Where a list the parser broke off as a second root ends ("between A and B" where "B" heads a
    fragment of its own): the end of the fragment that starts right after ``hi``."""
    rest = [t for t in parse if t.start >= hi and t.pos != "PUNCT"]
    if not rest:
        return hi
    root = rest[0]
    for a in parse.ancestors(rest[0]):
        root = a
    if root.dep == "ROOT" and root.start >= hi and not root.is_verb:
        return max(hi, parse.subtree(root)[1])
    return hi


def verb_frames(verb: Tok) -> list[Frame]:
    """The frames a verb token triggers."""
    lx = lexicon()
    low = verb.lower
    table = ((lx.visit_verbs, visit_frame), (lx.motion_verbs, motion_frame), (lx.attend_verbs | lx.take_part, attend_frame),
             (lx.host_verbs, host_frame), (lx.presence_verbs, presence_frame), (lx.carry_verbs, carry_frame),
             (lx.destination_verbs, choose_frame))
    return [frame for words, frame in table if low in words]


def run(adoc: AnnotatedDocument, sent: Sentence, parse: Parse) -> list[VisitFound]:
    out: list[VisitFound] = []
    for tok in parse:
        if not tok.tag.startswith("VB") or tok.dep in ("aux", "auxpass"):
            continue
        frames = verb_frames(tok)
        if not frames or unreal(parse, tok) or remote(parse, tok):
            continue
        for frame in frames:
            out.extend(frame(adoc, sent, parse, tok))
    return out

