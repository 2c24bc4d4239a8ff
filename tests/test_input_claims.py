"""A claims file's [story] naming other inputs: en/vi as web pages or Word files, or one
`bilingual` translation file; failures point into that file."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from crosscheck.claims import load
from crosscheck.errors import ClaimsError

SAMPLES = Path(__file__).parent / "inputs"

MONEY = """
[[claim]]
id = "trade"
kind = "money"
value = "US$41.6 billion"
en = "reached US$41.6 billion"
vi = "đạt {vi_money}"
"""


def _repo(tmp_path: Path, *samples: str) -> Path:
    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / "claims").mkdir()
    (tmp_path / "seeds").mkdir()
    for name in samples:
        shutil.copy(SAMPLES / name, tmp_path / "seeds" / name)
    return tmp_path


def _check(repo: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crosscheck", "check", "claims/s.toml"], cwd=repo,
                          capture_output=True, text=True, encoding="utf-8")  # fmt: skip


def _trade(repo: Path) -> dict[str, object]:
    """The trade claim's row (the coverage rows fail too: the stories claim one figure only)."""
    command = [sys.executable, "-m", "crosscheck", "table", "claims/s.toml", "--format", "json"]
    result = subprocess.run(command, cwd=repo, capture_output=True, text=True, encoding="utf-8")
    rows = json.loads(result.stdout)["rows"]
    return dict(next(r for r in rows if r["claim"] == "trade"))


@pytest.mark.parametrize(("sample", "status"), [("story.xliff", "consistent"), ("story.xlf", "discrepancy")])
def test_bilingual_story(tmp_path: Path, sample: str, status: str) -> None:
    repo = _repo(tmp_path, sample)
    head = f'[story]\nid = "s"\nbilingual = "../seeds/{sample}"\ndateline = 2025-02-19\n'
    (repo / "claims" / "s.toml").write_text(head + MONEY.format(vi_money="41,6 tỷ USD"), encoding="utf-8")
    story = load(repo / "claims" / "s.toml", "claims/s.toml")
    assert story.seeds["en"] == story.seeds["vi"] == (repo / "seeds" / sample).resolve()
    row = _trade(repo)
    assert row["status"] == status, row
    if status == "discrepancy":  # story.xlf's Vietnamese says 46,1: the failure names the unit by its id
        assert "nearest vi unit p2: 46,1 tỷ USD" in str(row["detail"])


def test_en_and_vi_as_web_pages(tmp_path: Path) -> None:
    repo = _repo(tmp_path, "story.en.html", "story.vi.html")
    head = '[story]\nid = "s"\nen = "../seeds/story.en.html"\nvi = "../seeds/story.vi.html"\n'
    claims = head + MONEY.format(vi_money="41,6 tỷ USD")
    (repo / "claims" / "s.toml").write_text(claims, encoding="utf-8")
    assert _trade(repo)["status"] == "consistent"
    page = repo / "seeds" / "story.en.html"
    html = page.read_text(encoding="utf-8")
    page.write_text(html.replace("Guangxi reached US$41.6", "Guangxi reached US$46.1"), encoding="utf-8")
    row = _trade(repo)
    # The nearest candidate is on the page's own line 30, not on a line of the extracted text.
    assert row["status"] == "discrepancy" and "nearest en line 30: US$46.1 billion" in str(row["detail"])


def test_bilingual_with_en_or_vi_is_one_line(tmp_path: Path) -> None:
    repo = _repo(tmp_path, "story.xliff")
    text = '[story]\nid = "s"\nbilingual = "../seeds/story.xliff"\nen = "../seeds/story.xliff"\n'
    (repo / "claims" / "s.toml").write_text(text + MONEY.format(vi_money="41,6 tỷ USD"), encoding="utf-8")
    with pytest.raises(ClaimsError, match=r"claims/s.toml:3: bilingual = .* give it alone"):
        load(repo / "claims" / "s.toml", "claims/s.toml")


def test_a_broken_translation_file_in_a_story_is_exit_2_one_line(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    (repo / "seeds" / "s.po").write_text('msgid "a"\nmsgstr "b\n', encoding="utf-8")
    head = '[story]\nid = "s"\nbilingual = "../seeds/s.po"\n'
    (repo / "claims" / "s.toml").write_text(head + MONEY.format(vi_money="41,6 tỷ USD"), encoding="utf-8")
    result = _check(repo)
    assert result.returncode == 2
    assert result.stderr.startswith("crosscheck: seeds/s.po: is not a PO file")
    assert result.stderr.count("\n") == 1
