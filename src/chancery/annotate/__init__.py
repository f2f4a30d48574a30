"""Annotation: sentences, entities, actors, persons and dates over a document."""

from .document import AnnotatedDocument, Entity
from .gazetteer import Gazetteer, fold, load_gazetteer
from .pipeline import Annotator, annotate, load_nlp

__all__ = ["AnnotatedDocument", "Entity", "Gazetteer", "fold", "load_gazetteer", "Annotator", "annotate", "load_nlp"]
