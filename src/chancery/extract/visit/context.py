"""Document context for the visit and agreement extractors: the dateline and name aliases.

- the *dateline* ("HANOI (VNA) -", "<City>, Nov 22, 2024 (<Outlet>) -") says where a
  story is filed from: a leader of another country who "also took part", "flew in to meet ..." or
  "held talks with" the host's leader there is visiting that country. ``adoc.home`` may instead be
  the dominant country of the text, so the dateline is read here on its own;
- a story filed from the country that hosts its event ("NUSA DUA (Reuters) - The G20 summit hosted
  by Indonesia ..."): leaders meeting "on the sidelines of the summit" there are its visitors;
- an *alias* is a middle word of a known person's full name used alone later ("<Given> <Middle>
  <Family>" ... "<Middle>"), which the annotation layer (last-word surnames) does not link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...annotate.document import AnnotatedDocument
from ...annotate.gazetteer import fold, load_gazetteer
from ...annotate.places import city_spans, load_cities

__all__ = ["Dateline", "aliases", "dateline", "dateline_hosts_event", "doc_event_host"]

# after the place: ", Nov 22, 2024 (Outlet) -", " (VNA) —", ", Vietnam (AP) -", " -- "
_AFTER_PLACE = re.compile(r"^\s*(?:,|\(|—|–|-{1,2}\s)")
_DATELINE_END = re.compile(r"^[^\n]{0,90}?(?:\)\s*(?:—|–|-{1,2})|\s(?:—|–|-{1,2})\s|\)\s*:)\s*")
_PARTICLES = {"da", "de", "do", "dos", "das", "van", "von", "der", "den", "bin", "binti", "al", "el", "la", "le", "di", "du"}


@dataclass(frozen=True)
class Dateline:
    country: str
    end: int  # where the story text starts after the dateline


def dateline(adoc: AnnotatedDocument) -> Dateline | None:
    """The place a story is filed from, when a line near the top opens with one."""
    text = adoc.text
    head = text[:700]
    line_start = 0
    for line in head.split("\n"):
        lo, hi = line_start, line_start + len(line)
        line_start = hi + 1
        if not line.strip():
            continue
        place = _place_at(adoc, lo, hi)
        if place is None:
            continue
        p_end, country = place
        if not _AFTER_PLACE.match(text[p_end : p_end + 6]):
            continue
        m = _DATELINE_END.match(text[p_end:hi])
        if m:
            return Dateline(country, p_end + m.end())
    return None


def _place_at(adoc: AnnotatedDocument, lo: int, hi: int) -> tuple[int, str] | None:
    for s, e, code in city_spans(adoc, lo, min(hi, lo + 40)):
        if s == lo:
            return e, code
    for a in adoc.actors_in(lo, min(hi, lo + 40)):
        if a.start == lo and a.is_state:
            return a.end, a.actor
    word = re.match(r"[A-Z][A-Z .'-]{2,30}?(?=\s*[,(—–-])", adoc.text[lo:hi])  # "KUALA LUMPUR"
    if word:
        title = " ".join(word.group(0).split()).title()
        found = load_cities().get(fold(title))
        entry = None if found else load_gazetteer().lookup(title)
        if entry and entry.how in ("capital", "name", "short") and not entry.id.startswith("ORG:"):
            found = entry.id
        if found:
            return lo + len(word.group(0).rstrip()), found
    return None


def aliases(adoc: AnnotatedDocument, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """(start, end, country, alias) for a middle word of a known person's name used alone."""
    names: dict[str, str] = {}
    for p in adoc.persons:
        if p.start >= end or not p.country or not p.name:
            continue
        words = p.name.split()
        for w in words[1:-1]:
            if len(w) >= 4 and w[0].isupper() and w.lower() not in _PARTICLES:
                names.setdefault(w, p.country)
    if not names:
        return []
    taken = [(p.start, p.end) for p in adoc.persons] + [(a.start, a.end) for a in adoc.actors]
    out = []
    rx = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    for m in rx.finditer(adoc.text, start, end):
        s, e = m.start(), m.end()
        if any(a <= s < b for a, b in taken) or any(a <= s < b for a, b, _ in city_spans(adoc, max(0, s - 20), e + 20)):
            continue
        if re.search(r"[A-Z][\w'’-]*\s+$", adoc.text[max(0, s - 25) : s]) or re.match(r"^\s+[A-Z]", adoc.text[e : e + 3]):
            continue  # part of a longer name ("Tran Minh Quan")
        out.append((s, e, names[m.group(0)], m.group(0)))
    return out


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
