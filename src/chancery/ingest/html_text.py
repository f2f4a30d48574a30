"""Visible text of an HTML page read as a flat stream of tags, without building a tree.

The tree parser (libxml2, behind lxml and trafilatura) stops at 256 levels of nesting and drops
what lies deeper, so a sentence inside 10,000 nested ``<div>`` would be lost.  This reader walks
the page with the standard library's tokenizer, which keeps no stack of elements: its cost is
linear in the page and the nesting does not matter.  It is used when a page nests deeper than
:data:`MAX_TREE_DEPTH` or when the tree gives no text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .normalize import normalize_text

__all__ = ["MAX_TREE_DEPTH", "flat_text"]

#: pages nesting deeper than this are read flat (libxml2's HTML parser stops at 256 levels)
MAX_TREE_DEPTH = 250

#: elements whose content is never readable text
_HIDDEN = frozenset({"script", "style", "noscript", "template", "iframe", "object", "svg", "head",
                     "title", "select", "textarea", "button"})
#: elements that end a line of text
_BLOCKS = frozenset({
    "p", "div", "br", "hr", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "tr", "table", "section", "article", "header", "footer", "aside", "nav", "main", "blockquote",
    "pre", "figcaption", "address", "body", "td", "th",
})


_BLANK_LINES = re.compile(r"\n{2,}")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0  # open hidden elements (counted, not stacked)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.hidden = 0  # an unclosed <head> ends where the body starts
        elif tag in _HIDDEN:
            self.hidden += 1
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN and self.hidden:
            self.hidden -= 1
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def flat_text(html: str) -> str:
    """The normalised visible text of ``html`` (scripts, styles, head and forms left out)."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    # one line per block: the tags around a block each end a line, which leaves blank lines
    return _BLANK_LINES.sub("\n", normalize_text("".join(collector.parts)))
