"""Ordinal: "22nd" is "twenty-second" is "lần thứ 22"; "first" is "đầu tiên"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import cache

from crosscheck.figures import rate_before
from crosscheck.kinds import Found
from crosscheck.lang import get as get_language
from crosscheck.regex_starts import skipping
from crosscheck.scale_ordinals import find as scale_ordinals
from crosscheck.scanning import finditer


def parse(raw: object, dateline: date | None) -> int:
    if isinstance(raw, int) and not isinstance(raw, bool) and raw > 0:
        return raw
    text = str(raw).strip()
    value = (text.isdigit() and int(text)) or get_language("en").read_ordinal(text)
    if not value:
        raise ValueError(f'{raw!r} is not an ordinal; write 22, "22nd" or "twenty-second"')
    return value


def equal(a: int, b: int) -> bool:
    return a == b


def show(value: int) -> str:
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"


@cache
def _pattern(code: str) -> re.Pattern[str]:
    lang = get_language(code)
    digits = r"(?:\d{1,3}(?:,\d{3})+|\d{1,4})(?:st|nd|rd|th)" if code == "en" else "(?!)"  # "1,000th"
    # The first letters of its ordinals, tested first: cheaper than the look-behind everywhere.
    first = r"[\dtfsenq]" if code == "en" else "[tđqk]"
    return skipping(rf"(?={first})(?<![\w])(?:{digits}|{lang.ordinal_pattern})(?!\w)", re.IGNORECASE)


# A tied place in golf's leaderboard style: "ở vị trí T12", "finished T12" is "tied 12th".
# Only after a word of place or rank: "T12/2025" elsewhere is December in Vietnamese notes.
TIED = skipping(
    r"(?=T)(?:(?<=trí[\s\u00a0])|(?<=hạng[\s\u00a0])|(?<=đứng[\s\u00a0])|(?<=finished[\s\u00a0])"
    r"|(?<=placed[\s\u00a0]))T(?P<place>[1-9]\d{0,2})(?![\w/-]|[.,]\d)"
)
TIED_NOTE = "a tied place (T12)"
# A region numbered in Roman numerals, as minimum wages are set: "Region II" is "vùng II"
# (upper case only: "vùng i" is no numeral)
REGION = skipping(
    r"(?=[RrZzVv])\b(?:[Rr]egion|[Zz]one|[Vv]ùng)[\s\u00a0]+(?P<roman>I{1,3}|IV|VI{0,3}|IX|X)\b(?!-)"
)
REGION_NOTE = "a region numbered in Roman numerals"
# The far end of a range of centuries: "thế kỷ XIII–XIV" is "the 13th-14th centuries"
CENTURY_END = skipping(r"(?<=[IVXLC])[\s\u00a0]*[–-][\s\u00a0]*(?P<roman>[IVXLC]{1,6})\b")
_CENTURY_BEFORE = re.compile(r"(?i:thế[\s\u00a0]+k[ỷỉ])[\s\u00a0]+[IVXLC]{1,6}$")
_ROMAN_VALUES = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}


def find(text: str, code: str, dateline: date | None) -> Iterator[Found]:
    yield from scale_ordinals(text, code)  # ("the 1.5 millionth", before "thứ 1" alone)
    for tied in finditer(TIED, text) if "T" in text else ():
        yield Found(tied.start(), tied.end(), int(tied.group("place")), TIED_NOTE)
    for end in finditer(CENTURY_END, text) if code == "vi" and ("–" in text or "-" in text) else ():
        value = get_language("vi").read_ordinal(f"thế kỷ {end.group('roman')}")
        if value and _CENTURY_BEFORE.search(text, max(0, end.start() - 24), end.start()):
            yield Found(end.start("roman"), end.end(), value)
    for region in finditer(REGION, text) if "I" in text or "V" in text or "X" in text else ():
        yield Found(region.start(), region.end(), _ROMAN_VALUES[region.group("roman")], REGION_NOTE)
    read = get_language(code).read_ordinal
    for m in finditer(_pattern(code), text):
        value = read(m.group(0))
        # "20 metres per second", "2 km a second": the unit of a rate, not a second of a series
        # "a 30-second ad", "the 1-second gap": a span's unit joined to its number, no ordinal
        glued = m.start() > 1 and text[m.start() - 1] == "-" and text[m.start() - 2].isdigit()
        if value and not glued and not (m.group(0)[0].isalpha() and rate_before(text, m.start(), code)):
            yield Found(m.start(), m.end(), value)
