"""One big seed: the Việt Nam–Guangxi story's English repeated to 1 and 10 MB, the
Vietnamese as published, checked whole (`engine.check`, its 50 claims and coverage).

Wall and CPU seconds are both printed: on a machine shared with other work the CPU time
is the steadier figure. CPU counts this process and the worker processes that read a long
text's pieces (`chunked_reading`); "CPU here" this process alone, and "in workers" theirs.
The goal is 10 MB in at most 5 s, and time linear in size.

    python benchmarks/big_seed.py

With `--same`, each size is checked with the pieces and again read whole in one process,
and the table rows (`table.rows`) of the two reports compared: they must be the same.

With `--instructions`, one check of the first size is counted under callgrind instead (a
figure other work on the machine does not change; compare two trees by PYTHONPATH):

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/dev/null \
        python benchmarks/big_seed.py --sizes 1 --instructions

prints nothing itself: callgrind's closing line "Collected : N" is the figure (imports, the
claims and a first check of the seed story run uninstrumented).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crosscheck import chunked_reading
from crosscheck.claims import Story, load
from crosscheck.engine import Report, check
from crosscheck.table import rows
from hostile import MB, ROOT, STORY, repeated, seed_text


def _children() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def timed_check(
    mb: float, instructions: bool = False, whole: bool = False, same: bool = False
) -> tuple[float, float, float, bool | None]:
    """Wall, CPU here and CPU in workers of one check; with `same`, whether its rows are
    those of a check reading each text whole."""
    root = Path(tempfile.mkdtemp(prefix="crosscheck-big-"))
    try:
        (root / "pyproject.toml").write_text("")
        shutil.copytree(ROOT / "claims", root / "claims")
        (root / "seeds" / STORY).mkdir(parents=True)
        (root / "seeds" / STORY / "en.txt").write_text(
            repeated(seed_text("en"), int(mb * MB)), encoding="utf-8"
        )
        (root / "seeds" / STORY / "vi.txt").write_text(seed_text("vi"), encoding="utf-8")
        story = load(root / "claims" / f"{STORY}.toml")
        if instructions:
            check(load(ROOT / "claims" / f"{STORY}.toml"))  # (caches and tables warm)
            on = ["callgrind_control", "-i", "on", str(os.getpid())]
            subprocess.run(on, capture_output=True, check=False)
        was = chunked_reading.CHUNKED
        chunked_reading.CHUNKED = sys.maxsize if whole else was
        try:
            wall, cpu, children = time.perf_counter(), time.process_time(), _children()
            report = check(story)
            wall, cpu, children = (
                time.perf_counter() - wall,
                time.process_time() - cpu,
                _children() - children,
            )
        finally:
            chunked_reading.CHUNKED = was
        return wall, cpu, children, _same_as_whole(story, report) if same else None
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _same_as_whole(story: Story, report: Report) -> bool:
    was = chunked_reading.CHUNKED
    chunked_reading.CHUNKED = sys.maxsize
    try:
        alone = check(story)
    finally:
        chunked_reading.CHUNKED = was
    print(f"  table rows: {len(rows(report))}, {len(rows(alone))} read whole", flush=True)
    return rows(report) == rows(alone) and report.unexplained == alone.unexplained


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10", help="sizes of the English seed in MB")
    parser.add_argument("--instructions", action="store_true", help="one check under callgrind (see above)")
    parser.add_argument("--same", action="store_true", help="compare the rows with one whole reading")
    parser.add_argument("--whole", action="store_true", help="read every text whole, in one process")
    args = parser.parse_args(argv)
    sizes = [float(s) for s in args.sizes.split(",")]
    if args.instructions:
        timed_check(sizes[0], instructions=True, whole=args.whole)
        return 0
    cpu_per_mb = {}
    for mb in sizes:
        wall, here, workers, same = timed_check(mb, whole=args.whole, same=args.same)
        cpu = here + workers
        cpu_per_mb[mb] = cpu / mb
        print(f"{mb:g} MB English seed: wall {wall:.1f} s, CPU {cpu:.1f} s ({cpu / mb:.2f} CPU s/MB; "
              f"CPU here {here:.1f} s, in workers {workers:.1f} s)", flush=True)  # fmt: skip
        if same is not None:
            print(f"  the same rows and unexplained figures as one whole reading: {same}", flush=True)
            if not same:
                return 1
    first, last = sizes[0], sizes[-1]
    print(f"CPU time per MB at {last:g} MB over {first:g} MB: {cpu_per_mb[last] / cpu_per_mb[first]:.2f}× "
          "(1.00× is linear)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
