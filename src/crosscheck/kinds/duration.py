"""Duration: a span of time ("26 consecutive years" is "26 năm liên tiếp")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from crosscheck.figures import Amount
from crosscheck.kinds import Found
from crosscheck.kinds._amount import parse_amount
from crosscheck.lang import get as get_language
from crosscheck.regex_starts import skipping
from crosscheck.scanning import finditer
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
    "en": skipping(r"(?=first|second|1st|2nd|H[12])\b"
                     r"(?:(?:first|second|1st|2nd)[\s\u00a0]+half(?:[\s\u00a0]+of[\s\u00a0]+"
                     r"(?:the|this|last|next)[\s\u00a0]+year|(?=[\s\u00a0]+of[\s\u00a0]+\d{4}))"
                     # "in H1": the half-year of business copy after a preposition
                     r"|H[12](?=[\s\u00a0]+\d{4})|(?<=in[\s\u00a0])H[12]|(?<=for[\s\u00a0])H[12]"
                     r"|(?<=during[\s\u00a0])H[12]"
                     # a headline's first word: "H1 FDI disbursement hits $11.7B"
                     r"|(?<![^\n])H[12](?=[\s\u00a0]+[A-Za-z]))\b"),
    "vi": skipping(r"(?=[nN])\b[Nn]ửa[\s\u00a0]+(?:đầu|cuối|sau)[\s\u00a0]+năm\b"),
}  # fmt: skip

# Business copy's months of a year: "9M2026" is "9 tháng năm 2026", the first nine months
# (the year after the "M" is left to the year reader)
_MONTHS_OF_YEAR = re.compile(r"(?<![\w.])(?P<n>[1-9]|1[01])(?P<m>M)(?=20\d\d(?!\d))")
MONTHS_OF_A_YEAR = "the first months of a year, as business copy writes them (9M2026)"

# Read weakly (never evidence alone, only agreement): "the first half" with no year after
# it is as often a match's half as the half-year that "6 tháng đầu năm" states; "in a
# decade" is "trong 10 năm", "for a century" "một thế kỷ", but "a" is no figure by itself.
HALF_MAYBE_YEAR = "a half, maybe of the year"
_MAY_SPAN = skipping(r"decade|century|millennium|fortnight|year[\s\u00a0]+(?:to|through|end)", re.IGNORECASE)
ONE_BY_ARTICLE = "a span counted by its article (a decade)"
# (not "the first half of October", "of the match": a half of something named is not the year's)
_HALF_ALONE = skipping(r"(?=[fs])\b(?:first|second)[\s\u00a0]+half\b(?![\s\u00a0]+of\b)")
# ("the past decade" is "10 năm qua", "the next century" "100 năm tới": read the same way)
# ("a fortnight" is "hai tuần", "a quarter of a century" "25 năm", "half a century" "50 năm",
# "in the year to November" "trong 12 tháng tính đến tháng 11")
_ARTICLE_SPAN = skipping(
    r"(?=[aAtThHoO])\b(?:(?:an?|the[\s\u00a0]+(?:past|last|previous|next|coming))[\s\u00a0]+"
    r"(?P<unit>decade|century|millennium|fortnight)\b"
    r"|(?P<share>(?:a|one)[\s\u00a0-]+quarter|half)(?:[\s\u00a0]+of)?[\s\u00a0-]+(?:a[\s\u00a0]+)?century\b"
    r"|the[\s\u00a0]+(?P<year>year)(?=[\s\u00a0]+(?:to|through|ending|ended)[\s\u00a0]+(?-i:[A-Z])))",
    re.IGNORECASE,
)
# (in the finer unit, so that "a decade" is exactly 10 years: "12 năm" is another span)
# ("more than a millennium of Chinese domination" is "hơn 1.000 năm Bắc thuộc")
_SPAN_WORDS = {"decade": Amount(Decimal(10), unit="year"), "century": Amount(Decimal(100), unit="year"),
               "millennium": Amount(Decimal(1000), unit="year"),
               "fortnight": Amount(Decimal(2), unit="week"), "year": Amount(Decimal(12), unit="month"),
               "quarter": Amount(Decimal(25), unit="year"),
               "half": Amount(Decimal(50), unit="year")}  # fmt: skip


# A race or lap time is elapsed time, not a time of day: minutes, seconds and their
# hundredths ("4:41.30", "4:41,30"; "2:03:11.5" with hours). The fraction of a second is
# the positive evidence: no clock shows one. The unit word after it is part of it. Hours,
# minutes and seconds ("won the marathon in 2:09:56") are elapsed time too, unless a part
# of the day, a time zone or "at" makes them a clock ("at 10:32:15 a.m.").
_ELAPSED = skipping(
    r"(?=\d)(?<![\d:.,])(?:(?P<h>\d{1,2}):(?=\d\d:))?(?P<m>\d{1,2}):(?P<s>[0-5]\d)(?:[.,](?P<f>\d{1,3}))?(?![\d:])"
    r"(?:[\s\u00a0]+(?:minutes|minute|mins|min|phút|seconds|giây)\b)?",
    re.IGNORECASE,
)
_CLOCK_AFTER = re.compile(r"[\s\u00a0]*(?:[ap]\.?m\b|GMT|UTC|local|giờ|sáng|chiều|tối|đêm)", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(r"(?:\bat|\blúc|\bvào)[\s\u00a0]+$", re.IGNORECASE)

# Hours, minutes and seconds written out: "2 giờ 9 phút 56 giây", "2 hours, 9 minutes and
# 56 seconds"; a race's fraction after "giây" as below ("1 phút 28 giây 197").
_TRIPLE = {
    "en": skipping(
        r"(?P<h>\d{1,2})[\s\u00a0]*(?:hours?|hrs?|h),?[\s\u00a0]+(?P<m>\d{1,2})[\s\u00a0]*(?:minutes?|mins?),?"
        r"[\s\u00a0]+(?:and[\s\u00a0]+)?(?P<s>\d{1,2})(?:\.(?P<f>\d{1,3}))?[\s\u00a0]*(?:seconds?|secs?)\b"
    ),
    "vi": skipping(
        r"(?P<h>\d{1,2})[\s\u00a0]*(?:giờ|tiếng)[\s\u00a0]+(?P<m>\d{1,2})[\s\u00a0]*phút[\s\u00a0]+"
        r"(?P<s>\d{1,2})(?:,(?P<f>\d{1,3}))?[\s\u00a0]*giây(?!\w)(?:[\s\u00a0]+(?P<f2>\d{1,3})(?!\d|[.,]\d))?"
    ),
}


# Hours and minutes, minutes and seconds: one span ("6 hours and 18 minutes" is "6 giờ 18
# phút", "15 minutes 7.86 seconds" is "15 phút 07 giây 86", the hundredths after "giây").
# A unit then the next smaller one is the evidence. Vietnamese "6 giờ 18 phút" is left to
# the time reader (a clock time as often as a span; `align` lets the two agree);
# "tiếng" is never a clock.
_SMALLER = {"hour": "minute", "minute": "second"}
_SECONDS = {"hour": 3600, "minute": 60, "second": 1}
_PARTS = {
    "en": (
        r"(?P<u1>hours?|hrs?|minutes?|mins?)(?:,?[\s\u00a0]+and)?[\s\u00a0]+",
        r"(?P<u2>minutes?|mins?|seconds?|secs?)",
    ),
    "vi": (r"(?P<u1>tiếng|phút)[\s\u00a0]+", r"(?P<u2>phút|giây)"),
}
_UNIT_OF = {"hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "tiếng": "hour",
            "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
            "phút": "minute", "second": "second", "seconds": "second", "sec": "second",
            "secs": "second", "giây": "second"}  # fmt: skip


def _compound(code: str) -> re.Pattern[str]:
    first, second = _PARTS[code]
    # Vietnamese writes a race's hundredths after "giây": "07 giây 86" is 7.86 seconds
    # (and F1's thousandths: "1 phút 28 giây 197" is 1:28.197)
    hundredths = r"(?:[\s\u00a0]+(?P<h>\d{1,3})(?!\d|[.,]\d))?" if code == "vi" else ""
    return skipping(
        rf"(?P<a>\d{{1,3}})[\s\u00a0]*{first}(?P<b>\d{{1,2}})(?:[.,](?P<f>\d{{1,3}}))?"
        rf"[\s\u00a0]*{second}(?!\w){hundredths}"  # (no IGNORECASE: news writes units in lower case)
    )


# (the digits first and no look-behind, so that the regex engine skips to each digit; the
# character before is tested here)
_COMPOUND = {code: _compound(code) for code in _PARTS}


def _compound_spans(text: str, code: str) -> Iterator[Found]:
    if ("phút" not in text) if code == "vi" else ("min" not in text and "sec" not in text):
        return  # (a cheap test first: a span of two units needs minutes or seconds)
    for m in finditer(_COMPOUND[code], text):
        if m.start() and text[m.start() - 1] in "0123456789.,":
            continue
        big, small = _UNIT_OF[m.group("u1").lower()], _UNIT_OF[m.group("u2").lower()]
        hundredths = m.groupdict().get("h")
        if _SMALLER[big] != small or (hundredths and (small != "second" or m.group("f"))):
            continue
        fraction = m.group("f") or hundredths or ""
        total = Decimal(m.group("a")) * _SECONDS[big] // _SECONDS[small] + Decimal(m.group("b"))
        total += Decimal(fraction or 0) / 10 ** len(fraction)
        amount = Amount(total, unit=small, decimals=len(fraction))
        yield Found(m.start(), m.end(), amount, "hours and minutes, or minutes and seconds")


# A sprint's time: "10 giây 23" is 10.23 seconds, the hundredths after "giây" as above.
_SPRINT_VI = skipping(r"(?P<s>\d{1,2})[\s\u00a0]*giây[\s\u00a0]+(?P<f>\d{2,3})(?!\d|[.,]\d)")


def _sprint_spans(text: str, code: str) -> Iterator[Found]:
    if code != "vi" or "giây" not in text:
        return
    counted = get_language(code).is_counted
    for m in finditer(_SPRINT_VI, text):
        after = text[m.end() : m.end() + 24].split()
        if (m.start() and text[m.start() - 1] in "0123456789.,") or (after and counted(" ".join(after))):
            continue  # ("trong 10 giây 23 người": a count of people follows, no hundredths)
        seconds = Decimal(m.group("s")) + Decimal(m.group("f")) / 10 ** len(m.group("f"))
        yield Found(
            m.start(), m.end(), Amount(seconds, unit="second", decimals=len(m.group("f"))), "elapsed time"
        )


def _triple_spans(text: str, code: str) -> Iterator[Found]:
    if ("giây" not in text) if code == "vi" else ("sec" not in text):
        return
    for m in finditer(_TRIPLE[code], text):
        if m.start() and text[m.start() - 1] in "0123456789.,":
            continue
        fraction = m.group("f") or m.groupdict().get("f2") or ""
        seconds = Decimal(int(m.group("h")) * 3600 + int(m.group("m")) * 60 + int(m.group("s")))
        seconds += Decimal(fraction or 0) / 10 ** len(fraction)
        amount = Amount(seconds, unit="second", decimals=len(fraction))
        yield Found(m.start(), m.end(), amount, "elapsed time")


def find(text: str, code: str, dateline: date | None) -> Iterator[Found]:
    yield from _triple_spans(text, code)
    yield from _compound_spans(text, code)
    yield from _sprint_spans(text, code)
    for m in finditer(_ELAPSED, text) if ":" in text else ():
        fraction, start = m.group("f") or "", m.start()
        clock = _CLOCK_AFTER.match(text, m.end()) or _CLOCK_BEFORE.search(text, max(0, start - 6), start)
        if not fraction and (not m.group("h") or clock):
            continue  # "4:41" alone is a clock; hours, minutes and seconds only with no clock's cue
        seconds = Decimal(int(m.group("h") or 0) * 3600 + int(m.group("m")) * 60 + int(m.group("s")))
        seconds += Decimal(fraction or 0) / 10 ** len(fraction)
        yield Found(
            m.start(), m.end(), Amount(seconds, unit="second", decimals=len(fraction)), "elapsed time"
        )
    for m in _MONTHS_OF_YEAR.finditer(text) if code == "en" and "M20" in text else ():
        yield Found(m.start(), m.end("m"), Amount(Decimal(m.group("n")), unit="month"), MONTHS_OF_A_YEAR)
    for m in finditer(_HALF[code], text):
        yield Found(m.start(), m.end(), Amount(Decimal(6), unit="month"), "half a year, in months")
    if code == "en":
        for m in finditer(_HALF_ALONE, text) if "half" in text else ():
            yield Found(m.start(), m.end(), Amount(Decimal(6), unit="month"), HALF_MAYBE_YEAR)
        for m in finditer(_ARTICLE_SPAN, text) if _MAY_SPAN.search(text) else ():
            word = (m.group("unit") or m.group("year") or m.group("share").split()[-1].split("-")[-1]).lower()
            yield Found(m.start(), m.end(), _SPAN_WORDS[word], ONE_BY_ARTICLE)
