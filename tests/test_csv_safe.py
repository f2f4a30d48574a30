"""The one spreadsheet-safety helper for every CSV/TSV cell."""

from __future__ import annotations

import pytest

from chancery.csv_safe import safe_cell, safe_row


@pytest.mark.parametrize("value", ['=HYPERLINK("http://x.example","y")', "+1+cmd|' /C calc'!A0", "-1+2",
                                   "@SUM(A1)", "\t=1", "=", "-", "+", "@", "-Vietnam said", "+84 24 3825 3536 ext"])
def test_formula_like_text_gets_an_apostrophe(value: str) -> None:
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["-5", "+3", "-16000000000", "-2.5", "1,000", "-1e6", "Vietnam", " =1", "",
                                   "a=b", "'=already"])
def test_plain_numbers_and_text_are_left_alone(value: str) -> None:
    assert safe_cell(value) == value


@pytest.mark.parametrize("value", [-5, 2.5, None, True])
def test_non_text_values_are_left_alone(value: object) -> None:
    assert safe_cell(value) is value


def test_carriage_returns_become_line_breaks() -> None:
    assert safe_cell("\r=1") == "'\n=1"
    assert safe_cell("a\r\nb\rc") == "a\nb\nc"


def test_safe_row() -> None:
    assert safe_row({"a": "=1+1", "b": -1, "c": "ok"}) == {"a": "'=1+1", "b": -1, "c": "ok"}
