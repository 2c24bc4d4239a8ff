"""The plain-text table drawn in one pass (`crosscheck.simple_table`) is tabulate's "simple"
table, byte for byte, for any cells: Vietnamese with precomposed or combining marks, wide
Chinese characters, spaces around a cell, colours; and it hands back to tabulate what it
does not draw the same way (line breaks, control characters)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from tabulate import tabulate

from crosscheck.claims import load
from crosscheck.engine import check
from crosscheck.simple_table import draw
from crosscheck.table import COLUMNS, render, rows

ROOT = Path(__file__).resolve().parents[1]
PRINTABLE = "abcxyzABC0129 .,:;-–—|/$%()'\"ạốữĐđƯ\u00a0\u0301\u0323陳剛ＡＢ·…"
CONTROLS = "\n\r\t\x1b\x01\x7f"


def tabulated(headers: list[str], body: list[list[str]]) -> str:
    return str(tabulate(body, headers=headers, tablefmt="simple", disable_numparse=True))


def bodies(alphabet: str, columns: int = 4) -> st.SearchStrategy[list[list[str]]]:
    cell = st.text(alphabet=alphabet, min_size=1, max_size=12)
    return st.lists(st.lists(cell, min_size=columns, max_size=columns), min_size=1, max_size=6)


HEADERS = ["claim", "kind", "en", "vi"]


@settings(max_examples=300, deadline=None)
@given(bodies(PRINTABLE))
def test_printable_cells_are_drawn_as_tabulate_draws_them(body: list[list[str]]) -> None:
    drawn = draw(HEADERS, body)
    assert drawn is not None  # drawn here, not handed back: the comparison below is real
    assert drawn == tabulated(HEADERS, body)


@settings(max_examples=200, deadline=None)
@given(bodies(PRINTABLE), st.sampled_from(["31", "32", "33", "36"]))
def test_coloured_cells_are_measured_without_their_colour(body: list[list[str]], code: str) -> None:
    coloured = [[*row[:-1], f"\033[{code}m{row[-1]}\033[0m"] for row in body]
    drawn = draw(HEADERS, coloured)
    assert drawn is not None and drawn == tabulated(HEADERS, coloured)


@settings(max_examples=200, deadline=None)
@given(bodies(PRINTABLE + CONTROLS))
def test_any_cells_either_as_tabulate_or_handed_back(body: list[list[str]]) -> None:
    drawn = draw(HEADERS, body)
    if any(c in cell.strip() for row in body for cell in row for c in CONTROLS):
        assert drawn is None  # a control character inside a cell: tabulate's own rules
    else:  # none, or only around a cell, which both strip
        assert drawn == tabulated(HEADERS, body)


def test_the_seed_storys_table_is_the_same_as_tabulates() -> None:
    story = load(ROOT / "claims" / "vietnam-guangxi.toml", "claims/vietnam-guangxi.toml")
    table = rows(check(story))
    body = [["—" if r[c] in (None, "") else str(r[c]) for c in COLUMNS] for r in table]
    assert render(table).split("\n\n")[0] == tabulated(list(COLUMNS), body)
    assert len(body) == 50 and draw(list(COLUMNS), body) is not None
