"""The JSON API against a real server on loopback: every endpoint, bad parameters, missing things."""

from __future__ import annotations

import httpx
import pytest

from .conftest import Server, wait_for_job


def test_index_lists_endpoints_and_counts(client: httpx.Client) -> None:
    body = client.get("/api/v1").json()
    assert body["name"] == "chancery"
    assert body["counts"]["documents"] >= 3
    assert "/api/v1/search" in body["endpoints"]


# -- documents ----------------------------------------------------------------------------------------
def test_documents_are_paginated_with_a_total(client: httpx.Client) -> None:
    page = client.get("/api/v1/documents", params={"limit": 1, "offset": 1}).json()
    assert page["limit"] == 1 and page["offset"] == 1 and page["total"] >= 3
    assert len(page["items"]) == 1
    assert {"id", "title", "outlet", "published", "mentions"} <= set(page["items"][0])


def test_documents_filter_by_outlet(client: httpx.Client) -> None:
    page = client.get("/api/v1/documents", params={"outlet": "Ledger Weekly"}).json()
    assert [d["id"] for d in page["items"]] == ["synthetic-ledger"]


def test_document_comes_with_text_and_mentions(client: httpx.Client) -> None:
    doc = client.get("/api/v1/documents/synthetic-ledger").json()
    assert doc["text"].startswith("Remittances to Vietnam")
    kinds = {m["kind"] for m in doc["mentions"]}
    assert {"quantity", "partnership"} <= kinds
    for m in doc["mentions"]:
        assert doc["text"][m["evidence"]["start"] : m["evidence"]["end"]] == m["evidence"]["text"]


def test_unknown_document_is_404(client: httpx.Client) -> None:
    r = client.get("/api/v1/documents/no-such-doc")
    assert r.status_code == 404
    assert r.json()["error"]["code"] == "not_found"


# -- mentions -----------------------------------------------------------------------------------------
def test_mentions_filter_by_kind_and_actor(client: httpx.Client) -> None:
    page = client.get("/api/v1/mentions", params={"kind": "partnership", "actor": "nor"}).json()
    assert page["total"] == 1
    m = page["items"][0]
    assert (m["a"], m["b"], m["level"]) == ("NOR", "VNM", "strategic_partnership")
    assert m["source"]["outlet"] == "Ledger Weekly"
    assert m["evidence"]["text"].startswith("Vietnam and Norway")


def test_mention_by_id_and_its_fact(client: httpx.Client) -> None:
    m = client.get("/api/v1/mentions", params={"kind": "partnership", "actor": "NOR"}).json()["items"][0]
    assert client.get(f"/api/v1/mentions/{m['id']}").json() == m
    fact = client.get(f"/api/v1/mentions/{m['id']}/fact").json()
    assert fact["kind"] == "partnership" and fact["fields"]["a"] == "NOR"


def test_unknown_mention_is_404(client: httpx.Client) -> None:
    assert client.get("/api/v1/mentions/99999999").status_code == 404


def test_mention_id_must_be_a_number(client: httpx.Client) -> None:
    r = client.get("/api/v1/mentions/abc")
    assert r.status_code == 400
    assert "mention_id" in r.json()["error"]["message"]


# -- facts --------------------------------------------------------------------------------------------
def test_facts_are_paginated_and_most_corroborated_first(client: httpx.Client) -> None:
    page = client.get("/api/v1/facts", params={"limit": 5}).json()
    assert page["total"] >= 2 and len(page["items"]) <= 5
    corr = [f["corroboration"] for f in page["items"]]
    assert corr == sorted(corr, reverse=True)


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"kind": "quantity"}, lambda f: f["kind"] == "quantity"),
        ({"actor": "NOR"}, lambda f: "NOR" in (f["fields"].get("a"), f["fields"].get("b"))),
        ({"year": 2024}, lambda f: f["year"] == 2024 or 2024 in (f["fields"].get("established") or [])),
        ({"outlet": "Ledger Weekly"}, lambda f: "Ledger Weekly" in f["outlets"]),
        ({"min_corroboration": 2}, lambda f: f["corroboration"] >= 2),
        ({"conflict": "false"}, lambda f: not f["conflict"]),
    ],
)
def test_fact_filters(client: httpx.Client, params: dict, check) -> None:  # type: ignore[no-untyped-def,type-arg]
    page = client.get("/api/v1/facts", params={**params, "limit": 500}).json()
    assert page["items"], params
    assert all(check(f) for f in page["items"])


def test_conflicting_remittance_figures_are_flagged(client: httpx.Client) -> None:
    page = client.get("/api/v1/facts", params={"conflict": "true", "kind": "quantity"}).json()
    assert page["total"] >= 1
    assert all(f["conflict"] for f in page["items"])


def test_fact_by_id_has_every_supporting_mention(client: httpx.Client) -> None:
    f = client.get("/api/v1/facts", params={"actor": "NOR", "kind": "partnership"}).json()["items"][0]
    full = client.get(f"/api/v1/facts/{f['id']}").json()
    assert full["id"] == f["id"]
    assert [m["doc"] for m in full["mentions"]] == ["synthetic-ledger"]
    m = full["mentions"][0]
    assert m["outlet"] == "Ledger Weekly" and m["evidence"]["text"].startswith("Vietnam and Norway")


def test_unknown_fact_is_404(client: httpx.Client) -> None:
    assert client.get("/api/v1/facts/visit:000000000000").status_code == 404


def test_malformed_fact_id_is_400(client: httpx.Client) -> None:
    assert client.get("/api/v1/facts/not-a-fact").status_code == 400


# -- countries ----------------------------------------------------------------------------------------
def test_partners_of_vietnam(client: httpx.Client) -> None:
    body = client.get("/api/v1/countries/vnm/partners").json()
    assert body["country"] == "VNM"
    levels = {p["partner"]: p["level"] for p in body["partners"]}
    assert levels["NOR"] == "strategic_partnership"
    assert levels.get("GBR") == "comprehensive_strategic_partnership"


def test_timeline_of_vietnam_and_norway(client: httpx.Client) -> None:
    body = client.get("/api/v1/countries/VNM/timeline", params={"partner": "NOR"}).json()
    assert [(e["year"], e["level"]) for e in body["events"]] == [(2024, "strategic_partnership")]
    assert body["events"][0]["evidence"]["doc"] == "synthetic-ledger"


@pytest.mark.parametrize("path", ["partners", "timeline", "brief"])
def test_malformed_country_is_400(client: httpx.Client, path: str) -> None:
    assert client.get(f"/api/v1/countries/VIETNAM/{path}").status_code == 400


@pytest.mark.parametrize("path", ["partners", "timeline", "brief"])
def test_unknown_country_is_404(client: httpx.Client, path: str) -> None:
    assert client.get(f"/api/v1/countries/QQQ/{path}").status_code == 404


def test_brief_as_json_markdown_and_html(client: httpx.Client) -> None:
    as_json = client.get("/api/v1/countries/VNM/brief").json()
    assert as_json["country"] == "VNM" and as_json["sections"]
    md = client.get("/api/v1/countries/VNM/brief", params={"format": "md"})
    assert md.headers["content-type"].startswith("text/markdown") and "Norway" in md.text
    html = client.get("/api/v1/countries/VNM/brief", params={"format": "html"})
    assert html.headers["content-type"].startswith("text/html") and "<h1>" in html.text


def test_brief_format_must_be_known(client: httpx.Client) -> None:
    assert client.get("/api/v1/countries/VNM/brief", params={"format": "pdf"}).status_code == 400


def test_conflicts_list_both_sides_with_evidence(client: httpx.Client) -> None:
    body = client.get("/api/v1/conflicts", params={"actor": "VNM"}).json()
    remit = [c for c in body["items"] if c["kind"] == "quantity" and "emittance" in c["subject"]]
    assert remit, body
    sides = remit[0]["sides"]
    assert len(sides) >= 2 and all(s["evidence"] for s in sides)


def test_claims_answer_with_a_list(client: httpx.Client) -> None:
    body = client.get("/api/v1/claims", params={"country": "VNM"}).json()
    assert body["total"] == len(body["items"])


@pytest.mark.parametrize("actor", ["Vietnam!", "V", "ORG:", "../etc"])
def test_bad_actor_is_400(client: httpx.Client, actor: str) -> None:
    r = client.get("/api/v1/facts", params={"actor": actor})
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "invalid_parameter"


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 501}, {"offset": -1}, {"year": "soon"}, {"kind": "rumour"},
               {"min_corroboration": -2}, {"conflict": "maybe"}],
)
def test_bad_fact_parameters_are_400(client: httpx.Client, params: dict) -> None:  # type: ignore[type-arg]
    r = client.get("/api/v1/facts", params=params)
    assert r.status_code == 400, r.text
    assert r.json()["error"]["code"] == "invalid_parameter"


# -- search -------------------------------------------------------------------------------------------
def test_search_ignores_diacritics(client: httpx.Client) -> None:
    body = client.get("/api/v1/search", params={"q": "viet nam elevated"}).json()
    assert body["total"] >= 1
    hit = body["items"][0]
    assert "Việt Nam" in hit["text"] and hit["doc"] == "state_vn_uk"
    assert any(s["hit"] for s in hit["segments"])
    assert "".join(s["text"] for s in hit["segments"]) == hit["text"]


def test_search_phrase_and_pagination(client: httpx.Client) -> None:
    body = client.get("/api/v1/search", params={"q": '"comprehensive strategic partnership"', "limit": 1}).json()
    assert body["total"] >= 2 and len(body["items"]) == 1
    nxt = client.get("/api/v1/search", params={"q": '"comprehensive strategic partnership"', "limit": 1,
                                                "offset": 1}).json()
    assert nxt["items"][0] != body["items"][0]


def test_search_survives_fts_syntax(client: httpx.Client) -> None:
    r = client.get("/api/v1/search", params={"q": 'NEAR( "x" OR * - ^ :'})
    assert r.status_code == 200


@pytest.mark.parametrize("q", ["", "!!!", '""'])
def test_search_without_words_is_400(client: httpx.Client, q: str) -> None:
    r = client.get("/api/v1/search", params={"q": q})
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "invalid_parameter"


def test_search_needs_q(client: httpx.Client) -> None:
    assert client.get("/api/v1/search").status_code == 400


# -- ingest -------------------------------------------------------------------------------------------
def test_ingest_text_on_loopback_without_token(client: httpx.Client) -> None:
    r = client.post("/api/v1/ingest", data={"text": "Kenya and Vietnam signed three agreements in Nairobi in 2025.",
                                            "doc_id": "posted-kenya"})
    assert r.status_code == 202, r.text
    assert r.headers["location"] == r.json()["url"]
    job = wait_for_job(client, r.json()["url"])
    assert job["state"] == "done", job
    assert [d["id"] for d in job["documents"]] == ["posted-kenya"]
    assert client.get("/api/v1/documents/posted-kenya").status_code == 200
    assert client.get("/api/v1/search", params={"q": "nairobi"}).json()["total"] >= 1


def test_ingest_uploaded_files(client: httpx.Client) -> None:
    files = [("files", ("upload-one.txt", b"Chile and Vietnam held talks in Santiago.", "text/plain")),
             ("files", ("feed.jsonl", b'{"id": "feed-1", "text": "Peru hosted a forum in Lima."}\n', "application/json"))]
    r = client.post("/api/v1/ingest", files=files)
    assert r.status_code == 202
    job = wait_for_job(client, r.json()["url"])
    assert {d["id"] for d in job["documents"]} == {"upload-one", "feed-1"}


def test_ingest_reports_unreadable_files(client: httpx.Client) -> None:
    r = client.post("/api/v1/ingest", files=[("files", ("picture.png", b"\x89PNG\r\n\x1a\n\x00\x00binary", "image/png"))])
    job = wait_for_job(client, r.json()["url"])
    assert job["state"] == "done" and job["documents"] == []
    assert job["errors"][0]["source"] == "picture.png"


def test_ingest_with_nothing_is_400(client: httpx.Client) -> None:
    r = client.post("/api/v1/ingest", data={"text": "   "})
    assert r.status_code == 400


def test_unknown_ingest_job_is_404(client: httpx.Client) -> None:
    assert client.get("/api/v1/ingest/ffffffffffffffff").status_code == 404


def test_ingest_from_another_site_is_refused(client: httpx.Client) -> None:
    r = client.post("/api/v1/ingest", data={"text": "x y z"}, headers={"origin": "http://evil.example"})
    assert r.status_code == 403


def test_ingest_without_token_is_refused_off_loopback(remote_server: Server) -> None:
    r = httpx.post(f"{remote_server.url}/api/v1/ingest", data={"text": "Fiji and Vietnam met."})
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "forbidden"


def test_ingest_with_wrong_token_is_refused(remote_server: Server) -> None:
    r = httpx.post(f"{remote_server.url}/api/v1/ingest", data={"text": "Fiji and Vietnam met."},
                   headers={"authorization": "Bearer wrong"})
    assert r.status_code == 403


@pytest.mark.parametrize("how", ["bearer", "header", "form"])
def test_ingest_with_token_is_accepted_off_loopback(remote_server: Server, how: str) -> None:
    data = {"text": f"Samoa and Vietnam met ({how}).", "doc_id": f"tok-{how}"}
    headers = {}
    if how == "bearer":
        headers["authorization"] = "Bearer s3cret"
    elif how == "header":
        headers["x-chancery-token"] = "s3cret"
    else:
        data["token"] = "s3cret"
    with httpx.Client(base_url=remote_server.url, timeout=60) as c:
        r = c.post("/api/v1/ingest", data=data, headers=headers)
        assert r.status_code == 202, r.text
        assert wait_for_job(c, r.json()["url"])["state"] == "done"


def test_ingest_disabled_off_loopback_without_configured_token(locked_server: Server) -> None:
    r = httpx.post(f"{locked_server.url}/api/v1/ingest", data={"text": "x"}, headers={"authorization": "Bearer x"})
    assert r.status_code == 403
    assert "--token" in r.json()["error"]["hint"]


def test_reads_stay_open_off_loopback(remote_server: Server) -> None:
    assert httpx.get(f"{remote_server.url}/api/v1/documents").status_code == 200


# -- docs, assets, headers ------------------------------------------------------------------------------
def test_openapi_describes_every_endpoint(client: httpx.Client) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    paths = set(spec["paths"])
    for p in ["/api/v1/documents", "/api/v1/documents/{doc_id}", "/api/v1/facts", "/api/v1/facts/{fact_id}",
              "/api/v1/mentions", "/api/v1/countries/{code}/partners", "/api/v1/countries/{code}/timeline",
              "/api/v1/countries/{code}/brief", "/api/v1/conflicts", "/api/v1/claims", "/api/v1/search",
              "/api/v1/ingest", "/api/v1/ingest/{job_id}"]:
        assert p in paths
    assert not any(p.startswith(("/countries", "/facts", "/search")) for p in paths)  # pages are not API


def test_docs_page_is_self_hosted(client: httpx.Client) -> None:
    r = client.get("/api/v1/docs")
    assert r.status_code == 200 and "/api/v1/facts" in r.text
    assert "cdn" not in r.text.lower() and "src=\"http" not in r.text and "href=\"http" not in r.text


@pytest.mark.parametrize("asset", ["/static/app.js", "/static/style.css", "/static/world-110m.json", "/static/NOTICE"])
def test_assets_are_served_by_the_app(client: httpx.Client, asset: str) -> None:
    assert client.get(asset).status_code == 200


def test_pages_carry_a_strict_content_security_policy(client: httpx.Client) -> None:
    csp = client.get("/countries/VNM").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
