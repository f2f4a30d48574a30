"""Ranks, top-N and places: where an actor stands among others.

- ordinal ranks: "ranks 15th", "ranked 3rd among exporters", "the seventh-largest trading partner",
  "in second place", "climbed to 44th out of 132 economies" (the total is part of the phrase);
- superlatives, rank 1: "Vietnam's largest export market", "the world's oldest democracy", "the
  largest supplier to Vietnam", "the most votes", "the highest among 14 new members".  The
  superlative is a word of ``rank_adjectives`` or, where the sentence is parsed, any superlative
  adjective (tag JJS); the thing ranked may be any noun, but the rank is kept only when it ranks an
  actor (:mod:`.about` decides);
- top-N ("among the top 15", "top-10 investors", "one of the 20 largest economies") and places
  ("up 11 places", "climbed three spots").

Offsets are sentence-relative.
"""

from __future__ import annotations

import functools
import re

from ...annotate.syntax import Parse
from .excluded import alt, has_any, word_set
from .numbers import Core, lemma, lex

__all__ = ["position", "rank_candidate", "superlative_ranks"]


def _words_after(text: str, pos: int, n: int) -> str:
    stop = word_set("head_stopwords")
    out = []
    for m in re.finditer(r"[A-Za-z][\w'’-]*|[^\sA-Za-z]", text[pos : pos + 60]):
        w = m.group(0)
        if not w[0].isalpha() or w.lower() in stop:
            break
        out.append(w)
        if len(out) >= n:
            break
    return " ".join(out)


def _total_after(text: str, end: int) -> int:
    """The end of "out of 132 economies", "among the nine elected states" after a rank."""
    total = re.match(
        r"^\s+(?:(?:out\s+)?of|among)\s+(?:the\s+|all\s+)?(?:\d[\d,]*|[a-z]+)\s+(?:(?:[a-z-]+\s+){0,2}[a-z-]+s\b)?",
        text[end:],
    )
    if total is None or not re.search(
        r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty)\b", total.group(0)
    ):
        return end
    return end + len(total.group(0).rstrip())


def rank_candidate(text: str, core: Core) -> tuple[int, int, str] | None:
    """(start, end, measure) of an ordinal used as a rank: "ranks 15th", "third-largest", "in 15th place"."""
    lx = lex()
    after = text[core.end :]
    adj = re.match(rf"^[\s-](?:{alt(lx['rank_adjectives'])})\b", after, re.I)
    if adj:
        end = core.end + adj.end()
        noun = _words_after(text, end, 3)
        end += len(text[end:]) - len(text[end:].lstrip()) + len(noun) if noun else 0
        measure = f"{adj.group(0).strip(' -').lower()} {noun.lower()}".strip()
        return core.start, end, measure
    verb = re.search(
        rf"\b(?:(?:{alt(lx['rank_verbs'])})\s+(?:the\s+)?|to\s+)$",
        text[max(0, core.start - 25) : core.start],
        re.I,
    )
    place = re.match(r"^\s+(?:place|position|spot)\b", after, re.I)
    prev = re.findall(r"[\w'’-]+", text[max(0, core.start - 12) : core.start].lower())[-1:]
    if verb or (place and prev not in (["the"], ["a"])):
        end = _total_after(text, core.end + (place.end() if place else 0))
        return (core.start - len(verb.group(0)) if verb else core.start), end, "rank"
    return None


@functools.lru_cache(maxsize=1)
def _superlative_re() -> re.Pattern[str]:
    lx = lex()
    return re.compile(
        rf"(?:(?<=['’]s\s)|(?<=s['’]\s)|\b(?:its|their|our|his|her|the)\s+)(?:single\s+|very\s+)?"
        rf"(?P<adj>{alt(lx['rank_adjectives'])}|No\.\s?1|number[- ]one|[a-z]{{3,}}est)\b",
        re.I,
    )


def _superlative_word(word: str, tok_tag: str | None) -> bool:
    w = word.lower()
    if w in word_set("rank_adjectives") or w.startswith(("no.", "number")):
        return True
    if tok_tag is not None:
        return tok_tag == "JJS"
    return False


def superlative_ranks(text: str, parse: Parse | None = None, base: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, measure) of rank-1 superlatives: "Vietnam's largest trading partner", "the most votes"."""
    out: list[tuple[int, int, str]] = []
    for m in _superlative_re().finditer(text):
        adj = m.group("adj")
        tok = parse.at(base + m.start("adj")) if parse is not None else None
        if not _superlative_word(
            adj, tok.tag if tok is not None and tok.start == base + m.start("adj") else None
        ):
            continue
        before = text[max(0, m.start() - 45) : m.start()].lower()
        if re.search(r"\b(?:one|some|among|to\s+become|to\s+be|aims?|seeks?|hopes?|bid)\b", before[-30:]):
            continue
        if re.search(r"\bof\s+(?:the\s+)?$", before) or re.search(r"\bat\s+$", before):
            continue  # "one of the largest", "at least"
        noun = _words_after(text, m.end(), 4)
        end = m.end() + (len(text[m.end() :]) - len(text[m.end() :].lstrip()) + len(noun) if noun else 0)
        if not noun:
            among = re.match(r"^\s+among\s+", text[m.end() :])  # "the highest among 14 new member countries"
            if among is None or not m.group(0).lower().startswith("the"):
                continue
            end = _total_after(text, m.end())
            if end == m.end():
                continue
            noun = "rank"
        elif lemma(noun.split()[-1]) in word_set("time_nouns") or noun.split()[-1].endswith("ed"):
            continue
        tally = noun.split()[-1].lower() in ("tally", "number", "score", "total", "share")
        if m.group(0).lower().startswith("the") and noun != "rank":
            frame = r"(?:of|for|in|to|among)\s+(?:the\s+)?" + (
                r"\w" if tally else r"[A-Z]"
            )  # "the highest tally in the group"
            partner = re.match(rf"^\s+{frame}", text[end : end + 40])
            if partner is None:
                continue  # "the largest X" needs a frame: "the largest investor in Vietnam"
            end = _total_after(text, end) if text[end:].lstrip().lower().startswith("among") else end
        out.append((m.start(), end, "rank" if noun == "rank" else f"{adj.lower()} {noun.lower()}"))
    for m in re.finditer(rf"\b(?:{alt(lex()['most_votes'])})\b", text, re.I):
        out.append((m.start(), m.end(), "vote rank"))
    return out


_TOP_TAIL = re.compile(r"^[^,;.]{0,40}?\b[a-z]+s\b")


def position(text: str, core: Core) -> tuple[int, int, str, str] | None:
    """(start, end, unit, measure) of places ("up 11 places", "climbed 11 spots") and top-N ("among the
    top 15", "top-10 investors", "among the world's 15 leading trading nations", "one of the 20 largest
    economies")."""
    pl = re.match(r"^\s(?:places?|spots?|positions?|notches|notch|rungs?|steps?)\b", text[core.end :], re.I)
    if pl and has_any("places_verbs", text[max(0, core.start - 22) : core.start]):
        return core.start, core.end + pl.end(), "places", "ranking places"
    top = re.search(r"\btop[\s-]?$", text[max(0, core.start - 6) : core.start], re.I)
    among = re.search(
        r"\bamong\s+(?:the\s+)?(?:[\w-]+['’]s?\s+)?$", text[max(0, core.start - 40) : core.start], re.I
    )
    superlative = re.match(rf"^\s(?:{alt(lex()['rank_adjectives'])})\b", text[core.end :], re.I)
    start = core.start - (len(top.group(0)) if top else len(among.group(0)) if among else 0)
    if not top and not among:
        if not (
            superlative
            and core.value > 1
            and re.search(r"(?:the|['’]s)\s+$", text[max(0, core.start - 8) : core.start])
        ):
            return None
    elif not top and not superlative:
        return None
    tail = _TOP_TAIL.match(text[core.end :])
    if (
        top
        and tail
        and not any(lemma(w) in word_set("top_n_nouns") for w in re.findall(r"[a-z]+", tail.group(0).lower()))
    ):
        return None  # "top 10 events of the year" is a headline, not a position
    end = core.end + (tail.end() if tail else 0)
    noun = tail.group(0).split()[-1].lower() if tail else "position"
    value = int(core.value) if core.value.is_integer() else core.value
    return start, end, "top_n", f"top-{value} {noun}"
