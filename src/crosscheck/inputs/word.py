"""Word files (.docx) through python-docx: the body's paragraphs, numbered in order.

A position in a Word file is its paragraph: the body's paragraphs and those of its
tables, counted in reading order from 1, empty ones included, so "paragraph 5" is the
fifth paragraph mark an editor sees with formatting marks shown. Headers, footers and
comments are not the story and are left out.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from crosscheck.errors import SeedError
from crosscheck.inputs.positions import Block, SourceDocument, assemble


def _paragraphs(container: Any) -> list[Any]:
    """Every paragraph of a document or table cell in reading order, tables included."""
    from docx.table import Table

    out: list[Any] = []
    for item in container.iter_inner_content():
        if isinstance(item, Table):
            seen: set[int] = set()  # a merged cell is listed once per grid cell it spans
            for row in item.rows:
                for cell in row.cells:
                    if id(cell._tc) not in seen:
                        seen.add(id(cell._tc))
                        out += _paragraphs(cell)
        else:
            out.append(item)
    return out


def read_docx(data: bytes, lang: str, shown: str) -> SourceDocument:
    """The document of a .docx file's bytes."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise SeedError(shown, "is an old Word document (.doc); save it as .docx (Word: File > Save As)")
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        detail = " ".join(str(error).split())[:100] or type(error).__name__
        raise SeedError(shown, f"is not a Word (.docx) file python-docx can open ({detail}); "
                        "save it again from Word as .docx") from None  # fmt: skip
    # A line break inside a paragraph stays in its paragraph: every line maps to it.
    blocks = [Block(p.text, n, per_line=False) for n, p in enumerate(_paragraphs(document), 1)]
    return assemble(blocks, shown, lang, "paragraph")
