"""Many pairs at once: `crosscheck compare --pairs DIR` or `--manifest pairs.csv`.

A pair is a folder holding the two versions (`en.*` and `vi.*`, any input format), a
translation file holding both, or a row of a CSV manifest (`en,vi` or `bilingual`, with
an optional `id` and `dateline`; paths relative to the manifest). Pairs are compared on
every core (`concurrent.futures`, one process per worker), each pair on its own: a pair
that cannot be read is reported as one line and the rest go on. Results come back in the
order of the pairs, so `--format jsonl` streams the same lines for the same archive
however many workers ran it; that stream is also the interface for running crosscheck
beyond one machine (README, "Beyond one machine").
"""

from __future__ import annotations

import csv
import io
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import BrokenExecutor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from crosscheck.errors import CrosscheckError, SeedError
from crosscheck.inputs import BILINGUAL, format_of

FAILING = ("discrepancy", "only_en", "only_vi")
_SIDES = {"en": ("en", ".en", "-en", "_en"), "vi": ("vi", ".vi", "-vi", "_vi")}


@dataclass(frozen=True)
class Job:
    """One pair to compare: two files, or one translation file, or what is wrong with it."""

    id: str
    files: tuple[Path, ...]  # (en, vi) or (bilingual,)
    dateline: date | None = None
    fmt: str | None = None
    problem: str | None = None  # found before comparing: the pair cannot be read


@dataclass
class Outcome:
    """A pair's result: its rows (as in `compare --format json`) or the line saying why not."""

    id: str
    files: tuple[str, ...]
    rows: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None

    @property
    def status(self) -> str:
        if self.error is not None:
            return "error"
        return "flagged" if any(r["status"] in FAILING for r in self.rows) else "consistent"

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"pair": self.id, "files": list(self.files), "status": self.status}
        if self.error is not None:
            out["error"] = self.error
        else:
            out["counts"] = dict(Counter(str(r["status"]) for r in self.rows))
            out["rows"] = self.rows
        return out


def _side(path: Path, lang: str) -> bool:
    stem = path.stem.lower()
    return any(stem == s if s == lang else stem.endswith(s) for s in _SIDES[lang])


def in_folder(folder: Path, fmt: str | None = None) -> list[Job]:
    """The pairs of an archive folder: its sub-folders, and its translation files."""
    if not folder.is_dir():
        raise CrosscheckError(str(folder), "is not a folder; --pairs takes a folder of pair folders")
    jobs: list[Job] = []
    for entry in sorted(folder.iterdir()):
        if entry.is_dir():
            jobs.append(_folder_job(entry, fmt))
        elif entry.is_file() and format_of(entry, fmt) in BILINGUAL:
            jobs.append(Job(entry.name, (entry,), fmt=fmt))
    if not jobs:
        raise CrosscheckError(str(folder), "holds no pair folders (each with en.* and vi.*) and no "
                              "translation files; check the path")  # fmt: skip
    return jobs


def _folder_job(folder: Path, fmt: str | None) -> Job:
    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    sides = {lang: [p for p in files if _side(p, lang)] for lang in _SIDES}
    if len(sides["en"]) == 1 and len(sides["vi"]) == 1:
        return Job(folder.name, (sides["en"][0], sides["vi"][0]), fmt=fmt)
    both = [p for p in files if format_of(p, fmt) in BILINGUAL]
    if len(both) == 1 and not sides["en"] and not sides["vi"]:
        return Job(folder.name, (both[0],), fmt=fmt)
    found = ", ".join(p.name for p in files) or "nothing"
    return Job(folder.name, (), problem=f"{folder}: needs one en.* and one vi.* file (or one translation "
               f"file), found {found}; rename or remove the extra files")  # fmt: skip


def from_manifest(path: Path, fmt: str | None = None) -> list[Job]:
    """The pairs a CSV manifest lists: columns en and vi, or bilingual; id and dateline optional."""
    from crosscheck.files import read_bytes
    from crosscheck.seeds import decode_seed

    shown = str(path)
    text = decode_seed(read_bytes(path, shown, SeedError), "en", shown).text
    reader = csv.DictReader(io.StringIO(text))
    columns = set(reader.fieldnames or ())
    if not ({"en", "vi"} <= columns or "bilingual" in columns):
        raise CrosscheckError(shown, "needs a header row naming the columns en,vi (or bilingual), "
                              "and optionally id and dateline", 1)  # fmt: skip
    jobs: list[Job] = []
    for row in reader:
        line = reader.line_num
        pair_id = (row.get("id") or "").strip() or f"{path.name}:{line}"
        where = f"{shown}:{line}"
        paths = tuple((path.parent / row[c].strip()) for c in ("en", "vi") if (row.get(c) or "").strip())
        both = (row.get("bilingual") or "").strip()
        files = (path.parent / both,) if both else paths
        problem = None
        if len(files) not in (1, 2) or (len(files) == 1 and not both):
            problem = f"{where}: name both en and vi, or one bilingual file"
        dateline = None
        raw = (row.get("dateline") or "").strip()
        if raw:
            try:
                dateline = date.fromisoformat(raw)
            except ValueError:
                problem = f"{where}: dateline {raw!r} is not a date; write it as 2025-02-19"
        jobs.append(Job(pair_id, files, dateline, fmt, problem))
    if not jobs:
        raise CrosscheckError(shown, "lists no pairs; add a row per pair under the header")
    return jobs


def judge(job: Job) -> Outcome:
    """Compare one pair; any problem becomes the outcome's one-line error, never an exception."""
    shown = tuple(str(p) for p in job.files)
    if job.problem is not None:
        return Outcome(job.id, shown, error=job.problem)
    try:
        from crosscheck.align import compare
        from crosscheck.inputs import given_dateline, read_pair
        from crosscheck.propose import find_dateline

        en, vi = read_pair(job.files[0], job.files[1] if len(job.files) > 1 else None, job.fmt)
        result = compare(en, vi, job.dateline or given_dateline(en, vi) or find_dateline(en))
        return Outcome(job.id, shown, [r.as_dict() for r in result.rows])
    except CrosscheckError as error:
        return Outcome(job.id, shown, error=str(error))
    except Exception as error:  # one pair's crash must not stop the archive
        return Outcome(job.id, shown, error=f"{shown[0]}: crosscheck failed on this pair "
                       f"({type(error).__name__}: {error}); please report it with the files")  # fmt: skip


# Where a worker's watchdog writes the stack it would dump: nowhere (opened once per worker).
_QUIET: TextIO | None = None


def _judge_within(job: Job, timeout: float) -> Outcome:
    """`judge` in a pool worker that ends itself once the pair has run `timeout` seconds.

    A pair stuck inside C (a regular expression backtracking) never sees a signal, but
    faulthandler's watchdog is a C thread that ends the process whatever it is doing. The
    pool then breaks, and `run` times each pair of the window alone (`_alone`), so the one
    that hangs is named and the rest go on.
    """
    import faulthandler

    global _QUIET
    if _QUIET is None:
        _QUIET = open(os.devnull, "w")  # noqa: SIM115 - kept open for the worker's life
    faulthandler.dump_traceback_later(timeout, exit=True, file=_QUIET)
    try:
        return judge(job)
    finally:
        faulthandler.cancel_dump_traceback_later()


def _warm() -> None:
    """Load the reading tables once before the workers fork, so each inherits them."""
    from crosscheck.align import compare
    from crosscheck.text import Document

    en = Document.from_text("On February 19, 2025, trade reached US$41.6 billion, up 15.4 per cent.", "en")
    vi = Document.from_text("Ngày 19/2/2025, thương mại đạt 41,6 tỷ USD, tăng 15,4%.", "vi")
    compare(en, vi, None)


def run(jobs: list[Job], workers: int, timeout: float | None = None) -> Iterator[Outcome]:
    """The outcomes of the jobs, in their order; `workers` processes (1 and no `timeout`: in
    this one). With `timeout`, a pair that runs longer is stopped and reported (`_alone`)."""
    if timeout is None and (workers <= 1 or len(jobs) <= 1):
        yield from (judge(job) for job in jobs)
        return
    _warm()
    queue = list(reversed(jobs))
    window: deque[tuple[Job, Future[Outcome]]] = deque()
    pool = ProcessPoolExecutor(max_workers=workers)
    done = False
    try:
        while queue or window:
            # A few jobs ahead per worker: every worker stays busy, results leave in order.
            while queue and len(window) < workers * 4:
                job = queue.pop()
                future = (
                    pool.submit(judge, job) if timeout is None else pool.submit(_judge_within, job, timeout)
                )
                window.append((job, future))
            job, future = window.popleft()
            try:
                yield future.result()
            except BrokenExecutor:
                # A worker died (killed, out of memory, a crash in C): this pair or one
                # beside it did it. Each is tried again alone; the rest go on in a new pool.
                pool.shutdown(wait=False, cancel_futures=True)
                yield _alone(job, timeout)
                queue.extend(reversed([j for j, _ in window]))
                window.clear()
                pool = ProcessPoolExecutor(max_workers=workers)
        done = True
    finally:
        # Every pair judged: the workers are joined, so none is left writing while the
        # interpreter exits (a loaded machine printed a feeder thread's traceback then).
        # Stopped early (the reader went away): nothing is waited for.
        pool.shutdown(wait=done, cancel_futures=True)


def _alone(job: Job, timeout: float | None = None) -> Outcome:
    """A job in a process of its own, so that a pair that kills its worker, or that runs
    past `timeout` seconds (it is then killed), is named."""
    import multiprocessing

    receiver, sender = multiprocessing.Pipe(duplex=False)
    process = multiprocessing.Process(target=_judge_into, args=(job, sender), daemon=True)
    process.start()
    sender.close()  # the child holds the only sending end: its death is an end of file here
    try:
        if receiver.poll(timeout):
            return receiver.recv()  # type: ignore[no-any-return]
        what = f"ran longer than --timeout {timeout:g} s and was stopped; compare the pair alone to see why"
    except EOFError:
        what = "the worker comparing this pair died (out of memory or killed); try the pair alone"
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        receiver.close()
    place = job.files[0] if job.files else job.id
    return Outcome(job.id, tuple(str(p) for p in job.files), error=f"{place}: {what}, and report it")


def _judge_into(job: Job, sender: Any) -> None:
    sender.send(judge(job))
    sender.close()


def default_workers() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass
class Summary:
    """What the whole run found: the closing table."""

    workers: int
    pairs: int = 0
    flagged: int = 0
    errors: int = 0
    rows: Counter[tuple[str, str]] = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, outcome: Outcome) -> None:
        self.pairs += 1
        self.flagged += outcome.status == "flagged"
        self.errors += outcome.status == "error"
        self.rows.update((str(r["kind"]), str(r["status"])) for r in outcome.rows)

    @property
    def rate(self) -> float:
        return self.pairs / self.seconds if self.seconds > 0 else 0.0

    def render(self) -> str:
        from tabulate import tabulate

        statuses = [s for s in ("consistent", *FAILING, "review") if any(k[1] == s for k in self.rows)]
        kinds = sorted({kind for kind, _ in self.rows})
        body = [[kind, *(self.rows[(kind, s)] for s in statuses), sum(self.rows[(kind, s)] for s in statuses)]
                for kind in kinds]  # fmt: skip
        totals = [sum(self.rows[(k, s)] for k in kinds) for s in statuses]
        body.append(["all", *totals, sum(self.rows.values())])
        table = tabulate(body, headers=["kind", *statuses, "rows"], tablefmt="simple")
        per_core = self.rate / self.workers if self.workers else 0.0
        head = (f"{self.pairs} pairs, {self.flagged} flagged, {self.errors} unusable; "
                f"{self.seconds:.1f} s, {self.rate:.1f} pairs/s on {self.workers} "
                f"worker{'s' if self.workers != 1 else ''} ({per_core:.1f} pairs/s per worker)")  # fmt: skip
        return f"{table}\n\n{head}"


def report(jobs: list[Job], workers: int, fmt: str, out: TextIO, err: TextIO,
           progress: bool | None = None, timeout: float | None = None) -> Summary:  # fmt: skip
    """Run the jobs and write them out: a line per flagged or unusable pair, or JSON lines.

    The progress bar (tqdm) goes to `err` only when it is a terminal (`progress` None);
    with `--format jsonl` the closing table goes to `err` too, so `out` holds only JSON.
    """
    import json

    from tqdm import tqdm

    show = err.isatty() if progress is None else progress
    summary = Summary(workers)
    started = time.perf_counter()
    outcomes: Iterable[Outcome] = run(jobs, workers, timeout)
    with tqdm(total=len(jobs), unit="pair", file=err, disable=not show, dynamic_ncols=True) as bar:
        for outcome in outcomes:
            summary.add(outcome)
            bar.update()
            if fmt == "jsonl":
                out.write(json.dumps(outcome.as_dict(), ensure_ascii=False) + "\n")
                out.flush()
            elif outcome.status != "consistent":
                bar.write(_line(outcome), file=out)
    summary.seconds = time.perf_counter() - started
    print(summary.render(), file=err if fmt == "jsonl" else out)
    return summary


def _line(outcome: Outcome) -> str:
    if outcome.error is not None:
        return f"{outcome.id}: unusable: {outcome.error}"
    counts = Counter(str(r["status"]) for r in outcome.rows if r["status"] in FAILING)
    found = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    return f"{outcome.id}: {found}"


def main(pairs: Path | None, manifest: Path | None, fmt: str, input_format: str | None,
         workers: int | None, timeout: float | None = None) -> int:  # fmt: skip
    """`compare --pairs/--manifest`: exit 2 if any pair was unusable, else 1 if any flagged."""
    if pairs is not None:
        jobs = in_folder(pairs, input_format)
    else:
        jobs = from_manifest(Path(str(manifest)), input_format)
    summary = report(jobs, workers or default_workers(), fmt, sys.stdout, sys.stderr, timeout=timeout)
    return 2 if summary.errors else 1 if summary.flagged else 0
