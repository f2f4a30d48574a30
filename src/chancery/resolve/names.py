"""Readable names for actor ids, from the packaged gazetteer.

States: the gazetteer's name ("United Kingdom"; "Vietnam" for VNM: its English spelling is
preferred over "Viet Nam" when the gazetteer lists both).  Bodies: the first, fullest surface of
``orgs.tsv`` ("United Nations Human Rights Council").  Unknown ids are returned as they are.
"""

from __future__ import annotations

import csv
import functools
from importlib import resources

__all__ = ["actor_name", "actor_phrase"]

# state names that take "the" inside a sentence ("visited the United States")
_THE = {"Netherlands", "Philippines", "Maldives", "Bahamas", "Comoros", "Seychelles", "Gambia", "Holy See",
        "Czech Republic", "Central African Republic", "Dominican Republic", "Solomon Islands", "Marshall Islands",
        "Cook Islands", "Democratic Republic of the Congo", "Republic of the Congo", "Vatican"}


@functools.lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    out: dict[str, str] = {}
    for fname in ("countries.tsv", "orgs.tsv"):
        path = resources.files("chancery.data").joinpath("gazetteer", fname)
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as fh:
            rows = csv.reader((ln for ln in fh if ln.strip() and not ln.startswith("#")), delimiter="\t",
                              quoting=csv.QUOTE_NONE)
            for row in rows:
                if fname == "orgs.tsv" and len(row) >= 2 and row[0].startswith("ORG:"):
                    out.setdefault(row[0], row[1])
                elif len(row) >= 3 and row[1] == "name" and len(row[0]) == 3 and row[0].isupper():
                    # prefer a plain-ASCII one-word spelling ("Vietnam") over the first listed
                    cur = out.get(row[0])
                    if cur is None or (" " in cur and " " not in row[2] and row[2].isascii()
                                       and row[2].replace(" ", "").lower() == cur.replace(" ", "").lower()):
                        out[row[0]] = row[2]
    return out


def actor_name(actor: str | None) -> str:
    if not actor:
        return "unknown"
    return _names().get(actor, actor.removeprefix("ORG:"))


def actor_phrase(actor: str | None) -> str:
    """The name as it reads inside a sentence: "the United States", "the European Union", "Japan"."""
    name = actor_name(actor)
    if not actor:
        return name
    if actor.startswith("ORG:"):
        return f"the {name}" if len(name.split()) > 1 and not name.startswith("the ") else name
    if name in _THE or name.startswith(("United ", "Republic ", "Kingdom ", "State of ", "Federated ")):
        return f"the {name}"
    return name

