"""Where each table and key of a TOML file starts, for error messages that name its line.

tomllib gives positions only for syntax errors, so the line of a ``[[claim]]`` table or
of a ``value =`` key is found here. A line is only a table header or a key where TOML
would read one: not inside a multi-line string (a ``[[claim]]`` quoted in a note), not
inside an array or inline table spread over several lines. The scan reads tokens
(strings, comments, brackets, newlines) with one regular expression, so its time is
linear in the file.

The same scan measures how deeply arrays and inline tables nest, so that a file nested
a thousand levels deep is refused by its line before tomllib recurses into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_TOKEN = re.compile(
    # The look-ahead at the first characters of every token: a quick skip over the rest.
    r"""(?=["'#\[\]{}\n])(?:"""
    r'''(?P<mlb>"""(?:[^"\\]|\\.|"(?!""))*(?:"{3,5}|\Z))'''
    r"""|(?P<mll>'''(?:[^']|'(?!''))*(?:'{3,5}|\Z))"""
    r"""|(?P<b>"(?:[^"\\\n]|\\.)*"?)"""
    r"""|(?P<l>'[^'\n]*'?)"""
    r"|(?P<c>\#[^\n]*)"
    r"|(?P<open>[\[{])"
    r"|(?P<close>[\]}])"
    r"|(?P<nl>\n))",
    re.S,
)
_HEADER = re.compile(r"[ \t]*\[(\[?)[ \t]*([^\]\n]*?)[ \t]*\]")
_KEY = re.compile(r"""[ \t]*(?:([A-Za-z0-9_-]+)|"([^"\n]*)"|'([^'\n]*)')[ \t]*[.=]""")
_LONG = 4000
_DIGITS = re.compile(rf"[0-9_]{{{_LONG},}}")


@dataclass(frozen=True)
class Layout:
    """Per line (index 0 is line 1): the key the line sets and whether it opens a table."""

    keys: tuple[str | None, ...]
    opens_table: tuple[bool, ...]
    headers: tuple[tuple[int, str, bool], ...]  # (line, table name, is [[array]]) in order
    depth: int  # the deepest nesting of arrays and inline tables
    deepest_line: int  # where that depth was first reached
    long_number_line: int | None  # a line outside strings with 4,000 or more digits in a row

    def table_lines(self, name: str, array: bool = True) -> list[int]:
        """The lines of every ``[[name]]`` (or ``[name]``) header, in order."""
        return [line for line, table, is_array in self.headers if table == name and is_array == array]


@lru_cache(maxsize=8)
def layout(source: str) -> Layout:
    """The layout of a TOML document (valid or not: a broken one gives a best effort)."""
    lines = source.split("\n")
    statement = [False] * len(lines)  # the line starts outside any string or bracket
    statement[0] = True
    depth = deepest = 0
    deepest_line, line = 1, 1
    long_number: int | None = None
    for token in _TOKEN.finditer(source):
        group = token.lastgroup
        if group == "nl":
            line += 1
            statement[line - 1] = depth == 0
        elif group == "open":
            depth += 1
            if depth > deepest:
                deepest, deepest_line = depth, line
        elif group == "close":
            depth = max(depth - 1, 0)
        elif group in ("mlb", "mll"):
            line += token.group().count("\n")
    for number, text in enumerate(lines):
        # (a line shorter than the run it looks for cannot hold it, with or without its strings)
        if statement[number] and long_number is None and len(text) >= _LONG and _DIGITS.search(_code(text)):
            long_number = number + 1
    keys: list[str | None] = [None] * len(lines)
    opens: list[bool] = [False] * len(lines)
    headers: list[tuple[int, str, bool]] = []
    for number, text in enumerate(lines):
        if not statement[number]:
            continue
        if header := _HEADER.match(text):
            opens[number] = True
            headers.append((number + 1, header.group(2).strip("\"'"), bool(header.group(1))))
        elif key := _KEY.match(text):
            keys[number] = next(g for g in key.groups() if g is not None)
    return Layout(tuple(keys), tuple(opens), tuple(headers), deepest, deepest_line, long_number)


def _code(text: str) -> str:
    """A line without its strings and comment (a rough cut, for finding bare numbers)."""
    return re.sub(r'"(?:[^"\\]|\\.)*"|\'[^\']*\'|#.*', "", text)


def key_line(source: str, start: int, key: str) -> int:
    """The line of ``key =`` in the table that begins at line `start` (`start` if absent)."""
    found = layout(source)
    for i in range(start, len(found.keys) + 1):
        if i > start and found.opens_table[i - 1]:
            break
        if found.keys[i - 1] == key:
            return i
    return start
