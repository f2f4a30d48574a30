"""Document context for the visit and agreement extractors: the dateline and name aliases.

- the *dateline* ("HANOI (VNA) -", "<City>, Nov 22, 2024 (<Outlet>) -") says where a
  story is filed from: a leader of another country who "also took part", "flew in to meet ..." or
  "held talks with" the host's leader there is visiting that country. ``adoc.home`` may instead be
  the dominant country of the text, so the dateline is read here on its own;
- a story filed from the country that hosts its event ("NUSA DUA (Reuters) - The G20 summit hosted
  by Indonesia ..."): leaders meeting "on the sidelines of the summit" there are its visitors;
"""

from __future__ import annotations

import re

from ...annotate.document import AnnotatedDocument
from ...annotate.discourse import Dateline, dateline

__all__ = ["Dateline", "dateline", "dateline_hosts_event", "doc_event_host"]



_HOSTS_AFTER = re.compile(r"^\s+(?:is\s+|was\s+|has\s+)?(?:hosting|hosted|hosts|co-hosted|co-hosts|welcomed|welcomes)\b", re.I)
_HOSTED_BY = re.compile(r"\b(?:hosted|co-hosted|organi[sz]ed|chaired)\s+by\s+(?:the\s+)?$", re.I)
_EVENT_WORD = re.compile(r"\b(?:summit|conference|forum|meeting|gathering|assembly|games|expo|congress)\b", re.I)


def dateline_hosts_event(adoc: AnnotatedDocument, *, sentences: int = 4) -> bool:
    """The story's first sentences say the dateline country hosts an event ("Indonesia hosts the
    summit", "the summit hosted by Indonesia")."""
    dl = dateline(adoc)
    if dl is None:
        return False
    for sent in adoc.sentences[:sentences]:
        if not _EVENT_WORD.search(sent.text):
            continue
        for a in adoc.actors_in(sent.start, sent.end):
            if a.actor != dl.country or a.how == "demonym":
                continue
            if _HOSTS_AFTER.match(adoc.text[a.end : a.end + 30]) or _HOSTED_BY.search(adoc.text[max(sent.start, a.start - 30) : a.start]):
                return True
    return False


# "<State> hosted / played host to / concluded its hosting of <event>", "<event> (was) hosted by <State>"
_STATE_HOSTS = re.compile(
    r"^\s+(?:(?:has|have|had|is|was|also|successfully|formally|officially|proudly|on\s+\w+day|this\s+week|\([^()]{0,30}\))\s+){0,3}"
    r"(?:hosted|hosts|is\s+hosting|was\s+hosting|co-hosted|played\s+host\s+to|plays\s+host\s+to|"
    r"(?:concluded|wrapped\s+up|ended|opened|began|kicked\s+off)\s+(?:its|her|his|their)\s+hosting\s+of)\b",
    re.I,
)
_HOSTED_BY_STATE = re.compile(r"\b(?:hosted|co-hosted|organi[sz]ed)\s+by\s+(?:the\s+)?$", re.I)
_DOC_EVENT = re.compile(r"\b(?:summit|conference|forum|meeting|gathering|assembly|games|expo|congress|dialogue|COP\d*|APEC|G20|G7)\b", re.I)
_HOST_HOWS = {"name", "short", "abbrev", "capital"}


def doc_event_host(adoc: AnnotatedDocument, upto: int, *, sentences: int = 6) -> str | None:
    """The state the story's event is hosted by, stated in its first sentences before ``upto``:
    "Thailand hosted the summit", "Egypt played host to the conference", "the summit hosted by Laos"."""
    for sent in adoc.sentences[:sentences]:
        if sent.start >= upto:
            break
        if not _DOC_EVENT.search(sent.text):
            continue
        for a in adoc.actors_in(sent.start, sent.end):
            if not a.is_state or a.how not in _HOST_HOWS:
                continue
            m = _STATE_HOSTS.match(adoc.text[a.end : a.end + 70])
            if m and _DOC_EVENT.search(adoc.text, a.end + m.end(), sent.end):
                return a.actor
            if _HOSTED_BY_STATE.search(adoc.text[max(sent.start, a.start - 40) : a.start]) and _DOC_EVENT.search(adoc.text[sent.start : a.start]):
                return a.actor
    return None
