"""Annotation: sentences, entities, actors, persons and dates over a document."""

from .document import AnnotatedDocument, Entity
from .gazetteer import Gazetteer, fold, load_gazetteer
from .pipeline import Annotator, annotate, load_nlp

__all__ = ["AnnotatedDocument", "Annotator", "Entity", "Gazetteer", "annotate", "fold", "load_gazetteer", "load_nlp"]
