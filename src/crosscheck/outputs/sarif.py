"""SARIF 2.1.0: findings for a code-scanning tab, where an alert can block a pull request
and be dismissed.

One rule per kind and status (``crosscheck/money/discrepancy``), so a rule id never
changes between runs; each result is placed on its seed line, the claim's own line
as a related location, and carries a partial fingerprint that leaves out the line, so an
alert keeps its identity (and its dismissal) when the text around it moves.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any

from crosscheck import __version__
from crosscheck.outputs.findings import Finding

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT = "crosscheckFinding/v1"
HELP = {
    "discrepancy": "The two versions state this fact with different values.",
    "missing": "A version does not state this fact at all.",
    "stale": "A waiver or one-sided claim covers words that have since changed; re-read them.",
    "unexplained": "A figure or name no claim or waiver explains.",
    "unreviewed": "A drafted claim nobody has reviewed yet.",
    "only_en": "A figure only the English version states.",
    "only_vi": "A figure only the Vietnamese version states.",
    "review": "A reading too weak to flag; worth a look.",
}


def _uri(path: str) -> str:
    return PurePath(path).as_posix()


def _location(path: str, line: int, text: str | None = None, message: str | None = None,
              place: str | None = None, file_line: int | None = None) -> dict[str, Any]:  # fmt: skip
    """A SARIF location. A translation unit or a Word paragraph (`place`) is no line of its
    file: it is named as a logical location ("intro-2"), and placed on the file's line
    where the unit starts when that is known, else on the file as a whole."""
    artifact = {"uri": _uri(path), "uriBaseId": "SRCROOT"}
    physical: dict[str, Any] = {"artifactLocation": artifact}
    start = line if place is None else file_line
    if start is not None:
        physical["region"] = {"startLine": max(1, start)}
        if text:
            physical["region"]["snippet"] = {"text": text}
    out: dict[str, Any] = {"physicalLocation": physical}
    if place is not None:
        kind, _, name = place.partition(" ")
        out["logicalLocations"] = [{"name": name, "fullyQualifiedName": f"{_uri(path)}#{kind}={name}",
                                    "kind": "element"}]  # fmt: skip
    if message:
        out["message"] = {"text": message}
    return out


def log(findings: Sequence[Finding]) -> dict[str, Any]:
    """The SARIF log of one run."""
    rules: dict[str, int] = {}
    rule_list: list[dict[str, Any]] = []
    results = []
    for f in findings:
        if f.rule not in rules:
            rules[f.rule] = len(rule_list)
            rule_list.append({
                "id": f.rule,
                "name": "".join(p.title() for p in f"{f.kind}-{f.status}".replace("_", "-").split("-")),
                "shortDescription": {"text": f"{f.kind}: {f.status.replace('_', ' ')}"},
                "fullDescription": {"text": HELP.get(f.status, f.status)},
                "defaultConfiguration": {"level": "error" if f.level == "error" else f.level},
                "properties": {"tags": ["translation", "consistency", f.kind]},
            })  # fmt: skip
        locations = [_location(p.path, p.line, p.text, None, p.place, p.file_line) for p in f.locations[:1]]
        related = [_location(p.path, p.line, p.text, f"{p.lang}{' ' + p.place if p.place else ''}: {p.text}",
                             p.place, p.file_line) for p in f.locations[1:]]  # fmt: skip
        if f.claim_file:
            related.append(_location(f.claim_file[0], f.claim_file[1], None, "the claim"))
            if not locations:  # a claim nothing in the seeds matches: its own line, then
                locations, related = [related[-1]], related[:-1]
        for i, r in enumerate(related):
            r["id"] = i
        result: dict[str, Any] = {
            "ruleId": f.rule,
            "ruleIndex": rules[f.rule],
            "level": f.level,
            "message": {"text": f.message},
            "locations": locations,
            "partialFingerprints": {FINGERPRINT: f.fingerprint},
        }
        if related:
            result["relatedLocations"] = related
        results.append(result)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "crosscheck", "version": __version__, "semanticVersion": __version__,
                                "rules": rule_list}},
            "originalUriBaseIds": {"SRCROOT": {"description": {"text": "where crosscheck ran"}}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }  # fmt: skip


def render(findings: Sequence[Finding]) -> str:
    return json.dumps(log(findings), ensure_ascii=False, indent=2)
