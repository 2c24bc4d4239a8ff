"""The pytest plugin: `pytest checks/` turns every claim into a test item.

A gate file (``checks/crosscheck.toml``) lists claims files by glob. Each claims file
becomes a collector; each claim an item named by its id, whose failure points at the
claim's own line; each version a ``coverage[en]`` / ``coverage[vi]`` item. Every item's
report carries its table rows (``crosscheck_rows``, plain dicts that xdist sends as they
are, with no JSON text in between) so that under xdist the controller, and only the
controller, prints one table with the rows of every worker. With
``--crosscheck-base REF`` the gate also has a ``drift[<story>]`` item for each story whose
seeds changed since REF (`crosscheck.drift_items`).
"""

from __future__ import annotations

import gc
import os
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crosscheck.errors import CrosscheckError

GATE_FILE = "crosscheck.toml"
_FROZEN = pytest.StashKey[bool]()  # this run froze the heap
_THAWS = pytest.StashKey[bool]()  # and nothing was frozen before it: it unfreezes at the end


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("crosscheck", "crosscheck consistency gate")
    group.addoption("--crosscheck-format", choices=("table", "markdown", "json"), default="table",
                    help="how to print the consistency table (default: table)")  # fmt: skip
    group.addoption("--crosscheck-only-failures", action="store_true",
                    help="print only the rows that fail, not the whole table")  # fmt: skip
    group.addoption("--crosscheck-json", metavar="PATH", default=None,
                    help="also write the table as JSON to PATH")  # fmt: skip
    group.addoption("--crosscheck-sarif", metavar="PATH", default=None,
                    help="also write the findings as SARIF 2.1.0 to PATH (for code scanning)")  # fmt: skip
    group.addoption("--crosscheck-base", metavar="REF", default=None,
                    help="also check each story whose seeds changed since REF: an edit of one "
                    "version must reach the other (drift[<story>] items)")  # fmt: skip


def pytest_configure(config: pytest.Config) -> None:
    if not hasattr(config, "workerinput"):  # the controller writes the outputs; refuse bad ones now
        _check_outputs(config)
    from crosscheck.outputs.gate import GateOutputs, check_sarif_path

    if not hasattr(config, "workerinput"):
        check_sarif_path(config)  # refused before the run, not after it
    table = TableReporter(config)
    config.pluginmanager.register(table, "crosscheck-table")
    config.pluginmanager.register(GateOutputs(config, table), "crosscheck-outputs")


def _check_outputs(config: pytest.Config) -> None:
    """--crosscheck-json and GITHUB_STEP_SUMMARY: an input or an unusable path stops the run
    before it starts, as a usage error (exit 4) of one line."""
    from crosscheck.write_guard import check_output

    json_path = config.getoption("crosscheck_json")
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    try:
        if json_path:
            check_output(Path(json_path), f"--crosscheck-json {json_path}", force=True)
        if summary:
            check_output(Path(summary), f"GITHUB_STEP_SUMMARY={summary}", append=True, parents=False)
    except CrosscheckError as error:
        raise pytest.UsageError(f"crosscheck: {error}") from None


def _freeze(config: pytest.Config) -> None:
    """Move every object alive now out of the cyclic garbage collector's reach.

    A story's items, results and table rows live until the session ends, and a gate of
    1,000 stories holds hundreds of thousands of them: each full pass of the collector
    would traverse them all again, while they are collected and while the items run.
    Frozen, they are never traversed (objects freed by reference counting are freed as
    before; only a cycle made before a freeze would stay until the end). A run that
    collects no story is left as it is.
    """
    if not config.stash.get(_FROZEN, False):
        config.stash[_THAWS] = gc.get_freeze_count() == 0
    gc.freeze()
    config.stash[_FROZEN] = True


def pytest_collection_finish(session: pytest.Session) -> None:
    if session.config.stash.get(_FROZEN, False):
        _freeze(session.config)  # (what was made after the last story: its items' reports)


def pytest_unconfigure(config: pytest.Config) -> None:
    if config.stash.get(_THAWS, False):
        gc.unfreeze()  # (a test run in this process, `pytester`, hands the heap back as it was)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if file_path.name == GATE_FILE:
        gate: pytest.Collector = GateFile.from_parent(parent, path=file_path)
        return gate
    return None


def _shown(path: Path, config: pytest.Config) -> str:
    try:
        return str(path.resolve().relative_to(Path(str(config.rootpath)).resolve()))
    except (ValueError, OSError, RuntimeError):  # outside the root, or a path that loops
        return str(path)


class GateFile(pytest.File):
    """``checks/crosscheck.toml``: which claims files make up the gate."""

    def collect(self) -> Iterator[pytest.Collector | pytest.Item]:
        from crosscheck.toml_file import parse_toml, read_toml

        shown = _shown(self.path, self.config)
        data = parse_toml(read_toml(self.path, shown, CrosscheckError, "the gate file", "name a file"),
                          shown, CrosscheckError)  # fmt: skip
        from crosscheck.gate_file import claims_files

        try:
            paths = claims_files(data, self.path, shown)  # strict: unknown keys, globs outside, twice
        except (OSError, RuntimeError) as error:  # a glob hit that loops or cannot be looked at
            from crosscheck.files import culprit, os_problem

            raise CrosscheckError(culprit(error) or shown, os_problem(error)) from None
        for path in paths:
            yield StoryFile.from_parent(self, path=path, name=path.stem)
        base = self.config.getoption("crosscheck_base")
        if base:
            from crosscheck.drift_items import drift_items

            yield from drift_items(self, paths, base)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, CrosscheckError):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))


class StoryFile(pytest.Collector):
    """One claims file: checked once, then one item per claim and per version."""

    def collect(self) -> Iterator[pytest.Item]:
        from crosscheck.claims import load
        from crosscheck.engine import check
        from crosscheck.table import rows

        story = load(self.path, _shown(self.path, self.config))
        report = check(story)
        table = rows(report)
        by_claim = {row["claim"]: row for row in table if row["status"] != "unexplained"}
        for result in report.results:
            yield ClaimItem.from_parent(self, name=result.claim.id, result=result,
                                        row=by_claim[result.claim.id])  # fmt: skip
        for lang, found in report.unexplained.items():
            yield CoverageItem.from_parent(
                self,
                name=f"coverage[{lang}]",
                lang=lang,
                unexplained=found,
                rows=[r for r in table if r["claim"] == f"coverage[{lang}]"],
            )
        # A stale waiver, or one `propose` wrote and nobody has read (`unreviewed`).
        stale = {
            r["where"]: r for r in table if r["status"] in ("stale", "unreviewed") and r["kind"] == "waiver"
        }
        for waiver in story.waivers:
            row = stale.get(f"{story.shown}:{waiver.line}")
            yield WaiverItem.from_parent(self, name=f"waiver[{waiver.lang}:{waiver.text}]", line=waiver.line,
                                         row=row)  # fmt: skip
        _freeze(self.config)  # (this story's items, kept to the end)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, CrosscheckError):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))


class ClaimFailed(AssertionError):
    pass


class UnreviewedClaim(UserWarning):
    """A drafted claim nobody has reviewed yet, on a local run (CI fails on it)."""


class ClaimItem(pytest.Item):
    def __init__(self, *, result: Any, row: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.result = result
        self.row = row

    def runtest(self) -> None:
        from crosscheck import review

        if self.result.failed:
            raise ClaimFailed(self.result.message)
        if self.result.status == review.STATUS:
            line = review.warning_line(self.row["where"], self.result.claim.id, self.result.message)
            if review.fails():
                raise ClaimFailed(line)
            warnings.warn(UnreviewedClaim(line), stacklevel=1)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if not isinstance(excinfo.value, ClaimFailed):
            return str(super().repr_failure(excinfo))
        claim = self.result.claim
        if self.result.status == "unreviewed":
            return str(excinfo.value)
        lines = [f"{self.row['where']}: {claim.id} [{claim.kind}] {self.result.status}"]
        for lang, side in self.result.sides.items():
            if claim.only and lang != claim.only:
                continue
            found = ", ".join(repr(f) for f in side.found) or "nothing"
            lines.append(f"  {lang}: expected {side.expected}, found {found}"
                         + (f"; nearest candidate: {side.nearest}" if side.nearest else "")
                         + (f"; named {side.named[0]} times, the claim says {side.named[1]}"
                            if side.named and side.named[0] != side.named[1] else ""))  # fmt: skip
        return "\n".join(lines)

    def table_rows(self) -> list[dict[str, Any]]:
        return [self.row]

    def reportinfo(self) -> tuple[Path, int, str]:
        claim = self.result.claim
        return self.path, claim.line - 1, f"{claim.id} [{claim.kind}]"


class CoverageItem(pytest.Item):
    """Every figure and name that a version states is explained by a claim or waiver."""

    def __init__(
        self, *, lang: str, unexplained: list[Any], rows: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.lang = lang
        self.unexplained = unexplained
        self.rows = rows

    def table_rows(self) -> list[dict[str, Any]]:
        return self.rows

    def runtest(self) -> None:
        if self.unexplained:
            raise ClaimFailed(f"{len(self.unexplained)} unexplained")

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if not isinstance(excinfo.value, ClaimFailed):
            return str(super().repr_failure(excinfo))
        seed = self.rows[0]["where"].rsplit(":", 1)[0] if self.rows else self.lang
        lines = [f"{seed}: {len(self.unexplained)} mention(s) no claim or waiver explains; "
                 "add a claim, or a [[waiver]] with a reason"]  # fmt: skip
        lines += [f"  {seed}:{u.line}: {u.text!r} ({u.kind} {u.value})" for u in self.unexplained]
        return "\n".join(lines)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"coverage[{self.lang}]"


class WaiverItem(pytest.Item):
    """A ``[[waiver]]`` still covers the words it was written for (`crosscheck.waivers`)."""

    def __init__(self, *, line: int, row: dict[str, Any] | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.line = line
        self.row = row

    def table_rows(self) -> list[dict[str, Any]]:
        return [self.row] if self.row is not None else []

    def runtest(self) -> None:
        from crosscheck import review

        if self.row is not None and self.row["status"] == review.STATUS:
            line = review.warning_line(self.row["where"], self.name, self.row["detail"])
            if review.fails():
                raise ClaimFailed(line)
            warnings.warn(UnreviewedClaim(line), stacklevel=1)
        elif self.row is not None and self.row["severity"] != "warning":
            raise ClaimFailed(self.row["detail"])

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if not isinstance(excinfo.value, ClaimFailed) or self.row is None:
            return str(super().repr_failure(excinfo))
        if self.row["status"] == "unreviewed":
            return str(excinfo.value)
        return f"{self.row['where']}: {self.row['detail']}"

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.line - 1, self.name


class TableReporter:
    """Gathers the rows every item reports and prints the table once, at the end."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.rows: list[dict[str, Any]] = []
        self.session: pytest.Session | None = None

    def pytest_sessionstart(self, session: pytest.Session) -> None:
        self.session = session  # to turn a failed write into the run's exit status

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
        outcome = yield
        table_rows = getattr(item, "table_rows", None)
        if call.when == "call" and table_rows is not None:
            # An extra attribute of a report travels from an xdist worker as it is.
            outcome.get_result().crosscheck_rows = table_rows()  # type: ignore[attr-defined]

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        # Local items and xdist workers' items both arrive here, on the controller.
        if report.when == "call":
            self.rows += getattr(report, "crosscheck_rows", ())

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if hasattr(self.config, "workerinput") or not self.rows:
            return  # an xdist worker: the controller prints the table
        from crosscheck.table import failing, render, summary_markdown

        only_failures = self.config.getoption("crosscheck_only_failures")
        shown = failing(self.rows) if only_failures else self.rows
        fmt = self.config.getoption("crosscheck_format")
        colour = fmt == "table" and terminalreporter.hasmarkup and "NO_COLOR" not in os.environ
        terminalreporter.section("crosscheck consistency table")
        terminalreporter.write_line(render(shown, fmt, colour=colour) if shown else "no failing rows")
        json_path = self.config.getoption("crosscheck_json")
        summary = os.environ.get("GITHUB_STEP_SUMMARY")
        from crosscheck.write_guard import safe_write

        try:  # the paths were checked at configure time; a full disk can still refuse them
            if json_path:
                text = render(self.rows, "json") + "\n"
                safe_write(Path(json_path), text, f"--crosscheck-json {json_path}", force=True)
            if summary:
                safe_write(Path(summary), summary_markdown(self.rows), f"GITHUB_STEP_SUMMARY={summary}",
                           append=True, parents=False)  # fmt: skip
        except CrosscheckError as error:
            terminalreporter.write_line(f"crosscheck: {error}")
            if self.session is not None:
                self.session.exitstatus = pytest.ExitCode.USAGE_ERROR
