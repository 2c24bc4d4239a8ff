"""English language knowledge: number words, ordinals, separators, CLDR words."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from crosscheck.figures import find_phrases, read_digits
from crosscheck.lang import get

EN = get("en")

_UNITS = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
]  # fmt: skip
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _words(n: int, sep: str = "-") -> str:
    if n < 20:
        return _UNITS[n - 1]
    tens, unit = divmod(n, 10)
    return _TENS[tens - 2] + (sep + _UNITS[unit - 1] if unit else "")


# Every number from one to ninety-nine, written out independently of the library.
ALL_CARDINALS = [(_words(n), n) for n in range(1, 100)]

REAL_CARDINALS = [
    ("two", 2),
    ("Two", 2),
    ("twenty-six", 26),
    ("zero", 0),  # "reduced to almost zero" is "gần như bằng 0"
    ("Twenty-six", 26),
    ("twenty six", 26),
    ("TWENTY-SIX", 26),
    ("Fifty-eight", 58),
    ("ninety-nine", 99),
    ("forty", 40),
    ("eleven", 11),
    ("nineteen", 19),
    ("twenty\u00a0two", 22),
]


@pytest.mark.parametrize(("text", "value"), ALL_CARDINALS + REAL_CARDINALS)
def test_read_cardinal(text: str, value: int) -> None:
    assert EN.read_cardinal(text) == value


@pytest.mark.parametrize(("text", "value"), [(_words(n, " "), n) for n in range(21, 100)])
def test_read_cardinal_with_space(text: str, value: int) -> None:
    assert EN.read_cardinal(text) == value


@pytest.mark.parametrize(
    "text",
    ["", "hundred", "twenty-eleven", "eleven-two", "two-twenty", "twenty twenty",
     "twenty-one-two", "fourty", "twenty-ten", "sixty-first", "the"],
)  # fmt: skip
def test_read_cardinal_refuses(text: str) -> None:
    assert EN.read_cardinal(text) is None


@pytest.mark.parametrize(("text", "value"), [(t, v) for t, v in ALL_CARDINALS if v != 1])
def test_cardinal_pattern_matches_every_number_word(text: str, value: int) -> None:
    assert re.fullmatch(EN.cardinal_pattern, text, re.IGNORECASE)


def test_cardinal_pattern_leaves_one_alone() -> None:
    # "one of the", "one between the ministry": "one" alone is not a count.
    assert not re.fullmatch(EN.cardinal_pattern, "one")


_ORD_UNITS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth",
]  # fmt: skip
_ORD_TENS = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
             "eightieth", "ninetieth"]  # fmt: skip


def _ordinal(n: int) -> str:
    if n < 20:
        return _ORD_UNITS[n - 1]
    tens, unit = divmod(n, 10)
    return _ORD_TENS[tens - 2] if unit == 0 else f"{_TENS[tens - 2]}-{_ORD_UNITS[unit - 1]}"


def _suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


ALL_ORDINALS = [(_ordinal(n), n) for n in range(1, 100)] + [(_suffix(n), n) for n in range(1, 130)]


@pytest.mark.parametrize(
    ("text", "value"),
    [*ALL_ORDINALS, ("twenty-second", 22), ("22nd", 22), ("First", 1), ("Twenty second", 22),
     ("1st", 1), ("2nd", 2), ("3rd", 3), ("11th", 11), ("12th", 12), ("13th", 13), ("21st", 21),
     ("101st", 101), ("111th", 111), ("2025th", 2025)],
)  # fmt: skip
def test_read_ordinal(text: str, value: int) -> None:
    assert EN.read_ordinal(text) == value


@pytest.mark.parametrize("text", ["", "second-first", "twenty", "two", "twentieth-one", "one"])
def test_read_ordinal_refuses(text: str) -> None:
    assert EN.read_ordinal(text) is None


@pytest.mark.parametrize(("text", "value"), [(_ordinal(n), n) for n in range(1, 100)])
def test_ordinal_pattern_matches_every_ordinal_word(text: str, value: int) -> None:
    assert re.fullmatch(EN.ordinal_pattern, text, re.IGNORECASE)


@pytest.mark.parametrize(
    ("text", "number", "decimals", "note"),
    [
        ("1,234.5", "1234.5", 1, ""),
        ("1234.5", "1234.5", 1, ""),
        ("41.6", "41.6", 1, ""),
        ("15.4", "15.4", 1, ""),
        ("39.1", "39.1", 1, ""),
        ("0.5", "0.5", 1, ""),
        ("15.40", "15.40", 2, ""),
        ("1,234,567", "1234567", 0, ""),
        ("10,000", "10000", 0, ""),
        ("200", "200", 0, ""),
        ("02", "2", 0, ""),
        ("2024", "2024", 0, ""),
        # Vietnamese separators in an English text: read, with a note.
        ("41,6", "41.6", 1, "read with Vietnamese separators"),
        ("1.234,5", "1234.5", 1, "read with Vietnamese separators"),
        ("12,34", "12.34", 2, "read with Vietnamese separators"),
    ],
)
def test_read_digits(text: str, number: str, decimals: int, note: str) -> None:
    first = read_digits(text, EN)[0]
    assert (first.number, first.decimals, first.note) == (Decimal(number), decimals, note)


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("10,000", ["10000", "10.000"]),  # ten thousand; ten with three decimals, Vietnamese way
        ("1.234", ["1.234", "1234"]),
        ("1,234.5", ["1234.5"]),
    ],
)
def test_read_digits_all_readings(text: str, readings: list[str]) -> None:
    assert [r.number for r in read_digits(text, EN)] == [Decimal(r) for r in readings]


@pytest.mark.parametrize("text", ["1.2.3", "1,23,456", "12,3456.7", "1.234.5", "1,2,3"])
def test_read_digits_refuses_what_no_language_writes(text: str) -> None:
    assert read_digits(text, EN) == []


@pytest.mark.parametrize(
    ("word", "scale"),
    [("thousand", 10**3), ("million", 10**6), ("billion", 10**9), ("trillion", 10**12),
     ("bn", 10**9), ("tn", 10**12)],
)  # fmt: skip
def test_scale_words(word: str, scale: int) -> None:
    assert EN.scales[word] == scale


@pytest.mark.parametrize(
    ("word", "code"),
    [("us$", "USD"), ("$", "USD"), ("£", "GBP"), ("€", "EUR"), ("¥", "JPY")],
)
def test_currency_prefixes(word: str, code: str) -> None:
    assert EN.currency_prefixes[word] == code


@pytest.mark.parametrize(
    ("word", "code"),
    [("usd", "USD"), ("us dollars", "USD"), ("dollars", "USD"), ("gbp", "GBP"),
     ("pounds", "GBP"), ("british pounds", "GBP"), ("euros", "EUR"), ("yuan", "CNY"),
     ("dong", "VND"), ("vnd", "VND"), ("cny", "CNY")],
)  # fmt: skip
def test_currency_words(word: str, code: str) -> None:
    assert EN.currency_words[word] == code


@pytest.mark.parametrize(
    ("word", "unit"),
    [("km", "kilometer"), ("kilometres", "kilometer"), ("miles", "mile"), ("mile", "mile"),
     ("yards", "yard"), ("metres", "meter"), ("tonnes", "metric_ton"), ("hectares", "hectare"),
     ("mw", "megawatt")],
)  # fmt: skip
def test_unit_words(word: str, unit: str) -> None:
    assert EN.units[word] == unit


def test_in_is_not_an_inch() -> None:
    assert "in" not in EN.units


@pytest.mark.parametrize(
    ("word", "unit"),
    [("years", "year"), ("year", "year"), ("months", "month"), ("days", "day"),
     ("weeks", "week"), ("decades", "decade_span"), ("hours", "hour")],
)  # fmt: skip
def test_duration_words(word: str, unit: str) -> None:
    assert EN.durations[word] == unit


@pytest.mark.parametrize(
    ("phrase", "qualifier"),
    [("approximately", "about"), ("about", "about"), ("around", "about"), ("nearly", "about"),
     ("over", "over"), ("more than", "over"), ("above", "over"), ("under", "under"),
     ("less than", "under"), ("fewer than", "under"), ("below", "under")],
)  # fmt: skip
def test_qualifiers(phrase: str, qualifier: str) -> None:
    assert EN.qualifiers[phrase] == qualifier


@pytest.mark.parametrize(
    ("word", "number"),
    [("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
     ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11),
     ("december", 12), ("feb", 2), ("sept", 9), ("sep", 9), ("dec", 12)],
)  # fmt: skip
def test_months(word: str, number: int) -> None:
    assert EN.months[word] == number


@pytest.mark.parametrize(
    ("word", "index"),
    [("monday", 0), ("tuesday", 1), ("wednesday", 2), ("thursday", 3), ("friday", 4),
     ("saturday", 5), ("sunday", 6), ("wed", 2)],
)  # fmt: skip
def test_weekdays(word: str, index: int) -> None:
    assert EN.weekdays[word] == index


def test_separators() -> None:
    assert (EN.decimal, EN.groups) == (".", ",")


@pytest.mark.parametrize(
    ("text", "value"),
    [("£5m", 5 * 10**6), ("$300k", 300 * 10**3), ("£2.8bn", 28 * 10**8), ("$1mn", 10**6)],
)
def test_glued_scale_abbreviations_need_a_currency(text: str, value: int) -> None:
    """Newsroom abbreviations count only glued to a currency figure; "30 m" is not 30 million."""
    (phrase,) = find_phrases(text, "en")
    assert phrase.amounts[0].value == value
    (bare,) = find_phrases("a 30 m stretch", "en")
    assert bare.amounts[0].value == 30
