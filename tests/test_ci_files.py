"""The CI workflow and the pre-commit files, read as GitHub and pre-commit read them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "crosscheck.yml"
GATE_PATHS = {"seeds/**", "claims/**", "checks/**", "src/**", "pyproject.toml"}


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    data: dict[Any, Any] = load(WORKFLOW)
    # YAML 1.1 reads the bare key `on` as True; GitHub reads it as "on".
    data["on"] = data.pop(True, data.get("on"))
    return data


def steps(workflow: dict[str, Any], job: str) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = workflow["jobs"][job]["steps"]
    return result


def test_runs_on_push_and_pull_request_when_stories_or_the_package_change(workflow: dict[str, Any]) -> None:
    assert set(workflow["on"]) == {"push", "pull_request", "schedule", "workflow_dispatch"}
    for event in ("push", "pull_request"):
        paths = set(workflow["on"][event]["paths"])
        assert paths >= GATE_PATHS | {"requirements/**"}, f"{event}: missing {GATE_PATHS - paths}"
        assert ".github/workflows/crosscheck.yml" in paths


def test_drift_jobs_run_weekly_against_newest_and_lowest_releases(workflow: dict[str, Any]) -> None:
    (cron,) = workflow["on"]["schedule"]
    assert len(cron["cron"].split()) == 5 and cron["cron"].split()[2:] == ["*", "*", "1"]  # weekly
    drift = workflow["jobs"]["dependencies"]
    assert drift["strategy"]["matrix"]["target"] == ["deps-newest", "deps-lowest"]
    assert "schedule" in drift["if"]
    runs = " ".join(s.get("run", "") for s in steps(workflow, "dependencies"))
    assert "make ${{ matrix.target }}" in runs
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("deps-newest:", "deps-lowest:", "lock:"):
        assert f"\n{target}" in makefile
    assert "--resolution lowest-direct" in makefile


def test_every_install_takes_the_locked_versions_with_hashes(workflow: dict[str, Any]) -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "pip install --quiet --require-hashes --no-deps -r $(LOCK)" in makefile
    assert "LOCK := requirements/dev.lock" in makefile
    lock = (ROOT / "requirements" / "dev.lock").read_text(encoding="utf-8")
    pins = re.findall(r"^([a-z0-9_.-]+)==(\S+) \\$", lock, flags=re.MULTILINE)
    names = {name for name, _ in pins}
    assert {"babel", "pint", "pytest", "hypothesis", "tabulate", "setuptools"} <= names
    assert lock.count("--hash=sha256:") >= len(pins)
    install = next(s["run"] for s in steps(workflow, "gate") if s.get("name") == "Install crosscheck")
    assert "--require-hashes --no-deps -r requirements/dev.lock" in install


def test_gate_runs_on_python_311_and_312_with_pip_caching(workflow: dict[str, Any]) -> None:
    gate = workflow["jobs"]["gate"]
    assert gate["strategy"]["matrix"]["python-version"] == ["3.11", "3.12"]
    assert gate["strategy"]["fail-fast"] is False
    (setup,) = [s for s in steps(workflow, "gate") if s.get("uses", "").startswith("actions/setup-python@")]
    assert setup["with"] == {
        "python-version": "${{ matrix.python-version }}",
        "cache": "pip",
        "cache-dependency-path": "requirements/dev.lock",
    }


def test_gate_installs_the_package_then_runs_pytest_checks_with_junit(workflow: dict[str, Any]) -> None:
    runs = [s["run"] for s in steps(workflow, "gate") if "run" in s]
    assert runs == [
        "python -m pip install --require-hashes --no-deps -r requirements/dev.lock\n"
        "python -m pip install --no-deps --no-build-isolation .\n",
        "python -m pytest checks/ --junitxml=reports/gate-${{ matrix.python-version }}.xml "
        "--crosscheck-sarif reports/crosscheck-${{ matrix.python-version }}.sarif",
    ]
    uses = [s.get("uses", "").split("@")[0] for s in steps(workflow, "gate")]
    assert uses.index("actions/checkout") < uses.index("actions/setup-python")


def test_junit_xml_is_uploaded_even_when_the_gate_fails(workflow: dict[str, Any]) -> None:
    gate_steps = steps(workflow, "gate")
    (upload,) = [s for s in gate_steps if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert upload["if"] == "always()"
    assert upload["with"]["path"] == "reports/gate-${{ matrix.python-version }}.xml"
    assert "${{ matrix.python-version }}" in upload["with"]["name"]  # one artifact per matrix leg
    run_index = next(i for i, s in enumerate(gate_steps) if "pytest checks/" in s.get("run", ""))
    assert gate_steps.index(upload) > run_index


def test_the_gate_step_leaves_the_step_summary_to_the_plugin(workflow: dict[str, Any]) -> None:
    # GitHub sets GITHUB_STEP_SUMMARY; the plugin appends the table. Nothing may unset it there.
    for step in steps(workflow, "gate"):
        assert "GITHUB_STEP_SUMMARY" not in str(step.get("env", {}))
        assert "GITHUB_STEP_SUMMARY" not in step.get("run", "")


def test_second_job_runs_make_test(workflow: dict[str, Any]) -> None:
    runs = " ".join(s.get("run", "") for s in steps(workflow, "test"))
    assert "bash .ci/run" in runs  # which installs the browser, then runs make test
    assert (ROOT / ".ci" / "run").read_text(encoding="utf-8").rstrip().endswith("make test")


@pytest.fixture(scope="module")
def hooks() -> dict[str, dict[str, Any]]:
    return {hook["id"]: hook for hook in load(ROOT / ".pre-commit-hooks.yaml")}


def test_crosscheck_hook_checks_the_claims_directory_when_seeds_or_claims_change(
    hooks: dict[str, dict[str, Any]],
) -> None:
    hook = hooks["crosscheck"]
    assert hook["language"] == "python"
    assert hook["entry"] == "crosscheck check"
    assert hook["args"] == ["claims"]
    assert hook["files"] == "^(seeds|claims)/"
    assert hook["pass_filenames"] is False


def test_crosscheck_pytest_hook_runs_the_gate(hooks: dict[str, dict[str, Any]]) -> None:
    hook = hooks["crosscheck-pytest"]
    assert hook["language"] == "python"
    assert hook["entry"].split()[:2] == ["pytest", "checks/"]
    assert hook["pass_filenames"] is False


def test_this_repository_runs_ruff_and_mypy_from_pinned_upstream_hooks() -> None:
    config = load(ROOT / ".pre-commit-config.yaml")
    repos = {repo["repo"]: repo for repo in config["repos"]}
    ruff = repos["https://github.com/astral-sh/ruff-pre-commit"]
    mypy = repos["https://github.com/pre-commit/mirrors-mypy"]
    assert {h["id"] for h in ruff["hooks"]} == {"ruff-check", "ruff-format"}
    assert [h["id"] for h in mypy["hooks"]] == ["mypy"]
    # The dev extra leaves ruff and mypy unpinned, so only check that the revs are release tags.
    for repo in (ruff, mypy):
        assert re.fullmatch(r"v\d+\.\d+\.\d+", repo["rev"]), repo["rev"]


def test_pull_requests_run_the_edit_aware_gate_with_the_whole_history(workflow: dict[str, Any]) -> None:
    job = workflow["jobs"]["edits"]
    assert job["if"] == "github.event_name == 'pull_request'"
    (checkout,) = [s for s in steps(workflow, "edits") if s.get("uses", "").startswith("actions/checkout@")]
    assert checkout["with"]["fetch-depth"] == 0
    runs = " ".join(s.get("run", "") for s in steps(workflow, "edits"))
    assert "crosscheck drift --base" in runs and "--require-hashes" in runs


def test_the_drift_hook_runs_on_staged_seed_changes(hooks: dict[str, dict[str, Any]]) -> None:
    hook = hooks["crosscheck-drift"]
    assert hook["entry"] == "crosscheck drift --base HEAD"
    assert hook["files"] == "^seeds/"
    assert hook["pass_filenames"] is False
