"""The edit-aware gate as a user meets it: scratch git repositories, a story committed,
then edited in one version or both, and `crosscheck drift` (and the pytest option) run on
them. Git is required: these tests build real repositories and never skip."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from crosscheck.drift import changes, drift
from crosscheck.text import Document

pytest_plugins = ["pytester"]

EN = """HÀ NỘI — Vietnamese and Chinese officials met in Hà Nội on February 19.

The minister noted that trade reached US$41.6 billion in 2024, a 15.4 per cent increase year on year.

Both sides agreed to keep supply chains stable.
"""
VI = """HÀ NỘI — Ngày 19/2, các quan chức Việt Nam và Trung Quốc đã gặp nhau tại Hà Nội.

Bộ trưởng cho biết kim ngạch thương mại năm 2024 đạt 41,6 tỷ USD, tăng 15,4% so với năm 2023.

Hai bên nhất trí duy trì ổn định chuỗi cung ứng.
"""
CLAIMS = """\
[story]
id = "trade"
en = "../seeds/trade/en.txt"
vi = "../seeds/trade/vi.txt"
dateline = 2025-02-19

[[claim]]
id = "talks-date"
kind = "date"
value = 2025-02-19
en = "February 19"
vi = "Ngày 19/2"

[[claim]]
id = "trade-2024"
kind = "money"
value = "US$41.6 billion"
en = "trade reached US$41.6 billion"
vi = "đạt 41,6 tỷ USD"
"""
GATE = 'claims = ["../claims/*.toml"]\n'


def git(root: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True)
    return done.stdout


def make_repo(root: Path) -> Path:
    """A repository on branch main with the story's seeds, claims and gate committed."""
    (root / "seeds" / "trade").mkdir(parents=True)
    (root / "seeds" / "trade" / "en.txt").write_text(EN, encoding="utf-8")
    (root / "seeds" / "trade" / "vi.txt").write_text(VI, encoding="utf-8")
    (root / "claims").mkdir()
    (root / "claims" / "trade.toml").write_text(CLAIMS, encoding="utf-8")
    (root / "checks").mkdir()
    (root / "checks" / "crosscheck.toml").write_text(GATE, encoding="utf-8")
    (root / "pyproject.toml").write_text("")
    git(root, "init", "-q", "-b", "main")
    for key, value in (("user.email", "t@example.com"), ("user.name", "T"), ("commit.gpgsign", "false")):
        git(root, "config", key, value)
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "the story")
    return root


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_repo(tmp_path)


def edit(root: Path, lang: str, old: str, new: str, story: str = "trade") -> None:
    path = root / "seeds" / story / f"{lang}.txt"
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in the {lang} seed"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def run(root: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crosscheck", "drift", *args], cwd=root,
                          capture_output=True, text=True, encoding="utf-8", env=env)  # fmt: skip


def test_an_edit_of_one_version_is_drift_naming_both_lines(repo: Path) -> None:
    edit(repo, "en", "US$41.6 billion", "US$46.1 billion")
    result = run(repo, "--base", "HEAD")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "EN line 3: US$41.6 billion → US$46.1 billion; VI line 3 still says 41,6 tỷ USD" in result.stdout
    assert "trade-2024" in result.stdout  # the claim whose value the edit changed


def test_the_same_edit_in_both_versions_is_consistent(repo: Path) -> None:
    edit(repo, "en", "US$41.6 billion", "US$46.1 billion")
    edit(repo, "vi", "41,6 tỷ USD", "46,1 tỷ USD")
    result = run(repo, "--base", "HEAD")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "VI line 3 too: 46,1 tỷ USD" in result.stdout and "drift" not in result.stdout


def test_a_rewording_changes_no_fact(repo: Path) -> None:
    edit(repo, "en", "agreed to keep supply chains stable", "agreed that supply chains must stay stable")
    edit(repo, "vi", "Bộ trưởng cho biết", "Bộ trưởng nhấn mạnh")
    result = run(repo, "--base", "HEAD")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no figure changed" in result.stdout


def test_a_date_changed_in_one_version_is_drift(repo: Path) -> None:
    edit(repo, "en", "February 19", "February 20")
    result = run(repo, "--base", "HEAD")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "February 19 → February 20" in result.stdout and "VI line 1 still says Ngày 19/2" in result.stdout
    assert "talks-date" in result.stdout


def test_a_figure_added_to_one_version_is_for_review(repo: Path) -> None:
    edit(repo, "en", "stable.", "stable. Exports of fruit rose to US$3.2 billion.")
    result = run(repo, "--base", "HEAD")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "review" in result.stdout and "US$3.2 billion added" in result.stdout


def test_a_bad_ref_is_one_line_and_exit_2(repo: Path) -> None:
    result = run(repo, "--base", "no-such-branch")
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no-such-branch" in lines[0] and "Traceback" not in result.stderr


def test_json_output_parses(repo: Path) -> None:
    edit(repo, "en", "US$41.6 billion", "US$46.1 billion")
    result = run(repo, "--base", "HEAD", "--format", "json")
    assert result.returncode == 1
    rows = json.loads(result.stdout)["rows"]
    assert rows == [{
        "story": "trade", "lang": "en", "kind": "money", "old": "US$41.6 billion", "new": "US$46.1 billion",
        "old_line": 3, "new_line": 3, "other": "41,6 tỷ USD", "other_line": 3, "status": "drift",
        "claim": "trade-2024",
    }]  # fmt: skip


def test_markdown_and_no_colour(repo: Path) -> None:
    edit(repo, "en", "US$41.6 billion", "US$46.1 billion")
    result = run(repo, "--base", "HEAD", "--format", "markdown", env={**os.environ, "NO_COLOR": "1"})
    assert result.returncode == 1
    assert "| story" in result.stdout and "\033[" not in result.stdout


def test_the_default_base_is_the_fork_point_from_main(repo: Path) -> None:
    git(repo, "checkout", "-q", "-b", "feature")
    edit(repo, "vi", "41,6 tỷ USD", "46,1 tỷ USD")
    git(repo, "commit", "-q", "-am", "one version only")
    result = run(repo)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "VI line 3: 41,6 tỷ USD → 46,1 tỷ USD; EN line 3 still says US$41.6 billion" in result.stdout
    assert "merge-base HEAD main" in result.stdout


def test_without_a_main_line_the_base_is_the_commit_before(repo: Path) -> None:
    git(repo, "branch", "-m", "main", "trunk")
    edit(repo, "en", "February 19", "February 20")
    git(repo, "commit", "-q", "-am", "one version only")
    result = run(repo)
    assert result.returncode == 1 and "HEAD~1" in result.stdout


def test_only_stories_with_seed_changes_are_checked(repo: Path) -> None:
    result = run(repo, "--base", "HEAD")
    assert result.returncode == 0 and "no seed changed since HEAD" in result.stdout


def test_a_story_not_at_the_base_is_new(repo: Path) -> None:
    (repo / "seeds" / "fresh").mkdir()
    (repo / "seeds" / "fresh" / "en.txt").write_text(EN, encoding="utf-8")
    (repo / "seeds" / "fresh" / "vi.txt").write_text(VI, encoding="utf-8")
    result = run(repo, "--base", "HEAD", "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["rows"]
    assert [(r["story"], r["status"]) for r in rows] == [("fresh", "new")]


def test_one_version_missing_at_the_base_is_one_line_and_exit_2(repo: Path) -> None:
    git(repo, "rm", "-q", "--cached", "seeds/trade/vi.txt")
    git(repo, "commit", "-q", "-m", "untrack vi")
    (repo / "claims" / "trade.toml").unlink()
    git(repo, "commit", "-q", "-am", "no claims")
    edit(repo, "en", "US$41.6 billion", "US$46.1 billion")
    result = run(repo, "--base", "HEAD")
    assert result.returncode == 2
    assert (
        len(result.stderr.strip().splitlines()) == 1 and "seeds/trade/vi.txt: is not at HEAD" in result.stderr
    )


def test_no_git_and_no_repository_are_one_line_and_exit_2(
    repo: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    no_git = run(repo, "--base", "HEAD", env={**os.environ, "PATH": str(tmp_path_factory.mktemp("empty"))})
    assert no_git.returncode == 2 and no_git.stderr.startswith("crosscheck: git: not found; install git")
    elsewhere = tmp_path_factory.mktemp("plain")
    not_repo = run(
        elsewhere, "--base", "HEAD", env={**os.environ, "GIT_CEILING_DIRECTORIES": str(elsewhere.parent)}
    )
    assert not_repo.returncode == 2 and "is not inside a git repository" in not_repo.stderr
    assert "Traceback" not in no_git.stderr + not_repo.stderr


def test_drift_only_reads_the_repository(repo: Path) -> None:
    edit(repo, "en", "US$41.6 billion", "US$46.1 billion")
    index = (repo / ".git" / "index").read_bytes()
    seeds = {p: p.read_bytes() for p in (repo / "seeds").rglob("*.txt")}
    run(repo, "--base", "HEAD")
    assert (repo / ".git" / "index").read_bytes() == index
    assert {p: p.read_bytes() for p in (repo / "seeds").rglob("*.txt")} == seeds


# --- the library: what an edit changed --------------------------------------------------


def doc(text: str, lang: str = "en") -> Document:
    return Document.from_text(text, lang)


def test_a_moved_sentence_changes_nothing() -> None:
    moved = "Both sides agreed to keep supply chains stable.\n\n" + EN.replace(
        "\nBoth sides agreed to keep supply chains stable.\n", ""
    )
    assert changes(doc(EN), doc(moved)) == []


def test_a_changed_value_is_one_change_with_both_lines() -> None:
    found = changes(doc(EN), doc(EN.replace("in 2024", "in 2025")))
    assert [(c.kind, c.old and c.old.text, c.new and c.new.text, c.old_line, c.new_line) for c in found] == [
        ("year", "2024", "2025", 3, 3)
    ]


def test_a_qualifier_added_before_a_figure_is_a_changed_value() -> None:
    found = changes(doc(EN), doc(EN.replace("reached US$41.6", "reached about US$41.6")))
    assert [(c.what, c.old and c.old.text, c.new and c.new.text) for c in found] == [
        ("changed", "US$41.6 billion", "about US$41.6 billion")
    ]


def test_a_removed_figure_that_the_other_version_states_is_drift() -> None:
    en_new = EN.replace(", a 15.4 per cent increase year on year", "")
    rows = drift(doc(EN), doc(en_new), doc(VI, "vi"), doc(VI, "vi"), date(2025, 2, 19))
    assert {(r.kind, r.status, r.other) for r in rows} >= {("percent", "drift", "15,4%")}


def test_a_value_changed_differently_in_each_version_is_drift() -> None:
    rows = drift(doc(EN), doc(EN.replace("US$41.6", "US$46.1")), doc(VI, "vi"),
                 doc(VI.replace("41,6 tỷ", "45,1 tỷ"), "vi"), date(2025, 2, 19))  # fmt: skip
    assert [(r.status, r.message()) for r in rows] == [
        ("drift", "EN line 3: US$41.6 billion → US$46.1 billion; VI line 3 now says 45,1 tỷ USD")
    ]


def test_a_value_the_other_version_never_stated_is_for_review() -> None:
    en_old = EN.replace("stable.", "stable. Fruit exports rose 20 per cent.")
    rows = drift(doc(en_old), doc(en_old.replace("20 per", "25 per")), doc(VI, "vi"), doc(VI, "vi"))
    assert [(r.status, r.old, r.new) for r in rows] == [("review", "20 per cent", "25 per cent")]


# --- the pytest option ------------------------------------------------------------------


def test_the_gate_collects_a_drift_item_per_changed_story(pytester: pytest.Pytester) -> None:
    root = make_repo(pytester.path)
    edit(root, "en", "US$41.6 billion", "US$46.1 billion")
    result = pytester.runpytest_subprocess("checks/", "--crosscheck-base", "HEAD", "-k", "drift")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "*drift*trade*",
        "*EN line 3: US$41.6 billion → US$46.1 billion; VI line 3 still says 41,6 tỷ USD (claim trade-2024)",
    ])  # fmt: skip
    quiet = pytester.runpytest_subprocess("checks/", "--collect-only", "-q")
    assert "drift[" not in quiet.stdout.str()


def test_the_gate_passes_a_consistent_edit(pytester: pytest.Pytester) -> None:
    root = make_repo(pytester.path)
    edit(root, "en", "US$41.6 billion", "US$46.1 billion")
    edit(root, "vi", "41,6 tỷ USD", "46,1 tỷ USD")
    result = pytester.runpytest_subprocess("checks/", "--crosscheck-base", "HEAD", "-k", "drift")
    result.assert_outcomes(passed=1)


# --- the benchmark ------------------------------------------------------------------------


def test_the_replay_benchmark_runs_on_a_small_corpus(tmp_path: Path) -> None:
    benchmarks = Path(__file__).resolve().parents[1] / "benchmarks"
    corpus = tmp_path / "corpus"
    for name in ("ntrex-en-vi-dev", "flores200-en-vi-devtest", "xquad-en-vi"):
        (corpus / name / "doc").mkdir(parents=True)
        (corpus / name / "doc" / "en.txt").write_text(EN, encoding="utf-8")
        (corpus / name / "doc" / "vi.txt").write_text(VI, encoding="utf-8")
    readme = tmp_path / "README.md"
    script = [sys.executable, str(benchmarks / "drift_replay.py")]
    done = subprocess.run([*script, "--corpus-root", str(corpus), "--readme", str(readme)],
                          capture_output=True, text=True, encoding="utf-8", cwd=benchmarks)  # fmt: skip
    assert done.returncode == 0, done.stderr
    last = done.stdout.strip().splitlines()[-1]
    assert last.startswith("drift: caught ") and "one-sided" in last and "× compare" in last
    assert "## The edit-aware gate: edits replayed in git" in readme.read_text(encoding="utf-8")
