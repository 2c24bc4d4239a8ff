"""Ranges and lists are one fact: what is written once is shared by every member.

"100 to 250 meters", "10-11%", "$5-6 billion", "từ 5-7 ngày": the unit, scale or currency
written after the last number belongs to the first as well. "June 6 and 10", "from April
23 to 29", "ngày 6 và 10 tháng 6", "từ ngày 14 đến 16/12": the month written once belongs
to every day. Without this, the first member of a range reads as a bare count and the
other version, which may write the range another way, seems to lack it.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from crosscheck.figures import TEMPERATURES, Amount, minus_before
from crosscheck.kinds import Mention
from crosscheck.kinds.date import Day
from crosscheck.lang import get as get_language

# What joins two members: a dash, "to", "and", "or", "đến", "và" ... (never a sentence end);
# and a change's two ends, "tăng từ 120.000 lên 150.000 đồng", "giảm từ 8 xuống 5 triệu".
_JOIN = re.compile(
    r"[\s\u00a0]*(?:-|–|—|to|and|or|through|until|till|đến|tới|và|hoặc|hay|lên|xuống)[\s\u00a0]*(?:ngày[\s\u00a0]+)?",
    re.IGNORECASE,
)
# Only a range carries its qualifier to the far end ("about 35-40 mph"); a list does not
# ("about 20 and 30 people" is not clearly about 30).
_RANGE_JOIN = re.compile(r"[\s\u00a0]*(?:-|–|—|to|through|đến|tới)[\s\u00a0]*", re.IGNORECASE)
_AMOUNT_KINDS = ("money", "percent", "quantity", "duration", "count")


def _joined(text: str, first: Mention, second: Mention) -> bool:
    return _JOIN.fullmatch(text, first.end, second.start) is not None


def _bare(m: Mention) -> bool:
    """A count read from digits alone: no unit, no scale."""
    value = m.value
    return m.kind == "count" and isinstance(value, Amount) and value.unit is None and value.scale == 1


def _share_amount(first: Mention, second: Mention) -> Mention | None:
    """The first member of "100 to 250 meters", read with the unit written after the second."""
    a, b = first.value, second.value
    # (the first member may carry its own scale: "từ 1,5 triệu đến 8 triệu đồng")
    unitless = first.kind == "count" and isinstance(a, Amount) and a.unit is None
    if not (unitless and isinstance(b, Amount) and second.kind in _AMOUNT_KINDS):
        return None
    if b.unit is None and b.scale == 1:
        return None
    # (the scale only to a first number of the second's size: "4,2-3,9 triệu năm" runs down
    # from 4.2 million, but "fell by 837,000 to 124.35 million" is a fall of 837,000, and
    # "from 500 to 2 million" starts at 500)
    scale = b.scale if a.scale == 1 and a.number < 10 * b.number else a.scale
    if scale == 1 and b.unit is None:
        return None
    shared = dataclasses.replace(a, unit=b.unit, scale=scale)
    note = "a range or list: the unit is written once"
    return Mention(second.kind, shared, first.start, first.end, first.text, note)


def _signed(first: Mention, text: str) -> Mention:
    """ "-10 đến -7 độ C": the first member of a range of temperatures keeps its minus."""
    value = first.value
    if not (isinstance(value, Amount) and value.unit in TEMPERATURES and minus_before(text, first.start)):
        return first
    negative = dataclasses.replace(value, number=-value.number)
    return dataclasses.replace(
        first, value=negative, start=first.start - 1, text=text[first.start - 1 : first.end]
    )


def _share_prefix(first: Mention, second: Mention) -> tuple[Mention, Mention] | None:
    """ "VND18-20 million", "$5-6 billion": a currency written before the first member and a
    scale after the second belong to both (the scale only to a smaller first number:
    "VND500,000 to 2 million" is half a million to two million)."""
    a, b = first.value, second.value
    prefixed = first.kind == "money" and not first.text[:1].isdigit()
    if not (prefixed and isinstance(a, Amount) and isinstance(b, Amount) and second.kind == "count"):
        return None
    if b.unit is not None:
        return None
    note = "a range or list: the unit is written once"
    if a.scale != 1:
        # "VND1.5 million to 7.9 million": each member has its scale, the currency is
        # written once; a far end of another scale ("VND1.5 million to 200") is no price
        if b.scale != a.scale:
            return None
        seconds = [dataclasses.replace(b, unit=r.unit) for r in first.readings() if r.number == a.number]
        shared = Mention("money", seconds[0], second.start, second.end, second.text, note, tuple(seconds[1:]))
        return first, shared
    scale = b.scale if a.number < b.number else 1
    firsts = [dataclasses.replace(r, scale=scale) for r in first.readings()]
    seconds = [dataclasses.replace(b, unit=r.unit) for r in first.readings() if r.number == a.number]
    completed = dataclasses.replace(first, value=firsts[0], alternatives=tuple(firsts[1:]), note=note)
    shared = Mention("money", seconds[0], second.start, second.end, second.text, note, tuple(seconds[1:]))
    return completed, shared


def _share_month(first: Mention, second: Mention, text: str, lang: str) -> tuple[Mention, Mention] | None:
    """Both members of a list or range of days in one month, as dates."""
    if first.kind == "date" and _bare(second):
        day, other, date_side = first.value, second, "first"
    elif second.kind == "date" and _bare(first):
        day, other, date_side = second.value, first, "second"
    else:
        return None
    number = other.value.value
    if not isinstance(day, Day) or day.day is None or not (1 <= number <= 31) or number != int(number):
        return None
    if date_side == "first":  # "June 6 and 10 people": a counted noun makes it a count
        after = re.match(r"[\s\u00a0]+([^\W\d_]+)", text[other.end :])
        if after and get_language(lang).is_counted(after.group(1)):
            return None
    dated = first if date_side == "first" else second
    # (the month's other readings carry over: "từ ngày 12 đến 14 tháng Giêng" may be lunar)
    also = tuple(dataclasses.replace(a, day=int(number)) for a in dated.alternatives if isinstance(a, Day))
    shared = Mention("date", dataclasses.replace(day, day=int(number)), other.start, other.end, other.text,
                     "a list or range of days: the month is written once", also)  # fmt: skip
    return (first, shared) if date_side == "first" else (shared, second)


_YEAR_OF_RANGE = "the year of the range of days before it"
_YEAR_AFTER = re.compile(r",?[\s\u00a0]*")


def _share_year(out: list[Mention], i: int, text: str) -> None:
    """ "from October 10 to 14, 2024": a year written after a range or list of days in one
    month is every day's year (the other version writes "từ ngày 10 đến 14/10/2024")."""
    if (
        i + 2 >= len(out)
        or out[i + 2].kind != "year"
        or not _YEAR_AFTER.fullmatch(text, out[i + 1].end, out[i + 2].start)
    ):
        return
    year = out[i + 2].value
    days = [out[i].value, out[i + 1].value]
    if not isinstance(year, int) or not all(isinstance(d, Day) and d.year is None for d in days):
        return
    out[i], out[i + 1] = (
        dataclasses.replace(m, value=dataclasses.replace(m.value, year=year)) for m in out[i : i + 2]
    )
    out[i + 2] = dataclasses.replace(out[i + 2], note=_YEAR_OF_RANGE)


DAYS_LISTED = "the number of the days listed after it"
_SPACE = re.compile(r"[\s\u00a0]+")


def _days_listed(out: list[Mention], text: str) -> None:
    """ "trong hai ngày 27 và 28/6" (on the two days 27 and 28 June): a number of days
    written just before the dates it counts says how many there are, no span of its own."""
    for i in range(len(out) - 1):
        count, first_day = out[i], out[i + 1]
        value = count.value
        days = count.kind == "duration" and isinstance(value, Amount) and value.unit == "day"
        if days and first_day.kind == "date" and _SPACE.fullmatch(text, count.end, first_day.start):
            out[i] = dataclasses.replace(count, note=DAYS_LISTED)


@cache
def _factor_words(lang: str) -> frozenset[str]:
    """Multiples and number nouns ("doubled", "gấp đôi", "fours"): a factor or a noun, never
    the first member of a range. "Profit doubled to VND1.2 trillion" is no range of 2 to 1.2
    trillion dong."""
    language = get_language(lang)
    return frozenset({*language.multiples, *language.maybe_multiples, *language.number_nouns})


_COMMA = re.compile(r"[\s\u00a0]*,[\s\u00a0]*")
_LIST_END = re.compile(r"[\s\u00a0]*,?[\s\u00a0]*(?:and|or|và|hoặc)[\s\u00a0]+", re.IGNORECASE)


def _share_list(out: list[Mention], text: str) -> None:
    """ "rates of 5, 10, 20, 30 and 35 per cent": bare numbers joined by commas, then "and"
    and a member with its unit, all have that unit (the member before "and" gets it from
    `share`'s pairs, as in "30 and 35 per cent")."""
    i = 0
    while i < len(out) - 2:
        j = i
        while j + 1 < len(out) and _bare(out[j]) and _COMMA.fullmatch(text, out[j].end, out[j + 1].start):
            j += 1
        if (
            j > i
            and j + 1 < len(out)
            and _bare(out[j])
            and _LIST_END.fullmatch(text, out[j].end, out[j + 1].start)
        ):
            for k in range(i, j):
                out[k] = _share_amount(out[k], out[j + 1]) or out[k]
        i = max(j, i + 1)


def share(mentions: list[Mention], text: str, lang: str) -> list[Mention]:
    """Mentions in text order, with the members of each range or list completed."""
    out = list(mentions)
    _share_list(out, text)
    factors = _factor_words(lang)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if not _joined(text, first, second) or first.text.lower() in factors:
            continue
        pair = _share_month(first, second, text, lang)
        if pair is not None:
            out[i], out[i + 1] = pair
            _share_year(out, i, text)
            continue
        completed = _share_amount(first, second)
        if completed is not None:
            out[i] = first = _signed(completed, text)
        elif (both := _share_prefix(first, second)) is not None:
            out[i], out[i + 1] = first, second = both
        if _RANGE_JOIN.fullmatch(text, first.end, second.start):
            out[i + 1] = _share_qualifier(first, second)
    _days_listed(out, text)
    return [m for m in out if m.note != _YEAR_OF_RANGE]


def _share_qualifier(first: Mention, second: Mention) -> Mention:
    """ "about 35-40 mph" is about 35 to about 40: the qualifier before a range covers both."""
    a, b = first.value, second.value
    if not (isinstance(a, Amount) and isinstance(b, Amount) and first.kind == second.kind):
        return second
    if a.qualifier is None or b.qualifier is not None or a.unit != b.unit:
        return second
    shared = dataclasses.replace(b, qualifier=a.qualifier)
    return dataclasses.replace(second, value=shared, note="a range: the qualifier is written once")
