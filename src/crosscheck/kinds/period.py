"""Period: a span of years; "2024-26" is "2024–2026" is "2024 – 2026" is "từ 2024 đến 2026"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from crosscheck.kinds import Found
from crosscheck.regex_starts import skipping
from crosscheck.scanning import finditer

_S = r"[\s\u00a0]*"
_YEAR = r"(?:1[89]|20)\d\d"
_RANGE = skipping(rf"(?=[12])(?<![\d.,/-])(?P<a>{_YEAR}){_S}[-–—/]{_S}(?P<b>{_YEAR}|\d\d)(?![\d-])")
# An older span is a period only in its short form, "1038–40": the end written with two
# digits above the start's is how years are abridged, never how two numbers are ranged.
_OLD_SHORT = skipping(r"(?=1)(?<![\d.,/-])(?P<a>1[0-7]\d\d)[-–](?P<b>\d\d)(?![\d-])")
_WORDS = {
    # "between 2020 and 2022" is a span; "2020 and 2022" alone are two years.
    "en": skipping(rf"(?=[fb12])\b(?:(?:from|between)\s+)?(?P<a>{_YEAR})\s+"
                     rf"(?:to|until|through|(?<=between\s....\s)and)\s+(?P<b>{_YEAR})\b", re.IGNORECASE),
    "vi": skipping(rf"(?=[tn12])(?<!\w)(?:từ\s+)?(?:năm\s+)?(?P<a>{_YEAR})\s+(?:đến|tới)\s+(?:năm\s+)?"
                     rf"(?P<b>{_YEAR})\b", re.IGNORECASE),
}  # fmt: skip


def _span(a: str, b: str) -> tuple[int, int] | None:
    start = int(a)
    end = int(b) if len(b) == 4 else start // 100 * 100 + int(b)
    if len(b) == 2 and end < start:
        end += 100
    return (start, end) if start < end <= start + 100 else None


def parse(raw: object, dateline: date | None) -> tuple[int, int]:
    m = _RANGE.fullmatch(str(raw).strip())
    value = _span(m.group("a"), m.group("b")) if m else None
    if value is None:
        raise ValueError(f'{raw!r} is not a period; write it as "2024-2026"')
    return value


def equal(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a == b


def show(value: tuple[int, int]) -> str:
    return f"{value[0]}–{value[1]}"


def find(text: str, code: str, dateline: date | None) -> Iterator[Found]:
    for pattern in (_RANGE, _WORDS[code], _OLD_SHORT):
        for m in finditer(pattern, text):
            value = _span(m.group("a"), m.group("b"))
            if value and (pattern is not _OLD_SHORT or int(m.group("b")) > int(m.group("a")[2:])):
                yield Found(m.start(), m.end(), value)
