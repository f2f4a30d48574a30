"""The one error shape of the web app, and the handlers that enforce it.

Every error response of the JSON API (and of any non-page request) has this body::

    {"error": {"status": 404, "code": "not_found", "message": "no document 'x'", "hint": "..."}}

``hint`` is present only when there is something to suggest.  Validation errors FastAPI would answer
with 422 are answered with 400 ``invalid_parameter``; unknown routes with 404 ``not_found``; anything
unexpected with 500 ``internal_error`` (logged, never a traceback in the body).  Browsers asking for
HTML outside /api/ get the same information as a page.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

__all__ = ["ApiError", "Forbidden", "InvalidParameter", "NotFound", "error_body", "install"]

log = logging.getLogger("chancery.web")

_CODES = {
    400: "invalid_parameter",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    429: "too_many_requests",
    500: "internal_error",
    503: "unavailable",
}


class ApiError(Exception):
    """An error a route raises on purpose; becomes the error shape at the edge."""

    status = 400
    code = "invalid_parameter"

    def __init__(self, message: str, *, hint: str | None = None, status: int | None = None,
                 code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        if status is not None:
            self.status = status
            self.code = code or _CODES.get(status, "error")
        if code is not None:
            self.code = code


class InvalidParameter(ApiError):
    status, code = 400, "invalid_parameter"


class NotFound(ApiError):
    status, code = 404, "not_found"


class Forbidden(ApiError):
    status, code = 403, "forbidden"


def error_body(status: int, code: str, message: str, hint: str | None = None) -> dict[str, Any]:
    err: dict[str, Any] = {"status": status, "code": code, "message": message}
    if hint:
        err["hint"] = hint
    return {"error": err}


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "")


def _respond(request: Request, status: int, code: str, message: str, hint: str | None = None,
             headers: dict[str, str] | None = None) -> Response:
    if _wants_html(request):
        templates = getattr(request.app.state, "templates", None)
        if templates is not None:
            return templates.TemplateResponse(
                request, "error.html", {"status": status, "code": code, "message": message, "hint": hint},
                status_code=status, headers=headers,
            )
        return HTMLResponse(f"<h1>{status}</h1>", status_code=status)
    return JSONResponse(error_body(status, code, message, hint), status_code=status, headers=headers)


def _describe(errors: list[Any]) -> str:
    parts = []
    for e in errors[:5]:
        loc = [str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body", "form", "header")]
        where = ".".join(loc) or "request"
        parts.append(f"{where}: {e.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def install(app: FastAPI) -> None:
    """Register the handlers that give every error the one shape."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        return _respond(request, exc.status, exc.code, exc.message, exc.hint)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        return _respond(request, 400, "invalid_parameter", _describe(list(exc.errors())),
                        "see /api/v1/docs for the parameters each endpoint takes")

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        status = exc.status_code
        code = _CODES.get(status, "error")
        if status == 404 and exc.detail in (None, "Not Found"):
            message = f"no such page or endpoint: {request.url.path}"
            hint = "the API lives under /api/v1; see /api/v1/docs"
        else:
            message, hint = str(exc.detail), None
        return _respond(request, status, code, message, hint, headers=getattr(exc, "headers", None))

    @app.exception_handler(OverflowError)
    async def _overflow(request: Request, exc: OverflowError) -> Response:
        # a number too large for SQLite (every parameter is bounded; this is the second wall)
        return _respond(request, 400, "invalid_parameter", "a number in the request is out of range",
                        f"numbers go up to {2**63 - 1}")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return _respond(request, 500, "internal_error", "the server failed to answer this request",
                        "this is a bug in chancery; the server log has the details")
