"""Shared fixtures: a real annotator (spaCy model + packaged gazetteer), loaded once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

import pytest

from chancery.annotate.document import AnnotatedDocument
from chancery.annotate.pipeline import Annotator
from chancery.api import make_document

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold" / "seeds"


@pytest.fixture(scope="session")
def annotator() -> Annotator:
    return Annotator()


@pytest.fixture(scope="session")
def annotate_text(annotator: Annotator) -> Callable[..., AnnotatedDocument]:
    """annotate_text(text, published="2025-12-30" | None, doc_id="t") -> AnnotatedDocument"""

    def run(text: str, published: str | None = None, doc_id: str = "t", outlet: str | None = None) -> AnnotatedDocument:
        day = dt.date.fromisoformat(published) if published else None
        return annotator.annotate(make_document(text, doc_id=doc_id, published=day, outlet=outlet))

    return run
