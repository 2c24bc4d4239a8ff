"""`compare --pairs --timeout SECONDS`: a pair that hangs is stopped, reported as one
unusable pair, and every other pair goes on, in order."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from crosscheck import pairs

EN = "On February 19, 2025, trade reached US$41.6 billion, a 15.4 per cent increase.\n"
VI = "Ngày 19/2/2025, thương mại đạt 41,6 tỷ USD, tăng 15,4%.\n"


def _hang_on_stuck(job: pairs.Job) -> pairs.Outcome:
    """A pair that never ends: inside C (a regular expression backtracking, which no signal
    interrupts) for "stuck", in Python for "loop"; the others end at once."""
    if job.id == "stuck":
        re.match(r"(a+)+$", "a" * 60 + "b")  # 2**60 steps
    while job.id == "loop":
        pass
    return pairs.Outcome(job.id, (), rows=[{"kind": "money", "status": "consistent"}])


@pytest.mark.parametrize("workers", [1, 2])
def test_a_hanging_pair_is_stopped_and_the_rest_go_on(monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    # The workers are forked from this process, so they run the patched judge too.
    monkeypatch.setattr(pairs, "judge", _hang_on_stuck)
    names = ("a", "b", "stuck", "c", "loop", "d", "e")
    outcomes = list(pairs.run([pairs.Job(name, ()) for name in names], workers, timeout=1.0))
    assert [o.id for o in outcomes] == list(names)
    stopped = {o.id: o.error for o in outcomes if o.status == "error"}
    assert set(stopped) == {"stuck", "loop"}
    for error in stopped.values():
        assert "ran longer than --timeout 1 s and was stopped" in str(error) and "\n" not in str(error)
    assert all(o.rows == [{"kind": "money", "status": "consistent"}] for o in outcomes if o.id not in stopped)


def test_a_pair_within_the_timeout_gives_what_it_gives_without(tmp_path: Path) -> None:
    for name, vi in (("a-good", VI), ("b-slip", VI.replace("41,6", "46,1"))):
        (tmp_path / name).mkdir()
        (tmp_path / name / "en.txt").write_text(EN, encoding="utf-8")
        (tmp_path / name / "vi.txt").write_text(vi, encoding="utf-8")
    jobs = pairs.in_folder(tmp_path)
    plain = [o.as_dict() for o in pairs.run(jobs, 1)]
    limited = [o.as_dict() for o in pairs.run(jobs, 1, timeout=60.0)]
    assert limited == plain
    assert [p["status"] for p in limited] == ["consistent", "flagged"]


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crosscheck", "compare", *args], cwd=cwd,
                          capture_output=True, text=True, encoding="utf-8", check=False)  # fmt: skip


def test_timeout_on_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "p" / "vi.txt").write_text(VI, encoding="utf-8")
    done = _cli("--pairs", str(tmp_path), "--timeout", "60", "--format", "jsonl", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["status"] for line in done.stdout.splitlines()] == ["consistent"]
    for bad in ("0", "-3", "soon", "inf"):
        refused = _cli("--pairs", str(tmp_path), "--timeout", bad, cwd=tmp_path)
        assert refused.returncode == 2 and "argument --timeout: " in refused.stderr, bad
    alone = _cli(
        str(tmp_path / "p" / "en.txt"), str(tmp_path / "p" / "vi.txt"), "--timeout", "5", cwd=tmp_path
    )
    assert alone.returncode == 2
    assert alone.stderr.count("\n") == 1
    assert alone.stderr.startswith("crosscheck: compare: --timeout is for --pairs DIR / --manifest CSV")
