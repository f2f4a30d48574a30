"""An analyst's questions about the sample corpus (examples/corpus), each with the answer its
articles support, asked two ways: through the ``chancery`` command and through the REST API.

Every question has an answer written from the texts (not from the program's output): what the
articles say, folded as an analyst would fold them (a syndicated copy is not a second source, a
date is the event's, not the story's).  Questions whose right answer needs extraction to change
are marked with the extraction behaviour they wait for (``waits_for``) and run as strict xfails:
they pass the day extraction gets them right.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Reader = Callable[[Any], Any]


@dataclass(frozen=True)
class Question:
    id: str
    ask: str
    cli: tuple[str, ...]  # arguments after "chancery" (the database is added)
    read_cli: Reader  # CliResult-like (exit_code, output) -> answer
    api: str  # path and query on the server
    read_api: Reader  # httpx.Response -> answer
    expected: Any
    waits_for: str | None = None  # an extraction change this answer needs
    tags: tuple[str, ...] = field(default=())
    expected_api: Any = "same"  # when the API's form differs (an HTTP status for an exit code)

    @property
    def api_expected(self) -> Any:
        return self.expected if self.expected_api == "same" else self.expected_api


# -- readers --------------------------------------------------------------------------------------
def _jsonl(result: Any) -> list[dict[str, Any]]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def _csv(result: Any) -> list[dict[str, str]]:
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


def _json(response: Any) -> Any:
    assert response.status_code == 200, response.text
    return response.json()


def _first_line_answer(result: Any) -> str:
    assert result.exit_code == 0, result.output
    return result.output.splitlines()[0].split(": ", 1)[1]


_CITES = re.compile(r"(?:\s*\[\d+\])+$")


def brief_sections_md(markdown: str) -> dict[str, list[str]]:
    """Section title -> statement texts (top level and nested, citations removed) of a Markdown brief."""
    out: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in markdown.splitlines():
        if line.startswith("## "):
            current = out.setdefault(line[3:].strip(), [])
        elif current is not None and line.lstrip().startswith("- "):
            current.append(_CITES.sub("", line.lstrip()[2:]).strip())
    return out


def brief_sections_json(data: dict[str, Any]) -> dict[str, list[str]]:
    def walk(statements: list[dict[str, Any]]) -> list[str]:
        out = []
        for st in statements:
            out.append(st["text"])
            out.extend(walk(st["details"]))
        return out

    return {s["title"]: walk(s["statements"]) for s in data["sections"]}


def _section(sections: dict[str, list[str]], start: str) -> list[str]:
    found = [texts for title, texts in sections.items() if title.startswith(start)]
    assert len(found) == 1, list(sections)
    return found[0]


def _brief_cli(start: str, pick: Callable[[list[str]], Any]) -> Reader:
    def read(result: Any) -> Any:
        assert result.exit_code == 0, result.output
        return pick(_section(brief_sections_md(result.output), start))
    return read


def _brief_api(start: str, pick: Callable[[list[str]], Any]) -> Reader:
    return lambda r: pick(_section(brief_sections_json(_json(r)), start))


def _with_details(texts: list[str], start: str) -> list[str]:
    """The statement starting with ``start`` and the "also reported" lines under it."""
    i = next(i for i, x in enumerate(texts) if x.startswith(start))
    out = [texts[i]]
    for x in texts[i + 1:]:
        if not x.startswith("also reported"):
            break
        out.append(x)
    return out


def _level_members(texts: list[str], level: str) -> list[str]:
    """The partners listed under "<level>: N" in the partners section."""
    i = next(i for i, x in enumerate(texts) if x.startswith(f"{level}: "))
    n = int(texts[i].rsplit(": ", 1)[1])
    return texts[i + 1: i + 1 + n]


def _partner(code: str, *keys: str) -> tuple[Reader, Reader]:
    def pick(rows: list[dict[str, Any]]) -> Any:
        (row,) = [r for r in rows if r["partner"] == code]
        return tuple(row[k] for k in keys)
    return (lambda res: pick(_jsonl(res))), (lambda r: pick(_json(r)["partners"]))


def _relation(a: str, b: str, as_of: str, expected: str, qid: str, waits_for: str | None = None) -> Question:
    return Question(qid, f"What was the {a}-{b} relationship as of {as_of}?",
                    ("relation", a, b, "--as-of", as_of), _first_line_answer,
                    f"/api/v1/countries/{a}/relations/{b}?as_of={as_of}", lambda r: _json(r)["answer"], expected,
                    waits_for=waits_for, tags=("relation",))


def _conflict(text: str) -> tuple[Reader, Reader]:
    def pick(rows: list[dict[str, Any]]) -> Any:
        found = [r for r in rows if text in r["subject"]]
        if not found:
            return None
        (c,) = found
        return sorted(tuple(sorted(_outlet(e) for e in side["evidence"])) + (side["claim"],) for side in c["sides"])
    return (lambda res: pick(_jsonl(res))), (lambda r: pick(_json(r)["items"]))


def _outlet(evidence: dict[str, Any]) -> str:
    return evidence.get("outlet") or evidence["doc"]


def _claims(pick: Callable[[list[dict[str, Any]]], Any]) -> tuple[Reader, Reader]:
    return (lambda res: pick(_jsonl(res))), (lambda r: pick(_json(r)["items"]))


def _events(pick: Callable[[list[dict[str, Any]]], Any]) -> tuple[Reader, Reader]:
    def normal(rows: list[dict[str, Any]]) -> list[dict[str, str]]:
        return [{k: "" if v is None else str(v) for k, v in row.items()} for row in rows]
    return (lambda res: pick(_csv(res))), (lambda r: pick(normal(_json(r)["items"])))


def _visits_of(visitor: str) -> Callable[[list[dict[str, str]]], Any]:
    return lambda rows: sorted((r["date"], r["date_precision"], r["actor1"], r["actor2"], r["cameo"])
                               for r in rows if r["visitor"] == visitor)


def _p5(rows: list[dict[str, Any]]) -> Any:
    p5 = [r for r in rows if r["group"] == "P5"]
    return [(r["claimed"], r["status"], sorted(s["partner"] for s in r["supported"])) for r in p5]


# -- the questions ---------------------------------------------------------------------------------
NZ_REVIEW = ("the review's 'New Zealand opened the series on 26 February, when Prime Minister Christopher Luxon "
             "visited Hanoi and the two countries raised their ties to a comprehensive strategic partnership' "
             "(the pair of a clause after 'when')")
_BRIEF_WAITS = {
    "brief-visits-out-2025": "a visit 'by' its visitor after the event noun ('an official visit to Singapore by ... To Lam')",
    "brief-conflicts": "(a false New Zealand level conflict) " + "the year of the second act in 'established a "
                       "comprehensive partnership in 2009 and upgraded it to a strategic partnership in July 2020'",
    "brief-top-tier-2025": "India at the top tier ('lifted the strategic partnership of 2007 to the highest tier'; "
                           "'on the same footing as China, Russia, India and South Korea, the only other countries "
                           "with which Vietnam had formed its highest tier of ties')",
    "brief-strategic-2025": "a list of states that maintain a level ('Germany, Italy and Spain, by contrast, maintain "
                            "strategic partnerships with Vietnam'), and India's upgrade out of it",
}
NZ_YEAR = ("the year of the second act in 'established a comprehensive partnership in 2009 and upgraded it to a "
           "strategic partnership in July 2020' (July 2020, not 2009)")


def questions() -> list[Question]:
    qs: list[Question] = []

    # partners, with since-dates
    for qid, code, expected in [
        ("partner-nzl", "NZL", ("comprehensive_strategic_partnership", "2025-02-26")),
        ("partner-sgp", "SGP", ("comprehensive_strategic_partnership", "2025-03-12")),
        ("partner-usa", "USA", ("comprehensive_strategic_partnership", "2023-09-10")),
        ("partner-gbr", "GBR", ("comprehensive_strategic_partnership", "2025-10-29")),
        ("partner-idn", "IDN", ("comprehensive_strategic_partnership", "2025-03-10")),
        ("partner-jpn", "JPN", ("comprehensive_strategic_partnership", "2023-11-27")),
    ]:
        cli, api = _partner(code, "level", "since")
        qs.append(Question(qid, f"At what level is {code} a partner of Vietnam, and since when?",
                           ("partners", "VNM", "--format", "jsonl"), cli, "/api/v1/countries/VNM/partners", api,
                           expected, tags=("partners",)))
    cli, api = _partner("CHN", "level", "label", "tier", "since")
    qs.append(Question("partner-chn-top-tier", "Is China's own framework counted in Vietnam's top tier?",
                       ("partners", "VNM", "--format", "jsonl"), cli, "/api/v1/countries/VNM/partners", api,
                       ("other", "comprehensive strategic cooperative partnership",
                        "comprehensive_strategic_partnership", "2008"), tags=("partners",)))
    cli, api = _partner("NZL", "corroboration", "documents")
    qs.append(Question("partner-nzl-corroboration",
                       "How many independent sources back the Vietnam-New Zealand upgrade (the syndicated copy folded)?",
                       ("partners", "VNM", "--format", "jsonl"), cli, "/api/v1/countries/VNM/partners", api, (2, 3),
                       waits_for=NZ_REVIEW, tags=("partners", "syndication")))
    cli, api = _partner("VNM", "level", "since")
    qs.append(Question("partner-nzl-side", "Seen from New Zealand, where does Vietnam stand?",
                       ("partners", "NZL", "--format", "jsonl"), cli, "/api/v1/countries/NZL/partners", api,
                       ("comprehensive_strategic_partnership", "2025-02-26"), tags=("partners",)))

    # the relationship as of a date, to the day
    for qid, a, b, as_of, expected in [
        ("rel-usa-2014", "VNM", "USA", "2014-06-01", "comprehensive partnership (since 2013)"),
        ("rel-usa-eve", "VNM", "USA", "2023-09-09", "comprehensive partnership (since 2013)"),
        ("rel-usa-day", "VNM", "USA", "2023-09-10", "comprehensive strategic partnership (since 10 September 2023)"),
        ("rel-usa-2012", "VNM", "USA", "2012-06-30", "no partnership level known"),
        ("rel-nzl-2015", "VNM", "NZL", "2015-01-01", "comprehensive partnership (since 2009)"),
        ("rel-nzl-2020", "VNM", "NZL", "2020-07-15", "strategic partnership (since July 2020)"),
        ("rel-nzl-eve", "VNM", "NZL", "2025-02-25", "strategic partnership (since July 2020)"),
        ("rel-nzl-day", "VNM", "NZL", "2025-02-26", "comprehensive strategic partnership (since 26 February 2025)"),
        ("rel-aus-2019", "VNM", "AUS", "2019-01-01", "strategic partnership (since 2018)"),
        ("rel-aus-2010", "VNM", "AUS", "2010-01-01", "comprehensive partnership (since 2009)"),
        ("rel-sgp-2024", "VNM", "SGP", "2024-12-31", "strategic partnership (since 2013)"),
        ("rel-sgp-day", "VNM", "SGP", "2025-03-12", "comprehensive strategic partnership (since 12 March 2025)"),
        ("rel-jpn-eve", "VNM", "JPN", "2023-11-26", "extensive strategic partnership (since 2014)"),
        ("rel-gbr-eve", "VNM", "GBR", "2025-10-28", "no partnership level known"),
    ]:
        qs.append(_relation(a, b, as_of, expected, qid,
                            NZ_YEAR if qid in ("rel-nzl-2015", "rel-nzl-2020", "rel-nzl-eve") else None))
    qs.append(Question("rel-same-actor", "Asking for a country's relation with itself is refused",
                       ("relation", "VNM", "Vietnam"), lambda r: (r.exit_code, "same actor" in r.output),
                       "/api/v1/countries/VNM/relations/VNM", lambda r: (r.status_code, "itself" in r.text),
                       (2, True), tags=("errors",), expected_api=(400, True)))

    # conflicts: each side with its own evidence
    cli, api = _conflict("Vietnam: remittances (2025)")
    qs.append(Question("conflict-remittances", "Do the outlets agree on Vietnam's 2025 remittances?",
                       ("conflicts", "--country", "VNM", "--format", "jsonl"), cli, "/api/v1/conflicts?actor=VNM", api,
                       [("Mekong Markets Weekly", "about US$12.4 billion"), ("Viet Daily", "US$16.1 billion")],
                       tags=("conflicts",)))
    cli, api = _conflict("United States-Vietnam: two-way trade (2022)")
    qs.append(Question("conflict-us-trade", "Do the sources agree on 2022 US-Vietnam trade?",
                       ("conflicts", "--country", "USA", "--format", "jsonl"), cli, "/api/v1/conflicts?actor=USA", api,
                       [("Asia Morning Post", "Pacific Wire", "Regional Futures Institute",
                         "over US$123 billion / about US$124 billion"),
                        ("Regional Futures Institute", "nearly US$139 billion")], tags=("conflicts",)))
    cli, api = _conflict("Brazil-Vietnam: level established in 2024")
    qs.append(Question("conflict-brazil-level", "Do the sources agree on the level Brazil and Vietnam set up in 2024?",
                       ("conflicts", "--country", "BRA", "--format", "jsonl"), cli, "/api/v1/conflicts?actor=BRA", api,
                       [("Latin Trade Monitor", "strategic partnership established in 2024"),
                        ("Southern Hemisphere Blog", "comprehensive partnership established in 2024")],
                       tags=("conflicts",)))
    cli, api = _conflict("New Zealand")
    qs.append(Question("no-conflict-nzl", "The wire, its syndicated copy and the review agree on New Zealand",
                       ("conflicts", "--country", "NZL", "--format", "jsonl"), cli, "/api/v1/conflicts?actor=NZL", api,
                       None, waits_for=NZ_YEAR, tags=("conflicts", "syndication")))

    def trade_pairs(rows: list[dict[str, Any]]) -> list[str]:
        return sorted({"|".join(r["pair"]) for r in rows if r.get("measure") == "two_way_trade" and r.get("facet") == "total"})

    def nz_target(rows: list[dict[str, Any]]) -> Any:
        return [(r["measure"], r["facet"], r["year"], r["value"], r["unit"]) for r in rows
                if r.get("pair") == ["NZL", "VNM"] and r.get("facet") == "target"]

    qs.append(Question("trade-target", "Is 'lifting it to NZ$3 billion by 2026' read as a two-way trade target?",
                       ("facts", "--kind", "quantity", "--country", "NZL", "--format", "jsonl"),
                       lambda r: nz_target(_jsonl(r)), "/api/v1/facts?kind=quantity&actor=NZL",
                       lambda r: nz_target([f["fields"] for f in _json(r)["items"]]),
                       [("two_way_trade", "target", 2026, 3000000000, "NZD")], tags=("figures",)))
    qs.append(Question("trade-keyed-by-pair", "Which pairs' two-way trade does the corpus give (each its own fact)?",
                       ("facts", "--kind", "quantity", "--format", "jsonl"), lambda r: trade_pairs(_jsonl(r)),
                       "/api/v1/facts?kind=quantity&limit=500",
                       lambda r: trade_pairs([{**f["fields"]} for f in _json(r)["items"]]),
                       ["AUS|IDN", "AUS|VNM", "IDN|VNM", "JPN|VNM", "NZL|VNM", "USA|VNM"], tags=("figures",)))

    # claims: once each, for the year asked
    cli, api = _claims(_p5)
    qs.append(Question("claim-p5-2025", "Does Vietnam have top-tier ties with all five permanent members (2025)?",
                       ("claims", "VNM", "--year", "2025", "--format", "jsonl"), cli,
                       "/api/v1/claims?country=VNM&year=2025", api,
                       [(5, "confirmed", ["CHN", "FRA", "GBR", "RUS", "USA"])], tags=("claims",)))
    cli, api = _claims(lambda rows: len(rows))
    qs.append(Question("claims-2019", "Which claims are about 2019?", ("claims", "VNM", "--year", "2019", "--format", "jsonl"),
                       cli, "/api/v1/claims?country=VNM&year=2019", api, 0, tags=("claims",)))

    def china_tier(rows: list[dict[str, Any]]) -> Any:
        (p5,) = [r for r in rows if r["group"] == "P5"]
        return [(s["level"], s["tier"]) for s in p5["supported"] if s["partner"] == "CHN"]

    cli, api = _claims(china_tier)
    qs.append(Question("claim-china-tier", "Is China supported at its framework's tier, not as 'other'?",
                       ("claims", "VNM", "--year", "2025", "--format", "jsonl"), cli,
                       "/api/v1/claims?country=VNM&year=2025", api,
                       [("other", "comprehensive_strategic_partnership")], tags=("claims",)))

    # the brief, as a report
    brief_cli = ("brief", "VNM", "--year", "2025")
    brief_api = "/api/v1/countries/VNM/brief?year=2025"
    for qid, ask, start, pick, expected in [
        ("brief-upgrades-2025", "Which partnerships were upgraded in 2025, in order?", "Upgrades", lambda t: t, [
            "New Zealand: upgraded from a strategic partnership to a comprehensive strategic partnership, 26 February 2025",
            "Indonesia: upgraded from a strategic partnership to a comprehensive strategic partnership, 10 March 2025",
            "Singapore: upgraded from a strategic partnership to a comprehensive strategic partnership, 12 March 2025",
            "United Kingdom: comprehensive strategic partnership established, 29 October 2025"]),
        ("brief-visits-in-2025", "Who visited Vietnam in 2025?", "Visits to Vietnam", lambda t: t,
         ["Christopher Luxon (New Zealand) visited Vietnam, 26 February 2025"]),
        ("brief-visits-out-2025", "Which visits did Vietnam's leaders make in 2025?", "Visits by Vietnam", lambda t: t,
         ["To Lam (Vietnam) visited Indonesia, 10 March 2025", "To Lam (Vietnam) visited Singapore, 12 March 2025",
          "To Lam (Vietnam) visited the United Kingdom, 29 October 2025"]),
        ("brief-elections-2025", "Which elections did Vietnam win in 2025?", "Elections", lambda t: t,
         ["Vietnam re-elected to the United Nations Human Rights Council for 2026-2028, 14 October 2025"]),
        ("brief-hosted-2025", "What did Vietnam host in 2025?", "Summits", lambda t: t, ["P4G Summit, April 2025"]),
        ("brief-target", "Is the 8% growth figure shown as a target?", "Headline figures",
         lambda t: [x for x in t if "GDP" in x], ["GDP growth target (2025): 8%"]),
        ("brief-remittances", "Does the brief show both remittance figures?", "Headline figures",
         lambda t: _with_details(t, "Remittances"),
         ["Remittances (2025): US$16.1 billion", "also reported: about US$12.4 billion"]),
        ("brief-partners-by-name", "Are partners listed by name within each level?", "Partners by level",
         lambda t: all(m == sorted(m) for m in ([x.split(",")[0].split(" (")[0] for x in _level_members(t, lv)]
                                               for lv in ("Comprehensive strategic partnership", "Strategic partnership"))),
         True),
        ("brief-top-tier-2025", "Who are Vietnam's top-tier partners at the end of 2025?", "Partners by level",
         lambda t: [x.split(",")[0].split(" (")[0] for x in _level_members(t, "Comprehensive strategic partnership")],
         ["Australia", "China", "France", "India", "Indonesia", "Japan", "New Zealand", "Russia", "Singapore",
          "South Korea", "United Kingdom", "United States"]),
        ("brief-strategic-2025", "Who are Vietnam's strategic partners at the end of 2025?", "Partners by level",
         lambda t: [x.split(",")[0].split(" (")[0] for x in _level_members(t, "Strategic partnership")],
         ["Brazil", "Germany", "Italy", "Spain"]),
        ("brief-conflicts", "Which disagreements does the 2025 brief flag?", "Open conflicts",
         lambda t: [x for x in t if x.endswith("sources disagree")], ["Vietnam: remittances (2025): sources disagree"]),
        ("brief-one-claims-section", "Is each claim listed once, in one section?", "Claims checked",
         lambda t: sorted(x.split(";")[0] for x in t if x.startswith("Claimed:")),
         ["Claimed: 5 permanent members of the UN Security Council among partners at comprehensive strategic "
          "partnership level in 2025"]),
    ]:
        qs.append(Question(qid, ask, brief_cli, _brief_cli(start, pick), brief_api, _brief_api(start, pick), expected,
                           waits_for=_BRIEF_WAITS.get(qid),
                           tags=("brief",)))
    qs.append(Question("brief-elections", "Which UN elections has Vietnam won, by term?", ("brief", "VNM"),
                       _brief_cli("Elections", lambda t: t), "/api/v1/countries/VNM/brief",
                       _brief_api("Elections", lambda t: t),
                       ["Vietnam elected to the United Nations Security Council for 2020-2021, June 2019",
                        "Vietnam elected to the United Nations Human Rights Council for 2014-2016",
                        "Vietnam elected to the United Nations Human Rights Council for 2023-2025, 11 October 2022",
                        "Vietnam re-elected to the United Nations Human Rights Council for 2026-2028, 14 October 2025"],
                       waits_for="the body of an election told after its term ('For the second term it was elected in "
                                 "June 2019 ...': the UN Security Council of the sentence before, term 2020-2021, "
                                 "not 'in June 2019 with 192 of 193 votes cast in the General Assembly')",
                       tags=("brief",)))
    qs.append(Question("brief-hosted", "Which summits has Vietnam hosted, and when?", ("brief", "VNM"),
                       _brief_cli("Summits", lambda t: t), "/api/v1/countries/VNM/brief",
                       _brief_api("Summits", lambda t: t),
                       ["Francophonie Summit, 1997", "APEC Economic Leaders' Week, 2006",
                        "APEC Economic Leaders' Week, November 2017", "P4G Summit, April 2025"],
                       waits_for="each year of a hosting told as a list ('hosted APEC twice, in Hanoi in 2006 and in Da "
                                 "Nang in 2017'), 'which Vietnam hosted that year', and the host of 'itself hosted the "
                                 "summit in Hanoi in 1997' (Vietnam, not France)",
                       tags=("brief",)))
    qs.append(Question("brief-past-visit", "Is Obama's 2016 visit dated to the month, in a story of 2025?",
                       ("brief", "VNM"), _brief_cli("Visits to Vietnam", lambda t: [x for x in t if "Obama" in x]),
                       "/api/v1/countries/VNM/brief", _brief_api("Visits to Vietnam", lambda t: [x for x in t if "Obama" in x]),
                       ["Barack Obama (United States) visited Vietnam, May 2016"], tags=("brief", "dates")))

    def no_repeated_cites_md(result: Any) -> bool:
        body = result.output.split("## References")[0]
        return all(len(set(re.findall(r"\[(\d+)\]", line))) == len(re.findall(r"\[(\d+)\]", line))
                   for line in body.splitlines())

    def no_repeated_cites_json(response: Any) -> bool:
        def ok(sts: list[dict[str, Any]]) -> bool:
            return all(len(set(s["cites"])) == len(s["cites"]) and ok(s["details"]) for s in sts)
        return all(ok(sec["statements"]) for sec in _json(response)["sections"])

    qs.append(Question("brief-citations-once", "Does each statement cite each source once?", ("brief", "VNM"),
                       no_repeated_cites_md, "/api/v1/countries/VNM/brief", no_repeated_cites_json, True,
                       tags=("brief",)))

    # the event table
    export = ("export", "--format", "events")
    for qid, ask, pick, expected, waits in [
        ("events-luxon", "How does the Luxon visit appear in the event table?", _visits_of("Christopher Luxon"),
         [("2025-02-26", "day", "NZL", "VNM", "042")], None),
        ("events-obama", "Is Obama's 2016 visit dated 2016, not by the story of 2025?", _visits_of("Barack Obama"),
         [("2016-05", "month", "USA", "VNM", "042")], None),
        ("events-biden", "Biden's 2023 visit: one row, to the day", _visits_of("Joe Biden"),
         # the G20 in New Delhi "straight after" which he came: the story of 11 September 2023 dates it to 2023
         [("2023", "year", "USA", "IND", "042"), ("2023-09-10", "day", "USA", "VNM", "042")], None),
        ("events-chinh-brazil", "A visit framed as hosted: the host is actor1 of CAMEO 043",
         _visits_of("Pham Minh Chinh"),
         [("2024-03-07", "day", "VNM", "AUS", "042"), ("2024-11-19", "day", "BRA", "VNM", "043")], None),
        ("events-trump", "Trump's visits to Vietnam", _visits_of("Donald Trump"),
         [("2017-11", "month", "USA", "VNM", "042"), ("2019-02", "month", "USA", "VNM", "042")], None),
        ("events-to-lam-indonesia", "To Lam's visits to Indonesia", _visits_of("To Lam"),
         [("2024-10", "month", "VNM", "FRA", "042"), ("2025-03-10", "day", "VNM", "IDN", "042"),
          ("2025-10-29", "day", "VNM", "GBR", "042")],
         "no year from a 'since' clause ('his first to the country since he took over as party chief last year' "
         "dates his taking over, not the visit), and 'Lam's visit to France began with ... at the end of last week' "
         "dated to October 2024"),
        ("events-albanese", "Albanese's visit to Vietnam is one event", _visits_of("Anthony Albanese"),
         [("2023-06", "month", "AUS", "VNM", "042")],
         "no year for a visit referred back to ('During Albanese's visit to Viet Nam, ... a commitment realised "
         "this week': the week dates the commitment, not the visit)"),
        ("events-one-code", "Is every event one row with one CAMEO code?",
         lambda rows: all(n == 1 for n in __import__("collections").Counter(r["event"] for r in rows if r["cameo"] != "057").values()),
         True, None),
        ("events-dates", "Is every date ISO or a documented partial date?",
         lambda rows: all(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", r["date"]) and r["date_precision"] ==
                          {4: "year", 7: "month", 10: "day"}[len(r["date"])] or (r["date"] == r["date_precision"] == "")
                          for r in rows), True, None),
    ]:
        cli, api = _events(pick)
        qs.append(Question(qid, ask, export, cli, "/api/v1/events?limit=500", api, expected, waits_for=waits,
                           tags=("export",)))

    # documents, outlets, one fact set
    def doc_outlets(rows: list[dict[str, Any]]) -> dict[str, Any]:
        return {r["doc"]: (r["outlet"], r.get("duplicate_of")) for r in rows if r["doc"].startswith("08")}

    qs.append(Question("outlets-and-copy", "Who published the NZ wire and its copy, and is the copy linked?",
                       ("export", "--format", "jsonl", "--what", "mentions"), lambda r: doc_outlets(_jsonl(r)),
                       "/api/v1/documents?limit=500",
                       lambda r: {d["id"]: (d["outlet"], d["duplicate_of"]) for d in _json(r)["items"] if d["id"].startswith("08")},
                       {"08_wire_vn_nz_csp": ("Southern Cross Wire", None),
                        "08b_syndicated_vn_nz_csp": ("Auckland Evening Star", "08_wire_vn_nz_csp")},
                       tags=("outlets", "syndication")))

    def nz_fact(rows: list[dict[str, Any]]) -> Any:
        (f,) = [r for r in rows if r["kind"] == "partnership" and r.get("a") == "NZL"
                and r.get("level") == "comprehensive_strategic_partnership"]
        return f["corroboration"], sorted(f["outlets"])

    qs.append(Question("fact-nzl-outlets", "Which outlets state the NZ upgrade, and how many are independent?",
                       ("facts", "--country", "NZL", "--kind", "partnership", "--format", "jsonl"),
                       lambda r: nz_fact(_jsonl(r)), "/api/v1/facts?actor=NZL&kind=partnership",
                       lambda r: nz_fact([{**f["fields"], **f} for f in _json(r)["items"]]),
                       (2, ["Auckland Evening Star", "Hanoi Policy Journal", "Southern Cross Wire"]),
                       waits_for=NZ_REVIEW, tags=("syndication", "outlets")))
    qs.append(Question("unknown-country", "Asking about an unknown country is an error",
                       ("partners", "XYZ"), lambda r: (r.exit_code, "unknown country" in r.output),
                       "/api/v1/countries/XYZ/partners", lambda r: r.status_code, (2, True), tags=("errors",),
                       expected_api=404))
    return qs
