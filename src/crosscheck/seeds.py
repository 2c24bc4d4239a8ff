"""Reading a seed file: UTF-8 (with or without a byte-order mark) and nothing else.

A file that is not UTF-8 is refused with the byte where decoding failed and the command
that fixes it, rather than guessed at: a wrong guess would silently change names. UTF-16,
UTF-32 and binary files are named as such (`crosscheck.sniff`), and only regular files
of a bounded size are read (`crosscheck.files`).
"""

from __future__ import annotations

from pathlib import Path

from crosscheck.errors import SeedError
from crosscheck.files import read_bytes
from crosscheck.sniff import looks_binary, not_text
from crosscheck.text import Document, clean

BINARY = "is binary, not text; name the plain-text (UTF-8) version of the file"


def read_seed(path: Path, lang: str, shown: str) -> Document:
    """The cleaned document of a seed file; `shown` is the path as the user wrote it."""
    missing = "seed file not found; check the path in the claims file"
    data = read_bytes(path, shown, SeedError, missing=missing, folder="name the seed file itself")
    return decode_seed(data, lang, shown)


def decode_seed(data: bytes, lang: str, shown: str, fix: str | None = None) -> Document:
    """The document of a seed's bytes; `fix` replaces the advice for bytes that are not UTF-8."""
    found = not_text(data)
    if found is not None:
        raise SeedError(shown, found.fix(shown))
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if looks_binary(data):
            raise SeedError(shown, BINARY) from None
        line = data[: error.start].count(b"\n") + 1
        advice = fix or f"if it came from Windows, re-encode it: `iconv -f WINDOWS-1258 -t UTF-8 {shown}`"
        raise SeedError(
            shown, f"is not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); {advice}", line
        ) from None
    # Emptiness after normalisation: zero-width characters or NULs alone are no text.
    text = clean(raw)
    if not text.strip():
        raise SeedError(shown, "is empty; a story needs its text")
    return Document(path=shown, lang=lang, text=text)
