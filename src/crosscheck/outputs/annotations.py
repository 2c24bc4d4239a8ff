"""GitHub annotations: each finding as a workflow command on the seed line it is about.

GitHub shows at most 10 error annotations per step and 50 per job and drops the rest
without a word, so crosscheck chooses: the worst first (discrepancies, then stale
exemptions, missing figures, unexplained mentions), and the last one it prints says how
many more are in the step summary, where the full table always goes. The job's count is
kept in a file under ``RUNNER_TEMP``, which GitHub empties between jobs, so a second step
of the same job spends only what is left of the 50.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from crosscheck.outputs.findings import Finding

STEP_BUDGET = 10
JOB_BUDGET = 50
COUNTER = "crosscheck-annotations"
COMMANDS = {"error": "error", "warning": "warning", "note": "notice"}


def enabled(environ: Mapping[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    return env.get("GITHUB_ACTIONS", "").lower() == "true"


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def command(finding: Finding, more: int = 0) -> str:
    """One ``::error file=…,line=…,endLine=…,title=…::message`` line."""
    props = []
    if finding.locations:
        place = finding.locations[0]
        props += [f"file={_property(place.path)}", f"line={place.line}", f"endLine={place.line}"]
    elif finding.claim_file:
        props += [f"file={_property(finding.claim_file[0])}", f"line={finding.claim_file[1]}",
                  f"endLine={finding.claim_file[1]}"]  # fmt: skip
    props.append(f"title={_property('crosscheck: ' + finding.title)}")
    message = finding.message
    if more:
        message += f" (and {more} more in the step summary)"
    return f"::{COMMANDS[finding.level]} {','.join(props)}::{_data(message)}"


def commands(findings: Sequence[Finding], budget: int = STEP_BUDGET) -> list[str]:
    """The lines to print: at most `budget`, the worst first, the last naming the rest."""
    if budget <= 0 or not findings:
        return []
    shown = list(findings[:budget])
    more = len(findings) - len(shown)
    return [command(f, more if i == len(shown) - 1 else 0) for i, f in enumerate(shown)]


def emit(
    findings: Sequence[Finding], write_line: Callable[[str], object], environ: Mapping[str, str] | None = None
) -> int:
    """Print this step's annotations within the step's and the job's budget; how many.

    `write_line` prints one line on standard output, where the runner reads them."""
    env = os.environ if environ is None else environ
    counter = Path(env["RUNNER_TEMP"]) / COUNTER if env.get("RUNNER_TEMP") else None
    spent = 0
    if counter is not None and counter.is_file():
        text = counter.read_text(encoding="utf-8").strip()
        spent = int(text) if text.isdigit() else 0
    lines = commands(findings, min(STEP_BUDGET, JOB_BUDGET - spent))
    for line in lines:
        write_line(line)
    if counter is not None and lines:
        counter.write_text(str(spent + len(lines)), encoding="utf-8")
    return len(lines)
