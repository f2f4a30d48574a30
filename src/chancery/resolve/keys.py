"""The canonical key of a mention, per fact kind.

A key has two parts: a *base* (always known) and a *slot* that a mention may leave unknown
(``None``) and that resolution may fill from the other mentions of the same base
(:func:`chancery.resolve.facts.resolve`):

============  ===================================================  ===========================
kind          base                                                 slot
============  ===================================================  ===========================
partnership   a, b (sorted), level, label (only if other)          --
visit         visitor country, host                                (year, visitor normalised)
agreement     parties (sorted)                                     year
quantity      subject or pair, canonical measure, facet, period,   year
              unit (:mod:`chancery.resolve.figures`)
election      actor, body                                          term
hosting       host, canonical event                                year
============  ===================================================  ===========================

Years come from the event's date (:func:`chancery.resolve.dates.mention_date`: the mention's
``date``, else its ``year``), never from the publication date.

Decisions:

* partnership: "established" and "mentioned" mentions of one pair and level are one fact; the
  year is not part of the key (the fact keeps every date it was established on).  A label only
  separates facts when the level is ``other`` (the framework's name is then its identity).
* visit: one person, one host, one year is one visit.  Filling (see ``facts``): an undated visit
  by a named person joins that person's one dated visit to the host; a dated visit with no named
  visitor joins the one named visit of that year; an undated visit with no named visitor stays
  apart (an undated "leaders of China have visited" is not last June's state visit).
* election: a body that is not a body (a description the extractor cut from the wrong place,
  "in June 2019 with 192 of 193 votes") is *not identified*; such an election is kept to its
  document.
* person names are compared folded and without honorifics ("Phạm Minh Chính" = "Pham Minh Chinh").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .figures import DocContext, figure_of
from .normalise import fold, normalise_event

if TYPE_CHECKING:
    from .facts import Source

__all__ = ["SLOT_IS_YEAR", "MentionKey", "clean_body", "source_key"]

#: kinds whose slot is a year (filled from a unique candidate of a compatible date)
SLOT_IS_YEAR = {"agreement": True, "quantity": True, "hosting": True, "election": False, "visit": False}

MentionKey = tuple[tuple[Any, ...], Any, Any]

_NOT_A_BODY = re.compile(r"^(?:in|on|at|with|by|for|from|during|after|before|since|when|as|to\s+the\s+(?:19|20)\d\d)\b"
                         r"|^\W|^\d", re.IGNORECASE)


def _person(name: Any) -> str | None:
    if not isinstance(name, str) or not name.strip():
        return None
    return fold(name).replace(".", "").strip()


def _year(s: Source) -> int | None:
    when = s.when
    return when.year if when is not None else None


def clean_body(body: Any) -> str | None:
    """An election's body: an ORG id, a description of a post, or None when it is not one."""
    if isinstance(body, str) and body.startswith("ORG:"):
        return body
    text = " ".join(str(body or "").split())
    if not text or _NOT_A_BODY.search(text) or len(text.split()) > 12:
        return None
    return text


def source_key(s: Source, ctx: DocContext | None = None) -> MentionKey | None:
    """(base, slot, detail) for a source; None for kinds that make no facts (actors).

    ``detail`` is what the fact shows beyond the key: the canonical event of a hosting fact, the
    :class:`~chancery.resolve.figures.Figure` of a quantity.
    """
    m = s.mention
    f = dict(m.args)
    kind = m.kind
    if kind == "partnership":
        a, b = sorted((str(f.get("a")), str(f.get("b"))))
        level = f.get("level") or "other"
        label = fold(str(f.get("label") or "")) if level == "other" else ""
        return (kind, a, b, level, label), None, None
    if kind == "visit":
        return (kind, f.get("visitor_country"), f.get("host")), (_year(s), _person(f.get("visitor"))), None
    if kind == "agreement":
        parties = f.get("parties") or ()
        return (kind, tuple(sorted(str(p) for p in parties))), _year(s), None
    if kind == "quantity":
        fig = figure_of(s, ctx)
        return (kind, fig.about, fig.measure.id, fig.facet, fig.period, f.get("unit")), _year(s), fig
    if kind == "election":
        term = f.get("term")
        body = clean_body(f.get("body"))
        body_key = body if body and body.startswith("ORG:") else fold(body) if body else f"?{s.origin}"
        return (kind, f.get("actor"), body_key), term if isinstance(term, str) and term else None, None
    if kind == "hosting":
        canon = normalise_event(str(f.get("event") or ""))
        return (kind, f.get("host"), canon.id), _year(s), canon
    return None
