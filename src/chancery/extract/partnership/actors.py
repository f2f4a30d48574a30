"""Who the parties of a partnership are: actor occurrences, lists and the context pair.

An occurrence is a state (or a body that can be a party, e.g. the EU or
ASEAN) named in a clause, or the country of a person named there. A group is
a list of named actors joined by commas/"and" ("China, Russia and India");
a compound is a hyphenated pair ("Vietnam-Japan", "Japan–Vietnam").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...annotate.document import AnnotatedDocument
from ...model import Sentence
from .patterns import lexicon

__all__ = [
    "Occ", "Group", "occurrences", "groups", "compounds", "context_pair", "clause_bounds", "item_year", "item_time_end"
]

_CONJ = re.compile(r"\b(?:and|as\s+well\s+as)\b|&", re.I)
# ", and Russia became ...": a new clause with its own subject (a name and a verb), not a list's last item
_AND_CLAUSE = re.compile(
    r",\s+(?:and|but)\s+(?=(?:then\s+|later\s+)?(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
    r"(?:['’]s?(?:\s+[a-z]+){1,2})?\s+(?:has|have|had|was|were|is|are|became|becomes|become|will|would|"
    r"also|later|then|now|[a-z]{3,}ed)\b)"
)
_LOWER = re.compile(r"\b(?!(?:and|the|of|or)\b)[a-z]{2,}")
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
# a time attached to a list item: "India in March", "Australia (2005)", "Japan, since 2010,"
_ITEM_TIME = re.compile(
    r"^(?:\s*\(\s*(?:(?:in|since)\s+)?(?:" + _MONTHS + r"\s+)?\d{4}\s*\)"
    r"|,?\s+(?:in|since|from|on)\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:" + _MONTHS + r")(?:\s+\d{1,2})?(?:,?\s+\d{4})?"
    r"|\d{4}|\d{1,2}\s+" + _MONTHS + r"(?:\s+\d{4})?)"
    r"|,?\s+(?:last|this)\s+year)"
)


@dataclass(frozen=True)
class Occ:
    """An actor named in the text (absolute offsets)."""

    start: int
    end: int
    actor: str
    person: bool = False


@dataclass(frozen=True)
class Group:
    """Actors listed together ("A, B and C"); a single actor is a group of one."""

    members: tuple[Occ, ...]

    @property
    def start(self) -> int:
        return self.members[0].start

    @property
    def end(self) -> int:
        return self.members[-1].end

    @property
    def actors(self) -> list[str]:
        out: list[str] = []
        for m in self.members:
            if m.actor not in out:
                out.append(m.actor)
        return out


def occurrences(adoc: AnnotatedDocument, start: int, end: int) -> list[Occ]:
    """Eligible actors in ``[start, end)``: governments, party bodies, persons' countries."""
    lx = lexicon()
    text = adoc.text
    occ: list[Occ] = []
    for a in adoc.actors_in(start, end):
        if a.how == "city" or not (a.is_state or a.actor in lx.party_orgs):
            continue
        occ.append(Occ(a.start, a.end, a.actor))
    for p in adoc.persons_in(start, end):
        if not p.country or not (not p.country.startswith("ORG:") or p.country in lx.party_orgs):
            continue
        if any(o.actor == p.country and o.start < p.end and p.start < o.end for o in occ):
            continue
        occ.append(Occ(p.start, p.end, p.country, person=True))
    return sorted(occ, key=lambda o: (o.start, o.end))


def groups(text: str, occ: list[Occ]) -> list[Group]:
    """Lists of named actors (persons are not listed); a comma list needs a closing "and"."""
    lx = lexicon()
    named = [o for o in occ if not o.person]
    out: list[Group] = []
    cur: list[Occ] = []
    seps: list[str] = []

    def close() -> None:
        if not cur:
            return
        members = list(cur)
        if len(members) > 1 and not any(_CONJ.search(s) for s in seps):
            members = members[:1]  # "with the UK, Vietnam now ..." is not a list
        out.append(Group(tuple(members)))

    for o in named:
        if cur:
            gap = text[cur[-1].end : o.start]
            timed = item_time_end(gap)
            gap = gap[timed:]
            closed = timed and any(_CONJ.search(x) for x in seps) and (
                not _CONJ.search(gap) or bool(re.match(r"['’]s?\s", text[o.end : o.end + 3]))
            )  # "Chile and Peru in 2023, and Argentina's relations ..." starts a new clause
            if timed and _WITH_AGAIN.match(gap):  # "with A in 2007, with B in 2010 and with C in 2013"
                cur.append(o)
                seps.append(gap)
                continue
            if lx.list_sep_re.match(gap) and not closed:  # "A and B in 2023, the ..." ends the list
                cur.append(o)
                seps.append(gap)
                continue
            close()
        cur, seps = [o], []
    close()
    return out


_WITH_AGAIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)with\s+(?:the\s+)?$", re.I)


def item_time_end(after: str) -> int:
    """The length of a time attached to a list item at the start of ``after`` (0 when none)."""
    m = _ITEM_TIME.match(after)
    return m.end() if m else 0


def item_year(text: str, occ_end: int) -> int | None:
    """The year attached to a list item ending at ``occ_end``: "Canada (2008)", "Vietnam in 2015"."""
    after = text[occ_end : occ_end + 40]
    n = item_time_end(after)
    m = re.search(r"\b(?:19|20)\d{2}\b", after[:n]) if n else None
    return int(m.group(0)) if m else None


def compounds(text: str, occ: list[Occ]) -> list[tuple[Occ, Occ]]:
    """Hyphenated pairs: "Vietnam-Japan", "the Japan–Vietnam relationship", "ASEAN-Australia"."""
    lx = lexicon()
    named = [o for o in occ if not o.person]
    out = []
    for a, b in zip(named, named[1:]):
        if a.actor != b.actor and lx.pair_sep_re.match(text[a.end : b.start]):
            out.append((a, b))
    return out


def clause_bounds(sentence_text: str, pos: int) -> tuple[int, int]:
    """The clause of ``sentence_text`` around ``pos`` (relative offsets)."""
    start, end = 0, len(sentence_text)
    breaks = list(lexicon().clause_break_re.finditer(sentence_text))
    for m in _AND_CLAUSE.finditer(sentence_text):
        left = sentence_text[: m.start()].rsplit(",", 1)[-1]
        if _LOWER.search(left):  # the left side is a clause, not "China, Russia"
            breaks.append(m)
    for m in sorted(breaks, key=lambda b: b.start()):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


_SUBJECT_PAIR_LEAD = re.compile(r"(?:^|[.;:\-–—]\s*|\b(?:both|while|as|after|since|when)\s+)(?:the\s+)?$", re.I)


def _subject_pair(text: str, occ: list[Occ]) -> set[str] | None:
    """A sentence's conjoined subject "A and B" (its first actors, "both A and B"): the pair it is about."""
    named = [o for o in occ if not o.person]
    if not named:
        return None
    first = groups(text, named)[0]
    line_start = text.rfind("\n", 0, first.start) + 1
    lead = text[max(line_start, first.start - 40) : first.start]
    if len(first.actors) != 2 or len(first.members) != 2 or any(o.start < first.start for o in occ):
        return None
    if not _CONJ.search(text[first.members[0].end : first.members[1].start]):
        return None
    if not _SUBJECT_PAIR_LEAD.search(lead) and lead.strip():
        return None
    return set(first.actors)


def _salient_pair(adoc: AnnotatedDocument, sentence: Sentence) -> set[str] | None:
    """The two actors the document is about so far, when clearly ahead of any third (named twice or more)."""
    counts: dict[str, int] = {}
    for a in adoc.actors_in(0, sentence.start):
        if a.is_state or a.actor in lexicon().party_orgs:
            counts[a.actor] = counts.get(a.actor, 0) + 1
    for p in adoc.persons_in(0, sentence.start):
        if p.country and not p.country.startswith("ORG:"):
            counts[p.country] = counts.get(p.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) < 2 or ranked[1][1] < 2:
        return None
    third = ranked[2][1] if len(ranked) > 2 else 0
    if third * 2 > ranked[1][1]:
        return None
    return {ranked[0][0], ranked[1][0]}


def context_pair(
    adoc: AnnotatedDocument, sentence: Sentence, have: set[str], *, lookback: int = 3, states_only: bool = False
) -> tuple[frozenset[str], bool] | None:
    """The pair "the two countries" refers to: the sentence's actors completed by earlier sentences.

    Returns (pair, used_home). The document's home country completes a single
    actor as a last resort.
    """
    ids = set(have)
    if len(ids) == 2:
        return frozenset(ids), False
    if len(ids) > 2:
        return None
    for prev in reversed(adoc.previous_sentences(sentence, lookback)):
        occ = occurrences(adoc, prev.start, prev.end)
        if states_only:  # "the two countries" are states, not a body named with them ("the ASEAN-Australia summit")
            occ = [o for o in occ if not o.actor.startswith("ORG:")]
        union = ids | {o.actor for o in occ}
        if len(union) == 2:
            return frozenset(union), False
        if len(union) > 2:
            pair = _subject_pair(adoc.text, occ)  # "Both A and B have claims with C"
            if pair is None:
                pair = _salient_pair(adoc, sentence)  # a visit story with a third state named in passing
            return (frozenset(pair), False) if pair and ids <= pair else None
        ids = union
    if len(ids) == 1 and adoc.home and adoc.home not in ids:
        return frozenset(ids | {adoc.home}), True
    return None
