"""What a figure measures: a short readable label and the role that says whose figure it is.

Money and percentages take their label from ``measures.tsv`` (the nearest measure phrase in the
figure's clause: "two-way trade", "remittances", "foreign direct investment", "GDP growth"), with
the change a percentage states ("exports increase" for "exports rose 12%").  Counts are labelled by
what they count ("member states", "votes", "delegates"), ranks by the thing ranked ("largest export
market").  A label is at most four words and never a sentence fragment.

The role (``own``, ``inflow``, ``given``, ``pair`` from the table; ``members``, ``votes``,
``count``, ``rank`` for counts and ranks) tells :mod:`.about` where to look for the figure's subject.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from .excluded import clause_start
from .numbers import lemma, lex
from .reading import Figure

__all__ = ["Measure", "measure_of", "measure_phrases"]


@dataclass(frozen=True)
class Measure:
    label: str
    role: str  # own | inflow | given | pair | members | votes | count | rank | times


@functools.lru_cache(maxsize=1)
def measure_phrases() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One pattern for every measure phrase, and phrase -> (label, role)."""
    table: dict[str, tuple[str, str]] = {}
    path = resources.files("chancery.extract.quantity").joinpath("measures.tsv")
    rows = [r for r in path.read_text(encoding="utf-8").splitlines() if r.strip() and not r.startswith("#")]
    for row in rows[1:]:
        label, role, phrases = row.split("\t")
        for p in phrases.split("|"):
            table.setdefault(p.strip().lower(), (label, role))
    alt = "|".join(re.escape(p) for p in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.I), table


def _near(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The measure phrase nearest the figure in its clause (before it, or just after it); the
    generic "value"/"worth" only when the clause names no other measure."""
    rx, table = measure_phrases()
    cs = clause_start(text, start)
    if cs > 0 and re.search(r"\b(?:which|that)\s*$", text[:cs]):
        cs = clause_start(text, max(0, cs - 8))  # "bilateral trade, which was valued at ...": the noun before
    best: tuple[int, str] | None = None
    for m in rx.finditer(text, max(cs, start - 100), start):
        if best is None or table[m.group(0).lower()][0] != "value" or table[best[1].lower()][0] == "value":
            best = (start - m.end(), m.group(0))
    after = rx.search(text, end, min(len(text), end + 45))
    if (
        after
        and not re.search(r"[;:]|\band\b", text[end : after.start()])
        and (best is None or after.start() - end < best[0] // 2 + 4)
    ):
        best = (after.start() - end, after.group(0))
    return table[best[1].lower()] if best else None


_CHANGE = re.compile(
    r"\b(\w+)\s+(?:by\s+)?(?:(?:nearly|almost|about|around|some|over|more\s+than|roughly)\s+)?$", re.I
)


def _percent(text: str, fig: Figure) -> Measure:
    found = _near(text, fig.start, fig.end)
    verb = _CHANGE.search(text[max(0, fig.start - 30) : fig.start])
    change = lex()["growth_verbs"].get(verb.group(1).lower()) if verb else None
    noun = re.match(
        r"^\s+(increase|rise|growth|decline|drop|fall|decrease|jump|reduction|cut)\b", text[fig.end :], re.I
    )
    if noun and change is None:  # "a 6% increase"
        change = {
            "rise": "increase",
            "jump": "increase",
            "drop": "decrease",
            "fall": "decrease",
            "decline": "decrease",
            "cut": "reduction",
        }.get(noun.group(1).lower(), noun.group(1).lower())
    if found is None:
        return Measure(change or ("share" if not fig.target else "target"), "own")
    label, role = found
    if change and label not in ("GDP growth", "share", "turnout"):
        label = f"{label} {change}"
    return Measure(label + (" target" if fig.target and "target" not in label else ""), role)


def _count_label(noun: str) -> str:
    words = re.sub(r"[^\w\s.'’-]", " ", noun.lower()).split()
    words = [
        w for w in words if w not in ("more", "additional", "extra", "further", "other", "the", "a", "an")
    ]
    if "of" in words[1:]:  # "heads of state", "members of parliament": keep the phrase
        return " ".join(words[-4:])
    if ("and" in words or "or" in words) and len(words) <= 4:  # "bilateral and multilateral events"
        return " ".join(words)
    words = words[-3:]
    while words[:-1] and words[0] in ("and", "or"):
        words = words[1:]
    return " ".join(words) if words else "items"


def _count_role(label: str) -> str:
    words = [lemma(w) for w in label.split()]
    if not words:
        return "count"
    if words[-1] in ("vote", "ballot") or "vote" in words[-2:]:
        return "votes"
    if words[-1] in ("member", "seat") or (len(words) > 1 and words[-2] == "member"):
        return "members"
    if label.startswith(("members of", "seats of")) or label.endswith("membership"):
        return "members"
    return "count"


# what a body is made of: "the council comprises 47 states", "a body made up of 47 States"
_COMPOSED = re.compile(
    r"\b(?:comprises?|comprising|consists?\s+of|consisting\s+of|made\s+up\s+of|composed\s+of|"
    r"brings\s+together|groups|grouping|unites|membership\s+of|"
    r"the\s+(?:bloc|group|grouping|alliance|union|organi[sz]ation|club|forum)\s+of)\s+(?:all\s+|its\s+|the\s+)?$",
    re.I,
)


def measure_of(text: str, fig: Figure) -> Measure:
    """The label and role of a figure of sentence ``text``."""
    if fig.unit == "percent":
        return _percent(text, fig)
    if fig.unit == "times":
        inside = measure_phrases()[0].search(text, fig.pos, fig.end)  # "double its trade flow"
        found = measure_phrases()[1][inside.group(0).lower()] if inside else _near(text, fig.start, fig.end)
        return Measure(f"{found[0]} multiplier" if found else "multiplier", found[1] if found else "times")
    if fig.unit in ("rank", "top_n", "places"):
        return Measure(_count_label(fig.noun) if fig.noun not in ("", "rank") else "rank", "rank")
    if fig.unit == "count":
        label = "members" if fig.kind == "member" and fig.noun.startswith("members") else fig.noun
        part = re.match(
            r"^\s+(?:(?:are|were|is|was|come|came)\s+)?from\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})",
            text[fig.pos :][len(text[fig.pos : fig.end].split()[0]) :],
        )
        if fig.kind == "elliptic" and part:  # "two are from Africa, one from Latin America"
            return Measure(
                f"{_count_label(fig.noun)} from {part.group(1)}", _count_role(_count_label(fig.noun))
            )
        label = "seats" if fig.kind == "member" and fig.noun.startswith("seats") else label
        label = _count_label(label) if fig.kind != "total" else label
        role = (
            "members"
            if fig.kind == "member" or _COMPOSED.search(text[max(0, fig.start - 40) : fig.start])
            else _count_role(label)
        )
        return Measure(label, role)
    found = _near(text, fig.start, fig.end)
    if found is None:
        return Measure("target" if fig.target else "amount", "own")
    label, role = found
    return Measure(label + (" target" if fig.target and "target" not in label else ""), role)
