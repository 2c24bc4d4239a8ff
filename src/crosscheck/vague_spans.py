"""Spans said in round words: "seven years late" against "chậm nhiều năm" (many years late),
"a few weeks" against "3 tuần".

As with counts said in round words (`vague_counts`), an editor may give a span of time as a
vague quantity of its unit where the other version counts it. The evidence is the unit word
itself after the quantity word ("nhiều năm", "several months"): a span of that unit agrees
when its number lies in what the words allow ("many" is at least two, "a few" two to nine).
The table is the project's own, from newsroom usage in both languages.
"""

from __future__ import annotations

import re
from functools import cache

from crosscheck.text import Document

SPAN_WORDS = "a span the other version says in round words (nhiều năm, several months)"

# quantity word -> (least, most) of the unit it allows
_QUANTITIES = {
    "en": {"several": (2, 9), "a few": (2, 9), "a couple of": (2, 3), "many": (2, 10**6)},
    "vi": {"nhiều": (2, 10**6), "vài": (2, 9), "mấy": (2, 9), "dăm": (2, 9)},
}
_UNITS = {
    "en": {"years": "year", "months": "month", "weeks": "week", "days": "day", "hours": "hour"},
    "vi": {"năm": "year", "tháng": "month", "tuần": "week", "ngày": "day", "giờ": "hour"},
}


@cache
def _pattern(code: str) -> re.Pattern[str]:
    quantities = "|".join(sorted(_QUANTITIES[code], key=len, reverse=True)).replace(" ", r"[\s\u00a0]+")
    units = "|".join(_UNITS[code])
    return re.compile(rf"(?<!\w)(?P<q>{quantities})[\s\u00a0]+(?P<u>{units})(?!\w)", re.IGNORECASE)


def round_spans(doc: Document) -> list[tuple[float, str, int, int]]:
    """Where a document gives a span in round words, as a share of its sentences, with the
    unit and the least and most number of it the words allow."""
    if doc.lang not in _QUANTITIES:
        return []
    quantities, units = _QUANTITIES[doc.lang], _UNITS[doc.lang]
    return [
        (
            doc.place(m.start()),
            units[m.group("u").lower()],
            *quantities[" ".join(m.group("q").lower().split())],
        )
        for m in _pattern(doc.lang).finditer(doc.text)
    ]
