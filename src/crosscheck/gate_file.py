"""The gate file, ``checks/crosscheck.toml``: which claims files `pytest checks/` collects.

Read strictly, because a gate that quietly checks less than it says is worse than none:
an unknown key is an error naming the nearest known one (``clams`` would otherwise fall
back to the default glob), a glob reaching outside the repository is an error, and a
claims file two globs match is collected once.
"""

from __future__ import annotations

import difflib
import glob
from pathlib import Path
from typing import Any

from crosscheck.claims import repository_root
from crosscheck.errors import CrosscheckError

KEYS = {"claims": 'claims = ["../claims/*.toml"]'}  # each key and how to write it
DEFAULT = ["../claims/*.toml"]


def claims_files(data: dict[str, Any], gate: Path, shown: str) -> list[Path]:
    """The claims files the gate names, each once, in order, all inside the repository."""
    for key in data:
        if key not in KEYS:
            nearest = (difflib.get_close_matches(key, sorted(KEYS), n=1, cutoff=0.0) or sorted(KEYS))[0]
            raise CrosscheckError(shown, f"unknown key {key!r}; did you mean {nearest!r}? ({KEYS[nearest]})")
    patterns = data.get("claims", DEFAULT)
    if not isinstance(patterns, list) or not all(isinstance(p, str) and p for p in patterns):
        raise CrosscheckError(shown, f"claims must be a list of globs, e.g. {KEYS['claims']}")
    root = repository_root(gate.resolve().parent)
    seen: set[Path] = set()
    paths: list[Path] = []
    for pattern in patterns:
        for hit in sorted(glob.glob(str(gate.parent / pattern))):
            real = Path(hit).resolve()
            if not real.is_relative_to(root):
                raise CrosscheckError(shown, f"glob {pattern!r} reaches {hit}, outside the repository "
                                      f"({root}); name claims files inside it")  # fmt: skip
            if real not in seen:  # two globs naming one file: collected once
                seen.add(real)
                paths.append(Path(hit))
    if not paths:
        raise CrosscheckError(shown, f"no claims file matches {patterns}; add one or fix the glob")
    return sorted(paths, key=lambda p: p.resolve())
