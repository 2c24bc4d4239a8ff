"""Dates of the lunar calendar: "the 15th day of the first lunar month" is "Rằm tháng
Giêng", "from the 22nd to the 27th day of the fourth lunar month" is "từ ngày 22 đến 27
tháng 4 âm lịch".

Festivals are dated by the lunar calendar, and a story often gives the solar date beside
it. A lunar date is read only on its own evidence: English "lunar month", Vietnamese "âm
lịch" after the month or "rằm" (the full-moon day, the 15th) before it. It is a `Day`
marked lunar, with no year (the lunar year starts on another day), so it agrees only with
the same lunar date and never with a solar one.

The days of Tết are counted from the lunar new year itself: "mùng 2 Tết" is the second day
of the first lunar month, and so is "the second day of Tet", "of the Lunar New Year" or "of
the Year of the Horse". (Not "the first day of the Tet holiday": the holiday opens days
before the new year.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from crosscheck.kinds import Found
from crosscheck.kinds.date import Day
from crosscheck.lang import get as get_language
from crosscheck.regex_starts import skipping

_S = r"[\s\u00a0]+"
LUNAR = "a date of the lunar calendar"
_ORDINAL_EN = r"(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)"
_DAY_WORDS_VI = rf"(?:(?:[Nn]gày|[Mm]ùng|[Mm]ồng){_S})*"
# Lunar months named by words: "tháng Giêng" (the first), "tháng Chạp" (the twelfth).
_MONTH_WORDS_VI = {"giêng": 1, "chạp": 12, "tư": 4}


@cache
def _english() -> re.Pattern[str]:
    return skipping(
        rf"(?=[Tt\d])(?:\bthe{_S})?\b(?P<d1>{_ORDINAL_EN})(?:{_S}(?:to|and|through|-){_S}(?:the{_S})?(?P<d2>{_ORDINAL_EN}))?"
        rf"{_S}days?{_S}of{_S}the{_S}(?P<m>{_ORDINAL_EN}){_S}lunar{_S}month\b"
        # a lunar month alone: "the eighth lunar month"
        rf"|(?=[Tt])\bthe{_S}(?P<mo>{_ORDINAL_EN}){_S}lunar{_S}month\b",
        re.IGNORECASE,
    )


@cache
def _tet_days() -> re.Pattern[str]:
    """The days of Tết: "mùng 2 Tết (Nguyên đán)", "the second day of Tet"."""
    new_year = rf"(?:Tet|Tết|Lunar{_S}New{_S}Year|Year{_S}of{_S}the{_S}[A-Z][a-z]+)"
    return skipping(
        rf"(?=[MmNn])(?:[Nn]gày{_S})?(?<!\w)(?:[Mm]ùng|[Mm]ồng){_S}(?P<vi>\d{{1,2}}){_S}Tết(?!\w)(?:{_S}Nguyên{_S}đán\b)?"
        rf"|(?=[Tt])\bthe{_S}(?P<en>{_ORDINAL_EN}){_S}days?{_S}of{_S}(?:the{_S})?{new_year}\b"
        rf"(?!{_S}(?:holidays?|break|vacation|period|festival|season)\b)"
    )


# What every English day of Tết holds ("day of Tet", "days of the Year of the Horse"): its
# pattern is tried at every "m", "n" and "t" of a text, so it runs only where this (a search
# for the letters "day") or the Vietnamese "Tết" is found. (A 10 MB text that has neither
# saves about 0.4 CPU s.)
_TET_EN = re.compile(rf"days?{_S}of{_S}(?:the{_S})?(?:Tet|Tết|Lunar|Year)")


def _tet(text: str, code: str) -> Iterator[Found]:
    if "Tết" not in text and _TET_EN.search(text) is None:
        return
    read = get_language("en").read_ordinal
    for m in _tet_days().finditer(text):
        written = m.group(code)
        day = (int(written) if code == "vi" else read(written)) if written else None
        if day is not None and 1 <= day <= 10:  # (the days of Tết are the first ten, "mùng")
            yield Found(m.start(), m.end(), Day(None, 1, day, lunar=True), LUNAR)


@cache
def _vietnamese() -> re.Pattern[str]:
    words = "giêng|chạp|mười một|mười hai|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười"
    month = rf"(?P<m>\d{{1,2}}|(?i:{words}))(?!\w)"
    lunar = rf"(?P<lunar>{_S}âm{_S}lịch\b|{_S}ÂL\b)"
    joiner = r"[\s\u00a0]*(?:đến|tới|-|–|và)[\s\u00a0]*"
    days = rf"{_DAY_WORDS_VI}(?P<d1>\d{{1,2}})(?:{joiner}{_DAY_WORDS_VI}(?P<d2>\d{{1,2}}))?"
    return skipping(
        # "rằm tháng Giêng", "22 đến 27 tháng 4 âm lịch", "tháng 8 âm lịch"
        rf"(?:(?<!\w)(?P<full>[Rr]ằm){_S}|{days}{_S})?[Tt]háng{_S}{month}{lunar}?"
        # "ngày 15/8 âm lịch", "mùng 10-3 âm lịch"
        rf"|{_DAY_WORDS_VI}(?P<ds>\d{{1,2}})[/.-](?P<ms>\d{{1,2}}){lunar.replace('lunar', 'slashed')}"
    )


def _vi_month(word: str) -> int | None:
    value = _MONTH_WORDS_VI.get(word.lower()) or get_language("vi").read_cardinal(word.lower())
    number = int(word) if word.isdigit() else value
    return number if number and 1 <= number <= 12 else None


def _day(month: int | None, day: int | None) -> Day | None:
    if month is None or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 30):
        return None  # (a lunar month has 29 or 30 days)
    return Day(None, month, day, lunar=True)


_FIRST_DAYS = re.compile(r"(?<!\w)(?:mùng|mồng)(?!\w)", re.IGNORECASE)


def _lunar_month_name(m: re.Match[str]) -> Iterator[Found]:
    """ "mùng 6 tháng Giêng", "mùng 4 đến mùng 6 tháng Giêng": one of the first ten days
    ("mùng") of a month named by its lunar name (Giêng, Chạp) is a lunar date, read also as
    the solar one it may be; each day of a range apart. (Other days of these months are
    read as solar dates first, `kinds.date`.)"""
    if m.group("m").lower() not in ("giêng", "chạp") or not m.group("d1"):
        return
    days = [int(m.group(g)) for g in ("d1", "d2") if m.group(g)]
    if not _FIRST_DAYS.search(m.group()) or max(days) > 10:
        return  # ("mùng" counts the first ten days; "ngày 21 tháng Giêng" is read by `date`)
    month = _MONTH_WORDS_VI[m.group("m").lower()]
    made_days = [_day(month, day) for day in days]
    for i, (day, made) in enumerate(zip(days, made_days, strict=True)):
        if None in made_days or made is None:
            return
        start = m.start() if i == 0 else m.start("d2")
        end = m.end() if i == len(days) - 1 else m.end("d1")
        yield Found(start, end, made, LUNAR, alternatives=(Day(None, month, day),))


def find(text: str, code: str) -> Iterator[Found]:
    """Every lunar date of a text, each day of a range apart."""
    if "Tet" in text or "Tết" in text or "Year" in text:
        yield from _tet(text, code)
    if code == "en":
        if "lunar" not in text and "Lunar" not in text:
            return
        read = get_language("en").read_ordinal
        for m in _english().finditer(text):
            if m.group("mo"):
                made = _day(read(m.group("mo")), None)
                if made:
                    yield Found(m.start(), m.end(), made, LUNAR)
                continue
            month, groups = read(m.group("m")), [g for g in ("d1", "d2") if m.group(g)]
            made_days = [_day(month, read(m.group(g))) for g in groups]
            for i, (group, made) in enumerate(zip(groups, made_days, strict=True)):
                if None in made_days or made is None:
                    break
                start = m.start() if i == 0 else m.start(group)
                end = m.end() if i == len(groups) - 1 else m.end(group)
                yield Found(start, end, made, LUNAR)
        return
    cues = ("âm lịch", "ÂL", "Rằm", "rằm", "Giêng", "giêng", "Chạp", "chạp")
    if not any(cue in text for cue in cues):
        return
    for m in _vietnamese().finditer(text):
        if m.group("slashed"):
            made = _day(int(m.group("ms")), int(m.group("ds")))
            if made:
                yield Found(m.start(), m.end(), made, LUNAR)
            continue
        if not (m.group("lunar") or m.group("full")):
            yield from _lunar_month_name(m)  # "tháng 4" alone is the solar month
            continue
        month = _vi_month(m.group("m"))
        if m.group("full"):
            made = _day(month, 15)
            if made:
                yield Found(m.start(), m.end(), made, LUNAR)
            continue
        days = [int(m.group(g)) for g in ("d1", "d2") if m.group(g)]
        if not days:
            made = _day(month, None)
            if made:
                yield Found(m.start(), m.end(), made, LUNAR)
            continue
        made_days = [_day(month, day) for day in days]
        if any(d is None for d in made_days):
            continue
        for i, made in enumerate(made_days):
            start = m.start() if i == 0 else m.start("d2")
            end = m.end() if i == len(made_days) - 1 else m.end("d1")
            yield Found(start, end, made, LUNAR)
