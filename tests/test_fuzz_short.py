"""The short fuzz run: about 2,000 hypothesis inputs through every parser and the claims
loader (`benchmarks/fuzz.py --inputs 100000` is the long one, `make fuzz`)."""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path

FUZZ = Path(__file__).resolve().parents[1] / "benchmarks" / "fuzz.py"


def test_short_fuzz_run_is_clean() -> None:
    spec = importlib.util.spec_from_file_location("crosscheck_fuzz", FUZZ)
    assert spec is not None and spec.loader is not None
    fuzz = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = fuzz  # dataclasses look their module up there
    spec.loader.exec_module(fuzz)
    out = io.StringIO()
    targets = fuzz.run(2000, base_seed=20250219, out=out)
    assert sum(t.inputs for t in targets) >= 2000 - len(targets), out.getvalue()
    assert all(t.inputs > 0 for t in targets), out.getvalue()
    assert not [t.bugs for t in targets if t.bugs], out.getvalue()
