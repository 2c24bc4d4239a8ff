"""The `crosscheck` command: check stories and print their consistency table.

Exit codes follow the gate: 0 when every claim holds, 1 when any fails, 2 when the input
cannot be used (the one-line error names the file, the line and the fix).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crosscheck.errors import CrosscheckError

EPILOG = """examples:
  crosscheck check claims/vietnam-guangxi.toml
  crosscheck table claims/vietnam-guangxi.toml --format markdown
  crosscheck table claims/*.toml --format json > table.json

exit codes: 0 consistent, 1 discrepancies, 2 unusable input"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crosscheck",
        description="Check that the English and Vietnamese versions of a story state the same facts.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (("check", "check stories; print failing rows, or the full table with --all"),
                       ("table", "print the consistency table of stories")):  # fmt: skip
        sub = commands.add_parser(name, help=text, description=text, epilog=EPILOG,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
        sub.add_argument("claims", nargs="+", type=Path, help="claims files (TOML)")
        sub.add_argument("--format", choices=("table", "markdown", "json"), default="table")
        if name == "check":
            sub.add_argument("--all", action="store_true", help="print every row, not only failures")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from crosscheck.claims import load
    from crosscheck.engine import check
    from crosscheck.table import failing, render, rows, use_colour

    all_rows = []
    try:
        for path in args.claims:
            all_rows += rows(check(load(path, str(path))))
    except CrosscheckError as error:
        print(f"crosscheck: {error}", file=sys.stderr)
        return 2
    bad = failing(all_rows)
    shown = all_rows if args.command == "table" or getattr(args, "all", False) or not bad else bad
    if args.command == "check" and not bad and args.format == "table":
        print(f"crosscheck: {len(all_rows)} claims consistent in {len(args.claims)} stor"
              f"{'y' if len(args.claims) == 1 else 'ies'}")  # fmt: skip
    else:
        print(render(shown, args.format, colour=args.format == "table" and use_colour()))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
