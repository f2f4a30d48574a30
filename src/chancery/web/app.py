"""The web app factory: one process serving the JSON API (/api/v1), the pages and their assets.

    >>> from chancery.web.app import create_app
    >>> app = create_app("chancery.db")                      # bound to loopback: ingest open
    >>> app = create_app("kb.db", bind_host="0.0.0.0", token="s3cret")   # ingest needs the token

Routes live in :mod:`.api` (JSON) and :mod:`.pages` (HTML); both call :mod:`.knowledge` and
:mod:`.search`.  Everything the pages load (scripts, styles, map geometry) is served from
``static/``: the app works with no internet.  Each request thread reads through its own SQLite
connection (WAL: readers never wait for the ingest writer).
"""

from __future__ import annotations

import functools
import json
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from .. import __version__
from ..config import DEFAULT_SETTINGS, Settings
from ..store.database import Database
from ..store.search_index import backfill
from . import errors
from .jobs import IngestJobs
from .security import SecurityMiddleware, SecurityPolicy, is_loopback

__all__ = ["WebConfig", "create_app", "is_loopback", "world_map"]

_HERE = Path(str(resources.files("chancery.web")))
T = TypeVar("T")
MEMO_SIZE = 256  # answers kept per process (country views, fact lists ...)

# pages load nothing from elsewhere and run no inline script: a second wall behind escaping
_SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
    " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


class WebConfig:
    """What the routes need: the database, the ingest policy and queue, the templates."""

    def __init__(self, db_path: str, *, token: str | None, bind_host: str, settings: Settings,
                 allow_hosts: tuple[str, ...] = ()) -> None:
        self.db_path = db_path
        self.token = token or None
        self.bind_host = bind_host
        self.settings = settings
        self.ingest_needs_token = not is_loopback(bind_host)  # the only binds that leave ingest open
        # issue 10: Host allow-list, cross-site refusal, body cap, CSRF key (web/security.py)
        self.security = SecurityPolicy(bind_host=bind_host, allow_hosts=allow_hosts, max_body=settings.max_request_bytes)
        self.jobs = IngestJobs(db_path, settings=settings)
        self._local = threading.local()
        self._memo: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._memo_lock = threading.Lock()

    def db(self) -> Database:
        """This thread's read connection."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = Database(self.db_path, settings=self.settings)
        return db

    def memo(self, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """``compute()``, remembered until the database changes (a new document or mention).

        Resolving a country's mentions is the costly part of a page; the answer only changes when
        something is written, which the stamp (the highest document rowid and mention id) reveals,
        whoever wrote it (this app's ingest jobs or a ``chancery ingest`` on the same file).
        """
        stamp = tuple(self.db().conn.execute(
            "SELECT (SELECT max(rowid) FROM documents), (SELECT max(id) FROM mentions)").fetchone())
        full = (stamp, *key)
        with self._memo_lock:
            if full in self._memo:
                self._memo.move_to_end(full)
                cached: T = self._memo[full]
                return cached
        value = compute()
        with self._memo_lock:
            self._memo[full] = value
            while len(self._memo) > MEMO_SIZE:
                self._memo.popitem(last=False)
        return value


@functools.lru_cache(maxsize=1)
def world_map() -> dict[str, Any]:
    """The bundled country outlines: ``{"viewBox", "countries": {ISO3: {"name", "d"}}}``."""
    with (_HERE / "static" / "world-110m.json").open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def create_app(
    db_path: str | Path,
    *,
    token: str | None = None,
    bind_host: str = "127.0.0.1",
    settings: Settings = DEFAULT_SETTINGS,
    allow_hosts: tuple[str, ...] = (),
) -> FastAPI:
    """The FastAPI app over ``db_path`` (created and migrated if needed).

    ``bind_host`` is the address the server is bound to: ingest is open when it is loopback and
    needs ``token`` otherwise (refused entirely if no token is configured).  The app answers to
    loopback names, ``bind_host`` and ``allow_hosts`` only (:mod:`.security`).
    """
    db_path = str(db_path)
    with Database(db_path, settings=settings) as db:  # migrate, then index documents stored earlier
        backfill(db.conn)
    config = WebConfig(db_path, token=token, bind_host=bind_host, settings=settings, allow_hosts=allow_hosts)

    app = FastAPI(
        title="chancery",
        version=__version__,
        description="Source-linked facts about countries' foreign relations: documents, mentions, facts,"
        " partners, timelines, conflicts, claims, briefs and sentence search. Errors share one shape:"
        ' {"error": {"status", "code", "message", "hint"?}}.',
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/v1/openapi.json",
    )
    app.state.config = config
    templates = Jinja2Templates(directory=str(_HERE / "templates"))  # autoescape on for .html
    templates.env.globals.update(version=__version__, world_map=world_map)
    from .render import install_filters

    install_filters(templates.env)
    app.state.templates = templates
    errors.install(app)

    @app.middleware("http")
    async def _headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        for k, v in _SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    app.add_middleware(SecurityMiddleware, policy=config.security)  # outermost of the app's own middleware
    app.mount("/static", StaticFiles(directory=str(_HERE / "static")), name="static")
    from . import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    return app
