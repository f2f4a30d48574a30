"""A knowledge-base test corpus built from Mention objects (no extractor involved).

Several outlets, a syndicated near-copy, contradicting figures, an upgrade sequence for one pair
(Vietnam-Australia: comprehensive partnership 2009 -> strategic 2018 -> comprehensive strategic
2024), partnership-level conflicts, visits, agreements, an election and hosted summits.

Each document is a list of (sentence, [(kind, fields), ...]): the evidence of every mention is
the span of its sentence in the document text, as the extractors write it.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import Any

from chancery.model import Document, Evidence, Mention
from chancery.store.database import Database

Spec = list[tuple[str, list[tuple[str, dict[str, Any]]]]]

# shared filler so the syndicated copy is long enough for the near-duplicate detector
_REUTERS_BODY = (
    "Vietnam and Australia upgraded relations to a comprehensive strategic partnership in 2024. "
    "The announcement came during talks in Canberra between the two prime ministers, who pledged to "
    "expand cooperation in trade, education, critical minerals, climate action and maritime security. "
    "Officials said the new framework would guide a series of joint programmes over the next decade, "
    "including scholarships, energy transition projects and a dialogue on regional security matters."
)


def P(a: str, b: str, level: str, action: str = "mentioned", year: int | None = None, label: str | None = None
      ) -> tuple[str, dict[str, Any]]:
    x, y = sorted((a, b))
    return "partnership", {"a": x, "b": y, "level": level, "label": label, "action": action, "year": year}


def Q(subject: str | None, measure: str, value: float, unit: str, qualifier: str, year: int | None, text: str
      ) -> tuple[str, dict[str, Any]]:
    return "quantity", {"subject": subject, "measure": measure, "value": value, "unit": unit,
                        "qualifier": qualifier, "year": year, "text": text}


CSP = "comprehensive_strategic_partnership"
SP = "strategic_partnership"
CP = "comprehensive_partnership"

DOCS: list[tuple[str, str, str, str | None, Spec]] = [
    # id, outlet, published, url, sentences
    ("vna-2009", "VNA", "2009-09-07", "https://vna.example/2009/au", [
        ("Vietnam and Australia established a comprehensive partnership in 2009.", [P("VNM", "AUS", CP, "established", 2009)]),
    ]),
    ("abc-2018", "ABC", "2018-03-16", "https://abc.example/2018/vn", [
        ("Australia and Vietnam elevated their ties from a comprehensive partnership to a strategic partnership in 2018.",
         [P("AUS", "VNM", SP, "established", 2018), P("AUS", "VNM", CP)]),
    ]),
    ("sbs-2020", "SBS", "2020-05-01", None, [
        ("The strategic partnership between Australia and Vietnam keeps growing.", [P("AUS", "VNM", SP)]),
    ]),
    ("reuters-2024", "Reuters", "2024-03-07", "https://reuters.example/2024/vn-au", [
        (_REUTERS_BODY.split(". ")[0] + ".", [P("VNM", "AUS", CSP, "established", 2024)]),
        (_REUTERS_BODY.split(". ", 1)[1], []),
    ]),
    ("smh-2024", "Sydney Morning Herald", "2024-03-08", "https://smh.example/2024/vn-au", [
        (_REUTERS_BODY.split(". ")[0] + ".", [P("VNM", "AUS", CSP, "established", 2024)]),
        (_REUTERS_BODY.split(". ", 1)[1].replace("Officials said", "Diplomats said"), []),
    ]),
    ("vnx-2024", "VnExpress", "2024-03-09", None, [
        ("Hanoi and Canberra have lifted their relationship to a comprehensive strategic partnership, the highest tier.",
         [P("VNM", "AUS", CSP, "established", 2024)]),
    ]),
    ("history-2023", "Nikkei", "2023-06-04", None, [
        ("Australian Prime Minister Anthony Albanese visited Vietnam in June 2023.",
         [("visit", {"visitor_country": "AUS", "host": "VNM", "visitor": "Anthony Albanese", "year": 2023, "cameo": "042"})]),
        ("Vietnam hosted the Australian leader for talks in Hanoi this year.",
         [("visit", {"visitor_country": "AUS", "host": "VNM", "visitor": None, "year": 2023})]),
    ]),
    ("p5-old", "Xinhua", "2008-05-30", None, [
        ("China and Vietnam set up a comprehensive strategic cooperative partnership in 2008.",
         [P("CHN", "VNM", CSP, "established", 2008)]),
        ("Russia and Vietnam upgraded ties to a comprehensive strategic partnership in 2012.",
         [P("RUS", "VNM", CSP, "established", 2012)]),
    ]),
    ("p5-new", "AP", "2024-10-07", None, [
        ("The United States and Vietnam established a comprehensive strategic partnership in 2023.",
         [P("USA", "VNM", CSP, "established", 2023)]),
        ("France and Vietnam elevated ties to a comprehensive strategic partnership in 2024.",
         [P("FRA", "VNM", CSP, "established", 2024)]),
    ]),
    ("vov-2025", "VOV", "2025-12-31", "https://vov.example/2025/review", [
        (("By establishing a comprehensive strategic partnership with the UK in 2025, Vietnam now has such a "
          "partnership with all five permanent members of the UN Security Council."),
         [P("VNM", "GBR", CSP, "established", 2025),
          Q("VNM", "UN Security Council permanent members", 5, "count", "exact", 2025,
            "all five permanent members of the UN Security Council")]),
        (("Last year Vietnam upgraded relations with 17 partners, bringing the number of partners at the "
          "comprehensive partnership level or higher to 42."),
         [Q("VNM", "partners with which Vietnam upgraded relations", 17, "count", "exact", 2025,
            "upgraded relations with 17 partners"),
          Q("VNM", "partners at the comprehensive partnership level or higher", 42, "count", "exact", 2025, "to 42")]),
        ("Remittances surpassed US$16 billion in 2025.",
         [Q("VNM", "remittances", 16e9, "USD", "over", 2025, "surpassed US$16 billion")]),
        ("Vietnam was re-elected to the UN Human Rights Council for the 2026-2028 term.",
         [("election", {"actor": "VNM", "body": "ORG:UNHRC", "term": "2026-2028"})]),
        ("Vietnam hosted the 4th P4G Summit in April 2025.",
         [("hosting", {"host": "VNM", "event": "4th P4G Summit", "year": 2025})]),
        ("General Secretary To Lam visited the United Kingdom in 2025 and the two sides signed three agreements.",
         [("visit", {"visitor_country": "VNM", "host": "GBR", "visitor": "To Lam", "year": 2025, "cameo": "042"}),
          ("agreement", {"parties": ["GBR", "VNM"], "count": 3, "year": 2025, "cameo": "057"})]),
    ]),
    ("tt-2026", "Tuoi Tre", "2026-01-05", None, [
        ("Remittance inflow reached US$16.2 billion last year.",
         [Q("VNM", "remittance inflow", 16.2e9, "USD", "exact", 2025, "US$16.2 billion")]),
        ("The country counts 40 partners at comprehensive partnership level or higher.",
         [Q("VNM", "partners at comprehensive partnership level or higher", 40, "count", "exact", 2025, "40 partners")]),
        ("The Fourth P4G Summit took place in Hanoi.",
         [("hosting", {"host": "VNM", "event": "the Fourth P4G Summit", "year": None})]),
        ("Vietnam won a seat on the Human Rights Council again.",
         [("election", {"actor": "VNM", "body": "ORG:UNHRC", "term": None})]),
    ]),
    ("blog-2026", "Mekong Blog", "2026-01-10", None, [
        ("Remittances sent home reached nearly US$15 billion in 2025, a <script>alert('x')</script> record.",
         [Q("VNM", "remittances sent home", 15e9, "USD", "nearly", 2025, "nearly US$15 billion")]),
    ]),
    ("nz-a", "RNZ", "2020-07-22", None, [
        ("New Zealand and Vietnam established a strategic partnership in 2020.", [P("NZL", "VNM", SP, "established", 2020)]),
    ]),
    ("nz-b", "Stuff", "2020-07-23", None, [
        ("New Zealand and Vietnam formed a comprehensive partnership in 2020.", [P("NZL", "VNM", CP, "established", 2020)]),
    ]),
    ("sg-early", "Straits Times", "2015-06-01", None, [
        ("Singapore and Vietnam deepen their comprehensive strategic partnership.", [P("SGP", "VNM", CSP)]),
    ]),
    ("sg-2025", "CNA", "2025-03-12", None, [
        ("Singapore and Vietnam upgraded ties to a comprehensive strategic partnership in 2025.",
         [P("SGP", "VNM", CSP, "established", 2025)]),
    ]),
]


def document(doc_id: str, outlet: str, published: str, url: str | None, spec: Spec) -> tuple[Document, list[Mention]]:
    text = " ".join(sentence for sentence, _ in spec)
    mentions: list[Mention] = []
    pos = 0
    for sentence, items in spec:
        start = text.index(sentence, pos)
        end = start + len(sentence)
        pos = end
        for kind, fields in items:
            mentions.append(Mention.build(doc=doc_id, kind=kind, fields=fields, evidence=Evidence(start, end, sentence),
                                          confidence=0.9, extractor="test", version="1"))
    doc = Document(id=doc_id, text=text, outlet=outlet, url=url, published=date.fromisoformat(published),
                   content_hash=hashlib.sha256(text.encode()).hexdigest())
    return doc, mentions


def build(path: Path, docs: list[tuple[str, str, str, str | None, Spec]] | None = None) -> Path:
    """Write the corpus (or ``docs``) into a new database at ``path``."""
    with Database(path) as db:
        for doc_id, outlet, published, url, spec in docs if docs is not None else DOCS:
            doc, mentions = document(doc_id, outlet, published, url, spec)
            db.add(doc, mentions)
    return path
