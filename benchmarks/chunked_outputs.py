"""Reading in pieces (`chunked_reading`) against one whole reading, on real text.

    PYTHONPATH=src python benchmarks/chunked_outputs.py             # the figures, compared
    PYTHONHASHSEED=0 PYTHONPATH=src python benchmarks/chunked_outputs.py --dump > pieces.jsonl

The first form reads each of the 782 development versions (and the seeds) whole and then
cut at every cut `chunked_reading.cuts` finds, every piece on its own, and counts the
figures that differ and the pieces that fell back to the whole reading (a match across a
cut): both must be 0. The second prints `benchmarks/dump_outputs.py`'s lines (compare rows
and propose drafts) with every version's figures read that way: diff it against
dump_outputs.py's own output.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import dump_outputs
from crosscheck import align
from crosscheck.chunked_reading import cuts, plan, read_in_pieces, read_piece
from crosscheck.extract import extract
from crosscheck.kinds import Mention
from crosscheck.propose import find_dateline
from crosscheck.text import Document

ROOT = Path(__file__).resolve().parents[1]


def at_every_cut(doc: Document, dateline: date | None) -> list[Mention]:
    """`extract`, the text cut at every cut and each piece read on its own, in turn."""
    return read_in_pieces(doc, dateline, plan(doc.text, 2, cuts(doc.text)), 0, lambda: None)[0]


def versions() -> list[tuple[str, Document, date | None]]:
    found = []
    for folder in dump_outputs.folders(dump_outputs.SETS):
        docs = [
            Document.from_text((folder / f"{lang}.txt").read_text(encoding="utf-8"), lang)
            for lang in ("en", "vi")
        ]
        dateline = find_dateline(docs[0])
        found += [(f"{folder.parent.name}/{folder.name}/{d.lang}", d, dateline) for d in docs]
    for seed in sorted((ROOT / "seeds").glob("*/*.txt")):
        doc = Document.from_text(seed.read_text(encoding="utf-8"), seed.stem)
        found.append((f"seeds/{seed.parent.name}/{seed.name}", doc, find_dateline(doc)))
    return found


def compare_readings() -> int:
    counted = {"versions": 0, "cut": 0, "cuts": 0, "figures": 0, "differ": 0, "fell back": 0}
    for name, doc, dateline in versions():
        at = cuts(doc.text)
        whole = extract(doc, dateline)
        pieces = plan(doc.text, 2, at)
        fell_back = any(read_piece(doc.text, doc.lang, dateline, p) is None for p in pieces)
        differ = at_every_cut(doc, dateline) != whole
        counted["versions"] += 1
        counted["cut"] += bool(at)
        counted["cuts"] += len(at)
        counted["figures"] += len(whole)
        counted["differ"] += differ
        counted["fell back"] += fell_back
        if differ or fell_back:
            print(f"{name}: {'differs' if differ else ''} {'fell back' if fell_back else ''}", flush=True)
    print(", ".join(f"{k} {v}" for k, v in counted.items()))
    return 1 if counted["differ"] or counted["fell back"] else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dump", action="store_true", help="dump_outputs.py's lines, read in pieces")
    args = parser.parse_args()
    if not args.dump:
        return compare_readings()
    setattr(align, "extract", at_every_cut)  # noqa: B010  (compare and propose read through it)
    for folder in dump_outputs.folders(dump_outputs.SETS):
        line = dump_outputs.dump(folder, True)
        print(json.dumps(line, ensure_ascii=False, default=str, sort_keys=True), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
