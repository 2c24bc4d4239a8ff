"""The gate's items run with the objects of every collected story frozen out of the cyclic
garbage collector's reach (`gc.freeze`, see `plugin._freeze`); a run that collects no
story is left as it is, and an in-process run hands the heap back as it found it."""

from __future__ import annotations

import gc
import re
import shutil
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[1]
# A plugin (`-p spy`: a conftest's hooks do not reach items of claims files outside the
# folder collected) by which each item prints how many objects are frozen when it runs.
SPY = 'import gc\n\n\ndef pytest_runtest_call(item):\n    print(f"FROZEN {gc.get_freeze_count()}")\n'


def frozen_counts(output: str) -> list[int]:
    return [int(n) for n in re.findall(r"FROZEN (\d+)", output)]


@pytest.fixture
def repo(pytester: pytest.Pytester) -> Path:
    root = pytester.path
    (root / "pyproject.toml").write_text("")
    for folder in ("seeds", "claims", "checks"):
        shutil.copytree(ROOT / folder, root / folder)
    (root / "spy.py").write_text(SPY)
    return root


def test_the_gates_items_run_with_the_stories_frozen(pytester: pytest.Pytester, repo: Path) -> None:
    result = pytester.runpytest_subprocess("checks/", "-s", "-p", "no:randomly", "-p", "spy")
    counts = frozen_counts(result.stdout.str())
    assert len(counts) == 52
    assert min(counts) > 1000  # (the story's claims, results and rows, and pytest's own)
    result.stdout.fnmatch_lines(["*36 consistent, 13 one-sided, 1 waived*"])


def test_a_run_without_stories_is_left_as_it_is(pytester: pytest.Pytester) -> None:
    (pytester.path / "spy.py").write_text(SPY)
    pytester.makepyfile(test_plain="def test_one():\n    assert True\n")
    result = pytester.runpytest_subprocess("-s", "-p", "no:randomly", "-p", "spy")
    assert frozen_counts(result.stdout.str()) == [0]


def test_an_in_process_run_unfreezes_what_it_froze(pytester: pytest.Pytester, repo: Path) -> None:
    seen: list[int] = []

    class Spy:
        def pytest_runtest_call(self, item: pytest.Item) -> None:
            seen.append(gc.get_freeze_count())

    gc.unfreeze()  # (an earlier run in this process may have left objects frozen)
    before = gc.get_freeze_count()
    result = pytester.runpytest_inprocess("checks/", "-p", "no:randomly", "-p", "no:cacheprovider",
                                          plugins=[Spy()])  # fmt: skip
    result.assert_outcomes(passed=52)
    assert len(seen) == 52 and min(seen) > before
    assert gc.get_freeze_count() == before == 0
    gc.freeze()  # what another froze before a run stays frozen after it
    frozen = gc.get_freeze_count()
    pytester.runpytest_inprocess("checks/", "-p", "no:randomly", "-p", "no:cacheprovider")
    assert gc.get_freeze_count() > frozen // 2  # (not thawed; some of it freed meanwhile)
    gc.unfreeze()
