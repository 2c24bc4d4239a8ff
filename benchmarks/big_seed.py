"""One big seed: the Việt Nam–Guangxi story's English repeated to 1 and 10 MB, the
Vietnamese as published, checked whole (`engine.check`, its 50 claims and coverage).

Wall and CPU seconds are both printed: on a machine shared with other work the CPU time
is the steadier figure. The goal is 10 MB in at most 5 s, and time linear in size.

    python benchmarks/big_seed.py

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
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crosscheck.claims import load
from crosscheck.engine import check
from hostile import MB, ROOT, STORY, repeated, seed_text


def timed_check(mb: float, instructions: bool = False) -> tuple[float, float]:
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
        wall, cpu = time.perf_counter(), time.process_time()
        check(story)
        return time.perf_counter() - wall, time.process_time() - cpu
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10", help="sizes of the English seed in MB")
    parser.add_argument("--instructions", action="store_true", help="one check under callgrind (see above)")
    args = parser.parse_args(argv)
    sizes = [float(s) for s in args.sizes.split(",")]
    if args.instructions:
        timed_check(sizes[0], instructions=True)
        return 0
    cpu_per_mb = {}
    for mb in sizes:
        wall, cpu = timed_check(mb)
        cpu_per_mb[mb] = cpu / mb
        print(
            f"{mb:g} MB English seed: wall {wall:.1f} s, CPU {cpu:.1f} s ({cpu / mb:.2f} CPU s/MB)",
            flush=True,
        )
    first, last = sizes[0], sizes[-1]
    print(f"CPU time per MB at {last:g} MB over {first:g} MB: {cpu_per_mb[last] / cpu_per_mb[first]:.2f}× "
          "(1.00× is linear)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
