"""`format = "..."` in a claims file's [story]: seeds whose extension does not say how to
read them (a web page or an XLIFF export saved as .txt or .xml) are read in that format."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from crosscheck.claims import load
from crosscheck.engine import load_version
from crosscheck.errors import ClaimsError
from tiny_story import SAMPLE_CLAIM

SAMPLES = Path(__file__).parent / "inputs"

TRADE = SAMPLE_CLAIM


def _repo(tmp_path: Path, copies: dict[str, str], story: str) -> Path:
    """A repository whose seeds are the samples saved under other names, and one claims file."""
    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / "claims").mkdir()
    (tmp_path / "seeds").mkdir()
    for sample, name in copies.items():
        shutil.copy(SAMPLES / sample, tmp_path / "seeds" / name)
    (tmp_path / "claims" / "s.toml").write_text(f'[story]\nid = "s"\n{story}' + TRADE, encoding="utf-8")
    return tmp_path


def _trade(repo: Path) -> dict[str, object]:
    command = [sys.executable, "-m", "crosscheck", "table", "claims/s.toml", "--format", "json"]
    done = subprocess.run(command, cwd=repo, capture_output=True, text=True, encoding="utf-8", check=False)
    assert done.returncode in (0, 1), done.stderr
    return dict(next(r for r in json.loads(done.stdout)["rows"] if r["claim"] == "trade"))


PAGES = {"story.en.html": "en.txt", "story.vi.html": "vi.txt"}
SEEDS = 'en = "../seeds/en.txt"\nvi = "../seeds/vi.txt"\n'


def test_web_pages_saved_as_text_are_read_as_html_when_the_story_says_so(tmp_path: Path) -> None:
    repo = _repo(tmp_path, PAGES, SEEDS + 'format = "html"\n')
    story = load(repo / "claims" / "s.toml", "claims/s.toml")
    assert story.input_format == "html"
    en = load_version(story, "en").doc
    assert "<p>" not in en.text and "Guangxi reached US$41.6 billion" in en.text
    # The page's figure only, and placed on the page's own line.
    assert _trade(repo)["status"] == "consistent"
    page = repo / "seeds" / "en.txt"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("Guangxi reached US$41.6", "Guangxi reached US$46.1"), encoding="utf-8")
    row = _trade(repo)
    assert row["status"] == "discrepancy" and "nearest en line 30: US$46.1 billion" in str(row["detail"])


def test_without_the_format_the_same_files_are_plain_text(tmp_path: Path) -> None:
    repo = _repo(tmp_path, PAGES, SEEDS)
    story = load(repo / "claims" / "s.toml", "claims/s.toml")
    assert story.input_format is None
    assert "<p>" in load_version(story, "en").doc.text


def test_a_translation_file_under_another_extension(tmp_path: Path) -> None:
    story_table = 'bilingual = "../seeds/story.xml"\nformat = "xliff"\n'
    repo = _repo(tmp_path, {"story.xliff": "story.xml"}, story_table)
    story = load(repo / "claims" / "s.toml", "claims/s.toml")
    vi = load_version(story, "vi").doc
    assert "<target>" not in vi.text and "41,6 tỷ USD" in vi.text
    assert _trade(repo)["status"] == "consistent"


WRONG = [
    (SEEDS + 'format = "htm"\n', r"claims/s.toml:5: format in \[story\] must be one of .*, not 'htm'; did"),
    (SEEDS + "format = 3\n", r"claims/s.toml:5: format in \[story\] must be one of .*, not 3$"),
    (SEEDS + 'format = "xliff"\n', r'claims/s.toml:5: format = "xliff" is a translation file holding both'),
    (
        'bilingual = "../seeds/en.txt"\nformat = "html"\n',
        r'claims/s.toml:4: format = "html" holds one version',
    ),
]


@pytest.mark.parametrize(
    ("story", "message"),
    WRONG,
    ids=["misspelt", "not-a-string", "bilingual-format-for-two-files", "one-version-format-for-bilingual"],
)
def test_a_wrong_format_is_one_line_at_its_line(tmp_path: Path, story: str, message: str) -> None:
    repo = _repo(tmp_path, PAGES, story)
    with pytest.raises(ClaimsError, match=message):
        load(repo / "claims" / "s.toml", "claims/s.toml")
    done = subprocess.run([sys.executable, "-m", "crosscheck", "check", "claims/s.toml"], cwd=repo,
                          capture_output=True, text=True, encoding="utf-8", check=False)  # fmt: skip
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
