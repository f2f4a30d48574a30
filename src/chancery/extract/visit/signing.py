"""A signing abroad: "<person> signed <document> with <host leader> in <city>".

A person who signs with a leader of another country in that leader's country is visiting it. The
place is in the sentence ("signed the pact with Japanese Prime Minister X in Tokyo") or, for a
sentence with no place, in the signing sentence just before ("The EU and Japan signed a trade deal
in Tokyo on Tuesday. European Council President X inked the pact with Japanese Prime Minister Y.").
The counterpart of the place's country must take part (a person or the state in the clause). A modal
or an infinitive ("will sign", "plans to sign") gives no fact.
"""

from __future__ import annotations

import re

from ...annotate.document import AnnotatedDocument
from ...model import Sentence
from .frame import VisitFound, _irrealis
from .patterns import VisitPatterns
from ...annotate.participants import Place, _followed_by_person, participants, places

__all__ = ["signing_visits"]

_SIGN = re.compile(r"\b(?:signed|inked|initialled|initialed|sealed|co-signed|put\s+pen\s+to\s+paper\s+on)\b", re.I)
_IN = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.I)


def _sign_place(adoc: AnnotatedDocument, sent: Sentence, lo: int) -> Place | None:
    text = adoc.text
    for p in places(adoc, lo, sent.end):
        if _IN.search(text[max(sent.start, p.start - 8) : p.start]) and not text.startswith(("'s", "’s"), p.end) \
                and not _followed_by_person(adoc, p.end, p.country):
            return p
    return None


def signing_visits(adoc: AnnotatedDocument, sent: Sentence, pats: VisitPatterns) -> list[VisitFound]:
    m = _SIGN.search(sent.text)
    if not m:
        return []
    start, end = sent.start + m.start(), sent.start + m.end()
    if _irrealis(adoc, sent, sent.start, start, end, pats):
        return []
    persons = [p for p in participants(adoc, sent.start, sent.end) if p.is_person]
    if len({p.country for p in persons}) < 2:
        return []
    place = _sign_place(adoc, sent, end)
    if place is None:
        prev = adoc.previous_sentences(sent, 1)
        pm = _SIGN.search(prev[-1].text) if prev else None
        if pm is None or places(adoc, sent.start, sent.end):
            return []
        place = _sign_place(adoc, prev[-1], prev[-1].start + pm.end())
    if place is None or not any(p.country == place.country for p in persons):
        return []
    return [VisitFound(p, place.country, "042", 0.55, start) for p in persons if p.country != place.country]
