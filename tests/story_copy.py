"""The repository's stories copied into a scratch folder, and edits of their files: the
tests of the outputs (annotations, SARIF, the HTML report, waivers) run the gate on it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def copy_stories(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """seeds/, claims/ and checks/ in tmp_path, the working folder, outside GitHub Actions."""
    (tmp_path / "pyproject.toml").write_text("")
    for folder in ("seeds", "claims", "checks"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def edit(root: Path, path: str, old: str, new: str, count: int = 1) -> None:
    """Replace the first `count` occurrences of `old` in a file, which must hold them."""
    file = root / path
    text = file.read_bytes().decode("utf-8")
    assert text.count(old) >= count, f"{old!r} is not in {path} {count} times"
    file.write_bytes(text.replace(old, new, count).encode("utf-8"))
