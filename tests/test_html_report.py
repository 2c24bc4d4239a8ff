"""The side-by-side HTML report, read as a file: self-contained, escaped, every figure and
name highlighted, rows linked to their spans, paragraphs aligned. (The clicking is in
tests/test_browser.py.)"""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from crosscheck.cli import main
from crosscheck.extract import extract
from crosscheck.outputs.paragraphs import Paragraph, align
from crosscheck.seeds import read_seed
from story_copy import edit

ROOT = Path(__file__).resolve().parents[1]
STORY = "vietnam-guangxi"
EN, VI = f"seeds/{STORY}/en.txt", f"seeds/{STORY}/vi.txt"


class Marks(HTMLParser):
    """The highlighted spans of each column, with the rows they belong to."""

    def __init__(self) -> None:
        super().__init__()
        self.column: str | None = None
        self.depth = 0
        self.open: dict[str, str] | None = None
        self.marks: dict[str, list[tuple[str, str]]] = {"en": [], "vi": []}
        self.rows: dict[str, dict[str, str]] = {}
        self.scripts: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "div" and a.get("class", "").startswith("col-"):
            self.column, self.depth = a["class"][4:], 0
        elif tag == "div" and self.column:
            self.depth += 1
        if tag == "mark" and self.column:
            self.open = {"rows": a.get("data-rows", ""), "text": ""}
        if tag == "tr" and "data-row" in a:
            self.rows[a["data-row"]] = a
        if tag == "script":
            self.scripts.append(dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self.open is not None and self.column:
            self.marks[self.column].append((self.open["text"], self.open["rows"]))
            self.open = None
        if tag == "div" and self.column:
            if self.depth == 0:
                self.column = None
            else:
                self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.open is not None:
            self.open["text"] += data


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pyproject.toml").write_text("")
    for folder in ("seeds", "claims"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def report(repo: Path, expect: int = 0) -> str:
    assert main(["report", f"claims/{STORY}.toml", "-o", "out/report.html"]) == expect
    return (repo / "out" / "report.html").read_text(encoding="utf-8")


def parsed(page: str) -> Marks:
    marks = Marks()
    marks.feed(page)
    return marks


def test_the_report_is_one_self_contained_file(repo: Path) -> None:
    page = report(repo)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)  # nothing fetched
    assert "<link" not in page and "@import" not in page and "url(" not in page
    scripts = parsed(page).scripts
    assert len(scripts) == 1 and "src" not in scripts[0]  # the one script is inline


def test_every_figure_and_name_is_highlighted(repo: Path) -> None:
    page = parsed(report(repo))
    for lang, path in (("en", EN), ("vi", VI)):
        doc = read_seed(repo / path, lang, path)
        marked = [" ".join(text.split()) for text, _ in page.marks[lang]]
        for mention in extract(doc, None):
            said = " ".join(mention.text.split())
            assert any(said in m for m in marked), f"{lang}: {mention.text!r} is not highlighted"
        for name in ("Chen Gang", "Trần Cương", "Quảng Tây", "Guangxi"):
            if name in doc.text:
                assert any(name in m for m in marked), f"{lang}: the name {name!r} is not highlighted"


def test_a_discrepancy_links_its_row_to_both_figures(repo: Path) -> None:
    edit(repo, VI, "41,6 tỷ USD", "46,1 tỷ USD", count=2)
    page = parsed(report(repo, expect=1))
    [row] = [r for r in page.rows.values() if r["data-status"] == "discrepancy"]
    linked = {lang: [text for text, rows in page.marks[lang] if row["data-row"] in rows.split()]
              for lang in ("en", "vi")}  # fmt: skip
    assert linked == {"en": ["US$41.6 billion"], "vi": ["46,1 tỷ USD"]}


def test_seed_markup_is_shown_as_text(repo: Path) -> None:
    seed = repo / EN
    seed.write_bytes(seed.read_bytes() + b'\n\n<script>alert("x")</script> <img src=x onerror=alert(1)>\n')
    page = report(repo, expect=1)  # the new words are names no claim explains
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert len(parsed(page).scripts) == 1 and "<img" not in page


def test_paragraphs_face_their_translation(repo: Path) -> None:
    page = report(repo)
    # English paragraph 5 (US$41.6 billion) and Vietnamese paragraph 5 (41,6 tỷ USD) share a row.
    pairs = re.findall(r'<div class="pair">(.*?)</div>\s*</div>', page, re.S)
    [pair] = [p for p in pairs if "US$41.6 billion" in p]
    assert "41,6 tỷ USD" in pair


def test_compare_html(repo: Path) -> None:
    edit(repo, VI, "41,6 tỷ USD", "46,1 tỷ USD")
    assert main(["compare", EN, VI, "--format", "html", "-o", "compare.html"]) == 1
    page = parsed((repo / "compare.html").read_text(encoding="utf-8"))
    [row] = [r for r in page.rows.values() if r["data-status"] == "only_vi" and r["data-kind"] == "money"]
    assert [text for text, rows in page.marks["vi"] if row["data-row"] in rows.split()] == ["46,1 tỷ USD"]


def test_report_refuses_to_overwrite_an_input(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    claims = repo / "claims" / f"{STORY}.toml"
    before = claims.read_bytes()
    assert main(["report", f"claims/{STORY}.toml", "-o", f"claims/{STORY}.toml"]) == 2
    assert "is a claims file" in capsys.readouterr().err
    assert claims.read_bytes() == before


def test_html_shows_one_story(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(repo / "claims" / f"{STORY}.toml", repo / "claims" / "again.toml")
    assert main(["check", "claims/", "--format", "html"]) == 2
    assert "an HTML report shows one story" in capsys.readouterr().err


def _paras(*sizes: int) -> list[Paragraph]:
    out, at = [], 0
    for i, size in enumerate(sizes):
        out.append(Paragraph(at, at + size, i + 1))
        at += size + 2
    return out


def test_align_leaves_an_added_paragraph_facing_nothing() -> None:
    # The Vietnamese adds a paragraph of figures of its own (closing statistics).
    en, vi = _paras(300, 200, 250), _paras(330, 250, 210, 260)
    keys_en = [{"41.6"}, {"15.4"}, {"2"}]
    keys_vi = [{"41.6"}, {"95", "7"}, {"15.4"}, {"2"}]
    assert align(en, vi, keys_en, keys_vi) == [([0], [0]), ([], [1]), ([1], [2]), ([2], [3])]


def test_align_joins_a_split_paragraph() -> None:
    en, vi = _paras(400, 200), _paras(210, 230, 220)
    assert align(en, vi, [{"1", "2"}, {"3"}], [{"1"}, {"2"}, {"3"}]) == [([0], [0, 1]), ([1], [2])]
