"""A span said as one of a larger unit: "about a week" against "khoảng 7 ngày", "một năm"
against "12 months".

An editor may round a count of days to "a week" or give a year as "12 tháng"; with the
article "a", "an", "one" or "một" the span is not read as a figure at all (a lone "one" is as
often an article), so the other version's count found no counterpart. The evidence is the
unit word right after the article, the span's number being exactly one of that unit in
its own (7 days, 12 months, 24 hours, 60 minutes), and the two at the same place. A span
of another length still finds nothing. A rate's unit of time ("120 km a week") is part of
its figure, never such a span.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from crosscheck.figures import Amount
from crosscheck.kinds import Mention
from crosscheck.text import Document

ONE_OF_A_UNIT = "a span the other version says as one of a larger unit (about a week, một năm)"

_ARTICLES = {"en": r"an?|one", "vi": r"một"}
_UNITS = {
    "en": {"year": "year", "month": "month", "week": "week", "day": "day", "hour": "hour"},
    "vi": {"năm": "year", "tháng": "month", "tuần": "week", "ngày": "day", "giờ": "hour", "tiếng": "hour"},
}
# A comparison before the article makes it a bound, no span: "more than a week", "hơn một năm"
_BOUND_BEFORE = {
    "en": re.compile(
        r"(?<!\w)(?:(?:more|less|fewer)[\s\u00a0]+than|over|under|within|at[\s\u00a0]+least)[\s\u00a0]+$",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"(?<!\w)(?:hơn|trên|dưới|chưa[\s\u00a0]+đến|chưa[\s\u00a0]+tới|ít[\s\u00a0]+nhất|tối[\s\u00a0]+đa)[\s\u00a0]+$",
        re.IGNORECASE,
    ),
}
# How many of a smaller unit make one of a larger: only exact ones (a month is no 30 days)
_IN = {"week": ("day", 7), "year": ("month", 12), "day": ("hour", 24), "hour": ("minute", 60)}


@cache
def _pattern(code: str) -> re.Pattern[str]:
    units = "|".join(_UNITS[code])
    return re.compile(rf"(?<![\w-])(?:{_ARTICLES[code]})[\s\u00a0]+(?P<u>{units})(?![\w-])", re.IGNORECASE)


def one_unit_spans(doc: Document, mentions: list[Mention]) -> list[tuple[float, str]]:
    """Where a document says a span as one of a unit ("a week", "một năm"), as a share of
    its sentences, with the unit; never inside a figure it reads ("120 km a week")."""
    if doc.lang not in _UNITS:
        return []
    out: list[tuple[float, str]] = []
    for m in _pattern(doc.lang).finditer(doc.text):
        if any(x.start < m.end() and m.start() < x.end for x in mentions):
            continue
        if _BOUND_BEFORE[doc.lang].search(doc.text, max(0, m.start() - 16), m.start()):
            continue
        out.append((doc.place(m.start()), _UNITS[doc.lang][m.group("u").lower()]))
    return out


def is_one(value: object, unit: str) -> bool:
    """Whether a span's value is exactly one of `unit`, in that unit or the next smaller,
    stated as it is or about so (never as a bound: "hơn 7 ngày")."""
    if not isinstance(value, Amount) or value.unit is None or value.qualifier not in (None, "about"):
        return False
    number = value.number * value.scale
    if value.unit == unit:
        return number == 1
    smaller = _IN.get(unit)
    return smaller is not None and value.unit == smaller[0] and number == Decimal(smaller[1])
