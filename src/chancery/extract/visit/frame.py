"""What a visit frame finds, and whether its trigger states something that happened.

:class:`VisitFound` is one visitor at one host (the agreement extractor reads ``visitor.country``
and ``host``). :func:`unreal` reads irrealis from the parse: a modal or a verb of intention above the
trigger ("will visit", "plans to attend", "is expected to arrive", "invited X to visit"), a
negation ("did not attend", "skipped the summit"), a condition ("if he travels"), a purpose
infinitive ("arrived to attend": the arrival is the fact, not the attendance) unless the infinitive
states what was done ("the first Indian leader to visit", "an honour to host"). :func:`remote`
finds a frame held by phone or video. Nouns are judged by the verb that carries them
(:func:`unreal_noun`): "will pay a visit", "ahead of his visit", "the upcoming trip".
"""

from __future__ import annotations

from dataclasses import dataclass

from ...annotate.participants import Participant
from ...annotate.syntax import Parse, Tok
from .lex import lexicon
from .phrases import clause

__all__ = ["VisitFound", "remote", "unreal", "unreal_noun"]

_MODALS = {"will", "would", "shall", "may", "might", "could", "should", "can", "must", "'ll", "wo", "ca"}
_CONDITION = {"if", "unless", "once", "whether", "until", "should"}
_WHEN = {"after", "when", "before", "as soon as", "whenever"}
_HAPPEN = {"take", "takes", "happen", "happens", "begin", "begins", "start", "starts", "held", "go", "materialise",
           "materialize", "proceed", "occur"}


@dataclass(frozen=True)
class VisitFound:
    visitor: Participant
    host: str
    cameo: str  # 042 make a visit, 043 host a visit
    confidence: float
    at: int  # document offset of the trigger


def _infinitive_realis(parse: Parse, verb: Tok) -> bool:
    """"the first Indian leader to visit", "an honour to host", "became the first to attend" (not
    "will become the first to visit", "X, the first leader to visit Y, will arrive")."""
    lx = lexicon()
    if verb.head == verb.i:
        return False
    gov = parse.head(verb)
    if not (gov.lower in lx.realis_to_heads
            or any(c.lower in lx.realis_to_heads for c in parse.children(gov, "amod", "advmod", "attr", "acomp", "npadvmod"))):
        return False
    main = next((a for a in parse.ancestors(gov) if a.is_verb and a.dep not in ("aux", "auxpass")), None)
    return main is None or not (unreal(parse, main) or main.lower in lx.intent_forms)


def unreal(parse: Parse, verb: Tok) -> bool:
    """The verb does not state a visit that happened or is under way (see the module docstring)."""
    lx = lexicon()
    if parse.negated(verb) or any(c.lower in ("never", "not", "n't", "no") for c in parse.children(verb, "advmod", "neg")):
        return True
    if any(c.lower in _CONDITION for c in parse.children(verb, "mark")):
        return True
    if verb.tag in ("VBZ", "VBP") and any(c.lower in _WHEN | {"once"} for c in parse.children(verb, "mark", "advmod")):
        return True  # "once X visits", "after X makes a visit": still to come
    if verb.tag in ("VBZ", "VBP") and any(t.lower in ("next", "tomorrow") for t in clause(parse, verb)):
        return True  # "X travels to Beijing next week"
    if any(a.lower in _MODALS for a in parse.children(verb, "aux", "auxpass")):
        return True
    if verb.dep in ("acl", "amod") and verb.tag in ("VBG", "VBN") and verb.head != verb.i:
        outer = parse.verb_of(parse.head(verb))  # "would be among those attending the summit"
        if outer is not None and outer.i != verb.i and any(a.lower in _MODALS for a in parse.children(outer, "aux")):
            return True
    v = verb
    for _ in range(4):
        infinitive = any(c.tag == "TO" and c.dep == "aux" for c in parse.children(v))
        if infinitive and not _infinitive_realis(parse, v):
            return True
        if v.head == v.i or v.dep not in ("xcomp", "ccomp", "conj", "advcl", "acl", "pcomp", "relcl"):
            break
        gov = parse.head(v)
        if v.dep in ("xcomp", "ccomp", "pcomp", "acl") and (gov.lower in lx.intent_forms or gov.lower in lx.negative_cues):
            return True
        if v.dep in ("xcomp", "ccomp") and (parse.negated(gov) or any(a.lower in _MODALS for a in parse.children(gov, "aux"))):
            return True
        if v.dep == "conj":  # "will arrive and meet": the first verb's modal
            if any(a.lower in _MODALS for a in parse.children(gov, "aux")) and not parse.children(v, "nsubj", "aux"):
                return True
        if v.dep in ("advcl", "relcl"):
            break
        if v.dep == "pcomp" and gov.lower in ("before", "ahead", "prior", "until") and gov.head != gov.i:
            main = parse.head(gov)  # "will fly to X before attending the summit in Y"
            if main.is_verb and any(a.lower in _MODALS for a in parse.children(main, "aux")):
                return True
        v = gov
    return False


def remote(parse: Parse, verb: Tok) -> bool:
    """The frame's own clause says it was held by phone, by video or online."""
    lx = lexicon()
    return any(t.lower in lx.remote_cues for t in clause(parse, verb))


def unreal_noun(parse: Parse, noun: Tok) -> bool:
    """A visit noun that names a planned, hoped-for or denied visit."""
    lx = lexicon()
    for c in parse.children(noun):
        if c.dep in ("amod", "compound", "nmod", "advmod") and c.lower in lx.future_modifiers:
            return True
        if c.dep in ("det", "neg") and c.lower == "no":
            return True
    t = noun
    for _ in range(6):
        if t.head == t.i:
            return False
        head = parse.head(t)
        if head.lower in lx.future_preps or head.lower in lx.future_modifiers:
            return True
        if head.is_verb:
            if head.lower in lx.negative_cues or any(c.dep == "prt" and c.lower == "off" for c in parse.children(head)):
                return True  # "cancelled his trip", "called off the visit"
            if t.dep in ("nsubj", "nsubjpass"):
                if head.lower in _HAPPEN or head.lower in lx.intent_forms:
                    return unreal(parse, head) or head.lower in lx.intent_forms
                return False  # "the visit comes as ...", "the visit will boost ties": the visit is told as a fact
            return unreal(parse, head) or remote(parse, head)
        t = head
    return False
