"""Printing that cannot fail on encoding: crosscheck's output is UTF-8, whatever the locale.

With ``LC_ALL=C``, a Latin-1 locale or ``PYTHONIOENCODING=ascii``, Python would encode
stdout in that encoding and stop on the first Vietnamese letter. Every table, JSON
document and message crosscheck prints is written as UTF-8 instead (as Python's own UTF-8
mode does in the C locale), so pipes and files get the same bytes everywhere.

A file name the system gave as bytes that were not decodable (``surrogateescape``, as
every name is under the C locale) is written back as those bytes, so ``bản.txt`` prints
as typed; any other character UTF-8 cannot hold becomes a backslash escape instead of an
error.
"""

from __future__ import annotations

import codecs
import io
import sys

ERRORS = "crosscheck-escape"


def _escape(error: UnicodeError) -> tuple[str | bytes, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    bad = error.object[error.start : error.end]
    smuggled = [("\udc80" <= ch <= "\udcff") for ch in bad]
    run = next((i for i, s in enumerate(smuggled) if s != smuggled[0]), len(bad))  # one kind at a time
    if smuggled[0]:  # bytes of a name, smuggled: give them back
        return bytes(ord(ch) - 0xDC00 for ch in bad[:run]), error.start + run
    return bad[:run].encode("ascii", "backslashreplace").decode("ascii"), error.start + run


codecs.register_error(ERRORS, _escape)


def utf8_output() -> None:
    """Make sys.stdout and sys.stderr write UTF-8, never raising on what they are given."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):  # not when captured or replaced (pytest, an IDE)
            stream.reconfigure(encoding="utf-8", errors=ERRORS)
