"""Where the benchmarks write their figures: a marked section of benchmarks/README.md.

Each script owns one section between ``<!-- name:start -->`` and ``<!-- name:end -->``
and rewrites only that; the reviews people write around the sections stay as they are.
"""

from __future__ import annotations

import datetime
from pathlib import Path


def write_section(path: Path, name: str, body: str, heading: str = "") -> None:
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    section = f"{start}\n{body.rstrip()}\n{end}"
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if start in old and end in old:
        new = old[: old.index(start)] + section + old[old.index(end) + len(end) :]
    else:
        new = old.rstrip() + "\n\n" + (f"{heading}\n\n" if heading else "") + section + "\n"
    path.write_text(new, encoding="utf-8")


def write_run(path: Path, name: str, target: str, lines: list[str], heading: str = "") -> None:
    """A section holding a run's printed lines as a block, dated and naming its make target."""
    body = f"_Run {datetime.date.today().isoformat()}: `make {target}`_\n\n```\n" + "\n".join(lines) + "\n```"
    write_section(path, name, body, heading=heading)
