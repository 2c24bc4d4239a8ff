"""The gate's drift items: with ``--crosscheck-base REF``, ``pytest checks/`` also checks
every story of the gate whose seeds changed since REF, one ``drift[<story>]`` item each.

An edit that reached one version only fails its story's item with one line per drift
("EN line 5: US$41.6 billion → US$46.1 billion; VI line 5 still says 41,6 tỷ USD");
consistent edits and review rows pass, and are listed in the item's report sections.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crosscheck.drift import DriftRow, failing
from crosscheck.history import check


class DriftFailed(AssertionError):
    pass


class DriftItem(pytest.Item):
    def __init__(self, *, story: str, rows: list[DriftRow], base: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.story = story
        self.rows = rows
        self.base = base

    def runtest(self) -> None:
        shown = [r for r in self.rows if r.status != "drift"]
        if shown:
            self.add_report_section("call", "crosscheck drift", "\n".join(_line(r) for r in shown))
        if failing(self.rows):
            raise DriftFailed(f"{len(failing(self.rows))} drift")

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if not isinstance(excinfo.value, DriftFailed):
            return str(super().repr_failure(excinfo))
        bad = failing(self.rows)
        lines = [f"{self.story}: {len(bad)} edit(s) since {self.base} reached one version only; "
                 "make the same edit in the other version"]  # fmt: skip
        return "\n".join(lines + [f"  {_line(r)}" for r in bad])

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"drift[{self.story}]"


def _line(row: DriftRow) -> str:
    claim = f" (claim {row.claim})" if row.claim else ""
    return f"{row.status}: {row.message()}{claim}"


def drift_items(parent: pytest.Collector, claims_files: list[Path], ref: str) -> Iterator[DriftItem]:
    """One item per story of `claims_files` whose seeds changed since `ref`."""
    report = check(claims_files, ref, parent.path.parent)
    for story in report.checked:
        rows = [r for r in report.rows if r.story == story]
        yield DriftItem.from_parent(
            parent, name=f"drift[{story}]", story=story, rows=rows, base=str(report.base)
        )
