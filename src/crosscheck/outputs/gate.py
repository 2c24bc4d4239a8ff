"""The gate's findings under pytest: ``--crosscheck-sarif PATH`` and, in GitHub Actions,
annotations on the seed lines.

A pytest plugin object of its own, registered beside the table reporter and reading the
rows it gathered (from xdist workers too), so only the controller writes or prints.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

import pytest

from crosscheck.errors import CrosscheckError


class _Rows(Protocol):
    rows: list[dict[str, Any]]


def check_sarif_path(config: pytest.Config) -> None:
    """Refuse a bad ``--crosscheck-sarif`` before the run, as a one-line usage error."""
    path = config.getoption("crosscheck_sarif", None)
    if not path:
        return
    from crosscheck.write_guard import check_output

    try:
        check_output(Path(path), f"--crosscheck-sarif {path}", force=True)
    except CrosscheckError as error:
        raise pytest.UsageError(f"crosscheck: {error}") from None


class GateOutputs:
    def __init__(self, config: pytest.Config, table: _Rows) -> None:
        self.config = config
        self.table = table
        self.session: pytest.Session | None = None

    def pytest_sessionstart(self, session: pytest.Session) -> None:
        self.session = session  # a write that fails at the end makes the run a usage error

    @pytest.hookimpl(trylast=True)  # after the table, so the annotations close the log
    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if hasattr(self.config, "workerinput") or not self.table.rows:
            return
        from crosscheck.outputs import annotations

        path = self.config.getoption("crosscheck_sarif")
        if not path and not annotations.enabled():
            return
        from crosscheck.outputs.findings import from_rows

        findings = from_rows(self.table.rows)
        if path:
            from crosscheck.outputs import sarif
            from crosscheck.write_guard import safe_write

            try:  # checked before the run; a full disk can still refuse it
                safe_write(
                    Path(path), sarif.render(findings) + "\n", f"--crosscheck-sarif {path}", force=True
                )
            except CrosscheckError as error:
                terminalreporter.write_line(f"crosscheck: {error}")
                if self.session is not None:
                    self.session.exitstatus = pytest.ExitCode.USAGE_ERROR
        if annotations.enabled():
            annotations.emit(findings, terminalreporter.write_line)
