"""SARIF 2.1.0 from `check`, `compare` and `--crosscheck-sarif`, validated against the
official schema (tests/sarif/, see its NOTICE.md)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from crosscheck.cli import main
from story_copy import copy_stories, edit

pytest_plugins = ["pytester"]


ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "tests" / "sarif" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
STORY = "vietnam-guangxi"
VI = f"seeds/{STORY}/vi.txt"


def valid(log: dict[str, Any]) -> dict[str, Any]:
    jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(log)
    return log


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return copy_stories(tmp_path, monkeypatch)


def sarif_of(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
    code = main(list(argv))
    return code, valid(json.loads(capsys.readouterr().out))


def test_the_schema_rejects_a_broken_log() -> None:
    # The validator really checks: a result without its message is not SARIF.
    log = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"ruleId": "r"}]}]}
    with pytest.raises(jsonschema.ValidationError):
        valid(log)


def test_a_discrepancy_is_a_result_on_its_seed_line(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(repo, VI, "41,6 tỷ USD", "46,1 tỷ USD")
    code, log = sarif_of(capsys, "check", "claims/", "--format", "sarif")
    assert code == 1
    run = log["runs"][0]
    [result] = run["results"]
    assert result["ruleId"] == "crosscheck/money/discrepancy"
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "crosscheck/money/discrepancy"
    assert result["level"] == "error"
    place = result["locations"][0]["physicalLocation"]
    assert place["artifactLocation"]["uri"] == VI
    assert place["region"]["startLine"] == 5
    assert place["region"]["snippet"]["text"] == "46,1 tỷ USD"
    places = [r["physicalLocation"] for r in result["relatedLocations"]]
    related = {(p["artifactLocation"]["uri"], p["region"]["startLine"]) for p in places}
    assert (f"claims/{STORY}.toml", 35) in related  # the claim's own line
    assert (f"seeds/{STORY}/en.txt", 5) in related


def test_a_consistent_story_has_no_results(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, log = sarif_of(capsys, "check", "claims/", "--format", "sarif")
    assert code == 0
    assert log["runs"][0]["results"] == []


def test_fingerprints_survive_a_moved_line(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(repo, VI, "41,6 tỷ USD", "46,1 tỷ USD")
    _, before = sarif_of(capsys, "check", "claims/", "--format", "sarif")
    seed = repo / VI
    seed.write_bytes(b"\n\n" + seed.read_bytes())  # every line moves down by two
    _, after = sarif_of(capsys, "check", "claims/", "--format", "sarif")
    [old], [new] = before["runs"][0]["results"], after["runs"][0]["results"]
    assert new["locations"][0]["physicalLocation"]["region"]["startLine"] == 7
    assert new["partialFingerprints"] == old["partialFingerprints"]
    edit(repo, "claims/vietnam-guangxi.toml", 'id = "trade-2024"', 'id = "trade-total-2024"')
    _, renamed = sarif_of(capsys, "check", "claims/", "--format", "sarif")
    assert renamed["runs"][0]["results"][0]["partialFingerprints"] != old["partialFingerprints"]


def test_unexplained_figures_are_results_and_warnings_are_warnings(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    en = repo / f"seeds/{STORY}/en.txt"
    en.write_bytes(en.read_bytes() + b"\n\nIt also named 77 per cent.\n")
    edit(repo, VI, "41,6 tỷ USD", "46,1 tỷ USD")
    edit(repo, "claims/vietnam-guangxi.toml", 'id = "trade-2024"', 'id = "trade-2024"\nseverity = "warning"')
    code, log = sarif_of(capsys, "check", "claims/", "--format", "sarif")
    assert code == 1  # the unexplained figure still fails; the warning claim does not
    levels = {r["ruleId"]: r["level"] for r in log["runs"][0]["results"]}
    assert levels == {"crosscheck/percent/unexplained": "error", "crosscheck/money/discrepancy": "warning"}
    unexplained = next(r for r in log["runs"][0]["results"] if r["ruleId"].endswith("unexplained"))
    assert unexplained["locations"][0]["physicalLocation"]["region"]["startLine"] == 27


def test_compare_writes_sarif_to_a_file(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(repo, VI, "41,6 tỷ USD", "46,1 tỷ USD")
    code = main(["compare", f"seeds/{STORY}/en.txt", VI, "--format", "sarif", "-o", "out/compare.sarif"])
    assert code == 1
    log = valid(json.loads((repo / "out" / "compare.sarif").read_text(encoding="utf-8")))
    rules = {r["ruleId"] for r in log["runs"][0]["results"]}
    # The Vietnamese still says 41,6 once, so 46,1 is a figure only it states.
    money = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "crosscheck/money/only_vi")
    assert money["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == VI
    assert money["locations"][0]["physicalLocation"]["region"]["startLine"] == 5
    review = [r["level"] for r in log["runs"][0]["results"] if r["ruleId"].endswith("/review")]
    assert review and set(review) == {"note"}  # shown, never failing
    assert all(rule.startswith("crosscheck/") and rule.count("/") == 2 for rule in rules)
    fingerprints = [r["partialFingerprints"]["crosscheckFinding/v1"] for r in log["runs"][0]["results"]]
    assert len(set(fingerprints)) == len(fingerprints)


def test_an_output_never_lands_on_an_input(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    claims = repo / "claims" / f"{STORY}.toml"
    before = claims.read_bytes()
    code = main(["check", "claims/", "--format", "sarif", "-o", str(claims)])
    assert code == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "is a claims file" in err and str(claims) in err
    assert claims.read_bytes() == before


def test_pytest_writes_sarif(pytester: pytest.Pytester) -> None:
    root = pytester.path
    (root / "pyproject.toml").write_text("")
    for folder in ("seeds", "claims", "checks"):
        shutil.copytree(ROOT / folder, root / folder)
    edit(root, VI, "41,6 tỷ USD", "46,1 tỷ USD")
    result = pytester.runpytest_subprocess("checks/", "--crosscheck-sarif", "crosscheck.sarif", "-p",
                                           "no:cacheprovider")  # fmt: skip
    assert result.ret == 1
    log = valid(json.loads((root / "crosscheck.sarif").read_text(encoding="utf-8")))
    assert [r["ruleId"] for r in log["runs"][0]["results"]] == ["crosscheck/money/discrepancy"]
    refused = pytester.runpytest_subprocess("checks/", "--crosscheck-sarif", f"claims/{STORY}.toml")
    assert refused.ret == pytest.ExitCode.USAGE_ERROR
    refused.stderr.fnmatch_lines(["*--crosscheck-sarif claims/vietnam-guangxi.toml: is a claims file*"])


def test_pytest_under_xdist_writes_one_sarif_from_every_worker(pytester: pytest.Pytester) -> None:
    root = pytester.path
    (root / "pyproject.toml").write_text("")
    for folder in ("seeds", "claims", "checks"):
        shutil.copytree(ROOT / folder, root / folder)
    edit(root, VI, "41,6 tỷ USD", "46,1 tỷ USD")
    result = pytester.runpytest_subprocess("checks/", "-n", "2", "--crosscheck-sarif", "out.sarif", "-p",
                                           "no:cacheprovider")  # fmt: skip
    assert result.ret == 1
    log = valid(json.loads((root / "out.sarif").read_text(encoding="utf-8")))
    assert [r["ruleId"] for r in log["runs"][0]["results"]] == ["crosscheck/money/discrepancy"]
