"""Printing that cannot fail on encoding: crosscheck's output is UTF-8, whatever the locale.

With ``LC_ALL=C``, a Latin-1 locale or ``PYTHONIOENCODING=ascii``, Python would encode
stdout in that encoding and stop on the first Vietnamese letter. Every table, JSON
document and message crosscheck prints is written as UTF-8 instead (as Python's own UTF-8
mode does in the C locale), so pipes and files get the same bytes everywhere; anything
that still cannot be encoded (a file name of undecodable bytes) is written as a
backslash escape rather than raising.
"""

from __future__ import annotations

import io
import sys


def utf8_output() -> None:
    """Make sys.stdout and sys.stderr write UTF-8, escaping what UTF-8 cannot hold."""
    for stream in (sys.stdout, sys.stderr):
        if not isinstance(stream, io.TextIOWrapper):
            continue  # captured or replaced (pytest, an IDE): its owner decides
        if stream.encoding.lower().replace("-", "") != "utf8" or stream.errors == "strict":
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
