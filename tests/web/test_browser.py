"""End-to-end tests in headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

Screenshots go to tests/screenshots/ (gitignored).  Skipped, with the reason, when Chromium or
Playwright is missing; .ci/run installs Chromium so that CI runs them.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from chancery import Database, ingest
from chancery.web.app import create_app

from .conftest import SEEDS, Server

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("CHANCERY_CHROMIUM", "/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[1] / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]

if not Path(CHROMIUM).exists():
    pytest.skip(f"{CHROMIUM} is missing (apt-get install -y chromium; .ci/run does this)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (requirements/lock.txt)")

XSS = [
    '<script>window.__xss = "script"; alert("script")</script>',
    '<a href="javascript:window.__xss=\'link\';alert(1)">click me</a>',
    '<img src=x onerror="window.__xss=\'img\';alert(2)">',
    '<svg onload="window.__xss=\'svg\';alert(3)"></svg>',
    '<div onmouseover="window.__xss=\'hover\'" style="position:fixed;inset:0">cover</div>',
    '"><script>window.__xss="attr"</script>',
]
XSS_TEXT = ("Vietnam and Japan upgraded ties to a comprehensive strategic partnership in 2023. "
            + " ".join(XSS) + " Fiji hosted the forum in 2025.\n")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    """A page that fails the test on any dialog (alert/confirm/prompt) or page error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    dialogs: list[str] = []
    errors: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.dialogs = dialogs  # type: ignore[attr-defined]
    yield pg
    context.close()
    assert dialogs == [], f"a dialog opened: {dialogs}"
    assert errors == [], f"script errors: {errors}"


def shot(pg: Any, name: str, *, full_page: bool = True) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


@pytest.fixture(scope="module")
def seeds_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    if not SEEDS.is_dir():
        pytest.skip(f"seed corpus missing at {SEEDS}")
    path = tmp_path_factory.mktemp("seeds") / "seeds.db"
    with Database(path) as db:
        ingest([SEEDS], db)
    with Server(create_app(path)) as s:
        yield s


@pytest.fixture(scope="module")
def xss_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    root = tmp_path_factory.mktemp("xss")
    (root / "in").mkdir()
    (root / "in" / "xss-text.txt").write_text("Hostile text <b>bold</b>\n" + XSS_TEXT, encoding="utf-8")
    record = {"id": "xss-json", "title": XSS[0] + " title", "outlet": XSS[2], "url": "javascript:alert('url')",
              "text": XSS_TEXT}
    (root / "in" / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    with Database(root / "xss.db") as db:
        ingest([root / "in"], db)
    with Server(create_app(root / "xss.db")) as s:
        yield s


# -- the country page on the seed corpus ------------------------------------------------------------------
def test_country_page_shows_map_and_uk_as_comprehensive_strategic_partner(page: Any, seeds_server: Server) -> None:
    page.goto(f"{seeds_server.url}/countries/VNM")
    world = page.locator("svg#world-map")
    sync_api.expect(world).to_be_visible()
    assert page.locator("svg#world-map path").count() > 150
    assert "lvl-csp" in (page.locator('svg#world-map path[data-code="GBR"]').get_attribute("class") or "")
    row = page.locator('#partners tr[data-partner="GBR"]')
    sync_api.expect(row).to_contain_text("United Kingdom")
    sync_api.expect(row).to_contain_text("comprehensive strategic partnership")
    shot(page, "country-VNM")


def test_click_through_to_the_evidence_sentence(page: Any, seeds_server: Server) -> None:
    page.goto(f"{seeds_server.url}/countries/VNM")
    page.locator('#partners tr[data-partner="GBR"] a', has_text="evidence").click()
    page.wait_for_url("**/facts/partnership:*")
    mark = page.locator("mark.evidence").first
    sync_api.expect(mark).to_be_visible()
    text = mark.inner_text()
    assert "comprehensive strategic partnership" in text.lower()
    assert "UK" in text or "United Kingdom" in text or "Britain" in text
    shot(page, "fact-VNM-GBR")
    page.locator(".support h3 a").first.click()  # on into the document, sentence highlighted
    page.wait_for_url("**/documents/**")
    sync_api.expect(page.locator("mark#hl")).to_be_visible()
    shot(page, "document-evidence", full_page=False)


def test_partner_table_sorts_and_filters(page: Any, server: Server) -> None:
    page.goto(f"{server.url}/countries/VNM")
    rows = page.locator("#partners tbody tr")
    n = rows.count()
    assert n >= 2
    page.fill("#pfilter", "norway")
    sync_api.expect(page.locator("#partners tbody tr:visible")).to_have_count(1)
    page.fill("#pfilter", "")
    page.select_option("#plevel", "strategic_partnership")
    assert page.locator("#partners tbody tr:visible").count() >= 1
    page.select_option("#plevel", "")
    header = page.locator("#partners thead th").first
    header.locator("button").click()
    assert header.get_attribute("aria-sort") == "ascending"
    names = [r.inner_text().split("\t")[0] for r in page.locator("#partners tbody tr").all()]
    assert names == sorted(names, key=str.lower)


def test_search_from_the_navigation(page: Any, seeds_server: Server) -> None:
    page.goto(seeds_server.url)
    page.fill("#home-q", "viet nam")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=viet+nam")
    sync_api.expect(page.locator("#result-count")).to_contain_text("match")
    assert page.locator("ol.results li").count() >= 1
    assert page.locator("ol.results mark").count() >= 1
    shot(page, "search")


def test_ingest_a_file_from_the_page(page: Any, server: Server, tmp_path: Path) -> None:
    f = tmp_path / "browser-upload.txt"
    f.write_text("Vietnam and Laos held talks in Vientiane in 2025.", encoding="utf-8")
    page.goto(f"{server.url}/ingest")
    page.set_input_files("#files", str(f))
    page.click("#ingest-submit")
    sync_api.expect(page.locator("#ingest-state")).to_contain_text("done", timeout=120_000)
    link = page.locator("#ingest-docs a", has_text="browser-upload")
    sync_api.expect(link).to_be_visible()
    shot(page, "ingest")
    link.click()
    page.wait_for_url("**/documents/browser-upload")
    sync_api.expect(page.locator("article.doctext")).to_contain_text("Vientiane")


def test_keyboard_reaches_the_skip_link_first(page: Any, server: Server) -> None:
    page.goto(f"{server.url}/countries/VNM")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


def test_phone_width_has_no_horizontal_page_scroll(browser: Any, server: Server) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    pg = context.new_page()
    for path in ["/countries/VNM", "/facts", "/documents/synthetic-ledger"]:
        pg.goto(server.url + path)
        assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), path
    pg.goto(server.url + "/countries/VNM")
    shot(pg, "country-VNM-phone")
    context.close()


# -- article text is untrusted -------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/", "/documents", "/documents/xss-text", "/documents/xss-json",
                                  "/search?q=script", "/search?q=onerror", "/facts", "/conflicts",
                                  "/countries/VNM", "/countries/JPN"])
def test_hostile_text_never_runs(page: Any, xss_server: Server, path: str) -> None:
    page.goto(xss_server.url + path)
    page.mouse.move(200, 200)
    page.wait_for_timeout(150)
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator('a[href^="javascript:"]').count() == 0
    assert page.locator("[onerror], [onload], [onmouseover]").count() == 0
    assert page.locator("main script, main img, main iframe").count() == 0


def test_hostile_text_is_shown_as_text(page: Any, xss_server: Server) -> None:
    page.goto(f"{xss_server.url}/documents/xss-json")
    body = page.locator("article.doctext").inner_text()
    assert "<script>" in body and "onerror=" in body
    assert "<script>" in page.locator("h1").inner_text()  # the title too
    shot(page, "xss-document", full_page=False)


def test_hostile_text_in_facts_never_runs(page: Any, xss_server: Server) -> None:
    page.goto(f"{xss_server.url}/facts")
    links = page.locator("table.facts a")
    for i in range(min(links.count(), 5)):
        page.goto(f"{xss_server.url}/facts")
        page.locator("table.facts a").nth(i).click()
        page.wait_for_load_state()
        assert page.evaluate("typeof window.__xss") == "undefined"
