"""Partnerships: two actors, the level of their relationship, and whether it was set up.

For each level phrase in a sentence (see ``_partnership_patterns``):

1. action — ``established`` when an establishing verb governs the level
   ("established/forged/announced a CSP", "became Vietnam's 10th strategic
   partner") or a changing verb moves relations *to* it ("upgraded/elevated/
   lifted ties to a CSP"), or a passive follows ("the strategic partnership,
   established in 2009"); ``mentioned`` otherwise, and for the prior level in
   "from a comprehensive partnership to ...". An intent, modal, proposal or
   negation cue before the verb ("aim to upgrade", "poised to lift", "agreed to
   consider elevating", "will be established") drops the phrase: no fact.
2. parties, from the level's clause (a clause ends at ";", "while", ", but" and
   at ", and <new subject> <verb>"), in this order: partners given by
   reference ("ties with both countries" -> the list named before, see
   ``_partnership_anaphora``); a hyphenated pair
   ("Vietnam-Japan CSP"); "between A and B"; a "with" list ("CSPs with China,
   Russia and India", "upgraded ties with Japan to ...") with the subject
   before it (a possessive, the nearest actor or list, else the document's home
   country); a conjoined subject "A and B"; exactly two actors in the clause;
   "the two countries/both sides" resolved from the previous sentences; a
   single partner with the home country when the sentence speaks from it ("we").
   List items may carry their own time ("with Japan in 2011, Vietnam in 2015",
   "Australia (2005)"), which becomes that pair's year; "with five countries:
   A, B ..." / "namely" / "-" introduce a list; "it" / "the country" as the
   subject continues the previous sentence's opening actor; "the two former
   enemies" (any "the two/both <descriptor> <noun>") is the pair of the
   previous sentences, or of the document when a third state is named in passing.
   A level naming a signed document ("signed a CSP agreement", "a SP treaty
   was signed by") sets the level up; unsigned documents are not relationships.
   A list after "on the same level as / on par with / joining / alongside"
   shares the level with the side that is not being compared ("putting
   Malaysia on par with A, B" -> A, B with the other side), else with home.
   Actors in company names ("Vietnam Airlines") and bare "strategic
   partnership" in business sentences are not parties.
3. year — the year of the act for ``established``; null for ``mentioned``.

"to the same level" names no level: it takes the one last set up in the
previous sentences.
"""

from __future__ import annotations

import re
from typing import Any

from ...annotate.document import AnnotatedDocument
from ...model import Mention, Sentence
from .actors import (
    Group,
    Occ,
    clause_bounds,
    compounds,
    context_pair,
    groups,
    occurrences,
)
from .anaphora import referent_partners, same_level_phrases
from .context import item_years_of, pronoun_subject
from .patterns import LevelPhrase, Lexicon, find_levels, lexicon
from ..common import make_mention

NAME = "partnership"
VERSION = "4"

__all__ = ["extract", "NAME", "VERSION"]

_WITH = re.compile(r"\bwith\s+(?:both\s+)?(?:the\s+)?$", re.I)
# "with five countries: ...", "with two neighbours, namely ...", "with four nations - ..."
_COUNTED = (
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|many|a\s+number\s+of)\s+"
    r"(?:[\w-]+\s+){0,2}(?:countries|nations|states|partners|neighbou?rs|economies|governments)"
    r"(?:\s+in\s+\d{4})?\s*(?::|,|[-–—]|\(|,?\s+(?:namely|including|such\s+as|notably)\b)"
    r"(?:\s*(?:namely|including|such\s+as|notably))?\s*(?:the\s+)?)?"
)
_WITH_ONLY = re.compile(
    r"^\s*(?:\([^)]{0,20}\)\s*)?,?\s*(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:(?:officially|formally|also)\s+)?"
    r"(?:established|set\s+up|forged|launched|formed|upgraded|elevated)\s+)?"
    r"with\s+(?:both\s+)?(?:the\s+)?" + _COUNTED + "$",
    re.I,
)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
# "after Indonesia lifted its ties ...": the list is the subject of a clause, not peers of the level
_FINITE_AFTER = re.compile(r"^\s+(?:\w+ly\s+)?(?:(?:had|has|have|also)\s+)?(?:[a-z]+ed|took|set|brought|made|signed|forged)\b")
_INCLUDING = re.compile(
    r"\b(?:including|such\s+as|namely|notably|especially|particularly)\s+(?:the\s+)?$", re.I
)
_POSSESSIVE = re.compile(r"^['’]s?\b|^['’]")
_VISIT = re.compile(r"\b(?:visit\w*|trip|tour\w*|talks)\b", re.I)
_DEFINITE = re.compile(r"\b(?:the|their|this|our|bilateral)\s+$", re.I)
_RELATIONS = re.compile(r"\b(?:relations|relationship|ties|partnership|partners)\b", re.I)

Pair = tuple[str, str]


def extract(adoc: AnnotatedDocument) -> list[Mention]:
    out: list[Mention] = []
    seen: set[tuple[Any, ...]] = set()
    for sentence in adoc.sentences:
        for fields, conf in _sentence_facts(adoc, sentence):
            key = (sentence.index, fields["a"], fields["b"], fields["level"], fields["action"])
            if key in seen:
                continue
            seen.add(key)
            out.append(
                make_mention(adoc, sentence, NAME, fields, confidence=conf, extractor=NAME, version=VERSION)
            )
    return out


def _sentence_facts(adoc: AnnotatedDocument, sentence: Sentence) -> list[tuple[dict[str, Any], float]]:
    lx = lexicon()
    text = sentence.text
    business = bool(lx.company_cue_re.search(text))
    facts: list[tuple[dict[str, Any], float]] = []
    levels = find_levels(text, business=business)
    for ref in same_level_phrases(adoc, sentence, _established, lookback=8):  # "to the same level"
        if not any(ref.start < q.end and q.start < ref.end for q in levels):
            levels.append(ref)
    for lp in levels:
        cs, ce = clause_bounds(text, lp.start)
        action = _action(lx, text, cs, lp)
        if action is None:
            continue
        year = adoc.year(sentence, near=sentence.start + lp.end) if action == "established" else None
        pairs, peers = _parties(adoc, sentence, lp, cs, ce)
        tagged = [(p, c, action) for p, c in pairs] + [(p, c, "mentioned") for p, c in peers]
        item_years = item_years_of(adoc, sentence, cs, ce) if len(pairs) > 1 else {}
        for (a, b), conf, act in tagged:
            if a == b:
                continue
            own = {item_years[x] for x in (a, b) if x in item_years}
            year = own.pop() if act == "established" and len(own) == 1 else year
            fields = {
                "a": min(a, b),
                "b": max(a, b),
                "level": lp.level,
                "label": lp.label if lp.level == "other" else None,
                "action": act,
                "year": year if act == "established" else None,
            }
            bonus = 0.05 if act == "established" else 0.0
            facts.append((fields, min(0.95, conf + bonus)))
    return facts


# -- action -------------------------------------------------------------------


def _established(text: str, lp: LevelPhrase) -> bool:
    cs, _ = clause_bounds(text, lp.start)
    return _action(lexicon(), text, cs, lp) == "established"


def _action(lx: Lexicon, text: str, cs: int, lp: LevelPhrase) -> str | None:
    """established | mentioned, or None when the level is future, proposed or denied."""
    left = text[cs : lp.start].rstrip("\"“‘'")
    after = text[lp.end :]
    if lx.from_before_re.search(left):
        return "mentioned"
    if lx.future_after_re.match(after):
        return None
    verb: re.Match[str] | None = None
    if lx.to_before_re.search(left):
        for m in lx.change_re.finditer(left):
            if len(left) - m.end() <= 150:
                verb = m
    for m in lx.establish_re.finditer(left):
        gap = left[m.end() :]
        far = len(gap) > 80 or "," in gap.strip(" ,")
        if far or "diplomatic" in gap.lower() or lx.maintain_re.search(gap):
            continue  # the verb governs something else ("established diplomatic relations in 1973 and ...")
        if verb is None or m.start() > verb.start():
            verb = m
    if verb is not None:
        if lx.intent_re.search(left[max(0, verb.start() - 50) : verb.start()]):
            return None
        if lx.anniversary_re.search(left[max(0, verb.start() - 60) :]):
            return "mentioned"
        return "established"
    if lx.passive_after_re.match(after):
        if lx.intent_re.search(left[-50:]):
            return None
        return "established"
    if lx.mention_goal_re.search(left) and lx.intent_re.search(left[-70:]):
        return None
    return "mentioned"


# -- parties ------------------------------------------------------------------


def _parties(
    adoc: AnnotatedDocument, sentence: Sentence, lp: LevelPhrase, cs: int, ce: int
) -> tuple[list[tuple[Pair, float]], list[tuple[Pair, float]]]:
    """(pairs, peer pairs) for a level phrase; confidences by how the pair was found."""
    lx = lexicon()
    text = adoc.text
    base = sentence.start
    lend = base + lp.end
    occ = occurrences(adoc, base + cs, base + ce)
    grps = groups(text, occ)

    def before(g: Group, n: int = 60) -> str:
        return text[max(base + cs, g.start - n) : g.start]

    referred = referent_partners(adoc, sentence, lp, cs, ce)
    if referred is not None:
        got, conf = referred
        return [(pair, conf) for pair in got], []

    peer_groups = [g for g in grps if lx.peer_re.search(before(g, 40)) and not _FINITE_AFTER.match(text[g.end : g.end + 40])]
    peer_ids = {o.actor for g in peer_groups for o in g.members}
    core_occ = [o for o in occ if not any(o in g.members for g in peer_groups)]

    pairs = _structured(adoc, sentence, lp, cs, ce, core_occ, [g for g in grps if g not in peer_groups])
    if pairs is None:
        pairs = _by_count(adoc, sentence, lp, core_occ)
    peers: list[tuple[Pair, float]] = []
    if pairs and len(pairs) == 1 and peer_groups:
        common = _common_side(adoc, pairs[0][0], occ, lend, peer_groups[0].start)
        if common:
            peers = [((common, actor), 0.6) for actor in sorted(peer_ids - {common})]
    return pairs or [], peers


def _common_side(
    adoc: AnnotatedDocument, pair: Pair, occ: list[Occ], lend: int, peer_start: int
) -> str | None:
    """The side a peer list shares: not the one compared ("putting Malaysia on par with ..."), else home."""
    between = {o.actor for o in occ if lend <= o.start < peer_start} & set(pair)
    if len(between) == 1:
        (compared,) = between
        return pair[1] if compared == pair[0] else pair[0]
    if adoc.home in pair:
        return adoc.home
    return None


def _structured(
    adoc: AnnotatedDocument,
    sentence: Sentence,
    lp: LevelPhrase,
    cs: int,
    ce: int,
    occ: list[Occ],
    grps: list[Group],
) -> list[tuple[Pair, float]] | None:
    """Pairs from the clause's syntax: compounds, "between", "with" lists, conjoined subjects."""
    text = adoc.text
    base = sentence.start
    lstart, lend = base + lp.start, base + lp.end
    # a hyphenated pair: the nearest one to the level
    comps = compounds(text, occ)
    if comps:
        a, b = min(comps, key=lambda c: min(abs(c[0].start - lstart), abs(c[1].end - lend)))
        return [((a.actor, b.actor), 0.9)]
    for g in grps:
        if len(g.actors) == 2 and _BETWEEN.search(text[max(base + cs, g.start - 20) : g.start]):
            return [((g.actors[0], g.actors[1]), 0.9)]
    withg = _with_group(text, base + cs, lp, lstart, lend, grps)
    if withg is not None:
        subject, conf = _subject(adoc, sentence, cs, occ, grps, withg)
        return [((s, p), conf) for s in subject for p in withg.actors if p not in subject]
    for g in grps:
        lead = text[max(base + cs, g.start - 30) : g.start]
        if _WITH.search(lead) or _BETWEEN.search(lead) or _INCLUDING.search(lead):
            continue
        gap_ok = g.end <= lstart or g.start >= lend
        # a conjoined subject: the first actors of the clause, or the only ones
        first = not any(o.start < g.start and o.actor not in g.actors for o in occ)
        alone = all(o.actor in g.actors for o in occ)
        if len(g.actors) == 2 and len(g.members) == 2 and gap_ok and (first or alone):
            return [((g.actors[0], g.actors[1]), 0.85)]
    return None


def _with_group(
    text: str, clause_start: int, lp: LevelPhrase, lstart: int, lend: int, grps: list[Group]
) -> Group | None:
    """The partners: a list right after the level ("a CSP with Japan"), else before ("ties with Japan to")."""
    after = [g for g in grps if g.start >= lend]
    for g in after:
        gap = text[lend : g.start]
        if _WITH_ONLY.match(gap):
            return g
        if lp.plural and len(gap) <= 80 and re.search(r"\bwith\b", gap, re.I) and _INCLUDING.search(gap):
            return g
        break
    befores = [
        g for g in grps if g.end <= lstart and _WITH.search(text[max(clause_start, g.start - 17) : g.start])
    ]
    if befores:
        g = befores[-1]
        if not any(h.start > g.end and h.end <= lstart for h in grps):
            return g
    return None


def _subject(
    adoc: AnnotatedDocument, sentence: Sentence, cs: int, occ: list[Occ], grps: list[Group], withg: Group
) -> tuple[list[str], float]:
    """The side of a "with" list: a possessive, the nearest actor (or list) before it, else home."""
    text = adoc.text
    partners = set(withg.actors)
    listed = [g for g in grps if _WITH.search(text[max(0, g.start - 17) : g.start])]
    others = [
        o for o in occ if o.actor not in partners and not any(g.start <= o.start < g.end for g in listed)
    ]
    before = [o for o in others if o.end <= withg.start]
    poss = [o for o in before if _POSSESSIVE.match(text[o.end : o.end + 2])]
    if poss:
        return [poss[-1].actor], 0.9
    if before:
        last = before[-1]
        for g in grps:
            if last in g.members and len(g.members) > 1 and not set(g.actors) & partners:
                return g.actors, 0.85
        return [last.actor], 0.85
    lx = lexicon()
    after = [o for o in others if o.start >= withg.end]
    if after and lx.opener_re.match(sentence.text) and len({o.actor for o in after}) == 1:
        return [after[0].actor], 0.8
    if cs > 0 and not after:
        # "...; it established CSPs with A and B": the subject of the sentence's earlier clause
        earlier = [
            o for o in occurrences(adoc, sentence.start, sentence.start + cs) if o.actor not in partners
        ]
        if earlier:
            return [earlier[0].actor], 0.75
    carried = pronoun_subject(adoc, sentence, cs, withg.start)
    if carried and carried not in partners and not after:
        return [carried], 0.7
    home = adoc.home
    after_ids = {o.actor for o in after}
    if len(after_ids) == 1 and (after_ids == {home} or all(o.person for o in after)):
        return [after[0].actor], 0.7  # "ties with Japan were upgraded ..., the (Vietnamese) minister said"
    if home and home not in partners and not after:
        return [home], 0.7
    return [], 0.0


def _by_count(
    adoc: AnnotatedDocument, sentence: Sentence, lp: LevelPhrase, occ: list[Occ]
) -> list[tuple[Pair, float]] | None:
    """Pairs when the clause has no syntax to go by: two actors, "the two countries", or home."""
    lx = lexicon()
    ids = list(dict.fromkeys(o.actor for o in occ))
    if len(ids) == 2:
        return [((ids[0], ids[1]), 0.8)]
    if len(ids) > 2:
        return None
    text = sentence.text
    two_match = lx.two_sides_re.search(text)
    two_sides = bool(two_match)
    states_only = bool(two_match and re.search(r"\b(?:countries|nations|states|governments|neighbou?rs)\b", two_match.group(0), re.I))
    definite = bool(_DEFINITE.search(text[: lp.start]))
    if len(ids) == 1 and (two_sides or _VISIT.search(text)):
        # "the two sides ... as Vietnam's Prime Minister visited Kuala Lumpur": the place visited
        places = {a.actor for a in adoc.actors_in(sentence.start, sentence.end) if a.how == "city"}
        places -= set(ids)
        if len(places) == 1:
            return [((ids[0], places.pop()), 0.6)]
    if two_sides or (not ids and (definite or _RELATIONS.search(text[: lp.start] + text[lp.end :]))):
        got = context_pair(adoc, sentence, set(ids), states_only=states_only)
        if got:
            pair, used_home = got
            a, b = sorted(pair)
            return [((a, b), 0.6 if used_home else 0.65)]
        return None
    home = adoc.home
    if len(ids) == 1 and home and home != ids[0]:
        if lx.first_person_re.search(text) or lp.head == "partner":
            return [((home, ids[0]), 0.6)]
    return None
