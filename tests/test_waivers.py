"""Severity and honest exemptions (issue 14): a warning is shown and never fails; a waiver,
a waived claim or a one-sided claim covers the words it records, and goes stale (fails,
naming itself and the new text) once they change."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from crosscheck.cli import main
from story_copy import copy_stories, edit

pytest_plugins = ["pytester"]


ROOT = Path(__file__).resolve().parents[1]
STORY = "vietnam-guangxi"
CLAIMS = f"claims/{STORY}.toml"
EN, VI = f"seeds/{STORY}/en.txt", f"seeds/{STORY}/vi.txt"
CREDIT = "\n\nReporting by Reuters.\n"
WAIVER = """
[[waiver]]
lang = "en"
text = "Reuters"
wording = "Reporting by Reuters"
reason = "agency credit"
"""


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return copy_stories(tmp_path, monkeypatch)


def append(root: Path, path: str, text: str) -> None:
    file = root / path
    file.write_bytes(file.read_bytes() + text.encode("utf-8"))


def rows(capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, dict[str, str]]]:
    code = main(["table", CLAIMS, "--format", "json"])
    return code, {r["claim"]: r for r in json.loads(capsys.readouterr().out)["rows"]}


# --- severity ------------------------------------------------------------------------


def test_a_warning_claim_is_shown_and_never_fails(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(repo, VI, "41,6 tỷ USD", "46,1 tỷ USD")
    edit(repo, CLAIMS, 'id = "trade-2024"', 'id = "trade-2024"\nseverity = "warning"')
    assert main(["check", CLAIMS]) == 0
    out = capsys.readouterr().out
    assert "trade-2024" in out and "discrepancy" in out  # shown, not "all consistent"
    code, table = rows(capsys)
    assert code == 0
    assert (table["trade-2024"]["status"], table["trade-2024"]["severity"]) == ("discrepancy", "warning")


def test_the_same_edit_fails_without_the_warning(repo: Path) -> None:
    edit(repo, VI, "41,6 tỷ USD", "46,1 tỷ USD")
    assert main(["check", CLAIMS]) == 1


def test_a_severity_must_be_error_or_warning(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(repo, CLAIMS, 'id = "trade-2024"', 'id = "trade-2024"\nseverity = "info"')
    assert main(["check", CLAIMS]) == 2
    err = capsys.readouterr().err.strip()
    assert err == (f'crosscheck: {CLAIMS}:36: severity must be "error" or "warning", not \'info\'')


# --- waivers -------------------------------------------------------------------------


def test_a_waiver_covers_its_wording(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    append(repo, EN, CREDIT)
    assert main(["check", CLAIMS]) == 1  # Reuters: a name no claim explains
    capsys.readouterr()
    append(repo, CLAIMS, WAIVER)
    assert main(["check", CLAIMS]) == 0


def test_a_waiver_covers_nothing_outside_its_wording(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    append(repo, EN, CREDIT + "\nReuters said the talks went on.\n")
    append(repo, CLAIMS, WAIVER)
    code, table = rows(capsys)
    assert code == 1
    [unexplained] = [r for r in table.values() if r["status"] == "unexplained"]
    assert unexplained["en"] == "Reuters" and unexplained["where"] == f"{EN}:29"


def test_a_waiver_goes_stale_when_its_wording_changes(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    append(repo, EN, CREDIT)
    append(repo, CLAIMS, WAIVER)
    edit(repo, EN, "Reporting by Reuters.", "Additional reporting by Reuters and AFP.")
    code, table = rows(capsys)
    assert code == 1
    stale = table["waiver[en:Reuters]"]
    assert stale["status"] == "stale"
    assert stale["where"].startswith(f"{CLAIMS}:")
    assert stale["detail"] == (
        f"[[waiver]] 'Reuters' (en) is stale: its wording 'Reporting by Reuters' is no longer in {EN}; "
        "line 27 now reads 'Additional reporting by Reuters and AFP.'; re-read it, then update or delete "
        "the waiver"
    )


def test_a_waiver_whose_text_is_gone_is_stale(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    append(repo, CLAIMS, '\n[[waiver]]\nlang = "vi"\ntext = "TTXVN"\nreason = "agency credit"\n')
    code, table = rows(capsys)
    assert code == 1
    assert table["waiver[vi:TTXVN]"]["status"] == "stale"
    assert "its text 'TTXVN' is no longer in" in table["waiver[vi:TTXVN]"]["detail"]


def test_a_stale_warning_waiver_does_not_fail(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    append(
        repo, CLAIMS, '\n[[waiver]]\nlang = "vi"\ntext = "TTXVN"\nreason = "credit"\nseverity = "warning"\n'
    )
    code, table = rows(capsys)
    assert code == 0
    assert table["waiver[vi:TTXVN]"]["status"] == "stale"


def test_a_waivers_wording_must_hold_its_text(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    append(repo, CLAIMS, WAIVER.replace('wording = "Reporting by Reuters"', 'wording = "Reporting by AFP"'))
    assert main(["check", CLAIMS]) == 2
    assert "a waiver's wording must be the words around its text 'Reuters'" in capsys.readouterr().err


# --- one-sided and waived claims -----------------------------------------------------


def test_a_one_sided_claim_goes_stale_when_its_figure_changes(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(repo, VI, "41,3%", "43,1%")
    code, table = rows(capsys)
    assert code == 1
    row = table["border-gate-growth"]
    assert row["status"] == "stale"
    assert row["detail"].startswith("one-sided claim 'border-gate-growth' is stale: vi wording "
                                    "'cửa khẩu đường bộ biên giới tăng trưởng 41,3%' is no longer found; "
                                    "it now reads vi line ")  # fmt: skip
    assert "43,1%" in row["detail"]


def test_a_waived_claim_goes_stale_when_its_wording_changes(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(repo, VI, "đường dây một chiều siêu cao áp", "đường dây xoay chiều")
    code, table = rows(capsys)
    assert code == 1
    assert table["power-link"]["status"] == "stale"
    assert table["power-link"]["detail"].startswith("waived claim 'power-link' is stale: vi wording")


def test_the_gate_fails_a_stale_waiver_by_name(pytester: pytest.Pytester) -> None:
    root = pytester.path
    (root / "pyproject.toml").write_text("")
    for folder in ("seeds", "claims", "checks"):
        shutil.copytree(ROOT / folder, root / folder)
    append(root, EN, CREDIT)
    append(root, CLAIMS, WAIVER)
    passing = pytester.runpytest_subprocess("checks/", "-p", "no:cacheprovider")
    assert passing.ret == 0
    edit(root, EN, "Reporting by Reuters.", "Reporting from Reuters.")
    result = pytester.runpytest_subprocess("checks/", "-p", "no:cacheprovider")
    assert result.ret == 1
    # The waiver fails by name, and Reuters, no longer covered, is unexplained again.
    result.assert_outcomes(failed=2, passed=passing.parseoutcomes()["passed"] - 2)
    result.stdout.fnmatch_lines([
        f"{CLAIMS}:*: [[][[]waiver[]][]] 'Reuters' (en) is stale: its wording 'Reporting by Reuters'*"
        "line 27 now reads 'Reporting from Reuters.'*",
        "*FAILED checks/crosscheck.toml::vietnam-guangxi::coverage[[]en[]]*",
        "*FAILED checks/crosscheck.toml::vietnam-guangxi::waiver[[]en:Reuters[]]*",
    ])  # fmt: skip
