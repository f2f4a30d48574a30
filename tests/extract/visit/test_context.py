"""Hosts the sentence leaves unsaid (the story's place, the visit told before, the counterpart named
before), and the year of a visit."""

from __future__ import annotations

import pytest

from chancery.extract import visit

from .support import Annotate, facts, pairs

CONTEXT = [
    # the visit told before gives the host of a later frame
    ("Pakistani President Asif Ali Zardari paid a state visit to China in February 2025. "
     "During the visit, Chinese Premier Li Qiang met President Zardari.", {("PAK", "CHN")}),
    ("Japanese Prime Minister Fumio Kishida arrived in Hanoi on Monday. The Japanese leader was greeted with a guard of honour.", {("JPN", "VNM")}),
    # the counterpart named with the visitor in the sentence before
    ("Canadian Prime Minister Mark Carney and his Mexican counterpart Claudia Sheinbaum agreed on an action plan on Thursday. "
     "Carney was greeted with a guard of honour at the National Palace before the talks.", {("CAN", "MEX")}),
    ("French President Emmanuel Macron and his Nigerian counterpart Bola Tinubu signed a deal on Monday. "
     "Macron was received with full military honours before the talks.", {("FRA", "NGA")}),
    # the story's place: dateline, a dateline on a line of its own
    ("TOKYO (Kyodo) - Kenyan President William Ruto arrived on Monday. The visit, the first by a Kenyan leader in a decade, ended on Wednesday.",
     {("KEN", "JPN")}),
    ("RIYADH:\nLeaders from the Gulf and Southeast Asia met on Friday. Malaysian Prime Minister Anwar Ibrahim arrived on Thursday.", {("MYS", "SAU")}),
    ("Egypt played host to the climate conference on Monday. Leaders from more than 100 countries attended, among them French President "
     "Emmanuel Macron and Indian Prime Minister Narendra Modi.", {("FRA", "EGY"), ("IND", "EGY")}),
    # an event named earlier, with another year: not the same event
    ("In 2008, a meeting of finance ministers took place in Sao Paulo. The leaders' meeting ended this Sunday in Rome. "
     "This year, Russian President Vladimir Putin did not attend the meeting, but sent representatives.", {("RUS", "ITA")}),
]


@pytest.mark.parametrize("text,expected", CONTEXT)
def test_host_from_context(annotate_text: Annotate, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(annotate_text, text) == expected


def test_a_body_event_elsewhere_is_not_the_story_place(annotate_text: Annotate) -> None:
    text = "HANOI (VNA) - Japanese Prime Minister Fumio Kishida met Vietnamese Prime Minister Pham Minh Chinh on the sidelines of the G20 summit."
    assert pairs(annotate_text, text) == set()


@pytest.mark.parametrize("text,published,expected", [
    ("Singaporean Prime Minister Lawrence Wong arrived in Hanoi on Monday.", "2025-10-08", {("SGP", "VNM", 2025)}),
    ("Thai Prime Minister Paetongtarn Shinawatra visited China last year.", "2025-03-02", {("THA", "CHN", 2024)}),
    ("HANOI, Oct 8, 2025 (VNA) — Cambodian Prime Minister Hun Manet arrived in Hanoi on Wednesday for an official visit.", None, {("KHM", "VNM", 2025)}),
    ("New Zealand Prime Minister Christopher Luxon visited Vietnam on Monday.", None, {("NZL", "VNM", None)}),
    # a year that dates something else
    ("Chinese President Xi Jinping's visit to South Korea, his first since 2014, also included a meeting with US President Donald Trump in Busan.", None,
     {("CHN", "KOR", None), ("USA", "KOR", None)}),
    ("Russian leader Vladimir Putin landed in North Korea for talks with Kim Jong Un for the first time since 2000.", None, {("RUS", "PRK", None)}),
    ("Russian President Vladimir Putin, whose country upgraded ties with Mongolia in 2019, attended a parade in Ulaanbaatar in 2024.", None,
     {("RUS", "MNG", 2024)}),
    ("Chinese President Xi Jinping, whose government signed the pact in 2015, visited Hanoi on Tuesday.", "2025-06-04", {("CHN", "VNM", 2025)}),
    ("China will host APEC in Shenzhen, following Shanghai (2001) and Beijing (2014). Chinese President Xi Jinping said in Gyeongju on Saturday that ties were good.",
     "2025-11-01", {("CHN", "KOR", 2025)}),
    # the event's own date
    ("Canadian Prime Minister Justin Trudeau attended the summit, which Japan hosted in Hiroshima in 2023.", "2025-01-10", {("CAN", "JPN", 2023)}),
    # the time of the act, not of what was said
    ("GYEONGJU, South Korea (Xinhua) -- Chinese President Xi Jinping said here on Saturday that Shenzhen will host the meeting in 2026.",
     "2025-11-01", {("CHN", "KOR", 2025)}),
    # the period an earlier sentence of the paragraph opens with
    ("In 2023, Vietnam upgraded ties with three partners. Japanese Prime Minister Fumio Kishida also visited Hanoi.", None, {("JPN", "VNM", 2023)}),
    # the date the story gave the event the visitor attended
    ("Guterres attended the signing ceremony of the convention in Hanoi on October 25, 2025. Lao President Thongloun Sisoulith also attended, "
     "as guest of honour of the signing ceremony.", None, {("LAO", "VNM", 2025)}),
    # a dateline after a leading date marker
    ("date 2024-11-21 PUTRAJAYA — Vietnamese Party chief To Lam on Thursday held talks with Malaysian Prime Minister Anwar Ibrahim.", None,
     {("VNM", "MYS", 2024)}),
])
def test_year(annotate_text: Annotate, text: str, published: str | None, expected: set[tuple[str, str, int | None]]) -> None:
    assert facts(annotate_text, text, published) == expected


def test_two_visits_of_different_years_in_one_sentence(annotate_text: Annotate) -> None:
    text = "Indian Prime Minister Narendra Modi, who first visited Japan in 2014, arrived in Tokyo on Friday."
    years = {m.get("year") for m in visit.extract(annotate_text(text, published="2025-08-29"))}
    assert years == {2014, 2025}


@pytest.mark.parametrize("text,expected", [
    ("RIYADH:\nSaudi Arabia hosted the summit.", "SAU"),
    ("Hanoi —\nThe talks ended.", "VNM"),
    ("Saudi Arabia hosted the summit.\nIt ended on Friday.", None),
])
def test_dateline_on_its_own_line(annotate_text: Annotate, text: str, expected: str | None) -> None:
    from chancery.annotate.discourse import dateline_line

    found = dateline_line(annotate_text(text))
    assert (found.country if found else None) == expected
