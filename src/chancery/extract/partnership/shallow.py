"""Levels in sentences the parser did not see, and peers that share a level.

Only candidate sentences are parsed (a trigger word and a name). A sentence that names no one ("As
a result, the two countries agreed to upgrade their ties to a CSP", "16 years as comprehensive
partners") can still state a level of the story's pair: such sentences are read here from the words
before the level (a change word and "to", an establishing word, an irrealis word before them), and
their parties are the pair the story's references point to (``adoc.pair_before``).

Peers: "put relations on the same level as A, B and C", "on a par with A", "joining A and B" share
the level of the sentence (else the one last set up in the story) with each listed state, from the
side that is not being compared.
"""

from __future__ import annotations

import functools
import re

from ...annotate.document import AnnotatedDocument
from ...annotate.participants import participants
from ...annotate.syntax import Parse, Tok
from ...model import Sentence
from .levels import LevelPhrase, lexicon
from .parties import eligible, members

__all__ = ["shallow_action", "shallow_pair", "peers"]

_REFS = re.compile(r"\b(?:the\s+two|both)\s+(?:[\w-]+\s+){0,2}?[a-z]+s\b|\b(?:they|we|our|their)\b|\bbilateral\b"
                   r"|^(?:the\s+)?(?:relations|ties|relationship|the\s+partnership)\b", re.I)


@functools.lru_cache(maxsize=1)
def _rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lx = lexicon()
    return (re.compile(lx["shallow_change"], re.I), re.compile(lx["shallow_establish"], re.I),
            re.compile(lx["shallow_irrealis"], re.I), re.compile(lx["shallow_prior"], re.I),
            re.compile(lx["shallow_after"], re.I))


def shallow_action(adoc: AnnotatedDocument, sentence: Sentence, lp: LevelPhrase) -> str | None:
    """established | mentioned for a level of an unparsed sentence; None for a goal or a denial."""
    change, establish, irrealis, prior, after = _rx()
    left = adoc.text[sentence.start : lp.start]
    left = re.split(r"[;]|,\s+(?:but|while)\b", left)[-1]
    if prior.search(left):
        return "mentioned"
    verb = change.search(left) or establish.search(left)
    if verb is None and after.match(adoc.text[lp.end : sentence.end]):
        return "established"  # "the CP the two former foes launched in 2013", "the SP, set up in 2009"
    if verb is None:
        return None if irrealis.search(left[-40:]) else "mentioned"
    if irrealis.search(left[max(0, verb.start() - 40) : verb.start()]):
        return None
    return "established"


def shallow_pair(adoc: AnnotatedDocument, sentence: Sentence, lp: LevelPhrase) -> tuple[str, str] | None:
    """The parties of a level in an unparsed sentence: its two states, else the story's pair."""
    named = list(dict.fromkeys(p.country for p in participants(adoc, sentence.start, sentence.end, bodies=True) if eligible(p)))
    if len(named) == 2:
        return (named[0], named[1])
    if len(named) > 2 or not _REFS.search(sentence.text):
        return None
    pair = adoc.pair_before(lp.start)
    if pair is None or not set(named) <= set(pair):
        return None
    return pair


def _peer_list(adoc: AnnotatedDocument, sentence: Sentence, parse: Parse) -> tuple[Tok, list[str]] | None:
    """The peers of a comparison in the sentence ("the same level as A, B and C") and the word that makes it."""
    lx = lexicon()
    for t in parse:
        if t.lower in lx["peer_heads_set"]:
            for prep, _obj in parse.prep_objects(t, ("as", "with")):
                got = list(dict.fromkeys(p.country for p in members(adoc, sentence, parse, prep)))
                if got:
                    return t, got
        if t.lower in lx["peer_verbs_set"]:
            objs = parse.objects(t) + [o for _p, o in parse.prep_objects(t)]
            for o in objs[:1]:
                got = list(dict.fromkeys(p.country for p in members(adoc, sentence, parse, o)))
                if got:
                    return t, got
    return None


def peers(adoc: AnnotatedDocument, sentence: Sentence, parse: Parse, pair: tuple[str, str] | None) -> tuple[str, list[str]] | None:
    """(common side, peers) when the sentence compares one side's ties with a list of others."""
    found = _peer_list(adoc, sentence, parse)
    if found is None:
        return None
    word, listed = found
    if pair is None:
        return None
    # the compared side is named between the start of the clause and the comparison, as an object
    v = parse.verb_of(word)
    compared: set[str] = set()
    if v is not None:
        for o in parse.objects(v) + [o for _p, o in parse.prep_objects(v, ("with",))]:
            compared |= {p.country for p in members(adoc, sentence, parse, o)}
        for o in parse.objects(v):
            for _p, w in parse.prep_objects(o, ("with",)):
                compared |= {p.country for p in members(adoc, sentence, parse, w)}
    compared &= set(pair)
    if len(compared) == 1:
        (c,) = compared
        common = pair[1] if c == pair[0] else pair[0]
    elif adoc.home in pair:
        common = adoc.home
    else:
        return None
    rest = [p for p in listed if p not in pair and p != common]
    return (common, rest) if rest else None
