"""A span of years one version gives by its two end dates: "the Vietnam Youth Federation
(1956-2026)" against "Hội Liên hiệp Thanh niên Việt Nam (15/10/1956 - 15/10/2026)".

An anniversary's span is written by its years in one version and by its founding day and
this year's day in the other. The two dates are a range joined as one (a dash, "to",
"đến"), and their years are the period's ends: then the period restates them, and an end
year that differs is no such range and still flags.
"""

from __future__ import annotations

import itertools
import re

from crosscheck.kinds import Mention

DATED_PERIOD = "a span of years the other version gives by its two end dates"

_JOINED = re.compile(r"[\s\u00a0]*(?:[-–—]|to|until|through|đến|tới)[\s\u00a0]*", re.IGNORECASE)


def dated_ranges(mentions: list[Mention], text: str) -> list[tuple[int, int]]:
    """The (first year, last year) of every range of two full dates a version writes."""
    dates = [m for m in mentions if m.kind == "date" and getattr(m.value, "year", None) is not None]
    dates = [m for m in dates if getattr(m.value, "day", None) is not None]
    return [
        (a.value.year, b.value.year)
        for a, b in itertools.pairwise(dates)
        if a.value.year < b.value.year and _JOINED.fullmatch(text, a.end, b.start)
    ]
