"""Each language's grammar of names (`lang/<lang>_names.py`), shared by `compare` (which
stretches are names) and the gate's coverage (which capitalised words need a claim), so
that the two agree on what a name is."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import import_module

from crosscheck.names import NameIndex, Occurrence

Tidy = Callable[[NameIndex, Occurrence], list[Occurrence]]


@cache
def grammar(lang: str) -> Tidy:
    """The language's `tidy`: the names in a capitalised stretch (none, one or more)."""
    tidy: Tidy = import_module(f"crosscheck.lang.{lang}_names").tidy
    return tidy
