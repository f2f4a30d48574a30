"""Near-duplicate links do not depend on the order documents are stored in; a replaced text is
relinked; the migration that brought the band index relinks an older database the same way."""

from __future__ import annotations

import itertools
import random
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from chancery import Database
from chancery.api import make_document
from chancery.model import Document
from chancery.store.near_links import order_key, rebuild_links

WORDS = ("ministers agreed to expand cooperation on trade energy education fisheries health logistics tourism "
         "digital climate water space research farming ports rail delegation summit leaders talks investment "
         "security maritime defence culture exchange students visas aviation shipping textiles coffee rice "
         "bridge railway solar wind hydrogen vaccine hospital university scholarship museum festival").split()


def _base(seed: int) -> str:
    """Ten sentences of twelve words each from a vocabulary of our own (a story of its own per seed)."""
    rng = random.Random(seed)
    return " ".join(" ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + "." for _ in range(10))


def _edit(text: str, k: int) -> str:
    words = text.split()
    words[10 + 7 * k] = f"edited{k}"
    return " ".join(words)


def _family() -> list[Document]:
    """Two stories, each with near-copies (one dated), and one unrelated text."""
    docs = []
    for story in (1, 2):
        base = _base(story)
        docs.append(make_document(base, doc_id=f"s{story}-original", published=date(2024, 1, story)))
        for k in range(3):
            docs.append(make_document(_edit(base, k), doc_id=f"s{story}-copy{k}"))
    docs.append(make_document(_base(99), doc_id="other"))
    return docs


def _links(db: Database) -> dict[str, tuple[str | None, float | None]]:
    return {r[0]: (r[1], r[2]) for r in db.conn.execute("SELECT id, duplicate_of, similarity FROM documents")}


def test_links_point_to_the_earliest_near_copy(tmp_path: Path) -> None:
    with Database(tmp_path / "a.db") as db:
        for d in _family():
            db.add(d, [])
        links = _links(db)
    for story in (1, 2):
        assert links[f"s{story}-original"] == (None, None)  # dated: before every undated copy
        assert all(links[f"s{story}-copy{k}"][0] is not None for k in range(3))
        assert all(links[f"s{story}-copy{k}"][0].startswith(f"s{story}-") for k in range(3))  # type: ignore[union-attr]
    assert links["other"] == (None, None)


@pytest.mark.parametrize("seed", range(6))
def test_any_order_gives_the_same_links(tmp_path: Path, seed: int) -> None:
    docs = _family()
    with Database(tmp_path / "ref.db") as db:
        for d in docs:
            db.add(d, [])
        expected = _links(db)
    random.Random(seed).shuffle(docs)
    with Database(tmp_path / "shuffled.db") as db:
        for d in docs:
            db.add(d, [])
        assert _links(db) == expected


def test_a_replaced_original_is_relinked(tmp_path: Path) -> None:
    with Database(tmp_path / "r.db") as db:
        for d in _family():
            db.add(d, [])
        db.add(make_document(_base(50), doc_id="s1-original", published=date(2024, 1, 1)), [], replace=True)
        links = _links(db)
        assert all(links[f"s1-copy{k}"][0] != "s1-original" for k in range(3))
        assert links["s1-original"] == (None, None)
        fresh = tmp_path / "fresh.db"
        with Database(fresh) as other:
            for d in _family()[1:]:
                other.add(d, [])
            other.add(make_document(_base(50), doc_id="s1-original", published=date(2024, 1, 1)), [])
            assert _links(other) == links


def test_rebuilding_gives_what_adding_gave(tmp_path: Path) -> None:
    with Database(tmp_path / "b.db") as db:
        for d in _family():
            db.add(d, [])
        before = _links(db)
        bands = sorted(tuple(r) for r in db.conn.execute("SELECT * FROM near_bands"))
        db.conn.execute("BEGIN IMMEDIATE")
        rebuild_links(db.conn, db.settings.near_duplicate_threshold)
        db.conn.execute("COMMIT")
        assert _links(db) == before
        assert sorted(tuple(r) for r in db.conn.execute("SELECT * FROM near_bands")) == bands


def test_a_database_from_before_the_band_index_is_migrated_and_relinked(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Database(path) as db:
        for d in _family():
            db.add(d, [])
        expected = _links(db)
    with sqlite3.connect(path) as conn:  # undo migration 0003 as an older chancery left the file
        conn.execute("DROP TABLE near_bands")
        conn.execute("DROP INDEX documents_duplicate_of")
        conn.execute("DELETE FROM _migrations WHERE name = '0003_near_bands'")
        conn.execute("UPDATE documents SET duplicate_of = NULL, similarity = NULL")
    with Database(path) as db:
        assert _links(db) == expected


@pytest.mark.parametrize("a, b", list(itertools.combinations([("2024-01-02", "a"), ("2024-01-01", "z"),
                                                              (None, "b"), (None, "a")], 2)))
def test_document_order(a: tuple[str | None, str], b: tuple[str | None, str]) -> None:
    rank = {("2024-01-01", "z"): 0, ("2024-01-02", "a"): 1, (None, "a"): 2, (None, "b"): 3}
    assert (order_key(*a) < order_key(*b)) == (rank[a] < rank[b])
