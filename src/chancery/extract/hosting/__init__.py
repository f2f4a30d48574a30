"""The hosting extractor (see ``extractor.py``)."""

from .extractor import NAME, VERSION, extract

__all__ = ["NAME", "VERSION", "extract"]
