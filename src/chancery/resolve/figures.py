"""What a figure is about and what it means: the key of a quantity fact.

A quantity is keyed by *what it is about* (its subject, or for a bilateral measure the pair of
actors), its canonical measure (:mod:`chancery.resolve.normalise`, ``data/lexicons/measures.json``),
its *facet*, its period and its unit; the year is the slot resolution fills.

About (decisions):

* a mention's ``pair`` field (extraction names the two actors of a bilateral figure) is used as
  given; else, for a measure of scope ``pair`` (two-way trade), the pair is read from the
  sentence: the two states named in the figure's clause, else in the sentence; with one state
  named (or the subject), its partner is the document's main pair involving it (the pair of most
  partnership and visit mentions in the document, when one pair leads);
* for other measures the subject is used; a figure without one takes the one state its clause
  (else its sentence) names ("remittances sent home to Vietnam");
* a figure whose subject or pair stays unknown is kept to its document: figures of unknown
  actors never meet (or conflict) across documents.

Facets: ``total`` (the figure itself), ``target`` ("8% growth target", "60 titles by 2030"),
``change`` (a multiplier, "rose 22%", "up 11 places"; ``compared_with`` keeps what it is compared
with: "2024", "the previous year"), ``rank`` (ranks, top-N, places).  A change or a target given
with no measure of its own ("2.5 times more than those in 2024" after "nearly 350 cooperation
agreements"; "a goal of lifting it to NZ$3 billion" after "two-way trade reached about NZ$2.3
billion") takes the measure of the figure it follows in the same sentence.

Periods: a figure for part of a year ("in the first half", "in the first nine months") has that
period in its key; an annual rate ("a year", "per year") is the year's figure.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .normalise import Canonical, _label_only, clause_around, fold, measure_scope, normalise_measure

if TYPE_CHECKING:
    from .facts import Source

__all__ = ["DocContext", "Figure", "doc_contexts", "figure_of", "states_in"]

_TARGET = re.compile(r"\b(?:target(?:ed)?|goal|aim(?:s|ed)?\s+(?:to|at|for)|objective|plan(?:s|ned)?\s+to|"
                     r"seek(?:s|ing)?\s+to|hope(?:s|d)?\s+to|want(?:s|ed)?\s+to)\b")
_BY_YEAR = re.compile(r"^\W*\s*(?:\w+\s+){0,3}?by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b")
_CHANGE = re.compile(r"\b(?:ros[ei]|rise[sn]?|rising|increas\w*|grew|grow(?:s|n|th\s+of)?|up|fell|fall(?:s|en)?|"
                     r"declin\w*|down|jump\w*|surg\w*|climb\w*|dropp?\w*|reduc\w*|cut|more\s+than\s+(?:in|the)|"
                     r"higher|lower|compared|fold)\b")
_RATE_MEASURES = {"gdp_growth"}
_DOWN = re.compile(r"\b(?:fell|fall(?:s|en)?|declin\w*|down|dropp?\w*|reduc\w*|cut|lower|less|decreas\w*|shr[iau]nk\w*)\b")
_COMPARED = re.compile(r"\b(?:than|compared\s+(?:to|with)|from|over|on)\s+(?:those\s+|that\s+)?(?:in\s+|of\s+)?"
                       r"(?P<what>(?:19|20)\d\d|the\s+previous\s+year|last\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|ago))")
_PARTIAL = re.compile(r"\b(?P<p>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?P<u>half|quarter)\b|"
                      r"\bfirst\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months\b|"
                      r"\b(?P<h>h[12]|q[1-4])\b")
_RANK_UNITS = {"rank", "top_n", "places"}


@dataclass(frozen=True)
class Figure:
    """A quantity mention read as a figure: what it is about and what it means."""

    subject: str | None
    pair: tuple[str, str] | None
    measure: Canonical
    facet: str  # total | target | change | rank
    period: str | None = None
    compared_with: str | None = None
    direction: str | None = None  # up | down, for a change
    local: str | None = None  # the document a figure of unknown actors is kept to

    @property
    def about(self) -> str | None:
        if self.pair:
            return "|".join(self.pair)
        return self.subject or (f"?{self.local}" if self.local else None)


@dataclass
class DocContext:
    """What a document's other mentions say, for reading one of its figures."""

    pairs: Counter[tuple[str, str]] = field(default_factory=Counter)
    figures: dict[int, list[tuple[int, Canonical]]] = field(default_factory=dict)  # sentence start -> figures

    def main_pair(self, state: str) -> tuple[str, str] | None:
        ranked = [(n, p) for p, n in self.pairs.items() if state in p]
        ranked.sort(reverse=True)
        if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
            return None
        return ranked[0][1]


@functools.lru_cache(maxsize=65536)
def states_in(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, ISO code) of each state the text names (names, demonyms, capitals)."""
    from ..annotate.gazetteer import load_gazetteer

    spans = load_gazetteer().actor_spans(text)
    # "US$50 billion", "A$16 billion": a currency, not a state
    return tuple((s.start, s.actor) for s in spans if s.is_state and not text[s.end:s.end + 1] == "$")


def _distinct(found: Iterable[tuple[int, str]]) -> list[str]:
    out: list[str] = []
    for _, code in found:
        if code not in out:
            out.append(code)
    return out


def doc_contexts(sources: Iterable[Source]) -> dict[str, DocContext]:
    """One context per document: its pairs, and the known measures of its figures by sentence."""
    out: dict[str, DocContext] = {}
    for s in sources:
        m = s.mention
        ctx = out.setdefault(m.doc, DocContext())
        if m.kind == "partnership":
            ctx.pairs[tuple(sorted((str(m.get("a")), str(m.get("b")))))] += 2  # type: ignore[index]
        elif m.kind == "visit" and m.get("visitor_country") and m.get("host"):
            ctx.pairs[tuple(sorted((str(m.get("visitor_country")), str(m.get("host")))))] += 1  # type: ignore[index]
        elif m.kind == "quantity":
            canon = _measure(dict(m.args), m.evidence.text)
            if canon.known and not canon.claim:
                at = m.evidence.text.find(str(m.get("text") or ""))
                ctx.figures.setdefault(m.evidence.start, []).append((max(at, 0), canon))
    return out


def _measure(f: dict[str, Any], sentence: str) -> Canonical:
    text = str(f.get("text") or "")
    measure = str(f.get("measure") or "")
    canon = _label_only(measure)
    if canon is None:
        clause = clause_around(sentence, text) if text else ""
        subject = f.get("subject") if isinstance(f.get("subject"), str) else None
        canon = normalise_measure(measure, text, clause, subject, sentence)
    return canon


def _facet(f: dict[str, Any], canon: Canonical, before: str, after: str, clause: str) -> str:
    unit = f.get("unit")
    label = fold(str(f.get("measure") or ""))
    if unit in _RANK_UNITS:
        return "rank"
    if _TARGET.search(label) or _TARGET.search(fold(before[-60:])) or _BY_YEAR.match(after) \
            or _TARGET.search(fold(after[:25])):
        return "target"
    if unit == "times":
        return "change"
    if unit == "percent" and canon.id not in _RATE_MEASURES and _CHANGE.search(fold(clause)):
        return "change"
    return "total"


def _period(clause: str) -> str | None:
    m = _PARTIAL.search(fold(clause))
    if not m:
        return None
    if m.group("u"):
        return f"{m.group('p')} {m.group('u')}".replace("1st", "first").replace("2nd", "second")
    if m.group("n"):
        return f"first {m.group('n')} months"
    return m.group("h")


def figure_of(s: Source, ctx: DocContext | None = None) -> Figure:
    """The figure a quantity source states (see the module docstring)."""
    m = s.mention
    f = dict(m.args)
    sentence = m.evidence.text
    text = str(f.get("text") or "")
    clause = clause_around(sentence, text) if text else sentence
    canon = _measure(f, sentence)
    at = sentence.find(text) if text else -1
    before, after = (sentence[:at], sentence[at + len(text):]) if at >= 0 else ("", "")
    facet = _facet(f, canon, before, after, clause)
    compared = None
    direction = None
    if facet == "change":
        direction = "down" if _DOWN.search(fold(clause)) else "up"
        c = _COMPARED.search(fold(after[:80]))
        compared = " ".join(c.group("what").split()) if c else None
    if facet in ("change", "target") and not canon.known and ctx is not None:
        # "nearly 350 agreements - 2.5 times more than in 2024", "trade reached $2.3bn, and they aim
        # to lift it to $3bn": the figure continues the one before it in its sentence
        earlier = [c for pos, c in ctx.figures.get(m.evidence.start, []) if 0 <= pos < max(at, 0)]
        if earlier:
            canon = earlier[-1]
    subject = f.get("subject") if isinstance(f.get("subject"), str) else None
    pair = _given_pair(f.get("pair"))
    if pair is None and measure_scope(canon.id) == "pair":
        pair = _pair(clause, sentence, subject, ctx)
        subject = None if pair else subject
    elif pair is None and subject is None and canon.known:
        subject = _one_state(clause) or _one_state(sentence)
    local = None
    if pair is None and subject is None:
        local = s.origin
    return Figure(subject if pair is None else None, pair, canon, facet, _period(clause), compared, direction, local)


def _given_pair(value: Any) -> tuple[str, str] | None:
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(isinstance(v, str) and v for v in value):
        a, b = sorted(value)
        return (a, b) if a != b else None
    return None


def _one_state(text: str) -> str | None:
    found = _distinct(states_in(text))
    return found[0] if len(found) == 1 else None


def _pair(clause: str, sentence: str, subject: str | None, ctx: DocContext | None) -> tuple[str, str] | None:
    for text in (clause, sentence):
        found = _distinct(states_in(text))
        if subject and subject not in found:
            found.insert(0, subject)
        if len(found) == 2:
            a, b = sorted(found)
            return a, b
        if len(found) > 2:
            return None
    one = subject or _one_state(sentence)
    if one and ctx is not None:
        return ctx.main_pair(one)
    return None
