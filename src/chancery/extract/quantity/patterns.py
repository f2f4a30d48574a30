"""The context rules of the quantity extractor: what a number counts, what rules it out,
its qualifier, and the rank patterns.  All word lists come from the lexicon
(``lexicon.json`` beside this module); offsets are sentence-relative.
"""

from __future__ import annotations

import functools
import re

from .context import clause_start, has_any
from .numbers import Core, lemma, lex

__all__ = ["count_head", "is_excluded", "member_body", "of_them_head", "qualifier_of", "rank_candidate", "superlative_ranks", "total_to_measure"]

_TOKEN = re.compile(r"[A-Za-z][\w'’.&-]*|[^\sA-Za-z]")


@functools.lru_cache(maxsize=1)
def _sets() -> dict[str, frozenset[str]]:
    lx = lex()
    keys = ["count_nouns", "time_nouns", "abstract_nouns", "head_stopwords", "doc_number_words", "month_words",
            "pair_determiners", "participle_modifiers"]
    out = {k: frozenset(w.lower() for w in lx[k]) for k in keys}
    out["qualifier_words"] = frozenset(w for ws in lx["qualifiers"].values() for p in ws for w in p.split())
    return out


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MORE = re.compile(r"^\s+(?:more|additional|extra|further|other|new)(?=\s+[a-z])", re.I)
# "15 members, five of them permanent members": a part counted with its own noun
_OF_THEM = re.compile(r"^\s+of\s+(?:them|these|those|which|whom)\s+(?:(?:are|were|is|was|being)\s+)?(?=[a-z])", re.I)


def of_them_head(text: str, pos: int) -> tuple[int, str] | None:
    """(head start, counted noun) of "<N> of them <noun>" at ``pos`` (after the number)."""
    m = _OF_THEM.match(text[pos:])
    if m is None:
        return None
    head = count_head(text, pos + m.end())
    return (pos + m.end(), head) if head else None


# -- what a count counts ---------------------------------------------------------------------
def count_head(text: str, pos: int) -> str | None:
    """The counted noun phrase starting at ``pos`` ("cooperation agreements", "partners").

    None when no concrete noun follows within a few words; "" when the number
    counts time ("three years") or an abstract enumeration ("four orientations").
    """
    s = _sets()
    rest = text[pos:]
    if rest[:1] == "-" and rest[1:2].isalpha():
        return ""  # three-day, two-tier, 50-year
    more = _MORE.match(rest)  # "five more large patrol vessels", "two additional ships"
    lead = more.end() if more else 0
    tokens = [(m.group(0), m.start() + lead) for m in _TOKEN.finditer(rest[lead : lead + 90])]
    words: list[tuple[str, int]] = []
    for tok, off in tokens:
        if not tok[0].isalpha():
            break
        words.append((tok.rstrip(".").rstrip("'’"), off))
        if len(words) >= 6:
            break
    lemmas = [lemma(w) for w, _ in words]
    chunk = 0  # the noun chunk: words up to a stopword ("of" inside "heads of state" is kept)
    while chunk < len(words) and chunk < 5:
        lw = words[chunk][0].lower()
        if lw in s["head_stopwords"]:
            modifier = lw in s["participle_modifiers"] and chunk + 1 < len(words) and any(
                " ".join(lemmas[chunk + 1 : chunk + 1 + n]) in s["count_nouns"] for n in (1, 2, 3)
            )  # "80,000 registered participants"
            if not modifier and not (lw == "of" and " ".join(lemmas[chunk - 1 : chunk + 2]) in s["count_nouns"] and chunk > 0):
                break
        elif chunk > 0 and lw.endswith("ly"):
            break
        chunk += 1
    def is_count(i: int) -> int:  # words a count noun starting at i spans (0: none)
        for n in (3, 2, 1):
            if i + n <= chunk and " ".join(lemmas[i : i + n]) in s["count_nouns"]:
                return n
        return 0

    def is_other(i: int) -> bool:  # a time unit or an abstract noun
        return lemmas[i] in s["time_nouns"] or words[i][0].lower() in s["time_nouns"] or lemmas[i] in s["abstract_nouns"]

    for i in range(chunk):
        n = is_count(i)
        if n:
            j = i + n - 1
            while j + 1 < chunk and is_count(j + 1):
                j += is_count(j + 1)
            end_word = words[j]
            return rest[: end_word[1] + len(end_word[0])].strip()
        if is_other(i):
            if i + 1 < chunk and (is_count(i + 1) or is_other(i + 1)):
                continue  # a modifier: "policy documents", "priority areas"
            return ""
    return None


# "the 47-member council", "a 58-member Executive Board": the number of members of a body
_MEMBER_BODY = re.compile(
    r"^-(?:member|nation|country|state)\s+(?P<body>(?:[A-Z][\w'’&-]*\s+){0,4}[A-Z][\w'’&-]*|[a-z][a-z-]+)(?![\w-])"
)


def member_body(text: str, core: Core) -> tuple[int, str] | None:
    """(phrase end, body) of "<N>-member <body>"; a lowercase body must not be a time or abstract word."""
    m = _MEMBER_BODY.match(text[core.end :])
    if m is None:
        return None
    body = m.group("body")
    s = _sets()
    if body.islower() and (body in s["head_stopwords"] or lemma(body) in s["time_nouns"] or lemma(body) in s["abstract_nouns"]):
        return None
    if not m.group(0).startswith("-member") and body.islower() and lemma(body) not in lex()["collective_bodies"]:
        return None  # "a three-nation tour", "a two-state solution": not a body's members
    return core.end + m.end(), body


# -- what rules a number out -------------------------------------------------------------------
def _prev_words(text: str, pos: int, n: int) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w.'’$€£¥-]+", text[max(0, pos - 40) : pos])][-n:]


# a scale and a currency after the number: money, whatever word comes before ("channel 3.5 trillion yen")
_MONEY_AFTER = re.compile(
    r"^\s?(?:(?:thousand|million|billion|trillion|bn|mn|tn)\s+)?(?:[A-Z]{3}\b|(?:[A-Z][a-z]+\s+)?dollars?\b|euros?\b|yen\b|yuan\b|"
    r"won\b|dong\b|rupees?\b|pounds?\b|ringgit\b|baht\b|pesos?\b|rubles?\b|roubles?\b)"
)


def is_excluded(text: str, core: Core, nxt: Core | None) -> bool:
    """Dates, years, times, terms, ranges, document numbers, phone numbers, list markers, names."""
    s = _sets()
    before, after = text[max(0, core.start - 40) : core.start], text[core.end : core.end + 40]
    v = core.value
    if core.kind == "num" and v.is_integer() and 1900 <= v <= 2100 and "," not in text[core.start : core.end]:
        if not re.search(r"[$€£¥₫]\s?$", before) and not re.match(r"^\s?(?:%|percent|per cent|[a-z]*\s?(?:USD|VND|dollars))", after):
            return True  # a year
    if re.match(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_alt(list(s['month_words']))})\b", after, re.I):
        return True  # 30 December
    if re.search(rf"\b(?:{_alt(list(s['month_words']))})\.?\s+$", before, re.I) and v <= 31:
        return True  # December 30
    if re.match(r"^\s?(?::\d|h\d\d|(?:a\.m\.|p\.m\.|am|pm|gmt|utc|hrs|o['’]clock)(?!\w))", after, re.I):
        return True  # 10:30, 9 a.m.
    if re.match(r"^\s?[-–—]\s?\d", after) or re.search(r"\d\s?[-–—]\s?$", before):
        return True  # ranges and terms: 2026-2028, 20-30%
    if re.match(r"^/\d|^-[A-Z]{2}", after) or re.search(r"\d/$", before):
        return True  # 250/2025/QH15, 59-NQ/TW, 30/12
    if re.search(r"(?:\+|\(\+?\d*\)|\d[ .])\s?$", before) or re.match(r"^ \d", after):
        return True  # phone numbers and digit groups
    if after[:1] == "-" and after[1:2].isalpha() and not re.match(r"^-(?:fold|plus|odd|thousand|million|billion|trillion)\b", after, re.I):
        return not member_body(text, core)  # three-day, two-tier (but "the 47-member council")
    prev = _prev_words(text, core.start, 2)
    if prev and (prev[-1] in s["doc_number_words"] or " ".join(prev) in s["doc_number_words"]) and not _MONEY_AFTER.match(after):
        return True  # Resolution 59, Article 5, No. 1, Group of 20, aged 75 (not "channel 3.5 trillion yen")
    if core.kind == "word" and core.value == 1 and re.match(r"^\s+of\b", after):
        return True  # one of the
    lead = text[: core.start].strip()
    if (not lead or lead in ("(", "[")) and re.match(r"^\s?[.)\]]", after):
        return True  # list markers: "1.", "(2)"
    if re.search(r"\(\s?$", before) and re.match(r"^\s?\)", after):
        return True
    m = re.search(r"(?:^|\s)([A-Z][\w-]*)\s$", before)
    measured = re.match(r"^\s?(?:%|per|pct|[a-z]{0,8}\s?(?:[A-Z]{3}\b|dollars?|euros?|yen|yuan|won|dong))", after, re.I)
    if m and core.kind == "num" and not measured and not re.search(r"['’]s?\s$", before):
        word = m.group(1).lower()
        if word not in s["qualifier_words"] and word not in s["head_stopwords"] and not _is_currency_word(word):
            return True  # "Resolution 59", "Airbus 350", "Agenda 2030"
    return False


def _is_currency_word(word: str) -> bool:
    prefixes = lex()["currency_prefixes"]
    return word.upper() in prefixes or word.capitalize() in prefixes


_PHRASAL_OVER = re.compile(
    r"\b(?:hand|turn)(?:s|ed|ing)?\s+over\s*$",
    re.I,
)


# -- qualifier -------------------------------------------------------------------------------
@functools.lru_cache(maxsize=2)
def _qualifier_re(verbs: bool) -> re.Pattern[str]:
    lx = lex()
    parts = []
    for q, phrases in lx["qualifiers"].items():
        parts.append(f"(?P<{q}>{_alt(phrases)})")
    if verbs:
        for q, phrases in lx["qualifier_verbs"].items():
            parts.append(f"(?P<v{q}>{_alt(phrases)})")
    return re.compile(rf"(?:^|(?<=[^\w]))(?:{'|'.join(parts)})\s*$", re.I)


def qualifier_of(text: str, start: int, *, verbs: bool) -> tuple[str, int]:
    """(over | nearly | about | exact, start of the qualifier) for a phrase beginning at ``start``."""
    before = text[max(0, start - 30) : start]
    m = _qualifier_re(verbs).search(before)
    if not m or _PHRASAL_OVER.search(before):  # "handed over ten aircraft" is exact
        return "exact", start
    q = next(k for k, v in m.groupdict().items() if v)
    return q.lstrip("v") if q.startswith("v") and q[1:] in ("over", "nearly") else q, start - (len(before) - m.start())


# -- ranks -----------------------------------------------------------------------------------
def _words_after(text: str, pos: int, n: int) -> str:
    stop = _sets()["head_stopwords"]
    out = []
    for m in re.finditer(r"[A-Za-z][\w'’-]*|[^\sA-Za-z]", text[pos : pos + 60]):
        w = m.group(0)
        if not w[0].isalpha() or w.lower() in stop:
            break
        out.append(w)
        if len(out) >= n:
            break
    return " ".join(out)


def rank_candidate(text: str, core: Core) -> tuple[int, int, str] | None:
    """(start, end, measure) of an ordinal used as a rank: "ranks 15th", "third-largest", "in 15th place"."""
    lx = lex()
    after = text[core.end :]
    adj = re.match(rf"^[\s-](?:{_alt(lx['rank_adjectives'])})\b", after, re.I)
    if adj:
        end = core.end + adj.end()
        noun = _words_after(text, end, 3)
        end += len(text[end:]) - len(text[end:].lstrip()) + len(noun) if noun else 0
        measure = f"{adj.group(0).strip(' -').lower()} {noun.lower()}".strip()
        return core.start, end, measure
    verb = re.search(
        rf"\b(?:(?:{_alt(lx['rank_verbs'])})\s+(?:the\s+)?|to\s+)$", text[max(0, core.start - 25) : core.start], re.I
    )
    place = re.match(r"^\s+(?:place|position|spot)\b", after, re.I)
    prev = _prev_words(text, core.start, 1)
    if verb or (place and prev[-1:] not in (["the"], ["a"])):
        end = core.end + (place.end() if place else 0)
        total = re.match(r"^\s+(?:out\s+)?of\s+(?:the\s+)?\d[\d,]*(?:\s+[a-z]+)?|^\s+among\s+\d[\d,]*(?:\s+[a-z]+)?", text[end:])
        end += total.end() if total else 0
        return (core.start - len(verb.group(0)) if verb else core.start), end, "rank"
    return None


@functools.lru_cache(maxsize=1)
def _superlative_re() -> re.Pattern[str]:
    lx = lex()
    nouns = _alt(lx["rank_nouns"])
    return re.compile(
        rf"(?:(?<=['’]s\s)|(?<=s['’]\s)|\b(?:its|their|our|his|her|the)\s+)(?:single\s+|very\s+)?"
        rf"(?P<adj>{_alt(lx['rank_adjectives'])}|No\.\s?1|number[- ]one)\s+(?:(?:foreign|trading|trade|export|"
        rf"import|development|economic|tourist|tourism|investment|security|defence|defense|arms)\s+)?"
        rf"(?P<noun>{nouns})(?:e?s)?\b",
        re.I,
    )


def superlative_ranks(text: str) -> list[tuple[int, int, str]]:
    """(start, end, measure) of rank-1 superlatives: "Vietnam's largest trading partner", "the most votes"."""
    out: list[tuple[int, int, str]] = []
    for m in _superlative_re().finditer(text):
        before = text[max(0, m.start() - 45) : m.start()].lower()
        if re.search(r"\b(?:one|some|among|of the|become|becoming|to be|aims?|seeks?|hopes?|bid)\b", before[-30:]):
            continue
        if re.search(r"\bof\s+(?:the\s+)?$", before):
            continue
        if re.match(r"the\b", m.group(0), re.I) and not re.match(r"^\s+(?:of|for|in|to)\s+(?:the\s+)?[A-Z]", text[m.end() : m.end() + 30]):
            continue  # "the largest X" needs a partner: "the largest investor in Vietnam"
        out.append((m.start(), m.end(), f"{m.group('adj').lower()} {m.group('noun').lower()}"))
    for m in re.finditer(rf"\b(?:{_alt(lex()['most_votes'])})\b", text, re.I):
        out.append((m.start(), m.end(), "vote rank"))
    return out


# -- "bringing the total number of X to 42" -----------------------------------------------------
def total_to_measure(text: str, core: Core) -> tuple[int, str] | None:
    """(phrase start, measure) for a bare number ending "the total/number of X ... to 42"."""
    lx = lex()
    quals = _alt([p for ps in lx["qualifiers"].values() for p in ps])
    window = text[max(0, core.start - 40) : core.start]
    anchor = re.search(rf"\b(?:to|at|reached|reaching|hit|totall?ed|totall?ing|of)\s+(?:(?:{quals})\s+)?$", window, re.I)
    if anchor is None or re.match(r"^\s?[A-Za-z]", text[core.end :]) and not re.match(
        r"^\s(?:in|by|this|last|as|from|after|and|compared|since|at|for|with|while|now|when|following)\b", text[core.end :]
    ):
        return None
    cs = clause_start(text, core.start)
    clause = text[cs : core.start]
    total = re.search(rf"\b(?:{_alt(lx['total_words'])})\b(?:\s+number)?(?:\s+of)?\s+(?P<what>.+)$", clause, re.I)
    if total is None or not has_any("raise_verbs", clause):
        return None
    what = total.group("what")
    what = re.split(rf"\s+(?:{_alt(lx['raise_verbs'])}|to|at|has|have|had|is|was|now)\b", what, maxsplit=1)[0]
    what = re.sub(r"^(?:the|a|an)\s+", "", what.strip(" ,")).lower()
    if total.group(0).lower().startswith("membership"):
        # "bringing ASEAN's membership to 11", "membership of the bloc rose to 27": the body's size
        owner = re.search(r"([A-Z][\w.-]*|\b[a-z]+)['’]s?\s+$", clause[: total.start()])
        what = f"{(owner.group(1) if owner else what or '').strip()} membership".strip()
    if not what or len(what) > 90:
        what = "total"
    start = core.start - (len(window) - anchor.start())
    return start, what
