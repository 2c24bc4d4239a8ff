"""Web pages: the article's text through trafilatura, each line at its line in the HTML.

trafilatura finds the main text of a page and drops its navigation, footers, related
links and cookie notices, which would otherwise bring their own dates and figures into
the comparison (benchmarks/README.md, "Inputs", has the measurement that chose it). Its
text keeps no positions, so each paragraph it returns is found again in the page's own
text, read with lxml, where every text node knows its source line: a paragraph found
whole is cut where the page's lines are cut, so each of its lines keeps its HTML line; a
paragraph found only by its start (a table row, a list joined up) keeps that line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from crosscheck.errors import SeedError
from crosscheck.inputs.positions import Block, SourceDocument, assemble

_SPACE = re.compile(r"\s+")
_SKIPPED = {"script", "style", "noscript", "template", "title"}  # never the article's text
_PROBE = 40  # characters of a paragraph's start searched for when the whole is not found


def _text_nodes(root: Any) -> Iterator[tuple[str, int]]:
    """The page's text nodes in reading order, each with the source line it starts on."""
    from lxml import etree  # type: ignore[import-untyped]

    skipping = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        quiet = not isinstance(element.tag, str) or element.tag in _SKIPPED
        if event == "start":
            skipping += quiet
            if element.text and not skipping:
                yield element.text, element.sourceline or 1
            continue
        skipping -= quiet
        if element.tail and not skipping and element is not root:
            yield element.tail, _tail_line(element)


def _tail_line(element: Any) -> int:
    """The line a tail starts on: where its element ends (lxml keeps only start lines)."""
    following = element.getnext()
    if following is not None and following.sourceline:
        return int(following.sourceline) - int(element.tail.count("\n"))
    inner = "".join(element.itertext()) if isinstance(element.tag, str) else ""
    return int(element.sourceline or 1) + inner.count("\n")


class _PageText:
    """The page's visible text with runs of space as one space, and each character's line."""

    def __init__(self, root: Any) -> None:
        chars: list[str] = []
        lines: list[int] = []
        for text, line in _text_nodes(root):
            for piece in re.split(r"(\s+)", text):
                if not piece:
                    continue
                if piece.isspace():
                    if chars and chars[-1] != " ":
                        chars.append(" ")
                        lines.append(line)
                    line += piece.count("\n")
                else:
                    chars += piece
                    lines += [line] * len(piece)
        # Text nodes are joined as they are ("<a>Chen Gang</a>, Secretary"): two table
        # cells may run together here, and such a paragraph is then found by its start.
        self.text = "".join(chars)
        self.lines = lines
        self.cursor = 0

    def place(self, paragraph: str) -> Block | None:
        """The paragraph cut at the page's line breaks, or at its first line; None if absent."""
        flat = _SPACE.sub(" ", paragraph).strip()
        at = self.text.find(flat, self.cursor)
        if at >= 0:
            self.cursor = at + len(flat)
            return self._cut(flat, at)
        probe = flat.lstrip("-•* ")[:_PROBE]
        at = self.text.find(probe, self.cursor) if probe else -1
        if at < 0 and probe:
            at = self.text.find(probe)
        return None if at < 0 else Block(paragraph, self.lines[at], per_line=False)

    def _cut(self, flat: str, at: int) -> Block:
        pieces: list[str] = []
        lines: list[int] = []
        begin = 0
        for i in range(1, len(flat) + 1):
            if i == len(flat) or self.lines[at + i] != self.lines[at + begin]:
                pieces.append(flat[begin:i].strip())
                lines.append(self.lines[at + begin])
                begin = i
        kept = [(p, n) for p, n in zip(pieces, lines, strict=True) if p]
        return Block("\n".join(p for p, _ in kept), kept[0][1], lines=tuple(n for _, n in kept))


def read_html(text: str, lang: str, shown: str) -> SourceDocument:
    """The article text of a web page (already decoded and cleaned)."""
    import trafilatura
    from lxml import etree, html

    try:
        root = html.document_fromstring(text)
    except (etree.ParserError, ValueError) as error:
        raise SeedError(shown, f"is not an HTML page lxml can read ({error}); save the page again "
                        "(the browser's Save Page As, HTML only)") from None  # fmt: skip
    extracted = trafilatura.extract(text, include_comments=False, include_tables=True,
                                    favor_precision=True, deduplicate=False)  # fmt: skip
    if not extracted or not extracted.strip():
        raise SeedError(shown, "has no article text trafilatura can find; save the article's own page, "
                        "or its text as .txt and name that")  # fmt: skip
    page = _PageText(root)
    blocks: list[Block] = []
    for paragraph in extracted.split("\n"):
        if not paragraph.strip():
            continue
        block = page.place(paragraph)
        blocks.append(block or Block(paragraph, blocks[-1].place if blocks else 1, per_line=False))
    document = assemble(blocks, shown, lang)
    document.dateline = _published(text)
    return document


def _published(text: str) -> date | None:
    """The page's publication date from its metadata (htmldate, through trafilatura)."""
    import trafilatura

    found = trafilatura.extract_metadata(text)
    try:
        return date.fromisoformat(found.date) if found is not None and found.date else None
    except ValueError:
        return None
