"""Text normalisation: the one canonical form every stored document text has.

Evidence offsets downstream are character offsets into the *normalised* text,
so this function must be deterministic and idempotent:
``normalize_text(normalize_text(x)) == normalize_text(x)``.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalize_text", "replace_surrogates"]

#: invisible characters that are deleted outright
_INVISIBLE = (
    "\u200b"  # zero width space
    "\u200c"  # zero width non-joiner
    "\u200d"  # zero width joiner
    "\u2060"  # word joiner
    "\u180e"  # mongolian vowel separator
    "\ufeff"  # byte order mark / zero width no-break space
    "\u00ad"  # soft hyphen
)

#: horizontal spaces that become a plain " "
_SPACES = (
    "\t"
    "\u00a0"  # no-break space
    "\u1680"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f"  # narrow no-break space
    "\u205f"  # medium mathematical space
    "\u3000"  # ideographic space
)

#: characters that end a line
_LINE_BREAKS = "\x0b\x0c\x85\u2028\u2029"

#: C0/C1 control characters other than tab and newline (deleted)
_CONTROLS = "".join(chr(c) for c in [*range(0x09), *range(0x0E, 0x20), 0x7F, *range(0x80, 0x85),
                                     *range(0x86, 0xA0)])


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for ch in _INVISIBLE + _CONTROLS:
        table[ord(ch)] = None
    for ch in _SPACES:
        table[ord(ch)] = " "
    for ch in _LINE_BREAKS:
        table[ord(ch)] = "\n"
    return table


_TABLE = _build_table()
# unpaired surrogates cannot be encoded (JSON may carry them as "\ud800" escapes)
_SURROGATE = re.compile("[\ud800-\udfff]")
_MULTI_SPACE = re.compile(r" {2,}")
_MULTI_NEWLINE = re.compile(r"\n{3,}")


def replace_surrogates(value: str) -> str:
    """``value`` with unpaired surrogates (which no encoder accepts) replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value


def normalize_text(raw: str) -> str:
    """Return the canonical form of ``raw``.

    NFC; CR/LF variants to ``\\n``; zero-width characters, BOM, soft hyphens
    and control characters removed; unpaired surrogates to U+FFFD; every Unicode
    space and tab to one ``" "``; runs of spaces collapsed; each line stripped;
    at most one blank line in a row; the whole text stripped.
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = replace_surrogates(text)
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_TABLE)
    # deleting characters can leave a base letter next to a combining mark it
    # was kept from, so compose again to stay idempotent
    text = unicodedata.normalize("NFC", text)
    text = _MULTI_SPACE.sub(" ", text)
    text = "\n".join(line.strip(" ") for line in text.split("\n"))
    text = _MULTI_NEWLINE.sub("\n\n", text)
    return text.strip(" \n")
