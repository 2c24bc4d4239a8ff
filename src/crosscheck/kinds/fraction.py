"""Fraction: "1/3" is "one third" is "một phần ba"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from fractions import Fraction

from crosscheck.kinds import Found
from crosscheck.lang import get as get_language

_EN_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5,
                    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}  # fmt: skip
_EN = re.compile(
    r"\b(?P<num>a|one|two|three|four|five|six|seven|eight|nine)[\s\u00a0-]+"
    rf"(?P<den>{'|'.join(sorted(_EN_DENOMINATORS, key=len, reverse=True))})s?\b",
    re.IGNORECASE,
)
_VI = re.compile(
    r"(?<!\w)(?P<num>một|hai|ba|bốn|năm|sáu|bảy|tám|chín)[\s\u00a0]+phần[\s\u00a0]+"
    r"(?P<den>hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?!\w)|(?<!\w)(?P<half>một[\s\u00a0]+nửa)(?!\w)",
    re.IGNORECASE,
)
# A bare "a/b" is a fraction when it is proper and small; "19/2" and "6/11" are dates.
_DIGITS = re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})(?![\d/])")
_VI_DENOMINATORS = {"hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                    "tám": 8, "chín": 9, "mười": 10}  # fmt: skip


def parse(raw: object, dateline: date | None) -> Fraction:
    text = str(raw).strip()
    try:
        return Fraction(text)
    except (ValueError, ZeroDivisionError):
        found = list(find(text, "en", None))
        if len(found) == 1:
            value: Fraction = found[0].value
            return value
    raise ValueError(f'{raw!r} is not a fraction; write it as "1/3"')


def equal(a: Fraction, b: Fraction) -> bool:
    return a == b


def show(value: Fraction) -> str:
    return f"{value.numerator}/{value.denominator}"


def is_fraction_like(numerator: int, denominator: int) -> bool:
    return 0 < numerator < denominator <= 10


def find(text: str, code: str, dateline: date | None) -> Iterator[Found]:
    for m in _DIGITS.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if is_fraction_like(a, b):
            yield Found(m.start(), m.end(), Fraction(a, b))
    if code == "en":
        read = get_language("en").read_cardinal
        for m in _EN.finditer(text):
            num = 1 if m.group("num").lower() in ("a", "one") else read(m.group("num"))
            den = _EN_DENOMINATORS[m.group("den").lower()]
            if num:
                yield Found(m.start(), m.end(), Fraction(num, den))
    else:
        read = get_language("vi").read_cardinal
        for m in _VI.finditer(text):
            if m.group("half"):
                yield Found(m.start(), m.end(), Fraction(1, 2))
                continue
            num = 1 if m.group("num").lower() == "một" else read(m.group("num"))
            den = _VI_DENOMINATORS[m.group("den").lower()]
            if num:
                yield Found(m.start(), m.end(), Fraction(num, den))
