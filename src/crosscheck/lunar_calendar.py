"""The Vietnamese lunar calendar: which lunar day a solar date is ("14/2/2026" is "27 tháng
Chạp", "17/2/2026" the first day of Tết).

The calendar's rules as Vietnam's almanacs apply them: a month starts on the day (in Hanoi
time, UTC+7) of a new moon; the eleventh month holds the winter solstice; a year of thirteen
months repeats the first month after the eleventh month that holds no major solar term. The
new moon and the sun's longitude come from the series in J. Meeus, *Astronomical
Algorithms* (2nd ed., chapters 25 and 49), shortened to the terms that move a new moon by
more than a minute; good to the day for the twentieth and twenty-first centuries.
"""

from __future__ import annotations

import math
from datetime import date
from functools import cache

_HANOI = 7 / 24  # the day's offset from UTC, in days
_SYNODIC = 29.530588853  # days from one new moon to the next, on average
_EPOCH = 2415021.076998695  # the Julian day of the new moon of 1900-01-01 (k = 0)
_RAD = math.pi / 180


def _julian_day(day: date) -> int:
    return day.toordinal() + 1721425  # (the proleptic Gregorian ordinal, shifted)


def _new_moon(k: int) -> float:
    """The Julian day (UT) of the k-th new moon after the epoch."""
    t = k / 1236.85  # Julian centuries from 1900
    t2, t3 = t * t, t * t * t
    mean = 2415020.75933 + _SYNODIC * k + 0.0001178 * t2 - 0.000000155 * t3
    mean += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * _RAD)
    sun = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * _RAD
    moon = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * _RAD
    node = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * _RAD
    correction = (
        (0.1734 - 0.000393 * t) * math.sin(sun)
        + 0.0021 * math.sin(2 * sun)
        - 0.4068 * math.sin(moon)
        + 0.0161 * math.sin(2 * moon)
        - 0.0004 * math.sin(3 * moon)
        + 0.0104 * math.sin(2 * node)
        - 0.0051 * math.sin(sun + moon)
        - 0.0074 * math.sin(sun - moon)
        + 0.0004 * math.sin(2 * node + sun)
        - 0.0004 * math.sin(2 * node - sun)
        - 0.0006 * math.sin(2 * node + moon)
        + 0.0010 * math.sin(2 * node - moon)
        + 0.0005 * math.sin(2 * moon + sun)
    )
    # (terrestrial time to universal time)
    delta = (
        0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
        if t < -11
        else -0.000278 + 0.000265 * t + 0.000262 * t2
    )
    return mean + correction - delta


@cache
def _new_moon_day(k: int) -> int:
    """The Julian day number, in Hanoi, of the k-th new moon."""
    return math.floor(_new_moon(k) + 0.5 + _HANOI)


def _solar_term(day_number: int) -> int:
    """Which twelfth of the ecliptic the sun is in at the start of a Hanoi day (0: from
    the spring equinox; the winter solstice opens the ninth)."""
    t = (day_number - 0.5 - _HANOI - 2451545.0) / 36525
    anomaly = (357.52910 + 35999.05030 * t - 0.0001559 * t * t - 0.00000048 * t**3) * _RAD
    mean = 280.46645 + 36000.76983 * t + 0.0003032 * t * t
    centre = (
        (1.914600 - 0.004817 * t - 0.000014 * t * t) * math.sin(anomaly)
        + (0.019993 - 0.000101 * t) * math.sin(2 * anomaly)
        + 0.000290 * math.sin(3 * anomaly)
    )
    longitude = ((mean + centre) * _RAD) % (2 * math.pi)
    return math.floor(longitude / math.pi * 6)


@cache
def _eleventh_month(year: int) -> int:
    """The day number the eleventh lunar month starts on, the one holding the solstice of
    the solar year `year`."""
    k = math.floor((_julian_day(date(year, 12, 31)) - 2415021) / _SYNODIC)
    start = _new_moon_day(k)
    return _new_moon_day(k - 1) if _solar_term(start) >= 9 else start


def _leap_after(eleventh: int) -> int:
    """In a year of thirteen months, how many months after the eleventh the leap month
    comes: the first month with no new solar term."""
    k = math.floor((eleventh - _EPOCH) / _SYNODIC + 0.5)
    last, i = 0, 1
    term = _solar_term(_new_moon_day(k + i))
    while term != last and i < 14:
        last, i = term, i + 1
        term = _solar_term(_new_moon_day(k + i))
    return i - 1


def lunar_date(day: date) -> tuple[int, int, bool]:
    """The lunar (day, month, leap month) of a solar date."""
    number = _julian_day(day)
    k = math.floor((number - _EPOCH) / _SYNODIC)
    start = _new_moon_day(k + 1)
    if start > number:
        start = _new_moon_day(k)
    first, last = _eleventh_month(day.year), _eleventh_month(day.year)
    if first >= start:
        first = _eleventh_month(day.year - 1)
    else:
        last = _eleventh_month(day.year + 1)
    months = math.floor((start - first) / 29)
    month, leap = months + 11, False
    if last - first > 365:
        leap_at = _leap_after(first)
        if months >= leap_at:
            month = months + 10
            leap = months == leap_at
    return number - start + 1, (month - 1) % 12 + 1, leap
