"""Duration: a span of time ("26 consecutive years" is "26 năm liên tiếp")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from crosscheck.figures import Amount
from crosscheck.kinds import Found
from crosscheck.kinds._amount import parse_amount
from crosscheck.units import same_measure


def parse(raw: object, dateline: date | None) -> Amount:
    return parse_amount(raw, "duration")


def equal(a: Amount, b: Amount) -> bool:
    return same_measure(a, b)


def show(value: Amount) -> str:
    return value.show()


# Halves of the year, which Vietnamese news counts in months: "the first half of the
# year", "H1" is "6 tháng đầu năm" or "nửa đầu năm". (Numbers of months are read by the figure reader.)
_HALF = {
    # (a half of a match or of a book is no half-year: "of the year" or a year must follow,
    # and the year itself is left to be read as one)
    "en": re.compile(r"(?=first|second|1st|2nd|H[12])\b"
                     r"(?:(?:first|second|1st|2nd)[\s\u00a0]+half(?:[\s\u00a0]+of[\s\u00a0]+"
                     r"(?:the|this|last|next)[\s\u00a0]+year|(?=[\s\u00a0]+of[\s\u00a0]+\d{4}))"
                     r"|H[12](?=[\s\u00a0]+\d{4}))\b"),
    "vi": re.compile(r"(?=[nN])\b[Nn]ửa[\s\u00a0]+(?:đầu|cuối|sau)[\s\u00a0]+năm\b"),
}  # fmt: skip


# A race or lap time is elapsed time, not a time of day: minutes, seconds and their
# hundredths ("4:41.30", "4:41,30"; "2:03:11.5" with hours). The fraction of a second is
# the positive evidence: no clock shows one. The unit word after it is part of it.
_ELAPSED = re.compile(
    r"(?=\d)(?<![\d:.,])(?:(?P<h>\d{1,2}):(?=\d\d:))?(?P<m>\d{1,2}):(?P<s>[0-5]\d)[.,](?P<f>\d{1,3})(?![\d:])"
    r"(?:[\s\u00a0]+(?:minutes|minute|mins|min|phút|seconds|giây)\b)?",
    re.IGNORECASE,
)


def find(text: str, code: str, dateline: date | None) -> Iterator[Found]:
    for m in _ELAPSED.finditer(text) if ":" in text else ():
        seconds = Decimal(int(m.group("h") or 0) * 3600 + int(m.group("m")) * 60 + int(m.group("s")))
        fraction = m.group("f")
        seconds += Decimal(fraction) / 10 ** len(fraction)
        yield Found(
            m.start(), m.end(), Amount(seconds, unit="second", decimals=len(fraction)), "elapsed time"
        )
    for m in _HALF[code].finditer(text):
        yield Found(m.start(), m.end(), Amount(Decimal(6), unit="month"), "half a year, in months")
