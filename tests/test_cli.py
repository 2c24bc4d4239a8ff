"""The `crosscheck` command as a user runs it: a subprocess, its output and exit code."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = "claims/vietnam-guangxi.toml"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "pyproject.toml").write_text("")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "claims", tmp_path / "claims")
    return tmp_path


def run(repo: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crosscheck", *args], cwd=repo, capture_output=True,
                          text=True, encoding="utf-8", env=env)  # fmt: skip


def test_check_passes_on_the_seeds(repo: Path) -> None:
    result = run(repo, "check", CLAIMS)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "consistent" in result.stdout


def test_table_json_has_a_row_per_claim(repo: Path) -> None:
    result = run(repo, "table", CLAIMS, "--format", "json")
    rows = json.loads(result.stdout)["rows"]
    ids = [
        line.split('"')[1] for line in (repo / CLAIMS).read_text().splitlines() if line.startswith("id = ")
    ]
    assert [r["claim"] for r in rows] == ids[1:]  # the first id is the story's
    assert {r["status"] for r in rows} <= {"consistent", "one-sided", "waived"}


def test_discrepancy_exits_1_and_names_the_candidate(repo: Path) -> None:
    seed = repo / "seeds/vietnam-guangxi/en.txt"
    seed.write_bytes(seed.read_bytes().replace(b"22nd China-ASEAN", b"122nd China-ASEAN"))
    result = run(repo, "check", CLAIMS, "--format", "markdown")
    assert result.returncode == 1
    assert "expo-edition" in result.stdout and "en line 23: 122nd" in result.stdout
    assert "\033[" not in result.stdout  # no colour when not on a terminal


def test_unusable_input_exits_2_with_one_line(repo: Path) -> None:
    (repo / "seeds/vietnam-guangxi/vi.txt").write_bytes("Ngày 19/2, ông Diên".encode("cp1258"))
    result = run(repo, "check", CLAIMS)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "seeds/vietnam-guangxi/vi.txt:1: is not UTF-8 (byte 0x" in result.stderr
    assert "iconv -f WINDOWS-1258" in result.stderr


def test_help_has_examples() -> None:
    result = subprocess.run([sys.executable, "-m", "crosscheck", "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "crosscheck check claims/" in result.stdout
