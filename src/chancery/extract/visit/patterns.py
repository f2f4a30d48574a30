"""Compiled patterns of the visit extractor (from ``lexicon.json`` beside this module)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ...annotate.participants import alternation
from ..common import load_lexicon

__all__ = ["VisitPatterns", "patterns"]

_DET = r"(?:a|an|the|his|her|their|its|this|that|first|second|third|historic|landmark|recent|latest|brief|short|[\w-]+-day|[\w-]+-nation|two|three|four|five|official|state|working|high-level|week-long|overseas|foreign|regional|Asian|European|African)"


@dataclass(frozen=True)
class VisitPatterns:
    trigger: re.Pattern[str]  # named groups: one per handler of visit.HANDLERS
    modal: re.Pattern[str]
    infinitive: re.Pattern[str]
    after_future: re.Pattern[str]
    sentence_exclude: re.Pattern[str]
    window_exclude: re.Pattern[str]
    visitor_noun: re.Pattern[str]
    visitor_noun_after: re.Pattern[str]  # "Japanese [senior] leaders", "China's top delegation"
    visitor_noun_of: re.Pattern[str]  # "leaders of China, Russia and [the US]"
    not_visitor: re.Pattern[str]
    not_visitor_roles: frozenset[str]
    pronoun: re.Pattern[str]
    host_object_stop: re.Pattern[str]
    host_noun: re.Pattern[str]  # "to the Southeast Asian country": the host named by description
    host_verb: re.Pattern[str]  # "received", "welcomed": a host's verb
    event: re.Pattern[str]  # "summit", "ceremony", "funeral"
    co_participant: re.Pattern[str]  # "along with", "together with"
    stand_in: re.Pattern[str]  # "in his place", "instead"


_SENTENCE_LEVEL = ("phone", "telephone", "virtual", "video", "online", "teleconference", "web conference",
                   "port", "aircraft", "warship", "frigate", "destroyer", "naval", "navy", "coast guard",
                   "training ship", "submarine", "corvette", "cruiser")


@functools.lru_cache(maxsize=1)
def patterns() -> VisitPatterns:
    lex = load_lexicon("visit")
    alt = alternation
    trigger = re.compile(
        r"(?P<passive>\b(?:was|were|is|are|been|being|later|had\s+been|have\s+been)\s+(?:warmly\s+|officially\s+|"
        r"formally\s+|cordially\s+|solemnly\s+)?(?:" + alt(lex["passive_host_verbs"]) + r")\b)"
        r"|(?P<represented>\b(?:was|were|is|are|been|being)\s+(?:also\s+)?represented\b)"
        r"|(?P<draw>\b(?:" + alt(lex["draw_verbs"]) + r")\b)"
        r"|(?P<host>\b(?:" + alt(lex["host_verbs"]) + r")\b)"
        r"|(?P<represent>\b(?:" + alt(lex["represent_verbs"]) + r")\b)"
        r"|(?P<send>\b(?:" + alt(lex["send_verbs"]) + r")\b)"
        r"|(?P<attend>\b(?:" + alt(lex["attend_verbs"]) + r")\b"
        r"|\b(?:" + alt(lex["join_verbs"]) + r")\s+(?:[\w-]+\s+){0,3}?(?:" + alt(lex["join_objects"]) + r")\b)"
        r"|(?P<join>\b(?:" + alt(lex["join_verbs"]) + r")(?=\s))"
        r"|(?P<arrive>\b(?:" + alt(lex["arrival_verbs"]) + r")\b)"
        r"|(?P<travel>\b(?:" + alt(lex["travel_verbs"]) + r")\b)"
        r"|(?P<verb>\b(?:" + alt(lex["visit_verbs"]) + r")\b)"
        r"|(?P<visiting>\b(?:" + alt(lex["visiting_adjective"]) + r")\b)"
        r"|(?P<choose>\b(?:" + alt(lex["destination_verbs"]) + r")\b)"
        r"|(?P<stop>\b(?:" + alt(lex["stop_nouns"]) + r")\b)"
        r"|(?P<noun>\b(?:" + alt(lex["visit_nouns"]) + r")\b)"
        r"|(?P<meet>\b(?:" + alt(lex["meet_verbs"]) + r")\b)"
        r"|(?P<at_event>\bat\s+(?:a|an|the|this|that|its)\s+(?:[\w'’-]+\s+){0,4}?(?:" + alt(lex["event_nouns"]) + r")\b)",
        re.IGNORECASE,
    )
    modal = re.compile(r"(?<![\w'’])(?:" + alt(lex["modal_cues"]) + r")(?![\w'])", re.IGNORECASE)
    infinitive = re.compile(
        r"\bto\s+(?:(?:" + alt(lex["infinitive_verbs"]) + r")\s+)?(?:" + _DET + r"\s+){0,4}$", re.IGNORECASE
    )
    after_future = re.compile(r"^[^.;]{0,70}?\b(?:" + alt(lex["after_future_cues"]) + r")\b", re.IGNORECASE)
    excl = lex["exclude_cues"]
    sentence_level = [w for w in excl if any(k in w for k in _SENTENCE_LEVEL)]
    window_level = [w for w in excl if w not in sentence_level]
    return VisitPatterns(
        trigger=trigger,
        modal=modal,
        infinitive=infinitive,
        after_future=after_future,
        sentence_exclude=re.compile(r"\b(?:" + alt(sentence_level) + r")\b", re.IGNORECASE),
        window_exclude=re.compile(r"\b(?:" + alt(window_level) + r")\b", re.IGNORECASE),
        visitor_noun=re.compile(r"\b(?:" + alt(lex["visitor_nouns"]) + r")\b", re.IGNORECASE),
        visitor_noun_after=re.compile(r"^(?:[\w-]+\s+){0,2}?(?:" + alt(lex["visitor_nouns"]) + r")\b", re.I),
        visitor_noun_of=re.compile(
            r"\b(?:" + alt(lex["visitor_nouns"]) + r")\s+(?:of|from)\s+(?:the\s+)?"
            r"(?:[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?)*$",
            re.I,
        ),
        not_visitor=re.compile(r"\b(?:" + alt(lex["not_visitor_words"]) + r")\b", re.IGNORECASE),
        not_visitor_roles=frozenset(lex["not_visitor_roles"]),
        pronoun=re.compile(r"(?:^|[\s,])(?:" + alt(lex["pronoun_subjects"]) + r")\b", re.IGNORECASE),
        host_object_stop=re.compile(r"^\W*(?:[\w'’-]+\W+){0,3}?(?:" + alt(lex["host_object_stop"]) + r")\b", re.IGNORECASE),
        host_verb=re.compile(r"\b(?:" + alt(lex["host_verbs"]) + r")\b(?!\s+by\b)", re.IGNORECASE),
        event=re.compile(r"\b(?:" + alt(lex["event_nouns"]) + r")\b", re.IGNORECASE),
        co_participant=re.compile(r"\b(?:" + alt(lex["co_participant_cues"]) + r")\s+", re.IGNORECASE),
        stand_in=re.compile(r"^\s*,?\s*(?:" + alt(lex["stand_in_cues"]) + r")\b", re.IGNORECASE),
        host_noun=re.compile(r"^\s+to\s+the\s+(?:[\w-]+\s+){0,3}?(?:" + alt(lex["host_nouns"]) + r")\b", re.IGNORECASE),
    )
