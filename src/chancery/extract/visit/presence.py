"""Presence at an event abroad told through its attendees rather than a travel verb.

- lists of attendees: "participants included A, B and C", "guests at the summit include A; B; and
  C", "speakers on the panel were A and B", "Attending the opening were A and B", "Among the guests
  were A", "A and B were among the leaders at the summit", "the gathering drew A, B and C";
- stand-ins: "the U.S. was represented by Treasury Secretary X", "X represented Japan at the
  funeral", "Putin sent representatives", "Hanoi sent its deputy foreign minister to a meeting in
  Russia", "the Vietnamese delegation was led by Deputy Minister X", "X led a delegation to Y".

The host is the event's site (``context.event_host``: its own phrase, the same event placed earlier
in the story, the story's place) or a place the frame governs.
"""

from __future__ import annotations

from ...annotate.document import AnnotatedDocument
from ...annotate.participants import Participant, participants
from ...annotate.syntax import Parse, Tok
from ...model import Sentence
from .args import people as persons_for
from .args import subjects, who
from .context import event_host, sites, story_host
from .frame import VisitFound, remote, unreal
from .hosts import event_of, governed_places
from .lex import lexicon
from .phrases import clause, np_span

__all__ = ["presence_visits"]

_BE = {"be", "is", "was", "are", "were", "been", "'s", "'re"}


def _event_in(parse: Parse, toks: list[Tok]) -> Tok | None:
    """An event noun in or under ``toks`` ("guests at the summit", "the leaders attending the forum")."""
    lx = lexicon()
    for t in toks:
        if t.lower in lx.event_nouns:
            return t
        ev = event_of(parse, t)
        if ev is not None:
            return ev
        for c in parse.children(t, "acl", "relcl", "prep"):
            ev = event_of(parse, c) if c.dep != "prep" else next((o for o in parse.children(c, "pobj") if o.lower in lx.event_nouns), None)
            if ev is not None:
                return ev
    return None


def _sentence_event(parse: Parse, before: int) -> Tok | None:
    lx = lexicon()
    found = [t for t in parse if t.lower in lx.event_nouns and t.pos in ("NOUN", "PROPN") and t.start < before]
    return found[-1] if found else None


def _host(adoc: AnnotatedDocument, sent: Sentence, parse: Parse, toks: list[Tok], at: Tok) -> tuple[str, float] | None:
    for t in toks:
        places = governed_places(adoc, parse, t, ("in", "at"))
        if places:
            return places[0].country, 0.7
    ev = _event_in(parse, toks) or _sentence_event(parse, sent.end)
    found = event_host(adoc, parse, ev) if ev is not None else None
    if found:
        return found
    near = [s for s in sites(adoc) if s.start < at.start and at.start - s.start < 600]
    if near:
        return near[-1].country, 0.55
    story = story_host(adoc)  # "participants included A and B" in a story set at the event
    return (story[0], 0.5) if story and story[1] != "home" else None


def _found(visitors: list[Participant], host: tuple[str, float] | None, at: Tok) -> list[VisitFound]:
    if host is None:
        return []
    return [VisitFound(v, host[0], "042", host[1], at.start) for v in visitors if v.country != host[0]]


def _as_of(v: Participant, country: str) -> Participant:
    return Participant(v.start, v.end, country, v.name, v.role, v.is_person)


def _listed(adoc: AnnotatedDocument, parse: Parse, verb: Tok, first: list[Tok]) -> list[Participant]:
    """The people a list of attendees names: ``who`` of its first items, and every person with a
    country from there to the end of the verb's clause (lists the parser splits into appositions
    and loose modifiers: "A, co-chair of X, B of Laos, C and D")."""
    found = who(adoc, parse, first)
    if not first:
        return found
    lo = min(np_span(parse, t)[0] for t in first)
    _, hi = parse.subtree(verb)
    inner = [parse.subtree(c) for t in parse.within(lo, hi) for c in parse.children(t, "relcl", "advcl", "ccomp")]
    for p in participants(adoc, lo, hi):
        if p.is_person and p.name and not any(a <= p.start < b for a, b in inner) and all(p.start != q.start for q in found):
            found.append(p)
    for ent in adoc.entities_in(lo, hi, "PERSON"):  # "Stephen Groff from the Asian Development Bank"
        if any(q.start < ent.end and ent.start < q.end for q in found) or any(a <= ent.start < b for a, b in inner):
            continue
        tok = parse.head_of(ent.start, ent.end)
        after = parse.at(ent.end)
        objs = [o for _p, o in parse.prep_objects(tok, ("from", "of"))] if tok is not None else []
        if after is not None and after.lower in ("from", "of") and after.start - ent.end <= 1:  # however it is attached
            objs += parse.children(after, "pobj")
        for o in objs:
            owner = [a for a in adoc.actors_in(*parse.subtree(o)) if a.how in ("name", "short", "abbrev", "org")]
            if owner:
                found.append(Participant(ent.start, ent.end, owner[0].actor, adoc.text[ent.start : ent.end], None, True))
                break
    return sorted(found, key=lambda p: p.start)


def _attendees(adoc: AnnotatedDocument, sent: Sentence, parse: Parse, verb: Tok) -> list[VisitFound]:
    """Lists of attendees (see the module docstring)."""
    lx = lexicon()
    subj = parse.children(verb, "nsubj", "nsubjpass", "csubj")
    comp = parse.children(verb, "attr", "dobj", "oprd")
    out: list[VisitFound] = []
    for s in subj:
        if s.lower in lx.participant_nouns and s.lower not in ("presence", "participation", "attendance") and comp:
            # "participants included A", "guests include A", "speakers were A"
            out += _found(_listed(adoc, parse, verb, comp), _host(adoc, sent, parse, [s], verb), verb)
        elif s.dep == "csubj" and s.lower in lx.attend_verbs and verb.lower in _BE:
            # "Attending the opening were A and B"
            people = [c for c in comp] or [c for c in parse.children(verb, "nsubj")]
            out += _found(_listed(adoc, parse, verb, people), _host(adoc, sent, parse, [s], verb), verb)
    if verb.lower in _BE:
        for prep, obj in parse.prep_objects(verb, ("among",)):
            if obj.lower not in lx.participant_nouns and obj.lower not in lx.visitor_nouns:
                continue
            if _kept_away(parse, obj):
                continue  # "among the leaders expected in Jakarta", "among those who skipped the summit"
            people = [c for c in parse.children(verb, "nsubj", "attr") if c.i != obj.i]
            out += _found(who(adoc, parse, people, travellers=True), _host(adoc, sent, parse, [obj], verb), verb)
    if verb.lower in lx.draw_verbs:
        for s in subj:
            if s.lower in lx.event_nouns:  # "the gathering drew A and B", "Besides A, the summit attracted B"
                besides = [o for _p, o in parse.prep_objects(verb, ("besides", "beside"))]
                out += _found(who(adoc, parse, comp + besides), event_host(adoc, parse, s), verb)
    return out


def _acting_leaders(adoc: AnnotatedDocument, sent: Sentence, parse: Parse, verb: Tok) -> list[VisitFound]:
    """"The leaders of A, B and C adopted a declaration" right after the story told of a summit held
    somewhere: they were there."""
    groups = [s for s in subjects(parse, verb) if s.lower in ("leaders", "heads", "presidents", "premiers")]
    states = [p for p in who(adoc, parse, groups) if not p.is_person and not p.country.startswith("ORG:")]
    if not states:
        return []
    ev = _sentence_event(parse, sent.end)
    host = event_host(adoc, parse, ev) if ev is not None else None
    if host is None:
        near = [s for s in sites(adoc) if s.start < verb.start and verb.start - s.start < 700 and not s.future]
        host = (near[-1].country, 0.5) if near else None
    return _found(states, host, verb)


def _kept_away(parse: Parse, group: Tok) -> bool:
    """"the leaders expected in Jakarta", "those invited", "the leaders who skipped the summit"."""
    lx = lexicon()
    for c in parse.children(group, "acl", "relcl", "amod"):
        if c.lower in lx.future_modifiers or c.lower in lx.negative_cues or c.lower in lx.intent_forms:
            return True
        if c.dep == "relcl" and (unreal(parse, c) or any(x.lower in lx.negative_cues for x in clause(parse, c))):
            return True
    return False


def _stand_ins(adoc: AnnotatedDocument, sent: Sentence, parse: Parse, verb: Tok) -> list[VisitFound]:
    lx = lexicon()
    low = verb.lower
    if low in lx.represent_verbs:
        if parse.is_passive(verb):  # "the U.S. was represented by X"
            states = [s for s in who(adoc, parse, parse.children(verb, "nsubjpass")) if not s.is_person]
            agents = [a for a in who(adoc, parse, parse.agents(verb)) if a.is_person]
            if states and agents:
                return _found([_as_of(a, states[0].country) for a in agents], _host(adoc, sent, parse, [verb], verb), verb)
            return []
        people = [p for p in who(adoc, parse, subjects(parse, verb)) if p.is_person]
        return _found(people, _host(adoc, sent, parse, [verb], verb), verb)
    if low in lx.send_verbs:
        senders = who(adoc, parse, subjects(parse, verb))
        objs = parse.objects(verb)
        if not senders or not objs:
            return []
        countries = list(dict.fromkeys(p.country for p in senders))  # "A and B sent representatives": one each
        sent_people = [p for o in objs for p in persons_for(adoc, parse, o, countries[0])]
        if not sent_people and not any(o.lower in lx.visitor_nouns for o in objs):
            return []
        if sent_people:
            visitors = sent_people
        else:
            visitors = [Participant(objs[0].start, objs[0].end, c, None, None, False) for c in countries]
        places = governed_places(adoc, parse, verb, ("to",))
        for o in objs:
            places += governed_places(adoc, parse, o, ("to",))
        if places:
            return _found(visitors, (places[0].country, 0.7), verb)
        return _found(visitors, _host(adoc, sent, parse, [verb, *objs], verb), verb)
    if low in lx.lead_verbs:
        if parse.is_passive(verb):  # "the Vietnamese delegation was led by X"
            groups = [g for g in parse.children(verb, "nsubjpass") if g.lower in ("delegation", "delegations", "team")]
            people = [a for a in who(adoc, parse, parse.agents(verb)) if a.is_person]
        else:  # "X led a delegation to Y"
            groups = [g for g in parse.objects(verb) if g.lower in ("delegation", "delegations")]
            people = [a for a in who(adoc, parse, subjects(parse, verb)) if a.is_person]
        if not groups or not people:
            return []
        owner = [s for s in who(adoc, parse, groups) if not s.is_person]
        if owner:
            people = [_as_of(p, owner[0].country) for p in people]
        host = _host(adoc, sent, parse, [verb, groups[0]], verb)
        return _found(people, host, verb)
    return []


def _among(adoc: AnnotatedDocument, sent: Sentence, parse: Parse, prep: Tok) -> list[VisitFound]:
    """"..., with A, B and C among the leaders in attendance": the people the "among" phrase is about."""
    lx = lexicon()
    group = next(iter(parse.children(prep, "pobj")), None)
    if group is None or (group.lower not in lx.participant_nouns and group.lower not in lx.visitor_nouns):
        return []
    head = parse.head(prep)
    if head.i == prep.i or head.lower in _BE:
        return []  # "A was among the guests": read with the verb
    verb = parse.verb_of(head)
    if verb is not None and (unreal(parse, verb) or remote(parse, verb)):
        return []
    if _kept_away(parse, group):
        return []
    if head.is_verb:  # "X hosted the forum, with A and B among the leaders in attendance"
        people = [p for _w, o in parse.prep_objects(head, ("with",)) for p in who(adoc, parse, [o]) if p.is_person]
    else:
        people = [p for p in who(adoc, parse, [head]) if p.is_person]
    return _found(people, _host(adoc, sent, parse, [group] + ([verb] if verb else []), prep), prep)


def presence_visits(adoc: AnnotatedDocument, sent: Sentence, parse: Parse) -> list[VisitFound]:
    lx = lexicon()
    out: list[VisitFound] = []
    for tok in parse:
        if tok.lower == "among" and tok.dep == "prep":
            out.extend(_among(adoc, sent, parse, tok))
        if not tok.tag.startswith("VB") or tok.dep in ("aux", "auxpass"):
            continue
        low = tok.lower
        frames = []
        if low in _BE or low in lx.include_verbs or low in lx.draw_verbs:
            frames.append(_attendees)
        if low in lx.represent_verbs or low in lx.send_verbs or low in lx.lead_verbs:
            frames.append(_stand_ins)
        if low in lx.summit_acts:
            frames.append(_acting_leaders)
        if not frames or unreal(parse, tok) or remote(parse, tok):
            continue
        for frame in frames:
            out.extend(frame(adoc, sent, parse, tok))
    return out
