"""The pytest gate run as a user runs it: pytest inside pytest, on a copy of the story."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[1]
STORY = "vietnam-guangxi"
N_CLAIMS = len(re.findall(r"^\[\[claim\]\]", (ROOT / "claims" / f"{STORY}.toml").read_text(), re.M))


@pytest.fixture
def repo(pytester: pytest.Pytester) -> Path:
    """A repository holding the story's seeds, claims and gate, as in this project."""
    root = pytester.path
    (root / "pyproject.toml").write_text("")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    shutil.copytree(ROOT / "claims", root / "claims")
    shutil.copytree(ROOT / "checks", root / "checks")
    return root


def edit(root: Path, lang: str, old: str, new: str) -> None:
    path = root / "seeds" / STORY / f"{lang}.txt"
    text = path.read_bytes().decode("utf-8")
    assert old in text, f"{old!r} is not in the {lang} seed"
    path.write_bytes(text.replace(old, new, 1).encode("utf-8"))


def test_passing_story_has_one_item_per_claim_and_prints_the_table(
    pytester: pytest.Pytester, repo: Path
) -> None:
    result = pytester.runpytest_subprocess("checks/")
    result.assert_outcomes(passed=N_CLAIMS + 2)
    assert result.ret == 0
    result.stdout.fnmatch_lines(
        ["*crosscheck consistency table*", "*trade-2024*money*US$41.6 billion*41,6 tỷ USD*consistent*"]
    )
    assert "Discrepancies" not in result.stdout.str()


def test_items_are_named_by_claim_id(pytester: pytest.Pytester, repo: Path) -> None:
    result = pytester.runpytest_subprocess("checks/", "--collect-only", "-q")
    result.stdout.fnmatch_lines([
        f"checks/crosscheck.toml::{STORY}::trade-2024",
        f"checks/crosscheck.toml::{STORY}::coverage[en]",
        f"checks/crosscheck.toml::{STORY}::coverage[vi]",
    ])  # fmt: skip


def test_k_selects_one_claim(pytester: pytest.Pytester, repo: Path) -> None:
    result = pytester.runpytest_subprocess("checks/", "-k", "trade-growth and not base")
    result.assert_outcomes(passed=1)
    table = result.stdout.str().split("crosscheck consistency table")[1]
    assert "trade-growth" in table and "talks-date" not in table


def test_changed_figure_fails_its_claim_pointing_at_the_claim_line(
    pytester: pytest.Pytester, repo: Path
) -> None:
    edit(repo, "vi", "41,6 tỷ USD", "46,1 tỷ USD")
    result = pytester.runpytest_subprocess("checks/")
    assert result.ret == 1
    result.assert_outcomes(passed=N_CLAIMS + 1, failed=1)
    claims = (repo / "claims" / f"{STORY}.toml").read_text().splitlines()
    line = next(i + 1 for i, text in enumerate(claims) if text == 'id = "trade-2024"')
    out = result.stdout.str()
    assert f"claims/{STORY}.toml:{line}: trade-2024 [money] discrepancy" in out
    assert "nearest candidate: vi line 5: 46,1 tỷ USD" in out
    assert "Discrepancies" in out  # the second table, of failing rows only


def test_unexplained_name_fails_coverage_naming_it_and_its_line(
    pytester: pytest.Pytester, repo: Path
) -> None:
    edit(repo, "en", "held talks with Chen Gang", "held talks with Chen Gang and Li Qiang")
    result = pytester.runpytest_subprocess("checks/")
    assert result.ret == 1
    result.stdout.fnmatch_lines(["*seeds/vietnam-guangxi/en.txt:1: 'Li Qiang' (name*"])


def test_bad_claims_file_is_one_line_and_no_traceback(pytester: pytest.Pytester, repo: Path) -> None:
    path = repo / "claims" / f"{STORY}.toml"
    path.write_text(path.read_text().replace('kind = "money"', 'kind = "monney"'))
    result = pytester.runpytest_subprocess("checks/")
    assert result.ret == 2
    out = result.stdout.str()
    assert re.search(rf"claims/{STORY}.toml:\d+: unknown kind 'monney'; did you mean 'money'\?", out)
    assert "Traceback" not in out


def test_gate_never_writes_to_seeds_or_claims(pytester: pytest.Pytester, repo: Path) -> None:
    before = {p: p.read_bytes() for p in repo.rglob("*") if p.is_file() and "checks" not in p.parts}
    pytester.runpytest_subprocess("checks/")
    after = {p: p.read_bytes() for p in before}
    assert before == after


def test_json_and_step_summary(
    pytester: pytest.Pytester, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = repo / "summary.md"
    summary.write_text("# earlier step\n")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    edit(repo, "en", "Wednesday", "Thursday")
    result = pytester.runpytest_subprocess(
        "checks/", "--crosscheck-json", "table.json", "--crosscheck-only-failures"
    )
    assert result.ret == 1
    rows = json.loads((repo / "table.json").read_text())["rows"]
    # A one-sided claim whose recorded wording changed is stale (issue 14): re-read, not kept.
    assert {r["claim"]: r["status"] for r in rows}["talks-weekday"] == "stale"
    text = summary.read_text()
    assert text.startswith("# earlier step\n")  # appended, not overwritten
    assert text.index("talks-weekday") < text.index("<details>")  # discrepancies first
    assert "| talks-date" in text.split("<details>")[1]  # the full table, folded


def test_markdown_format(pytester: pytest.Pytester, repo: Path) -> None:
    result = pytester.runpytest_subprocess("checks/", "--crosscheck-format", "markdown")
    result.stdout.fnmatch_lines(["| claim *| kind *|*", "| talks-date *| date *|*"])


def test_xdist_prints_one_table_with_every_row(pytester: pytest.Pytester, repo: Path) -> None:
    result = pytester.runpytest_subprocess("checks/", "-n", "2", "-p", "no:cacheprovider")
    assert result.ret == 0
    out = result.stdout.str()
    assert out.count("crosscheck consistency table") == 1
    assert f"{N_CLAIMS - 14} consistent, 13 one-sided, 1 waived" in out
