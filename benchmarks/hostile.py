"""Big and adversarial input: time per MB, linear growth, no catastrophic backtracking.

    python benchmarks/hostile.py                   # sizes 1, 2, 5, 10 MB; asserts the bounds
    python benchmarks/hostile.py --sizes 1,2 --no-assert
    python benchmarks/hostile.py --scaling --readme benchmarks/README.md   # make bench-hostile

Big input: each seed of the Việt Nam–Guangxi story repeated (paragraphs kept) until it
is N MB, for N in --sizes; `extract`, `NameIndex` and the whole `engine.check` of the
story (both seeds N MB, its 50 claims) are timed. Asserted: a story with a 10 MB seed is
checked in under 10 seconds, and the time per MB at 10 MB is under twice the time per
MB at 1 MB (linear growth).

Adversarial input: strings built to make a regular expression backtrack (long runs of
digits and separators, 100,000-character lines of "ngày 19/2/", nested brackets, runs of
capitalised words, "năm năm năm", "thứ thứ thứ"...), each at 100,000 and 400,000
characters. Asserted: every reader stays under a time bound, and four times the input
takes under eight times the time (quadratic would be sixteen).

Scaling (--scaling; cases in `scaling.py`): one dimension grows at a time, and the time per
item must stay flat within LINEARITY: 1k, 4k and 16k name claims (check); 1,000 and
10,000 figure claims (check); 1k, 4k and 16k distinct figures (compare, propose); and each
adversarial text that once made `propose` run for minutes ("$1 $1 ...", lines of "1",
"ngày 19/ngày 19/...", "1st 1st ...", "twenty twenty ...") from 100 kB up (check,
compare, propose). Only the command is timed, never the set-up.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from crosscheck.claims import load
from crosscheck.engine import check
from crosscheck.extract import extract
from crosscheck.names import NameIndex
from crosscheck.text import Document

ROOT = Path(__file__).resolve().parents[1]
STORY = "vietnam-guangxi"
DATELINE = date(2025, 2, 19)
MB = 1_000_000

# A 10 MB story checked in under this; per-MB time at the largest size over the smallest under this.
BOUND_10MB = 10.0
LINEARITY = 2.0
# Adversarial strings: at most this many seconds per 100,000 characters, and growth under this ratio.
ADVERSARIAL_PER_100K = 2.0
ADVERSARIAL_GROWTH = 8.0


def seed_text(lang: str) -> str:
    return (ROOT / "seeds" / STORY / f"{lang}.txt").read_text(encoding="utf-8")


def repeated(text: str, size: int) -> str:
    """`text` repeated, separated by blank lines, to at least `size` bytes of UTF-8."""
    unit = text.rstrip("\n") + "\n\n"
    return unit * (size // len(unit.encode("utf-8")) + 1)


def timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def big(sizes: list[float]) -> dict[float, float]:
    """Seconds of the whole check per size; prints per-stage times and time per MB."""
    print(f"{'MB':>5} {'stage':22} {'seconds':>8} {'s/MB':>6}")
    whole: dict[float, float] = {}
    for mb in sizes:
        size = int(mb * MB)
        for lang in ("en", "vi"):
            doc = Document.from_text(repeated(seed_text(lang), size), lang)
            seconds = timed(lambda doc=doc: extract(doc, DATELINE))  # type: ignore[misc]
            print(f"{mb:5g} {'extract[' + lang + ']':22} {seconds:8.2f} {seconds / mb:6.2f}")
            seconds = timed(lambda doc=doc: NameIndex(doc))  # type: ignore[misc]
            print(f"{mb:5g} {'NameIndex[' + lang + ']':22} {seconds:8.2f} {seconds / mb:6.2f}")
        root = Path(tempfile.mkdtemp(prefix="crosscheck-hostile-"))
        try:
            (root / "pyproject.toml").write_text("")
            shutil.copytree(ROOT / "claims", root / "claims")
            (root / "seeds" / STORY).mkdir(parents=True)
            for lang in ("en", "vi"):
                (root / "seeds" / STORY / f"{lang}.txt").write_text(repeated(seed_text(lang), size))
            story = load(root / "claims" / f"{STORY}.toml")
            seconds = timed(lambda story=story: check(story))  # type: ignore[misc]
        finally:
            shutil.rmtree(root, ignore_errors=True)
        whole[mb] = seconds
        print(f"{mb:5g} {'engine.check (en+vi)':22} {seconds:8.2f} {seconds / mb:6.2f}", flush=True)
    return whole


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "1,1,1,1,...": lambda n: "1," * (n // 2),
    "1.1.1.1...": lambda n: "1." * (n // 2),
    "digits": lambda n: "1" * n,
    "1 000 000 (nbsp)": lambda n: "1\u00a0000" * (n // 5),
    "1, 1, 1, ...": lambda n: "1, " * (n // 3),
    "1 1 1 1": lambda n: "1 " * (n // 2),
    "1-1-1-1": lambda n: "1-" * (n // 2),
    "1/1/1/1": lambda n: "1/" * (n // 2),
    "١٢٣ (Arabic-Indic)": lambda n: "١٢٣" * (n // 3),
    "ngày 19/2/ x100k": lambda n: "ngày 19/2/" * (n // 10),
    "2024-26 2024-26": lambda n: "2024-26 " * (n // 8),
    "nested brackets": lambda n: "([{“‘" * (n // 10) + "’”}])" * (n // 10),
    "Capitalised Words": lambda n: "Nguyễn Hồng Diên Chen Gang " * (n // 27),
    "năm năm năm": lambda n: "năm " * (n // 4),
    "thứ thứ thứ": lambda n: "thứ " * (n // 4),
    "one one one": lambda n: "one " * (n // 4),
    "twenty-twenty-": lambda n: "twenty-" * (n // 7),
    "year on year": lambda n: "year on year " * (n // 13),
    "so với cùng kỳ": lambda n: "so với cùng kỳ năm " * (n // 19),
    "per cent per cent": lambda n: "1 per cent " * (n // 11),
    "dots": lambda n: "." * n,
    "ellipses": lambda n: "…" * n,
    "?!?!": lambda n: "?!" * (n // 2),
    "Mr. Mr. Mr.": lambda n: "Mr. " * (n // 4),
    "A. B. C.": lambda n: "A. " * (n // 3),
    "spaces": lambda n: "1" + " " * n + "x",
    "blank lines": lambda n: "1\n \n" * (n // 4),
    "US$US$US$": lambda n: "US$" * (n // 3),
    "quotes": lambda n: '."' * (n // 2),
}

READERS: dict[str, Callable[[str, str], object]] = {
    "extract": lambda text, lang: extract(Document.from_text(text, lang), DATELINE),
    "NameIndex": lambda text, lang: NameIndex(Document.from_text(text, lang)),
}


def adversarial(small: int = 100_000, factor: int = 4) -> list[str]:
    """Time every reader on every adversarial string at two lengths; the failures, if any."""
    failures = []
    print(f"\n{'adversarial input':22} {'reader':10} {'lang':4} {'100k s':>7} {'400k s':>7} {'growth':>6}")
    for name, make in ADVERSARIAL.items():
        for reader, call in READERS.items():
            for lang in ("en", "vi"):
                t1 = timed(lambda make=make, call=call, lang=lang: call(make(small), lang))  # type: ignore[misc]
                t4 = timed(lambda make=make, call=call, lang=lang: call(make(small * factor), lang))  # type: ignore[misc]
                growth = t4 / max(t1, 0.05)  # timer noise under 50 ms is no growth
                flag = ""
                if t4 > ADVERSARIAL_PER_100K * factor or growth > ADVERSARIAL_GROWTH:
                    flag = "  <-- too slow"
                    failures.append(f"{name} / {reader}[{lang}]: {t1:.2f}s, {t4:.2f}s")
                print(f"{name:22} {reader:10} {lang:4} {t1:7.2f} {t4:7.2f} {growth:6.1f}{flag}", flush=True)
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1,2,5,10", help="seed sizes in MB (default 1,2,5,10)")
    parser.add_argument("--no-assert", action="store_true", help="print the figures, assert nothing")
    parser.add_argument("--skip-adversarial", action="store_true")
    parser.add_argument("--scaling", action="store_true", help="only the scaling cases (below)")
    parser.add_argument("--counts", default="1000,4000,16000", help="name claims and distinct figures")
    parser.add_argument("--claims", default="1000,10000", help="figure claims in one story")
    parser.add_argument("--adversarial-sizes", default="100000,400000,1600000",
                        help="characters of each adversarial text (check, compare, propose)")  # fmt: skip
    parser.add_argument("--readme", type=Path, help="write the scaling table into this README section")
    args = parser.parse_args()
    if args.scaling:
        return scaling_main(args)
    sizes = [float(s) for s in args.sizes.split(",")]
    whole = big(sizes)
    first, last = sizes[0], sizes[-1]
    ratio = (whole[last] / last) / (whole[first] / first)
    print(f"\nper-MB time at {last:g} MB over {first:g} MB: {ratio:.2f} (bound {LINEARITY})")
    failures = [] if args.skip_adversarial else adversarial()
    if args.no_assert:
        return 0
    if 10 in whole:
        assert whole[10] < BOUND_10MB, f"a 10 MB story took {whole[10]:.1f}s (bound {BOUND_10MB}s)"
    assert ratio < LINEARITY, f"time per MB grew {ratio:.2f}x from {first:g} to {last:g} MB"
    assert not failures, "adversarial input too slow:\n" + "\n".join(failures)
    print("all bounds hold")
    return 0


def scaling_main(args: argparse.Namespace) -> int:
    """Time per item of every scaling case; asserted flat within LINEARITY (issues 13, 16)."""
    from readme_section import write_run
    from scaling import scaling

    def numbers(text: str) -> list[int]:
        return [int(n) for n in text.split(",")]

    lines, failures = scaling(numbers(args.counts), numbers(args.claims), numbers(args.adversarial_sizes),
                              LINEARITY)  # fmt: skip
    if args.readme:
        write_run(args.readme, "hostile-scaling", "bench-hostile", lines,
                  heading="## Hostile input: time per item as the input grows")  # fmt: skip
    if args.no_assert:
        return 0
    assert not failures, f"time per item grew over {LINEARITY}x:\n" + "\n".join(failures)
    print("time per item flat within", LINEARITY, "in every case")
    return 0


if __name__ == "__main__":
    sys.exit(main())
