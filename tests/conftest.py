"""Hypothesis without its per-example deadline: a deadline is a timing, and timings belong in
`benchmarks/` as ratios measured in one run, not in unit tests, where a loaded CI machine
(or the first example, which loads CLDR data and the reading tables) makes them fail at
random. Every property still runs its examples; only the clock is taken away."""

from __future__ import annotations

from hypothesis import settings

settings.register_profile("crosscheck", deadline=None)
settings.load_profile("crosscheck")
