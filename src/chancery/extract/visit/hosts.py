"""Where a frame's visit happens: the place its trigger governs, else what the story says.

- :func:`governed_places`: places the trigger governs through "to/in/at/into" (and one level down:
  "arrived at the airport in Hanoi", "attended the summit in Rio"), its object for "visited Japan",
  and "here";
- :func:`context_host`: for a frame with no place of its own ("X, who is on a state visit", "the
  visiting premier", "X was welcomed with a ceremony"), the event it is at, the host of the same
  visitor's visit told just before, else the story's country when the story says where it is set
  (dateline, headline, lead) and the clause names no other country's place.
"""

from __future__ import annotations

from collections.abc import Iterable

from ...annotate.document import AnnotatedDocument
from ...annotate.participants import Participant, Place, _followed_by_person, participants, places
from ...annotate.syntax import Parse, Tok
from ...model import Sentence
from .args import where
from .context import event_host, local_site, prior_host, sites, story_host
from .lex import lexicon
from .phrases import clause

__all__ = ["context_host", "counterpart_host", "event_of", "events_of", "governed_places", "other_place"]

_PLACE_PREPS = ("to", "in", "at", "into", "inside", "around", "across", "throughout")


def governed_places(adoc: AnnotatedDocument, parse: Parse, tok: Tok, preps: Iterable[str] = _PLACE_PREPS,
                    *, objects: bool = False) -> list[Place]:
    """Places ``tok`` governs (see the module docstring)."""
    preps = tuple(preps)
    out: list[Place] = []
    heads = [o for o in parse.objects(tok)] if objects else []
    pairs: list[tuple[Tok | None, Tok]] = [(None, o) for o in heads] + list(parse.prep_objects(tok, preps))
    for prep in parse.children(tok, "prep"):  # "to Ecuador and to Peru", "to Ghana, Namibia and to Brazil"
        if prep.lower in preps:
            for c in parse.children(prep, "conj"):
                pairs += [(c, o) for o in parse.children(c, "pobj")]
            for o in parse.children(prep, "pobj"):
                pairs += [(p2, o2) for p2, o2 in parse.prep_objects(o, (prep.lower,)) if prep.lower in ("to", "through")]
    lx = lexicon()
    for _prep, obj in pairs:
        if obj.lower in lx.event_nouns:  # "attended the ASEAN-US summit in Jakarta": its venue, not its parties
            site = local_site(adoc, parse, obj)
            out.extend(p for p in ([Place(obj.start, obj.end, site)] if site else []) if p not in out)
            continue
        found = where(adoc, parse, obj) or _nested(adoc, parse, obj, 2)
        out.extend(p for p in found if p not in out)
    for c in parse.children(tok, "advmod"):
        if c.lower == "here":
            out.extend(where(adoc, parse, c))
        if c.lower == "where" and tok.dep == "relcl" and tok.head != tok.i:  # "X flew in from Delhi, where he attended ..."
            out.extend(p for p in where(adoc, parse, parse.head(tok), lists=False) if p not in out)
    if tok.dep == "conj" and tok.head != tok.i:  # "..., where he was received by X and held talks with Y"
        head = parse.head(tok)
        if head.dep == "relcl" and any(c.lower == "where" for c in parse.children(head, "advmod")):
            out.extend(p for p in where(adoc, parse, parse.head(head), lists=False) if p not in out)
    return out


def _nested(adoc: AnnotatedDocument, parse: Parse, obj: Tok, depth: int) -> list[Place]:
    """A place further down: "at the airport in Hanoi", "at the UN headquarters in New York"."""
    for sub in [obj, *parse.children(obj, "appos")]:
        for _p, o in parse.prep_objects(sub, ("in", "at")):
            found = where(adoc, parse, o) or (_nested(adoc, parse, o, depth - 1) if depth > 1 else [])
            if found:
                return found
    return []


def events_of(parse: Parse, tok: Tok) -> list[Tok]:
    """The event nouns ``tok`` governs as object or through "at/in/for/to" ("attended the summit",
    "took part in the forum", "on the sidelines of the summit", "on the eve of the summit")."""
    lx = lexicon()
    out: list[Tok] = []
    cands = list(parse.objects(tok)) + [o for _p, o in parse.prep_objects(tok, ("at", "in", "to", "for", "on", "during"))]
    roles = list(parse.objects(tok)) + [o for _p, o in parse.prep_objects(tok, ("as",))]
    cands += [o for x in roles for _p, o in parse.prep_objects(x, ("at", "during"))]  # "delivered a speech at", "as a guest at"
    for c in cands:
        if c.lower in lx.event_nouns:
            out.append(c)
            continue
        for _p, o in parse.prep_objects(c, ("of",)):
            if o.lower in lx.event_nouns:
                out.append(o)
        if any(x.lower in lx.event_nouns for x in parse.children(c, "compound")):
            out.append(c)
    return out


def event_of(parse: Parse, tok: Tok) -> Tok | None:
    found = events_of(parse, tok)
    return found[0] if found else None


_LOCATIVE = {"in", "at", "to", "into", "inside", "near", "across", "around", "throughout", "visit", "visited",
             "visiting", "visits", "toured", "tour"}


def _locative(parse: Parse, start: int) -> bool:
    """The place at ``start`` is where something happens ("in X", "to X", "visited X"), not a party
    ("on behalf of X", "X said", "ties with X")."""
    tok = parse.at(start)
    for _ in range(6):
        if tok is None or tok.head == tok.i:
            return False
        if tok.dep in ("compound", "flat", "appos", "conj", "nmod", "amod", "det"):
            tok = parse.head(tok)
            continue
        head = parse.head(tok)
        return head.lower in _LOCATIVE and tok.dep in ("pobj", "dobj")
    return False


def other_place(adoc: AnnotatedDocument, sent: Sentence, country: str, lo: int | None = None, hi: int | None = None,
                parse: Parse | None = None, verb: Tok | None = None) -> bool:
    """A place of another country than ``country`` where something happens in the sentence (or in
    [lo, hi)); with the parse, only places after "in/at/to" or visited count, and with ``verb`` only
    those of its own clause (not "a tour that took him to X")."""
    own = {t.i for t in clause(parse, verb)} if parse is not None and verb is not None else None
    for p in places(adoc, sent.start if lo is None else lo, sent.end if hi is None else hi):
        if p.country == country or _followed_by_person(adoc, p.end, p.country) or adoc.text.startswith(("'s", "’s"), p.end):
            continue
        if parse is None or _locative(parse, p.start):
            tok = parse.at(p.start) if parse is not None else None
            if own is None or (tok is not None and tok.i in own):
                return True
    return False


def counterpart_host(adoc: AnnotatedDocument, sent: Sentence, visitors: list[Participant]) -> tuple[str, float] | None:
    """The one other country of the persons named with the visitor in the sentence just before
    ("X and his Mexican counterpart Y agreed ... . X was greeted with a guard of honour")."""
    mine = {v.country for v in visitors}
    names = {v.name for v in visitors if v.name}
    for prev in reversed(adoc.previous_sentences(sent, 1)):
        persons = [p for p in participants(adoc, prev.start, prev.end) if p.is_person]
        if not any(p.name in names for p in persons):
            continue
        others = {p.country for p in persons if p.country not in mine and not p.country.startswith("ORG:")}
        if len(others) == 1:
            return next(iter(others)), 0.55
    return None


def context_host(adoc: AnnotatedDocument, sent: Sentence, parse: Parse, tok: Tok,
                 visitors: list[Participant], *, weak: bool = False, recent_event: bool = False) -> tuple[str, float] | None:
    """The host of a frame that names no place (see the module docstring); ``weak`` accepts the
    document's dominant country as the story's place; ``recent_event`` takes the site of an event
    told just before ("The summit opened in Riyadh. Leaders from A and B attended")."""
    ev = event_of(parse, tok)
    if ev is not None:
        found = event_host(adoc, parse, ev)
        if found:
            return found
    prior = prior_host(adoc, sent.index, {v.country for v in visitors}, hosts_too=False)
    if prior:
        return prior
    counterpart = counterpart_host(adoc, sent, visitors)
    if counterpart:
        return counterpart
    if recent_event:
        near = [s for s in sites(adoc) if s.start < tok.start and tok.start - s.start < 700 and not s.future]
        if near:
            return near[-1].country, 0.55
    story = story_host(adoc)
    if story is None or (story[1] == "home" and not weak):
        return None
    country = story[0]
    if all(v.country == country for v in visitors):
        return None
    lo, hi = parse.subtree(tok) if tok.dep not in ("ROOT",) else (sent.start, sent.end)
    if other_place(adoc, sent, country, lo, hi, parse, parse.verb_of(tok)):
        return None
    return country, (0.6 if story[1] == "dateline" else 0.55)
