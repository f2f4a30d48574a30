"""The dependency parse of a sentence, as plain value objects with the queries extractors need.

The English model's parser runs only on candidate sentences (``annotate.candidates``); a
:class:`Parse` holds its tokens with document offsets, fine-grained tags, a coarse part of speech,
a cheap lemma, the dependency label and the head. The queries answer the questions every frame asks:
what a word governs, who is the subject (also of a coordinated verb: "X arrived and met Y"), whether
a verb is passive, negated or under a modal or a verb of intention ("will visit", "plans to sign",
"is expected to host"), what is coordinated with a word ("A, B and C") and which prepositional
objects it has ("to Japan", "by the Assembly").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Parse", "Tok", "lemma_of", "parse_from_spacy"]

# coarse part of speech from the Penn tag (the model's attribute ruler does this, at a cost)
_POS = {
    "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "VB": "VERB", "VBD": "VERB", "VBG": "VERB",
    "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB", "MD": "AUX", "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ",
    "RB": "ADV", "RBR": "ADV", "RBS": "ADV", "IN": "ADP", "CD": "NUM", "DT": "DET", "PRP": "PRON",
    "PRP$": "PRON", "WP": "PRON", "WDT": "DET", "CC": "CCONJ", "TO": "PART", "POS": "PART", "RP": "ADP",
    ".": "PUNCT", ",": "PUNCT", ":": "PUNCT", "``": "PUNCT", "''": "PUNCT", "-LRB-": "PUNCT", "-RRB-": "PUNCT",
    "HYPH": "PUNCT", "NFP": "PUNCT", "$": "SYM", "SYM": "SYM", "WRB": "ADV", "EX": "PRON", "PDT": "DET",
}
_IRREGULAR = {
    "met": "meet", "held": "hold", "won": "win", "flew": "fly", "flown": "fly", "paid": "pay", "made": "make",
    "went": "go", "gone": "go", "came": "come", "took": "take", "taken": "take", "left": "leave", "led": "lead",
    "sent": "send", "saw": "see", "seen": "see", "gave": "give", "given": "give", "began": "begin",
    "begun": "begin", "brought": "bring", "chose": "choose", "chosen": "choose", "drew": "draw",
    "drawn": "draw", "became": "become", "ran": "run", "was": "be", "were": "be", "is": "be", "are": "be",
    "been": "be", "has": "have", "had": "have", "did": "do", "done": "do", "said": "say", "told": "tell",
    "found": "find", "struck": "strike", "sought": "seek", "spoke": "speak", "spoken": "speak",
    "hosted": "host", "elected": "elect", "signed": "sign", "inked": "ink", "visited": "visit",
}
_MODALS = {"will", "would", "shall", "may", "might", "could", "should", "can", "must", "'ll", "wo"}
_INTENT = {
    "plan", "expect", "aim", "hope", "seek", "want", "intend", "wish", "propose", "agree", "decide", "prepare",
    "schedule", "set", "due", "poise", "slate", "look", "vow", "pledge", "promise", "try", "attempt", "consider",
    "discuss", "explore", "invite", "urge", "ask", "need", "is", "be", "likely", "eager", "ready", "keen",
}
_SUBJ = ("nsubj", "nsubjpass", "csubj", "expl")


def lemma_of(text: str, tag: str) -> str:
    """A cheap lemma: irregular forms, then -ed/-ing/-s stripped by the tag."""
    low = text.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if tag in ("VBD", "VBN") and low.endswith("ed") and len(low) > 4:
        stem = low[:-2]
        if stem.endswith("i"):
            return stem[:-1] + "y"  # "signified"
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
            return stem[:-1]  # "planned"
        return stem if not stem.endswith(("at", "iz", "uc", "ut", "rv", "lv", "ag")) else stem + "e"
    if tag == "VBG" and low.endswith("ing") and len(low) > 5:
        stem = low[:-3]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            return stem[:-1]
        return stem if not stem.endswith(("at", "iz", "uc", "ut", "rv", "lv", "ag", "os", "ir")) else stem + "e"
    if tag in ("VBZ", "NNS") and low.endswith("s") and len(low) > 3:
        if low.endswith("ies") and len(low) > 4:
            return low[:-3] + "y"
        if low.endswith(("sses", "shes", "ches", "xes")):
            return low[:-2]
        return low[:-1] if not low.endswith("ss") else low
    return low


@dataclass(frozen=True)
class Tok:
    """A token: ``text`` at document offsets [start, end), its head as an index into the sentence."""

    i: int
    start: int
    end: int
    text: str
    tag: str
    pos: str
    dep: str
    head: int
    lemma: str

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_verb(self) -> bool:
        return self.pos in ("VERB", "AUX")


@dataclass(frozen=True)
class Parse:
    """The parse of one sentence (``sentence`` is its index in the document)."""

    sentence: int
    toks: tuple[Tok, ...]
    _kids: dict[int, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False, hash=False)

    # -- navigation -------------------------------------------------------------------------
    def __iter__(self) -> Iterator[Tok]:
        return iter(self.toks)

    def __len__(self) -> int:
        return len(self.toks)

    def at(self, offset: int) -> Tok | None:
        """The token covering a document offset (or starting right after whitespace at it)."""
        for t in self.toks:
            if t.start <= offset < t.end:
                return t
            if t.start > offset:
                return t
        return None

    def within(self, start: int, end: int) -> list[Tok]:
        return [t for t in self.toks if start <= t.start and t.end <= end]

    def head_of(self, start: int, end: int) -> Tok | None:
        """The token of a span whose head lies outside the span (the span's syntactic head)."""
        inside = self.within(start, end)
        ids = {t.i for t in inside}
        for t in inside:
            if t.head not in ids or t.head == t.i:
                return t
        return inside[-1] if inside else None

    def head(self, t: Tok) -> Tok:
        return self.toks[t.head]

    def children(self, t: Tok, *deps: str) -> list[Tok]:
        if not self._kids:
            kids: dict[int, list[int]] = {}
            for x in self.toks:
                if x.head != x.i:
                    kids.setdefault(x.head, []).append(x.i)
            self._kids.update({k: tuple(v) for k, v in kids.items()})
        out = [self.toks[i] for i in self._kids.get(t.i, ())]
        return [c for c in out if c.dep in deps] if deps else out

    def ancestors(self, t: Tok) -> Iterator[Tok]:
        seen = {t.i}
        while t.head != t.i and t.head not in seen:
            t = self.toks[t.head]
            seen.add(t.i)
            yield t

    def subtree(self, t: Tok) -> tuple[int, int]:
        """Document offsets spanned by a token and everything it governs."""
        lo, hi = t.start, t.end
        stack = [t]
        while stack:
            x = stack.pop()
            lo, hi = min(lo, x.start), max(hi, x.end)
            stack.extend(self.children(x))
        return lo, hi

    def dominates(self, a: Tok, b: Tok) -> bool:
        """``a`` is ``b`` or an ancestor of it."""
        return a.i == b.i or any(x.i == a.i for x in self.ancestors(b))

    # -- coordination -----------------------------------------------------------------------
    def conjuncts(self, t: Tok) -> list[Tok]:
        """``t`` with every word coordinated with it ("A, B and C"), in order."""
        first = t
        while first.dep == "conj" and first.head != first.i:
            first = self.toks[first.head]
        out, stack = [], [first]
        while stack:
            x = stack.pop()
            out.append(x)
            stack.extend(self.children(x, "conj"))
        return sorted(out, key=lambda x: x.i)

    # -- clauses ----------------------------------------------------------------------------
    def verb_of(self, t: Tok) -> Tok | None:
        """The verb whose clause holds ``t`` (``t`` itself when it is a verb)."""
        if t.is_verb and t.dep not in ("aux", "auxpass"):
            return t
        for a in self.ancestors(t):
            if a.is_verb and a.dep not in ("aux", "auxpass"):
                return a
        return None

    def subjects(self, verb: Tok) -> list[Tok]:
        """The subjects of a verb (with their conjuncts); a coordinated or participial verb
        without its own subject takes that of the verb it hangs on."""
        v: Tok | None = verb
        seen = set()
        while v is not None and v.i not in seen:
            seen.add(v.i)
            subj = self.children(v, *_SUBJ)
            if subj:
                return [c for s in subj for c in self.conjuncts(s)]
            if v.dep in ("conj", "xcomp", "advcl", "acl", "relcl", "ccomp") and v.head != v.i:
                if v.dep == "relcl":  # "the leader, who visited Japan": the modified noun
                    return self.conjuncts(self.toks[v.head])
                if v.dep == "acl":  # "the president, visiting Japan,"
                    return self.conjuncts(self.toks[v.head])
                v = self.toks[v.head]
                continue
            break
        return []

    def is_passive(self, verb: Tok) -> bool:
        return bool(self.children(verb, "nsubjpass", "auxpass")) or (verb.tag == "VBN" and verb.dep == "acl")

    def agents(self, verb: Tok) -> list[Tok]:
        """The "by" phrase of a passive verb."""
        out = []
        for a in self.children(verb, "agent"):
            for p in self.children(a, "pobj"):
                out.extend(self.conjuncts(p))
        return out

    def objects(self, t: Tok) -> list[Tok]:
        out = []
        for o in self.children(t, "dobj", "attr", "oprd", "dative"):
            out.extend(self.conjuncts(o))
        return out

    def prep_objects(self, t: Tok, preps: Iterable[str] | None = None) -> list[tuple[Tok, Tok]]:
        """(preposition, object) pairs hanging on ``t``, objects with their conjuncts."""
        want = {p.lower() for p in preps} if preps is not None else None
        out: list[tuple[Tok, Tok]] = []
        for p in self.children(t, "prep", "agent", "dative"):
            if want is not None and p.lower not in want:
                continue
            for o in self.children(p, "pobj", "pcomp"):
                out.extend((p, c) for c in self.conjuncts(o))
        return out

    def negated(self, verb: Tok) -> bool:
        return bool(self.children(verb, "neg"))

    def modal(self, verb: Tok) -> str | None:
        """The modal or verb of intention a verb depends on ("will", "plans", "expected"), if any."""
        for aux in self.children(verb, "aux", "auxpass"):
            if aux.lower in _MODALS:
                return aux.lower
        v = verb
        for _ in range(3):
            if v.dep in ("xcomp", "ccomp") and v.head != v.i:
                gov = self.toks[v.head]
                if gov.lemma in _INTENT or any(a.lower in _MODALS for a in self.children(gov, "aux", "auxpass")):
                    return gov.lemma
                v = gov
                continue
            if v.dep == "conj" and v.head != v.i:  # "will arrive and meet": the modal of the first verb
                v = self.toks[v.head]
                for aux in self.children(v, "aux"):
                    if aux.lower in _MODALS:
                        return aux.lower
                continue
            break
        # "to visit" as a purpose or a plan ("in order to sign", "ahead of his trip to")
        if any(c.dep == "aux" and c.tag == "TO" for c in self.children(verb)):
            return "to"
        return None


def parse_from_spacy(sentence: int, offset: int, sdoc: Any) -> Parse:
    """A :class:`Parse` from a spaCy Doc of one sentence's text starting at document ``offset``."""
    toks = []
    base = sdoc[0].i if len(sdoc) else 0
    for t in sdoc:
        tag = t.tag_
        toks.append(
            Tok(
                i=t.i - base,
                start=offset + t.idx,
                end=offset + t.idx + len(t.text),
                text=t.text,
                tag=tag,
                pos=_POS.get(tag, "X") if not t.pos_ else t.pos_,
                dep=t.dep_,
                head=t.head.i - base,
                lemma=t.lemma_.lower() if t.lemma_ else lemma_of(t.text, tag),
            )
        )
    return Parse(sentence, tuple(toks))
