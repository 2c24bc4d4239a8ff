"""A window counted back from its end: "1,739 mm of rain in the 24 hours to 7 p.m. on
October 27" is the rain since 7 p.m. on October 26, which the other version may write from
its first day, "từ 19h ngày 26/10 đến 19h ngày 27/10"; "in the seven days to Oct. 3" opens
on Sept. 26 or 27 (whether the last day counts is the writer's).

The evidence is the calendar's arithmetic: a duration of whole days (24 hours, a week)
followed in its sentence by "to"/"through"/"tính đến" and the date it ends on. The first
day it gives may excuse the other version's lone date of that day at that place, and the
duration, which that version tells by the window's first and last days; any other date
there still flags.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from fractions import Fraction

from crosscheck.figures import Amount
from crosscheck.kinds import Mention
from crosscheck.text import Document, Place

WINDOW_START = "the first day of a window the other version counts back from its end"

_IN_DAYS = {"hour": Fraction(1, 24), "day": Fraction(1), "week": Fraction(7)}
_S = r"[\s\u00a0]+"
_TO = {
    "en": re.compile(rf"{_S}(?:to|through|until|till|ending)\b", re.IGNORECASE),
    "vi": re.compile(rf"{_S}(?:tính{_S})?(?:đến|tới)(?!\w)"),
}
_REACH = 48  # characters from the duration to its end's date: "to 7 p.m. local time on October 27"


def _days(value: object) -> int | None:
    if not isinstance(value, Amount) or value.unit not in _IN_DAYS or value.qualifier:
        return None
    days = Fraction(value.value) * _IN_DAYS[value.unit]
    return int(days) if days.denominator == 1 and 1 <= days <= 31 else None


def _first_days(end: object, days: int) -> set[tuple[int, int]]:
    """(month, day) of a window's first day, the last day counted or not; the year where
    the end's is unknown taken as both a common and a leap one."""
    year, month, day = (getattr(end, a, None) for a in ("year", "month", "day"))
    if month is None or day is None or getattr(end, "lunar", False):
        return set()
    found = set()
    for y in [year] if year else [2023, 2024]:
        try:
            last = date(y, month, day)
        except ValueError:
            continue
        for back in {days, days - 1} - {0}:
            first = last - timedelta(days=back)
            found.add((first.month, first.day))
    return found


def window_starts(
    doc: Document, mentions: Iterable[Mention]
) -> list[tuple[Place, set[tuple[int, int]], Mention]]:
    """Where a document counts a window back from its end, as a share of the document, with
    the days the window may open on and the duration that counts it."""
    mentions = list(mentions)
    durations = [(m, d) for m in mentions if m.kind == "duration" and (d := _days(m.value))]
    if not durations:
        return []
    ends = sorted((m for m in mentions if m.kind == "date"), key=lambda m: m.start)
    found = []
    for m, days in durations:
        if not _TO[doc.lang].match(doc.text, m.end):
            continue
        limit = min(m.end + _REACH, doc.sentence_bounds(m.end)[1])
        for end in ends:
            if m.end < end.start < limit and (first := _first_days(end.value, days)):
                found.append((doc.place(m.start), first, m))
                break
    return found
