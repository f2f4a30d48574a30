"""The HTML pages: each route parses, calls :mod:`.knowledge` or :mod:`.search`, renders a template.

Templates autoescape; article text is passed as plain segments (see :mod:`.render`), never as markup.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, File, Form, Path, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..store.database import Database
from . import knowledge
from .api import FACT_ID, check_ingest_allowed, parse_actor, parse_country, read_uploads
from .errors import InvalidParameter, NotFound
from .render import paragraph_around
from .search import SearchQueryError, search
from .security import MAX_INT

__all__ = ["router"]

router = APIRouter(include_in_schema=False)

PAGE = 50
TIMELINE_RECENT = 100  # upgrades shown on a country page unless ?timeline=all
FACT_KINDS = ("partnership", "visit", "agreement", "quantity", "election", "hosting")


def _db(request: Request) -> Database:
    db: Database = request.app.state.config.db()
    return db


def _memo(request: Request, key: tuple[Any, ...], compute: Any) -> Any:
    return request.app.state.config.memo(key, compute)


def _render(request: Request, name: str, **context: Any) -> HTMLResponse:
    response: HTMLResponse = request.app.state.templates.TemplateResponse(request, name, context)
    return response


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    db = _db(request)
    _, docs = knowledge.list_documents(db, outlet=None, limit=10, offset=0)
    return _render(request, "home.html", counts=db.counts(), countries=knowledge.actors_with_facts(db), documents=docs)


@router.get("/countries/{code}", response_class=HTMLResponse)
def country(request: Request, code: str, timeline: Annotated[str, Query(pattern="^(recent|all)$")] = "recent"
            ) -> HTMLResponse:
    db = _db(request)
    code = parse_country(db, code)
    view = _memo(request, ("country_view", code), lambda: knowledge.country_view(db, code))
    events = view["events"] if timeline == "all" else view["events"][-TIMELINE_RECENT:]
    return _render(request, "country.html", country=code, partners=view["partners"],
                   by_partner={p["partner"]: p for p in view["partners"]}, events=events,
                   hidden_events=len(view["events"]) - len(events))


def _int(name: str, value: str | None, lo: int, hi: int) -> int | None:
    """A number from a form field; blank is None, anything else out of range is a 400."""
    if value is None or not value.strip():
        return None
    if not value.strip().isdigit() or not lo <= int(value) <= hi:
        raise InvalidParameter(f"{name}: {value!r} is not a whole number from {lo} to {hi}")
    return int(value)


@router.get("/countries", response_class=HTMLResponse)
def country_jump(code: Annotated[str, Query(max_length=40)]) -> Response:
    """The start page's "open a country" form."""
    return RedirectResponse(f"/countries/{quote(code.strip())}", status_code=303)


@router.get("/facts", response_class=HTMLResponse)
def facts(request: Request, kind: Annotated[str | None, Query(max_length=20)] = None,
          actor: Annotated[str | None, Query(max_length=40)] = None,
          year: Annotated[str | None, Query(max_length=10)] = None,
          outlet: Annotated[str | None, Query(max_length=200)] = None,
          min_corroboration: Annotated[str | None, Query(max_length=10)] = None,
          conflict: Annotated[str | None, Query(pattern="^(|yes|no)$")] = None,
          offset: Annotated[int, Query(ge=0, le=MAX_INT)] = 0) -> HTMLResponse:
    db = _db(request)
    if kind and kind not in FACT_KINDS:
        raise InvalidParameter(f"kind: {kind!r} is not one of {', '.join(FACT_KINDS)}")
    flag = {"yes": True, "no": False}.get(conflict or "")
    args: dict[str, Any] = {
        "kind": kind or None, "actor": parse_actor(actor), "year": _int("year", year, 1000, 2999),
        "outlet": outlet or None, "min_corroboration": _int("min_corroboration", min_corroboration, 0, 10_000) or 0,
        "conflict": flag, "limit": PAGE, "offset": offset,
    }
    total, items = _memo(request, ("facts", *sorted(args.items())), lambda: knowledge.list_facts(db, **args))
    params = {"kind": kind or "", "actor": actor or "", "year": year or "", "outlet": outlet or "",
              "min_corroboration": min_corroboration or "", "conflict": conflict or ""}
    return _render(request, "facts.html", total=total, items=items, offset=offset, page=PAGE, params=params,
                   outlets=knowledge.outlets(db), kinds=FACT_KINDS)


@router.get("/facts/{fact_id}", response_class=HTMLResponse)
def fact(request: Request, fact_id: str) -> HTMLResponse:
    if not FACT_ID.fullmatch(fact_id):
        raise InvalidParameter(f"{fact_id!r} is not a fact id")
    db = _db(request)
    f = knowledge.get_fact(db, fact_id)
    if f is None:
        raise NotFound(f"no fact {fact_id!r}")
    support = []
    for m in f["mentions"]:
        doc = db.document(m["doc"])
        text = doc.text if doc else ""
        ps, pe = paragraph_around(text, m["evidence"]["start"], m["evidence"]["end"])
        support.append({**m, "text": text, "context": (ps, pe)})
    return _render(request, "fact.html", f=f, support=support)


@router.get("/mentions/{mention_id}/fact", response_class=HTMLResponse)
def mention_fact(request: Request, mention_id: Annotated[int, Path(ge=0, le=MAX_INT)]) -> Response:
    fid = knowledge.fact_of_mention(_db(request), mention_id)
    if fid is None:
        raise NotFound(f"no fact for mention {mention_id}")
    return RedirectResponse(f"/facts/{fid}", status_code=303)


@router.get("/conflicts", response_class=HTMLResponse)
def conflicts(request: Request, actor: Annotated[str | None, Query(max_length=40)] = None) -> HTMLResponse:
    code = parse_actor(actor)
    items = _memo(request, ("conflicts", code), lambda: knowledge.conflicts(_db(request), actor=code))
    return _render(request, "conflicts.html", items=items, actor=actor or "")


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: Annotated[str, Query(max_length=500)] = "",
                offset: Annotated[int, Query(ge=0, le=MAX_INT)] = 0) -> HTMLResponse:
    total, items, problem = 0, list[dict[str, Any]](), None
    if q.strip():
        try:
            total, items = search(_db(request).conn, q, limit=20, offset=offset)
        except SearchQueryError as e:
            problem = str(e)
    return _render(request, "search.html", q=q, total=total, items=items, offset=offset, page=20, problem=problem)


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, offset: Annotated[int, Query(ge=0, le=MAX_INT)] = 0) -> HTMLResponse:
    total, items = knowledge.list_documents(_db(request), outlet=None, limit=PAGE, offset=offset)
    return _render(request, "documents.html", total=total, items=items, offset=offset, page=PAGE)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(request: Request, doc_id: str,
             hl: Annotated[str | None, Query(pattern=r"^\d+-\d+$", description="start-end to highlight")] = None
             ) -> HTMLResponse:
    db = _db(request)
    doc = db.document(doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id!r}")
    _, mentions = knowledge.list_mentions(db, kind=None, actor=None, year=None, doc=doc_id, limit=10_000, offset=0)
    mentions = [m for m in mentions if m["kind"] != "actors"]
    current = tuple(int(x) for x in hl.split("-")) if hl else None
    spans = [(m["evidence"]["start"], m["evidence"]["end"]) for m in mentions] + ([current] if current else [])
    return _render(request, "document.html", doc=doc, mentions=mentions, spans=spans, current=current)


@router.get("/ingest", response_class=HTMLResponse)
def ingest_page(request: Request) -> HTMLResponse:
    config = request.app.state.config
    return _render(request, "ingest.html", needs_token=config.ingest_needs_token, csrf=config.security.csrf_token())


@router.post("/ingest")
async def ingest_post(
    request: Request,
    files: Annotated[list[UploadFile] | None, File()] = None,
    text: Annotated[str | None, Form()] = None,
    doc_id: Annotated[str | None, Form(max_length=100)] = None,
    token: Annotated[str | None, Form()] = None,
    csrf: Annotated[str | None, Form()] = None,
) -> Response:
    check_ingest_allowed(request, token, csrf=csrf, form=True)
    job = request.app.state.config.jobs.submit(await read_uploads(files, text, doc_id))
    return RedirectResponse(f"/ingest/jobs/{job.id}", status_code=303)


@router.get("/ingest/jobs/{job_id}", response_class=HTMLResponse)
def ingest_job(request: Request, job_id: str) -> HTMLResponse:
    job = request.app.state.config.jobs.get(job_id)
    if job is None:
        raise NotFound(f"no ingest job {job_id!r}")
    return _render(request, "ingest_job.html", job=job)


@router.get("/api/v1/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """A self-hosted API reference rendered from the OpenAPI description (no CDN)."""
    spec = request.app.openapi()
    ops = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            ops.append({"path": path, "method": method.upper(), "summary": op.get("summary", ""),
                        "params": op.get("parameters", []), "body": "requestBody" in op})
    return _render(request, "apidocs.html", ops=ops, spec=spec)
