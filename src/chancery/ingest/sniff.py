"""Byte-level checks that turn raw bytes into text or a precise InputError.

Order of the checks (the first failing one wins): empty or whitespace-only,
binary content (magic numbers, UTF-16/32, NUL bytes), invalid UTF-8.
The size check happens before reading, in :mod:`chancery.ingest.readers`.
"""

from __future__ import annotations

import re

from ..errors import BinaryInputError, EmptyInputError, EncodingError, UnsupportedFormatError

__all__ = ["SNIFF_BYTES", "decode_bytes", "looks_like_html"]

#: how much of the start of a file is inspected for binary content
SNIFF_BYTES = 8192

_UTF8_BOM = b"\xef\xbb\xbf"

#: (magic prefix, what the file looks like)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"%PDF", "a PDF document"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.epub document)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"BZh", "a bzip2-compressed file"),
    (b"\xfd7zXZ\x00", "an xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office document (.doc/.xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "an executable program"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

_UTF16_32_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
                         re.IGNORECASE | re.DOTALL)


def decode_bytes(source: str, data: bytes, *, known_format: bool = True) -> str:
    """Decode ``data`` as UTF-8 text (a UTF-8 BOM is dropped) or raise.

    ``known_format`` is False for an explicitly named file whose extension
    chancery does not read: content that is neither UTF-8 nor Windows-1252
    text is then an :class:`UnsupportedFormatError`.
    """
    _check_not_empty(source, data)
    _check_not_binary(source, data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise _encoding_error(source, data, e, known_format) from None


def looks_like_html(data: bytes | str) -> bool:
    """True if the content starts like an HTML document."""
    head = data[:2048]
    if isinstance(head, str):
        head = head.encode("utf-8", "replace")
    return _HTML_START.match(head.removeprefix(_UTF8_BOM)) is not None


def _check_not_empty(source: str, data: bytes) -> None:
    if not data:
        raise EmptyInputError(source, "the file is empty")
    if not data.removeprefix(_UTF8_BOM).strip():
        raise EmptyInputError(source, "the file holds only whitespace")


def _check_not_binary(source: str, data: bytes) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryInputError(source, f"looks like {what}, not text")
    for bom, name in _UTF16_32_BOMS:
        if data.startswith(bom):
            raise EncodingError(source, f"looks like {name} text; chancery reads UTF-8")
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        if _looks_like_utf16(head):
            raise EncodingError(source, "looks like UTF-16 text without a byte order mark; chancery reads UTF-8")
        raise BinaryInputError(source, "looks like a binary file (it contains NUL bytes), not text")


def _looks_like_utf16(head: bytes) -> bool:
    """Mostly-ASCII UTF-16: NUL in (nearly) every other byte, on one side."""
    if len(head) < 4:
        return False
    even = head[0::2].count(0) / len(head[0::2])
    odd = head[1::2].count(0) / max(1, len(head[1::2]))
    return (even > 0.7 and odd < 0.1) or (odd > 0.7 and even < 0.1)


def _encoding_error(source: str, data: bytes, e: UnicodeDecodeError, known_format: bool) -> Exception:
    pos = e.start
    line = data.count(b"\n", 0, pos) + 1
    column = pos - (data.rfind(b"\n", 0, pos) + 1) + 1
    where = f"byte 0x{data[pos]:02x} at line {line}, column {column} (offset {pos})"
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        if not known_format:
            return UnsupportedFormatError(source, f"not a format chancery reads, and not UTF-8 text ({where})")
        return EncodingError(source, f"not valid UTF-8: {where}")
    return EncodingError(source, f"not valid UTF-8: {where}; looks like Windows-1252 text")
