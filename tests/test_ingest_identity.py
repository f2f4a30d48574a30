"""Document ids never collide silently: a second text under a held id gets id~hash; the same text
keeps its id; replacing a stored text takes replace=True."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from chancery import Database, ingest, iter_extract
from chancery.api import make_document
from chancery.errors import IdCollisionError
from chancery.ingest.identity import DocumentIds, candidate_ids

A = "Vietnam and Japan upgraded ties to a comprehensive strategic partnership in 2023."
B = "India and Brazil signed three agreements on energy in 2024."
C = "Kenya hosted the regional climate summit in 2022."


def _doc(text: str, doc_id: str = "report"):  # type: ignore[no-untyped-def]
    return make_document(text, doc_id=doc_id)


def test_first_text_keeps_the_id_a_second_gets_its_hash() -> None:
    ids = DocumentIds()
    a, b = _doc(A), _doc(B)
    assert ids.place(a).doc.id == "report"
    placed = ids.place(b)
    assert placed.doc.id == f"report~{b.content_hash[:8]}" and placed.taken == "report" and placed.status == "new"


def test_the_same_text_again_keeps_its_id() -> None:
    ids = DocumentIds()
    ids.place(_doc(A))
    again = ids.place(_doc(A))
    assert again.doc.id == "report" and again.status == "same"


def test_a_renamed_text_finds_its_own_id_again() -> None:
    ids = DocumentIds()
    ids.place(_doc(A))
    first = ids.place(_doc(B)).doc.id
    assert ids.place(_doc(B)).doc.id == first


@pytest.mark.parametrize("order", list(itertools.permutations([A, B, C])))
def test_each_text_under_one_id_is_told_apart_in_any_order(order: tuple[str, ...]) -> None:
    ids = DocumentIds()
    placed = [ids.place(_doc(t)).doc for t in order]
    assert len({d.id for d in placed}) == 3
    assert placed[0].id == "report"
    assert all(d.id == f"report~{d.content_hash[:8]}" for d in placed[1:])


def test_longer_hashes_when_the_short_one_is_taken() -> None:
    b = _doc(B)
    taken = {"report": "x", f"report~{b.content_hash[:8]}": "y"}
    assert DocumentIds(stored=taken.get).place(b).doc.id == f"report~{b.content_hash[:16]}"
    every = {cid: "z" for cid in candidate_ids("report", b.content_hash)}
    with pytest.raises(IdCollisionError):
        DocumentIds(stored=every.get).place(b)


def test_replace_takes_a_stored_id_but_never_one_of_the_batch() -> None:
    a, b = _doc(A), _doc(B)
    stored = {"report": a.content_hash}
    assert DocumentIds(stored=stored.get).place(b, replace=True).status == "replace"
    ids = DocumentIds()
    ids.place(a)
    assert ids.place(b, replace=True).doc.id != "report"


def test_extract_gives_colliding_sources_distinct_ids(tmp_path: Path) -> None:
    for folder, text in (("a", A), ("b", B)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(text, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "w", "text": A}) + "\n" + json.dumps({"id": "w", "text": C})
                                         + "\n", encoding="utf-8")
    docs = [ex.document.id for ex in iter_extract([tmp_path]) if ex.document]
    assert docs[0] == "report" and docs[1].startswith("report~")
    assert "w" in docs and any(d.startswith("w~") for d in docs)


def test_ingest_never_overwrites_without_replace(tmp_path: Path) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "report.txt").write_text(A, encoding="utf-8")
    (tmp_path / "two" / "report.txt").write_text(B, encoding="utf-8")
    with Database(tmp_path / "x.db") as db:
        ingest([tmp_path / "one"], db)
        mentions = db.counts()
        report = ingest([tmp_path / "two"], db)  # a later run, another source with the stored id
        assert report.renamed and report.renamed[0].taken == "report"
        assert db.document("report").text == A  # type: ignore[union-attr]
        assert ingest([tmp_path / "two"], db).count("unchanged") == 1  # and again: nothing changes
        replaced = ingest([tmp_path / "two"], db, replace=True)
        # the text is stored already (under report~...), so --replace does not store it twice
        assert replaced.count("unchanged") == 1 and db.document("report").text == A  # type: ignore[union-attr]
        (tmp_path / "two" / "report.txt").write_text(C, encoding="utf-8")
        assert ingest([tmp_path / "two"], db, replace=True).count("updated") == 1
        assert db.document("report").text == C  # type: ignore[union-attr]
        assert db.counts()["documents"] == mentions["documents"] + 1


def test_an_id_taken_by_another_writer_meanwhile_moves_to_the_next(tmp_path: Path) -> None:
    """Between choosing an id and storing, another process stores a different text under it."""
    from chancery.pipeline import _store

    with Database(tmp_path / "race.db") as db:
        ids = DocumentIds(stored=db.stored_hash)
        mine = ids.place(_doc(B))
        assert mine.doc.id == "report"
        db.add(_doc(C), [])  # the other writer
        result = _store(db, ids, mine.doc, [], mine)
        assert result.status == "added" and result.doc_id == f"report~{mine.doc.content_hash[:8]}"
        assert db.document("report").text == C  # type: ignore[union-attr]
