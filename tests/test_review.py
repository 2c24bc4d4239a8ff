"""REVIEW as a state the gate knows, and suspected discrepancies a draft cannot hide."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from crosscheck import review
from crosscheck.claims import load
from crosscheck.engine import check

pytest_plugins = ["pytester"]

EN = "Trade rose 15.4 per cent. Some 19 million people voted. It raised $35 million."
VI = "Thương mại tăng 15,4%. Khoảng 10 triệu người đã bỏ phiếu. Nó huy động 25 triệu USD."


@pytest.mark.parametrize(
    ("environ", "fails"),
    [
        ({}, False),
        ({"CI": "true"}, True),
        ({"CI": "1"}, True),
        ({"CI": "false"}, False),
        ({"CI": ""}, False),
        ({"CROSSCHECK_UNREVIEWED": "fail"}, True),
        ({"CI": "true", "CROSSCHECK_UNREVIEWED": "warn"}, False),
        ({"CI": "true", "CROSSCHECK_UNREVIEWED": "nonsense"}, True),
    ],
)
def test_unreviewed_fails_in_ci_and_warns_locally(environ: dict[str, str], fails: bool) -> None:
    assert review.fails(environ) is fails


def story(root: Path, claims: str, en: str = EN, vi: str = VI) -> Path:
    (root / "pyproject.toml").write_text("")
    (root / "en.txt").write_text(en, encoding="utf-8")
    (root / "vi.txt").write_text(vi, encoding="utf-8")
    path = root / "s.toml"
    head = '[story]\nid = "s"\nen = "en.txt"\nvi = "vi.txt"\ndateline = 2025-02-19\n'
    path.write_text(head + claims, encoding="utf-8")
    return path


GROWTH = '\n[[claim]]\nid = "growth"\nkind = "percent"\nvalue = "15.4%"\nen = "Trade rose 15.4 per cent"\n'


@pytest.mark.parametrize(
    ("fields", "status"),
    [
        ('vi = "tăng 15,4%"\n', "consistent"),
        ('vi = "tăng 15,4%"\nwaived = "REVIEW: check the spelling"\n', "unreviewed"),
        ('vi = "tăng 15,4%"\nwaived = "The same figure, checked by the desk."\n', "waived"),
        ('only = "en"\nreason = "REVIEW: found only in en"\n', "unreviewed"),
        ('only = "en"\nreason = "The Vietnamese leaves the growth out."\n', "one-sided"),
        # A REVIEW waiver is no decision: it does not hide a figure the text changed.
        ('vi = "tăng 15,4%"\nwaived = "REVIEW: check"\n# the text says 15,6%\n', "discrepancy"),
    ],
)
def test_a_reason_left_as_propose_wrote_it_is_unreviewed(tmp_path: Path, fields: str, status: str) -> None:
    vi = VI.replace("15,4%", "15,6%") if "the text says 15,6%" in fields else VI
    report = check(load(story(tmp_path, GROWTH + fields, vi=vi)))
    assert [r.status for r in report.results] == [status]


UNREVIEWED = GROWTH + 'only = "en"\nreason = "REVIEW: found only in en"\n'
EN_ONLY = "Trade rose 15.4 per cent."


def crosscheck(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    import os

    environ = {k: v for k, v in os.environ.items() if k not in ("CI", "CROSSCHECK_UNREVIEWED")}
    return subprocess.run([sys.executable, "-m", "crosscheck", *args], cwd=cwd, capture_output=True,
                          text=True, env={**environ, **env})  # fmt: skip


def test_a_suspected_discrepancy_is_one_failing_claim_until_corrected_or_waived(tmp_path: Path) -> None:
    path = story(tmp_path, "")
    draft = crosscheck("propose", "en.txt", "vi.txt", cwd=tmp_path)
    assert draft.returncode == 0, draft.stderr
    claims = draft.stdout.split("[[claim]]")
    money = next(c for c in claims if 'kind = "money"' in c)
    assert 'en = ["It raised $35 million"]' in money
    assert 'vi = ["huy động 35 triệu USD"]' in money  # what the Vietnamese would say if it agreed
    assert "SUSPECTED DISCREPANCY" in money and "'huy động 25 triệu USD'" in money
    assert "\nonly =" not in money  # never two one-sided claims
    path.write_text(draft.stdout.replace('en = "../en.txt"', 'en = "en.txt"')
                    .replace('vi = "../vi.txt"', 'vi = "vi.txt"'), encoding="utf-8")  # fmt: skip
    gate = crosscheck("check", "s.toml", cwd=tmp_path)
    assert gate.returncode == 1
    failed = {line.split()[0] for line in gate.stdout.splitlines() if " discrepancy " in line}
    assert {"raised-money", "people-count"} <= failed
    assert "nearest vi line 1: 25 triệu USD" in gate.stdout
    # The Vietnamese money corrected: that claim passes, the count still fails.
    (tmp_path / "vi.txt").write_text(VI.replace("25 triệu", "35 triệu"), encoding="utf-8")
    fixed = crosscheck("check", "s.toml", cwd=tmp_path)
    assert fixed.returncode == 1
    assert [line.split()[0] for line in fixed.stdout.splitlines() if " discrepancy " in line] == [
        "people-count"
    ]
    (tmp_path / "vi.txt").write_text(VI.replace("25 triệu", "35 triệu").replace("10 triệu", "19 triệu"))
    assert crosscheck("check", "s.toml", cwd=tmp_path).returncode == 0


def test_check_names_unreviewed_claims_and_fails_only_in_ci(tmp_path: Path) -> None:
    story(tmp_path, UNREVIEWED, en=EN_ONLY, vi="Thương mại.")
    local = crosscheck("check", "s.toml", cwd=tmp_path)
    assert local.returncode == 0
    assert "0 claims consistent and 1 unreviewed in 1 story" in local.stdout
    assert "s.toml:8: growth is unreviewed (REVIEW: found only in en)" in local.stderr
    ci = crosscheck("check", "s.toml", cwd=tmp_path, CI="true")
    assert ci.returncode == 1
    assert "growth   percent  unreviewed  REVIEW: found only in en" in ci.stdout
    table = crosscheck("table", "s.toml", cwd=tmp_path)
    assert table.stdout.strip().endswith("1 unreviewed")


def test_the_pytest_gate_fails_unreviewed_claims_in_ci_and_warns_locally(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    story(pytester.path, UNREVIEWED, en=EN_ONLY, vi="Thương mại.")
    (pytester.path / "checks").mkdir()
    (pytester.path / "checks" / "crosscheck.toml").write_text('claims = ["../s.toml"]\n')
    monkeypatch.delenv("CROSSCHECK_UNREVIEWED", raising=False)
    monkeypatch.delenv("CI", raising=False)
    local = pytester.runpytest_subprocess("checks/", "-p", "no:cacheprovider")
    local.assert_outcomes(passed=3, warnings=1)
    local.stdout.fnmatch_lines(["*UnreviewedClaim: s.toml:8: growth is unreviewed*", "*growth*unreviewed*"])
    monkeypatch.setenv("CI", "true")
    ci = pytester.runpytest_subprocess("checks/", "-p", "no:cacheprovider")
    ci.assert_outcomes(passed=2, failed=1)
    ci.stdout.fnmatch_lines(["*s.toml:8: growth is unreviewed (REVIEW: found only in en)*"])
