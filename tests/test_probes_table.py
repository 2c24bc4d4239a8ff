"""benchmarks/probes.py: each probe beside its blind first reading."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _probes() -> ModuleType:
    if str(BENCHMARKS) not in sys.path:  # the script imports probe and readme_section beside it
        sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location("probes_bench", BENCHMARKS / "probes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


probes = _probes()


def test_the_first_reading_is_read_from_its_last_line(tmp_path: Path) -> None:
    (tmp_path / "x.jsonl").write_text("")
    (tmp_path / "x_first_reading.txt").write_text(
        "tune    a-01  faithful only_en count en '3' | vi —\n"
        "probe: heldout false alarms 2/40 faithful pairs, slips caught 5/7; "
        "tune false alarms 12/104, slips caught 9/9\n"
    )
    assert probes.first_reading(tmp_path / "x.jsonl") == {
        "tune": "12/104",
        "heldout": "2/40",
        "slips": "14/16",
    }


def test_a_probe_without_a_blind_reading_has_none(tmp_path: Path) -> None:
    assert probes.first_reading(tmp_path / "pairs.jsonl") == {}


def test_every_blind_probe_kept_its_first_reading() -> None:
    # a blind probe is run once before any fix; its reading must be committed beside it
    blind = sorted(p for p in (BENCHMARKS / "probe").glob("blind*.jsonl"))
    assert len(blind) >= 6
    assert all(probes.first_reading(p) for p in blind)
