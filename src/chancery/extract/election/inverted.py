"""Elections told with the elected list last, or the body told before the trigger.

* inverted: "Also elected (to the 47-member body) were A, B and C (, among others)",
  "Also re-elected was Laos", "Among the countries elected to <body> were A and B",
  "Also winning seats were A and B", "Joining it/Brazil on the council are A and B";
  the body is named in the middle, or is that of the latest election (carried);
* relative: "... as head of <body>, to which she was elected in March" (the body
  and post before ", to which"; the actor is the person / state before);
* appositive: "Vietnam, a non-permanent member of <body> for 2020-2021 after being
  elected last year, ...".

Only settled acts: "Also running for ...", "Also expected to be elected ... are" do not match.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ...annotate.document import AnnotatedDocument
from ...model import Sentence

__all__ = ["Inverted", "appositive_body_start", "generic_mid", "inverted", "relative_pronoun", "states_from"]

_VERB = r"(?:re-?elected|elected|voted\s+(?:onto|into|on\s+to|to|in)|chosen|returned)"
_INV = re.compile(
    r"(?:^|(?<=[;:]\s))[\s\"'“‘]*(?:"
    rf"(?:Also|Likewise|Similarly)\s+(?:{_VERB}|(?:winning|securing|taking|clinching)\s+(?:seats?|places?|membership))\b"
    r"|(?:Also\s+)?(?:Elected|Chosen|Voted\s+in)\s+(?P<along>alongside|with|together\s+with)\s+"
    r"(?:it|them|him|her|(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2})\b"
    r"|(?:Among\s+(?:the\s+)?|The\s+)(?:(?:other|remaining|new|newly|successful)\s+)*(?:[\w-]+\s+)?"
    r"(?:countries|states|nations|members|candidates|those|others)\s+"
    rf"(?:(?:also|newly|successfully)\s+)?(?:{_VERB}|(?:that|which|who)\s+(?:won|secured|took)\s+(?:seats?|places?))\b"
    r"|(?:Joining|Alongside)\s+(?:it|them|him|her|(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2})(?=\s+(?:on|in|at)\b)"
    r")(?P<mid>[^;.]{0,160}?)\s+(?P<be>were|are|was|is)\s+",
    re.I,
)
_LIST_GAP = re.compile(r"\s*(?:,\s*and|,|and|&|as\s+well\s+as)\s*(?:the\s+)?", re.I)
_GENERIC_MID = re.compile(
    r"\s*(?:to|onto|on|into|in)\s+the\s+(?:[\w-]+\s+){0,2}?(?:body|organ|council|board|committee|commission|panel)\b",
    re.I,
)
_RELATIVE = re.compile(
    r",\s*(?:(?:a|the)\s+(?:post|position|seat|role|office|job|body)\s+)?(?:to|onto|into|on|of|for)\s+which\s+"
    r"(?P<who>he|she|it|they|(?-i:[A-Z])[^,;]{1,40}?)\s+(?:\w+ly\s+)?$",
    re.I,
)
_APPOSITIVE_TRIGGER = re.compile(r"\b(?:after|since|upon|following|having)\s+$", re.I)
_APPOSITIVE = re.compile(
    r"\s*,\s*(?:(?:now|currently|already|itself)\s+)?(?=(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?members?\s+of\b)", re.I
)


class Inverted(NamedTuple):
    trig_start: int
    trig_end: int  # where the body may be named (the middle)
    list_start: int  # after "were"/"are"
    mid: str
    alongside: list[str]  # "Elected alongside Japan were ...": Japan too


def inverted(adoc: AnnotatedDocument, sent: Sentence) -> list[Inverted]:
    out = []
    for m in _INV.finditer(sent.text):
        base = sent.start
        along = []
        if m.group("along"):
            along = [a.actor for a in adoc.actors_in(base + m.end("along"), base + m.start("mid")) if a.is_state and a.how != "city"]
        out.append(Inverted(base + m.start(), base + m.start("mid"), base + m.end(), m.group("mid"), along))
    return out


def states_from(adoc: AnnotatedDocument, start: int, end: int) -> list[str]:
    """The states listed right at ``start``: 'China, the Russian Federation and Mexico'."""
    text = adoc.text
    out: list[str] = []
    pos = start
    for a in adoc.actors_in(start, min(end, start + 300)):
        if a.start < pos:
            continue
        gap = text[pos : a.start]
        if not (re.fullmatch(r"\s*(?:the\s+)?", gap) if not out else _LIST_GAP.fullmatch(gap)):
            break
        if not a.is_state or a.how == "city":
            break
        out.append(a.actor)
        pos = a.end
    return list(dict.fromkeys(out))


def generic_mid(mid: str) -> bool:
    """'to the 47-member body', '' : the body of the latest election."""
    return not mid.strip() or bool(_GENERIC_MID.fullmatch(mid.rstrip(" ,")) or _GENERIC_MID.match(mid))


def relative_pronoun(text: str, sent_start: int, trig_start: int) -> tuple[int, str, int] | None:
    """', to which she was elected', ', a post to which Peru was elected': (the comma, who, where who starts)."""
    m = _RELATIVE.search(text, max(sent_start, trig_start - 90), trig_start)
    return (m.start(), m.group("who").lower(), m.start("who")) if m else None


def appositive_body_start(adoc: AnnotatedDocument, sent: Sentence, trig_start: int) -> tuple[str, int] | None:
    """'Vietnam, a non-permanent member of the Council ... after being elected': (state, where the body starts)."""
    text = adoc.text
    if not _APPOSITIVE_TRIGGER.search(text, max(sent.start, trig_start - 20), trig_start):
        return None
    for a in reversed(adoc.actors_in(sent.start, trig_start)):
        if not a.is_state or a.how == "city":
            continue
        m = _APPOSITIVE.match(text, a.end, trig_start)
        if m:
            return a.actor, m.end()
    return None
