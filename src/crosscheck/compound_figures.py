"""A figure said in parts is one figure: "1 tỷ 200 triệu đồng" is VND1.2 billion, "3 triệu
500 nghìn" is 3.5 million. Vietnamese writes amounts this way as often as with a decimal
comma, above all in fines, prices and wages; read apart, the first part is a bare count
and the second a smaller sum, and neither agrees with the other version's one figure.
A span of years and months is one span the same way: a prison term of "27 years and three
months" is "27 năm 3 tháng", "4 năm 2 tháng" is 50 months, "22 năm 6 tháng" twenty-two
and a half years.
"""

from __future__ import annotations

import dataclasses
import math
import re

from crosscheck.figures import Amount
from crosscheck.kinds import Mention

# Only a space between the parts: "1 tỷ, 200 triệu" is a list, "1 tỷ - 200 triệu" a range.
_BETWEEN = re.compile(r"[ \u00a0]+")
# Years, then months: a space or "and" ("5 năm, 2 tháng sau" may be a list)
_SPAN_BETWEEN = re.compile(r"[ \u00a0]+(?:(?:and|và)[ \u00a0]+)?")
_PART_KINDS = ("count", "money", "quantity")


def _joins(first: Mention, second: Mention, text: str) -> bool:
    """Whether `second` is the smaller part of a figure `first` opens: a bare count with a
    scale word, then a number of a smaller scale that stays below one of the first's."""
    a, b = first.value, second.value
    if first.kind != "count" or second.kind not in _PART_KINDS:
        return False
    if not (isinstance(a, Amount) and isinstance(b, Amount)) or a.unit is not None:
        return False
    if a.scale <= 1 or b.scale <= 1 or b.scale >= a.scale or b.qualifier is not None:
        return False
    return b.number * b.scale < a.scale and _BETWEEN.fullmatch(text, first.end, second.start) is not None


# The smaller unit of a span said in two parts, and how many of it make one of the larger
_SMALLER = {"year": ("month", 12), "hour": ("minute", 60)}
# "about one hour 15 minutes": "one" and "an" before a unit are read as no figure alone
_ONE_HOUR_BEFORE = re.compile(r"\b(?:an|one)[ \u00a0]+hour[ \u00a0]+(?:and[ \u00a0]+)?$", re.IGNORECASE)


def _span_joins(first: Mention, second: Mention, text: str) -> bool:
    """Whether `second` is the smaller part of a span `first` opens ("27 years and three
    months", "two hours 30 minutes"): whole numbers, fewer than one of the larger unit,
    nothing but a space or "and" between."""
    a, b = first.value, second.value
    if first.kind != "duration" or second.kind != "duration":
        return False
    if not (isinstance(a, Amount) and isinstance(b, Amount)) or a.unit not in _SMALLER:
        return False
    smaller, per = _SMALLER[a.unit]
    if (
        b.unit != smaller
        or a.decimals
        or b.decimals
        or a.scale != 1
        or b.scale != 1
        or b.qualifier is not None
    ):
        return False
    return 0 < b.number < per and _SPAN_BETWEEN.fullmatch(text, first.end, second.start) is not None


def _after_one_hour(mention: Mention, text: str) -> re.Match[str] | None:
    """ "one hour 15 minutes": the hour before a lone count of minutes."""
    value = mention.value
    if mention.kind != "duration" or not isinstance(value, Amount) or value.unit != "minute":
        return None
    if value.decimals or value.scale != 1 or value.qualifier is not None or not 0 < value.number < 60:
        return None
    return _ONE_HOUR_BEFORE.search(text, max(0, mention.start - 16), mention.start)


def join(mentions: list[Mention], text: str) -> list[Mention]:
    """Mentions in text order, each figure said in parts read as one."""
    out: list[Mention] = []
    for mention in mentions:
        if out and _span_joins(out[-1], mention, text):
            first = out.pop()
            per = _SMALLER[first.value.unit][1]
            whole = dataclasses.replace(
                mention.value,
                number=first.value.number * per + mention.value.number,
                qualifier=first.value.qualifier,
            )
            note = "a span in two units (years and months, hours and minutes)"
            mention = Mention(
                "duration", whole, first.start, mention.end, text[first.start : mention.end], note
            )
        elif hour := _after_one_hour(mention, text):
            whole = dataclasses.replace(mention.value, number=60 + mention.value.number)
            note = "a span in two units (years and months, hours and minutes)"
            mention = Mention(
                "duration", whole, hour.start(), mention.end, text[hour.start() : mention.end], note
            )
        elif out and _joins(out[-1], mention, text):
            first = out.pop()
            a, b = first.value, mention.value
            places = round(math.log10(a.scale / b.scale)) + b.decimals  # "1 tỷ 200 triệu": to the million
            number = a.number + b.number * b.scale / a.scale
            whole = dataclasses.replace(
                b, number=number, scale=a.scale, qualifier=a.qualifier, decimals=places
            )
            mention = Mention(mention.kind, whole, first.start, mention.end, text[first.start : mention.end])
        out.append(mention)
    return out
