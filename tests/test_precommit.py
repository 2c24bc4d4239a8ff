"""The pre-commit hooks tried as a new user tries them: a scratch repository holding a story,
whose `.pre-commit-config.yaml` points at this project. pre-commit clones the hook
repository at a rev and pip-installs it into its own environment, once per module here."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = Path("seeds/vietnam-guangxi/en.txt")
NO_CACHE = shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc")


def env(home: Path) -> dict[str, str]:
    # Nothing from a surrounding git hook or CI step: the hooks' own pytest must not append
    # its table to the real job summary.
    keep = {k: v for k, v in os.environ.items() if not k.startswith("GIT_") and k != "GITHUB_STEP_SUMMARY"}
    return keep | {"PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=crosscheck", "-c", "user.email=crosscheck@example.com", *args],
        cwd=cwd, capture_output=True, text=True, check=True, env=env(cwd),
    ).stdout.strip()  # fmt: skip


@pytest.fixture(scope="module")
def hooks(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """This project's working tree as a hook repository: its path and the commit to pin."""
    repo = tmp_path_factory.mktemp("hook-repo")
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy2(ROOT / name, repo / name)
    shutil.copytree(ROOT / "src", repo / "src", ignore=NO_CACHE)
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "hooks")
    return repo, git(repo, "rev-parse", "HEAD")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def newsroom(tmp_path: Path, hooks: tuple[Path, str]) -> Path:
    """A newsroom's repository: a story, the gate, and both hooks from this project."""
    repo, rev = hooks
    for name in ("seeds", "claims", "checks"):
        shutil.copytree(ROOT / name, tmp_path / name)
    for path in (tmp_path / "seeds").rglob("*"):
        path.chmod(0o644 if path.is_file() else 0o755)
    (tmp_path / "README.md").write_text("# newsroom\n")
    (tmp_path / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repo}\n    rev: {rev}\n    hooks:\n"
        "      - id: crosscheck\n      - id: crosscheck-pytest\n"
    )
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "story")
    return tmp_path


def pre_commit(repo: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pre_commit", "run", *args], cwd=repo, capture_output=True,
                          text=True, encoding="utf-8", env=env(home), timeout=300)  # fmt: skip


def change_a_figure(repo: Path) -> None:
    path = repo / SEED
    text = path.read_text(encoding="utf-8")
    assert "US$41.6 billion" in text
    path.write_text(text.replace("US$41.6 billion", "US$46.1 billion"), encoding="utf-8")


def test_gate_hook_passes_the_story_and_fails_a_changed_figure(newsroom: Path, home: Path) -> None:
    good = pre_commit(newsroom, home, "crosscheck-pytest", "--all-files")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "crosscheck gate (pytest checks/)" in good.stdout and "Passed" in good.stdout

    change_a_figure(newsroom)
    bad = pre_commit(newsroom, home, "crosscheck-pytest", "--all-files")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    claims = (ROOT / "claims" / "vietnam-guangxi.toml").read_text(encoding="utf-8").splitlines()
    line = claims.index('id = "trade-2024"') + 1
    assert f"claims/vietnam-guangxi.toml:{line}: trade-2024 [money] discrepancy" in bad.stdout
    assert "nearest candidate: en line 5: US$46.1 billion" in bad.stdout
    assert "talks-date" not in bad.stdout  # only the failing rows


def test_hooks_skip_commits_that_touch_neither_seeds_nor_claims(newsroom: Path, home: Path) -> None:
    change_a_figure(newsroom)  # unstaged and not named: must not be looked at
    result = pre_commit(newsroom, home, "--files", "README.md")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("(no files to check)Skipped") == 2


def test_check_hook_checks_the_claims_directory(newsroom: Path, home: Path) -> None:
    good = pre_commit(newsroom, home, "crosscheck", "--all-files")
    assert good.returncode == 0, good.stdout + good.stderr

    change_a_figure(newsroom)
    bad = pre_commit(newsroom, home, "crosscheck", "--all-files")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "trade-2024" in bad.stdout and "US$46.1 billion" in bad.stdout
