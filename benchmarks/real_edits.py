"""Edits injected into real translations: does `compare` catch a changed figure, and keep
quiet on a rewrite that keeps it? With pofilter's numbers check beside it.

    python benchmarks/real_edits.py [--edits 10000] [--seed 1] [--jobs 2] [--show 15]
                                    [--corpus-root ../shared/corpus] [--readme benchmarks/README.md]

Over every document of ntrex-en-vi-dev, flores200-en-vi-devtest and xquad-en-vi, the
operators of edit_operators.py find figures in the raw text of one version (en and vi in
turn) and change them (a digit, a scale word, a month, a weekday, a year, a qualifier, a
dropped percentage: must be caught) or rewrite them keeping the value (tỷ/tỉ, nghìn/ngàn,
% spelled out, word months, no-break spaces, NFD, small number words: must not be
flagged). An edit of a line that the unedited pair already flags is not drawn, so the
corpus's own flags never count. The draw takes the same number of edits from every
(document, operator) pool, up to a cap that reaches --edits.

crosscheck: an edit is caught (or, if preserving, a false alarm) when `compare` on the
edited pair has a flagged row (status in reach.FLAGGING) that the unedited pair has not,
rows compared as (kind, status, en, vi) in NFC, with multiplicity. A crash counts as a
flag and is reported. pofilter: `mutations.pofilter_flags` on the aligned line pair the
edit touches (the paragraph pair in XQuAD), flagged when it fails on the edited pair and
passed on the unedited one. Results by operator, and by split (reach.split_of).
"""

from __future__ import annotations

import argparse
import datetime
import multiprocessing
import random
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus import ROOT, documents
from edit_operators import OPERATORS
from mutation_operators import CHANGING, PRESERVING, Edit, Rep, apply
from mutations import Tally, pofilter_flags, table
from reach import CORPORA, FLAGGING, SPLITS, split_of
from readme_section import write_section

HEADING = "## Judging: edits injected into the three development sets"
LANGS = ("en", "vi")
Key = tuple[str, str, str, str]  # kind, status, en, vi
Span = tuple[int, int]


@dataclass(frozen=True)
class Doc:
    corpus: str
    name: str
    text: dict[str, str]

    @property
    def split(self) -> str:
        return split_of(self.corpus, self.name)

    def pairs(self) -> list[tuple[Span, Span]]:
        """Aligned (en, vi) spans: line N with line N, or paragraph N with paragraph N in XQuAD."""
        sep = r"\n\s*\n" if self.corpus.startswith("xquad") else r"\n"
        spans = {}
        for lang in LANGS:
            text, pos, out = self.text[lang], 0, []
            for m in [*re.finditer(sep, text), None]:
                end = m.start() if m else len(text)
                out.append((pos, end))
                pos = m.end() if m else pos
            spans[lang] = out
        return list(zip(spans["en"], spans["vi"], strict=False))


@dataclass
class Baseline:
    keys: Counter[Key] = field(default_factory=Counter)
    lines: dict[str, set[int]] = field(default_factory=lambda: {lang: set() for lang in LANGS})


@dataclass(frozen=True)
class Outcome:
    flagged: bool  # crosscheck: a new flagged row (or a crash)
    row: dict[str, Any] | None  # the first new flagged row
    error: str
    pofilter: bool  # pofilter fails the edited pair ...
    pofilter_before: bool  # ... and the unedited one


def flagged_rows(doc_text: dict[str, str]) -> list[dict[str, Any]]:
    from crosscheck.align import compare
    from crosscheck.text import Document

    result = compare(Document.from_text(doc_text["en"], "en"), Document.from_text(doc_text["vi"], "vi"))
    return [r for r in (row.as_dict() for row in result.rows) if r["status"] in FLAGGING]


def key(row: dict[str, Any]) -> Key:
    nfc = [unicodedata.normalize("NFC", str(row[k] or "")) for k in ("en", "vi")]
    return str(row["kind"]), str(row["status"]), nfc[0], nfc[1]


def baseline(doc: Doc) -> Baseline:
    base = Baseline()
    for row in flagged_rows(doc.text):
        base.keys[key(row)] += 1
        for lang in LANGS:
            base.lines[lang].update(row[f"{lang}_lines"] or ())
    return base


def lines_of(text: str, rep: Rep) -> set[int]:
    first = text.count("\n", 0, rep.start) + 1
    return set(range(first, first + text.count("\n", rep.start, rep.end) + 1))


def candidates(doc: Doc, base: Baseline) -> dict[str, dict[str, list[Edit]]]:
    """op -> lang -> the edits outside the aligned pairs the baseline flags (a flagged row on
    the edited line, or on its counterpart: the figure there was not found consistent). NFD
    rewrites the whole version, compared in NFC, so it is never skipped."""
    blocked: dict[str, list[Span]] = {lang: [] for lang in LANGS}
    for spans in doc.pairs():
        reps = [Rep(lang, s, e, "") for lang, (s, e) in zip(LANGS, spans, strict=True)]
        if any(lines_of(doc.text[r.lang], r) & base.lines[r.lang] for r in reps):
            for lang, span in zip(LANGS, spans, strict=True):
                blocked[lang].append(span)
    out: dict[str, dict[str, list[Edit]]] = {op: {lang: [] for lang in LANGS} for op in OPERATORS}
    for op, (_, fn) in OPERATORS.items():
        for lang in LANGS:
            for edit in fn(doc.text[lang], lang):
                hit = any(s <= r.start <= e or s <= r.end <= e for r in edit.reps for s, e in blocked[lang])
                if op == "NFD" or not hit:
                    out[op][lang].append(edit)
    return out


def draw(pools: dict[tuple[int, str], list[Edit]], total: int, seed: int) -> list[tuple[int, Edit]]:
    """The same number of edits from every (document, operator) pool: all of the pools'
    first k-1 and a random share of their k-th, k the smallest cap that reaches `total`."""
    rng = random.Random(seed)
    cap = 0
    while sum(min(cap, len(p)) for p in pools.values()) < total and any(len(p) > cap for p in pools.values()):
        cap += 1
    chosen = [(i, e) for (i, _), p in pools.items() for e in p[: max(cap - 1, 0)]]
    layer = [(i, p[cap - 1]) for (i, _), p in pools.items() if cap and len(p) >= cap]
    chosen += rng.sample(layer, min(len(layer), max(total - len(chosen), 0)))
    return sorted(chosen, key=lambda ie: ie[0])


def interleave(by_lang: dict[str, list[Edit]], rng: random.Random) -> list[Edit]:
    """en, vi, en, vi ... each language shuffled: edits alternate between the versions."""
    lists = [rng.sample(by_lang[lang], len(by_lang[lang])) for lang in LANGS]
    if rng.random() < 0.5:
        lists.reverse()
    out = []
    for i in range(max(map(len, lists))):
        out += [x[i] for x in lists if i < len(x)]
    return out


def judge(doc: Doc, base: Baseline, edit: Edit, checker: Any = None) -> Outcome:
    from translate.filters import checks

    checker = checker or checks.StandardChecker()
    texts = {
        **doc.text,
        **{lang: apply(doc.text[lang], [r for r in edit.reps if r.lang == lang]) for lang in edit.langs},
    }
    row, error = None, ""
    try:
        new: Counter[Key] = Counter()
        rows = flagged_rows(texts)
        for r in rows:
            new[key(r)] += 1
        extra = new - base.keys
        if extra:
            row = next(r for r in rows if key(r) in extra)
    except Exception as exc:  # a crash is a flag too; say so
        error = f"{type(exc).__name__}: {exc}"
    pairs = doc.pairs()
    same = Edit(
        edit.op,
        edit.label,
        tuple(Rep(r.lang, r.start, r.end, doc.text[r.lang][r.start : r.end]) for r in edit.reps),
        "",
    )
    return Outcome(
        flagged=bool(row or error),
        row=row,
        error=error,
        pofilter=pofilter_flags(pairs, doc.text, edit, checker, checks.FilterFailure),
        pofilter_before=pofilter_flags(pairs, doc.text, same, checker, checks.FilterFailure),
    )


def _baseline_job(doc: Doc) -> Baseline:
    return baseline(doc)


def _judge_job(job: tuple[Doc, Baseline, list[Edit]]) -> list[Outcome]:
    from translate.filters import checks

    doc, base, edits = job
    checker = checks.StandardChecker()
    return [judge(doc, base, e, checker) for e in edits]


def _map(fn: Any, items: list[Any], jobs: int) -> list[Any]:
    if jobs <= 1:
        return [fn(x) for x in items]
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        return pool.map(fn, items, chunksize=1)


@dataclass
class Run:
    docs: list[Doc]
    edits: list[tuple[int, Edit]]  # (document index, edit)
    outcomes: list[Outcome]
    seconds: float = 0.0


def run(docs: list[Doc], total: int, seed: int, jobs: int) -> Run:
    started = time.perf_counter()
    bases = _map(_baseline_job, docs, jobs)
    rng = random.Random(seed)
    pools = {}
    for i, (doc, base) in enumerate(zip(docs, bases, strict=True)):
        for op, by_lang in candidates(doc, base).items():
            pools[i, op] = interleave(by_lang, rng)
    edits = draw(pools, total, seed)
    by_doc: dict[int, list[Edit]] = defaultdict(list)
    for i, e in edits:
        by_doc[i].append(e)
    order = sorted(by_doc, key=lambda i: -len(by_doc[i]) * len(docs[i].text["en"]))  # longest jobs first
    results = _map(_judge_job, [(docs[i], bases[i], by_doc[i]) for i in order], jobs)
    outcome = dict(zip(order, results, strict=True))
    flat = [(i, e) for i in sorted(by_doc) for e in by_doc[i]]
    outs = [o for i in sorted(by_doc) for o in outcome[i]]
    return Run(docs, flat, outs, time.perf_counter() - started)


# --- reporting -------------------------------------------------------------------------


def caught(o: Outcome) -> tuple[bool, bool]:
    """(crosscheck, pofilter) flag the edit anew."""
    return o.flagged, o.pofilter and not o.pofilter_before


def tallies(result: Run) -> tuple[dict[str, Tally], dict[str, dict[str, Tally]]]:
    ops = {op: Tally(label) for op, (label, _) in OPERATORS.items()}
    splits = {s: {CHANGING: Tally(CHANGING), PRESERVING: Tally(PRESERVING)} for s in SPLITS}
    for (i, e), o in zip(result.edits, result.outcomes, strict=True):
        ours, theirs = caught(o)
        for t in (ops[e.op], splits[result.docs[i].split][e.label]):
            t.edits += 1
            t.ours += ours
            t.theirs += theirs
            t.errors += bool(o.error)
    ordered = sorted(ops.items(), key=lambda kv: kv[1].label != CHANGING)
    return {k: v for k, v in ordered if v.edits}, splits


def split_table(splits: dict[str, dict[str, Tally]]) -> str:
    from tabulate import tabulate

    body = []
    for split, t in splits.items():
        ch, pr = t[CHANGING], t[PRESERVING]
        body.append(
            [
                split,
                _share(ch.ours, ch.edits),
                _share(pr.ours, pr.edits),
                _share(ch.theirs, ch.edits),
                _share(pr.theirs, pr.edits),
            ]
        )
    headers = ["split", "caught", "false alarms", "pofilter caught", "pofilter false alarms"]
    return tabulate(body, headers, tablefmt="github", disable_numparse=True)


def _share(n: int, d: int) -> str:
    return f"{n}/{d} ({100 * n / d if d else 0:.1f} %)"


def summary(rows: Iterable[Tally]) -> str:
    rows = list(rows)
    ch = [t for t in rows if t.label == CHANGING]
    pr = [t for t in rows if t.label == PRESERVING]
    y, b = sum(t.edits for t in ch), sum(t.edits for t in pr)
    x, a = sum(t.ours for t in ch), sum(t.ours for t in pr)
    c, d = sum(t.theirs for t in ch), sum(t.theirs for t in pr)
    return (
        f"real edits: caught {_share(x, y)}, false alarms {_share(a, b)}; "
        f"pofilter: caught {c}/{y}, false alarms {d}/{b}"
    )


def snippet(doc: Doc, edit: Edit, width: int = 30) -> str:
    r = edit.reps[0]
    text = doc.text[r.lang]
    if edit.op == "NFD":
        return f"{r.lang}: {edit.note}"
    before = text[max(0, r.start - width) : r.start].split("\n")[-1]
    after = text[r.end : r.end + width].split("\n")[0]
    return f"{r.lang} l.{lines_of(text, r).pop()}: …{before}«{text[r.start : r.end]}→{r.new}»{after}…"


def show_row(row: dict[str, Any] | None, error: str) -> str:
    if error:
        return f"crash {error}"
    assert row is not None
    sides = [f"{lang} {row[lang]!r} {row[f'{lang}_lines']}" for lang in LANGS]
    return f"{row['status']} {row['kind']} {sides[0]} | {sides[1]}"


def examples(result: Run, count: int, seed: int) -> list[str]:
    """The most common false alarms (grouped by operator, rewrite and new row) and a spread
    of missed changes (operators in turn)."""
    groups: dict[tuple[str, ...], list[tuple[Doc, Edit, Outcome]]] = defaultdict(list)
    missed: dict[str, list[tuple[Doc, Edit, Outcome]]] = defaultdict(list)
    for (i, e), o in zip(result.edits, result.outcomes, strict=True):
        doc = result.docs[i]
        if e.label == PRESERVING and o.flagged:
            what = (o.row["status"], o.row["kind"]) if o.row else ("crash", "")
            groups[(e.op, e.note if e.op != "NFD" else "", *what)].append((doc, e, o))
        elif e.label == CHANGING and not o.flagged:
            missed[e.op].append((doc, e, o))
    lines = [f"false alarms, most common first ({sum(map(len, groups.values()))} in all):"]
    for (op, _, *_), items in sorted(groups.items(), key=lambda kv: -len(kv[1]))[:count]:
        doc, e, o = items[0]
        lines.append(f"  {len(items)}× [{op}] {doc.corpus}/{doc.name} {snippet(doc, e)}")
        lines.append(f"      new: {show_row(o.row, o.error)}")
    rng = random.Random(seed)
    for items in missed.values():
        rng.shuffle(items)
    longest = max(map(len, missed.values()), default=0)
    spread = [v[k] for k in range(longest) for v in missed.values() if k < len(v)]
    lines.append(f"missed changes ({sum(map(len, missed.values()))} in all), operators in turn:")
    for doc, e, _ in spread[:count]:
        lines.append(f"  [{e.op}] {doc.corpus}/{doc.name} {snippet(doc, e)}")
    return lines


def report(result: Run, seed: int) -> tuple[str, str, str, str]:
    ops, splits = tallies(result)
    crashes = sum(bool(o.error) for o in result.outcomes)
    already = sum(o.pofilter_before for o in result.outcomes)
    notes = (
        f"{len(result.edits)} edits over {len({i for i, _ in result.edits})} of {len(result.docs)} docs, "
        f"seed {seed}, {result.seconds:.0f} s; {crashes} crashes (counted as flags). pofilter already "
        f"fails the unedited line pair of {already} edits (it cannot flag those anew)."
    )
    return table(ops), split_table(splits), notes, summary(ops.values())


def load(root: Path) -> list[Doc]:
    return [Doc(c, n, {"en": en, "vi": vi}) for c in CORPORA for n, en, vi in documents(root / c)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--edits", type=int, default=10_000, help="how many edits (default 10000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--show", type=int, default=15, help="false alarms and misses listed (default 15)")
    parser.add_argument("--corpus-root", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--readme", type=Path, help="write the tables into this Markdown file")
    args = parser.parse_args(argv)
    missing = [c for c in CORPORA if not (args.corpus_root / c).is_dir()]
    if missing:
        print(f"real_edits.py: no {', '.join(missing)} in {args.corpus_root}", file=sys.stderr)
        return 2
    result = run(load(args.corpus_root), args.edits, args.seed, args.jobs)
    ops_table, splits, notes, line = report(result, args.seed)
    if args.show:
        print("\n".join([*examples(result, args.show, args.seed), ""]))
    print(f"{ops_table}\n\n{splits}\n\n{notes}")
    if args.readme:
        body = (
            f"_Run {datetime.date.today().isoformat()}: `make bench-edits` "
            f"(`python benchmarks/real_edits.py --edits {args.edits} --seed {args.seed}`)_\n\n"
            f"{ops_table}\n\nBy split (reach.split_of):\n\n{splits}\n\n{notes}\n\n`{line}`"
        )
        write_section(args.readme, "real-edits", body, heading=HEADING)
    print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
