"""chancery: source-linked facts about countries' foreign relations, from diplomatic news.

    >>> import chancery
    >>> for m in chancery.extract("news/"):
    ...     print(m.kind, m.fields(), m.evidence.text)

The library is the product; the ``chancery`` command is a thin layer over it.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .api import Extraction, extract, extract_documents, extract_text, iter_extract, make_document
from .config import Settings, load_settings
from .errors import ChanceryError, InputError
from .model import KINDS, ActorSpan, Document, Evidence, Mention, Person, Sentence
from .pipeline import IngestReport, ingest
from .store.database import Database

__all__ = [
    "KINDS",
    "ActorSpan",
    "ChanceryError",
    "Database",
    "Document",
    "Evidence",
    "Extraction",
    "IngestReport",
    "InputError",
    "Mention",
    "Person",
    "Sentence",
    "Settings",
    "__version__",
    "extract",
    "extract_documents",
    "extract_text",
    "ingest",
    "iter_extract",
    "load_settings",
    "make_document",
]
