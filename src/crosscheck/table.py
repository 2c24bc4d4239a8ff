"""The consistency table: one row per claim, drawn as text, Markdown or JSON.

Rows are plain dicts so the pytest plugin can carry them from xdist workers to the
controller and the CLI can print the same thing; nothing here knows about pytest.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from crosscheck import kinds
from crosscheck.claims import Waiver
from crosscheck.engine import FAILING, Report
from crosscheck.outputs.findings import add_places, claim_locations

Row = dict[str, Any]
COLUMNS = ("claim", "kind", "en", "vi", "value", "status")
FORMATS = ("table", "markdown", "json")


def rows(report: Report) -> list[Row]:
    """The table rows of one checked story, claims first, then unexplained mentions."""
    out: list[Row] = []
    for result in report.results:
        claim = result.claim
        sides = result.sides
        out.append({
            "story": report.story.id,
            "claim": claim.id,
            "kind": claim.kind,
            "en": " · ".join(sides["en"].found) or None,
            "vi": " · ".join(sides["vi"].found) or None,
            "value": kinds.show(claim.kind, claim.value),
            "status": result.status,
            "detail": result.message,
            "nearest": {lang: side.nearest for lang, side in sides.items() if side.nearest},
            "where": f"{report.story.shown}:{claim.line}",
            "severity": claim.severity,
            "locations": claim_locations(result, report.story.seeds_shown),
        })  # fmt: skip
    for lang, found in report.unexplained.items():
        for u in found:
            out.append({
                "story": report.story.id,
                "claim": f"coverage[{lang}]",
                "kind": u.kind,
                "en": u.text if lang == "en" else None,
                "vi": u.text if lang == "vi" else None,
                "value": u.value,
                "status": "unexplained",
                "detail": f"{lang} line {u.line}: {u.text!r} ({u.kind}) is explained by no claim or waiver",
                "nearest": {},
                "where": f"{report.story.seeds_shown[lang]}:{u.line}",
                "severity": "error",
                "locations": [{"lang": lang, "path": report.story.seeds_shown[lang], "line": u.line,
                               "text": u.text, "role": "unexplained"}],
            })  # fmt: skip
    for s in report.stale:
        w = s.waiver
        nearest = {"lang": w.lang, "path": s.path, "line": s.line, "text": s.now, "role": "nearest"}
        out.append(_waiver_row(report, w, "stale", s.message, [nearest] if s.line is not None else []))
    out += _unreviewed_waivers(report, {id(s.waiver) for s in report.stale})
    for row in out:  # a translation unit's id and its line in the file, not its number alone
        add_places(row["locations"], report.docs)
    return out


def _unreviewed_waivers(report: Report, stale: set[int]) -> list[Row]:
    """A waiver whose reason `propose` wrote ("REVIEW: ...", a lone run not known as a
    name) is no decision yet: `unreviewed`, as a claim so marked, failing where it fails."""
    from crosscheck import review

    out: list[Row] = []
    for w in report.story.waivers:
        if id(w) in stale or not review.is_marked(w.reason):
            continue
        out.append(_waiver_row(report, w, review.STATUS, w.reason, []))
    return out


def _waiver_row(report: Report, w: Waiver, status: str, detail: str, locations: list[dict[str, Any]]) -> Row:
    """A waiver's row: stale (its text no longer found) or unreviewed."""
    return {
        "story": report.story.id,
        "claim": f"waiver[{w.lang}:{w.text}]",
        "kind": "waiver",
        "en": w.text if w.lang == "en" else None,
        "vi": w.text if w.lang == "vi" else None,
        "value": w.wording or w.text,
        "status": status,
        "detail": detail,
        "nearest": {},
        "where": f"{report.story.shown}:{w.line}",
        "severity": w.severity,
        "locations": locations,
    }


def failing(all_rows: Iterable[Row]) -> list[Row]:
    """The rows that fail the gate; unreviewed ones only where they fail (`crosscheck.review`)."""
    from crosscheck import review

    bad = (*FAILING, "unexplained", review.STATUS) if review.fails() else (*FAILING, "unexplained")
    # severity = "warning": shown in every output, never failing.
    return [r for r in all_rows if r["status"] in bad and r.get("severity") != "warning"]


def _colour(status: str, enabled: bool) -> str:
    if not enabled:
        return status
    code = {"consistent": "32", "one-sided": "36", "waived": "36", "unreviewed": "33"}.get(status, "31")
    return f"\033[{code}m{status}\033[0m"


def use_colour(stream: Any = None) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (no-color.org)."""
    stream = stream or sys.stdout
    return "NO_COLOR" not in os.environ and hasattr(stream, "isatty") and stream.isatty()


def _cell(value: Any, markdown: bool) -> str:
    text = "—" if value in (None, "") else str(value)
    return text.replace("|", "\\|").replace("\n", " ") if markdown else text


def render(all_rows: Sequence[Row], fmt: str = "table", colour: bool = False) -> str:
    """The consistency table (and, when something fails, the discrepancy table)."""
    if fmt == "json":
        return json.dumps({"rows": list(all_rows)}, ensure_ascii=False, indent=2)
    markdown = fmt == "markdown"
    body = [[_cell(r[c], markdown) if c != "status" else _colour(r[c], colour and not markdown)
             for c in COLUMNS] for r in all_rows]  # fmt: skip
    parts = [_draw(list(COLUMNS), body, markdown)]
    bad = failing(all_rows)
    if bad:
        detail = [[_cell(r["claim"], markdown), _cell(r["kind"], markdown),
                   _cell(r["status"], markdown), _cell(r["detail"], markdown),
                   _cell(r["where"], markdown)] for r in bad]  # fmt: skip
        title = "### Discrepancies" if markdown else "Discrepancies"
        headers = ["claim", "kind", "status", "nearest candidate / detail", "where"]
        parts.append(f"{title}\n\n" + _draw(headers, detail, markdown))
    counts: dict[str, int] = {}
    for r in all_rows:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    parts.append(", ".join(f"{n} {status}" for status, n in counts.items()))
    return "\n\n".join(parts)


def _draw(headers: list[str], body: list[list[str]], markdown: bool) -> str:
    """A table as tabulate draws it: the plain one in one pass (`simple_table`), Markdown by tabulate."""
    if not markdown:
        from crosscheck.simple_table import draw

        drawn = draw(headers, body)
        if drawn is not None:
            return drawn
    from tabulate import tabulate

    return str(
        tabulate(body, headers=headers, tablefmt="github" if markdown else "simple", disable_numparse=True)
    )


def summary_markdown(all_rows: Sequence[Row]) -> str:
    """For a CI job summary: discrepancies first, the full table folded away."""
    bad = failing(all_rows)
    head = "## crosscheck: " + (f"{len(bad)} discrepancies" if bad else "all claims consistent")
    parts = [head]
    if bad:
        parts.append(render(bad, "markdown").split("\n\n### Discrepancies")[0])
    parts.append("<details><summary>Full consistency table</summary>\n\n"
                 + render(all_rows, "markdown") + "\n\n</details>")  # fmt: skip
    return "\n\n".join(parts) + "\n"
