"""The JSON API, version 1 (/api/v1): each route parses, calls one library function, formats.

Errors all take the shape of :mod:`.errors`.  The OpenAPI description is at /api/v1/openapi.json and
a self-hosted reference page at /api/v1/docs.
"""

from __future__ import annotations

import hmac
import re
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, Form, Path, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response

from ..model import KINDS
from ..resolve import render_html, render_markdown
from ..store.database import Database
from . import knowledge
from .errors import Forbidden, InvalidParameter, NotFound
from .search import SearchQueryError, search
from .security import MAX_INT, is_browser_request

__all__ = ["check_ingest_allowed", "parse_actor", "parse_country", "router"]

router = APIRouter(prefix="/api/v1", tags=["api"])

FactKind = Literal["partnership", "visit", "agreement", "quantity", "election", "hosting"]
MentionKind = Literal["actors", "partnership", "visit", "agreement", "quantity", "election", "hosting"]
assert set(MentionKind.__args__) == set(KINDS)  # type: ignore[attr-defined]

Limit = Annotated[int, Query(ge=1, le=500, description="page size")]
Offset = Annotated[int, Query(ge=0, le=MAX_INT, description="rows to skip")]
MentionId = Annotated[int, Path(ge=0, le=MAX_INT, description="a mention id")]
Year = Annotated[int | None, Query(ge=1000, le=2999, description="only facts of this year")]
ActorParam = Annotated[str | None, Query(max_length=40, description="an actor id: VNM, GBR, ORG:UN ...")]

_CODE = re.compile(r"^[A-Za-z]{3}$")
FACT_ID = re.compile(r"(partnership|visit|agreement|quantity|election|hosting):[0-9a-f]{12}")
_ORG = re.compile(r"^ORG:[A-Za-z0-9_.-]{1,30}$", re.IGNORECASE)


_BRIEF_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"


def _db(request: Request) -> Database:
    db: Database = request.app.state.config.db()
    return db


def parse_actor(value: str | None) -> str | None:
    """``vnm`` -> ``VNM``, ``org:UN`` -> ``ORG:UN``; anything else is a 400."""
    if value is None or value == "":
        return None
    value = value.strip()
    if _CODE.match(value):
        return value.upper()
    if _ORG.match(value):
        return "ORG:" + value[4:]
    raise InvalidParameter(f"actor: {value!r} is not an actor id",
                           hint="use an ISO 3166-1 alpha-3 code such as VNM or an id such as ORG:UN")


def parse_country(db: Database, code: str) -> str:
    """A country path parameter: 400 if malformed, 404 if neither on the map nor in the store."""
    if not _CODE.match(code):
        raise InvalidParameter(f"country: {code!r} is not an ISO 3166-1 alpha-3 code", hint="for example VNM or GBR")
    from .app import world_map

    code = code.upper()
    if code not in world_map()["countries"] and not db.conn.execute(
        "SELECT 1 FROM mention_actors WHERE actor = ? LIMIT 1", (code,)
    ).fetchone():
        raise NotFound(f"no country {code!r} on the map or in the database")
    return code


def _memo(request: Request, key: tuple[Any, ...], compute: Any) -> Any:
    """Answers that need resolution are remembered until the database changes (see WebConfig.memo)."""
    return request.app.state.config.memo(key, compute)


def _page(total: int, limit: int, offset: int, items: list[Any]) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


# -- index -------------------------------------------------------------------------------------------
@router.get("", summary="API index: version, counts and endpoints")
def index(request: Request) -> dict[str, Any]:
    return {
        "name": "chancery",
        "version": request.app.version,
        "counts": _db(request).counts(),
        "docs": "/api/v1/docs",
        "openapi": "/api/v1/openapi.json",
        "endpoints": sorted({str(getattr(r, "path", "")) for r in router.routes}),
    }


# -- documents and mentions -----------------------------------------------------------------------------
@router.get("/documents", summary="Stored documents, newest first")
def documents(request: Request, limit: Limit = 50, offset: Offset = 0,
              outlet: Annotated[str | None, Query(max_length=200)] = None) -> dict[str, Any]:
    total, items = knowledge.list_documents(_db(request), outlet=outlet, limit=limit, offset=offset)
    return _page(total, limit, offset, items)


@router.get("/documents/{doc_id}", summary="One document with its text and mentions")
def document(request: Request, doc_id: str) -> dict[str, Any]:
    db = _db(request)
    doc = db.document(doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id!r}", hint="list documents at /api/v1/documents")
    _, mentions = knowledge.list_mentions(db, kind=None, actor=None, year=None, doc=doc_id, limit=10_000, offset=0)
    row = db.conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return {**knowledge.document_meta(row), "text": doc.text, "mentions": mentions}


@router.get("/mentions", summary="Mentions with their evidence sentence and source")
def mentions(request: Request, kind: MentionKind | None = None, actor: ActorParam = None, year: Year = None,
             doc: Annotated[str | None, Query(max_length=200)] = None,
             limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    total, items = knowledge.list_mentions(_db(request), kind=kind, actor=parse_actor(actor), year=year, doc=doc,
                                           limit=limit, offset=offset)
    return _page(total, limit, offset, items)


@router.get("/mentions/{mention_id}", summary="One mention with its evidence")
def mention(request: Request, mention_id: MentionId) -> dict[str, Any]:
    m = knowledge.get_mention(_db(request), mention_id)
    if m is None:
        raise NotFound(f"no mention {mention_id}")
    return m


@router.get("/mentions/{mention_id}/fact", summary="The fact a mention was resolved into")
def mention_fact(request: Request, mention_id: MentionId) -> dict[str, Any]:
    db = _db(request)
    fid = knowledge.fact_of_mention(db, mention_id)
    f = knowledge.get_fact(db, fid) if fid else None
    if f is None:
        raise NotFound(f"no fact for mention {mention_id}", hint="actors lines are not facts")
    return f


# -- facts ------------------------------------------------------------------------------------------------
@router.get("/facts", summary="Facts (mentions grouped), most corroborated first")
def facts(request: Request, kind: FactKind | None = None, actor: ActorParam = None, year: Year = None,
          outlet: Annotated[str | None, Query(max_length=200)] = None,
          min_corroboration: Annotated[int, Query(ge=0, le=10_000)] = 0,
          conflict: bool | None = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    args: dict[str, Any] = {"kind": kind, "actor": parse_actor(actor), "year": year, "outlet": outlet,
                            "min_corroboration": min_corroboration, "conflict": conflict, "limit": limit,
                            "offset": offset}
    total, items = _memo(request, ("facts", *sorted(args.items())), lambda: knowledge.list_facts(_db(request), **args))
    return _page(total, limit, offset, items)


@router.get("/facts/{fact_id}", summary="One fact with every supporting mention and its source")
def fact(request: Request, fact_id: str) -> dict[str, Any]:
    if not FACT_ID.fullmatch(fact_id):
        raise InvalidParameter(f"fact_id: {fact_id!r} is not a fact id", hint="fact ids look like partnership:0123456789ab")
    f = _memo(request, ("fact", fact_id), lambda: knowledge.get_fact(_db(request), fact_id))
    if f is None:
        raise NotFound(f"no fact {fact_id!r}")
    return dict(f)


# -- countries --------------------------------------------------------------------------------------------
@router.get("/countries/{code}/partners", summary="A country's partners at the highest level seen")
def partners(request: Request, code: str) -> dict[str, Any]:
    db = _db(request)
    code = parse_country(db, code)
    return {"country": code, "partners": _memo(request, ("country_view", code),
                                               lambda: knowledge.country_view(db, code))["partners"]}


@router.get("/countries/{code}/timeline", summary="Partnerships set up or upgraded, oldest first")
def timeline(request: Request, code: str, partner: ActorParam = None) -> dict[str, Any]:
    db = _db(request)
    code = parse_country(db, code)
    other = parse_actor(partner)
    events = _memo(request, ("country_view", code), lambda: knowledge.country_view(db, code))["events"]
    return {"country": code, "events": [e for e in events if other is None or e["partner"] == other]}


@router.get("/countries/{code}/brief", summary="A country's brief with citations (json, md or html)",
            response_model=None)
def brief(request: Request, code: str, format: Literal["json", "md", "html"] = "json",
          year: Year = None) -> Response | dict[str, Any]:
    db = _db(request)
    code = parse_country(db, code)
    b = knowledge.brief(db, code, year=year)
    if format == "md":
        return PlainTextResponse(render_markdown(b), media_type="text/markdown; charset=utf-8")
    if format == "html":  # a standalone page (escaped by chancery.resolve.render) with its own inline style
        return HTMLResponse(render_html(b), headers={"Content-Security-Policy": _BRIEF_CSP})
    return b.as_dict()


@router.get("/countries/{code}/relations/{partner}", summary="The levels a pair has held and the one in force "
            "(as of a date)")
def relation(request: Request, code: str, partner: str,
             as_of: Annotated[date | None, Query(description="cut the timeline at this date (YYYY-MM-DD)")] = None
             ) -> dict[str, Any]:
    db = _db(request)
    a, b = parse_country(db, code), parse_country(db, partner)
    if a == b:
        raise InvalidParameter(f"partner: {partner!r} is the country itself", hint="name two different countries")
    return dict(_memo(request, ("relation", a, b, as_of), lambda: knowledge.relation(db, a, b, as_of=as_of)))


@router.get("/events", summary="The event table: one row per visit or agreement (GDELT/ICEWS style, CAMEO codes)")
def events(request: Request, actor: ActorParam = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    code = parse_actor(actor)
    rows = _memo(request, ("events",), lambda: knowledge.events(_db(request)))
    chosen = [r for r in rows if code is None or code in (r["actor1"], r["actor2"])]
    return _page(len(chosen), limit, offset, chosen[offset: offset + limit])


@router.get("/conflicts", summary="Facts where sources state different values")
def conflicts(request: Request, actor: ActorParam = None) -> dict[str, Any]:
    code = parse_actor(actor)
    items = _memo(request, ("conflicts", code), lambda: knowledge.conflicts(_db(request), actor=code))
    return {"total": len(items), "items": items}


@router.get("/claims", summary="Counts documents claim, checked against what the knowledge base supports")
def claims(request: Request, country: ActorParam = None, year: Year = None) -> dict[str, Any]:
    items = knowledge.claims(_db(request), country=parse_actor(country), year=year)
    return {"total": len(items), "items": items}


# -- search -----------------------------------------------------------------------------------------------
@router.get("/search", summary="Full-text search over sentences (case and diacritics ignored)")
def search_sentences(request: Request, q: Annotated[str, Query(min_length=1, max_length=500)],
                     limit: Limit = 20, offset: Offset = 0) -> dict[str, Any]:
    try:
        total, items = search(_db(request).conn, q, limit=limit, offset=offset)
    except SearchQueryError as e:
        raise InvalidParameter(f"q: {e}", hint="search for words, or a \"quoted phrase\"") from e
    return {"q": q, **_page(total, limit, offset, items)}


# -- ingest -----------------------------------------------------------------------------------------------
def check_ingest_allowed(request: Request, form_token: str | None = None, *, csrf: str | None = None,
                         form: bool = False) -> None:
    """Refuse (403) unless bound to loopback or given the configured token.

    Cross-site requests never get here (:mod:`.security`); a browser (and the HTML form, always)
    must also send the ingest form's CSRF token.
    """
    config = request.app.state.config
    if (form or is_browser_request(request.headers)) and not config.security.csrf_valid(csrf):
        raise Forbidden("this ingest request has no valid form token",
                        hint="reload the ingest page and send the form again")
    if not config.ingest_needs_token:
        return
    if config.token is None:
        raise Forbidden("ingest is disabled: the server is not bound to loopback and has no token",
                        hint="restart with --token TOKEN, or bind to 127.0.0.1")
    auth = request.headers.get("authorization", "")
    given = auth[7:].strip() if auth.lower().startswith("bearer ") else request.headers.get("x-chancery-token")
    given = given or form_token
    if not given or not hmac.compare_digest(given.encode(), config.token.encode()):
        raise Forbidden("ingest needs a valid token",
                        hint="send 'Authorization: Bearer TOKEN' (or the token form field)")


async def read_uploads(files: list[UploadFile] | None, text: str | None, doc_id: str | None) -> list[tuple[str, bytes]]:
    uploads: list[tuple[str, bytes]] = []
    for f in files or []:
        if f.filename:
            uploads.append((f.filename, await f.read()))
    if text and text.strip():
        from .jobs import IngestJobs

        uploads.append(IngestJobs.text_upload(text, doc_id or None))
    if not uploads:
        raise InvalidParameter("nothing to ingest: send files (multipart field 'files') or a 'text' field")
    return uploads


@router.post("/ingest", status_code=202, summary="Queue files or a text for ingest; poll the job it returns")
async def ingest(
    request: Request,
    files: Annotated[list[UploadFile] | None, File(description="files: .txt .md .html .jsonl")] = None,
    text: Annotated[str | None, Form(description="a text to ingest as one document")] = None,
    doc_id: Annotated[str | None, Form(max_length=100, description="id for the text")] = None,
    token: Annotated[str | None, Form(description="the token, if not sent as a header")] = None,
    csrf: Annotated[str | None, Form(description="the ingest page's form token (required from browsers)")] = None,
) -> JSONResponse:
    """A text whose id (``doc_id``, or a file's name) holds another stored text is stored under a new
    id; the stored document is never replaced here (see ``PUT /api/v1/documents/{doc_id}``)."""
    check_ingest_allowed(request, token, csrf=csrf)
    uploads = await read_uploads(files, text, doc_id)
    return _queued(request.app.state.config.jobs.submit(uploads))


def _queued(job: Any) -> JSONResponse:
    url = f"/api/v1/ingest/{job.id}"
    return JSONResponse({**job.as_dict(), "url": url}, status_code=202, headers={"Location": url})


@router.put("/documents/{doc_id}", status_code=202,
            summary="Replace a stored document's text (queued as an ingest job; the id is kept)")
async def replace_document(
    request: Request,
    doc_id: Annotated[str, Path(min_length=1, max_length=200)],
    text: Annotated[str, Form(min_length=1, description="the new text")],
    title: Annotated[str | None, Form(max_length=500)] = None,
    url: Annotated[str | None, Form(max_length=2000)] = None,
    outlet: Annotated[str | None, Form(max_length=200)] = None,
    published: Annotated[str | None, Form(max_length=40, description="YYYY-MM-DD")] = None,
    token: Annotated[str | None, Form(description="the token, if not sent as a header")] = None,
    csrf: Annotated[str | None, Form(description="the ingest page's form token (required from browsers)")] = None,
) -> JSONResponse:
    check_ingest_allowed(request, token, csrf=csrf)
    if not text.strip():
        raise InvalidParameter("text: the new text is empty")
    from .jobs import IngestJobs

    record = {"id": doc_id, "text": text, "title": title, "url": url, "outlet": outlet, "published": published}
    return _queued(request.app.state.config.jobs.submit([IngestJobs.record_upload(record)], replace=True))


@router.get("/ingest/{job_id}", summary="An ingest job's state and per-document progress")
def ingest_job(request: Request, job_id: str) -> dict[str, Any]:
    job = request.app.state.config.jobs.get(job_id)
    if job is None:
        raise NotFound(f"no ingest job {job_id!r}", hint="jobs are kept in memory until the server restarts")
    return job
