"""Actors: every state and international body a document names (one line per document).

States count when named, by demonym, or by a capital used for the government
("Washington said"); a capital that is only a place ("talks in Hanoi") does
not count, nor do persons' countries.
"""

from __future__ import annotations

from ...annotate.document import AnnotatedDocument
from ...model import Evidence, Mention

NAME = "actors"
VERSION = "1"

__all__ = ["extract"]


def extract(adoc: AnnotatedDocument) -> list[Mention]:
    countries = sorted({a.actor for a in adoc.actors if a.is_state and a.how != "city"})
    orgs = sorted({a.actor for a in adoc.actors if not a.is_state})
    if not countries and not orgs:
        return []
    text = adoc.text
    return [
        Mention.build(
            doc=adoc.doc.id,
            kind="actors",
            fields={"countries": countries, "orgs": orgs},
            evidence=Evidence(0, len(text), text),
            confidence=0.9,
            extractor=NAME,
            version=VERSION,
        )
    ]
