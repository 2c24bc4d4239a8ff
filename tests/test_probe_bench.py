"""benchmarks/probe.py: the fixed split, the pairs file it reads, and what it counts."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _probe() -> ModuleType:
    if str(BENCHMARKS) not in sys.path:  # the script imports readme_section beside it
        sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location("probe_bench", BENCHMARKS / "probe.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["probe_bench"] = module  # (its dataclasses look their module up by name)
    spec.loader.exec_module(module)
    return module


probe = _probe()


def test_the_split_is_fixed_and_about_a_third() -> None:
    ids = [f"genre-{i:03d}" for i in range(3000)]
    splits = [probe.split_of(i) for i in ids]
    assert splits == [probe.split_of(i) for i in ids]
    assert 0.28 < splits.count("heldout") / len(splits) < 0.39


def test_the_pairs_file_is_complete_and_labelled() -> None:
    pairs = probe.read_pairs(probe.PAIRS)
    assert len(pairs) >= 200
    assert len({p["id"] for p in pairs}) == len(pairs)
    slips = [p for p in pairs if p["label"] == "slip"]
    assert 0.08 < len(slips) / len(pairs) < 0.15
    assert all(p["slip"] for p in slips)  # every slip says what changed
    assert {"heldout", "tune"} == {probe.split_of(p["id"]) for p in pairs}


def test_a_pair_without_a_label_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "pairs.jsonl"
    path.write_text(json.dumps({"id": "x-01", "genre": "x", "en": "a", "vi": "b"}) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"pairs.jsonl:1: needs id, genre, en, vi and label"):
        probe.read_pairs(path)


def test_a_faithful_flag_is_a_false_alarm_and_a_flagged_slip_is_caught(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def pair(number: int, vi: str, label: str) -> dict[str, str]:
        row = {"id": f"a-{number:02d}", "genre": "a", "en": "It cost $5 million.", "vi": vi, "label": label}
        return row | ({"slip": "5 against 6"} if label == "slip" else {})

    rows = [
        pair(1, "Nó có giá 5 triệu USD.", "faithful"),
        pair(2, "Nó có giá 7 triệu USD.", "faithful"),
        pair(3, "Nó có giá 6 triệu USD.", "slip"),
    ]
    path = tmp_path / "pairs.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert probe.main(["--pairs", str(path)]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    splits = {r["id"]: probe.split_of(r["id"]) for r in rows}
    alarms = {s: sum(splits[i] == s for i in ("a-02",)) for s in ("tune", "heldout")}
    faithful = {s: sum(splits[i] == s for i in ("a-01", "a-02")) for s in ("tune", "heldout")}
    caught = {s: int(splits["a-03"] == s) for s in ("tune", "heldout")}
    assert last == (
        f"probe: heldout false alarms {alarms['heldout']}/{faithful['heldout']} faithful pairs, "
        f"slips caught {caught['heldout']}/{caught['heldout']}; "
        f"tune false alarms {alarms['tune']}/{faithful['tune']}, "
        f"slips caught {caught['tune']}/{caught['tune']}"
    )
