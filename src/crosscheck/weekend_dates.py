"""A weekend given by its dates: "held over the weekend" against "diễn ra trong hai ngày
18-19/10".

An English edition rewriting a Vietnamese story names the days by the weekend where the
Vietnamese gives their dates, as it names one day by its weekday ("on Monday" for "Ngày
20/10"). The evidence is the weekend word at the dates' place in the other version, and
the dates themselves: one day, or two consecutive days. With the year known the dates
must fall on a Saturday and a Sunday, and a date moved to a weekday still flags; without
it they cannot be checked and are listed for review, as a weekday against a date is.
"""

from __future__ import annotations

from datetime import date
from typing import Any

WEEKEND_DATES = "dates the other version names as a weekend"
WEEKEND_DATES_UNCHECKED = "dates the other version names as a weekend; without the year it cannot be checked"
_SATURDAY, _SUNDAY = 5, 6


def _ordinal(day: Any, year: int | None) -> int | None:
    """A date's day number, in `year` when it has none (a leap year when neither is known),
    or None if it is no day."""
    try:
        return date(day.year or year or 2000, day.month, day.day).toordinal()
    except (TypeError, ValueError):
        return None


def a_weekend(days: list[Any]) -> bool | None:
    """Whether one or two dates are a weekend's days: True when they fall on a Saturday
    and the Sunday after it (or one of them), False when they cannot (two days apart, or a
    known year's weekday), None when only the year could tell."""
    year = next((d.year for d in days if d.year), None)  # ("18-19/10/2025": one year for both)
    numbers = sorted({n for n in (_ordinal(d, year) for d in days) if n is not None})
    if not numbers or len(numbers) != len({(d.year, d.month, d.day) for d in days}) or len(numbers) > 2:
        return False
    if len(numbers) == 2 and numbers[1] - numbers[0] != 1:
        return False
    if year is None:
        return None
    weekdays = [date.fromordinal(n).weekday() for n in numbers]
    return weekdays in ([_SATURDAY], [_SUNDAY], [_SATURDAY, _SUNDAY])
