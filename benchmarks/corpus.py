"""`compare` on every document of a corpus of real translations, and `propose` on the seeds.

    python benchmarks/corpus.py ../shared/corpus/ntrex-en-vi-dev [--readme benchmarks/README.md]

Prints documents, mentions per language, rows by status, the documents with any flag
(each one listed with its rows, to be reviewed: a false alarm is fixed in the library, a
real slip of the translation goes in benchmarks/README.md), and throughput in documents
per second on one core, measured on a warm second pass (the first pays for loading CLDR
data, pint and the reading tables once). Then the share of the seed story's hand-written
claims (by kind and value) that `propose` reproduces.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from crosscheck import kinds
from crosscheck.align import PASSING, compare
from crosscheck.claims import load
from crosscheck.propose import find_dateline, propose
from crosscheck.seeds import read_seed
from crosscheck.text import Document
from readme_section import write_run

ROOT = Path(__file__).resolve().parents[1]


def documents(folder: Path) -> list[tuple[str, str, str]]:
    return [
        (d.name, (d / "en.txt").read_text(encoding="utf-8"), (d / "vi.txt").read_text(encoding="utf-8"))
        for d in sorted(folder.iterdir())
        if (d / "en.txt").exists() and (d / "vi.txt").exists()
    ]


def run_corpus(folder: Path) -> tuple[list[str], dict[str, object]]:
    docs = documents(folder)
    mentions: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    flagged: list[tuple[str, list[dict[str, object]]]] = []
    for name, en, vi in docs:
        result = compare(Document.from_text(en, "en"), Document.from_text(vi, "vi"))
        mentions.update(result.mentions)
        rows = [r.as_dict() for r in result.rows]
        statuses.update(str(r["status"]) for r in rows)
        bad = [r for r in rows if r["status"] not in PASSING]  # "review" rows never flag
        if bad:
            flagged.append((name, bad))
    start = time.process_time()
    for _, en, vi in docs:  # the warm pass, timed on CPU: one core's throughput
        compare(Document.from_text(en, "en"), Document.from_text(vi, "vi"))
    rate = len(docs) / max(time.process_time() - start, 1e-9)
    lines = [
        f"documents: {len(docs)}",
        f"mentions: en {mentions['en']}, vi {mentions['vi']}",
        "rows: " + ", ".join(f"{n} {s}" for s, n in sorted(statuses.items())),
        f"documents with any flag: {len(flagged)} of {len(docs)}",
        f"throughput: {rate:.0f} documents per second on one core (warm)",
    ]
    for name, bad in flagged:
        lines.append(f"  {name}")
        for r in bad:
            en_side = f"en {r['en_lines']} {r['en']!r}" if r["en"] else "en —"
            vi_side = f"vi {r['vi_lines']} {r['vi']!r}" if r["vi"] else "vi —"
            lines.append(f"    {r['status']:12} {r['kind']:9} {en_side} | {vi_side}")
    return lines, {"documents": len(docs), "flagged": len(flagged), "rate": rate}


def run_propose() -> list[str]:
    """How much of the hand-written seed claims a draft reproduces, by kind and value."""
    hand = load(ROOT / "claims" / "vietnam-guangxi.toml")
    with tempfile.TemporaryDirectory() as tmp:
        repo = Path(tmp)  # a scratch repository: the draft and copies of the seeds
        (repo / "pyproject.toml").write_text("")
        shutil.copytree(ROOT / "seeds", repo / "seeds")
        en = read_seed(
            repo / "seeds/vietnam-guangxi/en.txt", "en", str(repo / "seeds/vietnam-guangxi/en.txt")
        )
        vi = read_seed(
            repo / "seeds/vietnam-guangxi/vi.txt", "vi", str(repo / "seeds/vietnam-guangxi/vi.txt")
        )
        out = repo / "claims" / "draft.toml"
        out.parent.mkdir()
        out.write_text(propose(en, vi, find_dateline(en), out), encoding="utf-8")
        draft = load(out)
    by_family: Counter[tuple[str, bool]] = Counter()
    missed = []
    for claim in hand.claims:
        found = any(
            d.kind == claim.kind and kinds.equal(claim.kind, claim.value, d.value) for d in draft.claims
        )
        if not found and claim.is_name:  # a name counts whatever name kind the draft guessed
            found = any(d.is_name and kinds.equal(claim.kind, claim.value, d.value) for d in draft.claims)
        family = claim.kind in ("organization", "term")
        by_family[(str(family), found)] += 1
        if not found:
            missed.append(f"{claim.id} [{claim.kind}]")
    total = len(hand.claims)
    hit = total - len(missed)
    figures = by_family[("False", True)], by_family[("False", True)] + by_family[("False", False)]
    terms = by_family[("True", True)], by_family[("True", True)] + by_family[("True", False)]
    return [
        f"propose: reproduces {hit}/{total} hand-written claims ({hit / total:.0%}) by kind and value",
        f"  figures, dates, people and places: {figures[0]}/{figures[1]}",
        f"  organizations and terms: {terms[0]}/{terms[1]}",
        f"  missed: {', '.join(missed) or 'none'}",
    ]


def write_readme(path: Path, lines: list[str]) -> None:
    write_run(path, "corpus", "bench-corpus", lines, heading="## compare on real news (NTREX)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path, help="a folder of documents, each with en.txt and vi.txt")
    parser.add_argument("--readme", type=Path, help="write the figures into this Markdown file")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus.py: {args.corpus}: not a folder of documents", file=sys.stderr)
        return 2
    lines, _ = run_corpus(args.corpus)
    lines += ["", *run_propose()]
    print("\n".join(lines))
    if args.readme:
        write_readme(args.readme, lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
