"""How fast the gate is, as ratios measured in one run on one machine.

(a) `pytest checks/` on the seeds against a bare pytest run of as many trivial tests as
    the gate has items: same interpreter, same installed plugins, alternating, medians.
(b) the same at scale: 10, 100 and 1,000 copies of the seed story under their own ids
    (each with its own seeds and claims file) in a temporary repository, and how the
    gate's time grows with the number of stories.
(c) the checker's throughput on the NTREX dev corpus (extract and name index on both
    versions of each document) beside pofilter's numbers check on the same documents'
    line pairs.
(d) `python -X importtime` cost of `import crosscheck` and `import crosscheck.plugin`, and
    that the plugin's import loads nothing heavy (pint, babel, the Chinese reading tables).

    python benchmarks/speed.py --pairs 5 --readme benchmarks/README.md
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import itertools
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from readme_section import write_section

ROOT = Path(__file__).resolve().parents[1]
STORY = "vietnam-guangxi"
CORPUS = ROOT.parent / "shared" / "corpus" / "ntrex-en-vi-dev"
HEAVY = ("pint", "babel", "crosscheck.lang.zh", "crosscheck.lang.cldr", "crosscheck.units")
PYTEST = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly"]


# --- (a) and (b): the gate against as many trivial tests ------------------------------


# The CPU seconds of the last `_run` (user + system of the child): on a machine others
# share, the steadier figure; the wall time is what a user waits.
LAST_CPU: list[float] = [0.0]


def _run(args: list[str], cwd: Path) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    LAST_CPU[0] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} in {cwd} failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return seconds


def count_items(repo: Path) -> int:
    done = subprocess.run(
        [*PYTEST, "--collect-only", "checks"], cwd=repo, capture_output=True, text=True, check=True
    )
    found = re.search(r"(\d+) tests? collected", done.stdout)
    if not found:
        raise SystemExit(f"could not count the gate's items:\n{done.stdout[-2000:]}")
    return int(found.group(1))


def trivial_suite(folder: Path, items: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pyproject.toml").write_text("")
    test = folder / "test_trivial.py"
    test.write_text(
        f"import pytest\n\n\n@pytest.mark.parametrize('i', range({items}))\ndef test_trivial(i):\n"
        "    assert i >= 0\n"
    )
    return test


def versus(repo: Path, pairs: int, scratch: Path) -> dict[str, float]:
    """Median wall time of `pytest checks/` in `repo` and of as many trivial tests."""
    items = count_items(repo)
    bare = trivial_suite(scratch / f"bare-{items}", items)
    gate_args, bare_args = [*PYTEST, "checks"], [*PYTEST, str(bare)]
    _run(gate_args, repo), _run(bare_args, bare.parent)  # warm the file cache
    gate, trivial, gate_cpu, trivial_cpu = [], [], [], []
    for i in range(pairs):
        order = [(gate_args, repo, gate, gate_cpu), (bare_args, bare.parent, trivial, trivial_cpu)]
        for args, cwd, times, cpu in order if i % 2 == 0 else order[::-1]:
            times.append(_run(args, cwd))
            cpu.append(LAST_CPU[0])
    g, b = statistics.median(gate), statistics.median(trivial)
    gc, bc = statistics.median(gate_cpu), statistics.median(trivial_cpu)
    return {"items": items, "gate": g, "bare": b, "ratio": g / b, "gate_cpu": gc, "bare_cpu": bc,
            "cpu_ratio": gc / bc}  # fmt: skip


def rounds(stories: int, count: int, trees: list[str], scratch: Path) -> list[str]:
    """`pytest checks/` over `stories` copies of the seed story with each tree's `src` first
    on PYTHONPATH ("" for the installed one), and a bare run of as many trivial items:
    every run of `count` rounds (the order turned each round), and each round's ratios."""
    repo = story_repo(scratch / f"stories-{stories}", stories)
    items = count_items(repo)
    bare = trivial_suite(scratch / f"bare-{items}", items)
    runs: list[tuple[str, list[str], Path, dict[str, str]]] = [
        ("bare", [*PYTEST, str(bare)], bare.parent, {})
    ]
    for tree in trees:
        env = {"PYTHONPATH": str(Path(tree).resolve() / "src")} if tree else {}
        runs.append((tree or "installed", [*PYTEST, "checks"], repo, env))
    lines = [f"{stories} stories, {items} items, {count} rounds (wall s, CPU s)"]
    for i in range(count):
        measured: dict[str, tuple[float, float]] = {}
        for name, args, cwd, env in runs if i % 2 == 0 else runs[::-1]:
            with _environment(env):
                wall = _run(args, cwd)
            measured[name] = (wall, LAST_CPU[0])
        bare_wall, bare_cpu = measured["bare"]
        for name, (wall, cpu) in measured.items():
            ratio = "" if name == "bare" else f": {cpu / bare_cpu:.2f}× CPU, {wall / bare_wall:.2f}× wall"
            lines.append(f"round {i + 1} {name}: {wall:.1f} s, CPU {cpu:.1f} s{ratio}")
            print(lines[-1], flush=True)
    shutil.rmtree(repo)
    return lines


@contextlib.contextmanager
def _environment(env: dict[str, str]) -> Iterator[None]:
    was = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        yield
    finally:
        for k, v in was.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def story_repo(folder: Path, stories: int) -> Path:
    """A repository of `stories` copies of the seed story, each under its own id."""
    seeds = ROOT / "seeds" / STORY
    claims = (ROOT / "claims" / f"{STORY}.toml").read_text(encoding="utf-8")
    (folder / "checks").mkdir(parents=True)
    (folder / "claims").mkdir()
    (folder / "pyproject.toml").write_text("")
    shutil.copyfile(ROOT / "checks" / "crosscheck.toml", folder / "checks" / "crosscheck.toml")
    for n in range(stories):
        sid = f"{STORY}-{n:04d}"
        (folder / "seeds" / sid).mkdir(parents=True)
        for lang in ("en", "vi"):
            shutil.copyfile(seeds / f"{lang}.txt", folder / "seeds" / sid / f"{lang}.txt")
        text = claims.replace(f'id = "{STORY}"', f'id = "{sid}"', 1).replace(
            f"/seeds/{STORY}/", f"/seeds/{sid}/"
        )
        (folder / "claims" / f"{sid}.toml").write_text(text, encoding="utf-8")
    return folder


# --- (c) throughput on the corpus ------------------------------------------------------


def throughput(corpus: Path, repeats: int) -> dict[str, float]:
    from translate.filters import checks

    from crosscheck.engine import Version
    from crosscheck.extract import extract
    from crosscheck.names import NameIndex
    from crosscheck.text import Document

    docs = []
    for folder in sorted(p for p in corpus.iterdir() if p.is_dir()):
        texts = {lang: (folder / f"{lang}.txt").read_text(encoding="utf-8") for lang in ("en", "vi")}
        if all(t.strip() for t in texts.values()):
            docs.append(texts)

    def ours() -> None:
        for texts in docs:
            for lang, raw in texts.items():
                doc = Document.from_text(raw, lang)
                Version(doc, extract(doc, None), NameIndex(doc))

    checker = checks.StandardChecker()
    line_pairs = [list(zip(t["en"].splitlines(), t["vi"].splitlines(), strict=False)) for t in docs]
    n_pairs = sum(len(p) for p in line_pairs)

    def theirs() -> None:
        for pairs in line_pairs:
            for en, vi in pairs:
                with contextlib.suppress(checks.FilterFailure):
                    checker.numbers(en, vi)

    def timed(fn: object) -> float:
        started = time.perf_counter()
        fn()  # type: ignore[operator]
        return time.perf_counter() - started

    cold = timed(ours)  # the first pass fills the readers' caches
    warm = statistics.median(timed(ours) for _ in range(repeats))
    po = statistics.median(timed(theirs) for _ in range(repeats))
    return {
        "docs": len(docs),
        "pairs": n_pairs,
        "cold": len(docs) / cold,
        "warm": len(docs) / warm,
        "pofilter_docs": len(docs) / po,
        "pofilter_pairs": n_pairs / po,
    }


# --- (d) import cost -------------------------------------------------------------------


def import_cost(module: str, repeats: int) -> dict[str, float]:
    """Median cumulative import time (ms) of `module` and of crosscheck's own modules."""
    totals, own = [], []
    for _ in range(repeats):
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", f"import {module}"],
            capture_output=True,
            text=True,
            check=True,
        )
        cumulative: dict[str, int] = {}
        selfs = 0
        for line in done.stderr.splitlines():
            m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
            if m:
                cumulative.setdefault(m.group(4), int(m.group(2)))
                if m.group(4).startswith("crosscheck"):
                    selfs += int(m.group(1))
        totals.append(cumulative[module] / 1000)
        own.append(selfs / 1000)
    return {"total": statistics.median(totals), "own": statistics.median(own)}


def heavy_modules(module: str) -> list[str]:
    code = f"import sys, {module}; print('\\n'.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = done.stdout.split()
    return [m for m in loaded if any(m == h or m.startswith(h + ".") for h in HEAVY)]


# --- report ----------------------------------------------------------------------------


def write_readme(path: Path, body: str) -> None:
    write_section(path, "speed", body)


def _beyond(r: dict[str, float]) -> float:
    """The gate's time beyond the bare run's."""
    return r["gate"] - r["bare"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=5, help="alternating gate/bare pairs (default 5)")
    parser.add_argument("--scale", default="10,100,1000", help="story counts for (b) (default 10,100,1000)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="NTREX dev corpus folder")
    parser.add_argument("--repeats", type=int, default=5, help="repeats for (c) and (d)")
    parser.add_argument("--readme", type=Path, help="update this file's speed section")
    parser.add_argument("--rounds-at", type=int, help="only the gate at this many stories against a bare run")
    parser.add_argument("--rounds", type=int, default=3, help="rounds for --rounds-at (every run printed)")
    parser.add_argument("--trees", default="", help="for --rounds-at: worktrees, comma-separated")
    args = parser.parse_args(argv)
    if args.rounds_at:
        with tempfile.TemporaryDirectory(prefix="crosscheck-speed-") as tmp:
            rounds(args.rounds_at, args.rounds, args.trees.split(","), Path(tmp))
        return 0
    from tabulate import tabulate

    out: list[str] = []

    def say(text: str = "") -> None:
        print(text, flush=True)
        out.append(text)

    with tempfile.TemporaryDirectory(prefix="crosscheck-speed-") as tmp:
        scratch = Path(tmp)
        seeds = versus(ROOT, args.pairs, scratch)
        say(f"### (a) the gate on the seeds, {args.pairs} alternating pairs, medians\n")
        say(
            tabulate(
                [["seeds", seeds["items"], f"{seeds['ratio']:.2f}×", f"{seeds['cpu_ratio']:.2f}×"]],
                ["stories", "items", "gate / bare", "gate / bare, CPU"],
                tablefmt="github",
            )
        )
        say()
        rows, scaled = [], {}
        for n in (int(s) for s in args.scale.split(",")):
            repo = story_repo(scratch / f"stories-{n}", n)
            r = versus(repo, args.pairs, scratch)
            scaled[n] = r
            rows.append(
                [
                    n,
                    r["items"],
                    f"{r['ratio']:.2f}×",
                    f"{r['cpu_ratio']:.2f}×",
                    f"{r['gate'] / scaled[min(scaled)]['gate']:.1f}×",
                ]
            )
            shutil.rmtree(repo)
        counts = sorted(scaled)
        growth = [
            f"{a}→{b} stories: ×{scaled[b]['gate'] / scaled[a]['gate']:.1f} time for ×{b / a:.0f} stories "
            f"(×{_beyond(scaled[b]) / max(_beyond(scaled[a]), 1e-9):.1f} "
            "beyond the bare run)"
            for a, b in itertools.pairwise(counts)
        ]
        say(f"### (b) at scale: copies of the seed story, {args.pairs} alternating pairs, medians\n")
        say(
            tabulate(
                rows,
                ["stories", "items", "gate / bare", "gate / bare, CPU", f"gate time / {counts[0]} stories"],
                tablefmt="github",
            )
        )
        say()
        for g in growth:
            say(f"- {g}")
        say()
    tp = throughput(args.corpus, args.repeats)
    say(f"### (c) throughput on `{args.corpus.name}` ({tp['docs']} documents, {tp['pairs']} line pairs)\n")
    say(
        tabulate(
            [
                ["crosscheck (extract + name index, both versions), first pass", f"{tp['cold']:.0f}"],
                ["crosscheck, later passes (median)", f"{tp['warm']:.0f}"],
                ["pofilter numbers check on the same documents' line pairs", f"{tp['pofilter_docs']:.0f}"],
            ],
            ["", "documents / s"],
            tablefmt="github",
        )
    )
    say(
        f"\npofilter: {tp['pofilter_pairs']:.0f} pairs/s; it reads digits only, crosscheck reads figures, "
        f"words, dates and names, ×{tp['pofilter_docs'] / tp['cold']:.0f} slower than pofilter.\n"
    )
    pytest_cost = import_cost("pytest", args.repeats)
    package = import_cost("crosscheck", args.repeats)
    plugin = import_cost("crosscheck.plugin", args.repeats)
    heavy = heavy_modules("crosscheck.plugin")
    say(f"### (d) import cost (`python -X importtime`, median of {args.repeats})\n")
    say(
        tabulate(
            [
                [
                    "import crosscheck",
                    f"{package['total']:.1f}",
                    f"{package['own']:.1f}",
                    f"{package['total'] / pytest_cost['total']:.2f}×",
                ],
                [
                    "import crosscheck.plugin",
                    f"{plugin['total']:.1f}",
                    f"{plugin['own']:.1f}",
                    f"{plugin['total'] / pytest_cost['total']:.2f}×",
                ],
            ],
            ["", "cumulative ms", "crosscheck's own ms", "vs import pytest"],
            tablefmt="github",
        )
    )
    say(
        f"\nheavy modules loaded by `import crosscheck.plugin`: {', '.join(heavy) or 'none'} "
        f"(checked: {', '.join(HEAVY)})"
    )
    if args.readme:
        body = (
            f"## Speed\n\n`python benchmarks/speed.py --pairs {args.pairs}`, "
            f"run {dt.date.today().isoformat()}, "
            f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs. Ratios within one run; absolute "
            "times depend on the machine.\n\n" + "\n".join(out) + "\n"
        )
        write_readme(args.readme, body)
    assert not heavy, f"import crosscheck.plugin loads heavy modules: {heavy}"
    return 0


if __name__ == "__main__":
    sys.exit(main())
