"""Agreements: documents stated as signed, inked, exchanged or concluded between states.

Three frames, from the lexicon ``lexicon.json`` beside this module:

- active: "<parties> signed/inked/exchanged <N> <documents> [with X]";
- passive: "<N> <documents> were signed [between X and Y | by ... | during the visit]";
- witnessed: "<leaders> witnessed the signing/exchange of <N> <documents>".

A document written before the verb is read too ("the treaty X and Y signed", "the
Indonesia-Australia ... Agreement, signed in 2019"); states after "between" in the document phrase
are its parties whoever signed or witnessed it ("witnessed the signing of a declaration between A
and B"). Parties are otherwise the states (or persons' countries) of the clause; "the two sides", "they",
"during the visit" resolve to the visit or the two states of this or the previous sentences.
A single state is a party only for a multilateral instrument ("Vietnam signed the UN
Convention against Cybercrime" -> [VNM]). Planned signings (a modal, "to sign", "will be
signed"), adoptions and reached agreements, and documents signed only by companies,
provinces or other non-state bodies give no fact, nor do signers only counted ("more than 60 countries signed ...", where an
organiser "co-organised by X" is no party). ``count`` is an exact stated number
("12 cooperation documents", "five MoUs", "an agreement" -> 1) or null when approximate or
not stated. One signer with several partners and plural documents ("X signed similar
agreements with A, in 2022, and B, in 2023") gives one fact per partner, each with its own
year; "the leaders"/"they" after a summit several leaders travelled to are all its states;
"the first country to sign X" states a signing.
Signer lists are read whole ("signed by A, B, C and D", "A, B, C and D signed"); one after
"hosted/organised/brokered by" is an organiser. An intent in an earlier conjunct does not
reach a finite signing verb ("agreed to lift ties and signed X", "..., before witnessing the
signing of"). Documents between companies ("commercial deals", "deals between Japanese and
Kenyan firms") give no fact even when leaders witness them. A lone signer of an instrument
whose full signer list is given elsewhere in the document is part of that one fact.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ...annotate.dates import year_of
from ...annotate.document import AnnotatedDocument
from ...model import Mention, Sentence
from .parties import (
    between_parties,
    extend_lists,
    hyphen_parties,
    left_document,
    organiser,
    separate_partners,
    unnamed_signers,
)
from .context import CLAUSE_STOP, appositive_end, body_official, content_previous, participle_document, state_organs
from ...annotate.participants import (
    Participant,
    alternation,
    clause_start,
    mask_asides,
    places,
    pronoun_participant,
)
from ...annotate.participants import participants as _participants
from ..common import load_lexicon, make_mention

NAME = "agreement"
VERSION = "5"

__all__ = ["extract", "facts_in", "counted_spans"]

_NUM = r"\d{1,3}(?:,\d{3})*"
_CLAUSE_END = re.compile(
    r";|\.\s|,\s*(?:while|whereas|but|which|where)\b|\band\s+(?:discussed|agreed|discussed|held|met|reviewed|pledged|vowed)\b|" + CLAUSE_STOP, re.I
)
# "the first Latin American country to sign", "the only member state to have signed"
_FIRST_TO = re.compile(
    r"\b(?:the|its|their)\s+(?:first|second|third|fourth|fifth|last|latest|only|sole|earliest)\b(?:\s+[\w'’-]+){0,5}?\s+to\s+(?:have\s+)?$",
    re.I,
)
_MEMBER_OF = re.compile(r"^\s+(?:member\s+)?(?:members?|country|countries|nations?|states?|economy|economies|partners?)\b", re.I)
_DUAL = re.compile(r"\b(?:two|both|pair)\b", re.I)
_LIST_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+|plus\s+)$", re.I)
_TITLE = r"(?:leader|president|prime\s+minister|premier|chancellor|counterpart|counterparts|host|king|emperor|sultan|emir|(?:foreign\s+)?minister|secretary)\s+"
# "with North Korean leader Kim", "with Philippine president Marcos": capitalised words and titles, in any order
_WITH_BETWEEN = re.compile(
    r"\b(?:with|between|by|among|and)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:" + _TITLE + r"|[A-Z][\w'’.-]*\s+|counterpart\s+){0,7}$"
)
# an active signing: "by" introduces an organiser or broker ("co-organised by X"), not a party
_WITH_BETWEEN_ACTIVE = re.compile(
    r"\b(?:with|between|among|and)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:" + _TITLE + r"|[A-Z][\w'’.-]*\s+|counterpart\s+){0,7}$"
)
# an aside between the subject and its verb: "X, on a state visit to Y after attending the A-B summit, signed"
_SUBJECT_ASIDE = re.compile(
    r",\s*(?:on|during|after|before|following|while|fresh\s+from|in\s+the\s+course\s+of)\s+(?:a|an|the|his|her|their|its)\b[^,;]*,", re.I)


# a finite signing verb coordinated with an earlier verb phrase: "..., and then signed", "... and inked", "before witnessing"
_CONJOINED = re.compile(
    r"(?:\band|,|\bbefore|\bafter|\bthen)\s+(?:(?:then|also|later|subsequently|finally)\s+)?$", re.IGNORECASE
)


def participants(adoc: AnnotatedDocument, start: int, end: int, *, bodies: bool = False) -> list[Participant]:
    """The parties of a span, a body's official by title ("European Council President X") for the body."""
    return [body_official(adoc, p) for p in _participants(adoc, start, end, bodies=bodies)]


@dataclass(frozen=True)
class _Fact:
    parties: list[str]
    count: int | None
    year: int | None
    span: tuple[int, int]  # the document phrase (document offsets)


@dataclass(frozen=True)
class _Lex:
    trigger: re.Pattern[str]
    doc_noun: re.Pattern[str]
    multilateral: re.Pattern[str]
    modal: re.Pattern[str]
    infinitive: re.Pattern[str]
    not_after: re.Pattern[str]
    company_word: re.Pattern[str]
    company_suffix: re.Pattern[str]
    refer: re.Pattern[str]
    count: re.Pattern[str]
    numbers: dict[str, int]
    commercial: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def _lex() -> _Lex:
    lex = load_lexicon("agreement")
    alt = alternation
    numbers = {k.lower(): int(v) for k, v in lex["numbers"].items()}
    number = r"(?:" + _NUM + r"|" + alt(list(numbers)) + r")"
    return _Lex(
        trigger=re.compile(
            r"(?P<witness>\b(?:" + alt(lex["witness_phrases"]) + r")\b)"
            r"|(?P<passive>\b(?:was|were|been|being|be|is|are|got|get)\s+(?:\w+ly\s+)?(?:" + alt(lex["passive_verbs"]) + r")\b)"
            r"|(?P<active>\b(?:" + alt(lex["sign_verbs"]) + r")\b)"
            r"|(?P<bare>(?<=\bto\s)(?:have\s+)?(?:sign|ink|conclude)\b)",
            re.I,
        ),
        doc_noun=re.compile(r"\b(?:" + alt(lex["document_nouns"]) + r")\b|\b(?-i:" + lex["document_acronym_regex"] + r")\b", re.I),
        multilateral=re.compile(r"\b(?:" + alt(lex["multilateral_nouns"]) + r")\b"),
        modal=re.compile(r"(?<![\w'’])(?:" + alt(lex["modal_cues"]) + r")(?![\w'])", re.I),
        infinitive=re.compile(r"\bto\s+(?:(?:" + alt(lex["infinitive_verbs"]) + r")\s+)?(?:the\s+|a\s+|an\s+)?$", re.I),
        not_after=re.compile(
            r"^\s+(?:" + alt(lex["not_signing_after"]) + r")\b|^\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+|a\s+|an\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:" + alt(lex["not_signing_objects"]) + r")\b",
            re.I,
        ),
        company_word=re.compile(r"^\s*(?:['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:" + alt(lex["company_words"]) + r")\b", re.I),
        company_suffix=re.compile(r"^\s+(?:" + alt(lex["company_suffixes"]) + r")\b"),
        refer=re.compile(r"\b(?:" + alt(lex["refer_phrases"]) + r")\b", re.I),
        count=re.compile(
            r"(?P<approx>\b(?:" + alt(lex["approx_cues"]) + r")\s+)?(?P<total>\b(?:" + alt(lex["total_cues"]) + r")\s+)?"
            r"(?P<num>\b" + number + r"|\ban?\b|\bthe\b)\s+(?:[\w-]+\s+){0,4}?(?P<noun>" + alt(lex["document_nouns"]) + r")\b",
            re.I,
        ),
        numbers=numbers,
        commercial=re.compile(
            r"\b(?:" + alt(lex["commercial_nouns"]) + r")\b|\b(?:deals?)\s+worth\b"
            r"|\b(?:" + alt(lex["commercial_modifiers"]) + r")\s+(?:[\w-]+\s+)?(?:deals?|agreements?|documents?|accords?|MoUs?)\b"
            r"|\b(?:between|among)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:" + alt(lex["company_words"]) + r")\b"
            r"|(?:[$€£¥]|\b(?:US|A|S|NZ)\$)\s?\d[\d.,]*\s*(?:billion|million|trillion|bn|m)?\s+(?:in|of|worth\s+of)\s+(?:[\w-]+\s+)?(?:agreements|deals|contracts|MoUs)\b",
            re.IGNORECASE,
        ),
    )


def _count(lx: _Lex, phrase: str) -> int | None:
    """The exact number of documents stated in ``phrase`` (summed over "N agreements and M MoUs")."""
    total = 0
    prev_end: int | None = None
    for m in lx.count.finditer(phrase):
        if prev_end is not None and not _LIST_JOIN.match(phrase[prev_end : m.start()]):
            break
        if m.group("approx"):
            return None
        num = m.group("num").lower()
        noun = m.group("noun")
        plural = bool(re.search(r"(?:s|S|memoranda|minutes)$", noun)) and noun.lower() not in ("mou", "moc")
        if num in ("a", "an", "the"):
            if plural:
                return None
            total += 1
        else:
            value = lx.numbers.get(num)
            total += value if value is not None else int(num.replace(",", ""))
        prev_end = m.end()
    return total or None


# -- parties --------------------------------------------------------------------
def _states(adoc: AnnotatedDocument, found: list[Participant], lx: _Lex) -> tuple[set[str], bool]:
    """States among participants; True when one of them only qualifies a company."""
    out: set[str] = set()
    company = False
    text = adoc.text
    for p in found:
        if p.country.startswith("ORG:") and p.country not in ("ORG:EU", "ORG:ASEAN", "ORG:EAEU", "ORG:GCC", "ORG:AU", "ORG:MERCOSUR", "ORG:EFTA"):
            continue
        after = text[p.end : p.end + 40]
        if p.country.startswith("ORG:") and _MEMBER_OF.match(after):
            continue  # "the first ASEAN country to sign": the body only qualifies its member
        if not p.is_person and (lx.company_word.match(after) or lx.company_suffix.match(after)):
            company = True
            continue
        out.add(p.country)
    return out, company


def _context_parties(adoc: AnnotatedDocument, sent: Sentence, pos: int, dual: bool = True) -> set[str]:
    """The states "the two sides", "the leaders", "they" or "during the visit" refer to, from the
    shared layer (participants and places, ``adoc.pair_before``), nearest sentence first.

    A sentence where persons of one state are in another's place ("X visited Hanoi", "X paid a state
    visit to Japan") gives that pair; a gathering where persons or states of several states meet
    ("Leaders of A, B and C arrived in <city> for a summit hosted by D") gives all of them when the
    reference is not dual ("the leaders", "they"). Else the story's pair before ``pos``.
    """
    for s in [sent, *reversed(content_previous(adoc, sent, 3))]:
        end = min(s.end, pos) if s is sent else s.end
        found = [p for p in participants(adoc, s.start, end) if not p.country.startswith("ORG:")]
        persons = {p.country for p in found if p.is_person}
        named = {p.country for p in found}
        where = {q.country for q in places(adoc, s.start, end)} - named
        if not dual and len(named | where) >= 3:
            return named | where
        if len(where) == 1 and len(named) == 1 and (persons or s is not sent):
            return named | where
        if len(named) == 2 and persons:
            return named
    pair = adoc.pair_before(pos)
    return set(pair) if pair is not None else set()


def _year(adoc: AnnotatedDocument, sent: Sentence, lo: int, hi: int, near: int) -> int | None:
    """The year of the signing clause ("On Friday ... signed X, with Y to host in 2025" -> Friday's), else the sentence's."""
    clause = year_of(adoc.text[lo:hi], adoc.date, near=near - lo)
    return clause if clause is not None else adoc.year(sent, near=near)


def _irrealis(adoc: AnnotatedDocument, lx: _Lex, lo: int, start: int, end: int) -> bool:
    text = adoc.text
    window = list(text[lo:start])
    for s, e in mask_asides(text, lo, start):
        window[s - lo : e - lo] = " " * (e - s)
    left = "".join(window)
    conj = _CONJOINED.search(left)
    if conj and re.match(r"\w+(?:ed|ing)\b", text[start:end], re.IGNORECASE):
        left = left[conj.end() :]  # "agreed to lift ties and signed X": the intent governs its own verb
    if lx.modal.search(left):
        return True
    if lx.infinitive.search(left) and not _FIRST_TO.search(left):  # "became the first country to sign" is a fact
        return True
    return bool(lx.modal.search(text[start:end]))  # "will be signed" inside a passive trigger


_REPORTING = re.compile(r",\s*(?:[\w'’.-]+\s+){1,7}?(?:said|says|told|tells|added|recalled|noted|stressed)\b")


def _reporter(adoc: AnnotatedDocument, sent: Sentence, pos: int, hi: int) -> Participant | None:
    """"He had signed X, Russian President Y told reporters": the speaker the pronoun refers to."""
    found_m = list(_REPORTING.finditer(adoc.text, pos, hi))
    if not found_m:
        return None
    m = found_m[-1]
    found = [p for p in participants(adoc, m.start(), m.end()) if p.is_person]
    return found[0] if found else None


def _object(adoc: AnnotatedDocument, sent: Sentence, end: int) -> tuple[int, int]:
    seg = adoc.text[end : sent.end]
    stop = _CLAUSE_END.search(seg)
    return end, end + (stop.start() if stop else len(seg))


def _one(adoc: AnnotatedDocument, sent: Sentence, m: re.Match[str], lx: _Lex) -> list[_Fact] | None:
    """The facts of one trigger."""
    text = adoc.text
    start, end = sent.start + m.start(), sent.start + m.end()
    kind = m.lastgroup
    cs = clause_start(text, sent.start, start)
    if kind == "bare":  # "the first country to sign ...": an infinitive that states a signing
        if not _FIRST_TO.search(text[cs:start]):
            return None
        kind = "active"
    o_start, o_end = _object(adoc, sent, end)
    left_doc = participle_document(adoc, lx.doc_noun, sent, cs, start, end) if kind == "active" else None
    if kind == "passive":
        doc_span = (max(cs, start - 120), start)
    elif left_doc:  # "Vietnam's FTA with Chile, signed in 2011"
        doc_span = left_doc[:2]
    else:
        if lx.not_after.match(text[end : end + 30]):
            return None
        doc_span = (o_start, min(o_end, o_start + 90))
        noun = lx.doc_noun.search(text[doc_span[0] : doc_span[1]])
        if kind == "active" and (noun is None or len(text[doc_span[0] : doc_span[0] + noun.start()].split()) > 9):
            left_doc = left_document(adoc, lx.doc_noun, cs, start)  # "the treaty X and Y signed", "the pact, signed in"
            if left_doc:
                doc_span = left_doc[:2]
    doc_text = text[doc_span[0] : doc_span[1]]
    noun = lx.doc_noun.search(doc_text)
    if noun is None or (kind != "passive" and not left_doc and len(doc_text[: noun.start()].split()) > 9):
        return None
    if lx.commercial.search(doc_text) and not state_organs(doc_text):
        return None
    if _irrealis(adoc, lx, cs, start, end):
        return None
    count = _count(lx, doc_text if kind != "passive" else doc_text[max(0, noun.start() - 60) : noun.end() + 40])

    masks = mask_asides(text, cs, start) + [(cs + a.start(), cs + a.end()) for a in _SUBJECT_ASIDE.finditer(text[cs:start])]
    subject = [p for p in participants(adoc, cs, start, bodies=True) if not any(s <= p.start < e for s, e in masks)]
    if kind == "passive" or left_doc:
        subject = list(left_doc[2]) if left_doc else []  # the subject of a passive is the documents
    rest = participants(adoc, o_start, o_end, bodies=True)
    link = _WITH_BETWEEN if left_doc and not left_doc[2] else _WITH_BETWEEN_ACTIVE  # "signed by" only for a participle
    linked = [p for p in rest if link.search(text[max(o_start, p.start - 70) : p.start])]
    if kind == "passive":
        linked = [p for p in participants(adoc, cs, o_end, bodies=True) if _WITH_BETWEEN.search(text[max(cs, p.start - 70) : p.start])]
        linked += [p for p in participants(adoc, cs, o_end) if re.search(r"\bpresence\s+of\s+(?:[\w'’-]+\s+){0,6}$", text[max(cs, p.start - 60) : p.start])]
    pool = participants(adoc, cs, o_end, bodies=True)
    linked = [p for p in extend_lists(adoc, linked, pool) if not organiser(text, cs, p)]
    if kind != "passive":
        subject = extend_lists(adoc, subject, [p for p in pool if p.end <= start])
    left = text[cs:start]
    if kind != "passive" and not subject and unnamed_signers(left):
        linked = []  # "more than 60 countries signed ...": the signers are not named
    if kind != "passive" and re.search(r"\b(?:he|she)\b", left, re.I):  # "where he and X signed"
        earlier = [p for p in participants(adoc, sent.start, cs) if p.is_person]
        antecedent = earlier[0] if earlier else _reporter(adoc, sent, end, o_end) or pronoun_participant(adoc, sent)
        subject += [antecedent] if antecedent else []
    parties, company = _states(adoc, subject + linked, lx)
    subject_states, subject_company = _states(adoc, subject, lx)
    if subject_company and not subject_states:
        return None  # "Vietnamese and Japanese firms signed ...": a company deal
    named, named_company = _states(adoc, between_parties(adoc, min(doc_span[0], o_start) if kind != "passive" else cs, o_end), lx)
    if named_company:
        return None  # "deals between Japanese and Kenyan companies", whoever witnessed them
    if not company and len(named) >= 2:  # (a company signer: no parties from "between" or the name)
        parties = named  # "a declaration between A and B", whoever signed or witnessed it
    elif not company and len(parties) < 2:
        parties |= hyphen_parties(adoc, doc_span[0], doc_span[1])  # "the Indonesia-Australia ... Agreement"
    refer = lx.refer.search(left) or lx.refer.search(text[start:o_end])
    subject_ref = lx.refer.search(left)
    last_subject = max((p.end for p in subject), default=-1)
    if subject_ref and _DUAL.search(subject_ref.group(0)) and cs + subject_ref.start() >= last_subject and not company:
        # "Influenced by China, the two countries signed ...": the pair, not every state of the clause
        pair = _context_parties(adoc, sent, cs + subject_ref.start())
        if len(pair) == 2:
            parties = pair | {p for p in parties if p in {q.country for q in linked}}
    if len(parties) < 2 and refer:
        parties |= _context_parties(adoc, sent, cs + (subject_ref.start() if subject_ref else 0), dual=bool(_DUAL.search(refer.group(0))))
    elif len(parties) < 2 and kind == "passive" and not company and not linked:
        # "a joint declaration was signed", "12 documents were exchanged after the talks": the story's pair
        parties |= _context_parties(adoc, sent, start) if lx.refer.search(sent.text) else set()
    if company and len(parties) < 2:
        return None
    if len(parties) < 2:
        return None  # the contract's parties are at least two identified states or bodies
    per_partner = separate_partners(adoc, subject_states, linked, doc_text, o_start, kind) if not company else None
    if per_partner:  # "X signed similar agreements with A, in 2022, and B, in 2023": one fact per partner
        return [_Fact(sorted(subject_states | {p.country}), None, _year(adoc, sent, cs, o_end, p.end), doc_span) for p in per_partner]
    apposition = appositive_end(text, doc_span[1], count, lx.numbers)  # "— two accords that ..."
    span = (doc_span[0], apposition) if apposition else doc_span
    return [_Fact(sorted(parties), count, _year(adoc, sent, cs, o_end, start), span)]


def facts_in(adoc: AnnotatedDocument, sent: Sentence) -> list[_Fact]:
    """The agreements one sentence states (one per set of parties)."""
    lx = _lex()
    out: list[_Fact] = []
    seen: set[tuple[str, ...]] = set()
    for m in lx.trigger.finditer(sent.text):
        for fact in _one(adoc, sent, m, lx) or []:
            if tuple(fact.parties) not in seen:
                seen.add(tuple(fact.parties))
                out.append(fact)
    return out


def _subsumes(big: _Fact, single: _Fact) -> bool:
    """A multilateral signing by a list that includes a lone signer, in the same year."""
    return len(big.parties) >= 3 and single.parties[0] in big.parties and big.year in (single.year, None)


def counted_spans(adoc: AnnotatedDocument, sent: Sentence) -> list[tuple[int, int, int]]:
    """(start, end, count) of document phrases whose exact count an agreement of ``sent`` holds.

    Such a count is the agreement's ``count``, not a quantity of its own (an approximate
    count, "more than 20 agreements", is null here and stays a quantity).
    """
    return [(f.span[0], f.span[1], f.count) for f in facts_in(adoc, sent) if f.count is not None]


def extract(adoc: AnnotatedDocument) -> list[Mention]:
    out: list[Mention] = []
    found = [(sent, fact) for sent in adoc.sentences for fact in facts_in(adoc, sent)]
    for sent, fact in found:
        if len(fact.parties) == 1 and any(_subsumes(other, fact) for _, other in found):
            continue  # "X signed the pact" and "the pact was signed by A, B, ..., X": one signing
        fields = {"parties": fact.parties, "count": fact.count, "year": fact.year, "cameo": "057"}
        out.append(make_mention(adoc, sent, NAME, fields, confidence=0.75, extractor=NAME, version=VERSION))
    return out
