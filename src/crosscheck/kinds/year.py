"""Year: "in 2024" is "năm 2024"; "year on year" in a 2024 figure is the year 2023, as
"so với cùng kỳ năm 2023" says it.

Bare four-digit numbers are read as years by the figure reader; this module finds the
phrases that mean "the year before" and leaves their value to the sentence around them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from crosscheck.kinds import Found

# The value of these is filled in by the extractor: the year of the sentence, minus one.
YEAR_BEFORE = "year before"

_YOY = {
    # Any run of spaces between the words: pasted text doubles them ("year  on  year").
    "en": re.compile(r"(?=[yfto])\b(?:year(?:_|-)on(?:_|-)year|year(?:_|-)over(?:_|-)year|y-o-y|yoy|"
                     r"(?:from|than|over)_a_year_(?:earlier|ago|before)|"
                     r"(?:from|over)_the_same_period_(?:of_)?last_year)\b".replace("_", r"[\s\u00a0]+"),
                     re.IGNORECASE),
    "vi": re.compile(r"(?=s)(?<!\w)so[\s\u00a0]+với[\s\u00a0]+cùng[\s\u00a0]+kỳ"
                     r"(?:[\s\u00a0]+năm[\s\u00a0]+(?:trước|ngoái))?"
                     r"(?![\s\u00a0]+(?:năm[\s\u00a0]+)?\d)", re.IGNORECASE),
}  # fmt: skip


def parse(raw: object, dateline: date | None) -> int:
    text = str(raw).strip()
    if (isinstance(raw, int) and not isinstance(raw, bool)) or text.isdigit():
        year = int(text)
        if 1000 <= year <= 2999:
            return year
    raise ValueError(f"{raw!r} is not a year; write it as 2024")


def equal(a: int, b: int) -> bool:
    return a == b


def show(value: int) -> str:
    return str(value)


def find(text: str, code: str, dateline: date | None) -> Iterator[Found]:
    for m in _YOY[code].finditer(text):
        yield Found(m.start(), m.end(), YEAR_BEFORE, "the year before the figure's year")
