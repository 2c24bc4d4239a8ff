"""Vietnamese language knowledge: number words (mốt, lăm, tư), ordinals, separators, CLDR words."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

import pytest

from crosscheck.figures import read_digits
from crosscheck.lang import get

VI = get("vi")
NBSP = "\u00a0"

_DIGITS = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def _words(n: int, four: str = "bốn") -> str:
    """Vietnamese number words, written out independently of the library."""
    if n < 10:
        return _DIGITS[n - 1]
    tens, unit = divmod(n, 10)
    if tens == 1:
        tail = {0: "", 5: "lăm"}.get(unit) if unit in (0, 5) else _DIGITS[unit - 1]
        return "mười" + (f" {tail}" if tail else "")
    tail = {0: "", 1: "mốt", 4: four, 5: "lăm"}.get(unit) if unit in (0, 1, 4, 5) else _DIGITS[unit - 1]
    return f"{_DIGITS[tens - 1]} mươi" + (f" {tail}" if tail else "")


ALL_CARDINALS = [(_words(n), n) for n in range(1, 100)]

REAL_CARDINALS = [
    ("hai", 2),
    ("Hai", 2),
    ("mười", 10),
    ("mười một", 11),
    ("mười lăm", 15),
    ("mười chín", 19),
    ("hai mươi", 20),
    ("hai mươi mốt", 21),
    ("hai mươi tư", 24),
    ("hai mươi bốn", 24),
    ("hai mươi lăm", 25),
    ("hai mươi sáu", 26),
    ("ba mươi", 30),
    ("năm mươi", 50),
    ("năm mươi lăm", 55),
    ("chín mươi chín", 99),
    ("Hai Mươi Sáu", 26),
    (f"hai{NBSP}mươi{NBSP}sáu", 26),
    (unicodedata.normalize("NFD", "hai mươi mốt"), 21),
]


@pytest.mark.parametrize(("text", "value"), ALL_CARDINALS + REAL_CARDINALS)
def test_read_cardinal(text: str, value: int) -> None:
    assert VI.read_cardinal(text) == value


@pytest.mark.parametrize(
    ("text", "value"), [(_words(n, "tư"), n) for n in range(24, 100, 10)]
)  # hai mươi tư .. chín mươi tư
def test_read_cardinal_tu_after_muoi(text: str, value: int) -> None:
    assert VI.read_cardinal(text) == value


def test_a_scale_word_alone_is_one_of_it() -> None:
    """ "ngàn năm" is a thousand years; "phần trăm" is percent, "hàng ngàn" thousands."""
    assert [VI.read_cardinal(w) for w in ("trăm", "ngàn", "nghìn")] == [100, 1000, 1000]


@pytest.mark.parametrize(
    "text",
    ["", "không", "mươi", "một mươi", "mười mốt", "mười mươi", "hai mươi mươi", "lăm",
     "mốt", "hai ba", "trăm trăm", "tư mươi"],
)  # fmt: skip
def test_read_cardinal_refuses(text: str) -> None:
    assert VI.read_cardinal(text) is None


# "một" and "năm" alone are not counts ("một số" is "some"; "năm" is mostly a year).
@pytest.mark.parametrize(("text", "value"), [(t, v) for t, v in ALL_CARDINALS if v not in (1, 5)])
def test_cardinal_pattern_matches_every_number_word(text: str, value: int) -> None:
    assert re.fullmatch(VI.cardinal_pattern, text)


@pytest.mark.parametrize("word", ["một", "năm"])
def test_cardinal_pattern_leaves_mot_and_nam_alone(word: str) -> None:
    assert not re.fullmatch(VI.cardinal_pattern, word)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("thứ nhất", 1),
        ("Thứ nhất", 1),
        ("thứ nhì", 2),
        ("thứ hai", 2),
        ("Thứ hai", 2),
        ("thứ ba", 3),
        ("thứ tư", 4),
        ("Thứ tư", 4),
        ("thứ năm", 5),
        ("thứ sáu", 6),
        ("thứ bảy", 7),
        ("thứ tám", 8),
        ("thứ chín", 9),
        ("thứ mười", 10),
        ("thứ mười lăm", 15),
        ("thứ hai mươi hai", 22),
        ("thứ hai mươi mốt", 21),
        ("thứ 22", 22),
        ("lần thứ 22", 22),
        ("lần thứ hai mươi hai", 22),
        ("lần thứ nhất", 1),
        ("đầu tiên", 1),
        ("Đầu tiên", 1),
        (f"lần{NBSP}thứ{NBSP}22", 22),
        ("thứ 100", 100),
    ],
)
def test_read_ordinal(text: str, value: int) -> None:
    assert VI.read_ordinal(text) == value


@pytest.mark.parametrize("text", ["", "thứ", "lần", "nhất", "hai", "thứ mốt", "thứ lăm"])
def test_read_ordinal_refuses(text: str) -> None:
    assert VI.read_ordinal(text) is None


@pytest.mark.parametrize(
    "text",
    ["thứ nhất", "Thứ tư", "thứ 22", "thứ hai mươi hai", "đầu tiên", "thứ năm", "thứ mười"],
)
def test_ordinal_pattern(text: str) -> None:
    assert re.fullmatch(VI.ordinal_pattern, text)


@pytest.mark.parametrize(
    ("text", "number", "decimals", "note"),
    [
        ("41,6", "41.6", 1, ""),
        ("15,4", "15.4", 1, ""),
        ("39,1", "39.1", 1, ""),
        ("0,5", "0.5", 1, ""),
        ("1.234,5", "1234.5", 1, ""),
        ("1.234.567", "1234567", 0, ""),
        ("1.234.567,89", "1234567.89", 2, ""),
        (f"1{NBSP}234", "1234", 0, ""),
        (f"1{NBSP}234,5", "1234.5", 1, ""),
        (f"12{NBSP}345{NBSP}678", "12345678", 0, ""),
        ("1.234", "1234", 0, ""),  # a dot groups thousands
        ("10.000", "10000", 0, ""),
        ("02", "2", 0, ""),
        ("95", "95", 0, ""),
        ("3,14159", "3.14159", 5, ""),
        # English separators in Vietnamese text: read, with a note.
        ("10,000", "10000", 0, "read with English separators"),
        ("7.5", "7.5", 1, "read with English separators"),
        ("1,234.5", "1234.5", 1, "read with English separators"),
        ("1.2345", "1.2345", 4, "read with English separators"),
    ],
)
def test_read_digits(text: str, number: str, decimals: int, note: str) -> None:
    first = read_digits(text, VI)[0]
    assert (first.number, first.decimals, first.note) == (Decimal(number), decimals, note)


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("41,6", ["41.6"]),
        ("1.234", ["1234", "1.234"]),
        ("10,000", ["10000", "10.000"]),  # ten thousand the English way first
        ("1.234,5", ["1234.5"]),
    ],
)
def test_read_digits_all_readings(text: str, readings: list[str]) -> None:
    assert [r.number for r in read_digits(text, VI)] == [Decimal(r) for r in readings]


@pytest.mark.parametrize("text", ["1,2,3", "1.2.3", f"12{NBSP}34", "1.23.456", "1.234,5,6", "1,234,5"])
def test_read_digits_refuses(text: str) -> None:
    assert read_digits(text, VI) == []


@pytest.mark.parametrize(
    ("word", "scale"),
    [("nghìn", 10**3), ("ngàn", 10**3), ("triệu", 10**6), ("tỷ", 10**9), ("tỉ", 10**9),
     ("nghìn tỷ", 10**12), ("ngàn tỷ", 10**12), ("nghìn tỉ", 10**12)],
)  # fmt: skip
def test_scale_words(word: str, scale: int) -> None:
    assert VI.scales[word] == scale


@pytest.mark.parametrize(
    ("word", "code"),
    [("usd", "USD"), ("đô la", "USD"), ("đô la mỹ", "USD"), ("đô-la", "USD"),
     ("bảng anh", "GBP"), ("gbp", "GBP"), ("euro", "EUR"), ("nhân dân tệ", "CNY"),
     ("đồng", "VND"), ("vnđ", "VND"), ("vnd", "VND")],
)  # fmt: skip
def test_currency_words(word: str, code: str) -> None:
    assert VI.currency_words[word] == code


@pytest.mark.parametrize(
    ("word", "unit"),
    [("km", "kilometer"), ("tấn", "metric_ton"), ("dặm", "mile"), ("mét", "meter"),
     ("ha", "hectare"), ("kg", "kilogram")],
)  # fmt: skip
def test_unit_words(word: str, unit: str) -> None:
    assert VI.units[word] == unit


@pytest.mark.parametrize(
    ("word", "unit"),
    [("năm", "year"), ("tháng", "month"), ("ngày", "day"), ("tuần", "week"),
     ("giờ", "hour"), ("thập kỷ", "decade_span")],
)  # fmt: skip
def test_duration_words(word: str, unit: str) -> None:
    assert VI.durations[word] == unit


@pytest.mark.parametrize(
    ("phrase", "qualifier"),
    [("khoảng", "about"), ("gần", "about"), ("xấp xỉ", "about"), ("trên", "over"),
     ("hơn", "over"), ("dưới", "under"), ("chưa đến", "under")],
)  # fmt: skip
def test_qualifiers(phrase: str, qualifier: str) -> None:
    assert VI.qualifiers[phrase] == qualifier


@pytest.mark.parametrize(("month", "number"), [(f"tháng {n}", n) for n in range(1, 13)])
def test_months(month: str, number: int) -> None:
    assert VI.months[month] == number


@pytest.mark.parametrize(
    ("word", "index"),
    [("thứ hai", 0), ("thứ ba", 1), ("thứ tư", 2), ("thứ năm", 3), ("thứ sáu", 4),
     ("thứ bảy", 5), ("chủ nhật", 6)],
)  # fmt: skip
def test_weekdays(word: str, index: int) -> None:
    assert VI.weekdays[word] == index


def test_separators() -> None:
    assert VI.decimal == ","
    assert set(VI.groups) == {".", NBSP}
