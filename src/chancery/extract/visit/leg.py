"""The previous leg of a trip: where a visitor came from.

- "<visitor> <motion verb> (in|to Y) ... (straight|directly|fresh) from <place>": "flew in from Tokyo",
  "arrived in Belgrade straight from Paris", "travelled to Beijing from the UAE", "returned from Japan";
- "from <a summit | visit | trip ...> in/to <place>": "flew in from the NATO summit in Vilnius",
  "came directly from a state visit to Kenya";
- an appositive "<visitor>, fresh from a visit to Russia, landed in ...".

A place of the visitor's own country is a return home (dropped by the host check of ``visit``);
a modal or an infinitive before the verb ("will fly in from", "is expected to arrive from") is no fact.
"""

from __future__ import annotations

import re

from ...annotate.document import AnnotatedDocument
from ...model import Sentence
from .frame import VisitFound, _irrealis, _lo, _subject
from .patterns import VisitPatterns
from ...annotate.participants import participants, places

__all__ = ["from_legs"]

_MOTION = (r"arrived|arrives|arriving|landed|lands|landing|flew|flies|flying|flown|came|comes|coming|travell?ed|"
           r"travels|travell?ing|returned|returns|returning|headed|went|drove|sailed")
_LEG = re.compile(r"\b(?P<verb>" + _MOTION + r")\b(?P<mid>[^,;:()]{0,60}?)\b(?:(?:straight|directly|direct|fresh|just)\s+)?from\s+", re.I)
_FRESH = re.compile(r",\s*(?:straight|directly|fresh|hot|just\s+back)\s+from\s+", re.I)
_EVENT_FROM = re.compile(
    r"^(?:a|an|the|his|her|their|its)\s+(?:[\w'’.-]+\s+){0,6}?(?:summit|summits|visit|trip|tour|meeting|meetings|talks|"
    r"conference|forum|stop|stopover|gathering|assembly|session|ceremony|funeral|inauguration)\s+(?:in|to|at|of)\s+(?:the\s+)?$",
    re.I,
)
_DIRECT = re.compile(r"^(?:the\s+)?$", re.I)
_APPOS_GAP = re.compile(r"^\s*$")


def _origin(adoc: AnnotatedDocument, sent: Sentence, pos: int) -> str | None:
    """The place a leg came from, written at ``pos`` (right after "from ")."""
    text = adoc.text
    for p in places(adoc, pos, min(sent.end, pos + 90)):
        gap = text[pos : p.start]
        if text.startswith(("'s", "’s"), p.end):
            return None
        if _DIRECT.match(gap) or _EVENT_FROM.match(gap):
            return p.country
        return None
    return None


def from_legs(adoc: AnnotatedDocument, sent: Sentence, pats: VisitPatterns) -> list[VisitFound]:
    text = adoc.text
    out: list[VisitFound] = []
    for m in _LEG.finditer(text, sent.start, sent.end):
        if re.search(r"\b(?:where|who|which|while|when|and)\b", m.group("mid"), re.I):
            continue
        host = _origin(adoc, sent, m.end())
        if not host:
            continue
        start, end = m.start("verb"), m.end("verb")
        visitors = _subject(adoc, sent, start, pats)
        if not visitors or _irrealis(adoc, sent, _lo(adoc, sent, start, visitors), start, end, pats):
            continue
        out.extend(VisitFound(v, host, "042", 0.6, start) for v in visitors)
    for m in _FRESH.finditer(text, sent.start, sent.end):
        host = _origin(adoc, sent, m.end())
        before = [p for p in participants(adoc, sent.start, m.start()) if p.is_person]
        if host and before and _APPOS_GAP.match(text[before[-1].end : m.start()]):
            out.append(VisitFound(before[-1], host, "042", 0.6, m.start()))
    return out
