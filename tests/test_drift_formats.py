"""`crosscheck drift` reads each version as the gate does: a story whose seeds are web pages
(by extension, or by `format` in [story]) is compared as the article text, then and now,
so an edit of the page's markup or boilerplate is no edit of a fact, and an edit of the
article points at the page's own line. Git is required: real repositories, never skipped."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tiny_story import SAMPLE_CLAIM

SAMPLES = Path(__file__).parent / "inputs"
CLAIM = SAMPLE_CLAIM


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True)


def page_repo(root: Path, ext: str, story_format: str | None) -> Path:
    """The two sample pages as a story's seeds, committed on main."""
    (root / "seeds" / "s").mkdir(parents=True)
    for lang in ("en", "vi"):
        shutil.copy(SAMPLES / f"story.{lang}.html", root / "seeds" / "s" / f"{lang}.{ext}")
    fmt = f'format = "{story_format}"\n' if story_format else ""
    seeds = f'en = "../seeds/s/en.{ext}"\nvi = "../seeds/s/vi.{ext}"\n'
    story = f'[story]\nid = "s"\n{seeds}dateline = 2025-02-19\n'
    (root / "claims").mkdir()
    (root / "claims" / "s.toml").write_text(story + fmt + CLAIM, encoding="utf-8")
    (root / "pyproject.toml").write_text("")
    git(root, "init", "-q", "-b", "main")
    for key, value in (("user.email", "t@example.com"), ("user.name", "T"), ("commit.gpgsign", "false")):
        git(root, "config", key, value)
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "the story")
    return root


def edit(page: Path, old: str, new: str) -> None:
    text = page.read_text(encoding="utf-8")
    assert old in text
    page.write_text(text.replace(old, new, 1), encoding="utf-8")


def drift_rows(root: Path) -> tuple[int, list[dict[str, object]]]:
    command = [sys.executable, "-m", "crosscheck", "drift", "--base", "HEAD", "--format", "json"]
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, encoding="utf-8", check=False)
    assert done.returncode in (0, 1), done.stderr
    return done.returncode, json.loads(done.stdout)["rows"]


HOW = [("html", None), ("txt", "html")]  # the extension says it, or [story] does


@pytest.mark.parametrize(("ext", "story_format"), HOW, ids=["by-extension", "by-story-format"])
def test_an_article_edit_of_one_page_is_drift_on_the_pages_line(
    tmp_path: Path, ext: str, story_format: str | None
) -> None:
    root = page_repo(tmp_path, ext, story_format)
    edit(root / "seeds" / "s" / f"en.{ext}", "Guangxi reached US$41.6", "Guangxi reached US$46.1")
    code, rows = drift_rows(root)
    drifted = [r for r in rows if r["status"] == "drift"]
    assert code == 1 and len(drifted) == 1, rows
    row = drifted[0]
    assert (row["old"], row["new"], row["new_line"]) == ("US$41.6 billion", "US$46.1 billion", 30)
    assert row["other"] == "41,6 tỷ USD" and row["other_line"] == 11  # the Vietnamese page's line


@pytest.mark.parametrize(("ext", "story_format"), HOW, ids=["by-extension", "by-story-format"])
def test_an_edit_of_boilerplate_only_changes_no_fact(
    tmp_path: Path, ext: str, story_format: str | None
) -> None:
    root = page_repo(tmp_path, ext, story_format)
    # The page's description and cookie banner are not the article: read as plain text they
    # would be two changed figures of one version.
    page = root / "seeds" / "s" / f"en.{ext}"
    edit(page, 'content="Trade reached US$41.6', 'content="Trade reached US$46.1')
    edit(page, "We use 3 kinds of cookies", "We use 4 kinds of cookies")
    code, rows = drift_rows(root)
    assert (code, rows) == (0, [])


def test_read_as_plain_text_the_same_boilerplate_edit_is_drift(tmp_path: Path) -> None:
    """The control: without a format, the page is text, and its description's figure counts."""
    root = page_repo(tmp_path, "txt", None)
    edit(root / "seeds" / "s" / "en.txt", 'content="Trade reached US$41.6', 'content="Trade reached US$46.1')
    code, rows = drift_rows(root)
    assert code == 1 and any(r["status"] == "drift" and r["new"] == "US$46.1 billion" for r in rows), rows
