"""Where CI looks (issue 14): the workflow uploads the gate's SARIF as an optional step, and
`.ci/run` installs the browser the HTML report's tests drive before `make test`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]


def jobs() -> dict[str, Any]:
    data = yaml.safe_load((ROOT / ".github" / "workflows" / "crosscheck.yml").read_text(encoding="utf-8"))
    result: dict[str, Any] = data["jobs"]
    return result


def test_the_gate_writes_sarif_and_uploads_it_optionally() -> None:
    gate = jobs()["gate"]
    assert gate["permissions"]["security-events"] == "write"
    run = next(s["run"] for s in gate["steps"] if "pytest checks/" in s.get("run", ""))
    assert "--crosscheck-sarif reports/crosscheck-${{ matrix.python-version }}.sarif" in run
    (upload,) = [
        s for s in gate["steps"] if s.get("uses", "").startswith("github/codeql-action/upload-sarif@")
    ]
    assert upload["continue-on-error"] is True  # optional: a repository without code scanning still passes
    assert upload["if"].startswith("always()")  # the alerts matter most when the gate fails
    assert upload["with"]["sarif_file"] == "reports/crosscheck-${{ matrix.python-version }}.sarif"
    assert [s.get("run", "") for s in gate["steps"]].index(run) < gate["steps"].index(upload)


def test_the_gate_step_keeps_github_actions_set_for_the_annotations() -> None:
    run = next(s["run"] for s in jobs()["gate"]["steps"] if "pytest checks/" in s.get("run", ""))
    assert "GITHUB_ACTIONS" not in run


def test_ci_installs_chromium_when_missing_before_make_test() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    install = script.index("apt-get install -y")
    assert "chromium chromium-driver" in script[install:]
    assert script.index("/usr/bin/chromedriver") < install < script.index("make test")
    test_job = jobs()["test"]
    assert test_job["container"].startswith("python:3.12-")  # Debian, where chromium is a package
    assert any("bash .ci/run" in s.get("run", "") for s in test_job["steps"])
