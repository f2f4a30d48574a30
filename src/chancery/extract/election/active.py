"""Shapes of an election beyond "was elected to": active voting verbs, seats named by their body, membership.

* active: "<electors> elected/re-elected <states> (as) (a) <member(s)> of <body>",
  "<electors> (again) voted <states> onto/into <body>", "chose/picked/selected
  <states> for a seat on / as a member of <body>" (the objects may be followed by
  an adverbial: "elected Estonia, for the first time, a member of");
* a seat named by its body: "Japan wins UN Security Council seat", "Colombia and
  Bahrain secure Security Council seats", "Chile won a Human Rights Council seat";
* "X became a non-permanent (elected) member of <body>";
* "... while Ecuador and Malta secured theirs after a run-off": the seats of the
  election just told (carried like "also won seats").

Tense decides: only past (or headline present for seats) verbs; "will elect",
"is expected to elect", "hopes to win", "did not win" are not facts.
"""

from __future__ import annotations

import functools
import re

__all__ = ["active_verbs", "after_objects", "body_seat", "membership", "not_done", "own_seats", "target_needed"]

# past-tense electing verbs; the ones other than "elected" need a target ("onto", "for a seat on")
_ACTIVE = re.compile(r"\b(?:re-?\s?elected|elected|voted|chose|picked|selected|returned)\b", re.I)
_TARGET = re.compile(
    r"\s*(?:onto|into|on\s+to|to|as|for\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?seats?\s+(?:on|in|at)|"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,2}?members?\s+of)\b",
    re.I,
)
# between the objects and the target: "for the first time", "again", "this time"
_ADVERBIAL = re.compile(
    r"\s*,?\s*(?:(?:for\s+the\s+(?:first|second|third|\w+th)\s+time|again|once\s+again|this\s+time|unanimously|"
    r"overwhelmingly|by\s+acclamation|on\s+\w+(?:\s+\d{1,2})?|last\s+\w+)\s*,?\s*)*",
    re.I,
)
_SEAT_VERB = (
    r"(?:won|wins?|secur(?:ed|es?)|clinch(?:ed|es)?|captur(?:ed|es?)|took|takes?|land(?:ed|s)?|grabb(?:ed)?|grabs?|"
    r"claim(?:ed|s)?|gain(?:ed|s)?|obtain(?:ed|s)?|earn(?:ed|s)?|bag(?:ged|s)?)"
)
_MEMBERSHIP = re.compile(
    r"\b(?:became|becomes|has\s+become|have\s+become|had\s+become)\s+(?:an?\s+|the\s+(?:newest\s+)?)"
    r"(?:(?:new|two-year|rotating)\s+)?(?:non-permanent|elected)\s+members?\s+of\b",
    re.I,
)
_NOT_DONE = re.compile(
    r"\b(?:not|never|n['’]t|fail(?:ed|s)?\s+to|unable\s+to|lost|lose|loses|losing|bid\s+to|hopes?\s+to|seeks?\s+to|"
    r"seeking\s+to|aims?\s+to|wants?\s+to|tries\s+to|trying\s+to)\s+(?:\w+\s+){0,2}$",
    re.I,
)


def active_verbs() -> re.Pattern[str]:
    return _ACTIVE


def target_needed(verb: str) -> bool:
    """'voted X' alone is no election ('voted Russia off the council'); 'elected X a member' is."""
    return not re.fullmatch(r"re-?\s?elected|elected", verb, re.I)


def after_objects(text: str, pos: int, end: int, need_target: bool) -> int | None:
    """Where the body search starts after the objects: past an adverbial, at a target ('onto', 'a member of')."""
    m = _ADVERBIAL.match(text, pos, end)
    at = m.end() if m else pos
    t = _TARGET.match(text, at, end)
    if need_target and not t:
        return None
    return at


@functools.lru_cache(maxsize=1)
def body_seat() -> re.Pattern[str]:
    """'wins UN Security Council seat', 'secured a Human Rights Council seat', 'secure Security Council seats'."""
    return re.compile(
        rf"\b{_SEAT_VERB}\s+(?:(?:a|an|the|its|their|both|two)\s+)?(?:(?:non-permanent|rotating|elected|two-year|"
        rf"three-year|coveted|first|new)\s+)*(?P<body>(?:(?-i:[A-Z])[\w.’'-]*\s+){{1,6}}?)(?:non-permanent\s+)?seats?\b",
        re.I,
    )


@functools.lru_cache(maxsize=1)
def own_seats() -> re.Pattern[str]:
    """'secured theirs', 'won its own': the seats of the election just told."""
    return re.compile(rf"\b{_SEAT_VERB}\s+(?:theirs|its\s+own|their\s+own|one\s+too|one\s+as\s+well)\b", re.I)


def membership() -> re.Pattern[str]:
    return _MEMBERSHIP


def not_done(text: str, floor: int, pos: int) -> bool:
    """'did not win', 'failed to win', 'hopes to win': no election."""
    return _NOT_DONE.search(text, max(floor, pos - 40), pos) is not None
