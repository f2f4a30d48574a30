"""Event names and venues for the hosting extractor.

An event name is a short noun phrase around an event noun ("Summit",
"Forum", "signing ceremony", "SEA Games") with at least one capitalised word
or number that is not itself an event noun: "the 47th ASEAN Summit",
"signing ceremony of the UN Convention against Cybercrime", "Cultures of the
World Festival".  A run of such names ("A, B and C") splits into one name
each.  Venues are a state, a capital or a city of the lexicon after "in"/"at".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from ...annotate.document import AnnotatedDocument
from ...annotate.places import city_spans
from ..common import load_lexicon

__all__ = [
    "EventName", "city_spans", "events_after", "events_before", "events_in", "events_listed", "lexicon", "place_at", "strong_head",
]

_TOKEN = re.compile(r"[\w][\w'’\-–&.]*[\w'’]|[\w]|[^\w\s]")
_SEPARATORS = {",", "and", "&"}
# between two listed events: a place or time ("... Forum in February and the P4G Summit in April")
_LIST_GAP = re.compile(
    r"(?:\s+(?:in|at|on|during|from|last|this|next|early|late)\s+(?:the\s+|early\s+|late\s+|mid-)?"
    r"(?:[A-Z][\w'’.-]*|\d[\w-]*|year|month|week)(?:[\s-]+(?:[A-Z][\w'’.-]*|\d[\w-]*))*)+"
    r"\s*(?:,\s*and|,|and|as\s+well\s+as|&)\s+"
)


_ORDINAL_WORDS = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural"
_NUMBERED = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|" + _ORDINAL_WORDS + r")\s+$", re.I)
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?(?-i:[A-Z])", re.I)
# bodies whose numbered sessions sit at their headquarters: a session there is no hosted event
_HQ_BODY = re.compile(
    r"\s+of\s+(?:the\s+)?(?:UN\s+|United\s+Nations\s+)?(?:General\s+Assembly|Security\s+Council|Human\s+Rights\s+Council|"
    r"Economic\s+and\s+Social\s+Council|(?:National|People's)\s+\w+|\w+\s+Party)\b"
)
_PAREN = re.compile(r"\s*\((?-i:[A-Z])[\w-]{1,12}\)")


@dataclass(frozen=True)
class EventName:
    start: int
    end: int
    text: str


@functools.lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    lex = dict(load_lexicon("hosting"))
    for key in ("event_nouns", "weak_event_nouns", "lower_modifiers", "connectors", "skip_adjectives", "stop_words",
                "exclude_in_event", "forum_orgs", "forum_modified"):
        lex[key + "_set"] = frozenset(w.lower() for w in lex[key])
    return lex


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    text: str
    forum: bool = False  # a lowercase weak head after a forum body: "the APEC leaders' meeting"

    @property
    def low(self) -> str:
        return self.text.lower().replace("’", "'")


def _tokens(adoc: AnnotatedDocument, start: int, end: int) -> list[_Tok]:
    text = adoc.text
    return [
        _Tok(start + m.start(), start + m.end(), m.group(0), _after_forum(adoc, start + m.start(), m.group(0)))
        for m in _TOKEN.finditer(text[start:end])
    ]


def _after_forum(adoc: AnnotatedDocument, pos: int, word: str) -> bool:
    """Is a lowercase weak event noun a head: a forum's meeting ('the G20 foreign ministers' meeting'), 'related meetings',
    a numbered session of a named body ('the 44th session of the World Heritage Committee')?"""
    lex = lexicon()
    if word[0].isupper() or word.lower() not in lex["weak_event_nouns_set"]:
        return False
    if _NUMBERED.search(adoc.text, max(0, pos - 16), pos) and _OF_NAME.match(adoc.text, pos + len(word)):
        return not _HQ_BODY.match(adoc.text, pos + len(word))  # not a routine session at a headquarters
    if re.search(r"\b(?:related|associated)\s+$", adoc.text[max(0, pos - 12) : pos], re.I):
        return True  # "the 37th ASEAN Summit and related meetings"
    for a in adoc.actors_in(max(0, pos - 60), pos):
        if a.how == "org" and a.actor.lower() in lex["forum_orgs_set"]:
            words = adoc.text[a.end : pos].replace("’", "'").split()
            if adoc.text[a.end : a.end + 1].isspace() and all(w.lower() in lex["lower_modifiers_set"] for w in words):
                return True
    return False


def _is_code(tok: _Tok) -> bool:
    """'COP27': a numbered conference code."""
    return re.fullmatch(lexicon()["event_codes"], tok.text) is not None


def _is_head(tok: _Tok) -> bool:
    lex = lexicon()
    low = tok.low
    if _is_code(tok):
        return True
    if low not in lex["event_nouns_set"]:  # "Meeting-Plus", "Summit-Plus": a head with a capitalised suffix
        head, _, rest = low.partition("-")
        return bool(rest) and tok.text[0].isupper() and head in lex["event_nouns_set"] and tok.text[len(head) + 1 :].istitle()
    return low not in lex["weak_event_nouns_set"] or tok.text[0].isupper() or tok.forum


def strong_head(word: str) -> bool:
    """An event noun that names a multilateral event by itself ('summit', 'forum', 'conference')."""
    low = word.lower()
    return low in lexicon()["event_nouns_set"] and low not in lexicon()["weak_event_nouns_set"]


def _is_cap(tok: _Tok) -> bool:
    return tok.text[0].isupper() or tok.text[0].isdigit()


def _allowed(tok: _Tok) -> bool:
    """May this token stand inside an event name (or a list of names)?"""
    lex = lexicon()
    low = tok.low
    if low.rstrip(".") in lex["stop_words_set"]:
        return False
    if _is_head(tok) or low in lex["connectors_set"] or low in lex["lower_modifiers_set"]:
        return True
    if low in lex["skip_adjectives_set"] or low in {"a", "an", "its", "their", "our", "his", "her", "as", "well"}:
        return True
    if tok.text == "," or tok.text in {"'s", "’s"}:
        return True
    return tok.text[0].isalnum() and _is_cap(tok)


def _chunks(toks: list[_Tok]) -> list[tuple[str, list[_Tok]]]:
    """Split a token run at ",", "and", "&", "as well as" -> (separator before, tokens)."""
    out: list[tuple[str, list[_Tok]]] = []
    sep: str = ""
    cur: list[_Tok] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.low in _SEPARATORS or (t.low == "as" and i + 2 < len(toks) and toks[i + 1].low == "well"):
            if cur:
                out.append((sep, cur))
            sep, cur = t.low if t.low != "as" else "and", []
            if t.low == "as":
                i += 3
                continue
            if t.text == "," and i + 1 < len(toks) and toks[i + 1].low in {"and", "&"}:
                sep = "and"
                i += 1
        else:
            cur.append(t)
        i += 1
    if cur:
        out.append((sep, cur))
    return out


def _has_head(toks: list[_Tok]) -> bool:
    return any(_is_head(t) for t in toks)


def _trim(toks: list[_Tok]) -> list[_Tok]:
    """Drop leading determiners/adjectives and everything after the last head or capitalised tail."""
    lex = lexicon()
    lead_drop = lex["skip_adjectives_set"] | {"the", "a", "an", "its", "their", "our", "his", "her", "this", "that"}
    while toks and (toks[0].low in lead_drop or toks[0].low in lex["connectors_set"]):
        toks = toks[1:]
    last = -1
    seen_head = False
    for i, t in enumerate(toks):
        if _is_head(t):
            seen_head, last = True, i
        elif seen_head and _is_cap(t) and t.low not in lex["connectors_set"]:
            last = i
    return toks[: last + 1] if seen_head else toks


def _valid(adoc: AnnotatedDocument, toks: list[_Tok]) -> bool:
    lex = lexicon()
    if not toks or len(toks) > 18:
        return False
    text = adoc.text[toks[0].start : toks[-1].end].lower()
    if any(re.search(r"\b" + re.escape(x) + r"\b", text) for x in lex["exclude_in_event_set"]):
        return False
    if any(_is_code(t) for t in toks):
        return True
    if _has_head(toks):  # a name: a capitalised word, or a number with a capitalised head ("2024 Olympics")
        if any(t.text[0].isupper() and not _is_head(t) for t in toks):
            return True
        return any(t.text[0].isdigit() for t in toks) and any(_is_head(t) and t.text[0].isupper() for t in toks)
    after = re.match(r"\s+([a-z]+)", adoc.text[toks[-1].end : toks[-1].end + 30])  # "the G7 presidency": a modifier
    return _forum_org(adoc, toks) and not (after and after.group(1) in lex["forum_modified_set"])


def _forum_org(adoc: AnnotatedDocument, toks: list[_Tok]) -> bool:
    """'APEC 2027', 'the G20': a forum body (+ a year or ordinal) used as the event."""
    if not toks:
        return False
    start, end = toks[0].start, toks[-1].end
    orgs = [(a.start, a.end) for a in adoc.actors_in(start, end) if a.how == "org" and a.actor.lower() in lexicon()["forum_orgs_set"]]
    orgs = orgs or [(t.start, t.end) for t in toks if "org:" + t.low in lexicon()["forum_orgs_set"] and t.text.istitle()]  # "Apec"
    if len(orgs) != 1:
        return False
    rest = adoc.text[start : orgs[0][0]] + " " + adoc.text[orgs[0][1] : end]
    return re.fullmatch(r"\s*(?:(?:19|20)\d\d|\d{1,3}(?:st|nd|rd|th)?|" + _ORDINAL_WORDS + r")?\s*(?:(?:19|20)\d\d)?\s*", rest, re.I) is not None


def _names(adoc: AnnotatedDocument, toks: list[_Tok]) -> list[EventName]:
    items: list[list[_Tok]] = []
    pending: list[_Tok] = []
    for idx, (sep, chunk) in enumerate(_chunks(toks)):
        head = _has_head(chunk)
        related = chunk[0].low in {"related", "other", "associated"}
        if items and (related or (not head and sep in {"and", "&"} and _is_cap(chunk[0]) and not _forum_org(adoc, chunk))):
            joiner = adoc.text[items[-1][-1].end : chunk[0].start]
            possessive = any(t.text.endswith(("'s", "’s")) for t in chunk)
            if joiner.strip() in {"and", "&"} and not possessive and (related or _continues(items[-1])):
                items[-1] = items[-1] + chunk
                continue
        if head or _forum_org(adoc, _trim(chunk)):
            joined = pending and sep in {"and", "&"} and chunk[0].low not in {"the", "a", "an"}
            items.append(pending + chunk if joined else chunk)
            pending = []
        elif idx == 0 and sep == "" and chunk and _is_cap(chunk[-1]):
            pending = chunk  # "Trade and Investment Forum"
        else:
            break
    out = []
    for item in items:
        t = _clip(adoc, _trim(item))
        if _valid(adoc, t):
            out.append(EventName(t[0].start, t[-1].end, _abbreviated(adoc, t[0].start, t[-1].end)))
    return out


def _abbreviated(adoc: AnnotatedDocument, start: int, end: int) -> str:
    """The name with a forum written out replaced by its short name: 'Group of Seven summit' -> 'G7 summit'."""
    text = adoc.text[start:end]
    for a in sorted(adoc.actors_in(start, end), key=lambda a: -a.start):
        short = a.actor.removeprefix("ORG:")
        words = a.surface.split()
        if a.how != "org" or a.actor.lower() not in lexicon()["forum_orgs_set"] or len(words) < 2 or short in a.surface:
            continue
        if a.start < start or a.end > end:
            continue
        if words[-1].lower().partition("-")[0] in lexicon()["event_nouns_set"]:
            continue  # the forum's own name is the event: "World Economic Forum on ASEAN"
        text = text[: a.start - start] + short + text[a.end - start :]
    return text


def _place_at(adoc: AnnotatedDocument, pos: int) -> int | None:
    """End of a state, city or GPE name starting at ``pos``."""
    for a in adoc.actors_in(pos, pos + 60):
        if a.start == pos and a.how != "org":
            return a.end
    for c_start, c_end, _c in city_spans(adoc, pos, pos + 60):
        if c_start == pos:
            return c_end
    for ent in adoc.entities_in(pos, pos + 60, "GPE"):
        if ent.start == pos:
            return ent.end
    return None


def _clip(adoc: AnnotatedDocument, toks: list[_Tok]) -> list[_Tok]:
    """Drop a place in front ('Tianjin for the SCO summit') and a state after the head ('summit Brazil hosted')."""
    if toks and not _is_head(toks[0]):
        end = _place_at(adoc, toks[0].start)
        rest = [t for t in toks if t.start >= (end or 0)]
        if end is not None and rest and rest[0].low in {"for", "to"} and not any(_is_head(t) for t in toks if t.end <= end):
            toks = _trim(rest[1:])
    heads = [i for i, t in enumerate(toks) if _is_head(t)]
    if heads and heads[-1] + 1 < len(toks):
        nxt = toks[heads[-1] + 1]
        if any(a.start == nxt.start and a.is_state and a.how != "org" for a in adoc.actors_in(nxt.start, nxt.end + 60)):
            toks = toks[: heads[-1] + 1]
    return toks


def _continues(item: list[_Tok]) -> bool:
    """Is the item inside a complement ('Summit of the Partnership for Green Growth and ...')?"""
    seen_head = False
    for t in item:
        if _is_head(t):
            seen_head = True
        elif seen_head and t.low in {"of", "for", "on", "against"}:
            return True
    return False


def _run_forward(adoc: AnnotatedDocument, pos: int, limit: int) -> list[_Tok]:
    toks: list[_Tok] = []
    skip_to = -1
    for t in _tokens(adoc, pos, limit):
        if t.start < skip_to:
            continue
        if t.text == "(" and toks and _is_head(toks[-1]):  # "the ASEAN Foreign Ministers' Meeting (AMM) and ..."
            p = _PAREN.match(adoc.text, toks[-1].end, limit)
            if p:
                skip_to = p.end()
                continue
        if not _allowed(t):
            break
        toks.append(t)
    while toks and toks[-1].text == ",":
        toks.pop()
    return toks


def events_after(adoc: AnnotatedDocument, pos: int, limit: int) -> list[EventName]:
    """Event names starting at ``pos`` (after determiners; a generic head + 'such as' is skipped)."""
    lex = lexicon()
    m = re.compile(r"\s*" + lex["determiners"] + "*" + lex["generic_heads"] + "?", re.IGNORECASE).match(adoc.text, pos, limit)
    pos = m.end() if m else pos  # "the next", "this year's", "events such as"
    return _names(adoc, _run_forward(adoc, pos, limit))


def _state_at(adoc: AnnotatedDocument, pos: int) -> bool:
    while pos < len(adoc.text) and adoc.text[pos].isspace():
        pos += 1
    return any(a.start == pos and a.is_state for a in adoc.actors_in(pos, pos + 60))


def events_listed(adoc: AnnotatedDocument, pos: int, limit: int) -> list[EventName]:
    """Events after a verb, the list going on past a place or time: 'A in February and B in April'."""
    events = events_after(adoc, pos, limit)
    while events:
        m = _LIST_GAP.match(adoc.text, events[-1].end, limit)
        more = events_after(adoc, m.end(), limit) if m else []
        if not more or _state_at(adoc, m.end() if m else 0) or _state_at(adoc, more[-1].end):
            break  # a new clause: "..., and China the BRICS Summit", "the BRICS Summit Russia convened"
        events = events + more
    return events


def events_before(adoc: AnnotatedDocument, pos: int, floor: int) -> list[EventName]:
    """Event names ending right before ``pos`` (searching back to ``floor``); a trailing '(FOCAC)' stays with the name."""
    paren = re.search(r"\s*\((?-i:[A-Z])[\w-]{1,12}\)\s*$", adoc.text[floor:pos])
    if paren:
        names = events_before(adoc, floor + paren.start(), floor)
        if names and names[-1].end == floor + paren.start():
            end = floor + len(adoc.text[floor:pos].rstrip())
            last = names[-1]
            return names[:-1] + [EventName(last.start, end, adoc.text[last.start : end])]  # the full name, not abbreviated
        return names
    toks = _tokens(adoc, floor, pos)
    run: list[_Tok] = []
    for t in reversed(toks):
        if t.text == "," or not _allowed(t):
            break
        run.insert(0, t)
    return _names(adoc, run)


def events_in(adoc: AnnotatedDocument, start: int, end: int) -> list[EventName]:
    """Every event name written in ``text[start:end]``, in order."""
    out: list[EventName] = []
    run: list[_Tok] = []
    tokens: list[_Tok | None] = [*_tokens(adoc, start, end), None]
    for t in tokens:
        if t is not None and _allowed(t):
            run.append(t)
            continue
        while run and run[-1].text == ",":
            run.pop()
        if run:
            out.extend(_names(adoc, run))
        run = []
    return out


def place_at(adoc: AnnotatedDocument, pos: int, limit: int) -> str | None:
    """The state of a venue written at ``pos`` ('Hanoi', 'the central city of Da Nang', 'Japan')."""
    m = re.compile(r"\s*" + lexicon()["place_prefix"], re.IGNORECASE).match(adoc.text, pos, limit)
    if m:
        pos = m.end()
    while pos < limit and adoc.text[pos].isspace():
        pos += 1
    pos += 4 if adoc.text.startswith("the ", pos) and _state_at(adoc, pos + 4) else 0  # "in the Philippines"
    for a in adoc.actors_in(pos, limit):
        if a.start == pos and a.is_state:
            return a.actor
        break
    for s, _e, country in city_spans(adoc, pos, limit):
        if s == pos:
            return country
        break
    return None
