"""Agreement helpers for context, participles, clause ends and body officials.

- "Officials/ministers/delegations signed ...": generic signers refer to the states of the visit;
- numbered statements split into fragments ("2.", "3."): only sentences with words count when
  looking back for the visit or the two states a reference points to;
- "Vietnam's FTA with Chile, signed in 2011", "its pact with X, inked in 1951": a document phrase
  with its owner (a possessive state, or "its"/"their" for the previous subject) and its partner
  ("with X", "between A and B"), then a participle;
- "documents between ministries and agencies of the two countries" are state documents;
- "European Council President X": the body's official signs for the body;
- "signed A and B — two accords that ...": the apposition restates the count (it is no quantity of its own).
"""

from __future__ import annotations

import re

from ...annotate.document import AnnotatedDocument
from ...model import Sentence
from ...annotate.participants import Participant, participants, pronoun_participant

__all__ = ["appositive_end", "content_previous", "participle_document", "state_organs", "body_official", "CLAUSE_STOP"]

# a later clause or aside whose states are not signers: ", as both grapple with", "amid tensions with", " — a pact that"
CLAUSE_STOP = (
    r",?\s+(?:as|amid|despite|although|though|because|even\s+as|at\s+a\s+time\s+when)\s"
    r"|\s[—–]\s"
)

_WORDS = re.compile(r"[A-Za-z]{2,}")


def content_previous(adoc: AnnotatedDocument, sent: Sentence, n: int) -> list[Sentence]:
    """Up to ``n`` previous sentences holding words (numbered fragments such as "2." are skipped), oldest first."""
    out = [s for s in adoc.previous_sentences(sent, n + 8) if len(_WORDS.findall(s.text)) >= 3]
    return out[-n:]


# "<doc noun> [with X | between A and B][ (ABBR)], " right before a participle
_PARTNER_GAP = re.compile(
    r"^(?:\s+(?:with|between)\s+(?:the\s+)?[^,;()]{1,70}?)?(?:\s*\([^()]{1,30}\))?\s*,\s*$", re.I
)
_AFTER_PARTICIPLE = re.compile(r"^\s+(?:in|on|at|by|during|last|earlier|this|between|back\s+in|(?:19|20)\d\d)\b", re.I)
_POSSESSIVE = re.compile(r"(?:['’]s?|\bits|\btheir)\s+(?:[\w-]+\s+){0,5}$", re.I)
_PRONOUN_OWNER = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,5}$", re.I)


def participle_document(
    adoc: AnnotatedDocument, doc_noun: re.Pattern[str], sent: Sentence, lo: int, start: int, end: int
) -> tuple[int, int, list[Participant]] | None:
    """"X's <doc> with Y, signed in 2011": (phrase start, phrase end, owner and partners)."""
    text = adoc.text
    if not _AFTER_PARTICIPLE.match(text[end : end + 20]):
        return None
    nouns = list(doc_noun.finditer(text, max(lo, start - 160), start))
    if not nouns:
        return None
    m = nouns[-1]
    gap = text[m.end() : start]
    if not _PARTNER_GAP.match(gap) or "," not in gap:
        return None
    phrase_lo = max(lo, m.start() - 60)
    found = participants(adoc, phrase_lo, start, bodies=True)
    partners = [p for p in found if p.start >= m.end()]
    head = text[phrase_lo : m.start()]
    owners = [p for p in found if p.end <= m.start() and _POSSESSIVE.match(text[p.end : m.start()])]
    if not owners and _PRONOUN_OWNER.search(head):
        antecedent = pronoun_participant(adoc, sent)
        owners = [antecedent] if antecedent else []
    if not partners and not owners:
        return phrase_lo, start, []
    return phrase_lo, start, owners[-1:] + partners


# "between ministries and agencies of the two countries": organs of the states, not companies
_ORGANS = re.compile(
    r"\b(?:between|among)\s+(?:the\s+)?(?:(?:government|state|relevant|line|competent)\s+)?"
    r"(?:ministries|agencies|departments|authorities)(?:\s+and\s+(?:(?:government|state)\s+)?(?:agencies|ministries|departments|"
    r"authorities|localities|sectors))?\s+of\b",
    re.I,
)


def state_organs(doc_text: str) -> bool:
    return bool(_ORGANS.search(doc_text))


_EU_TITLE = re.compile(r"\bEuropean\s+(?:Council|Commission|Parliament)\s+(?:Vice-)?(?:President|Chief|Head)\s+$")


def body_official(adoc: AnnotatedDocument, p: Participant) -> Participant:
    """"European Council President X" signs for the EU whatever the person's nationality."""
    if p.is_person and _EU_TITLE.search(adoc.text[max(0, p.start - 50) : p.start]):
        return Participant(p.start, p.end, "ORG:EU", p.name, p.role, True)
    return p


# "signed a trade deal and a security pact — two accords that ...": the count restated in an apposition
_APPOSITIVE = re.compile(
    r"^\s*(?:[—–,:]|\s-)\s*(?:the\s+|all\s+|both\s+)?(?P<num>\w+)\s+(?:[\w-]+\s+)?"
    r"(?:accords|agreements|deals|documents|pacts|treaties|MoUs|memoranda|instruments|texts)\b",
    re.I,
)


def appositive_end(text: str, end: int, count: int | None, numbers: dict[str, int]) -> int | None:
    """The end of an apposition restating ``count`` right after the document phrase ending at ``end``."""
    m = _APPOSITIVE.match(text[end : end + 80])
    if m is None or count is None:
        return None
    num = m.group("num").lower()
    value = numbers.get(num, int(num) if num.isdigit() else None)
    return end + m.end() if value == count else None
