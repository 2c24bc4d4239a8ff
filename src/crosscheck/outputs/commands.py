"""The command line's side of the outputs: `--format sarif|html`, `-o PATH`, `report`, and
the GitHub annotations a run prints when it runs in GitHub Actions.

Kept apart from `crosscheck.cli` so each command only hands over what it computed; the
exit codes stay the CLI's: 0 consistent, 1 failing rows, 2 unusable input.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from crosscheck.errors import CrosscheckError

FORMATS = ("sarif", "html")  # beside table.FORMATS: table, markdown, json


def _out(text: str, output: Path | None) -> None:
    """Print, or write to `output` through the write guard: a report is replaced on each
    run, but never lands on a seed, a claims file or the gate file (`crosscheck.write_guard`)."""
    text = text if text.endswith("\n") else text + "\n"
    if output is None:
        sys.stdout.write(text)
        return
    from crosscheck.write_guard import safe_write

    safe_write(output, text, force=True)
    print(f"crosscheck: wrote {output}", file=sys.stderr)


def annotate_stories(all_rows: Sequence[dict[str, Any]], machine_output: bool = False) -> None:
    """In GitHub Actions: the findings as annotations, and the table in the step summary
    (where the last annotation sends the reader for the rest). When standard output
    carries JSON, SARIF or HTML, the annotations go to standard error (the runner reads
    workflow commands from both), so the output stays parseable."""
    from crosscheck.outputs import annotations

    if not annotations.enabled():
        return
    from crosscheck.outputs.findings import from_rows

    stream = sys.stderr if machine_output else sys.stdout
    annotations.emit(from_rows(all_rows), lambda line: print(line, file=stream, flush=True))
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        from crosscheck.table import summary_markdown
        from crosscheck.write_guard import safe_write

        safe_write(Path(summary), summary_markdown(all_rows), f"GITHUB_STEP_SUMMARY={summary}",
                   append=True, parents=False)  # fmt: skip


def stories(fmt: str, output: Path | None, reports: Sequence[Any], all_rows: Sequence[dict[str, Any]],
            shown: Sequence[dict[str, Any]]) -> None:  # fmt: skip
    """`check` / `table` written as SARIF or HTML, or any format written to `output`."""
    from crosscheck.table import failing

    if fmt == "sarif":
        from crosscheck.outputs import sarif
        from crosscheck.outputs.findings import from_rows

        text = sarif.render(from_rows(all_rows))
    elif fmt == "html":
        if len(reports) != 1:
            raise CrosscheckError(", ".join(r.story.shown for r in reports),
                                  "an HTML report shows one story; name one claims file")  # fmt: skip
        from crosscheck.outputs import html

        text = html.from_report(reports[0], all_rows, failing(all_rows))
    else:
        from crosscheck.table import render

        text = render(shown, fmt)
    _out(text, output)


def comparison(fmt: str, output: Path | None, result: Any, docs: dict[str, Any], dateline: Any,
               paths: dict[str, Path], text: str | None = None) -> None:  # fmt: skip
    """`compare` written as SARIF or HTML (or its own text, given, to `output`)."""
    if fmt == "sarif":
        from crosscheck.outputs import sarif
        from crosscheck.outputs.findings import from_comparison

        text = sarif.render(from_comparison([r.as_dict() for r in result.rows],
                                            {lang: str(p) for lang, p in paths.items()}, docs))  # fmt: skip
    elif fmt == "html":
        from crosscheck.outputs import html

        text = html.from_comparison(result, docs, dateline)
    _out(text or "", output)
