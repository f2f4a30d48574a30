"""Partnerships: two actors, the level of their relationship, and whether it was set up.

For every level phrase of a sentence (:mod:`.levels`): its frame in the dependency parse
(:mod:`.frame`: established, mentioned, or no fact), its two sides from the roles of the frame's
words (:mod:`.parties`), and for an established level the date of its trigger
(``adoc.when(sentence, near=trigger)``), or the year written after its list item ("with Japan in
2011, Korea in 2015"). Sentences without a parse and comparisons with peers are read by
:mod:`.shallow`.

In the document, a level the story reports as set up is not also "mentioned" when the story refers
back to it ("the new partnership", a headline naming it): only a relationship that is older than
the newest act the story tells stays a mention of its own.
"""

from __future__ import annotations

from typing import Any

from ...annotate.document import AnnotatedDocument
from ...annotate.syntax import Parse
from ...annotate.temporal import explicit_expressions
from ...model import Mention, Sentence
from ..common import make_mention
from .frame import Frame, read_frame
from .levels import LevelPhrase, find_levels
from .parties import pairs_of
from .shallow import peers, shallow_action, shallow_pair

NAME = "partnership"
VERSION = "5"

__all__ = ["extract", "NAME", "VERSION"]

Fact = tuple[dict[str, Any], float]


def _fields(a: str, b: str, lp: LevelPhrase, action: str, year: int | None) -> dict[str, Any]:
    return {
        "a": min(a, b),
        "b": max(a, b),
        "level": lp.level,
        "label": lp.label if lp.level == "other" else None,
        "action": action,
        "year": year if action == "established" else None,
    }


def _year(adoc: AnnotatedDocument, sentence: Sentence, fr: Frame) -> int | None:
    at = fr.trigger.start if fr.trigger is not None else fr.level.start
    return adoc.year(sentence, near=at)


def _sentence_facts(adoc: AnnotatedDocument, sentence: Sentence, last: list[tuple[tuple[str, str], LevelPhrase]]) -> list[Fact]:
    parse = adoc.parse(sentence)
    out: list[Fact] = []
    levels = find_levels(adoc.text, sentence.start, sentence.end)
    if parse is None:
        for lp in levels:
            action = shallow_action(adoc, sentence, lp)
            pair = shallow_pair(adoc, sentence, lp) if action else None
            if action and pair and pair[0] != pair[1]:
                year = adoc.year(sentence, near=lp.start) if action == "established" else None
                out.append((_fields(pair[0], pair[1], lp, action, year), 0.6))
                if action == "established":
                    last.append((pair, lp))
        return out
    first_pair: tuple[tuple[str, str], LevelPhrase] | None = None
    levels += _same_level(parse, last)
    for lp in levels:
        fr = read_frame(parse, lp)
        if fr is None:
            continue
        year = _year(adoc, sentence, fr) if fr.action == "established" else None
        for (a, b), conf, item_year in pairs_of(adoc, sentence, parse, fr):
            if a == b:
                continue
            y = item_year if item_year is not None and fr.action == "established" else year
            out.append((_fields(a, b, lp, fr.action, y), min(0.95, conf + (0.05 if fr.action == "established" else 0.0))))
            if first_pair is None:
                first_pair = ((a, b), lp)
            if fr.action == "established":
                last.append(((a, b), lp))
    ref = first_pair or (last[-1] if last else None)
    if ref is not None:
        shared = peers(adoc, sentence, parse, ref[0])
        if shared is not None:
            common, listed = shared
            for p in listed:
                out.append((_fields(common, p, ref[1], "mentioned", None), 0.6))
    return out


def _same_level(parse: Parse, last: list[tuple[tuple[str, str], LevelPhrase]]) -> list[LevelPhrase]:
    """"elevated the A-B relationship to the same level" (no "as"): the level the story last set up."""
    if not last:
        return []
    prev = last[-1][1]
    out = []
    for t in parse:
        if t.lower in _SAME_NOUNS and t.dep == "pobj" and parse.head(t).lower in ("to", "into"):
            if any(k.lower == "same" for k in parse.children(t, "amod")) and not parse.prep_objects(t, ("as", "with")):
                out.append(LevelPhrase(t.start, t.end, prev.level, prev.label, prev.head))
    return out


_SAME_NOUNS = frozenset({"level", "status", "tier", "footing", "height", "rank"})


def _newest_year(adoc: AnnotatedDocument) -> int | None:
    years = [e.when.year for e in explicit_expressions(adoc.text)]
    if adoc.date is not None:
        years.append(adoc.date.year)
    return max(years) if years else None


def _drop_referred(adoc: AnnotatedDocument, facts: list[tuple[Sentence, dict[str, Any], float]]) -> list[tuple[Sentence, dict[str, Any], float]]:
    """Mentions of a level the story reports as newly set up refer to that act, not to a relationship of their own."""
    newest = _newest_year(adoc)
    fresh = {
        (f["a"], f["b"], f["level"], f["label"])
        for _s, f, _c in facts
        if f["action"] == "established" and (f["year"] is None or newest is None or f["year"] >= newest)
    }
    return [(s, f, c) for s, f, c in facts if f["action"] != "mentioned" or (f["a"], f["b"], f["level"], f["label"]) not in fresh]


def extract(adoc: AnnotatedDocument) -> list[Mention]:
    found: list[tuple[Sentence, dict[str, Any], float]] = []
    seen: set[tuple[Any, ...]] = set()
    last: list[tuple[tuple[str, str], LevelPhrase]] = []
    for sentence in adoc.sentences:
        for fields, conf in _sentence_facts(adoc, sentence, last):
            key = (sentence.index, fields["a"], fields["b"], fields["level"], fields["action"], fields["year"])
            if key not in seen:
                seen.add(key)
                found.append((sentence, fields, conf))
    return [
        make_mention(adoc, s, NAME, f, confidence=c, extractor=NAME, version=VERSION)
        for s, f, c in _drop_referred(adoc, found)
    ]
