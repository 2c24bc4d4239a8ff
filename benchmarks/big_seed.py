"""One big seed: the Việt Nam–Guangxi story's English repeated to 1 and 10 MB, the
Vietnamese as published, checked whole (`engine.check`, its 50 claims and coverage).

Wall and CPU seconds are both printed: on a machine shared with other work the CPU time
is the steadier figure. The goal is 10 MB in at most 5 s, and time linear in size.

    python benchmarks/big_seed.py
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from crosscheck.claims import load
from crosscheck.engine import check
from hostile import MB, ROOT, STORY, repeated, seed_text


def timed_check(mb: float) -> tuple[float, float]:
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
        wall, cpu = time.perf_counter(), time.process_time()
        check(story)
        return time.perf_counter() - wall, time.process_time() - cpu
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10", help="sizes of the English seed in MB")
    args = parser.parse_args(argv)
    sizes = [float(s) for s in args.sizes.split(",")]
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
