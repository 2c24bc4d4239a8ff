"""The plain-text table, drawn as tabulate draws its "simple" format, in one pass.

A gate of 1,000 stories prints 50,000 rows. tabulate works out a type for every cell and
measures every cell several times (about 2.4 s for those rows); the consistency table
needs none of that: its cells are strings, left-aligned. `draw` gives the same text, byte
for byte (tests/test_simple_table.py holds it against tabulate on any text), or None for
a table it does not draw the same way (a cell with a line break or another control
character), which the caller then hands to tabulate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

# The colours `table._colour` writes: invisible, so not counted in a cell's width.
_COLOUR = re.compile(r"\x1b\[[0-9;]*m")
# Any other control character (and the ESC of a colour we did not write): tabulate's own rules.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# tabulate's minimum room around a header: a column is at least its header and two spaces.
_HEADER_ROOM = 2


def _measure() -> Callable[[str], int]:
    try:
        from wcwidth import wcswidth  # as tabulate measures, when wcwidth is installed
    except ImportError:  # pragma: no cover - wcwidth comes with the pinned environment
        return len
    return wcswidth


_WIDTH = _measure()


@lru_cache(maxsize=1 << 14)  # a table repeats its kinds, statuses, claims and values
def _width(cell: str) -> int:
    """The columns a cell takes on a terminal; -1 where tabulate's rules differ from these."""
    visible = _COLOUR.sub("", cell)
    return -1 if _CONTROL.search(visible) else _WIDTH(visible)


def draw(headers: Sequence[str], body: Sequence[Sequence[str]]) -> str | None:
    """The table in tabulate's "simple" format, or None where tabulate must draw it."""
    if not body:
        return None
    cells = [[cell.strip() for cell in row] for row in body]
    widths = [_width(h) + _HEADER_ROOM for h in headers]
    for row in cells:
        if len(row) != len(headers):
            return None
        for i, cell in enumerate(row):
            w = _width(cell)
            if w < 0:  # a control character, a line break, a character of no defined width
                return None
            if w > widths[i]:
                widths[i] = w

    def line(row: Sequence[str]) -> str:
        return "  ".join(
            cell + " " * (width - _width(cell)) for cell, width in zip(row, widths, strict=True)
        ).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([line(headers), rule, *(line(row) for row in cells)])
