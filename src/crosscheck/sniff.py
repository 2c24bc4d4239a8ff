"""What a file that should be UTF-8 text is instead: UTF-16, UTF-32 or binary.

Word and Windows tools save "Unicode" text as UTF-16, often without a byte-order mark;
read as UTF-8 its ASCII letters pass and every other byte is a NUL, so the story would
seem to say odd things instead of being refused. The NUL bytes give the encoding away:
ASCII and Vietnamese letters in UTF-16LE have a NUL (or a small byte) at every odd
offset and almost never at an even one; UTF-32 has two NULs in every four bytes. Binary
files are known by their first bytes, or by control bytes where text has none.
"""

from __future__ import annotations

from dataclasses import dataclass

_SAMPLE = 1 << 16  # the pattern shows in the first 64 KiB as well as in the whole file

_BOMS = (  # UTF-32 first: its little-endian mark begins with UTF-16's
    (b"\xff\xfe\x00\x00", "UTF-32", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32", "UTF-32"),
    (b"\xff\xfe", "UTF-16", "UTF-16"),
    (b"\xfe\xff", "UTF-16", "UTF-16"),
)

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a .docx or .odt is one)"),
    (b"\x1f\x8b", "gzip-compressed"),
    (b"\x7fELF", "a program (ELF)"),
    (b"\xd0\xcf\x11\xe0", "an old Word or Office document"),
)

# Bytes no text file holds (tab, newlines, form feed and escape aside).
_CONTROL = frozenset(range(0x09)) | frozenset(range(0x0E, 0x1B)) | frozenset(range(0x1C, 0x20))


@dataclass(frozen=True)
class NotText:
    """What the file is, and the name iconv knows its encoding by (None: not text)."""

    what: str
    encoding: str | None = None

    def fix(self, shown: str) -> str:
        if self.encoding is None:
            return f"is {self.what}, not text; name the plain-text (UTF-8) version of the file"
        return (f"is {self.what}; re-encode it as UTF-8, e.g. "
                f"`iconv -f {self.encoding} -t UTF-8 {shown} > fixed.txt`")  # fmt: skip


def _nul_share(sample: bytes, offset: int, step: int) -> float:
    slots = sample[offset::step]
    return slots.count(0) / len(slots) if slots else 0.0


def wide_encoding(data: bytes) -> NotText | None:
    """UTF-16 or UTF-32, with or without a byte-order mark; None for anything else.

    >>> wide_encoding("Hà Nội".encode("utf-16-le")).what
    'UTF-16LE without a byte-order mark'
    >>> wide_encoding("Hà Nội".encode("utf-8")) is None
    True
    """
    for bom, what, encoding in _BOMS:
        if data.startswith(bom):
            return NotText(what, encoding)
    sample = data[: _SAMPLE - _SAMPLE % 4]
    if len(sample) < 2:
        return None
    shares4 = [_nul_share(sample, i, 4) for i in range(4)] if len(sample) >= 4 else [0.0] * 4
    if shares4[2] > 0.95 and shares4[3] > 0.95 and shares4[0] < 0.05:
        return NotText("UTF-32LE without a byte-order mark", "UTF-32LE")
    if shares4[0] > 0.95 and shares4[1] > 0.95 and shares4[3] < 0.05:
        return NotText("UTF-32BE without a byte-order mark", "UTF-32BE")
    # A NUL at one parity only, and the bytes read as text in that byte order: a space
    # every few letters is enough, where UTF-8 with stray NULs has them at both parities.
    even, odd = _nul_share(sample, 0, 2), _nul_share(sample, 1, 2)
    if odd >= 0.1 and even <= 0.01 and _reads_as(sample, "utf-16-le"):
        return NotText("UTF-16LE without a byte-order mark", "UTF-16LE")
    if even >= 0.1 and odd <= 0.01 and _reads_as(sample, "utf-16-be"):
        return NotText("UTF-16BE without a byte-order mark", "UTF-16BE")
    return None


def _reads_as(sample: bytes, encoding: str) -> bool:
    """The sample decodes (a character cut at its end aside) to Latin-script text.

    UTF-8 read as UTF-16 pairs its bytes into CJK and private-use characters, so at least
    half the characters must be Latin letters (Vietnamese included), spaces or punctuation.
    """
    text = sample[: len(sample) - len(sample) % 2].decode(encoding, "replace")[:-1]
    if "\ufffd" in text or any(ch < " " and ch not in "\t\n\r\f" for ch in text):
        return False
    latin = sum(ch < "\u0250" or "\u1e00" <= ch <= "\u1eff" or "\u2000" <= ch <= "\u206f" for ch in text)
    return latin * 2 >= len(text)


def binary(data: bytes) -> NotText | None:
    """A known binary format by its first bytes; None otherwise.

    >>> binary(b"\\x89PNG\\r\\n\\x1a\\n....").what
    'a PNG image'
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return NotText(what)
    return None


def looks_binary(data: bytes) -> bool:
    """More than one byte in ten is a control byte: data, not text in any 8-bit encoding.

    Only asked of a file that is not UTF-8: UTF-8 text with stray NULs stays text.
    """
    sample = data[:_SAMPLE]
    return bool(sample) and sum(b in _CONTROL for b in sample) * 10 > len(sample)


def not_text(data: bytes) -> NotText | None:
    """Why `data` cannot be read as UTF-8 text, when a pattern of its bytes says so."""
    return wide_encoding(data) or binary(data)
