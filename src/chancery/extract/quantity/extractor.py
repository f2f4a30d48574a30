"""Quantities: the figures diplomatic news states, each with its sentence as evidence.

What counts (CONTRACT.md): money ("US$16 billion", "VND5.3 trillion", "A$20 billion", "$150bn"),
percentages, multipliers ("2.5 times more", "threefold", "plans to double trade"), counts of concrete
things ("17 partners", "22 of 26 targets", "bringing the total to 42", "the 47-member council"),
ranks ("ranks 15th", "the largest export market"), top-N and places, targets and official
estimates.  What does not: dates, years, durations, anniversaries, terms, ages, ordinals, abstract
enumerations, vague amounts, hedged forecasts, rules and thresholds, and the exact count of documents
an agreement fact already holds as its ``count``.

The pipeline, per sentence: :mod:`.reading` finds the figure phrases (value, unit, qualifier, exact
text), :mod:`.irrealis` drops hedged figures and rules (on the parse where the sentence has one),
:mod:`.label` names the measure, :mod:`.about` finds the subject (and the ``pair`` of a bilateral
figure), :mod:`.dating` the year.  ``extract/consolidate.py`` then keeps one mention per
(document, value, unit, subject, pair) and year.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ...annotate.document import AnnotatedDocument
from ...model import Mention, Sentence
from ..common import make_mention
from .about import About, about
from .dating import year_of
from .irrealis import irrealis
from .label import Measure, measure_of
from .numbers import lemma
from .reading import Figure, read_figures

NAME = "quantity"
VERSION = "5"

__all__ = ["extract", "figures_in"]

_SIGN_CUE = re.compile(r"\b(?:sign|ink|exchang|conclu|seal|pen|initial)\w*", re.I)
_DOC_NOUN = re.compile(
    r"\b(?:agreements?|accords?|memorand\w*|mous?|mocs?|documents?|deals?|treat(?:y|ies)|protocols?|pacts?|"
    r"conventions?|declarations?|statements?|arrangements?|instruments?|ftas?|letters?\s+of\s+intent|notes?|charters?|"
    r"plans?|programmes?|programs?|frameworks?|roadmaps?|texts?)\b",
    re.I,
)
_STATES_CLASS = frozenset(
    {"country", "state", "nation", "member", "member state", "member country", "member nation", "economy"}
)


def figures_in(adoc: AnnotatedDocument, sent: Sentence) -> list[Figure]:
    """The figures of one sentence that are stated as facts."""
    parse = adoc.parse(sent)
    actors = adoc.actors_in(sent.start, sent.end)
    people = frozenset(a.start - sent.start for a in actors if a.how == "demonym")
    states = len({a.actor for a in actors if a.is_state})
    names_end = frozenset(a.end - sent.start for a in actors)
    out: list[Figure] = []
    previous: tuple[Figure, str | None] | None = None
    for fig in read_figures(sent.text, parse, sent.start, people, states, names_end):
        why = irrealis(sent.text, fig.start, fig.end, fig.pos, parse, sent.start, count=fig.unit == "count")
        if fig.unit == "count" and fig.kind == "member":
            why = None  # a body's size inside a rule is still a fact
        if fig.unit == "rank" and why == "rule":
            why = None
        if previous is not None and conversion(sent.text, previous[0], fig):
            why = previous[
                1
            ]  # "800 billion rupees ($9.75 billion)": the conversion shares the figure's status
        previous = (fig, why)
        if why == "target" and fig.unit not in ("rank", "top_n", "places"):
            out.append(replace(fig, target=True))
        elif why is None or why == "target":
            out.append(fig)
    return out


def conversion(text: str, prev: Figure, fig: Figure) -> bool:
    """``fig`` restates ``prev`` in another currency: "800 billion rupees ($9.75 billion)"."""
    return prev.unit not in ("count", "rank", "percent") and bool(
        re.fullmatch(
            r"\s*\(\s*(?:about|approximately|around|roughly|some|or\s+)?\s*", text[prev.end : fig.start]
        )
    )


def _compares(text: str, prev: Figure, fig: Figure) -> bool:
    """``fig`` is a bare multiplier right after ``prev`` ("350 agreements – 2.5 times more than ...")."""
    return (
        fig.unit == "times"
        and fig.noun == "multiplier"
        and prev.unit != "times"
        and bool(re.fullmatch(r"[\s,–—-]*(?:an?\s+|or\s+|up\s+)?", text[prev.end : fig.start]))
    )


def _agreement_counts(adoc: AnnotatedDocument, sent: Sentence) -> Callable[[Figure], bool]:
    """Whether a figure is the exact count of signed documents an agreement fact of ``sent`` holds.

    The agreement package decides what an agreement fact is; this is the one place that asks it, so
    a change there touches nothing else here.
    """
    if not _SIGN_CUE.search(sent.text):
        return lambda fig: False
    spans: list[tuple[int, int, int]] | None = (
        None  # asked for once, and only for an exact count of documents
    )

    def held(fig: Figure) -> bool:
        nonlocal spans
        if fig.unit != "count" or fig.qualifier != "exact" or not _DOC_NOUN.search(fig.noun):
            return False
        if spans is None:
            try:
                from ..agreement.extractor import counted_spans

                spans = [(int(lo), int(hi), int(n)) for lo, hi, n in counted_spans(adoc, sent)]
            except (ImportError, AttributeError, TypeError, ValueError):
                spans = []
        return any(lo <= sent.start + fig.pos < hi and fig.value <= n for lo, hi, n in spans)

    return held


def _clean_value(v: float) -> int | float:
    if abs(v - round(v)) < 1e-6 * max(1.0, abs(v)):
        return int(round(v))
    return round(v, 6)


_ADDITIVE = re.compile(
    r"\b(?:also|too|likewise|another|as\s+well|matched\s+it\s+with|followed\s+with|in\s+turn)\b", re.I
)
_SORTS = frozenset(
    {"permanent", "non-permanent", "new", "outgoing", "elected", "founding", "remaining", "other", "former"}
)


def _kind_of(label: str, unit: str) -> str:
    """What a figure counts, coarsely, so a restatement with another noun is still one figure
    ("14 member states" ... "the 14 countries"), but not another sort of the same thing ("five new
    members" ... "the five permanent members").  Amounts of money restate whatever their label."""
    if unit == "times" or unit.upper() == unit:
        return unit
    words = label.split()
    if not words:
        return ""
    sorts = " ".join(w for w in words if w in _SORTS)
    last = " ".join(lemma(w) for w in words[-2:]) if len(words) > 1 else lemma(words[-1])
    head = "states" if last in _STATES_CLASS or lemma(words[-1]) in _STATES_CLASS else lemma(words[-1])
    return f"{sorts} {head}".strip()


def extract(adoc: AnnotatedDocument) -> list[Mention]:
    out: list[Mention] = []
    seen: dict[tuple[float, str, str], list[About]] = {}  # who stated each figure in earlier sentences
    for sent in adoc.sentences:
        stated: dict[tuple[float, str, str], list[About]] = {}
        held = _agreement_counts(adoc, sent)
        parse = adoc.parse(sent)
        last: tuple[Figure, Measure, list[About]] | None = None
        for fig in figures_in(adoc, sent):
            if held(fig):
                continue
            if last is not None and conversion(sent.text, last[0], fig):
                measure, whom = last[1], last[2]  # a converted amount is about what its figure is
            elif last is not None and _compares(sent.text, last[0], fig):
                # "nearly 350 agreements, 2.5 times more than in 2024": the multiplier of that figure
                measure, whom = Measure(f"{last[1].label} multiplier", last[1].role), last[2]
            else:
                measure = measure_of(sent.text, fig)
                whom = about(adoc, sent, parse, fig, measure)
            last = (fig, measure, whom)
            key = (fig.value, fig.unit, _kind_of(measure.label, fig.unit))
            anaphoric = bool(
                re.search(
                    r"\b(?:these|those|the\s+same)\s+$", sent.text[max(0, fig.start - 12) : fig.start], re.I
                )
            )
            additive = bool(_ADDITIVE.search(sent.text[max(0, fig.start - 50) : fig.start]))
            for who in whom:
                if any(_restates(who, e) for e in seen.get(key, [])) and not (
                    additive and who.subject is not None
                ):
                    continue  # the same figure told again in the story ("Germany also committed ...": another one)
                if anaphoric and any(k[0] == fig.value and k[1] == fig.unit for k in seen):
                    continue  # "these four judges": the four already counted
                stated.setdefault(key, []).append(who)
                fields: dict[str, object] = {
                    "subject": who.subject,
                    "measure": measure.label,
                    "value": _clean_value(fig.value),
                    "unit": fig.unit,
                    "qualifier": fig.qualifier,
                    "year": year_of(adoc, sent, parse, fig, standing=measure.role in ("members", "rank")),
                    "text": sent.text[fig.start : fig.end],
                }
                if who.pair is not None:
                    fields["pair"] = list(who.pair)
                out.append(
                    make_mention(
                        adoc, sent, NAME, fields, confidence=fig.confidence, extractor=NAME, version=VERSION
                    )
                )
        for key, whos in stated.items():
            seen.setdefault(key, []).extend(whos)
    return out


def _restates(new: About, old: About) -> bool:
    """A later mention of a figure already stated, unless two different actors (or pairs) state it
    ("Japan pledged $50 million. South Korea also committed $50 million.")."""
    if new.subject is not None and old.subject is not None:
        return new.subject == old.subject
    if new.pair is not None and old.pair is not None:
        return new.pair == old.pair
    return True
