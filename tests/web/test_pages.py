"""The HTML pages over HTTP: they render, link facts to sentences, and escape article text."""

from __future__ import annotations

import re

import httpx
import pytest


@pytest.mark.parametrize("path", ["/", "/countries/VNM", "/facts", "/facts?kind=partnership&conflict=no",
                                  "/conflicts", "/search?q=viet+nam", "/documents", "/documents/synthetic-ledger",
                                  "/ingest", "/api/v1/docs"])
def test_page_renders(client: httpx.Client, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert '<a class="skip" href="#main">' in r.text and '<main id="main"' in r.text


def test_country_page_has_map_table_and_timeline(client: httpx.Client) -> None:
    html = client.get("/countries/VNM").text
    assert '<svg id="world-map"' in html
    assert len(re.findall(r"<path d=", html)) > 150
    assert re.search(r'class="c lvl-sp" data-code="NOR"', html)
    assert re.search(r'class="c self" data-code="VNM"', html)
    assert 'data-partner="NOR"' in html and 'id="timeline-h"' in html


def test_fact_page_highlights_every_supporting_sentence(client: httpx.Client) -> None:
    fid = client.get("/api/v1/facts", params={"actor": "NOR"}).json()["items"][0]["id"]
    html = client.get(f"/facts/{fid}").text
    assert '<mark class="evidence">Vietnam and Norway established a strategic partnership in 2024.</mark>' in html
    assert "Ledger Weekly" in html


def test_document_page_marks_the_requested_sentence(client: httpx.Client) -> None:
    html = client.get("/documents/synthetic-ledger", params={"hl": "69-132"}).text
    assert 'id="hl"' in html


def test_bad_page_parameters_are_400(client: httpx.Client) -> None:
    assert client.get("/facts", params={"year": "later"}).status_code == 400
    assert client.get("/facts", params={"kind": "rumour"}).status_code == 400


def test_country_jump_redirects(client: httpx.Client) -> None:
    r = client.get("/countries", params={"code": "vnm"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/countries/vnm"


def test_ingest_form_without_javascript_redirects_to_the_job(client: httpx.Client) -> None:
    form = client.get("/ingest").text
    csrf = re.search(r'name="csrf" value="([^"]+)"', form)
    assert csrf is not None
    r = client.post("/ingest", data={"text": "Tonga and Vietnam met in 2025.", "doc_id": "form-tonga",
                                     "csrf": csrf.group(1)}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/ingest/jobs/")
    assert client.get(r.headers["location"]).status_code == 200
