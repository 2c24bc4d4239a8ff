"""`crosscheck compare --pairs` over whole archives: pairs per second per core, beside pofilter.

For each development corpus (NTREX, FLORES-200, XQuAD; one folder per document, each with
en.txt and vi.txt) the command is run as a user runs it, a subprocess with `--format
jsonl`, with 1 and with 2 workers, alternating, median of --repeats runs. Reported: pairs
per second, per second per worker, and the scaling from 1 to 2 workers. Checked on the
way: the JSON lines are the same with 1 and 2 workers, the closing summary counts what the
lines say, and on a terminal (a pseudo-terminal from `script`) a progress bar is drawn,
while none is when the output is piped.

pofilter (translate-toolkit) runs beside it on the same pairs: each pair written as a PO
file, line N of the English as msgid and line N of the Vietnamese as msgstr (the corpora
are line-aligned), and `pofilter DIR OUT` run with its default checks, one process (it
has no parallel mode), timed the same way.

    python benchmarks/archive.py --readme benchmarks/README.md
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from readme_section import write_run

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpus"
SETS = ("ntrex-en-vi-dev", "flores200-en-vi-devtest", "xquad-en-vi")
COMMAND = [sys.executable, "-m", "crosscheck", "compare", "--format", "jsonl"]


def _timed(args: list[str], cwd: Path | None = None) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """Wall seconds, CPU seconds (user + system, the process and its workers) and the result."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, encoding="utf-8", cwd=cwd, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), done


def crosscheck_runs(corpus: Path, repeats: int) -> dict[str, object]:
    """Median wall and CPU time with 1 and 2 workers; the lines of each, which must agree."""
    times: dict[int, list[float]] = {1: [], 2: []}
    cpu: dict[int, list[float]] = {1: [], 2: []}
    outputs: dict[int, str] = {}
    summary = ""
    for _ in range(repeats):
        for workers in (1, 2):
            seconds, used, done = _timed([*COMMAND, "--pairs", str(corpus), "--workers", str(workers)])
            if done.returncode == 2 or not done.stdout:
                raise SystemExit(f"compare --pairs {corpus} failed:\n{done.stderr[-2000:]}")
            times[workers].append(seconds)
            cpu[workers].append(used)
            outputs[workers] = done.stdout
            summary = done.stderr
    lines = [json.loads(line) for line in outputs[1].splitlines()]
    flagged = sum(1 for p in lines if p["status"] == "flagged")
    stated = re.search(r"(\d+) pairs, (\d+) flagged, (\d+) unusable", summary)
    agrees = bool(stated) and stated.groups() == (str(len(lines)), str(flagged), "0")  # type: ignore[union-attr]
    return {
        "pairs": len(lines),
        "flagged": flagged,
        "t1": statistics.median(times[1]),
        "t2": statistics.median(times[2]),
        "cpu1": statistics.median(cpu[1]),
        "same": outputs[1] == outputs[2],
        "summary_agrees": agrees,
    }


def pofilter_run(corpus: Path, scratch: Path, repeats: int) -> dict[str, float]:
    """pofilter over one PO file per pair (line pairs as units), median wall time."""
    from translate.storage import po

    folder = scratch / f"po-{corpus.name}"
    folder.mkdir()
    pairs = 0
    for document in sorted(p for p in corpus.iterdir() if p.is_dir()):
        en = (document / "en.txt").read_text(encoding="utf-8").splitlines()
        vi = (document / "vi.txt").read_text(encoding="utf-8").splitlines()
        store = po.pofile()
        for n, (source, target) in enumerate(zip(en, vi, strict=False), 1):
            if source.strip() and target.strip():
                unit = store.addsourceunit(source)
                unit.target = target
                unit.setcontext(str(n))  # a repeated line is its own unit
        (folder / f"{document.name}.po").write_bytes(bytes(store))
        pairs += 1
    pofilter = str(Path(sys.executable).with_name("pofilter"))
    times, cpu = [], []
    for i in range(repeats):
        out = scratch / f"out-{corpus.name}-{i}"
        seconds, used, done = _timed([pofilter, "--progress=none", str(folder), str(out)])
        if done.returncode != 0:
            raise SystemExit(f"pofilter failed on {folder}:\n{done.stderr[-2000:]}")
        times.append(seconds)
        cpu.append(used)
    return {"pairs": pairs, "t": statistics.median(times), "cpu": statistics.median(cpu)}


def progress_bar(corpus: Path) -> tuple[bool, bool]:
    """Whether a bar is drawn on a terminal (via `script`), and whether one leaks into a pipe."""
    command = shlex.join([*COMMAND[:-2], "--pairs", str(corpus), "--workers", "2"])
    # A pseudo-terminal from `script` starts 0 columns wide, where tqdm draws nothing: give it a width.
    shown = subprocess.run(["script", "-qec", f"stty cols 100 rows 30; {command}", "/dev/null"],
                           capture_output=True, text=True, encoding="utf-8", check=False)  # fmt: skip
    piped = subprocess.run(shlex.split(command), capture_output=True, text=True, encoding="utf-8",
                           check=False)  # fmt: skip
    bar = re.compile(r"\d+/\d+ \[[^]]*pair/s\]")
    return bool(bar.search(shown.stdout)), bool(bar.search(piped.stdout + piped.stderr))


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_scaling() -> float:
    """How much faster a pure CPU loop runs in 2 processes than in 1, on this machine now:
    the most any program can gain from a second worker while the run lasts."""
    from concurrent.futures import ProcessPoolExecutor

    seconds = {}
    for workers in (1, 2):
        started = time.perf_counter()
        with ProcessPoolExecutor(workers) as pool:
            list(pool.map(_burn, [2_000_000] * 8))
        seconds[workers] = time.perf_counter() - started
    return seconds[1] / seconds[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--readme", type=Path, help="write the figures into this README's section")
    args = parser.parse_args(argv)
    out: list[str] = []

    def say(text: str = "") -> None:
        print(text, flush=True)
        out.append(text)

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = os.getloadavg()[0]
    say(f"{cores} cores, load average {load:.1f} at the start; median of {args.repeats} runs, "
        "1 and 2 workers alternating; pofilter in one process")  # fmt: skip
    say("wall: pairs per second of wall time, start-up included; CPU: pairs per CPU-second (user + system),")
    say("which a machine shared with other work does not change much")
    say()
    header = (f"{'corpus':<24}{'pairs':>6}{'flagged':>8}{'1 worker':>10}{'2 workers':>11}{'scaling':>9}"
              f"{'CPU':>8}{'pofilter CPU':>14}{'pofilter/ours':>15}")  # fmt: skip
    say(header)
    say("-" * len(header))
    total = {"pairs": 0.0, "t1": 0.0, "t2": 0.0, "cpu1": 0.0, "po": 0.0}
    checks: list[str] = []

    def row(name: str, n: float, flagged: str, t: dict[str, float]) -> tuple[float, float, float]:
        r1, r2 = n / t["t1"], n / t["t2"]
        c1, cp = n / t["cpu1"], n / t["po"]
        say(f"{name:<24}{n:>6.0f}{flagged:>8}{r1:>8.1f}/s{r2:>9.1f}/s{r2 / r1:>8.2f}×"
            f"{c1:>6.1f}/s{cp:>12.1f}/s{cp / c1:>14.1f}×")  # fmt: skip
        return r1, r2, c1

    with tempfile.TemporaryDirectory() as scratch:
        for name in SETS:
            corpus = CORPORA / name
            ours = crosscheck_runs(corpus, args.repeats)
            theirs = pofilter_run(corpus, Path(scratch), args.repeats)
            figures = {k: float(str(ours[k])) for k in ("t1", "t2", "cpu1")} | {"po": theirs["cpu"]}
            n = float(str(ours["pairs"]))
            row(name, n, str(ours["flagged"]), figures)
            checks.append(f"{name}: same lines with 1 and 2 workers: {ours['same']}; "
                          f"summary counts the lines: {ours['summary_agrees']}")  # fmt: skip
            total["pairs"] += n
            for key, value in figures.items():
                total[key] += value
        r1, r2, c1 = row("all three", total["pairs"], "", total)
        say()
        say(f"per core: {c1:.1f} pairs per CPU-second; wall {r1:.1f} pairs/s with 1 worker, "
            f"{r2:.1f} pairs/s with 2")  # fmt: skip
        say(f"one machine, an hour: about {c1 * 3600:,.0f} pairs per free core "
            f"({c1 * 3600 * (cores or 1):,.0f} on {cores} free cores)")  # fmt: skip
        say(f"the machine itself: a pure CPU loop runs {machine_scaling():.2f}× faster in 2 processes "
            "than in 1 (2.0× on two free cores)")  # fmt: skip
        drawn, leaked = progress_bar(CORPORA / SETS[0])
        say(f"progress bar drawn on a terminal: {drawn}; any bar in piped output: {leaked}")
        for line in checks:
            say(line)
    if args.readme:
        write_run(args.readme, "archive", "bench-archive", out, heading="## Archives: `compare --pairs`")
    return 0


if __name__ == "__main__":
    sys.exit(main())
