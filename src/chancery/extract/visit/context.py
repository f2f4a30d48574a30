"""Where the story is, and where its events take place: hosts a sentence leaves unsaid.

- :func:`story_host`: the country the story is set in (``adoc.story_place``: dateline, headline,
  first place of meeting) and how sure that is (``dateline``, ``story``, or ``home`` when it is only
  the document's dominant country);
- :func:`prior_host`: the host of the visit the story told just before ("During the visit, X held
  talks with Y", "during his ongoing visit"), from the document's :func:`memory` of visits found;
- :func:`event_host`: the country an event takes place in: a place in its own phrase ("the summit in
  Rio", "the DPRK-USA Hanoi summit", "the meeting, held in Vienna", "the forum hosted by Laos"), else
  the same kind of event placed earlier in the story ("the SCO summit was held in Astana ... the
  event is attended by"), else the story's place.

The sites of a document's events are read once per document from the parse.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...annotate.discourse import dateline, dateline_line
from ...annotate.document import AnnotatedDocument
from ...annotate.participants import participants
from ...annotate.syntax import Parse, Tok
from ...model import Sentence
from .frame import VisitFound, unreal
from .lex import lexicon
from .phrases import np_places, np_span, subjects

__all__ = ["Site", "event_host", "local_site", "memory", "prior_host", "sites", "story_host"]

_HOST_LEMMAS = {"host", "hosts", "hosted", "hosting", "co-host", "co-hosted", "organise", "organised", "organize",
                "organized", "chair", "chaired", "chairs", "convene", "convened"}
_HELD = {"held", "hold", "holds", "took", "take", "takes", "taking", "opened", "open", "opens", "convened", "began",
         "begins", "kicked", "underway", "staged", "ended", "closed", "concluded", "wrapped"}


@dataclass(frozen=True)
class Site:
    start: int  # the event noun's offset
    noun: str  # its singular lower-case form
    country: str
    year: int | None  # the year its sentence states, if any
    future: bool = False  # a designated host ("X will host the next summit")


def _singular(word: str) -> str:
    w = word.lower()
    return w[:-1] if w.endswith("s") and not w.endswith(("ss", "talks", "games", "olympics")) and len(w) > 4 else w


def story_host(adoc: AnnotatedDocument) -> tuple[str, str] | None:
    """The story's country and the evidence for it: dateline, story (headline or lead), or home."""
    dl = dateline(adoc)
    if dl is not None:
        return dl.country, "dateline"
    own_line = dateline_line(adoc)  # a dateline on a line of its own ("RIYADH:")
    if own_line is not None:
        return own_line.country, "dateline"
    sp = adoc.story_place
    if sp is None:
        return None
    text = adoc.text
    head_end = text.find("\n")
    lead = adoc.sentences[:3]
    spans = [(0, head_end if 0 < head_end < 250 else 0)] + [(s.start, s.end) for s in lead]
    for lo, hi in spans:
        for a in adoc.actors_in(lo, hi):
            if a.actor == sp and (a.how in ("city", "capital") or text[max(lo, a.start - 8) : a.start].lower().rstrip().endswith((" in", " at", " to"))):
                return sp, "story"
    return sp, "home"


def _place_of(adoc: AnnotatedDocument, lo: int, hi: int) -> str | None:
    found = np_places(adoc, lo, hi)
    return found[0].country if found else None


def _venue_of(adoc: AnnotatedDocument, lo: int, hi: int) -> str | None:
    """A city in an event's name ("the Hanoi summit", "the Tokyo Olympics"); a country there names a
    party ("the ASEAN-Japan summit", "the Cambodia-Laos-Vietnam summit"), not the venue."""
    for p in np_places(adoc, lo, hi):
        if not any(a.how in ("name", "short", "abbrev") for a in adoc.actors_in(p.start, p.end)):
            return p.country
    return None


def local_site(adoc: AnnotatedDocument, parse: Parse, tok: Tok) -> str | None:
    """The place an event noun's own phrase gives: "the summit in Rio", "the Hanoi summit", "the
    session, which took place in Vienna", "the forum hosted by Laos", "Thailand hosted the summit"."""
    lo, hi = np_span(parse, tok)
    for prep, obj in parse.prep_objects(tok, ("in", "at")):
        found = _place_of(adoc, *np_span(parse, obj))
        if found:
            return found
    for prep, obj in parse.prep_objects(tok, ("for", "on", "during")):  # "a summit for the first time last year in Russia"
        for _p2, o2 in parse.prep_objects(obj, ("in",)):
            found = _place_of(adoc, *np_span(parse, o2))
            if found:
                return found
    found = _venue_of(adoc, lo, hi)
    if found:
        return found
    if tok.dep == "pobj" and parse.head(tok).lower == "of" and tok.head != parse.head(tok).head:
        owner = parse.head(parse.head(tok))  # "the opening of the summit in X", "the document of the meeting in X"
        if owner.lower in ("hosting", "host", "chairmanship") and owner.head != owner.i:  # "X concluded its hosting of the meeting"
            verb = parse.verb_of(owner)
            for s in subjects(parse, verb) if verb is not None else []:
                found = _state_of(adoc, parse, s)
                if found:
                    return found
        for prep, obj in parse.prep_objects(owner, ("in", "at")):
            found = _place_of(adoc, *np_span(parse, obj))
            if found:
                return found
    for c in parse.children(tok, "acl", "relcl"):  # "held in Vienna", "which took place in Vienna", "hosted by Laos"
        for prep, obj in parse.prep_objects(c, ("in", "at", "by")):
            if prep.lower == "by" and c.lower not in _HOST_LEMMAS:
                continue
            found = _place_of(adoc, *np_span(parse, obj)) or _state_of(adoc, parse, obj)
            if found:
                return found
        for p in parse.children(c, "prep"):
            for sub in parse.children(p, "pobj"):
                for prep2, obj2 in parse.prep_objects(sub, ("in", "at")):
                    found = _place_of(adoc, *np_span(parse, obj2))
                    if found:
                        return found
    if tok.dep == "pobj" and parse.head(tok).lower == "to" and tok.head != parse.head(tok).head:
        verb = parse.head(parse.head(tok))  # "Saudi Arabia played host to the summit"
        if verb.is_verb and any(o.lower == "host" for o in parse.children(verb, "dobj")):
            for s in subjects(parse, verb):
                found = _state_of(adoc, parse, s)
                if found:
                    return found
    arg = tok
    while arg.dep in ("appos", "conj") and arg.head != arg.i:  # "<dateline>, the 4th summit ... was held in X"
        arg = parse.head(arg)
    head = parse.head(arg)
    if arg.dep in ("dobj", "nsubjpass", "nsubj") and head.is_verb:
        if arg.dep == "dobj" and head.lower in _HOST_LEMMAS:  # "Thailand hosted the summit"
            for s in subjects(parse, head):
                found = _state_of(adoc, parse, s)
                if found:
                    return found
        if head.lower in _HELD or head.lemma in ("hold", "take"):  # "the summit was held in Astana"
            for prep, obj in parse.prep_objects(head, ("in", "at")):
                found = _place_of(adoc, *np_span(parse, obj))
                if found:
                    return found
    return None


def _state_of(adoc: AnnotatedDocument, parse: Parse, tok: Tok) -> str | None:
    lo, hi = np_span(parse, tok)
    for p in participants(adoc, lo, hi):
        if not p.is_person and not p.country.startswith("ORG:"):
            return p.country
    return _place_of(adoc, lo, hi)


_CACHE: list[tuple[AnnotatedDocument, tuple[Site, ...]]] = []


def sites(adoc: AnnotatedDocument) -> tuple[Site, ...]:
    """Every event of the document whose own phrase places it, in text order (computed once)."""
    for doc, found in _CACHE:
        if doc is adoc:
            return found
    lx = lexicon()
    out: list[Site] = []
    for sent in adoc.sentences:
        parse = adoc.parse(sent)
        if parse is None:
            continue
        for tok in parse:
            if tok.lower in lx.event_nouns and tok.pos in ("NOUN", "PROPN"):
                country = local_site(adoc, parse, tok)
                if country:
                    head = parse.head(tok)
                    future = head.is_verb and unreal(parse, head)
                    out.append(Site(tok.start, _singular(tok.text), country, _stated_year(adoc, sent, tok.start), future))
    result = tuple(out)
    _CACHE[:] = [(adoc, result)]
    return result


def _stated_year(adoc: AnnotatedDocument, sent: Sentence, at: int) -> int | None:
    w = adoc.when(sent, near=at, context=False)
    return w.year if w else None


def event_host(adoc: AnnotatedDocument, parse: Parse, tok: Tok, *, story: bool = True) -> tuple[str, float] | None:
    """The country the event at ``tok`` takes place in, and how sure (see the module docstring).
    An earlier event of another stated year ("In 2008, a meeting took place in X") is another one."""
    own = local_site(adoc, parse, tok)
    if own:
        return own, 0.8
    noun = _singular(tok.text)
    sent = adoc.sentences[parse.sentence]
    year = _stated_year(adoc, sent, tok.start)
    found = [s for s in sites(adoc) if year is None or s.year in (None, year)]
    known = tuple(s for s in found if not s.future) or tuple(found)  # where it is held, before where one will be
    same = [s for s in known if s.noun == noun and s.start < tok.start]
    if same:
        return same[-1].country, 0.65
    held = [s for s in known if not s.future]  # a designated host names only the same event told before
    generic = noun in ("event", "gathering", "occasion")  # "the event" is whatever event the story placed
    if generic and held and len({s.country for s in held}) == 1:
        return held[0].country, 0.6
    later = [s for s in held if s.noun == noun]
    if later and len({s.country for s in later}) == 1:
        return later[0].country, 0.6
    place = story_host(adoc) if story and not _body_event(adoc, parse, tok) else None
    if place and place[1] != "home" and all(s.country == place[0] for s in held):
        return place[0], 0.55
    return None


def _body_event(adoc: AnnotatedDocument, parse: Parse, tok: Tok) -> bool:
    """A body's own meeting ("the NATO summit", "the G7 summit") or a domestic one ("a cabinet meeting",
    "a news conference"): the story's place says nothing about where it is."""
    lo, hi = np_span(parse, tok)
    if any(not a.is_state for a in adoc.actors_in(lo, hi)):
        return True
    return any(c.lower in ("cabinet", "party", "parliament", "news", "press", "government") for c in parse.children(tok, "compound", "amod"))


_MEMORY: list[tuple[AnnotatedDocument, dict[int, list[VisitFound]]]] = []


def memory(adoc: AnnotatedDocument) -> dict[int, list[VisitFound]]:
    """The visits found so far in the document, by sentence index (filled in text order)."""
    for doc, found in _MEMORY:
        if doc is adoc:
            return found
    fresh: dict[int, list[VisitFound]] = {}
    _MEMORY[:] = [(adoc, fresh)]
    return fresh


def prior_host(adoc: AnnotatedDocument, index: int, countries: set[str], *, hosts_too: bool,
               back: int = 4) -> tuple[str, float] | None:
    """The host of the latest visit found in the ``back`` sentences before sentence ``index`` whose
    visitor (or, with ``hosts_too``, host) is one of ``countries``."""
    found = memory(adoc)
    for i in range(index - 1, max(-1, index - 1 - back), -1):
        for v in reversed(found.get(i, [])):
            if v.visitor.country in countries or (hosts_too and v.host in countries):
                return v.host, 0.65
    return None
