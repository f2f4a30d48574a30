"""Elections: states (or their candidates) elected to international bodies and posts.

Triggers: "was (re-)elected to/as", "was voted onto", headline "Vietnam elected
to ...", active "the Assembly elected Japan and Malta as ...", "won/secured a
seat on", and a completed act as a noun ("Vietnam's re-election to ...",
"the election of Japan to ..."); and (_election_active) active voting verbs ("the
Assembly elected Norway a non-permanent member of ...", "again voted Ireland onto
the Council"), a seat named by its body ("Japan wins UN Security Council seat"),
"became a non-permanent member of", and "secured theirs" after a told vote.  The body is the international body (ORG id)
named after the trigger; a post or a sub-body ("Vice President of the UN
General Assembly", "World Heritage Committee") is written as a description.
A list with no body of its own ("Estonia and Niger were also elected", "Kenya
won the remaining African seat") takes the body and term of the latest
election a few sentences back (_election_carry).  Lists told last ("Also elected
to the 47-member body were A, B and C", "Joining it on the council are ..."), a
body before the trigger (", to which she was elected", "X, a member of <body>
after being elected", "X, which was elected to ...") are in _election_inverted.  No international body, no fact: domestic elections (presidents, party posts,
national assemblies) and candidacies, bids and hopes are not election facts.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import Any, NamedTuple

from ...annotate.document import AnnotatedDocument
from ...model import Mention, Sentence
from .active import (
    active_verbs,
    after_objects,
    body_seat,
    membership,
    not_done,
    own_seats,
    target_needed,
)
from .bodies import body_after, body_before, post_of_elector, term_in
from .carry import Carry, bare_seats, carries_over
from .inverted import appositive_body_start, generic_mid, inverted, relative_pronoun, states_from
from ..common import load_lexicon, make_mention

NAME = "election"
VERSION = "5"

__all__ = ["NAME", "VERSION", "extract"]

_LIST_AND = re.compile(r"\s*(?:,\s*and|and|&|as\s+well\s+as)\s*", re.I)
_LIST_COMMA = re.compile(r"\s*,\s*")
_TARGET_PREP = re.compile(r"\b(?:to|as|onto|into|for)\b", re.I)


class _Cand(NamedTuple):
    start: int
    end: int
    actor: str | None  # a state code or a person's name; None for a body
    person: bool


@functools.lru_cache(maxsize=1)
def _lex() -> dict[str, Any]:
    lex = dict(load_lexicon("election"))
    flags = re.I
    for key in ("passive", "won", "noun_possessive", "noun_of", "noun_mid_negative", "negative_before",
                "modal_be", "first_to_be", "clause_break", "pronouns"):
        lex[key + "_re"] = re.compile(lex[key], flags)
    lex["candidate_re"] = re.compile(
        r"['’]s?\s+(?:[\w-]+\s+)?(?:" + "|".join(map(re.escape, lex["candidate_nouns"])) + r")\b", re.I
    )
    return lex


def extract(adoc: AnnotatedDocument) -> list[Mention]:
    seen: dict[tuple[str, str], int] = {}
    out: list[Mention] = []
    carry = Carry()
    for sent in adoc.sentences:
        for actor, body, term, pos, conf in _in_sentence(adoc, sent, carry):
            key = (actor, re.sub(r"\W+", " ", body.lower().replace("united nations", "un")).strip())
            year = adoc.year(sent, near=pos)
            if term and year is not None and f"{year}" in term and sent.text.count(str(year)) == 1:
                year = None  # the year of the term, not of the vote
            if key in seen:
                prior = out[seen[key]]
                before = prior.get("year")
                if before is None or year is None or before == year:  # the same election told twice
                    if term and not prior.get("term"):  # "... elected to X." then "... for the 2023-2025 term"
                        out[seen[key]] = dataclasses.replace(
                            prior, args=tuple((k, term if k == "term" else v) for k, v in prior.args)
                        )
                    if not term or not prior.get("term") or prior.get("term") == term:
                        continue
            seen[key] = len(out)
            fields = {"actor": actor, "body": body, "term": term, "year": year}
            out.append(make_mention(adoc, sent, NAME, fields, confidence=conf, extractor=NAME, version=VERSION))
    return out


def _in_sentence(adoc: AnnotatedDocument, sent: Sentence, carry: Carry) -> list[tuple[str, str, str | None, int, float]]:
    lex = _lex()
    text = adoc.text
    out: list[tuple[str, str, str | None, int, float]] = []
    used: list[tuple[int, int]] = []

    def states_only(actors: list[str]) -> bool:
        return bool(actors) and all(re.fullmatch(r"[A-Z]{3}", a) for a in actors)

    def emit(
        actors: list[str], trig_start: int, trig_end: int, conf: float, *, body_from: int | None = None, carry_ok: bool = False
    ) -> None:
        if not actors or any(s <= trig_start < e for s, e in used):
            return
        found = body_after(adoc, body_from if body_from is not None else trig_end, sent.end)
        if not found and body_from is not None:  # "the assembly elected X as president of its 79th session"
            found = post_of_elector(adoc, trig_start, body_from, sent.end, _clause_start(text, sent.start, trig_start))
        term = term_in(text, trig_end, sent.end, sent.start)
        if not found:
            # "Estonia and Niger were also elected in the same vote": the body of the latest election
            if not (carry_ok and states_only(actors) and carry.usable(sent) and carries_over(text, trig_end, sent.end)):
                return
            found, term, conf = carry.body, term or carry.term_for(sent.text), min(conf, 0.7)
        elif states_only(actors):
            carry.remember(sent, found, term)
        used.append((trig_start, trig_end))
        for a in actors:
            out.append((a, found, term, trig_start, conf))

    def emit_found(actors: list[str], trig_start: int, body: str | None, term: str | None, conf: float) -> None:
        if not actors or not body or any(s <= trig_start < e for s, e in used):
            return
        if states_only(actors):
            carry.remember(sent, body, term)
        used.append((trig_start, trig_start + 1))
        out.extend((a, body, term, trig_start, conf) for a in actors)

    for m in lex["passive_re"].finditer(text, sent.start, sent.end):
        rel = relative_pronoun(text, sent.start, m.start())
        if rel and re.match(r"(?:was|were|ha[sd]\s+been|have\s+been)\b", m.group(0), re.I):
            # "... as head of the Bank, to which she was elected in March"
            if rel[1] in ("he", "she", "it", "they"):
                who = [c for c in _candidates(adoc, sent.start, rel[0]) if c.actor and c.person == (rel[1] in ("he", "she"))]
            else:  # ", to which Peru was elected"
                who = [c for c in _candidates(adoc, rel[2], m.start()) if c.actor]
            actor = who[-1].actor if who else None
            if actor:
                emit_found([actor], m.start(), body_before(adoc, sent.start, rel[0]), None, 0.7)
            continue
        if rel or _negated(text, sent, m.start()):
            continue
        subjects = _subjects(adoc, sent, m.start())
        which = None if subjects else re.search(r"\s*,\s*(?:which|who)\s+(?:also\s+|\w+ly\s+)?$", text[sent.start : m.start()])
        if which:  # "Japan, which was elected to the Council last year, ..."
            before = _candidates(adoc, sent.start, sent.start + which.start())
            if before and before[-1].end == sent.start + which.start() and before[-1].actor:
                subjects = [before[-1].actor]
        appo = None if subjects else appositive_body_start(adoc, sent, m.start())
        if appo:  # "Vietnam, a non-permanent member of the Council for 2020-2021 after being elected"
            emit_found([appo[0]], m.start(), body_after(adoc, appo[1], m.start()), term_in(text, appo[1], sent.end, sent.start), 0.7)
            continue
        emit(subjects, m.start(), m.end(), 0.85, carry_ok=True)
    for inv in inverted(adoc, sent):  # "Also elected to the 47-member body were China, Mexico and ..."
        actors = states_from(adoc, inv.list_start, sent.end)
        actors = list(dict.fromkeys(inv.alongside + actors)) if actors else []
        body = body_after(adoc, inv.trig_end, inv.list_start)
        term = term_in(text, inv.trig_end, sent.end, sent.start)
        if actors and not body and generic_mid(inv.mid) and carry.usable(sent):
            body = carry.body
        if body and body == carry.body and carry.usable(sent):
            term = term or carry.term_for(sent.text)
        emit_found(actors, inv.trig_start, body, term, 0.75)
    for m in lex["won_re"].finditer(text, sent.start, sent.end):
        if _negated(text, sent, m.start()):
            continue
        emit(_subjects(adoc, sent, m.start()), m.start(), m.end(), 0.8)
    for m in body_seat().finditer(text, sent.start, sent.end):  # "Japan wins UN Security Council seat"
        if _negated(text, sent, m.start()) or not_done(text, sent.start, m.start()):
            continue
        if re.search(r"\b(?:Parliament|Congress|Senate|House|Assembly)\b", m.group("body")):
            continue  # legislative seats, not a seat on an elected international body
        if any(not a.is_state for a in adoc.actors_in(m.start("body"), m.end("body"))):
            emit(_subjects(adoc, sent, m.start()), m.start(), m.end(), 0.8, body_from=m.start("body"))
    for m in membership().finditer(text, sent.start, sent.end):  # "Vietnam became a non-permanent member of"
        if not (_negated(text, sent, m.start()) or not_done(text, sent.start, m.start())):
            emit(_subjects(adoc, sent, m.start()), m.start(), m.end(), 0.7)
    for pat in (bare_seats(), own_seats()):  # "Mexico and Norway also won seats", "... secured theirs"
        for m in pat.finditer(text, sent.start, sent.end):
            if any(s <= m.start() < e for s, e in used) or _negated(text, sent, m.start()) or not_done(text, sent.start, m.start()):
                continue
            emit(_subjects(adoc, sent, m.start()), m.start(), m.end(), 0.7, carry_ok=True)
    for m in active_verbs().finditer(text, sent.start, sent.end):
        if any(s <= m.start() < e for s, e in used) or lex["passive_re"].search(text, max(sent.start, m.start() - 60), m.end()):
            continue
        need = target_needed(m.group(0))
        after = _objects(adoc, m.end(), sent.end, need)
        if after:  # active: "the Assembly elected Japan and Malta as ...", "voted Ireland onto the Council"
            actors, obj_end = after
            emit(actors, m.start(), m.end(), 0.8, body_from=obj_end)
            continue
        if need:
            continue
        cands = _candidates(adoc, sent.start, m.start())
        if cands and re.fullmatch(r"\s*", text[cands[-1].end : m.start()]) and not _negated(text, sent, m.start()):
            emit(_subjects(adoc, sent, m.start()), m.start(), m.end(), 0.75)  # headline: "Japan elected to ..."
    for m in lex["noun_possessive_re"].finditer(text, sent.start, sent.end):
        if lex["noun_mid_negative_re"].search(m.group("mid") or "") or _negated(text, sent, m.start()):
            continue
        actor = _possessor(adoc, sent, m.start(), bool(m.group("pro")))
        if actor:
            emit([actor], m.start(), m.end(), 0.75)
    for m in lex["noun_of_re"].finditer(text, sent.start, sent.end):
        if _negated(text, sent, m.start()):
            continue
        after = _objects(adoc, m.end(), sent.end)
        if after:
            emit(after[0], m.start(), m.end(), 0.75, body_from=after[1])
    return out


# -- who was elected ---------------------------------------------------------


def _candidates(adoc: AnnotatedDocument, start: int, end: int) -> list[_Cand]:
    cands = [
        _Cand(a.start, a.end, a.actor if a.is_state else None, False)
        for a in adoc.actors_in(start, end)
        if a.how != "city"
    ]
    persons = [p for p in adoc.persons_in(start, end) if p.name and len(p.name.split()) >= 2]
    cands += [_Cand(p.start, p.end, p.name, True) for p in persons]
    taken = [(c.start, c.end) for c in cands]
    for e in adoc.entities_in(start, end, "PERSON"):
        words = adoc.text[e.start : e.end].split()
        if len(words) >= 2 and not any(s < e.end and e.start < t for s, t in taken):
            name = re.sub(r"['’]s$", "", adoc.text[e.start : e.end])
            cands.append(_Cand(e.start, e.start + len(name), name, True))
    cands += _surnames(adoc, start, end, [(c.start, c.end) for c in cands])
    cands.sort(key=lambda c: (c.end, c.end - c.start))
    kept: list[_Cand] = []
    for c in cands:
        if kept and kept[-1].end > c.start:
            if kept[-1].end - kept[-1].start >= c.end - c.start:
                continue
            kept.pop()
        kept.append(c)
    return kept


def _surnames(adoc: AnnotatedDocument, start: int, end: int, taken: list[tuple[int, int]]) -> list[_Cand]:
    """'Thao had first won a seat': the last word of a person's full name written earlier in the story."""
    full: dict[str, str] = {}
    spans = [(p.start, p.name) for p in adoc.persons if p.name and p.start < start]
    spans += [(e.start, adoc.text[e.start : e.end]) for e in adoc.entities_in(0, start, "PERSON")]
    for _s, name in sorted(spans):
        words = re.sub(r"['’]s$", "", name).split()
        if len(words) >= 2 and words[-1][:1].isupper():
            full[words[-1]] = " ".join(words)
    out = []
    for m in re.finditer(r"\b[A-Z][\w'’-]+\b", adoc.text[start:end]):
        s0, e0 = start + m.start(), start + m.end()
        full_name = full.get(m.group(0))
        if full_name and not any(s < e0 and s0 < t for s, t in taken) and not re.match(r"\s+[A-Z]", adoc.text[e0 : e0 + 2]):
            out.append(_Cand(s0, e0, full_name, True))
    return out


def _clause_start(text: str, floor: int, pos: int) -> int:
    start = floor
    for m in _lex()["clause_break_re"].finditer(text, floor, pos):
        start = m.end()
    return start


def _subjects(adoc: AnnotatedDocument, sent: Sentence, pos: int) -> list[str]:
    """The state(s) or person before a passive trigger ("Vietnam, Japan and Qatar were elected")."""
    text = adoc.text
    clause = _clause_start(text, sent.start, pos)
    pron = _lex()["pronouns_re"].search(text, clause, pos)
    cands = _candidates(adoc, clause, pos)
    if pron and (not cands or pron.start() >= cands[-1].end):
        return _pronoun(adoc, sent, pron.group("we") is not None)
    if not cands or pos - cands[-1].end > 90:
        return []
    last = cands[-1]
    if not last.person and len(cands) >= 2 and cands[-2].person:
        # "X, Vietnam's candidate, was elected": the person is the subject
        between = text[cands[-2].end : last.start]
        if re.fullmatch(r"\s*,\s*(?:the\s+)?", between) and _lex()["candidate_re"].match(text, last.end):
            return [cands[-2].actor] if cands[-2].actor else []
    if not last.person and len(cands) >= 2 and cands[-2].person and cands[-2].actor:
        # "Dennis Francis of Trinidad and Tobago was elected": the person, not the country
        if re.fullmatch(r"\s*,?\s*of\s+(?:the\s+)?", text[cands[-2].end : last.start]):
            if re.fullmatch(r"\s*,?\s*(?:\w+ly\s+)?", text[last.end : pos]) or text[last.end : pos].strip(" ,") == "":
                return [cands[-2].actor]
    if last.actor is None:
        return []
    actors = [last.actor]
    joined = False
    i = len(cands) - 1
    while i > 0:
        prev, cur = cands[i - 1], cands[i]
        gap = text[prev.end : cur.start]
        if not joined and _LIST_AND.fullmatch(gap):
            joined = True
        elif not (joined and _LIST_COMMA.fullmatch(gap)):
            break
        if prev.actor is None or prev.person != last.person:
            break
        actors.insert(0, prev.actor)
        i -= 1
    return list(dict.fromkeys(actors))


def _objects(adoc: AnnotatedDocument, start: int, end: int, need_target: bool = False) -> tuple[list[str], int] | None:
    """States right after an active 'elected' / 'the election of' ('Japan, Malta and Peru (as)') and where the body search starts."""
    text = adoc.text
    limit = min(end, start + 200)
    cands = _candidates(adoc, start, limit)
    title = r"\s+(?:former\s+)?(?:judge|professor|ambassador|diplomat|jurist|scholar|expert|lawyer|candidate|envoy)\s+"
    if len(cands) >= 2 and not cands[0].person and cands[1].person and re.fullmatch(title, text[cands[0].end : cands[1].start], re.I):
        cands = cands[1:]  # "the election of Japanese judge X to ..."
    lead = (
        r"\s*(?:(?:on|last|this)\s+\w+\s+)?(?:the\s+)?(?:(?:(?-i:[A-Z])[a-z]+\s+)?(?:former\s+)?"
        r"(?:professor|prof\.?|dr\.?|judge|justice|ambassador|diplomat|jurist|scholar|expert|lawyer|candidate|"
        r"president|minister|mr\.?|mrs\.?|ms\.?|sir|dame)\s+)?"
    )
    if not cands or not re.fullmatch(lead, text[start : cands[0].start], re.I):
        return None
    prep = _TARGET_PREP.search(text, start, limit)
    appositive = r"\s*,[^,;()]{3,90},\s*|\s*,?\s*of\s+(?:the\s+)?(?-i:[A-Z])[^,;()]{2,40}?,?\s*"
    if prep and cands[0].person and cands[0].actor and re.fullmatch(appositive, text[cands[0].end : prep.start()]):
        return [cands[0].actor], prep.start()  # "elected <Name>, a former prime minister of <State>, as"
    actors: list[str] = []
    pos = start
    for c in cands:
        gap = text[pos : c.start]
        if actors and not re.fullmatch(r"\s*(?:,\s*and|,|and|&)\s*(?:the\s+)?", gap):
            break  # the list is over: "elected Japan a member of the Council"
        if c.actor is None:
            return None
        actors.append(c.actor)
        pos = c.end
    body_from = after_objects(text, pos, end, need_target)
    return (list(dict.fromkeys(actors)), body_from) if body_from is not None else None


def _possessor(adoc: AnnotatedDocument, sent: Sentence, pos: int, pronoun: bool) -> str | None:
    """'Vietnam's re-election' -> VNM; 'its re-election' -> the nearest state before."""
    if pronoun:
        states = [c.actor for c in _candidates(adoc, sent.start, pos) if c.actor and not c.person]
        if states:
            return states[-1]
        found = _pronoun(adoc, sent, False)
        return found[0] if found else None
    cands = _candidates(adoc, sent.start, pos)
    if cands and cands[-1].end == pos and cands[-1].actor:
        return cands[-1].actor
    return None


def _pronoun(adoc: AnnotatedDocument, sent: Sentence, we: bool) -> list[str]:
    if we:
        return [adoc.home] if adoc.home else []
    for prev in reversed(adoc.previous_sentences(sent, 2)):
        states = [a.actor for a in adoc.actors_in(prev.start, prev.end) if a.is_state and a.how != "city"]
        if states:
            return [states[0]]
    return [adoc.home] if adoc.home else []


def _negated(text: str, sent: Sentence, pos: int) -> bool:
    lex = _lex()
    before = text[max(sent.start, pos - 60) : pos]
    if lex["first_to_be_re"].search(before):
        return False
    return bool(lex["modal_be_re"].search(before) or lex["negative_before_re"].search(before))

