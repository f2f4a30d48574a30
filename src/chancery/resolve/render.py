"""Renderers for :class:`chancery.resolve.brief.Brief`: Markdown and HTML.

Article text is untrusted: in HTML every piece of text (statements, outlets, sentences, URLs) is
escaped with :func:`html.escape`, and a URL becomes a link only when it is http(s).  In Markdown
quoted sentences are put on one line with Markdown control characters at line start neutralised.
"""

from __future__ import annotations

import html
import re

from .brief import Brief, Reference, Statement

__all__ = ["render", "render_html", "render_markdown"]


def render(brief: Brief, fmt: str = "md") -> str:
    if fmt == "html":
        return render_html(brief)
    return render_markdown(brief)


def _title(brief: Brief) -> str:
    period = f" in {brief.year}" if brief.year else ""
    return f"{brief.country_name} ({brief.country}){period}: a brief"


def _cites_md(cites: tuple[int, ...]) -> str:
    return "".join(f"[{n}]" for n in cites)


def _md_text(text: str) -> str:
    text = " ".join(text.split())
    return re.sub(r"^([#>*+-]|\d+\.)", r"\\\1", text)


def _md_statement(st: Statement, depth: int, out: list[str]) -> None:
    cites = _cites_md(st.cites)
    out.append(f"{'  ' * depth}- {_md_text(st.text)}{' ' + cites if cites else ''}")
    for d in st.details:
        _md_statement(d, depth + 1, out)


def _ref_line(r: Reference) -> tuple[str, str, str]:
    who = f"{r.outlet} ({r.doc})" if r.outlet else f"document {r.doc}"
    when = r.published.isoformat() if r.published else "undated"
    return who, when, " ".join(r.sentence.split())


def render_markdown(brief: Brief) -> str:
    out = [f"# {_md_text(_title(brief))}", ""]
    out.append(f"Built from {brief.documents} independent document(s); numbers in brackets cite the references below.")
    for section in brief.sections:
        out += ["", f"## {section.title}", ""]
        if not section.statements:
            out.append(f"_{section.empty}_")
        for st in section.statements:
            _md_statement(st, 0, out)
    out += ["", "## References", ""]
    for r in brief.references:
        who, when, sentence = _ref_line(r)
        url = f" <{r.url}>" if r.url and r.url.startswith(("http://", "https://")) else ""
        out.append(f"[{r.n}] {_md_text(who)}, {when}{url}: \u201c{sentence}\u201d")
    return "\n".join(out) + "\n"


def _cites_html(cites: tuple[int, ...]) -> str:
    return "".join(f'<a class="cite" href="#ref-{n}">[{n}]</a>' for n in cites)


def _html_statement(st: Statement) -> str:
    inner = f"{html.escape(st.text)} {_cites_html(st.cites)}".rstrip()
    if st.details:
        inner += "<ul>" + "".join(_html_statement(d) for d in st.details) + "</ul>"
    return f"<li>{inner}</li>"


def render_html(brief: Brief) -> str:
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{e(_title(brief))}</title>",
        ("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
         "a.cite{text-decoration:none;font-size:.85em}ol.refs li{margin:.3em 0}q{font-style:italic}</style>"),
        "</head><body>",
        f"<h1>{e(_title(brief))}</h1>",
        f"<p>Built from {brief.documents} independent document(s); numbers in brackets cite the references below.</p>",
    ]
    for section in brief.sections:
        parts.append(f"<section><h2>{e(section.title)}</h2>")
        if section.statements:
            parts.append("<ul>" + "".join(_html_statement(st) for st in section.statements) + "</ul>")
        else:
            parts.append(f"<p><em>{e(section.empty)}</em></p>")
        parts.append("</section>")
    parts.append('<section><h2>References</h2><ol class="refs">')
    for r in brief.references:
        who, when, sentence = _ref_line(r)
        src = e(who)
        if r.url and r.url.startswith(("http://", "https://")):
            src = f'<a href="{e(r.url, quote=True)}" rel="nofollow noopener">{src}</a>'
        parts.append(f'<li id="ref-{r.n}" value="{r.n}">{src}, {e(when)}: <q>{e(sentence)}</q></li>')
    parts.append("</ol></section></body></html>")
    return "\n".join(parts) + "\n"
