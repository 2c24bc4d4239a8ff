"""Findings: the rows worth someone's attention, each placed on the seed lines it is about.

Every output that points into the seeds (annotations, SARIF, the HTML report) reads the
same findings, so a discrepancy has one rule id, one level and one place everywhere. A
claim row carries its `locations` (see `claim_locations`): the nearest thing seen where a
version broke comes first, because that is the line an edit changed; then every wording
found. Rows travel as plain dicts (from xdist workers too), so locations are dicts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

Row = dict[str, Any]

# Problems a row can have; one only fails where `table.failing` says so.
PROBLEMS = ("discrepancy", "missing", "stale", "unexplained", "unreviewed")
# The order findings go out in when there are too many to show: the worst first.
ORDER = {"discrepancy": 0, "stale": 1, "missing": 2, "only_en": 3, "only_vi": 3,
         "unexplained": 4, "unreviewed": 5, "review": 6}  # fmt: skip
LEVEL_ORDER = {"error": 0, "warning": 1, "note": 2}
COMPARE_LEVELS = {"discrepancy": "error", "only_en": "error", "only_vi": "error", "review": "note"}


@dataclass(frozen=True)
class Location:
    path: str  # the seed, as the user names it (relative to where crosscheck runs)
    line: int
    lang: str
    text: str  # what stands there, as written
    # Where `line` counts no lines (a translation unit, a Word paragraph): that position in
    # words ("unit intro-2"), and the file's line where the unit starts when it is known.
    place: str | None = None
    file_line: int | None = None


@dataclass(frozen=True)
class Finding:
    rule: str  # crosscheck/<kind>/<status>: stable across runs and versions
    kind: str
    status: str
    level: str  # error (fails), warning (severity = "warning" or not failing here), note
    title: str
    message: str
    locations: tuple[Location, ...]  # on the seeds; the first is where the problem shows
    claim_file: tuple[str, int] | None  # the claims file and the claim's line, when a claim
    fingerprint: str  # the same finding keeps it across runs, wherever its line moves

    @property
    def where(self) -> str:
        place = self.locations[0] if self.locations else None
        return f"{place.path}:{place.line}" if place else (f"{self.claim_file[0]}:{self.claim_file[1]}"
                                                           if self.claim_file else "")  # fmt: skip


def claim_locations(result: Any, seeds_shown: dict[str, str]) -> list[dict[str, Any]]:
    """Where a claim's result shows in the seeds, the problem first (a table row's `locations`)."""
    claim = result.claim
    langs = [claim.only] if claim.only else list(result.sides)
    first: list[dict[str, Any]] = []
    rest: list[dict[str, Any]] = []
    for lang in langs:
        side = result.sides[lang]
        if side.nearest_at is not None:
            line, text = side.nearest_at
            shown = seeds_shown[lang]
            first.append({"lang": lang, "path": shown, "line": line, "text": text, "role": "nearest"})
        rest += [{"lang": lang, "path": seeds_shown[lang], "line": line, "text": text, "role": "found"}
                 for text, line in zip(side.found, side.lines, strict=False)]  # fmt: skip
    return first + rest


def add_places(locations: Iterable[dict[str, Any]], docs: Mapping[str, Any]) -> None:
    """Name each location's position where it is no line of the file (`Location.place`)."""
    for loc in locations:
        doc = docs.get(str(loc["lang"]))
        if doc is None or getattr(doc, "unit", "line") == "line":
            continue
        loc["place"] = doc.where(int(loc["line"]))
        file_line = doc.file_line(int(loc["line"]))
        if file_line is not None:
            loc["file_line"] = file_line


def _located(loc: dict[str, Any]) -> Location:
    return Location(str(loc["path"]), int(loc["line"]), str(loc["lang"]), str(loc["text"]), loc.get("place"),
                    loc.get("file_line"))  # fmt: skip


def _fingerprint(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:32]


def _claim_file(where: str) -> tuple[str, int] | None:
    path, _, line = where.rpartition(":")
    return (path, int(line)) if path and line.isdigit() else None


def warnings(all_rows: Sequence[Row]) -> list[Row]:
    """Rows with a problem that do not fail: their claim or waiver says severity = "warning"."""
    return [r for r in all_rows if r["status"] in PROBLEMS and r.get("severity") == "warning"]


def from_rows(all_rows: Sequence[Row]) -> list[Finding]:
    """The findings of checked stories (table rows), the worst first."""
    from crosscheck.table import failing

    bad = {id(r) for r in failing(all_rows)}
    out = []
    for row in all_rows:
        status = row["status"]
        if id(row) not in bad and status not in PROBLEMS:
            continue
        level = "error" if id(row) in bad else "warning"
        locations = tuple(_located(loc) for loc in row.get("locations", ()))
        story = row.get("story", "")
        if row["claim"].startswith("coverage["):
            claim_file = None
            title = f"{row['kind']} {row['en'] or row['vi']!r} explained by no claim or waiver"
            message = f"{row['detail']}; add a claim, or a [[waiver]] with a reason, to the claims file"
            # Not the line: the same unexplained figure stays the same alert when text moves.
            fingerprint = _fingerprint(story, row["claim"], row["kind"], row["en"] or row["vi"])
        else:
            claim_file = _claim_file(str(row.get("where", "")))
            title = f"{row['claim']} [{row['kind']}] {status}"
            place = f"{claim_file[0]}:{claim_file[1]}: " if claim_file else ""
            message = f"{place}{row['claim']} [{row['kind']}] {status}: {row['detail']}"
            fingerprint = _fingerprint(story, row["claim"], row["kind"], status)
        if level == "warning" and row.get("severity") == "warning":
            message += ' (severity = "warning": shown, never failing)'
        out.append(Finding(f"crosscheck/{row['kind']}/{status}", row["kind"], status, level, title,
                           message, locations, claim_file, fingerprint))  # fmt: skip
    return sorted(out, key=_rank)


def from_comparison(compare_rows: Iterable[Row], paths: dict[str, str],
                    docs: Mapping[str, Any] | None = None) -> list[Finding]:  # fmt: skip
    """The findings of `compare` (its JSON rows), the worst first; `docs` name the positions
    of translation units and Word paragraphs (`add_places`)."""
    out = []
    seen: dict[str, int] = {}
    for row in compare_rows:
        status = row["status"]
        if status not in COMPARE_LEVELS:
            continue
        found = [{"path": paths[lang], "line": line, "lang": lang, "text": row[lang]}
                 for lang in ("en", "vi") if row.get(lang)
                 for line in row.get(f"{lang}_lines", ())]  # fmt: skip
        add_places(found, docs or {})
        locations = tuple(_located(loc) for loc in found)
        said = " / ".join(f"{lang}: {row[lang]}" for lang in ("en", "vi") if row.get(lang))
        title = f"{row['kind']} {status}"
        message = f"{row['kind']} {status}: {said}" + (f" ({row['note']})" if row.get("note") else "")
        key = _fingerprint(row["kind"], status, row.get("en_value"), row.get("vi_value"))
        seen[key] = seen.get(key, 0) + 1  # the same values twice are two alerts, each its own
        out.append(Finding(f"crosscheck/{row['kind']}/{status}", row["kind"], status, COMPARE_LEVELS[status],
                           title, message, locations, None, _fingerprint(key, seen[key])))  # fmt: skip
    return sorted(out, key=_rank)


def _rank(finding: Finding) -> tuple[int, int, str, int]:
    first = finding.locations[0] if finding.locations else None
    return (LEVEL_ORDER[finding.level], ORDER.get(finding.status, 9),
            first.path if first else "", first.line if first else 0)  # fmt: skip
