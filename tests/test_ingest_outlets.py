"""Outlets from datelines, bylines, mastheads and hosts (the outlet table); headlines over banners."""

from __future__ import annotations

from pathlib import Path

import pytest

from chancery.ingest import read_sources
from chancery.ingest.html_reader import extract_html
from chancery.ingest.outlets import canonical_outlet, choose_title, outlet_for_host, text_metadata
from chancery.model import Document

BODY = ("Officials from both countries met on Tuesday to review cooperation in trade, education and "
        "energy, and agreed to hold the next round of talks early next year.")


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        ("SEOUL, March 3, 2024 (Harbour Wire) — Officials met.", "Harbour Wire"),
        ("LIMA, 3 March 2024 (Andes Press Service) - Officials met.", "Andes Press Service"),
        ("DAKAR, Jan. 9, 2025 (Sahel Wire via West Coast Times) — Officials met.", "West Coast Times"),
        ("(KENYAWIRE) - Officials met in Nairobi.", "KENYAWIRE"),
        ("(VOVWORLD) - Officials met in Hanoi.", "VOV World"),
        ("Hanoi, December 30, 2025 – The Mekong Today: Officials met.", "The Mekong Today"),
        ("By Staff Reporter, The Delta Chronicle, June 2, 2024", "The Delta Chronicle"),
        ("By Lan Pham | Saigon Business Review | 4 May 2023", "Saigon Business Review"),
        ("Mekong Review Online | 15 October 2025", "Mekong Review Online"),
        ("Latin Trade Monitor, 20 November 2024", "Latin Trade Monitor"),
        ("Hanoi Policy Journal — 13 March 2025", "Hanoi Policy Journal"),
        ("Coastal Studies Institute · Policy Brief", "Coastal Studies Institute"),
        ("The Europe Today", "The Europe Today"),
        ("TOKYO, Nov 2, 2023 (Kyodo) — Officials met.", "Kyodo News"),
    ],
)
def test_outlet_from_the_head_of_the_text(head: str, outlet: str) -> None:
    assert text_metadata(f"Talks held\n{head}\n{BODY}").outlet == outlet


@pytest.mark.parametrize(
    "head",
    [
        "By the foreign desk · Paris · 8 October 2024",   # a city is not an outlet
        "By our Jakarta correspondent | 1 September 2018",
        "HANOI, December 30, 2025 - Officials met on Monday.",
        "Hanoi, 17 April 2025",
        "Vietnam and Chile deepen trade ties",
    ],
)
def test_no_outlet_where_none_is_named(head: str) -> None:
    assert text_metadata(f"{head}\n{BODY}").outlet is None


def test_headline_preferred_to_the_site_banner_and_its_tagline() -> None:
    text = ("The Mekong Today\n\nConnect, Inform & Inspire\n\nPM Calls for Stronger Ties With Neighbours\n\n"
            "Chính\n\nHanoi, December 30, 2025 – The Mekong Today: " + BODY)
    meta = text_metadata(text)
    assert meta == type(meta)("PM Calls for Stronger Ties With Neighbours", "The Mekong Today")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Vietnam and Chile deepen ties\nSANTIAGO, May 2, 2024 (Andes Wire) — " + BODY, "Vietnam and Chile deepen ties"),
        ("Coastal Studies Institute · Policy Brief\nHow small states hedge\n" + BODY, "How small states hedge"),
        ("(VOVWORLD) - " + BODY, None),
        ("Prime Minister speaks at a conference. (Photo: VGP) |\n" + BODY, None),
        (BODY + "\nA later short line", None),
    ],
)
def test_title_rules(text: str, title: str | None) -> None:
    assert text_metadata(text).title == title


def test_outlet_table_canonical_names_and_hosts() -> None:
    assert canonical_outlet("VOVWORLD") == "VOV World"
    assert canonical_outlet("  Unknown   Gazette ") == "Unknown Gazette"
    assert outlet_for_host("en.vietnamplus.vn") == "VietnamPlus"
    assert outlet_for_host("www.reuters.com") == "Reuters"
    assert outlet_for_host("example.org") is None


def test_choose_title_drops_the_site_suffix_and_refuses_the_site_name() -> None:
    assert choose_title(["Ties upgraded | Europa Observer"], "Europa Observer") == "Ties upgraded"
    assert choose_title(["Europa Observer", "Ties upgraded"], "Europa Observer") == "Ties upgraded"


def test_html_page_whose_title_is_the_site_banner_takes_its_h1(tmp_path: Path) -> None:
    page = ("<html><head><title>Europa Observer</title><meta property='og:site_name' content='Europa Observer'>"
            "</head><body><header>Europa Observer</header><article><h1>France and Chile sign a deal</h1>"
            f"<p>{BODY}</p><p>{BODY}</p></article></body></html>")
    art = extract_html(page)
    assert art.outlet == "Europa Observer" and art.title == "France and Chile sign a deal"


def test_text_file_and_jsonl_records_get_their_outlet(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ties deepen\nLIMA, 3 March 2024 (Andes Press Service) - " + BODY, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        '{"id": "b", "text": "(VOVWORLD) - Officials met.", "url": "https://example.org/x"}\n'
        '{"id": "c", "text": "Officials met.", "url": "https://en.vietnamplus.vn/x"}\n'
        '{"id": "d", "text": "Officials met.", "outlet": "VNA"}\n', encoding="utf-8")
    docs = {d.id: d for d in read_sources([str(tmp_path)]) if isinstance(d, Document)}
    assert {k: d.outlet for k, d in docs.items()} == {
        "a": "Andes Press Service", "b": "VOV World", "c": "VietnamPlus", "d": "Vietnam News Agency"}
