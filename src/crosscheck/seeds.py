"""Reading a seed file: UTF-8 (with or without a byte-order mark) and nothing else.

A file that is not UTF-8 is refused with the byte where decoding failed and the command
that fixes it, rather than guessed at: a wrong guess would silently change names.
"""

from __future__ import annotations

from pathlib import Path

from crosscheck.errors import SeedError
from crosscheck.text import Document


def read_seed(path: Path, lang: str, shown: str) -> Document:
    """The cleaned document of a seed file; `shown` is the path as the user wrote it."""
    if not path.exists():
        raise SeedError(shown, "seed file not found; check the path in the claims file")
    if path.is_dir():
        raise SeedError(shown, "is a directory; name the seed file itself")
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SeedError(shown, "is UTF-16; re-encode it as UTF-8, e.g. "
                        f"`iconv -f UTF-16 -t UTF-8 {shown} > fixed.txt`")  # fmt: skip
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise SeedError(
            shown,
            f"is not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); "
            f"if it came from Windows, re-encode it: `iconv -f WINDOWS-1258 -t UTF-8 {shown}`",
            line,
        ) from None
    if not raw.strip():
        raise SeedError(shown, "is empty; a story needs its text")
    return Document.from_text(raw, lang, shown)
