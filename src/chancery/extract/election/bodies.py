"""The body and term of an election: "to the UN Human Rights Council for the 2026-2028 term".

The body is the first international body (ORG) named after the trigger, not an
agent ("by the General Assembly").  Membership of the body itself gives its ORG
id; a post ("Vice President of the UN General Assembly") or a sub-body the
gazetteer folds into its parent ("World Heritage Committee" -> ORG:UNESCO) gives
a description as written, with the body's short name when the words lack it.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from ...annotate.document import AnnotatedDocument
from ...model import ActorSpan
from ..common import load_lexicon

__all__ = ["body_after", "body_before", "earlier_body", "post_of_elector", "term_in"]

# ORG ids the contract names; another body is written out with its short name: "International Law Commission (ILC)"
_LISTED = frozenset(
    "UN UNSC UNGA UNHRC UNESCO ASEAN EU G20 G7 APEC WTO WB IMF P4G AU GCC NAM NATO OSCE EAS Quad".split()
)
_BODY_NOUNS = r"commission|council|board|committee|court|tribunal|assembly|bureau|panel"
# "won a seat on the commission": a body named earlier in the story ("the city council" is not one)
_GENERIC_MODS = r"(?:\d+-(?:member|nation|seat|strong)|same|powerful|prestigious|influential|elite|main|full|rights|expert|global|world)"
_GENERIC_BODY = re.compile(
    rf"\s*(?:to|on|onto|into|as|of)?\s*(?:a\s+(?:[\w-]+\s+)?seat\s+on\s+)?the\s+(?:{_GENERIC_MODS}\s+){{0,2}}?"
    rf"(?P<noun>{_BODY_NOUNS})\b(?!\s+(?:of|on)\b|['’])",
    re.I,
)
# "elected X as president of its 79th session": a post of the electing body
_POST_OF_ITS = re.compile(
    r"\s*(?:as\s+)?(?:the\s+)?(?P<post>(?:vice[- ])?(?:president|chair|chairman|chairwoman|chairperson|vice-chair|rapporteur)s?)"
    r"\s+of\s+(?:its|their)\s+(?P<session>(?:(?:\d+(?:st|nd|rd|th)|next|upcoming|current|forthcoming)\s+)?session)\b",
    re.I,
)
_ELECTOR = re.compile(rf"\bthe\s+(?:{_GENERIC_MODS}\s+)?(?P<noun>(?-i:{_BODY_NOUNS}))\s+(?:(?:on|last|this)\s+\w+\s+)?(?:also\s+)?$", re.I)

_TERM = re.compile(r"(?<![\d])((?:19|20)\d\d)\s*(?:-|–|—|/|to|until|through)\s*((?:19|20)?\d\d)(?![\d])")
_CUT = re.compile(r"[;]|\s[—–]\s|\b(?:after|while|whereas|because|although|when)\b|,\s+(?:which|who|while|and)\b", re.I)
_AGENT = re.compile(r"\bby\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.I)
_DATE_WORD = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
_CAP_TAIL = re.compile(rf"(?:[ \t]+(?:of[ \t]+|on[ \t]+|for[ \t]+|and[ \t]+)?(?:the[ \t]+)?(?!{_DATE_WORD})[A-Z][\w'’-]*)+")
# a time word between the trigger and the body: "was elected today as a member of", "on Thursday, October 10,"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_TIME_LEAD = re.compile(
    rf"\s*,?\s*(?:(?:earlier|later)\s+)?(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week|month|year)|"
    rf"last\s+(?:week|month|year|night|\w+day|{_MONTH})|(?:on|in)\s+(?:\w+day,?\s+)?(?:(?:\d{{1,2}}\s+)?{_MONTH}(?:\s+\d{{1,2}})?"
    rf"(?:,?\s+\d{{4}})?|\w+day|\d{{4}})|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:,?\s+{_MONTH}\s+\d{{1,2}})?)"
    rf"(?=[\s,])\s*,?",
)
# an organ of an agency: "Governing Body", "Executive Board", "World Heritage Committee"
_ORGAN = r"(?:[A-Z][\w-]*[ \t]+){0,3}(?:Body|Board|Council|Committee|Bureau|Commission)(?:[ \t]+of[ \t]+Governors)?"
_ORGAN_AFTER = re.compile(rf"[ \t]+(?P<part>{_ORGAN})\b")
_ORGAN_BEFORE = re.compile(rf"(?P<part>{_ORGAN})\s+of\s+(?:the\s+)?$")


@functools.lru_cache(maxsize=1)
def _lex() -> dict[str, Any]:
    lex = dict(load_lexicon("election"))
    lex["membership_set"] = frozenset(w.lower() for w in lex["membership_words"])
    markers = "|".join(re.escape(m) for m in sorted(lex["international_markers"], key=len, reverse=True))
    nouns = "|".join(map(re.escape, lex["body_nouns"]))
    lex["intl_re"] = re.compile(
        rf"\s*(?:to|as|onto|into|on)?\s*(?:the\s+|a\s+|an\s+)?(?:member\s+of\s+the\s+)?"
        rf"(?P<body>(?:{markers})\b(?:[ \t-]+(?:of[ \t]+|on[ \t]+|for[ \t]+|the[ \t]+|and[ \t]+)*[A-Z][\w'’-]*)*?[ \t]+(?:{nouns})"
        rf"(?:[ \t]+(?:for|of|on)[ \t]+(?:the[ \t]+)?(?!{_DATE_WORD})[A-Z][\w'’-]*"
        rf"(?:[ \t]+(?:(?:of|for|and|the|on)[ \t]+)*(?!{_DATE_WORD})[A-Z][\w'’-]*)*)?)\b"
    )
    return lex


def _acronym(surface: str) -> str:
    words = re.split(r"[\s-]+", surface.replace("United Nations", "UN"))
    return "".join(w if w.isupper() else w[0] for w in words if w and (w[0].isupper()))


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _is_own_name(org: ActorSpan) -> bool:
    """Does the surface name the body itself ('UN Human Rights Council' -> UNHRC), not a part of it?"""
    short = org.actor.removeprefix("ORG:").split("-")[0].upper()
    surface = org.surface
    if surface.upper() == short or surface.upper().replace(".", "") == short:
        return True
    if re.search(rf"\b{re.escape(short)}\b", surface, re.I):
        return False  # "UNESCO Executive Board": the parent's name plus a part
    acro = _acronym(surface).upper()
    for a in {acro, acro.removeprefix("UN")}:
        if a and (_subsequence(a, short) or _subsequence(short, a)):
            return True
    return False


def _describe(text: str, start: int, org: ActorSpan) -> str:
    desc = text[start : org.end]
    tail = _CAP_TAIL.match(text, org.end)
    if tail and not re.match(r"\s+(?:for|and)\b", tail.group(0)):
        desc = text[start : tail.end()]
    desc = re.sub(r"^(?:(?:to|as|onto|into|on)\s+)?(?:(?:the|a|an)\s+)?", "", desc.strip(), flags=re.I)
    short = org.actor.removeprefix("ORG:")
    if not re.search(rf"\b{re.escape(short)}\b", desc, re.I):
        desc = f"{desc} ({short})"
    return desc


def body_after(adoc: AnnotatedDocument, start: int, end: int) -> str | None:
    """The body elected to, written right after the trigger (within the clause)."""
    text = adoc.text
    limit = min(end, start + 160)
    cut = _CUT.search(text, start, limit)
    if cut:
        limit = cut.start()
    lex = _lex()
    lead = _TIME_LEAD.match(text, start, limit)
    if lead and re.match(r"\s*(?:to|as|onto|into|on|a|an|the)\b", text[lead.end() : limit], re.I):
        start = lead.end()  # "was elected today as a member of ..."
    for org in adoc.actors_in(start, limit):
        if org.is_state:
            continue
        if _AGENT.search(text[start : org.start]):
            start = org.end  # the voters, not the body: "by the General Assembly to ..."
            continue
        prefix = text[start : org.start]
        words = re.findall(r"[\w'’-]+", prefix.lower())
        content = [w for w in words if w not in lex["membership_set"] and not re.fullmatch(r"\d+(?:\w*|-member)", w)]
        if len(words) > 14 or len(content) > 6:
            return None
        organ = _ORGAN_BEFORE.search(prefix)
        if organ and not [w for w in content if w not in organ.group("part").lower().split()]:
            return _organ(org, organ.group("part"))  # "the Governing Body of the ILO" -> "ILO Governing Body"
        if content:  # a post: "Vice President of the 80th UN General Assembly"
            return _describe(text, start, org)
        named = re.fullmatch(rf"(?P<part>{_ORGAN})\s+of\s+(?:the\s+)?(?!Governors\b)\S.*", org.surface)
        if named:  # the gazetteer's own span "Executive Board of UNESCO"
            return _organ(org, named.group("part"))
        poss = re.match(r"['’]s?(?:[ \t]+(?:\d+-\w+|powerful|main|new|influential|elected))?(?=[ \t])", text[org.end : limit])
        if poss:  # "the WHO's Executive Board" is an organ; "the World Bank's staff board" is not an elected body
            organ_poss = _ORGAN_AFTER.match(text, org.end + poss.end(), limit)
            return _organ(org, organ_poss.group("part")) if organ_poss and organ_poss.group("part")[:1].isupper() else None
        after = _ORGAN_AFTER.match(text, org.end, limit)
        if after and not re.search(r"\b(?:Council|Committee|Board|Commission|Body|Bureau)\b", org.surface):
            return _organ(org, after.group("part"))  # "the ILO Governing Body", "WHO Executive Board"
        return _own(org) if _is_own_name(org) else _describe(text, org.start, org)
    m = lex["intl_re"].match(text, start, limit)
    if m:
        return m.group("body")
    g = _GENERIC_BODY.match(text, start, limit)
    earlier = earlier_body(adoc, start, g.group("noun")) if g else None
    if earlier is None:
        return None
    return _own(earlier) if _is_own_name(earlier) else _describe(text, earlier.start, earlier)


_POST_BEFORE = re.compile(
    r"(?:\bas\s+)?(?:the\s+)?(?P<post>(?:(?:vice|deputy)[- ])?(?:head|president|chair\w*|director[- ]general|secretary[- ]general|"
    r"governor|judge|member|leader)\s+of\s+(?:the\s+)?)$",
    re.I,
)


def body_before(adoc: AnnotatedDocument, floor: int, pos: int) -> str | None:
    """'as head of <Bank>, to which ...': the international body (and post) ending at ``pos``."""
    orgs = [a for a in adoc.actors_in(floor, pos) if not a.is_state and re.fullmatch(r"[\s)]*(?:\([^()]{1,12}\))?\s*", adoc.text[a.end : pos])]
    if not orgs:
        return None
    org = orgs[-1]
    post = _POST_BEFORE.search(adoc.text, floor, org.start)
    if post:
        return _describe(adoc.text, post.start("post"), org)
    return _own(org) if _is_own_name(org) else _describe(adoc.text, org.start, org)


def _organ(org: ActorSpan, part: str) -> str:
    short = org.actor.removeprefix("ORG:")
    return f"{short} {part}"


def _own(org: ActorSpan) -> str:
    short = org.actor.removeprefix("ORG:")
    if short in _LISTED or org.surface.upper().replace(".", "") == short.upper():
        return org.actor
    return f"{org.surface} ({short})"


def earlier_body(adoc: AnnotatedDocument, pos: int, noun: str) -> ActorSpan | None:
    """The latest international body before ``pos`` (within ~6 sentences) whose name has ``noun``."""
    found = None
    for a in adoc.actors_in(max(0, pos - 1200), pos):
        if not a.is_state and a.how == "org" and re.search(rf"\b{noun}\b", a.surface, re.I):
            found = a
    return found


def post_of_elector(adoc: AnnotatedDocument, trig_start: int, start: int, end: int, floor: int) -> str | None:
    """'the assembly elected X as president of its 79th session' -> 'President of the UN General Assembly (79th session)'."""
    m = _POST_OF_ITS.match(adoc.text, start, end)
    if not m:
        return None
    before = adoc.text[floor:trig_start]
    orgs = [a for a in adoc.actors_in(floor, trig_start) if not a.is_state and a.how == "org"]
    gap = before[orgs[-1].end - floor :] if orgs else ""
    org = orgs[-1] if orgs and re.fullmatch(r"[\s,]*(?:(?:on|last|this)\s+\w+\s+)?(?:also\s+)?", gap) else None
    if org is None:
        e = _ELECTOR.search(before)
        org = earlier_body(adoc, floor + e.start(), e.group("noun")) if e else None
    if org is None:
        return None
    post = m.group("post")
    body = f"{post[0].upper()}{post[1:]} of the {org.surface}"
    return body if m.group("session").lower() == "session" else f"{body} ({m.group('session')})"


def term_in(text: str, trig_end: int, sent_end: int, sent_start: int) -> str | None:
    """'2026-2028' for a stated span ('for the 2026–2028 term', '2026-28', 'from 2026 to 2028')."""
    spans = []
    for m in _TERM.finditer(text, sent_start, sent_end):
        a, b = int(m.group(1)), m.group(2)
        y2 = int(b) if len(b) == 4 else (a // 100) * 100 + int(b)
        if 0 < y2 - a <= 10:
            spans.append((abs(m.start() - trig_end) + (0 if m.start() >= trig_end else 200), f"{a}-{y2}"))
    return min(spans)[1] if spans else None
