"""Markdown: the text of its blocks through markdown-it-py, each line where it was written.

markdown-it-py gives every block the source lines it spans (`Token.map`) and keeps a
paragraph's soft line breaks, so each line of text keeps the number of the Markdown line
it came from. Markup is dropped (`**Diên**` reads as Diên, a link as its words, an image
as its alt text); code blocks and raw HTML are not story text and are left out.
"""

from __future__ import annotations

from typing import Any

from crosscheck.inputs.positions import Block, SourceDocument, assemble

_BREAKS = {"softbreak", "hardbreak"}
_WORDS = {"text", "code_inline"}


def _inline_text(children: list[Any]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in _BREAKS:
            parts.append("\n")
        elif child.type in _WORDS:
            parts.append(child.content)
        elif child.type == "image":
            parts.append(_inline_text(child.children or []))
    return "".join(parts)


def read_markdown(text: str, lang: str, shown: str) -> SourceDocument:
    """The document of a Markdown text (already decoded and cleaned)."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    blocks: list[Block] = []
    start = 0  # an inline token in a table cell has no map: it is on its row's line
    for token in tokens:
        if token.map is not None:
            start = token.map[0]
        if token.type == "inline":
            blocks.append(Block(_inline_text(token.children or []), start + 1))
    return assemble(blocks, shown, lang)
