"""One line of plain English per fact, for tables and lists: names, not codes; levels as words.

    partnership  Australia-Vietnam: comprehensive strategic partnership (established 7 March 2024)
    visit        Anthony Albanese (Australia) visited Vietnam, June 2023
    agreement    India-Vietnam: 12 agreements signed, 2016
    quantity     Vietnam: remittances (2025): over US$16 billion
    election     Vietnam elected to the United Nations Human Rights Council for 2026-2028
    hosting      Vietnam hosted the P4G Summit, April 2025
"""

from __future__ import annotations

from .conflicts import figure_subject, format_value
from .dates import EventDate
from .facts import Fact
from .levels import level_name
from .names import actor_name, actor_phrase

__all__ = ["describe", "when_text"]


def when_text(f: Fact) -> str:
    """'10 September 2023', 'June 2023', '2016' or ''."""
    when = f.date or (EventDate.of(f.year) if f.year else None)
    return when.human() if when else ""


def _qualified(value: object, qualifier: str, unit: str | None) -> str:
    words = {"over": "over ", "nearly": "nearly ", "about": "about "}
    return f"{words.get(qualifier, '')}{format_value(value, unit)}"


def describe(f: Fact) -> str:
    """A plain-English line for a fact."""
    when = when_text(f)
    at = f", {when}" if when else ""
    if f.kind == "partnership":
        pair = f"{actor_name(f.get('a'))}-{actor_name(f.get('b'))}"
        level = level_name(f.get("level"), f.get("label"))
        notes = []
        on = f.get("established_on") or {}
        for y in f.get("established") or []:
            d = EventDate.parse(on.get(str(y))) or EventDate.of(y)
            notes.append(f"established {d.human()}")
        notes += [f"in place since {y}" for y in f.get("since") or [] if y not in (f.get("established") or [])]
        if not notes and "established" in (f.get("actions") or []):
            notes.append("established, date not stated")
        return f"{pair}: {level}" + (f" ({'; '.join(notes)})" if notes else "")
    if f.kind == "visit":
        who = f.get("visitor")
        visitor = f"{who} ({actor_name(f.get('visitor_country'))})" if who else \
            f"A leader of {actor_phrase(f.get('visitor_country'))}"
        return f"{visitor} visited {actor_phrase(f.get('host'))}{at}"
    if f.kind == "agreement":
        parties = "-".join(actor_name(p) for p in f.get("parties") or []) or "parties not identified"
        count = f.get("count")
        what = f"{count} agreements signed" if isinstance(count, int) and count != 1 else "agreement signed"
        return f"{parties}: {what}{at}"
    if f.kind == "quantity":
        reading = _qualified(f.get("value"), str(f.get("qualifier") or "exact"), f.get("unit"))
        others = len(f.get("readings") or []) - 1
        return f"{figure_subject(f)}: {reading}" + (f" (and {others} other reading{'s' if others > 1 else ''})"
                                                    if others > 0 else "")
    if f.kind == "election":
        body = f.get("body")
        name = (actor_phrase(body) if str(body).startswith("ORG:") else f"the {body}") if body else None
        term = f" for {f.get('term')}" if f.get("term") else ""
        return f"{actor_name(f.get('actor'))} elected" + (f" to {name}" if name else " (body not identified)") + term + at
    if f.kind == "hosting":
        return f"{actor_name(f.get('host'))} hosted {f.get('event_name')}{at}"
    return f.kind
