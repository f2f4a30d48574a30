"""Hosting construction families written around a place, a body or an earlier event.

* a venue clause: "<place>, where he attended / took part in / addressed <event>",
  "<place>, where <event> was held" -> the event was held in that place's state;
* a body's own summit: "the alliance's (annual) summit in Vilnius" -> "NATO summit"
  (the body named last before it, in this or the two sentences before);
* chairing a summit: "<event>, chaired by Indonesia" and "Laos's chairmanship of
  <event>" for a summit, forum or conference (a state, not a person: a minister
  chairs a meeting without hosting it; a body alone, "chairmanship of ASEAN", is
  no event);
* a host written after the event: "The host of <event>, India, ...", "As host of
  <event>, the UAE ...";
* a coordinated future: "Malaysia will chair Asean and host the Asean Summit";
* guests hosted at an event: "Thailand played host to leaders of 21 economies at the
  APEC summit", "Japan hosted delegates from 40 countries for the X Forum";
* "the next edition / the next one" after a host verb, resolved to the event hosted
  last earlier in the document ("Saudi Arabia hosted the first X Summit ... with
  Malaysia set to host the next edition") -> X Summit without its ordinal.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ...annotate.document import AnnotatedDocument
from ...model import Sentence
from .events import EventName, events_after, events_before, events_listed, place_at, strong_head
from .hosts import candidates, clause_start

__all__ = ["body_summits", "chaired", "coordinated_host", "host_after", "hosted_guests", "prior_edition", "where_events"]

Keep = Callable[[EventName], bool]
Negated = Callable[[int], bool]

_WHERE = re.compile(r"\s*,\s*where\s+", re.I)
_ATTEND = re.compile(
    r"\b(?:(?:is|was|were|are|had|has|have)\s+(?:also\s+)?)?(?:attended|attending|attends|joined|joining|addressed|addressing|"
    r"(?:took|taking|takes)\s+part\s+in|participated\s+in|participating\s+in|spoke\s+at|speaking\s+at|opened|opening)\s+",
    re.I,
)
_WHERE_HELD = re.compile(
    r"\s*(?:(?:was|were|is|are)\s+(?:being\s+)?(?:held|hosted|staged|convened|under\s?way)|took\s+place|is\s+taking\s+place)\b",
    re.I,
)
_BODY_NOUN = re.compile(
    r"\b(?:the\s+)?(?:alliance|bloc|grouping|group|organi[sz]ation|association|union|forum|club|body)['’]s\s+"
    r"(?:(?:next|annual|biennial|leaders['’]?|inaugural|first|\d+(?:st|nd|rd|th)|(?:19|20)\d\d|(?:two|three|four)-day)\s+){0,3}"
    r"(?P<head>summit|conference|ministerial\s+meeting)\s+in\s+",
    re.I,
)
_CHAIRED_BY = re.compile(r"\s*,?\s*(?:(?:which|that)\s+(?:was|is)\s+|(?:was|is)\s+)?chaired\s+by\s+", re.I)
_CHAIRMANSHIP = re.compile(r"['’]s?\s+(?:successful\s+)?(?:chairmanship|chairing|chairship)\s+of\s+", re.I)
_HOST_AFTER = re.compile(r"\b(?:[Aa]s\s+(?:the\s+)?|[Tt]he\s+)(?:co-)?host\s+(?:country\s+|nation\s+|city\s+)?(?:of|for)\s+")
_COORDINATED = re.compile(
    r"\b(?:will|shall|is\s+(?:set|due|scheduled)\s+to|is\s+to)\s+(?:[\w'’-]+\s+){1,5}?and\s+(?:also\s+)?(?:co-)?host\s+", re.I
)
# "hosted leaders from 18 countries at the X Summit", "will play host to delegates for the X Forum"
_GUESTS = re.compile(
    r"\b(?:(?:co-)?host(?:ed|s|ing)?|play(?:ed|s|ing)?\s+host\s+to)\s+(?:(?:the|some|about|over|more\s+than|nearly|\d[\d,]*|"
    r"[a-z]+)\s+){0,3}(?:leaders|delegates|delegations|ministers|heads\s+of\s+(?:state|government)|participants|"
    r"representatives|dignitaries|guests)\b(?:\s+(?:of|from)\s+[^,.;]{1,70}?)?\s+(?:at|for|during)\s+",
    re.I,
)
_NEXT = re.compile(r"\s*the\s+next\s+(?P<head>edition|one|summit|meeting|forum|conference|gathering)\b(?!\s+of\b)", re.I)
_ORDINAL = re.compile(
    r"^(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural|\d+(?:st|nd|rd|th)|(?:19|20)\d\d)\s+)+",
    re.I,
)


def _state_after(adoc: AnnotatedDocument, pos: int, limit: int) -> str | None:
    """A state named right at ``pos`` after a comma ('..., India, pushed'; '..., the UAE promoted')."""
    m = re.compile(r"\s*,\s*(?:the\s+)?").match(adoc.text, pos, limit)
    if not m:
        return None
    for a in adoc.actors_in(m.end(), min(limit, m.end() + 60)):
        return a.actor if a.start == m.end() and a.is_state and a.how != "city" else None
    return None


def where_events(adoc: AnnotatedDocument, sent: Sentence, keep: Keep, negated: Negated) -> list[tuple[EventName, str]]:
    """'<place>, where he attended <event>' / '<place>, where <event> was held' -> (event, state of the place)."""
    text = adoc.text
    out: list[tuple[EventName, str]] = []
    for w in _WHERE.finditer(text, sent.start, sent.end):
        place = next((c for c in reversed(candidates(adoc, sent.start, w.start())) if c[1] == w.start()), None)
        if not place or not place[2] or any(a.start == place[0] and a.how == "org" for a in adoc.actors_in(place[0], place[1])):
            continue
        cut = re.compile(r"[;.]|,\s+(?:and|but|before|after|while)\b|\s[—–]\s").search(text, w.end(), sent.end)
        end = cut.start() if cut else sent.end
        events: list[EventName] = []
        for v in _ATTEND.finditer(text, w.end(), end):
            if v.start() - w.end() <= 40 and not negated(v.start()):
                events = events_listed(adoc, v.end(), end)
            break
        if not events:
            held = events_after(adoc, w.end(), end)
            if held and held[0].start - w.end() <= 6 and _WHERE_HELD.match(text, held[-1].end, end):
                events = held
        out.extend((e, place[2]) for e in events if keep(e))
    return out


def _body_before(adoc: AnnotatedDocument, sent: Sentence, pos: int) -> str | None:
    ranges = [(sent.start, pos)] + [(s.start, s.end) for s in reversed(adoc.previous_sentences(sent, 2))]
    for start, end in ranges:
        orgs = [a for a in adoc.actors_in(start, end) if a.how == "org" and not a.actor.startswith("ORG:UN")]
        if orgs:
            return orgs[-1].actor.removeprefix("ORG:")
    return None


def body_summits(adoc: AnnotatedDocument, sent: Sentence) -> list[tuple[EventName, str]]:
    """'the alliance's summit in Vilnius' -> (NATO summit, LTU)."""
    out = []
    for m in _BODY_NOUN.finditer(adoc.text, sent.start, sent.end):
        state = place_at(adoc, m.end(), min(sent.end, m.end() + 60))
        body = _body_before(adoc, sent, m.start()) if state else None
        if state and body:
            out.append((EventName(m.start(), m.end("head"), f"{body} {m.group('head').lower()}"), state))
    return out


def _summit_like(e: EventName) -> bool:
    words = re.findall(r"[\w'’-]+", e.text)
    return bool(words) and strong_head(words[-1].partition("-")[0])


def chaired(adoc: AnnotatedDocument, sent: Sentence, keep: Keep) -> list[tuple[EventName, str]]:
    """'<summit>, chaired by Indonesia'; "Laos's chairmanship of <summit>"."""
    text = adoc.text
    out = []
    for m in _CHAIRED_BY.finditer(text, sent.start, sent.end):
        events = events_before(adoc, m.start(), sent.start)
        cands = candidates(adoc, m.end(), min(sent.end, m.end() + 60))
        if not events or not cands or cands[0][0] != m.end() or adoc.persons_in(cands[0][0], cands[0][1]):
            continue
        if cands[0][2] and _summit_like(events[-1]) and keep(events[-1]):
            out.append((events[-1], cands[0][2]))
    for m in _CHAIRMANSHIP.finditer(text, sent.start, sent.end):
        owner = next((c for c in reversed(candidates(adoc, sent.start, m.start() + 1)) if c[1] >= m.start() - 1), None)
        if owner and owner[2]:
            out.extend((e, owner[2]) for e in events_listed(adoc, m.end(), sent.end) if _summit_like(e) and keep(e))
    return out


def host_after(adoc: AnnotatedDocument, sent: Sentence, keep: Keep) -> list[tuple[EventName, str]]:
    """'The host of <event>, India, ...'; 'As host of <event>, the UAE ...'."""
    out: list[tuple[EventName, str]] = []
    for m in _HOST_AFTER.finditer(adoc.text, sent.start, sent.end):
        before = adoc.text[sent.start : m.start()].strip()
        if before and not before.endswith((",", ";", ":")):
            continue  # "Japan is the host of ...": the subject before decides
        events = events_listed(adoc, m.end(), sent.end)
        state = _state_after(adoc, events[-1].end, sent.end) if events else None
        if state:
            out.extend((e, state) for e in events if keep(e))
    return out


def coordinated_host(adoc: AnnotatedDocument, sent: Sentence, keep: Keep, negated: Negated) -> list[tuple[EventName, str]]:
    """'Malaysia will chair Asean and host the Asean Summit': the subject of the first verb hosts."""
    out: list[tuple[EventName, str]] = []
    for m in _COORDINATED.finditer(adoc.text, sent.start, sent.end):
        start = clause_start(adoc.text, sent.start, m.start())
        cands = candidates(adoc, start, m.start())
        if not cands or not cands[-1][2] or adoc.text[cands[-1][1] : m.start()].strip() or negated(m.start()):
            continue
        out.extend((e, cands[-1][2]) for e in events_listed(adoc, m.end(), sent.end) if keep(e))
    return out


def hosted_guests(adoc: AnnotatedDocument, sent: Sentence, keep: Keep, negated: Negated) -> list[tuple[EventName, str]]:
    """'Thailand played host to leaders of 21 economies at the APEC summit' -> (APEC summit, THA)."""
    out: list[tuple[EventName, str]] = []
    for m in _GUESTS.finditer(adoc.text, sent.start, sent.end):
        start = clause_start(adoc.text, sent.start, m.start())
        cands = candidates(adoc, start, m.start())
        if not cands or not cands[-1][2] or m.start() - cands[-1][1] > 40 or negated(m.start()):
            continue
        if re.search(r"\b(?:was|were|is|are|be|been)\s+(?:\w+ly\s+)?$", adoc.text[cands[-1][1] : m.start()]):
            continue  # "the leaders were hosted at ...": a passive with the guests as subject
        out.extend((e, cands[-1][2]) for e in events_listed(adoc, m.end(), sent.end) if keep(e))
    return out


def prior_edition(adoc: AnnotatedDocument, sent: Sentence, pos: int, prior: Sequence[tuple[EventName, int]]) -> EventName | None:
    """'... host the next edition' -> the event hosted last before this sentence (``prior``: (event, sentence start))."""
    m = _NEXT.match(adoc.text, pos, sent.end)
    if not m:
        return None
    head = m.group("head").lower()
    for event, start in reversed(prior):
        if start >= sent.start:
            continue
        if head in {"edition", "one"} or head in event.text.lower():
            name = _ORDINAL.sub("", event.text)
            return EventName(m.start("head") - len("the next "), m.end("head"), name) if name else None
    return None
