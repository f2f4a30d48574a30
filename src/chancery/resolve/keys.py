"""The canonical key of a mention, per fact kind.

A key has two parts: a *base* (always known) and a *slot* that a mention may leave unknown
(``None``) and that resolution may fill from the other mentions of the same base
(:func:`chancery.resolve.facts.resolve`):

============  ==========================================  ====================
kind          base                                        slot
============  ==========================================  ====================
partnership   a, b (sorted), level, label (only if other)  --
visit         visitor country, host, year                 visitor (normalised)
agreement     parties (sorted)                            year
quantity      subject, canonical measure, unit            year
election      actor, body                                 term
hosting       host, canonical event                       year
============  ==========================================  ====================

Decisions:

* partnership: "established" and "mentioned" mentions of one pair and level are one fact; the
  year is not part of the key (the fact keeps every year it was established in).  A label only
  separates facts when the level is ``other`` (the framework's name is then its identity).
* visit: a visit with a named visitor and one without, same countries and year, are one fact
  when exactly one visitor is named for that base (see ``resolve``); the year is *not* filled in
  for visits (an undated "leaders of China have visited" is not last June's state visit).
* person names are compared folded and without honorifics ("Phạm Minh Chính" = "Pham Minh Chinh").
"""

from __future__ import annotations

from typing import Any

from ..model import Mention
from .normalise import Canonical, _label_only, clause_around, fold, normalise_event, normalise_measure

__all__ = ["SLOT_IS_YEAR", "MentionKey", "mention_key"]

#: kinds whose slot is a year (filled from a unique candidate of a compatible date)
SLOT_IS_YEAR = {"agreement": True, "quantity": True, "hosting": True, "election": False, "visit": False}

MentionKey = tuple[tuple[Any, ...], Any, Canonical | None]


def _person(name: Any) -> str | None:
    if not isinstance(name, str) or not name.strip():
        return None
    return fold(name).replace(".", "").strip()


def _year(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def mention_key(m: Mention) -> MentionKey | None:
    """(base, slot, canonical name) for a mention; None for kinds that make no facts (actors)."""
    f = dict(m.args)
    kind = m.kind
    if kind == "partnership":
        a, b = sorted((str(f.get("a")), str(f.get("b"))))
        level = f.get("level") or "other"
        label = fold(str(f.get("label") or "")) if level == "other" else ""
        return (kind, a, b, level, label), None, None
    if kind == "visit":
        return (kind, f.get("visitor_country"), f.get("host"), _year(f.get("year"))), _person(f.get("visitor")), None
    if kind == "agreement":
        parties = f.get("parties") or ()
        return (kind, tuple(sorted(str(p) for p in parties))), _year(f.get("year")), None
    if kind == "quantity":
        text = str(f.get("text") or "")
        measure = str(f.get("measure") or "")
        canon = _label_only(measure)
        if canon is None:
            clause = clause_around(m.evidence.text, text) if text else ""
            canon = normalise_measure(measure, text, clause, f.get("subject"), m.evidence.text)
        return (kind, f.get("subject"), canon.id, f.get("unit")), _year(f.get("year")), canon
    if kind == "election":
        term = f.get("term")
        return (kind, f.get("actor"), _body(f.get("body"))), term if isinstance(term, str) and term else None, None
    if kind == "hosting":
        canon = normalise_event(str(f.get("event") or ""))
        return (kind, f.get("host"), canon.id), _year(f.get("year")), canon
    return None


def _body(body: Any) -> str:
    if isinstance(body, str) and body.startswith("ORG:"):
        return body
    return fold(str(body or ""))
