"""How well the gate judges: thousands of edits of the seed articles, each labelled as
meaning-changing or meaning-preserving, run through the checker in-process and through
translate-toolkit's pofilter numbers check on the same edits.

This module is the runner: it draws the edits (the operators, their labels and the noise
layered over them live in mutation_operators.py), judges each with crosscheck and with
pofilter, tallies the verdicts by operator, prints the table and the summary line, and
with --readme rewrites the mutations section of benchmarks/README.md.

pofilter needs sentence pairs, and the seeds are not sentence-aligned. The alignment is
built once from the unedited seeds (see `align`): each figure claim's English sentence
is paired with its Vietnamese sentence(s); every sentence left over is paired with the
counterpart sentence sharing the most claimed names, then the nearest by relative
position. pofilter's verdict on an edit is "flagged" when any pair whose sentence the
edit touches fails `StandardChecker().numbers(en_sentence, vi_sentence)`; untouched pairs
are not asked (so pofilter is not blamed for the seeds' own decimal commas elsewhere).

    python benchmarks/mutations.py --edits 10000 --seed 1 --readme benchmarks/README.md
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from mutation_operators import (
    CHANGING,
    CLAIMS,
    LANGS,
    OPERATORS,
    PRESERVING,
    Edit,
    Rep,
    Seeds,
    draw,
    edited_texts,
)
from readme_section import write_section

# --- judging: crosscheck in-process, pofilter on aligned sentence pairs ----------------

_STATE: dict[str, Any] = {}


def _init() -> None:
    from translate.filters import checks

    from crosscheck.claims import load
    from crosscheck.engine import Version, check
    from crosscheck.extract import extract
    from crosscheck.names import NameIndex
    from crosscheck.text import Document

    story = load(CLAIMS)
    seeds = Seeds.load()

    def version(text: str, lang: str) -> Version:
        doc = Document.from_text(text, lang, story.seeds_shown[lang])
        return Version(doc, extract(doc, story.dateline), NameIndex(doc))

    base = {lang: version(seeds.text[lang], lang) for lang in LANGS}
    report = check(story, dict(base))
    failing = [(r.claim.id, r.message) for r in report.results if r.failed]
    assert report.ok, f"the unedited seeds must pass: {failing} {report.unexplained}"
    _STATE.update(
        story=story,
        seeds=seeds,
        version=version,
        base=base,
        check=check,
        pairs=align(story, base),
        pofilter=checks.StandardChecker(),
        failure=checks.FilterFailure,
    )


def align(story: Any, base: dict[str, Any]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Sentence pairs (en span, vi span) of the unedited seeds.

    A figure claim stated in both versions pairs the sentence of each English mention
    with the sentence of each Vietnamese one (mentions as the engine assigns them). A
    sentence no such claim pairs goes with the counterpart sentence that shares most of
    its claimed names (then figure claims), ties broken by nearest relative position.
    """
    from crosscheck import engine

    spans: dict[str, list[tuple[int, int]]] = {}
    claims_in: dict[str, list[set[str]]] = {}
    for lang in LANGS:
        v = base[lang]
        starts = [*v.doc.sentence_starts, len(v.doc.text)]
        spans[lang] = [(s, e) for s, e in pairwise(starts) if v.doc.text[s:e].strip()]
        claims_in[lang] = [set() for _ in spans[lang]]

        def sentence(offset: int, lang: str = lang) -> int:
            return next(i for i, (s, e) in enumerate(spans[lang]) if s <= offset < e)

        slots = engine._slots(story, lang)
        for s, i in engine._assign(slots, v).items():
            claims_in[lang][sentence(v.mentions[i].start)].add(slots[s].claim.id)
        for claim in story.claims:
            if claim.is_name:
                for form in claim.wordings.get(lang, ()):
                    for o in v.names.find(form):
                        claims_in[lang][sentence(o.start)].add("name:" + claim.id)
    pairs = set()
    figure_claims = {c.id for c in story.claims if not c.is_name and not c.only}
    for cid in figure_claims:
        ens = [i for i, ids in enumerate(claims_in["en"]) if cid in ids]
        vis = [j for j, ids in enumerate(claims_in["vi"]) if cid in ids]
        pairs |= {(i, j) for i in ens for j in vis}
    for lang, other in (("en", "vi"), ("vi", "en")):
        paired = {p[0] if lang == "en" else p[1] for p in pairs}
        n, m = len(spans[lang]), len(spans[other])
        for i in range(n):
            if i in paired:
                continue
            j = max(
                range(m), key=lambda j: (len(claims_in[lang][i] & claims_in[other][j]), -abs(i / n - j / m))
            )
            pairs.add((i, j) if lang == "en" else (j, i))
    return [(spans["en"][i], spans["vi"][j]) for i, j in sorted(pairs)]


def _map(reps: list[Rep], p: int, side: str) -> int:
    shift = 0
    for r in sorted(reps, key=lambda r: (r.start, r.end)):
        if r.end < p or (r.end == p and r.start < p):
            shift += len(r.new) - (r.end - r.start)
        elif r.start == r.end == p:
            if side == "end":
                shift += len(r.new)
        elif r.start < p < r.end:
            return r.start + shift + (len(r.new) if side == "end" else 0)
    return p + shift


def pofilter_flags(
    pairs: list[tuple[tuple[int, int], tuple[int, int]]],
    base: dict[str, str],
    edit: Edit,
    checker: Any,
    failure: type[Exception],
) -> bool:
    """Whether pofilter's numbers check fails any sentence pair the edit touches."""
    texts = {**base, **edited_texts(base, edit)}
    by_lang = {lang: [r for r in edit.reps if r.lang == lang] for lang in LANGS}
    for en_span, vi_span in pairs:
        sides, touched = {}, False
        for lang, (s, e) in (("en", en_span), ("vi", vi_span)):
            reps = by_lang[lang]
            if any((r.start < e and r.end > s) or (r.start == r.end and s <= r.start < e) for r in reps):
                touched = True
            sides[lang] = texts[lang][_map(reps, s, "start") : _map(reps, e, "end")].strip()
        if touched:
            try:
                checker.numbers(sides["en"], sides["vi"])
            except failure:
                return True
    return False


def pofilter_on_seeds() -> tuple[int, int]:
    """How many aligned pairs of the unedited seeds pofilter's numbers check fails."""
    if not _STATE:
        _init()
    st = _STATE
    flagged = 0
    for (es, ee), (vs, ve) in st["pairs"]:
        try:
            st["pofilter"].numbers(
                st["seeds"].text["en"][es:ee].strip(), st["seeds"].text["vi"][vs:ve].strip()
            )
        except st["failure"]:
            flagged += 1
    return flagged, len(st["pairs"])


def judge(edit: Edit) -> tuple[bool, bool, str]:
    """(crosscheck fails, pofilter flags, error) for one edit."""
    st = _STATE
    texts = edited_texts(st["seeds"].text, edit)
    versions = dict(st["base"])
    error = ""
    try:
        for lang, text in texts.items():
            versions[lang] = st["version"](text, lang)
        failed = not st["check"](st["story"], versions).ok
    except Exception as exc:  # a crash fails the gate too; say so
        failed, error = True, f"{type(exc).__name__}: {exc}"
    flagged = pofilter_flags(st["pairs"], st["seeds"].text, edit, st["pofilter"], st["failure"])
    return failed, flagged, error


def run(edits: list[Edit], jobs: int) -> list[tuple[bool, bool, str]]:
    if jobs <= 1:
        _init()
        return [judge(e) for e in edits]
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(jobs, initializer=_init) as pool:
        return pool.map(judge, edits, chunksize=64)


# --- reporting -------------------------------------------------------------------------


@dataclass
class Tally:
    label: str
    edits: int = 0
    ours: int = 0  # crosscheck: caught (changing) or false alarms (preserving)
    theirs: int = 0  # pofilter: the same
    errors: int = 0


def tally(edits: list[Edit], results: list[tuple[bool, bool, str]]) -> dict[str, Tally]:
    rows: dict[str, Tally] = {name: Tally(label) for name, (label, _) in OPERATORS.items()}
    for e, (failed, flagged, error) in zip(edits, results, strict=True):
        t = rows[e.op]
        t.edits += 1
        t.ours += failed
        t.theirs += flagged
        t.errors += bool(error)
    return {k: v for k, v in rows.items() if v.edits}


def table(rows: dict[str, Tally]) -> str:
    from tabulate import tabulate

    def pct(n: int, d: int) -> str:
        return f"{n} ({100 * n / d:.1f} %)" if d else "0"

    body = []
    for name, t in rows.items():
        changing = t.label == CHANGING
        body.append(
            [
                name,
                t.label,
                t.edits,
                pct(t.ours, t.edits) if changing else "—",
                "—" if changing else pct(t.ours, t.edits),
                pct(t.theirs, t.edits) if changing else "—",
                "—" if changing else pct(t.theirs, t.edits),
            ]
        )
    headers = [
        "operator",
        "label",
        "edits",
        "caught",
        "false alarms",
        "pofilter caught",
        "pofilter false alarms",
    ]
    return tabulate(body, headers, tablefmt="github", disable_numparse=True)


def summary(rows: dict[str, Tally]) -> str:
    ch = [t for t in rows.values() if t.label == CHANGING]
    pr = [t for t in rows.values() if t.label == PRESERVING]
    y, b = sum(t.edits for t in ch), sum(t.edits for t in pr)
    x, a = sum(t.ours for t in ch), sum(t.ours for t in pr)
    x2, a2 = sum(t.theirs for t in ch), sum(t.theirs for t in pr)
    return (
        f"mutations: caught {x}/{y}, false alarms {a}/{b}; pofilter: caught {x2}/{y}, false alarms {a2}/{b}"
    )


def write_readme(path: Path, body: str) -> None:
    write_section(path, "mutations", body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--edits", type=int, default=10_000, help="how many edits (default 10000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    parser.add_argument("--misses", type=int, default=3, help="examples of misses shown per operator")
    parser.add_argument("--readme", type=Path, help="update this file's mutations section")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    seeds = Seeds.load()
    edits = draw(seeds, args.edits, args.seed)
    results = run(edits, args.jobs)
    rows = tally(edits, results)
    seconds = time.perf_counter() - started

    shown: dict[str, int] = defaultdict(int)
    for e, (failed, _, error) in zip(edits, results, strict=True):
        wrong = (not failed) if e.label == CHANGING else failed
        if wrong and shown[e.op] < args.misses:
            shown[e.op] += 1
            what = "missed" if e.label == CHANGING else "false alarm"
            print(f"{what} [{e.op}] {e.note}" + (f" ({error})" if error else ""))
    errors = sum(bool(r[2]) for r in results)
    base_flagged, base_pairs = pofilter_on_seeds()
    text = table(rows)
    line = summary(rows)
    print()
    print(text)
    notes = (
        f"{len(edits)} edits, seed {args.seed}, {seconds:.0f} s, {errors} crashes (counted as failures). "
        f"On the unedited seeds pofilter already fails {base_flagged} of the {base_pairs} aligned sentence "
        f"pairs (the Vietnamese decimal comma); crosscheck passes them."
    )
    print(f"\n{notes}")
    if args.readme:
        body = (
            f"## Judging: mutations of the seeds\n\n"
            f"`python benchmarks/mutations.py --edits {args.edits} --seed {args.seed}`, run "
            f"{dt.date.today().isoformat()}: {len(edits)} edits of the Việt Nam–Guangxi seeds; "
            f"crosscheck in-process, pofilter's numbers check on the aligned sentence pairs "
            f"each edit touches.\n\n"
            f"{text}\n\n{notes}\n\n`{line}`\n"
        )
        write_readme(args.readme, body)
    print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
