"""The ``chancery`` command: a thin layer over the library.

Each command parses its options, calls one library function and formats the result.  Results go
to stdout, messages to stderr.  Exit codes: 0 all fine, 1 some inputs failed, 2 usage or setup error.

    common.py        the command group, error reporting, table output, actor names
    corpus.py        extract, ingest, eval
    store_views.py   facts, partners
    serve.py         serve (the web app and JSON API)
    knowledge.py     conflicts, relation, claims, brief, export (the knowledge base)
"""

from . import corpus, knowledge, serve, store_views  # noqa: F401  (register the commands)
from .common import main

__all__ = ["main"]
