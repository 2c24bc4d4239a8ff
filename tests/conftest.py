"""Hypothesis without its per-example deadline: a deadline is a timing, and timings belong in
`benchmarks/` as ratios measured in one run, not in unit tests, where a loaded CI machine
(or the first example, which loads CLDR data and the reading tables) makes them fail at
random. Every property still runs its examples; only the clock is taken away.

In CI (`CI` set, as `.ci/run` is run) the examples are drawn from a fixed seed: a merge is
judged on the same draws on every machine, so a gate that passed once passes again. Runs
on a developer's machine draw afresh each time, which is where new falsifying examples are
found (and then pinned with `@example`)."""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("crosscheck", deadline=None)
settings.register_profile("crosscheck-ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("crosscheck-ci" if os.environ.get("CI") else "crosscheck")
