"""One day or span of the calendar, said two ways: "January-October" is "10 tháng đầu năm",
"the three months to September" is "quý III", "on Tuesday" is "ngày 12/11" when the 12th
falls on a Tuesday. `align` asks these once the figures that agree as they stand are paired.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from crosscheck.figures import Amount
from crosscheck.kinds import Mention
from crosscheck.lang import get as get_language
from crosscheck.lang import table_key, words_pattern
from crosscheck.text import Document

FIRST_MONTHS = "the first months of a year, named by the first and last"
QUARTER_BY_ITS_END = "a quarter named by its last month"
WEEKDAY_NOTES = {
    True: "a weekday the other version gives as its date",
    False: "the date the other version gives falls on another weekday",
    None: "a weekday the other version gives as a date; without the year it cannot be checked",
}

PART_OF_THE_DAY = "a time the other version gives as a part of the day"
RELATIVE_DAY = "the other version names this day from the story's day (yesterday, last week): not checked"
RELATIVE_YEAR = "the other version names this year from the story's year (next year, năm ngoái): not checked"
FESTIVAL = "a lunar day the other version names by its festival (the Mid-Autumn Festival, Tết Trung thu)"
RELATIVE_MONTH = (
    "the other version names this month from the story's month (last month, tháng này): not checked"
)
STATEMENT_DAY = "the weekday a statement was made, which the other version leaves to its dateline"

_THREE_MONTHS_TO = re.compile(r"[\s\u00a0]+(?:to|ending|ended|through|tính[\s\u00a0]+đến|đến)[\s\u00a0]+$")
_QUARTER_WORD = re.compile(r"quarter|quý|\bQ[1-4]\b", re.IGNORECASE)


def _months(mentions: list[Mention]) -> set[int]:
    return {m.value.month for m in mentions if m.kind == "date" and m.value.day is None}


def _spans_in_months(mentions: list[Mention]) -> set[Decimal]:
    return {
        m.value.value
        for m in mentions
        if m.kind == "duration" and isinstance(m.value, Amount) and m.value.unit == "month"
    }


# "Đến hết tháng 11", "through November": a month that ends a span counted from January
_TO_THE_END_OF = re.compile(
    r"(?:(?:đến|tới|tính\s+đến)\s+hết|hết|through|by\s+the\s+end\s+of|to\s+the\s+end\s+of)\s+$", re.IGNORECASE
)


# "Tính đến ngày 30/11", "as of Nov. 30": the month's last day ends the span as well
_UP_TO = re.compile(r"(?:tính\s+đến|đến|tới|as\s+of|through|until)\s+(?:hết\s+)?(?:ngày\s+)?$", re.IGNORECASE)


def _last_day(day: Any) -> bool:
    """Whether a date is the last day of its month (the 28th of February too: no year)."""
    if day.day is None or day.lunar:
        return False
    if day.month == 2 and day.year is None:
        return day.day in (28, 29)
    following = date(day.year or 2001, day.month, 28) + timedelta(days=4)
    return bool(day.day == (following - timedelta(days=following.day)).day)


def _months_to_the_end(mentions: list[Mention], text: str) -> set[int]:
    return {
        m.value.month
        for m in mentions
        if m.kind == "date"
        and (
            (m.value.day is None and _TO_THE_END_OF.search(text, max(0, m.start - 24), m.start))
            or (_last_day(m.value) and _UP_TO.search(text, max(0, m.start - 24), m.start))
        )
    }


def first_months(
    kind: str, value: Any, same: list[Mention], other: list[Mention], texts: tuple[str, str]
) -> bool:
    """ "January-October" against "10 tháng đầu năm" (the first ten months): months named
    from January to a month agree with that many months in the other version, and the
    other way round. Both ends must be written, so "January-October" never agrees with
    nine months; or the month must be the end of a span from January ("in the 11 months"
    against "Đến hết tháng 11"). `texts` are this version's and the other's."""
    if kind == "duration" and isinstance(value, Amount) and value.unit == "month":
        count = value.value
        if count != int(count) or not 2 <= count <= 12:
            return False
        if count == 3 and _first_quarter(same, other, texts[0]):
            return True
        return {1, int(count)} <= _months(other) or int(count) in _months_to_the_end(other, texts[1])
    if kind == "date" and (value.day is None or _last_day(value)):
        if value.month in _months_to_the_end(same, texts[0]) and value.month in _spans_in_months(other):
            return True
        ends = _months(same)
        return 1 in ends and any(
            value.month in (1, int(n)) and int(n) in ends for n in _spans_in_months(other)
        )
    return False


# "in the first three months", "trong ba tháng đầu năm": the months counted from the year's start
_FIRST_BEFORE = re.compile(r"(?:\bfirst|(?<!\w)đầu)[\s\u00a0]+$", re.IGNORECASE)
_FIRST_AFTER = re.compile(r"[\s\u00a0]+(?:đầu[\s\u00a0]+năm|of[\s\u00a0]+the[\s\u00a0]+year)(?!\w)")


def _first_quarter(same: list[Mention], other: list[Mention], text: str) -> bool:
    """ "5.4% in the first three months" against "5,4% của quý I": three months counted from
    the year's start are the first quarter the other version names."""
    counted = any(
        m.kind == "duration"
        and getattr(m.value, "unit", None) == "month"
        and m.value.value == 3
        and (_FIRST_BEFORE.search(text, max(0, m.start - 8), m.start) or _FIRST_AFTER.match(text, m.end))
        for m in same
    )
    named = any(m.kind == "ordinal" and m.value == 1 and _QUARTER_WORD.search(m.text) for m in other)
    return counted and named


def quarter_by_its_end(month: Mention, text: str, same: list[Mention], other: list[Mention]) -> list[Mention]:
    """ "In the three months to September" is the third quarter, "quý III": the month a
    quarter ends, written after three months leading up to it, agrees with the quarter
    the other version names. The three months and the quarter, when they agree; else []."""
    value = month.value
    if month.kind != "date" or value.day is not None or value.month % 3:
        return []
    led = [
        m
        for m in same
        if m.kind == "duration"
        and isinstance(m.value, Amount)
        and m.value.unit == "month"
        and m.value.value == 3
        and _THREE_MONTHS_TO.fullmatch(text, m.end, month.start)
    ]
    quarter = value.month // 3
    named = [m for m in other if m.kind == "ordinal" and m.value == quarter and _QUARTER_WORD.search(m.text)]
    return led + named if led and named else []


def falls_on(weekday: Any, day: Any) -> bool | None:
    """Whether a date falls on a weekday; None when its year is unknown, since every day
    of the year falls on every weekday in some year."""
    if day.year is None:
        return None
    try:
        return bool(date(day.year, day.month, day.day).weekday() == weekday.index)
    except ValueError:
        return False


_WORD_BEFORE = re.compile(r"(\w+)[\s\u00a0]+$")


_WORD_AFTER = re.compile(r"[\s\u00a0]+(\w+)")


def _counted(doc: Document, start: int, end: int) -> bool:
    """Whether the words around a year named from the story's are a count instead: a
    number, a scale word or a plural marker before ("5 năm sau", "hàng triệu năm trước",
    "những năm sau" are spans), or a number after ("mất năm tới mười năm" is five to ten).
    Only where the phrase opens with the year's own word, which a count may count: "21
    million last year" counts no year."""
    lang = get_language(doc.lang)
    if doc.text[start:end].split()[0].lower() not in lang.durations:
        return False

    def number(word: str) -> bool:
        return word[0].isdigit() or lang.read_cardinal(word) is not None

    after = _WORD_AFTER.match(doc.text, end)
    if after is not None and number(after.group(1).lower()):
        return True
    before = _WORD_BEFORE.search(doc.text, max(0, start - 16), start)
    word = before.group(1).lower() if before else ""
    return bool(word) and (number(word) or word in lang.scales or word in lang.plural_markers)


def _named_from_story(doc: Document, table: str) -> list[re.Match[str]]:
    """Where a document names a day, month or year from the story's own (`table`), a
    month's or year's phrase only where no count makes it a span ("5 năm sau" is five
    years later, no year named from the story's)."""
    found = words_pattern(doc.lang, table).finditer(doc.text)
    return [m for m in found if table == "relative_days" or not _counted(doc, m.start(), m.end())]


def relative_year_offsets(doc: Document) -> list[tuple[float, int]]:
    """Where a document names a year from its own year ("next year", "năm ngoái"), with
    how many years from its own it names (+1, -1, 0)."""
    offsets = {k.lower(): v for k, v in get_language(doc.lang).relative_years.items()}
    return [
        (doc.place(m.start()), offsets[" ".join(m.group().lower().split())])
        for m in _named_from_story(doc, "relative_years")
    ]


def relative_day_places(doc: Document, table: str = "relative_days") -> list[float]:
    """Where a document names a day from its own day ("yesterday", "tuần trước"), or a
    month from its own month (`table` "relative_months": "last month", "tháng này"), as a
    share of its sentences, the measure `align` places groups by."""
    return [doc.place(m.start()) for m in _named_from_story(doc, table)]


def dates_a_statement(doc: Document, mention: Mention) -> bool:
    """Whether a weekday is the day a statement was made: a verb of saying just before it,
    with only names and the language's statement words between ("..., the office said on
    Sunday", "told Reuters late on Monday", "cho biết hôm Chủ nhật"), or just after it ("on
    Sunday announced"). "Said the attack happened on Sunday" dates the attack."""
    lang = get_language(doc.lang)
    verbs = words_pattern(doc.lang, "saying_verbs")
    before = doc.text[max(0, mention.start - 60) : mention.start]
    for verb in verbs.finditer(before):
        between = before[verb.end() :].split()
        if len(between) <= 6 and all(w.lower() in lang.statement_words or w[0].isupper() for w in between):
            return True
    return verbs.match(doc.text[mention.end : mention.end + 40].lstrip()) is not None


def saying_places(doc: Document) -> list[float]:
    """Where a document reports a statement ("said", "cho biết"), as a share of its
    sentences."""
    return [doc.place(m.start()) for m in words_pattern(doc.lang, "saying_verbs").finditer(doc.text)]


def festival_days(doc: Document) -> list[tuple[float, tuple[int, int]]]:
    """Where a document names a festival of the lunar calendar, as a share of its
    sentences, with the (month, day) it is held on."""
    festivals = {k.lower(): v for k, v in get_language(doc.lang).lunar_festivals.items()}
    pattern = words_pattern(doc.lang, "lunar_festivals")
    return [(doc.place(m.start()), festivals[table_key(m.group())]) for m in pattern.finditer(doc.text)]


def day_part_places(doc: Document) -> list[tuple[float, int, int]]:
    """Where a document names a part of the day ("afternoon", "chiều"), as a share of its
    sentences, with the minutes from midnight it covers (past 24 hours: the next morning)."""
    parts = get_language(doc.lang).day_parts
    out: list[tuple[float, int, int]] = []
    for m in words_pattern(doc.lang, "day_parts").finditer(doc.text):
        low, high = parts[table_key(m.group())]
        out.append((doc.place(m.start()), low * 60, high * 60))
    return out


def in_day_part(minutes: int, low: int, high: int) -> bool:
    """Whether a clock time (minutes from midnight) falls in a part of the day."""
    return low <= minutes <= high or low <= minutes + 24 * 60 <= high
