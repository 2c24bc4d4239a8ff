"""`compare` on the three development sets, on a fixed split into a tune part and an unseen part.

    python benchmarks/reach.py [--list tune|unseen|all] [--corpus-root ../shared/corpus]
                               [--readme benchmarks/README.md]

Every document of ntrex-en-vi-dev, flores200-en-vi-devtest and xquad-en-vi falls, by a
hash of "corpus/document" (`split_of`), in the unseen third or in the tune part, once and
for all: tune on the one, report both. For each set and each split this prints the
documents, the documents with a flag (a row whose status is in FLAGGING) and the flagged
rows by status and kind; for each set, its throughput in documents per second on one core
(a warm second pass over the whole set, timed on CPU as in corpus.py); then the totals
over the three sets. `--list` first prints every flagged row of the chosen split. The last
line, for other tools, reads `reach: unseen flagged A/B docs (P %), tune flagged C/D docs (Q %)`.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from corpus import ROOT, documents
from crosscheck.align import compare
from crosscheck.text import Document
from readme_section import write_run

CORPORA = ("ntrex-en-vi-dev", "flores200-en-vi-devtest", "xquad-en-vi")
SPLITS = ("tune", "unseen")
FLAGGING = {"discrepancy", "only_en", "only_vi"}  # "consistent" (or a future "review") is no flag
HEADING = "## compare on three development sets (NTREX, FLORES-200, XQuAD)"

Row = dict[str, object]


def split_of(corpus: str, doc: str) -> str:
    """ "unseen" for a fixed third of the documents, "tune" for the rest."""
    digest = hashlib.sha256(f"{corpus}/{doc}".encode()).hexdigest()
    return "unseen" if int(digest, 16) % 3 == 0 else "tune"


def flags(rows: list[Row]) -> list[Row]:
    return [r for r in rows if r["status"] in FLAGGING]


@dataclass
class Tally:
    docs: int = 0
    flagged: int = 0
    rows: Counter[tuple[str, str]] = field(default_factory=Counter)  # (status, kind) of flagged rows

    def add(self, flagged_rows: list[Row]) -> None:
        self.docs += 1
        self.flagged += bool(flagged_rows)
        self.rows.update((str(r["status"]), str(r["kind"])) for r in flagged_rows)

    def __iadd__(self, other: Tally) -> Tally:
        self.docs, self.flagged = self.docs + other.docs, self.flagged + other.flagged
        self.rows.update(other.rows)
        return self

    def share(self) -> str:
        return f"{self.flagged}/{self.docs} docs ({100 * self.flagged / max(self.docs, 1):.1f} %)"

    def lines(self, split: str) -> list[str]:
        out = [f"  {split:7} flagged {self.share()}"]
        for status in sorted({s for s, _ in self.rows}):
            kinds = sorted((k, n) for (s, k), n in self.rows.items() if s == status)
            out.append(f"    {status:12} " + ", ".join(f"{k} {n}" for k, n in kinds))
        return out


@dataclass
class Report:
    tallies: dict[tuple[str, str], Tally] = field(default_factory=dict)  # (corpus, split)
    seconds: dict[str, float] = field(default_factory=dict)  # CPU time of each set's warm pass
    listed: list[tuple[str, str, str, Row]] = field(default_factory=list)  # split, corpus, doc, row


def run(root: Path, corpora: tuple[str, ...]) -> Report:
    report = Report()
    for corpus in corpora:
        docs = documents(root / corpus)
        for split in SPLITS:
            report.tallies[corpus, split] = Tally()
        for name, en, vi in docs:
            result = compare(Document.from_text(en, "en"), Document.from_text(vi, "vi"))
            split, flagged_rows = split_of(corpus, name), flags([r.as_dict() for r in result.rows])
            report.tallies[corpus, split].add(flagged_rows)
            report.listed += [(split, corpus, name, r) for r in flagged_rows]
        start = time.process_time()
        for _, en, vi in docs:  # the warm pass: one core's throughput on the whole set
            compare(Document.from_text(en, "en"), Document.from_text(vi, "vi"))
        report.seconds[corpus] = time.process_time() - start
    return report


def summary(report: Report, corpora: tuple[str, ...]) -> list[str]:
    totals = {split: Tally() for split in SPLITS}
    for (_, split), tally in report.tallies.items():
        totals[split] += tally
    blocks = [(c, {s: report.tallies[c, s] for s in SPLITS}, report.seconds[c]) for c in corpora]
    blocks.append((f"all {len(corpora)} sets", totals, sum(report.seconds.values())))
    lines = ['split: unseen when sha256("corpus/document") % 3 == 0, else tune']
    for label, tallies, seconds in blocks:
        docs = sum(t.docs for t in tallies.values())
        rate = docs / max(seconds, 1e-9)
        lines.append(f"{label}: {docs} documents, {rate:.0f} documents per second on one core (warm)")
        for split in SPLITS:
            lines += tallies[split].lines(split)
    unseen, tune = totals["unseen"], totals["tune"]
    return [*lines, "", f"reach: unseen flagged {unseen.share()}, tune flagged {tune.share()}"]


def listing(report: Report, which: str) -> list[str]:
    lines = []
    for split, corpus, doc, r in report.listed:
        if which in (split, "all"):
            en_side = f"en {r['en_lines']} {r['en']!r}" if r["en"] else "en —"
            vi_side = f"vi {r['vi_lines']} {r['vi']!r}" if r["vi"] else "vi —"
            lines.append(f"{split:6} {corpus}/{doc}  {r['status']:12} {r['kind']:9} {en_side} | {vi_side}")
    return lines


def write_readme(path: Path, lines: list[str]) -> None:
    write_run(path, "reach", "bench-reach", lines, heading=HEADING)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--list", choices=(*SPLITS, "all"), help="print every flagged row of this split")
    parser.add_argument("--corpus-root", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--readme", type=Path, help="write the summary into this Markdown file")
    args = parser.parse_args(argv)
    missing = [c for c in CORPORA if not (args.corpus_root / c).is_dir()]
    if missing:
        print(f"reach.py: no {', '.join(missing)} in {args.corpus_root}", file=sys.stderr)
        return 2
    report = run(args.corpus_root, CORPORA)
    lines = summary(report, CORPORA)
    if args.list:
        print("\n".join([*listing(report, args.list), ""]))
    print("\n".join(lines))
    if args.readme:
        write_readme(args.readme, lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
