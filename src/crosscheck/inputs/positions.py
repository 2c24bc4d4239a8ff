"""A version read from a richer file, and where each of its lines came from.

The readers turn a web page, a Word file or a translation file into plain text, one block
(a paragraph, a heading, a translation unit) after another, so that every finder reads
it as it reads a seed. What they must not lose is the way back: a figure found on line 7
of the extracted text is on line 41 of the HTML, in paragraph 5 of the Word file or in
translation unit "intro-2". `SourceDocument.line_of` answers with that original position,
so every output (tables, JSON, SARIF, the claims gate) points into the file the user has.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from crosscheck.errors import SeedError
from crosscheck.text import Document, clean


@dataclass(frozen=True)
class Block:
    """A stretch of text and the position of each of its lines in the original file."""

    text: str
    place: int  # the original line, paragraph or unit number of the block's first line
    per_line: bool = True  # a block's second line is the next original line (not for one unit)
    lines: tuple[int, ...] = ()  # or the original position of each of its lines, when known


@dataclass
class SourceDocument(Document):
    """A `Document` whose line numbers are positions in the original file.

    `places[i]` is the original position of the extracted text's line i + 1; `unit` says
    what a position counts ("line", "paragraph" or "unit") and `labels` names the units
    of a translation file, position n being unit `labels[n - 1]`.
    """

    places: tuple[int, ...] = ()
    unit: str = "line"
    labels: tuple[str, ...] = ()
    dateline: date | None = None  # the date the file itself gives (a web page's publication date)
    unit_lines: tuple[int, ...] = ()  # the file's line where each unit starts, when the parser says

    def line_of(self, offset: int) -> int:
        line = super().line_of(offset)
        return self.places[line - 1] if 0 < line <= len(self.places) else line

    def where(self, position: int) -> str:
        """A position in words: 'line 41', 'paragraph 5', 'unit intro-2'."""
        if self.unit == "unit" and 0 < position <= len(self.labels):
            return f"unit {self.labels[position - 1]}"
        return f"{self.unit} {position}"

    def file_line(self, position: int) -> int | None:
        """The line of the file where unit `position` starts (None for paragraphs, or unknown)."""
        known = self.unit == "unit" and 0 < position <= len(self.unit_lines)
        return self.unit_lines[position - 1] if known else None


def assemble(blocks: Iterable[Block], path: str, lang: str, unit: str = "line",
             labels: tuple[str, ...] = (), unit_lines: tuple[int, ...] = ()) -> SourceDocument:  # fmt: skip
    """One document of the blocks, a blank line between two, each line mapped back.

    The blank line makes each block its own sentence run (a heading does not run into
    the paragraph after it), as a blank line does in a plain-text seed.
    """
    lines: list[str] = []
    places: list[int] = []
    for block in blocks:
        text = clean(block.text)
        if not text.strip():
            continue
        if lines:
            lines.append("")
            places.append(places[-1])
        for i, line in enumerate(text.split("\n")):
            lines.append(line)
            if i < len(block.lines):
                places.append(block.lines[i])
            else:
                places.append(block.place + i if block.per_line else block.place)
    if not "".join(lines).strip():
        raise SeedError(path, "holds no text in this language; check that it is the right file and format")
    return SourceDocument(path=path, lang=lang, text="\n".join(lines), places=tuple(places), unit=unit,
                          labels=labels, unit_lines=unit_lines)  # fmt: skip
