"""Hosting written around the event rather than after the verb.

* a relative clause: "the ASEAN-Australia Special Summit, which Australia hosted
  in Melbourne", "the 12th <Forum> Summit in <town>, which <State>
  hosted on October 4-5", "the G20 summit (that) Brazil hosted in Rio";
* a signing ceremony named by what was signed: "... signed the Convention on X
  at a ceremony in Hanoi, an event co-organised by Vietnam" -> "signing ceremony
  of the Convention on X"; "The X (ABBR) agreement was signed by A, B and C at a
  ceremony hosted by ..." / "signed the X (ABBR) on behalf of Y at a ceremony
  organised by ..." -> "ABBR signing ceremony".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...annotate.document import AnnotatedDocument
from ...model import Sentence
from .events import EventName, events_before
from .more import described_name, own_edition

__all__ = ["ceremony_event", "relative_event"]

Candidates = Callable[[AnnotatedDocument, int, int], list[tuple[int, int, str | None]]]

# between the host and the verb: "which Australia (has) (also) (successfully) hosted"
_HOST_VERB_GAP = re.compile(
    r"\s+(?:(?:has|have|had|is|are|was|were|will|be|been|being|also|once|again|jointly|successfully|proudly|\w+ly)\s+){0,3}",
    re.I,
)
# "which it hosted", "that they co-hosted": the host is the subject of the main clause
_PRONOUN_HOST = re.compile(r"(?:,\s*)?\b(?:which|that)\s+it(?=\s)", re.I)
# what follows the verb in a relative clause: nothing (no object), a place or a time
_AFTER_VERB = re.compile(
    r"\s*(?:$|[,.;:)!?—–]|(?:in|at|on|last|this|earlier|from|between|during|for|with|as|over|since|back|online|virtually|"
    r"remotely|via|by\s+video)\b|(?:19|20)\d\d)",
    re.I,
)
# between the event and the host: ", which" / "that", optionally after a place ("in <town>")
_REL_TAIL = re.compile(
    r"(?P<place>\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*)(?:[\s-]+(?:[A-Z][\w'’.-]*|de|del|of))*)?"
    r"(?P<rel>\s*,?\s*(?:which|that)\s+|\s+)$"
)
_LIST_SEP = re.compile(r"\s*(?:,\s*and|,|and|&)\s*(?:the\s+)?")
_NAME = r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:(?:of|on|for|against|and|the|to|in)\s+)*[A-Z][\w'’.-]*)*)(?:\s+\((?P<abbr>[A-Z][\w-]{1,12})\))?"
_AT_CEREMONY = r"(?P<mid>[^.;]{0,160}?)\s+(?:at|during)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?ceremony\b"
# "signed the X (ABBR) on behalf of Y at a ceremony"; "The X (ABBR) agreement was signed today by A, B and C at a ceremony"
_SIGNED = re.compile(
    r"\b(?:signed|inked|signing\s+of)\s+(?:the\s+)?" + _NAME + _AT_CEREMONY
    + r"|(?:\b[Tt]he\s+)?" + _NAME.replace("?P<name>", "?P<pname>").replace("?P<abbr>", "?P<pabbr>")
    + r"(?:\s+(?:agreement|pact|treaty|accord|deal|convention|declaration))?\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:formally\s+|officially\s+)?(?:signed|inked)\b" + _AT_CEREMONY.replace("?P<mid>", "?P<pmid>")
)
_APPOSITIVE = re.compile(
    r"(?:,\s*(?:an?|the)\s+(?:\w+\s+){0,2}?(?:event|ceremony|occasion|gathering)\s*|\s+(?:signing\s+)?ceremony\s*,?\s*)$",
    re.I,
)


def relative_event(
    adoc: AnnotatedDocument, sent: Sentence, verb_start: int, verb_end: int, candidates: Candidates
) -> tuple[EventName, tuple[str, ...]] | None:
    """(event, hosts) when the host verb closes a relative clause on a named event."""
    text = adoc.text
    if not _AFTER_VERB.match(text, verb_end, sent.end):
        return None
    cands = candidates(adoc, sent.start, verb_start)
    pron = _pronoun_host(adoc, sent, verb_start, candidates)
    if pron:
        return pron
    if not cands or cands[-1][2] is None:
        return None
    gap = _HOST_VERB_GAP.fullmatch(text, cands[-1][1], verb_start)
    if not gap and text[cands[-1][1] : verb_start].strip():
        return None
    hosts: list[str] = [cands[-1][2]]
    first = cands[-1][0]
    i = len(cands) - 1
    while i > 0 and _LIST_SEP.fullmatch(text, cands[i - 1][1], cands[i][0]):
        prev = cands[i - 1][2]
        if not prev:
            break
        hosts.insert(0, prev)
        first = cands[i - 1][0]
        i -= 1
    m = _REL_TAIL.search(text, sent.start, first)
    if not m:
        return None
    if not m.group("rel").strip(" ,") and (m.group("place") or "," in text[m.start() : first]):
        return None  # no pronoun: the event must stand right before the host ("the G20 summit Brazil hosted")
    named = described_name(adoc, sent, first) or own_edition(adoc, sent, m.start())
    if named:  # "COP29, the UN climate conference that Azerbaijan is hosting"; "its fifth meeting, which X hosted"
        return named, tuple(dict.fromkeys(hosts))
    events = events_before(adoc, m.start(), sent.start)
    if not events or events[-1].end != m.start():
        return None
    return events[-1], tuple(dict.fromkeys(hosts))


def _pronoun_host(
    adoc: AnnotatedDocument, sent: Sentence, verb_start: int, candidates: Candidates
) -> tuple[EventName, tuple[str, ...]] | None:
    """'Vietnam closed the 37th ASEAN Summit, which it hosted online' -> (event, the main-clause state)."""
    text = adoc.text
    rel = None
    for m in _PRONOUN_HOST.finditer(text, sent.start, verb_start):
        rel = m
    if not rel or not _HOST_VERB_GAP.fullmatch(text, rel.end(), verb_start):
        return None
    events = events_before(adoc, rel.start(), sent.start)
    if not events or events[-1].end != rel.start():
        return None
    states = [c[2] for c in candidates(adoc, sent.start, events[-1].start) if c[2]]
    return (events[-1], (states[-1],)) if states else None


def ceremony_event(adoc: AnnotatedDocument, sent: Sentence, agent_start: int) -> list[EventName]:
    """'signed the X Convention at a ceremony in Hanoi, an event co-organised by' -> 'signing ceremony of the X Convention'."""
    text = adoc.text
    if not _APPOSITIVE.search(text, sent.start, agent_start):
        return []
    found = None
    for m in _SIGNED.finditer(text, sent.start, agent_start):
        found = m
    if not found:
        return []
    key = "name" if found.group("name") else "pname"
    name, abbr = found.group(key), found.group("abbr" if key == "name" else "pabbr")
    if re.search(r"\b(?:signed|inked)\b", found.group("mid" if key == "name" else "pmid")):
        return []  # the ceremony of another signing
    event = f"{abbr} signing ceremony" if abbr else f"signing ceremony of the {re.sub(r'^The ', '', name)}"
    return [EventName(found.start(key), found.end(key), event)]
