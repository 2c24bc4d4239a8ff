"""An ordinal counted in a scale word: "its 1.5 millionth visitor" is "vị khách thứ 1,5 triệu".

A milestone visitor, passenger or vehicle is numbered in millions. English writes the scale
word as the ordinal ("millionth"), Vietnamese keeps "thứ" before a plain figure and its scale
("thứ 1,5 triệu"); each was read as the bare count 1.5 (or as "thứ 1"). The evidence is the
ordinal word itself: an English scale word ending in "-th" that numbers a noun (not "of",
which makes it a fraction: "a millionth of a second", nor a plural "thousandths"), or a
Vietnamese "thứ" straight before a figure and its scale word, where no currency follows
("thứ 2 triệu đồng" would be a price, not a place in a series).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from functools import cache

from crosscheck.kinds import Found
from crosscheck.lang import get as get_language
from crosscheck.regex_starts import skipping
from crosscheck.scanning import finditer

_SCALES = {"thousandth": 10**3, "millionth": 10**6, "billionth": 10**9,
           "nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}  # fmt: skip
_S = r"[\s\u00a0]"
NOTE = "an ordinal counted in a scale word (the 1.5 millionth)"


@cache
def _pattern(code: str) -> re.Pattern[str]:
    if code == "en":
        cardinal = get_language("en").cardinal_pattern
        return skipping(
            rf"(?=[\dA-Za-z])(?<![\w.,])(?P<num>\d+(?:\.\d+)?|(?i:{cardinal}))[\s\u00a0-]+"
            rf"(?P<scale>thousandth|millionth|billionth)(?!\w)(?!{_S}+of\b)"
        )
    return skipping(
        rf"(?=t)(?<!\w)thứ{_S}+(?P<num>\d+(?:,\d+)?){_S}+(?P<scale>nghìn|ngàn|triệu|tỷ|tỉ)(?!\w)"
        rf"(?!{_S}*(?:đồng|đ\b|USD|VND|VNĐ|euro|yên|nhân dân tệ|\$))"
    )


def find(text: str, code: str) -> Iterator[Found]:
    """Each ordinal counted in a scale word, its value the whole place ("1.5 millionth" is
    1,500,000). Cheap: only texts that hold the scale word are scanned."""
    if code == "en" and "illionth" not in text and "thousandth" not in text:
        return
    if code == "vi" and "thứ" not in text:
        return
    read = get_language(code).read_cardinal
    for m in finditer(_pattern(code), text):
        raw = m.group("num")
        try:
            number = Decimal(raw.replace(",", ".")) if raw[0].isdigit() else Decimal(read(raw) or 0)
        except InvalidOperation:
            continue
        value = number * _SCALES[m.group("scale")]
        if number and value == value.to_integral_value():
            yield Found(m.start(), m.end(), int(value), NOTE)
