"""Every probe at once: `compare` on each file of `benchmarks/probe/*.jsonl`, beside the
figure it gave when it was first run, blind.

    python benchmarks/probes.py [--readme benchmarks/README.md]

A probe is read once, blind, before anything is fixed from it; that reading is kept
verbatim in `<probe>_first_reading.txt` (its last line, `probe: heldout false alarms
A/B ...`). After that, only its tune part is read and its classes fixed; the held-out
third is never read, so its figure today is still a fair measure of how the fixes carry
to text they were not made on. The table puts the two readings side by side, per probe
and split: faithful pairs with a false alarm, and slips caught.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from tabulate import tabulate

from probe import SPLITS, Tally, flagged_rows, read_pairs, split_of
from readme_section import write_run

PROBES = Path(__file__).resolve().parent / "probe"
HEADING = "## Probe: new genres written for the project"
_LAST_LINE = re.compile(
    r"probe: heldout false alarms (?P<hf>\d+)/(?P<hn>\d+) faithful pairs, "
    r"slips caught (?P<hc>\d+)/(?P<hs>\d+); "
    r"tune false alarms (?P<tf>\d+)/(?P<tn>\d+), slips caught (?P<tc>\d+)/(?P<ts>\d+)"
)


def first_reading(path: Path) -> dict[str, str]:
    """The blind figures of a probe's first reading, as "a/b" by split; empty if none."""
    reading = path.with_name(f"{path.stem}_first_reading.txt")
    found = _LAST_LINE.search(reading.read_text(encoding="utf-8")) if reading.exists() else None
    if found is None:
        return {}
    g = found.groupdict()
    return {
        "tune": f"{g['tf']}/{g['tn']}",
        "heldout": f"{g['hf']}/{g['hn']}",
        "slips": f"{int(g['tc']) + int(g['hc'])}/{int(g['ts']) + int(g['hs'])}",
    }


def today(path: Path) -> dict[str, Tally]:
    tallies = {split: Tally() for split in SPLITS}
    for pair in read_pairs(path):
        tallies[split_of(pair["id"])].add(pair["label"], flagged_rows(pair))
    return tallies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--readme", type=Path, help="write the table into this Markdown file")
    args = parser.parse_args(argv)
    rows = []
    totals = {split: [0, 0] for split in SPLITS}
    for path in sorted(PROBES.glob("*.jsonl")):
        blind, now = first_reading(path), today(path)
        tune, held = now["tune"], now["heldout"]
        for split in SPLITS:
            totals[split][0] += now[split].false_alarms
            totals[split][1] += now[split].faithful
        rows.append([
            path.stem,
            blind.get("tune", "—"), blind.get("heldout", "—"), blind.get("slips", "—"),
            f"{tune.false_alarms}/{tune.faithful}", f"{held.false_alarms}/{held.faithful}",
            f"{tune.caught + held.caught}/{tune.slips + held.slips}",
        ])  # fmt: skip
    headers = [
        "probe",
        "blind: tune",
        "blind: held out",
        "blind: slips",
        "now: tune",
        "now: held out",
        "now: slips",
    ]
    lines = tabulate(rows, headers=headers, tablefmt="github").splitlines()
    lines += [
        "",
        "false alarms are faithful pairs with a flag; 'blind' is the first reading, before any fix from it",
        "probes: now false alarms " + ", ".join(f"{split} {fa}/{n}" for split, (fa, n) in totals.items()),
    ]
    print("\n".join(lines))
    if args.readme:
        write_run(args.readme, "probes", "bench-probe", lines, heading=HEADING)
    return 0


if __name__ == "__main__":
    sys.exit(main())
