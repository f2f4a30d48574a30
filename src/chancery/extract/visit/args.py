"""The arguments of a visit frame, read from the dependency parse.

A frame's trigger (verb or noun) points at tokens by syntactic role; this module turns such a token
into what it denotes:

- :func:`who`: the participants a noun phrase names (a person with a country, a state, a body's
  official; "the leaders of A, B and C" and "the Vietnamese delegation" name their states; "he",
  "his", "the President", "the Brazilian", "the former general" name their antecedent); lists are
  expanded once, from the parse's conjuncts and the shared ``coordination`` reading;
- :func:`where`: the places a noun phrase names (a country, a city, a seat of government, "the
  capital of X", "the Southeast Asian nation", "here");
- :func:`np_span`, :func:`clause`: the extent of a noun phrase and of a clause, for cues that must
  belong to the frame itself (a negation, "by phone").
"""

from __future__ import annotations

from collections.abc import Iterable

from ...annotate.coordination import coordinated
from ...annotate.discourse import admits, dateline, dateline_line, descriptor_at
from ...annotate.document import AnnotatedDocument
from ...annotate.participants import Participant, Place, participants
from ...annotate.syntax import Parse, Tok
from .context import story_host
from .lex import lexicon
from .phrases import np_places, np_span, subjects

__all__ = ["named_before", "people", "subjects", "where", "who"]

_SUBJ = {"nsubj", "nsubjpass", "csubj", "expl"}
_TITLES = {"president", "premier", "prime", "minister", "chancellor", "leader", "king", "queen", "emir", "sultan",
           "secretary", "general", "chief", "head", "envoy", "official", "diplomat", "statesman", "monarch",
           "prince", "princess", "emperor", "empress", "commissioner", "chairman", "chairwoman", "ruler", "strongman",
           "counterpart", "guest", "visitor", "host", "speaker", "governor", "mayor", "delegate"}


# -- who ------------------------------------------------------------------------------------
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# heads of bodies named by "of"/"such as" ("the heads of the CIS and the CSTO", "the UN chief")
_BODY_HEADS = {"head", "heads", "chief", "chiefs", "leader", "secretary-general", "secretaries-general",
               "representatives", "representative", "officials", "official", "envoy", "envoys", "director"}


def _plausible(name: str) -> bool:
    """Not a stray span the person layer mistook for a name ("Abu Dhabi. On Saturday"): no sentence
    break inside (a word of more than two letters ending in a full stop), no weekday."""
    words = name.split()
    if any(w.endswith(".") and len(w) > 3 and w not in ("Jr.", "Sr.") for w in words[:-1]):
        return False
    return bool(words) and not any(w.strip(".").lower() in _WEEKDAYS for w in words)


def _person_participant(adoc: AnnotatedDocument, start: int, end: int) -> Participant | None:
    for p in participants(adoc, start, end):
        if p.is_person and (p.name is None or _plausible(p.name)):
            return p
    for q in adoc.persons_in(start, end):
        if q.country and _plausible(q.name or "x"):
            return Participant(q.start, q.end, q.country, q.name or None, q.role, True)
    return None


def named_before(adoc: AnnotatedDocument, pos: int, country: str | None = None,
                 role: str | None = None, skip: frozenset[str] = frozenset()) -> Participant | None:
    """The latest named person before ``pos`` (within a few paragraphs), of ``country`` and with
    ``role`` when they are given, not one of the names in ``skip``; a person with the role is
    preferred to one without."""
    best: Participant | None = None
    for q in reversed(adoc.persons):
        if q.end > pos or not q.name or not q.country or not _plausible(q.name) or q.name in skip:
            continue
        if pos - q.end > 1500:
            break
        if country is not None and q.country != country:
            continue
        found = _person_participant(adoc, q.start, q.end) or Participant(q.start, q.end, q.country, q.name, q.role, True)
        if role is None or q.role == role:
            return found
        if best is None and country is not None:
            best = found  # of the country, with another role
    return best


def _antecedent(adoc: AnnotatedDocument, parse: Parse, tok: Tok, role: str | None = None) -> Participant | None:
    """Who "he", "his", "the Prime Minister", "the former general" at ``tok`` refers to: the subject
    of a clause above it (before it, or after it for a fronted phrase: "During his visit, X met ..."),
    else the latest named person before it (with the title's role when it has one)."""
    mates = {c.i for c in parse.conjuncts(tok)}  # "he and Kim signed": Kim is no antecedent of "he"
    skip: set[str] = set()
    verb = parse.head(tok) if tok.head != tok.i else tok
    if tok.dep in ("dobj", "dative", "pobj") and verb.is_verb and tok.lower in ("him", "her", "them"):
        for s in subjects(parse, verb):  # "Y hosted him": not Y
            p = _person_participant(adoc, *np_span(parse, s))
            if p is not None and p.name:
                skip.add(p.name)
    for anc in parse.ancestors(tok):
        if not anc.is_verb:
            continue
        for s in _outside_dateline(adoc, parse, subjects(parse, anc)):
            if s.i in mates or parse.dominates(s, tok) or s.lower in lexicon().pronouns:
                continue
            p = _named_subject(adoc, parse, s)
            if p is not None and p.name not in skip and (role is None or p.role == role):
                return p
    for s in reversed([t for t in parse if t.end <= tok.start and t.dep in _SUBJ]):  # the latest subject before it
        if s.lower in lexicon().pronouns:
            continue
        p = _named_subject(adoc, parse, s)
        if p is not None and p.name not in skip and (role is None or p.role == role):
            return p
    return named_before(adoc, tok.start, role=role, skip=frozenset(skip))


def _named_subject(adoc: AnnotatedDocument, parse: Parse, s: Tok) -> Participant | None:
    """The named person a subject token stands for (also "State President To Lam" split by the parser)."""
    for t in [s, *parse.children(s, "appos")]:  # "NDO – State President To Lam held ...": the apposition
        for p in _resolve(adoc, parse, t):
            if p.is_person and p.name:
                return p
    return None


def _title_role(adoc: AnnotatedDocument, start: int, end: int) -> str | None:
    for q in adoc.persons_in(start, end):
        if not q.name and q.role:
            return q.role
    return None


def _office_of_body(adoc: AnnotatedDocument, parse: Parse, tok: Tok) -> str | None:
    """"X, now head of the New Development Bank": the body whose office an apposition names."""
    for ap in parse.children(tok, "appos"):
        if ap.lower not in _BODY_HEADS and ap.lower not in _TITLES:
            continue
        lo, hi = parse.subtree(ap)
        if any(w in adoc.text[lo:hi].lower() for w in ("permanent", "ambassador", "envoy to")):
            continue  # "Vietnam's Permanent Representative to the UN": a resident envoy, not the body's official
        bodies = [a for a in adoc.actors_in(lo, hi) if not a.is_state]
        if bodies:  # the most specific: the one the phrase ends on ("the BRICS New Development Bank")
            return bodies[-1].actor
    return None


def _resolve(adoc: AnnotatedDocument, parse: Parse, tok: Tok, travellers: bool = False) -> list[Participant]:
    lx = lexicon()
    low = tok.lower
    if low in ("i", "me", "my", "we", "us", "our", "you", "your", "it", "its", "they", "them", "their"):
        return []  # the speaker, the audience, a thing: not resolved here
    if low in lx.pronouns:
        ante = _antecedent(adoc, parse, tok)
        return [ante] if ante else []
    lo, hi = np_span(parse, tok)
    for q in adoc.persons_in(max(0, lo - 40), hi + 40):  # a name the parser split ("To Lam" read as "to")
        if q.start < hi and q.end > lo or (q.name and 0 <= q.start - hi <= 2 and low in _TITLES):
            lo, hi = min(lo, q.start), max(hi, q.end)
    found = participants(adoc, lo, hi, bodies=True)
    persons = [p for p in found if p.is_person and (p.name is None or _plausible(p.name))]
    if persons:
        named = [p for p in persons if p.name]
        head = [p for p in (named or persons) if p.start <= tok.start < p.end] or (named or persons)
        pick = head[0]
        if pick.name is None:  # "the President", "the Chinese president": the named person it refers to
            title = [q for q in adoc.persons_in(pick.start, pick.end) if not q.name]
            explicit = not title or title[0].how != "context"
            return [named_before(adoc, pick.start, pick.country if explicit else None, pick.role) or pick]
        body = _office_of_body(adoc, parse, tok)
        if body:
            return [Participant(pick.start, pick.end, body, pick.name, pick.role, True)]
        return [pick]
    bare = [q for q in adoc.persons_in(lo, hi) if q.name and not q.country and _plausible(q.name)]
    if bare:  # "Minister of Industry and Trade X, who flew in to sign on behalf of Viet Nam"
        country = _on_behalf(adoc, parse, tok)
        if country:
            return [Participant(bare[0].start, bare[0].end, country, bare[0].name, bare[0].role, True)]
    states = [p for p in found if not p.is_person]
    on_head = [s for s in states if s.start <= tok.start < s.end]
    if not on_head:  # a state the participant layer took for a title's country ("Moscow was represented by Minister X")
        on_head = [Participant(a.start, a.end, a.actor, None, None, False) for a in adoc.actors_in(lo, hi)
                   if a.is_state and a.how in ("name", "short", "abbrev", "capital") and a.start <= tok.start < a.end]
    if on_head:
        demonym = any(a.how == "demonym" for a in adoc.actors_in(on_head[0].start, on_head[0].end))
        if demonym and tok.dep not in ("compound", "amod") and not on_head[0].country.startswith("ORG:"):
            return [named_before(adoc, on_head[0].start, on_head[0].country) or on_head[0]]  # "the Brazilian"
        if on_head[0].country.startswith("ORG:") or travellers:
            return []  # a body, or a state named bare ("Vietnam called for a stop"), is no traveller
        return on_head[:1]
    if low in lx.visitor_nouns or low in _TITLES:
        if any(t.lower in lx.civilian_groups for t in parse.within(lo, hi)):
            return []  # "a delegation of Japanese businesses", "the Vietnamese youth delegation"
        owners = [s for s in states if not s.country.startswith("ORG:")]
        if not owners:  # "leaders from major powers such as A, B and C"
            owners = [s for s in _examples(adoc, parse, tok) if not s.is_person and not s.country.startswith("ORG:")]
        if low in _BODY_HEADS:  # "the heads of the CIS and the CSTO", "heads of bodies such as the CIS"
            owners += [s for s in _bodies_by_prep(adoc, parse, tok) if s not in owners]
        if owners:  # "the Vietnamese delegation", "the leaders of A, B and C", "China's top leader"
            return sorted(owners, key=lambda p: p.start)
        if any(c.lower in ("the", "this", "that") for c in parse.children(tok, "det")) and low in _TITLES:
            found_p = _antecedent(adoc, parse, tok, _title_role(adoc, lo, hi))  # "the former general", "the premier"
            return [found_p] if found_p else []
    return []


def _on_behalf(adoc: AnnotatedDocument, parse: Parse, tok: Tok) -> str | None:
    """The state a person acts for in the sentence: "on behalf of Viet Nam", "representing Japan"."""
    for t in parse:
        if t.lower == "behalf":
            objs = [o for _p, o in parse.prep_objects(t, ("of",))]
        elif t.lower in ("representing", "represented", "represents", "represent"):
            objs = parse.objects(t)
        else:
            continue
        for o in objs:
            for p in participants(adoc, *np_span(parse, o)):
                if not p.is_person and not p.country.startswith("ORG:"):
                    return p.country
    return None


def people(adoc: AnnotatedDocument, parse: Parse, tok: Tok, country: str) -> list[Participant]:
    """The persons a noun phrase names, as acting for ``country`` (also those the person layer knows
    no country for: "Washington sent National Security Adviser X")."""
    out = [Participant(p.start, p.end, country, p.name, p.role, True) for p in who(adoc, parse, [tok]) if p.is_person and p.name]
    if not out:
        lo, hi = np_span(parse, tok)
        out = [Participant(q.start, q.end, country, q.name, q.role, True)
               for q in adoc.persons_in(lo, hi) if q.name and _plausible(q.name)][:1]
    return out


def _examples(adoc: AnnotatedDocument, parse: Parse, tok: Tok) -> list[Participant]:
    """What "such as", "like" or "including" lists under ``tok`` or its "of/from" object name."""
    out: list[Participant] = []
    heads = [tok] + [o for _p, o in parse.prep_objects(tok, ("of", "from"))]
    for h in heads:
        for _p, o in parse.prep_objects(h, ("as", "like", "including")):
            lo, hi = parse.subtree(o)
            out += [p for p in participants(adoc, lo, hi) if p not in out]
    return out


def _bodies_by_prep(adoc: AnnotatedDocument, parse: Parse, tok: Tok) -> list[Participant]:
    """Bodies whose heads a noun names: "the head of the IMF"; for plural heads only bodies given as
    examples ("the heads of organisations such as the CIS and the CSTO"), since "defence chiefs of
    ASEAN" are its members' ministers."""
    def bodies(t: Tok) -> list[Participant]:
        lo, hi = parse.subtree(t)
        return [p for p in participants(adoc, lo, hi, bodies=True) if not p.is_person and p.country.startswith("ORG:")]

    out: list[Participant] = []
    plural = tok.tag in ("NNS", "NNPS")
    for _prep, obj in parse.prep_objects(tok, ("of", "as", "like", "from")):
        if not plural:
            out += bodies(obj)
        for _p2, o2 in parse.prep_objects(obj, ("as", "like", "including")):  # "organizations such as the CIS, ECO"
            out += bodies(o2)
    return out


_DATELINE: list[tuple[AnnotatedDocument, int]] = []


def _dateline_end(adoc: AnnotatedDocument) -> int:
    for doc, end in _DATELINE:
        if doc is adoc:
            return end
    dl = dateline(adoc) or dateline_line(adoc)
    _DATELINE[:] = [(adoc, dl.end if dl else 0)]
    return _DATELINE[0][1]


def _outside_dateline(adoc: AnnotatedDocument, parse: Parse, toks: Iterable[Tok]) -> list[Tok]:
    """A dateline the parser made the subject ("HANOI (AP) - Russian President X arrived"): the
    words after it stand for it."""
    end = _dateline_end(adoc)
    out: list[Tok] = []
    for t in toks:
        if t.start >= end:
            out.append(t)
            continue
        stack = list(parse.children(t))
        while stack:
            c = stack.pop()
            if c.start < end:
                stack.extend(parse.children(c))
            elif c.pos in ("NOUN", "PROPN"):
                out.append(c)
            elif c.is_verb:  # "HANOI (VNA) - Visiting Japanese Prime Minister X held talks": X
                out.extend(parse.objects(c))
    return sorted(out, key=lambda x: x.i)


def who(adoc: AnnotatedDocument, parse: Parse, toks: Iterable[Tok], *, travellers: bool = False) -> list[Participant]:
    """The participants the noun phrases headed by ``toks`` name, with their lists expanded; with
    ``travellers``, persons and groups of people only ("the Vietnamese delegation", "the leaders of
    A and B"), not a state named bare."""
    out: list[Participant] = []
    for tok in _outside_dateline(adoc, parse, toks):
        for _p, ex in parse.prep_objects(tok, ("including",)):  # "heads of state, including leaders from A and B"
            out += [p for p in who(adoc, parse, [ex], travellers=travellers) if p not in out]
        for c in parse.conjuncts(tok):
            for p in _resolve(adoc, parse, c, travellers):
                if p not in out:
                    out.append(p)
            if any(p.name for p in out):  # "A, now head of X; B; and C": a list the parser read as appositions
                for ap in parse.children(c, "appos"):
                    for q in _resolve(adoc, parse, ap):
                        if q.name and q.is_person and all(q.name != p.name for p in out):
                            out.append(q)
        if out:  # the text's reading of the list: "A, B and C" the parser split differently
            lo, hi = parse.subtree(tok)
            inside = [p for p in participants(adoc, lo, hi, bodies=True)
                      if p.is_person or not p.country.startswith("ORG:") or any(q.start == p.start for q in out)]
            for anchor in list(out):
                if any(q.start == anchor.start for q in inside):
                    for q in coordinated(adoc.text, inside, next(q for q in inside if q.start == anchor.start), parse):
                        if q.is_person == anchor.is_person and all(q.start != p.start for p in out):
                            out.append(q)
    return out


# -- where ----------------------------------------------------------------------------------
def state_antecedent(adoc: AnnotatedDocument, sent_start: int, tok: Tok) -> str | None:
    """The state "it" refers to: the latest state named (or described: "the Southeast Asian nation")
    before it in its sentence."""
    best: tuple[int, str] | None = None
    for p in participants(adoc, sent_start, tok.start):
        if not p.is_person and not p.country.startswith("ORG:"):
            best = (p.start, p.country)
    for s, _e, _c in descriptor_at(adoc.text, sent_start, tok.start):
        desc = adoc.descriptor_state(s, tok.start)
        if desc and (best is None or desc[0] > best[0]):
            best = (desc[0], desc[2])
    return best[1] if best else None


def _described(adoc: AnnotatedDocument, lo: int, hi: int) -> list[Place]:
    """"to the Southeast Asian nation", "the host country": the story's place when the description fits
    it (the destination a story is about), else the latest state it fits."""
    for s, e, constraints in descriptor_at(adoc.text, lo, hi):
        story = story_host(adoc)  # "to the archipelago nation" in a story filed from Jakarta
        if story and story[1] != "home" and admits(adoc, story[0], constraints):
            return [Place(s, e, story[0])]
    desc = adoc.descriptor_state(lo, hi)
    return [Place(desc[0], desc[1], desc[2])] if desc else []


def where(adoc: AnnotatedDocument, parse: Parse, tok: Tok, *, lists: bool = True) -> list[Place]:
    """The places the noun phrase headed by ``tok`` names (its conjuncts too)."""
    out: list[Place] = []
    for c in parse.conjuncts(tok) if lists else [tok]:
        bare = not parse.children(c, "poss", "amod", "compound") and not parse.prep_objects(c, ("of",))
        dets = [d.lower for d in parse.children(c, "det")]
        if c.lower == "here" or (bare and c.lower == "town" and not dets) or (
                bare and c.lower in ("capital", "city", "town") and dets == ["the"]):  # "in town", "in the capital"
            host = story_host(adoc)
            if host:
                out.append(Place(c.start, c.end, host[0]))
            continue
        lo, hi = np_span(parse, c)
        for a in adoc.actors_in(max(0, lo - 30), hi + 30):  # a name the parser split ("Trinidad and Tobago")
            if a.start < hi and a.end > lo:
                lo, hi = min(lo, a.start), max(hi, a.end)
        found = np_places(adoc, lo, hi)
        if not found:
            found = _described(adoc, lo, hi)
        for p in found[:1] if len({q.country for q in found}) > 1 and c.dep != "pobj" else found:
            if p not in out:
                out.append(p)
    return out


def is_subject(tok: Tok) -> bool:
    return tok.dep in _SUBJ
