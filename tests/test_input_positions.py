"""Positions point back into the original file, however the file is laid out (hypothesis).

A Markdown paragraph or an HTML <p> can be wrapped at any space, indented, marked up
word by word and separated by any number of blank lines: the same text written several
ways. Each figure must come back on the line of the original file it was written on.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscheck.inputs.html import read_html
from crosscheck.inputs.markdown import read_markdown

WORDS = ["trade", "reached", "between", "the", "two", "sides", "exports", "rose", "Hà", "Nội", "said", "in"]


@st.composite
def paragraphs(draw: st.DrawFn) -> list[list[str]]:
    """Paragraphs of plain words, each holding one figure no other paragraph holds."""
    count = draw(st.integers(1, 5))
    out = []
    for n in range(count):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=14))
        at = draw(st.integers(0, len(words)))
        words.insert(at, f"{n + 1}{draw(st.integers(10, 99))},5%")  # a figure per paragraph
        out.append(words)
    return out


def _layout(draw: st.DrawFn, words: list[str], markup: tuple[str, str]) -> list[str]:
    """One paragraph's words over lines broken at random spaces, some words marked up."""
    lines: list[list[str]] = [[]]
    for word in words:
        if lines[-1] and draw(st.booleans()) and draw(st.booleans()):
            lines.append([])
        styled = not word[0].isdigit() and draw(st.integers(0, 4)) == 0
        lines[-1].append(f"{markup[0]}{word}{markup[1]}" if styled else word)
    return [" ".join(line) for line in lines]


def _figure_lines(source: str, figures: list[str]) -> dict[str, int]:
    lines = source.split("\n")
    return {f: next(n for n, line in enumerate(lines, 1) if f in line) for f in figures}


@given(paragraphs(), st.data())
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
def test_markdown_figures_keep_their_lines(paras: list[list[str]], data: st.DataObject) -> None:
    out: list[str] = []
    for words in paras:
        out += [""] * data.draw(st.integers(0, 3))
        out += _layout(data.draw, words, data.draw(st.sampled_from([("**", "**"), ("*", "*"), ("`", "`")])))
        out.append("")
    source = "\n".join(out)
    figures = [w for words in paras for w in words if w[0].isdigit()]
    doc = read_markdown(source, "vi", "a.md")
    for figure, line in _figure_lines(source, figures).items():
        assert doc.line_of(doc.text.index(figure)) == line, (figure, source, doc.text)


@given(paragraphs(), st.data())
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_html_figures_keep_their_lines(paras: list[list[str]], data: st.DataObject) -> None:
    head = ["<!DOCTYPE html>", "<html><head><title>Kinh tế</title></head>", "<body>",
            "<nav><a href='/'>Trang chủ</a> <a href='/x'>Thế giới</a></nav>",
            "<article>", "<h1>Kinh tế</h1>"]  # fmt: skip
    body: list[str] = []
    indent = " " * data.draw(st.integers(0, 8))
    for words in paras:
        body += [""] * data.draw(st.integers(0, 2))
        lines = _layout(
            data.draw, words, data.draw(st.sampled_from([("<b>", "</b>"), ("<a href='/t'>", "</a>")]))
        )
        body += [f"{indent}<p>{lines[0]}", *(indent + line for line in lines[1:])]
        body[-1] += "</p>"
    source = "\n".join(
        [*head, *body, "</article>", "<footer>© 2025 Báo, 1900 1234</footer>", "</body></html>"]
    )
    figures = [w for words in paras for w in words if w[0].isdigit()]
    doc = read_html(source, "vi", "a.html")
    kept = [f for f in figures if f in doc.text]  # trafilatura may judge a short paragraph boilerplate
    assert kept, (source, doc.text)
    for figure, line in _figure_lines(source, kept).items():
        assert doc.line_of(doc.text.index(figure)) == line, (figure, source, doc.text)
    assert "1900 1234" not in doc.text


def test_markdown_sample_wrapped_differently_keeps_every_figure_line(tmp_path: Path) -> None:
    """The sample itself, each paragraph joined onto one line: the figures move with it."""
    sample = (Path(__file__).parent / "inputs" / "story.vi.md").read_text(encoding="utf-8")
    joined = sample.replace("với\n[Trần", "với [Trần").replace("USD,\ntăng", "USD, tăng")
    doc = read_markdown(joined, "vi", "b.md")
    lines = joined.split("\n")
    for figure in ("41,6 tỷ USD", "15,4%", "Trần Cương", "26 năm"):
        expected = next(n for n, line in enumerate(lines, 1) if figure in line)
        assert doc.line_of(doc.text.index(figure)) == expected
