"""Reading a version from the file it arrives in: text, HTML, Markdown, Word or a translation file.

`read_input(path, shown, lang, fmt)` is the one entry point: it gives the documents the
file holds by language (one for a version's own file, both for XLIFF, TMX and PO), each
a `SourceDocument` whose line numbers are positions in the original file (its line, its
paragraph, or its translation unit). The format is found from the extension unless `fmt`
names it. Every file is opened through `crosscheck.files.read_bytes` (regular files,
size limit) and every text format decoded through `crosscheck.seeds.decode_seed` (UTF-8
only, UTF-16 and binary files named), so the checks on seeds hold for every input.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from crosscheck.errors import SeedError
from crosscheck.text import Document

FORMATS = ("text", "html", "markdown", "docx", "xliff", "tmx", "po")
BILINGUAL = frozenset({"xliff", "tmx", "po"})
_EXTENSIONS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".xhtml": "html",
               ".md": "markdown", ".markdown": "markdown", ".docx": "docx", ".xlf": "xliff",
               ".xliff": "xliff", ".tmx": "tmx", ".po": "po", ".pot": "po"}  # fmt: skip


def format_of(path: Path, fmt: str | None = None) -> str:
    """The input format: `fmt` when given, else the extension's, else plain text."""
    if fmt is not None:
        return fmt
    return _EXTENSIONS.get(path.suffix.lower(), "text")


def is_bilingual(path: Path, fmt: str | None = None) -> bool:
    """Whether the file holds both versions (a translation file)."""
    return format_of(path, fmt) in BILINGUAL


def read_input(
    path: Path, shown: str, lang: str | None = None, fmt: str | None = None
) -> dict[str, Document]:
    """The documents a file holds, by language; `lang` is the language of a one-version file.

    A one-version file gives `{lang: document}`; a translation file gives both languages
    (and `lang`, when given, is ignored). Bad input is a `SeedError` naming `shown`.
    """
    from crosscheck.files import read_bytes
    from crosscheck.seeds import read_seed

    kind = _kind(path, shown, lang, fmt)
    if kind == "text":  # a seed exactly as before, with the seed's own messages
        return {str(lang): read_seed(path, str(lang), shown)}
    return parse_input(
        read_bytes(path, shown, SeedError, missing="not found; check the path"), kind, shown, lang
    )


def _kind(path: Path, shown: str, lang: str | None, fmt: str | None) -> str:
    kind = format_of(path, fmt)
    if kind not in FORMATS:
        raise SeedError(shown, f"unknown input format {kind!r}; use one of: {', '.join(FORMATS)}")
    if kind not in BILINGUAL and lang is None:
        raise SeedError(shown, f"holds one version ({kind}); name the English and the Vietnamese file apart")
    return kind


def parse_input(data: bytes, kind: str, shown: str, lang: str | None = None) -> dict[str, Document]:
    """The documents of a file's bytes in format `kind` (as `read_input`; for bytes that come
    from elsewhere than a file, such as a version at an older commit)."""
    from crosscheck.seeds import decode_seed

    if kind == "docx":
        from crosscheck.inputs.word import read_docx

        return {str(lang): read_docx(data, str(lang), shown)}
    if kind == "text":
        return {str(lang): decode_seed(data, str(lang), shown)}
    # The text checks first (UTF-8, not UTF-16, not binary): a PDF named .html is refused
    # by what it is, not by a parser's puzzled message.
    fix = f"save it as UTF-8 (or re-encode it: `iconv -f WINDOWS-1258 -t UTF-8 {shown}`)"
    document = decode_seed(data, lang or "en", shown, fix)
    if kind == "html":
        from crosscheck.inputs.html import read_html

        return {str(lang): read_html(document.text, str(lang), shown)}
    if kind == "markdown":
        from crosscheck.inputs.markdown import read_markdown

        return {str(lang): read_markdown(document.text, str(lang), shown)}
    from crosscheck.inputs.translation import read_translation

    return dict(read_translation(data, kind, shown))


def parse_version(data: bytes, path: Path, lang: str, shown: str, fmt: str | None = None) -> Document:
    """One language's document of the bytes of `path` (its format from its extension or `fmt`)."""
    return parse_input(data, _kind(path, shown, lang, fmt), shown, lang)[lang]


def read_version(path: Path, lang: str, shown: str, fmt: str | None = None) -> Document:
    """One language's document of a file: its own version, or its side of a translation file."""
    return read_input(path, shown, lang, fmt)[lang]


def read_pair(first: Path, second: Path | None, fmt: str | None = None) -> tuple[Document, Document]:
    """The English and Vietnamese documents of two files, or of one translation file."""
    if second is None:
        if not is_bilingual(first, fmt):
            raise SeedError(str(first), "holds one version; name the Vietnamese file after it, or give a "
                            "translation file (XLIFF, TMX, PO) that holds both")  # fmt: skip
        both = read_input(first, str(first), None, fmt)
        return both["en"], both["vi"]
    for path in (first, second):
        if is_bilingual(path, fmt):
            raise SeedError(str(path), "is a translation file holding both versions; name it alone")
    return read_version(first, "en", str(first), fmt), read_version(second, "vi", str(second), fmt)


def given_dateline(*documents: Document) -> date | None:
    """The date a file states of itself (a web page's publication date), if any does."""
    for document in documents:
        found = getattr(document, "dateline", None)
        if isinstance(found, date):
            return found
    return None
