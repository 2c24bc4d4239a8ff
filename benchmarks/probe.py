"""`compare` on the probe: EN-VI paragraph pairs of new genres, written for the project.

    python benchmarks/probe.py [--list tune|heldout|all] [--pairs benchmarks/probe/pairs.jsonl]
                               [--readme benchmarks/README.md]

Each pair of `probe/pairs.jsonl` (see `probe/README.md`) is one paragraph in each language,
labelled "faithful" or "slip". A pair falls, by a hash of its id (`split_of`), in the held-out
third or in the tune part, once and for all: read the tune part's flags, fix their causes,
and report the held-out part before and after. For each split this prints the faithful
pairs with a flag (a row whose status is in FLAGGING: a false alarm, as the pair is
faithful), the slip pairs flagged (caught), and the flagged rows by status and kind.
`--list` first prints every flagged row of the chosen split, and every slip left uncaught.
The last line, for other tools, reads
`probe: heldout false alarms A/B faithful pairs, slips caught C/D; tune false alarms E/F, slips caught G/H`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from crosscheck.align import compare
from crosscheck.text import Document
from readme_section import write_run

PAIRS = Path(__file__).resolve().parent / "probe" / "pairs.jsonl"
SPLITS = ("tune", "heldout")
FLAGGING = {"discrepancy", "only_en", "only_vi"}  # "consistent" and "review" are no flag
HEADING = "## Probe: new genres written for the project"

Row = dict[str, object]
Pair = dict[str, str]


def split_of(pair_id: str) -> str:
    """ "heldout" for a fixed third of the pairs, "tune" for the rest."""
    digest = hashlib.sha256(f"probe/{pair_id}".encode()).hexdigest()
    return "heldout" if int(digest, 16) % 3 == 0 else "tune"


def read_pairs(path: Path) -> list[Pair]:
    pairs = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        pair = json.loads(line)
        missing = {"id", "genre", "en", "vi", "label"} - pair.keys()
        if missing or pair["label"] not in ("faithful", "slip"):
            raise SystemExit(f"{path}:{number}: needs id, genre, en, vi and label faithful or slip")
        pairs.append(pair)
    return pairs


def flagged_rows(pair: Pair) -> list[Row]:
    result = compare(Document.from_text(pair["en"], "en"), Document.from_text(pair["vi"], "vi"))
    return [r for r in (row.as_dict() for row in result.rows) if r["status"] in FLAGGING]


@dataclass
class Tally:
    faithful: int = 0
    false_alarms: int = 0  # faithful pairs with a flag
    slips: int = 0
    caught: int = 0  # slip pairs with a flag
    rows: Counter[tuple[str, str]] = field(default_factory=Counter)  # (status, kind) of flagged rows

    def add(self, label: str, rows: list[Row]) -> None:
        if label == "slip":
            self.slips, self.caught = self.slips + 1, self.caught + bool(rows)
        else:
            self.faithful, self.false_alarms = self.faithful + 1, self.false_alarms + bool(rows)
        self.rows.update((str(r["status"]), str(r["kind"])) for r in rows)

    def shares(self) -> str:
        alarms = 100 * self.false_alarms / max(self.faithful, 1)
        caught = 100 * self.caught / max(self.slips, 1)
        return (
            f"false alarms {self.false_alarms}/{self.faithful} faithful pairs ({alarms:.1f} %), "
            f"slips caught {self.caught}/{self.slips} ({caught:.0f} %)"
        )

    def lines(self, split: str) -> list[str]:
        out = [f"{split:7} {self.shares()}"]
        for status in sorted({s for s, _ in self.rows}):
            kinds = sorted((k, n) for (s, k), n in self.rows.items() if s == status)
            out.append(f"  {status:12} " + ", ".join(f"{k} {n}" for k, n in kinds))
        return out


def row_text(pair: Pair, split: str, r: Row) -> str:
    en_side = f"en {r['en']!r}" if r["en"] else "en —"
    vi_side = f"vi {r['vi']!r}" if r["vi"] else "vi —"
    return f"{split:7} {pair['id']:14} {pair['label']:8} {r['status']:12} {r['kind']:9} {en_side} | {vi_side}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--list", choices=(*SPLITS, "all"), help="print every flagged row of this split")
    parser.add_argument("--pairs", type=Path, default=PAIRS)
    parser.add_argument("--readme", type=Path, help="write the summary into this Markdown file")
    args = parser.parse_args(argv)
    tallies = {split: Tally() for split in SPLITS}
    listed: list[str] = []
    for pair in read_pairs(args.pairs):
        split, rows = split_of(pair["id"]), flagged_rows(pair)
        tallies[split].add(pair["label"], rows)
        if args.list in (split, "all"):
            listed += [row_text(pair, split, r) for r in rows]
            if pair["label"] == "slip" and not rows:
                listed.append(f"{split:7} {pair['id']:14} slip     missed: {pair.get('slip', '')}")
    lines = ['split: heldout when sha256("probe/<id>") % 3 == 0, else tune']
    for split in SPLITS:
        lines += tallies[split].lines(split)
    tune, held = tallies["tune"], tallies["heldout"]
    lines += [
        "",
        f"probe: heldout false alarms {held.false_alarms}/{held.faithful} faithful pairs, "
        f"slips caught {held.caught}/{held.slips}; tune false alarms {tune.false_alarms}/{tune.faithful}, "
        f"slips caught {tune.caught}/{tune.slips}",
    ]
    if args.list:
        print("\n".join([*listed, ""]))
    print("\n".join(lines))
    if args.readme:
        write_run(args.readme, "probe", "bench-probe", lines, heading=HEADING)
    return 0


if __name__ == "__main__":
    sys.exit(main())
