"""normalize_text: the canonical text that evidence offsets point into."""

from __future__ import annotations

import unicodedata

import pytest

from chancery.ingest import normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb", "a\nb"),
        ("a\rb", "a\nb"),
        ("a\u2028b", "a\nb"),
        ("Viet\u200bnam", "Vietnam"),
        ("\ufeffHanoi", "Hanoi"),
        ("part\u00adner\u00adship", "partnership"),
        ("a\u2060b\u200c\u200dc", "abc"),
        ("US$\u00a016\u202fbillion", "US$ 16 billion"),
        ("a\u3000b\u2009c", "a b c"),
        ("a\tb", "a b"),
        ("a   \t  b", "a b"),
        ("  indented line  \nnext\t", "indented line\nnext"),
        ("one\n\n\n\n\ntwo", "one\n\ntwo"),
        ("one\n \n\t\n  \ntwo", "one\n\ntwo"),
        ("one\n\ntwo", "one\n\ntwo"),
        ("\n\n  text  \n\n", "text"),
        ("bell\x07 char", "bell char"),
        ("", ""),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_output_is_nfc() -> None:
    decomposed = "Vie\u0302\u0323t Nam"  # e + circumflex + dot below
    assert normalize_text(decomposed) == unicodedata.normalize("NFC", decomposed)
    assert normalize_text(decomposed) == "Việt Nam"


_TRICKY = [
    "Vie\u0302\u0323t\r\n\r\n\r\n  Nam\u00a0\u00a0 ",
    "e\u200d\u0301 joined after removal",
    "a\u00ad\u0301b",
    " \t\u2000\u2001 lead\u2028\u2028\u2028\u2028trail \ufeff",
    "line one.\n\n\n\n\u200b\n\nline two.",
    "x\x0b\x0c\x85y",
    "\u00a0\n\u00a0\n\u00a0\nz",
]


@pytest.mark.parametrize("raw", _TRICKY)
def test_idempotent(raw: str) -> None:
    once = normalize_text(raw)
    assert normalize_text(once) == once


@pytest.mark.parametrize("raw", _TRICKY)
def test_result_has_no_unwanted_whitespace(raw: str) -> None:
    text = normalize_text(raw)
    assert "\n\n\n" not in text
    assert "  " not in text
    assert all(ch in " \n" for ch in text if ch.isspace())
    assert text == text.strip()
