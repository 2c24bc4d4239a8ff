"""GitHub annotations: the gate run as GitHub Actions runs it (pytest inside pytest, with
GITHUB_ACTIONS set), on a copy of the story with a seed edited."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.outputs import annotations
from crosscheck.outputs.findings import Finding, Location
from story_copy import edit

pytest_plugins = ["pytester"]


ROOT = Path(__file__).resolve().parents[1]
STORY = "vietnam-guangxi"
VI = f"seeds/{STORY}/vi.txt"
EN = f"seeds/{STORY}/en.txt"


@pytest.fixture
def repo(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = pytester.path
    (root / "pyproject.toml").write_text("")
    for folder in ("seeds", "claims", "checks"):
        shutil.copytree(ROOT / folder, root / folder)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(root / "summary.md"))
    monkeypatch.setenv("RUNNER_TEMP", str(root))
    return root


def commands(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("::")]


def test_a_changed_figure_is_an_error_on_the_edited_seed_line(pytester: pytest.Pytester, repo: Path) -> None:
    edit(repo, VI, "41,6 tỷ USD", "46,1 tỷ USD")  # line 5 of the Vietnamese
    result = pytester.runpytest_subprocess("checks/", "-p", "no:cacheprovider")
    assert result.ret == 1
    assert commands(result.stdout.str()) == [
        f"::error file={VI},line=5,endLine=5,title=crosscheck%3A trade-2024 [money] discrepancy"
        "::claims/vietnam-guangxi.toml:35: trade-2024 [money] discrepancy: vi: expected 2, found 1; "
        "nearest vi line 5: 46,1 tỷ USD"
    ]


def test_no_annotations_outside_github_actions(
    pytester: pytest.Pytester, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS")
    edit(repo, VI, "41,6 tỷ USD", "46,1 tỷ USD")
    result = pytester.runpytest_subprocess("checks/", "-p", "no:cacheprovider")
    assert result.ret == 1
    assert commands(result.stdout.str()) == []


def test_a_passing_gate_prints_no_annotation(pytester: pytest.Pytester, repo: Path) -> None:
    result = pytester.runpytest_subprocess("checks/", "-p", "no:cacheprovider")
    assert result.ret == 0
    assert commands(result.stdout.str()) == []


# Fourteen figures no claim explains, in a new last paragraph of the English.
EXTRA = "\n\nOther figures: " + ", ".join(f"{n} per cent" for n in range(61, 75)) + ".\n"


def test_ten_per_step_discrepancies_first_and_the_last_says_how_many_more(
    pytester: pytest.Pytester, repo: Path
) -> None:
    edit(repo, VI, "41,6 tỷ USD", "46,1 tỷ USD")
    (repo / EN).write_bytes((repo / EN).read_bytes() + EXTRA.encode("utf-8"))
    result = pytester.runpytest_subprocess("checks/", "-p", "no:cacheprovider")
    shown = commands(result.stdout.str())
    assert len(shown) == 10
    assert "trade-2024 [money] discrepancy" in shown[0]
    assert all("unexplained" in line or "explained by no claim" in line for line in shown[1:])
    assert shown[-1].endswith("(and 5 more in the step summary)")  # 1 + 14 findings, 10 shown
    assert not any("more in the step summary" in line for line in shown[:-1])
    summary = (repo / "summary.md").read_text(encoding="utf-8")
    assert "74 per cent" in summary  # the ones left out are there


def test_the_job_budget_is_shared_between_steps(pytester: pytest.Pytester, repo: Path) -> None:
    (repo / annotations.COUNTER).write_text("45")  # earlier steps of this job printed 45
    (repo / EN).write_bytes((repo / EN).read_bytes() + EXTRA.encode("utf-8"))
    result = pytester.runpytest_subprocess("checks/", "-p", "no:cacheprovider")
    shown = commands(result.stdout.str())
    assert len(shown) == 5
    assert shown[-1].endswith("(and 9 more in the step summary)")
    assert (repo / annotations.COUNTER).read_text() == "50"


def test_the_cli_annotates_too(pytester: pytest.Pytester, repo: Path) -> None:
    edit(repo, VI, "41,6 tỷ USD", "46,1 tỷ USD")
    result = pytester.run(sys.executable, "-m", "crosscheck", "check", "claims/")
    assert result.ret == 1
    assert commands(result.stdout.str())[0].startswith(f"::error file={VI},line=5,endLine=5,")
    assert "trade-2024" in (repo / "summary.md").read_text(encoding="utf-8")  # where the rest would be
    json_run = pytester.run(sys.executable, "-m", "crosscheck", "check", "claims/", "--format", "json")
    assert commands(json_run.stdout.str()) == []  # the JSON stays parseable ...
    assert commands(json_run.stderr.str())[0].startswith(f"::error file={VI},line=5,")  # ... on stderr


def _finding(path: str, line: int, message: str) -> Finding:
    return Finding("crosscheck/name/unexplained", "name", "unexplained", "error", "t: x, y", message,
                   (Location(path, line, "en", "x"),), None, "f")  # fmt: skip


def test_properties_and_messages_are_escaped() -> None:
    line = annotations.command(_finding("seeds/a,b:c/en.txt", 3, "50% off\nnext line"))
    assert line == ("::error file=seeds/a%2Cb%3Ac/en.txt,line=3,endLine=3,title=crosscheck%3A t%3A x%2C y"
                    "::50%25 off%0Anext line")  # fmt: skip


def test_budget_zero_prints_nothing() -> None:
    assert annotations.commands([_finding("a.txt", 1, "m")], budget=0) == []


def _unescape(text: str) -> str:
    """As the runner reads a workflow command: %25 last, so '%2541' stays '%41'."""
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(code, char)
    return text


@given(path=st.text(min_size=1), message=st.text())
def test_any_path_and_message_survive_the_command(path: str, message: str) -> None:
    line = annotations.command(_finding(path, 7, message))
    assert "\n" not in line and "\r" not in line  # one command, one line
    head, _, data = line[len("::error ") :].partition("::")
    props = dict(p.split("=", 1) for p in head.split(","))
    assert _unescape(props["file"]) == path
    assert props["line"] == props["endLine"] == "7"
    assert _unescape(data) == message
