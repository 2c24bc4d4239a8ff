"""The `crosscheck` command: check stories, print their table, compare, draft claims, or
follow the edits since a commit (drift).

Exit codes follow the gate: 0 when everything is consistent, 1 when anything is not,
2 when the input cannot be used (one line names the file, the line and the fix).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path

from crosscheck.errors import CrosscheckError

EPILOG = """examples:
  crosscheck check claims/                                  every story under claims/
  crosscheck table claims/vietnam-guangxi.toml --format markdown
  crosscheck compare en.txt vi.txt --dateline 2025-02-19
  crosscheck compare story.en.html story.vi.html              web pages, Markdown, Word (.docx) too
  crosscheck compare story.xlf                               XLIFF, TMX or PO: one file, both versions
  crosscheck compare --pairs archive/ --format jsonl         every pair folder, on every core
  crosscheck report claims/vietnam-guangxi.toml -o report.html   side by side, for an editor
  crosscheck check claims/ --format sarif -o crosscheck.sarif    for a code-scanning tab
  crosscheck propose en.txt vi.txt -o claims/new-story.toml
  crosscheck drift --base origin/main                       edits since a commit, one version only?

exit codes: 0 consistent, 1 discrepancies, 2 unusable input"""


def _dateline(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as 2025-02-19") from None


def _seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not 0 < seconds < float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} is no number of seconds above 0; write it as 30 or 2.5")
    return seconds


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crosscheck",
        description="Check that the English and Vietnamese versions of a story state the same facts.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    from crosscheck.inputs import FORMATS as input_formats
    from crosscheck.outputs.commands import FORMATS as output_formats
    from crosscheck.table import FORMATS as formats

    # One set of formats for every command that judges: table, markdown, json, sarif, html.
    judged = (*formats, *output_formats)
    out_help = "write the output to this file instead of printing it (never onto a seed or claims file)"
    for name, text in (("check", "check stories; print failing rows, or every row with --all"),
                       ("table", "print the consistency table of stories")):  # fmt: skip
        sub = commands.add_parser(name, help=text, description=text, epilog=EPILOG,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
        sub.add_argument("claims", nargs="+", type=Path, help="claims files (TOML) or folders of them")
        sub.add_argument("--format", choices=judged, default="table")
        sub.add_argument("-o", "--output", type=Path, help=out_help)
        if name == "check":
            sub.add_argument("--all", action="store_true", help="print every row, not only failures")
    for name, text in (("compare", "align the figures and names of two versions, without claims"),
                       ("propose", "draft a claims file from two versions")):  # fmt: skip
        sub = commands.add_parser(name, help=text, description=text, epilog=EPILOG,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
        sub.add_argument("en", type=Path, nargs="?" if name == "compare" else None,
                         help="the English version, or one translation file (XLIFF, TMX, PO)")  # fmt: skip
        sub.add_argument("vi", type=Path, nargs="?", help="the Vietnamese version")
        sub.add_argument("--dateline", type=_dateline, help="the story's date, YYYY-MM-DD")
        sub.add_argument("--input-format", choices=input_formats, help="the files' format "
                         "(default: from the extension; anything else is text)")  # fmt: skip
        if name == "compare":
            sub.add_argument("--format", choices=(*judged, "jsonl"), default="table",
                             help="jsonl: with --pairs, one JSON line per pair as each is done")  # fmt: skip
            sub.add_argument("-o", "--output", type=Path, help=out_help)
            many = sub.add_mutually_exclusive_group()
            many.add_argument("--pairs", type=Path, metavar="DIR",
                              help="every pair in DIR (sub-folders with en.* and vi.*)")  # fmt: skip
            many.add_argument("--manifest", type=Path, metavar="CSV",
                              help="the pairs a CSV lists (en,vi or bilingual; id, dateline)")  # fmt: skip
            sub.add_argument("--workers", type=int, metavar="N",
                             help="processes for --pairs (default: every core)")  # fmt: skip
            sub.add_argument("--timeout", type=_seconds, metavar="SECONDS",
                             help="with --pairs: stop a pair that runs longer and report it as "
                             "unusable; the rest go on")  # fmt: skip
        else:
            sub.add_argument("-o", "--output", type=Path, help="write the draft here (default: print it)")
            sub.add_argument("--force", action="store_true", help="overwrite an existing output file")
    text = "a story's side-by-side HTML report: both versions, every figure and name highlighted"
    sub = commands.add_parser("report", help=text, description=text, epilog=EPILOG,
                              formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    sub.add_argument("claims", nargs=1, type=Path, help="one claims file (TOML)")
    sub.add_argument("-o", "--output", type=Path, help="write the report here (default: print it)")
    sub.set_defaults(format="html")
    text = "the stories whose seeds changed since a commit: did an edit of one version reach the other?"
    sub = commands.add_parser("drift", help=text, description=text, epilog=EPILOG,
                              formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    sub.add_argument("paths", nargs="*", type=Path, metavar="PATHS",
                     help="claims files, seed folders (en.txt + vi.txt) or folders of them "
                     "(default: claims/ and seeds/)")  # fmt: skip
    sub.add_argument("--base", metavar="REF", help="the commit to compare with "
                     "(default: git merge-base HEAD origin/main, or main/master, else HEAD~1)")  # fmt: skip
    sub.add_argument("--format", choices=formats, default="table")
    return parser


def _claims_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        files += sorted(path.glob("*.toml")) if path.is_dir() else [path]
    if not files:
        raise CrosscheckError(
            ", ".join(map(str, paths)), "no claims files (*.toml) here; name one or a folder of them"
        )
    return files


def main(argv: list[str] | None = None) -> int:
    from crosscheck.console import utf8_output

    utf8_output()
    args = _parser().parse_args(argv)
    try:
        if args.command in ("check", "table", "report"):
            return _check(args)
        if args.command == "compare":
            return _compare(args)
        if args.command == "drift":
            return _drift(args)
        return _propose(args)
    except CrosscheckError as error:
        print(f"crosscheck: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `crosscheck ... | head`: the reader left; say nothing more
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # as a shell reports a command ended by SIGPIPE
    except OSError as error:  # a path argument the system refuses (too long, a loop...)
        from crosscheck.files import os_problem

        print(f"crosscheck: {error.filename or 'input'}: {os_problem(error)}", file=sys.stderr)
        return 2


def _check(args: argparse.Namespace) -> int:
    from crosscheck.claims import load
    from crosscheck.engine import check
    from crosscheck.outputs import commands
    from crosscheck.outputs.findings import warnings
    from crosscheck.table import failing, render, rows, use_colour

    files = _claims_files(args.claims)
    reports = [check(load(path, str(path))) for path in files]
    all_rows = [row for report in reports for row in rows(report)]
    bad = failing(all_rows)
    warned = warnings(all_rows)  # severity = "warning": shown with the failures, never failing
    everything = args.command == "table" or getattr(args, "all", False) or not (bad or warned)
    shown = all_rows if everything else [r for r in all_rows if any(r is x for x in (*bad, *warned))]
    _warn_unreviewed(all_rows, bad)
    commands.annotate_stories(all_rows, args.format not in ("table", "markdown") and args.output is None)
    if args.format in commands.FORMATS or args.output is not None:
        commands.stories(args.format, args.output, reports, all_rows, shown)
        return 1 if bad else 0
    if args.command == "check" and not bad and not warned and args.format == "table":
        stories = f"{len(files)} stor{'y' if len(files) == 1 else 'ies'}"
        waiting = sum(1 for r in all_rows if r["status"] == "unreviewed")
        if waiting:
            print(f"crosscheck: {len(all_rows) - waiting} claims consistent and {waiting} unreviewed "
                  f"in {stories}; CI fails until they are reviewed")  # fmt: skip
        else:
            print(f"crosscheck: {len(all_rows)} claims consistent in {stories}")
    else:
        print(render(shown, args.format, colour=args.format == "table" and use_colour()))
    return 1 if bad else 0


def _warn_unreviewed(all_rows: list[dict[str, object]], bad: list[dict[str, object]]) -> None:
    """Unreviewed claims that do not fail here (a local run) are still named, on stderr."""
    from crosscheck import review

    for row in all_rows:
        if row["status"] == review.STATUS and row not in bad:
            line = review.warning_line(str(row["where"]), str(row["claim"]), str(row["detail"]))
            print(f"crosscheck: warning: {line}", file=sys.stderr)


def _versions(args: argparse.Namespace) -> tuple[object, object]:
    from crosscheck.inputs import read_pair

    return read_pair(args.en, args.vi, args.input_format)


def _compare(args: argparse.Namespace) -> int:
    from tabulate import tabulate

    from crosscheck.align import compare
    from crosscheck.inputs import given_dateline
    from crosscheck.outputs import commands
    from crosscheck.propose import find_dateline
    from crosscheck.table import use_colour

    if args.pairs is not None or args.manifest is not None:
        return _compare_pairs(args)
    if args.timeout is not None:
        raise CrosscheckError("compare", "--timeout is for --pairs DIR / --manifest CSV; one pair runs "
                              "in the foreground, so stop it with Ctrl-C")  # fmt: skip
    if args.en is None or args.format == "jsonl":
        raise CrosscheckError("compare", "name the two versions (or one translation file), or give "
                              "--pairs DIR / --manifest CSV (--format jsonl is for those)")  # fmt: skip
    en, vi = _versions(args)
    dateline = args.dateline or given_dateline(en, vi) or find_dateline(en)  # type: ignore[arg-type]
    result = compare(en, vi, dateline)  # type: ignore[arg-type]
    rows = [r.as_dict() for r in result.rows]
    _add_places(rows, {"en": en, "vi": vi})
    text = None
    if args.format == "json":
        payload = {"rows": rows, "mentions": result.mentions, "lone_names": result.lone_names}
        text = json.dumps(payload, ensure_ascii=False, indent=2)
    elif args.format not in commands.FORMATS:
        colour = args.format == "table" and use_colour() and args.output is None
        body = [[r["kind"], _lines(r, "en"), r["en"] or "—", _lines(r, "vi"), r["vi"] or "—",
                 _status(r["status"], colour), r.get("note", "")] for r in rows]  # fmt: skip
        headers = ["kind", f"en {getattr(en, 'unit', 'line')}", "en", f"vi {getattr(vi, 'unit', 'line')}",
                   "vi", "status", "note"]  # fmt: skip
        counts: dict[str, int] = {}
        for r in rows:
            counts[r["status"]] = counts.get(r["status"], 0) + 1
        text = (tabulate(body, headers=headers, tablefmt="github" if args.format == "markdown" else "simple")
                + "\n\n" + ", ".join(f"{n} {status}" for status, n in counts.items()))  # fmt: skip
    commands.comparison(args.format, args.output, result, {"en": en, "vi": vi}, dateline,
                        {"en": args.en, "vi": args.vi or args.en}, text)  # fmt: skip
    return 0 if result.consistent else 1


def _compare_pairs(args: argparse.Namespace) -> int:
    from crosscheck import pairs

    if args.en is not None or args.output is not None or args.format not in ("table", "jsonl"):
        raise CrosscheckError("compare", "--pairs and --manifest take no files and print a table or, "
                              "with --format jsonl, JSON lines; redirect the output to keep it")  # fmt: skip
    return pairs.main(args.pairs, args.manifest, args.format, args.input_format, args.workers, args.timeout)


def _add_places(rows: list[dict[str, object]], docs: dict[str, object]) -> None:
    """Positions by name where a number is not a line: a translation unit's id, a paragraph."""
    for lang, doc in docs.items():
        where = getattr(doc, "where", None)
        if where is None or getattr(doc, "unit", "line") == "line":
            continue
        for row in rows:
            lines = row.get(f"{lang}_lines") or []
            row[f"{lang}_where"] = [where(n) for n in lines] if isinstance(lines, list) else []


def _lines(row: dict[str, object], lang: str) -> str:
    places = row.get(f"{lang}_where")
    if isinstance(places, list) and places:
        return ",".join(str(p).split(" ", 1)[-1] for p in places)
    lines = row.get(f"{lang}_lines") or []
    return ",".join(str(n) for n in lines) if isinstance(lines, list) else ""


def _status(status: str, colour: bool) -> str:
    code = {"consistent": "32", "review": "33"}.get(status, "31")
    return f"\033[{code}m{status}\033[0m" if colour else status


def _drift(args: argparse.Namespace) -> int:
    from crosscheck.history import check
    from crosscheck.table import use_colour

    report = check(args.paths, args.base, Path.cwd())
    rows = report.rows
    if args.format == "json":
        payload = {"base": {"ref": report.base.ref, "commit": report.base.commit},
                   "stories": report.checked, "rows": [r.as_dict() for r in rows]}  # fmt: skip
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 1 if report.drifted else 0
    stories = f"{len(report.checked)} stor{'y' if len(report.checked) == 1 else 'ies'}"
    if not report.checked:
        print(f"crosscheck: no seed changed since {report.base}")
        return 0
    if not rows:
        print(f"crosscheck: {stories} changed since {report.base}; no figure changed")
        return 0
    from tabulate import tabulate

    colour = args.format == "table" and use_colour()
    body = [[r.story, r.kind, _drift_status(r.status, colour), r.claim or "", r.message()] for r in rows]
    headers = ["story", "kind", "status", "claim", "change"]
    print(tabulate(body, headers=headers, tablefmt="github" if args.format == "markdown" else "simple"))
    counts: dict[str, int] = {}
    for r in rows:
        counts[r.status] = counts.get(r.status, 0) + 1
    totals = ", ".join(f"{n} {status}" for status, n in counts.items())
    print(f"\n{totals} in {stories} changed since {report.base}")
    return 1 if report.drifted else 0


def _drift_status(status: str, colour: bool) -> str:
    code = {"drift": "31", "consistent": "32", "review": "33"}.get(status, "36")
    return f"\033[{code}m{status}\033[0m" if colour else status


def _propose(args: argparse.Namespace) -> int:
    from crosscheck.inputs import given_dateline
    from crosscheck.propose import find_dateline, propose
    from crosscheck.write_guard import check_output, safe_write

    en, vi = _versions(args)
    out: Path | None = args.output
    if out is not None:  # refused before the drafting, not after it
        check_output(out, force=args.force)
    dateline = args.dateline or given_dateline(en, vi) or find_dateline(en)  # type: ignore[arg-type]
    text = propose(en, vi, dateline, out or Path("claims") / "draft.toml")  # type: ignore[arg-type]
    if out is None:
        print(text, end="")
    else:
        safe_write(out, text, force=args.force)
        print(f"crosscheck: wrote {out}; review the claims marked REVIEW", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
