"""Every input format, read from the real sample files in tests/inputs/.

Each test opens a sample as a user's file would be opened and checks what a reader
must get right: the story's text and not the page around it, and the position of a
figure in the original file (its line, its paragraph, its translation unit).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.errors import SeedError
from crosscheck.inputs import format_of, read_input, read_pair

SAMPLES = Path(__file__).parent / "inputs"


def _position(doc: object, needle: str) -> int:
    text = doc.text  # type: ignore[attr-defined]
    assert needle in text, f"{needle!r} not in {text!r}"
    return int(doc.line_of(text.index(needle)))  # type: ignore[attr-defined]


def _source_line(path: Path, needle: str) -> int:
    """The line of the sample file holding `needle`, found by reading the file as text."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if needle in line)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("story.en.txt", "text"), ("a.HTM", "html"), ("a.md", "markdown"), ("a.docx", "docx"),
     ("a.xlf", "xliff"), ("a.xliff", "xliff"), ("a.tmx", "tmx"), ("a.po", "po"), ("en", "text")],
)  # fmt: skip
def test_format_comes_from_the_extension(name: str, expected: str) -> None:
    assert format_of(Path(name)) == expected
    assert format_of(Path(name), "po") == "po"  # --input-format wins


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_html_keeps_the_article_and_drops_the_page(lang: str) -> None:
    path = SAMPLES / f"story.{lang}.html"
    doc = read_input(path, str(path), lang)[lang]
    money, context = (
        ("US$41.6 billion", "Guangxi reached US$41.6") if lang == "en" else ("41,6 tỷ USD", "đạt 41,6")
    )
    assert money in doc.text
    # Navigation, widgets, related links, footer and scripts bring figures of their own.
    for boilerplate in ("1900 1234", "24°C", "1,200", "14%", "15 năm", "2.4 million", "refresh", "Trang chủ"):
        assert boilerplate not in doc.text
    assert _position(doc, money) == _source_line(path, context)  # not the <meta> description's line


def test_html_paragraph_wrapped_over_lines_keeps_each_line() -> None:
    path = SAMPLES / "story.en.html"
    doc = read_input(path, str(path), "en")["en"]
    # One <p> over three lines, a link inside it: each part on its own HTML line.
    assert _position(doc, "Chen Gang") == _source_line(path, "Chen Gang")
    assert _position(doc, "Zhuang") == _source_line(path, "Zhuang Autonomous")
    assert _position(doc, "15.4 per cent") == _source_line(path, "15.4 per cent")


def test_html_gives_its_publication_date() -> None:
    path = SAMPLES / "story.en.html"
    doc = read_input(path, str(path), "en")["en"]
    assert str(doc.dateline) == "2025-02-19"  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_markdown_drops_markup_and_keeps_lines(lang: str) -> None:
    path = SAMPLES / f"story.{lang}.md"
    doc = read_input(path, str(path), lang)[lang]
    assert "**" not in doc.text and "](" not in doc.text and "# " not in doc.text
    percent = "15.4 per cent" if lang == "en" else "15,4%"
    assert _position(doc, percent) == _source_line(path, percent)
    assert _position(doc, "Nguyễn Hồng Diên") == _source_line(path, "Nguyễn Hồng Diên")


@pytest.mark.parametrize(("lang", "money", "percent"), [("en", "US$41.6 billion", "15.4 per cent"),
                                                         ("vi", "41,6 tỷ USD", "15,4%")])  # fmt: skip
def test_docx_positions_are_paragraphs(lang: str, money: str, percent: str) -> None:
    path = SAMPLES / f"story.{lang}.docx"
    doc = read_input(path, str(path), lang)[lang]
    # make_docx.py: heading 1, dateline 2, empty 3, lead 4, trade 5 (with a line break), table 6-9.
    assert _position(doc, money) == 5
    assert _position(doc, percent) == 5  # after the line break, still paragraph 5
    assert _position(doc, "Nguyễn Hồng Diên") == 4
    assert _position(doc, "26") == 9
    assert doc.where(5) == "paragraph 5"  # type: ignore[attr-defined]
    assert "Example News" not in doc.text  # the footer is not the story


@pytest.mark.parametrize("name", ["story.xlf", "story.xliff", "story.tmx", "story.po"])
def test_translation_files_hold_both_versions(name: str) -> None:
    path = SAMPLES / name
    docs = read_input(path, str(path))
    en, vi = docs["en"], docs["vi"]
    assert "US$41.6 billion" in en.text and "tỷ USD" in vi.text
    assert "tỷ" not in en.text and "billion" not in vi.text
    # The unit holding the trade figure is named by its id in both versions.
    unit = "unit 3" if name == "story.po" else "unit p2"
    assert en.where(_position(en, "US$41.6 billion")) == unit  # type: ignore[attr-defined]
    assert vi.where(_position(vi, "tỷ USD")) == unit  # type: ignore[attr-defined]


def test_tmx_reads_each_variant_by_its_language_not_its_order() -> None:
    path = SAMPLES / "story.tmx"
    docs = read_input(path, str(path))
    # The "dateline" unit lists its Vietnamese variant first.
    assert "February 19, 2025" in docs["en"].text and "ngày 19/2/2025" in docs["vi"].text
    assert "ngày" not in docs["en"].text


def test_untranslated_po_entry_is_english_only() -> None:
    path = SAMPLES / "story.po"
    docs = read_input(path, str(path))
    assert "2 documents" in docs["en"].text and "văn kiện" not in docs["vi"].text
    assert "Project-Id-Version" not in docs["vi"].text  # the header is no unit


def test_xliff_with_english_as_target_is_swapped(tmp_path: Path) -> None:
    source = (SAMPLES / "story.xlf").read_text(encoding="utf-8")
    swapped = source.replace(
        'source-language="en" target-language="vi"', 'source-language="vi" target-language="en"'
    )
    swapped = swapped.replace("<source>", "<x-s>").replace("</source>", "</x-s>")
    swapped = swapped.replace("<target>", "<source>").replace("</target>", "</source>")
    swapped = swapped.replace("<x-s>", "<target>").replace("</x-s>", "</target>")
    path = tmp_path / "vi-en.xlf"
    path.write_text(swapped, encoding="utf-8")
    en, vi = read_pair(path, None)
    assert "US$41.6 billion" in en.text and "46,1 tỷ USD" in vi.text


BROKEN = [
    ("broken.xlf", b'<?xml version="1.0"?><xliff version="1.2"><file><body><trans-unit id="1"><source>x',
     "is not an XLIFF file"),
    ("broken.tmx", b"<tmx><body><tu><tuv xml:lang='en'><seg>1</seg></tuv>", "is not a TMX file"),
    ("broken.po", b'msgid "a"\nmsgstr "b\n\nmsgid', "is not a PO file"),
    ("broken.docx", b"PK\x03\x04 not really a zip archive", "is not a Word (.docx) file"),
    ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "old Word document (.doc)"),
    ("pdf.html", b"%PDF-1.7\n1 0 obj", "is a PDF document"),
    ("latin1.md", "Hà Nội: 41,6 tỷ".encode("cp1252", errors="replace"), "is not UTF-8"),
    ("french.xlf", b'<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
     b'<file original="a" source-language="en" target-language="fr" datatype="plaintext"><body>'
     b'<trans-unit id="1"><source>1</source><target>1</target></trans-unit></body></file></xliff>',
     "translates into 'fr'"),
    ("empty.html", b"<html><head><script>var a = 1;</script></head><body> </body></html>", "no article text"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "data", "says"), BROKEN, ids=[b[0] for b in BROKEN])
def test_malformed_input_is_one_line_naming_the_file(
    tmp_path: Path, name: str, data: bytes, says: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(SeedError) as caught:
        read_input(path, name, "en")
    message = str(caught.value)
    assert message.startswith(f"{name}:") and says in message
    assert "\n" not in message


def test_a_fifo_is_refused_before_it_is_read(tmp_path: Path) -> None:
    import os

    path = tmp_path / "story.xlf"
    os.mkfifo(path)
    with pytest.raises(SeedError, match="FIFO"):
        read_input(path, "story.xlf")
