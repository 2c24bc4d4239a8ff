"""Instructions one warm pass of `compare` costs over the development sets, under callgrind.

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/dev/null \\
        python benchmarks/instructions.py [SET ...]

Prints nothing itself: callgrind's closing line "Collected : N" is the figure. A first pass
runs uninstrumented (imports, CLDR and reading tables, caches warm), then the script turns
callgrind's instrumentation on for its own process and runs the measured pass. Instruction
counts do not depend on what else the machine runs, so two trees (a `git worktree` of the
older commit on PYTHONPATH) compare as a ratio even on a busy shared machine, where timings
of the same runs vary by ±15 %.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from crosscheck.align import compare
from crosscheck.text import Document

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SETS = ("ntrex-en-vi-dev", "flores200-en-vi-devtest", "xquad-en-vi")


def main(sets: list[str]) -> None:
    pairs = [
        ((d / "en.txt").read_text(encoding="utf-8"), (d / "vi.txt").read_text(encoding="utf-8"))
        for name in sets
        for d in sorted((CORPUS / name).iterdir())
        if (d / "en.txt").is_file()
    ]

    def one_pass() -> None:
        for en, vi in pairs:
            compare(Document.from_text(en, "en"), Document.from_text(vi, "vi"))

    one_pass()
    try:
        subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], capture_output=True, check=False)
    except FileNotFoundError:
        sys.exit("instructions.py: callgrind_control not found; install valgrind (apt-get install valgrind)")
    one_pass()


if __name__ == "__main__":
    main(sys.argv[1:] or list(SETS))
