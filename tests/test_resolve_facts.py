"""Resolution: mentions -> facts by canonical key, corroboration with syndicated copies folded."""

from __future__ import annotations

from pathlib import Path

import pytest

from chancery.resolve import KnowledgeBase, knowledge_base, resolve, sources_from_db
from chancery.resolve.facts import Fact
from chancery.store.database import Database

from .resolve_corpus import CP, CSP, SP, P, build


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    path = build(tmp_path_factory.mktemp("kb") / "kb.db")
    with Database(path) as db:
        return knowledge_base(db)


def one(kb: KnowledgeBase, kind: str, **fields: object) -> Fact:
    found = [f for f in kb.of_kind(kind) if all(f.get(k) == v for k, v in fields.items())]
    assert len(found) == 1, found
    return found[0]


def test_established_and_mentioned_of_one_level_are_one_fact(kb: KnowledgeBase) -> None:
    f = one(kb, "partnership", a="AUS", b="VNM", level=SP)
    assert f.get("actions") == ["established", "mentioned"]
    assert f.get("established") == [2018]
    assert f.documents == {"abc-2018", "sbs-2020"}


def test_each_level_of_a_pair_is_its_own_fact(kb: KnowledgeBase) -> None:
    levels = sorted(f.get("level") for f in kb.partnerships("VNM", "AUS"))
    assert levels == sorted([CP, SP, CSP])


def test_syndicated_copy_counts_once(kb: KnowledgeBase) -> None:
    f = one(kb, "partnership", a="AUS", b="VNM", level=CSP)
    assert f.documents == {"reuters-2024", "smh-2024", "vnx-2024"}
    assert f.originals == {"reuters-2024", "vnx-2024"}
    assert f.corroboration == 2
    assert set(f.outlets) == {"Reuters", "Sydney Morning Herald", "VnExpress"}
    assert set(f.independent_outlets) == {"Reuters", "VnExpress"}


def test_citations_prefer_originals(kb: KnowledgeBase) -> None:
    f = one(kb, "partnership", a="AUS", b="VNM", level=CSP)
    assert {s.doc for s in f.citations()} == {"reuters-2024", "vnx-2024"}


def test_quantity_phrasings_meet_under_one_measure(kb: KnowledgeBase) -> None:
    f = one(kb, "quantity", subject="VNM", measure="remittances", year=2025)
    assert set(f.get("labels")) == {"remittances", "remittance inflow", "remittances sent home"}
    assert f.corroboration == 3
    assert len(f.get("readings")) == 3


def test_hosting_phrasings_and_unknown_year_meet(kb: KnowledgeBase) -> None:
    f = one(kb, "hosting", host="VNM", event="p4g_summit")
    assert f.year == 2025  # the undated mention of a 2026 document joined the 2025 fact
    assert f.documents == {"vov-2025", "tt-2026"}


def test_election_without_term_joins_the_term_starting_next_year(kb: KnowledgeBase) -> None:
    f = one(kb, "election", actor="VNM", body="ORG:UNHRC")
    assert f.get("term") == "2026-2028"
    assert f.corroboration == 2


def test_unnamed_visitor_joins_the_single_named_one(kb: KnowledgeBase) -> None:
    f = one(kb, "visit", visitor_country="AUS", host="VNM", year=2023)
    assert f.get("visitor") == "Anthony Albanese"
    assert len(f.sources) == 2


def test_country_filter_keeps_only_its_facts(tmp_path: Path) -> None:
    path = build(tmp_path / "kb.db")
    with Database(path) as db:
        gbr = knowledge_base(db, country="GBR")
    assert gbr.facts and all("GBR" in f.actors() for f in gbr)


def test_resolution_is_order_independent(tmp_path: Path) -> None:
    path = build(tmp_path / "kb.db")
    with Database(path) as db:
        sources = list(sources_from_db(db))
    forward = {f.id: (len(f.sources), f.corroboration) for f in resolve(sources)}
    backward = {f.id: (len(f.sources), f.corroboration) for f in resolve(reversed(sources))}
    assert forward == backward


def test_year_is_not_filled_when_two_candidates_fit(tmp_path: Path) -> None:
    from .resolve_corpus import Q

    docs = [
        ("a", "A", "2024-06-01", None, [("Exports hit US$300 billion in 2024.", [Q("VNM", "exports", 3e11, "USD", "exact", 2024, "US$300 billion")])]),
        ("b", "B", "2025-06-01", None, [("Exports hit US$350 billion in 2025.", [Q("VNM", "exports", 3.5e11, "USD", "exact", 2025, "US$350 billion")])]),
        ("c", "C", "2025-02-01", None, [("Exports are above US$300 billion.", [Q("VNM", "exports", 3e11, "USD", "over", None, "US$300 billion")])]),
    ]
    with Database(build(tmp_path / "y.db", docs)) as db:
        kb = knowledge_base(db)
    years = sorted((f.year or 0, len(f.sources)) for f in kb.of_kind("quantity"))
    assert years == [(0, 1), (2024, 1), (2025, 1)]


def test_undated_figure_is_not_pinned_to_a_year(tmp_path: Path) -> None:
    from chancery.model import Document, Evidence, Mention

    def q(doc: str, value: int, year: int | None, text: str) -> Mention:
        return Mention.build(doc=doc, kind="quantity", fields={"subject": "VNM", "measure": "titles", "value": value,
                                                                "unit": "count", "qualifier": "exact", "year": year,
                                                                "text": text},
                             evidence=Evidence(0, len(text), text), confidence=0.9, extractor="t", version="1")

    with Database(tmp_path / "u.db") as db:
        db.add(Document(id="u1", text="7 titles", content_hash="h1"), [q("u1", 7, None, "7 titles")])
        db.add(Document(id="u2", text="60 titles by 2030", content_hash="h2"), [q("u2", 60, 2030, "60 titles by 2030")])
        kb = knowledge_base(db)
    assert sorted((f.year or 0, f.get("value")) for f in kb.of_kind("quantity")) == [(0, 7), (2030, 60)]


def test_new_is_part_of_a_measure() -> None:
    from chancery.resolve.normalise import normalise_measure

    assert normalise_measure("new titles").id != normalise_measure("titles").id


# -- visits joined by person, sources folded by shared sentences, ids stable ----------------------------
def _visit_doc(doc: str, sentence: str, visitor: str | None, year: int | None, published: str = "2024-03-08",
               outlet: str = "X") -> tuple:
    return (doc, outlet, published, None, [(sentence, [("visit", {
        "visitor_country": "AUS", "host": "VNM", "visitor": visitor, "year": year})])])


def test_an_undated_visit_by_a_named_person_joins_that_persons_dated_visit(tmp_path: Path) -> None:
    docs = [_visit_doc("a", "Albanese visited Hanoi in June 2023.", "Anthony Albanese", 2023),
            _visit_doc("b", "During Albanese's visit to Vietnam, the leaders agreed to upgrade ties.", "Anthony Albanese", None)]
    with Database(build(tmp_path / "k.db", docs)) as db:
        (f,) = knowledge_base(db).of_kind("visit")
    assert f.documents == {"a", "b"} and f.get("date") == "2023-06"


def test_an_undated_visit_stays_apart_when_the_person_made_two(tmp_path: Path) -> None:
    docs = [_visit_doc("a", "Albanese visited Hanoi in June 2023.", "Anthony Albanese", 2023),
            _visit_doc("b", "Albanese visited Hanoi in 2024 as well.", "Anthony Albanese", 2024),
            _visit_doc("c", "During Albanese's visit, the leaders agreed to upgrade ties.", "Anthony Albanese", None)]
    with Database(build(tmp_path / "k.db", docs)) as db:
        years = sorted(str(f.year) for f in knowledge_base(db).of_kind("visit"))
    assert years == ["2023", "2024", "None"]


def test_an_undated_unnamed_visit_is_not_a_dated_one(tmp_path: Path) -> None:
    docs = [_visit_doc("a", "Albanese visited Hanoi in June 2023.", "Anthony Albanese", 2023),
            _visit_doc("b", "Australian leaders have often visited Vietnam.", None, None)]
    with Database(build(tmp_path / "k.db", docs)) as db:
        assert len(knowledge_base(db).of_kind("visit")) == 2


def test_the_same_evidence_sentence_in_two_documents_counts_once(tmp_path: Path) -> None:
    sentence = ("The two prime ministers agreed in Canberra to raise relations to a comprehensive strategic "
                "partnership covering trade, defence, education and climate cooperation.")
    # one sentence in three papers (too short for the documents to be linked as near-duplicates)
    docs = [(d, o, "2024-03-08", None, [(text, [P("AUS", "VNM", CSP, "established", 2024)])])
            for d, o, text in [("a", "Wire A", sentence), ("b", "Paper B", sentence.replace(",", ";")),
                               ("c", "Paper C", sentence.upper())]]
    docs.append(("d", "Paper D", "2024-03-09", None, [("Australia and Vietnam lifted their ties to the top tier.",
                                                       [P("AUS", "VNM", CSP, "established", 2024)])]))
    with Database(build(tmp_path / "k.db", docs)) as db:
        (f,) = knowledge_base(db).of_kind("partnership")
    assert len(f.documents) == 4 and f.corroboration == 2


def test_fact_ids_do_not_depend_on_which_mentions_were_loaded(tmp_path: Path) -> None:
    with Database(build(tmp_path / "kb.db")) as db:
        whole = {f.id: f.corroboration for f in knowledge_base(db)}
        for country in ("VNM", "AUS", "GBR"):
            part = knowledge_base(db, country=country)
            assert {f.id: f.corroboration for f in part.involving(country)}.items() <= whole.items()
        for kind in ("quantity", "visit", "partnership"):
            assert {f.id for f in knowledge_base(db, kind=kind)} == {i for i in whole if i.startswith(kind)}
