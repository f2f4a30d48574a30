"""The web app and JSON API (``chancery serve``): a thin adapter over the library.

    app.py        create_app(): the FastAPI app, security headers, static files
    api.py        /api/v1 JSON routes (OpenAPI at /api/v1/openapi.json, reference at /api/v1/docs)
    pages.py      HTML pages: country (map, partners, timeline), facts, conflicts, search, documents, ingest
    errors.py     the one JSON error shape and the handlers that enforce it
    knowledge.py  the questions the routes ask of the knowledge base (switches to chancery.resolve)
    search.py     full-text sentence search over the FTS5 index
    jobs.py       background ingest jobs with progress
    render.py     names, labels and highlighted text segments for templates
    build_map.py  build-time tool that made static/world-110m.json (not imported at run time)
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
