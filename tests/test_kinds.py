"""Every kind, read from real phrases of both languages, and compared with kinds.equal."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise
from typing import Any

import pytest

from crosscheck import kinds
from crosscheck.extract import extract
from crosscheck.kinds import Mention
from crosscheck.text import Document

DATELINE = date(2025, 2, 19)
AMOUNT_KINDS = ("money", "percent", "quantity", "count", "duration")


def mentions(text: str, lang: str) -> list[Mention]:
    return extract(Document.from_text(text, lang), dateline=DATELINE)


def canon(m: Mention) -> Any:
    """A mention's value in a form the tables below can write."""
    if m.kind in AMOUNT_KINDS:
        return (m.value.value, m.value.unit, m.value.qualifier)
    if m.kind in ("date", "weekday"):
        return m.value.show()
    return m.value


def amount(value: str, unit: str | None = None, qualifier: str | None = None) -> Any:
    return (Decimal(value), unit, qualifier)


def check(lang: str, text: str, kind: str, expected: Any) -> None:
    found = mentions(text, lang)
    of_kind = [canon(m) for m in found if m.kind == kind]
    assert expected in of_kind, f"{text!r} -> {[(m.kind, canon(m), m.text) for m in found]}"


MONEY = [
    ("en", "trade reached US$41.6 billion in 2024", amount("41.6e9", "USD")),
    ("vi", "quy mô thương mại năm 2024 đã đạt 41,6 tỷ USD", amount("41.6e9", "USD")),
    ("vi", "41,6 tỉ USD", amount("41.6e9", "USD")),
    ("vi", "41,6 tỷ đô la", amount("41.6e9", "USD")),
    ("vi", "41,6 tỷ đô la Mỹ", amount("41.6e9", "USD")),
    ("en", "41.6 billion USD", amount("41.6e9", "USD")),
    ("en", "$41.6bn", amount("41.6e9", "USD")),
    ("en", "41.6 billion US dollars", amount("41.6e9", "USD")),
    ("en", "£2.8bn", amount("2.8e9", "GBP")),
    ("en", "a £30 m fund", amount("30e6", "GBP")),  # after a currency, a spaced m is millions
    ("vi", "2,8 tỷ bảng Anh", amount("2.8e9", "GBP")),
    ("en", "$200 billion", amount("200e9", "USD")),
    ("vi", "200 tỷ đô la", amount("200e9", "USD")),
    ("en", "US$5m", amount("5e6", "USD")),
    ("en", "€5 million", amount("5e6", "EUR")),
    ("en", "5 million euros", amount("5e6", "EUR")),
    ("vi", "5 triệu euro", amount("5e6", "EUR")),
    ("vi", "500 nghìn đồng", amount("500e3", "VND")),
    ("vi", "500 ngàn đồng", amount("500e3", "VND")),
    ("vi", "1.000 tỷ đồng", amount("1e12", "VND")),
    ("vi", "1,5 nghìn tỷ đồng", amount("1.5e12", "VND")),
    ("en", "nearly US$41.6 billion", amount("41.6e9", "USD", "about")),
    ("en", "more than US$41.6 billion", amount("41.6e9", "USD", "over")),
    ("vi", "hơn 41,6 tỷ USD", amount("41.6e9", "USD", "over")),
    ("vi", "khoảng 41,6 tỷ USD", amount("41.6e9", "USD", "about")),
    ("vi", "dưới 41,6 tỷ USD", amount("41.6e9", "USD", "under")),
]

PERCENT = [
    ("en", "a 15.4 per cent increase year on year", amount("15.4", "percent")),
    ("vi", "đạt 41,6 tỷ USD tăng 15,4%", amount("15.4", "percent")),
    ("en", "15.4 percent", amount("15.4", "percent")),
    ("en", "15.4%", amount("15.4", "percent")),
    ("vi", "15,4 %", amount("15.4", "percent")),
    ("vi", "15,4 phần trăm", amount("15.4", "percent")),
    ("en", "Fifty-eight percent of people", amount("58", "percent")),
    ("en", "three per cent", amount("3", "percent")),
    ("vi", "ba phần trăm", amount("3", "percent")),
    ("en", "approximately 39.1 per cent of Guangxi’s total foreign trade",
     amount("39.1", "percent", "about")),
    ("vi", "hiện chiếm tỷ trọng khoảng 39,1% tổng kim ngạch", amount("39.1", "percent", "about")),
    ("vi", "chiếm trên 95% tổng kim ngạch", amount("95", "percent", "over")),
    ("vi", "tăng trưởng 41,3% so với cùng kỳ 2023", amount("41.3", "percent")),
    ("en", "about 40%", amount("40", "percent", "about")),
    ("vi", "gần 40%", amount("40", "percent", "about")),
    ("en", "over 95%", amount("95", "percent", "over")),
    ("en", "more than 95%", amount("95", "percent", "over")),
    ("vi", "hơn 95%", amount("95", "percent", "over")),
    ("en", "under 5%", amount("5", "percent", "under")),
    ("en", "less than 5%", amount("5", "percent", "under")),
    ("vi", "dưới 5%", amount("5", "percent", "under")),
    ("en", "a 0.5 percentage point rise", amount("0.5", "point")),
    ("vi", "tăng 0,5 điểm phần trăm", amount("0.5", "point")),
]  # fmt: skip

QUANTITY = [
    ("en", "5 miles", amount("5", "mile")),
    ("en", "8 km", amount("8", "kilometer")),
    ("vi", "8 km", amount("8", "kilometer")),
    ("vi", "5 dặm", amount("5", "mile")),
    ("en", "8 kilometres", amount("8", "kilometer")),
    ("en", "30 yards", amount("30", "yard")),
    ("en", "30 metres", amount("30", "meter")),
    ("vi", "30 mét", amount("30", "meter")),
    ("en", "more than 1,000 tonnes", amount("1000", "metric_ton", "over")),
    ("vi", "gần 100 tấn", amount("100", "metric_ton", "about")),
    ("vi", "1.234,5 tấn", amount("1234.5", "metric_ton")),
    ("vi", "1\u00a0234,5 tấn", amount("1234.5", "metric_ton")),
    ("vi", "10,000 tấn", amount("10000", "metric_ton")),
    ("en", "about 5 km", amount("5", "kilometer", "about")),
    ("en", "a 30 m stretch of road", amount("30", "meter")),
    ("en", "a 100m sprint", amount("100", "meter")),  # without a currency, m is metres
    ("en", "temperatures of 30 C", amount("30", "degC")),
]  # fmt: skip

DURATION = [
    ("en", "largest trading partner for 26 consecutive years", amount("26", "year")),
    ("vi", "Việt Nam duy trì 26 năm liên tiếp là đối tác", amount("26", "year")),
    ("en", "26 years", amount("26", "year")),
    ("en", "26 straight years", amount("26", "year")),
    ("vi", "5 năm", amount("5", "year")),
    ("en", "over 100 years", amount("100", "year", "over")),
    ("en", "three months", amount("3", "month")),
    ("vi", "hai tuần", amount("2", "week")),
]

COUNT = [
    ("en", "the signing of two cooperation documents", amount("2")),
    ("vi", "lễ trao 02 văn kiện hợp tác", amount("2")),
    ("vi", "hai văn kiện", amount("2")),
    ("vi", "xuất nhập khẩu giữa hai bên", amount("2")),
    ("vi", "lãnh đạo cấp cao hai nước", amount("2")),
    ("en", "the two countries' top leaders", amount("2")),
    ("vi", "hai mươi tư văn kiện", amount("24")),
    ("vi", "mười lăm người", amount("15")),
    ("vi", "hai mươi mốt người", amount("21")),
    ("en", "twenty-six people", amount("26")),
    ("vi", "hai trăm người", amount("200")),
    ("en", "over 100 companies", amount("100", None, "over")),
    ("vi", "hơn 100 doanh nghiệp", amount("100", None, "over")),
]

ORDINAL = [
    ("en", "the 22nd China-ASEAN Expo", 22),
    ("vi", "Hội chợ Trung Quốc – ASEAN lần thứ 22", 22),
    ("en", "twenty-second", 22),
    ("vi", "lần thứ hai mươi hai", 22),
    ("en", "his first overseas trip", 1),
    ("vi", "điểm đến nước ngoài đầu tiên", 1),
    ("vi", "Thứ nhất,cùng thúc đẩy mở rộng", 1),
    ("vi", "Thứ hai,tăng cường hợp tác", 2),
    ("vi", "Thứ ba,tăng cường hợp tác liên kết điện", 3),
    ("vi", "Thứ tư,đẩy mạnh phối hợp triển khai", 4),
    ("vi", "Thứ tư, đẩy mạnh", 4),  # "Fourth," not Wednesday
    ("en", "the third time", 3),
]

FRACTION = [
    ("en", "1/3", Fraction(1, 3)),
    ("vi", "trái cây giữa Quảng Tây và Việt Nam chiếm 1/3", Fraction(1, 3)),
    ("vi", "một phần ba", Fraction(1, 3)),
    ("en", "one third", Fraction(1, 3)),
    ("en", "a third of trade", Fraction(1, 3)),
    ("en", "two thirds", Fraction(2, 3)),
    ("en", "three-quarters", Fraction(3, 4)),
    ("vi", "hai phần ba", Fraction(2, 3)),
    ("vi", "ba phần tư", Fraction(3, 4)),
    ("vi", "một nửa", Fraction(1, 2)),
]

YEAR = [
    ("en", "trade reached US$41.6 billion in 2024", 2024),
    ("vi", "quy mô thương mại năm 2024 đã đạt", 2024),
    ("en", "in 2024, a 15.4 per cent increase year on year", 2023),
    ("vi", "tăng 15,4% so với cùng kỳ năm 2023", 2023),
    ("vi", "so với cùng kỳ năm 2023", 2023),
    ("vi", "tăng trưởng 41,3% so với cùng kỳ 2023", 2023),
    ("vi", "Năm 2024 tăng 10% so với cùng kỳ năm trước.", 2023),
    ("en", "the 2025 priority task list", 2025),
    ("en", "a list of key tasks for 2025", 2025),
    ("vi", "Danh mục nhiệm vụ trọng tâm năm 2025", 2025),
    ("en", "Trade rose 10% year-on-year.", 2024),  # no year in the sentence: the dateline's
    ("en", "Trade rose 10% year on year in 2023.", 2022),  # the year may come after
]  # fmt: skip

DATE = [
    ("en", "2025-02-19 HÀ NỘI", "2025-02-19"),
    ("vi", "Ngày 19/2, ông Nguyễn Hồng Diên", "2025-02-19"),
    ("vi", "19/02/2025", "2025-02-19"),
    ("vi", "ngày 19/2/2025", "2025-02-19"),
    ("vi", "ngày 19-2-2025", "2025-02-19"),
    ("vi", "19.02.2025", "2025-02-19"),
    ("vi", "ngày 19 tháng 2 năm 2025", "2025-02-19"),
    ("vi", "ngày 19 tháng 2", "2025-02-19"),
    ("en", "February 19, 2025", "2025-02-19"),
    ("en", "19 February 2025", "2025-02-19"),
    ("en", "Feb. 19, 2025", "2025-02-19"),
    ("en", "on February 19", "2025-02-19"),
    ("en", "on 19 February", "2025-02-19"),
    ("en", "December 31", "2024-12-31"),  # more than half a year ahead: the year before
    ("vi", "ngày 31/12", "2024-12-31"),
    ("vi", "tháng 2", "2025-02"),
    ("vi", "vào tháng 2", "2025-02"),
    ("vi", "tháng 2/2025", "2025-02"),
    ("vi", "tháng 2 năm 2025", "2025-02"),
    ("en", "in February", "2025-02"),
    ("en", "February 2025", "2025-02"),
    ("vi", "Ngày 1/3", "2025-03-01"),
    ("en", "Sept. 5, 2025", "2025-09-05"),
]  # fmt: skip

PERIOD = [
    ("en", "the 2024-26 action plan", (2024, 2026)),
    ("en", "2024–2026", (2024, 2026)),
    ("en", "from 2024 to 2026", (2024, 2026)),
    ("en", "between 2024 and 2026", (2024, 2026)),
    ("vi", "Kế hoạch hành động giai đoạn 2024-2026", (2024, 2026)),
    ("vi", "Kế hoạch hành động giai đoạn 2024 – 2026", (2024, 2026)),
    ("vi", "từ 2024 đến 2026", (2024, 2026)),
    ("vi", "từ năm 2024 đến năm 2026", (2024, 2026)),
    ("en", "1998-2002", (1998, 2002)),
    ("en", "1999-01", (1999, 2001)),
]

WEEKDAY = [
    ("en", "Nguyễn Hồng Diên on Wednesday held talks", "Wednesday (2025-02-19)"),
    ("en", "Wednesday", "Wednesday (2025-02-19)"),
    ("vi", "thứ Tư", "Wednesday (2025-02-19)"),
    ("vi", "vào thứ Tư", "Wednesday (2025-02-19)"),
    ("vi", "vào thứ tư", "Wednesday (2025-02-19)"),
    ("vi", "hôm thứ Tư", "Wednesday (2025-02-19)"),
    ("vi", "Thứ Tư, ngày 19/2", "Wednesday (2025-02-19)"),
    ("vi", "Thứ hai, ngày 17/2", "Monday (2025-02-17)"),
    ("vi", "Chủ nhật", "Sunday (2025-02-16)"),
    ("en", "on Monday", "Monday (2025-02-17)"),
]


def _rows(kind: str, rows: list[Any]) -> list[Any]:
    out = []
    for row in rows:
        marks = getattr(row, "marks", ())  # a pytest.param (xfail) already
        lang, text, value = row.values if hasattr(row, "marks") else row
        out.append(pytest.param(lang, text, kind, value, marks=marks, id=f"{kind}-{lang}-{text}"))
    return out


ALL = (
    _rows("money", MONEY) + _rows("percent", PERCENT) + _rows("quantity", QUANTITY)
    + _rows("duration", DURATION) + _rows("count", COUNT) + _rows("ordinal", ORDINAL)
    + _rows("fraction", FRACTION) + _rows("year", YEAR) + _rows("date", DATE)
    + _rows("period", PERIOD) + _rows("weekday", WEEKDAY)
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "kind", "expected"), ALL)
def test_extract(lang: str, text: str, kind: str, expected: Any) -> None:
    check(lang, text, kind, expected)


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("vi", "Thứ tư, đẩy mạnh phối hợp", "weekday"),  # "Fourth," not Wednesday
        ("vi", "Thứ tư,đẩy mạnh phối hợp", "weekday"),
        ("vi", "Thứ hai,tăng cường hợp tác", "weekday"),
        ("vi", "Thứ ba,tăng cường hợp tác", "weekday"),
        ("en", "one of the ministries", "count"),  # "one" alone is not a count
        ("vi", "một số biện pháp", "count"),  # "một số" is "some"
        ("vi", "đường dây một chiều siêu cao áp", "count"),
        ("en", "5m people", "count"),  # "5m" alone may be metres: left unread
        ("en", "the 2024 figures", "count"),  # a bare four-digit number is a year
        ("vi", "chiếm 1/3 tổng", "date"),  # a small proper fraction, not 1 March
        ("en", "May I ask", "date"),  # a month alone needs a cue
    ],
)
def test_not_read_as(lang: str, text: str, kind: str) -> None:
    found = mentions(text, lang)
    assert kind not in [m.kind for m in found], [(m.kind, m.text) for m in found]


def test_seed_phrases_all_read() -> None:
    """The vi seed's numbered proposals are ordinals and its Ngày 19/2 a date."""
    text = "Ngày 19/2, ông Diên.\n\nThứ nhất,cùng.\n\nThứ hai,tăng.\n\nThứ ba,tăng.\n\nThứ tư,đẩy."
    found = [(m.kind, canon(m)) for m in mentions(text, "vi")]
    assert found == [("date", "2025-02-19"), ("ordinal", 1), ("ordinal", 2), ("ordinal", 3),
                     ("ordinal", 4)]  # fmt: skip


def test_ambiguous_separators_keep_the_other_reading() -> None:
    (m,) = mentions("10,000 tấn", "vi")
    assert m.value.value == Decimal(10000)
    assert m.note == "read with English separators"
    assert [a.value for a in m.alternatives] == [Decimal(10)]


# --- equality ------------------------------------------------------------------------


def value_of(lang: str, text: str, kind: str) -> Any:
    found = [m for m in mentions(text, lang) if m.kind == kind]
    assert len(found) == 1, f"{text!r} -> {[(m.kind, m.text) for m in found]}"
    return found[0].value


@pytest.mark.parametrize(
    ("kind", "en", "vi", "same"),
    [
        ("money", "US$41.6 billion", "41,6 tỷ USD", True),
        ("money", "US$41.6 billion", "41,6 triệu USD", False),
        ("money", "41.6 million USD", "41,6 tỷ USD", False),
        ("money", "£2.8bn", "2,8 tỷ bảng Anh", True),
        ("money", "$200 billion", "200 tỷ đô la", True),
        ("money", "$200 billion", "200 tỷ euro", False),  # currencies never convert
        ("money", "US$41.6 billion", "41,7 tỷ USD", False),
        ("money", "about US$41.6 billion", "41,6 tỷ USD", False),  # qualifiers must match
        ("money", "about US$41.6 billion", "khoảng 41,6 tỷ USD", True),
        ("money", "over US$41.6 billion", "hơn 41,6 tỷ USD", True),
        ("money", "over US$41.6 billion", "dưới 41,6 tỷ USD", False),
        ("percent", "15.4 per cent", "15,4%", True),
        ("percent", "15.40 per cent", "15,4%", True),  # Decimal: 15.40 == 15.4
        ("percent", "15.4 per cent", "15,5%", False),
        ("percent", "approximately 39.1 per cent", "khoảng 39,1%", True),
        ("percent", "approximately 39.1 per cent", "39,1%", False),
        ("percent", "over 95%", "trên 95%", True),
        ("percent", "under 95%", "trên 95%", False),
        ("percent", "0.5 percentage point", "0,5%", False),  # points are not percent
        ("percent", "Fifty-eight percent", "58%", True),
        ("quantity", "5 miles", "8 km", True),
        ("quantity", "5 miles", "5 km", False),
        ("quantity", "30 yards", "30 mét", False),
        ("quantity", "about 5 miles", "8 km", False),
        ("quantity", "about 5 miles", "khoảng 8 km", True),
        ("quantity", "1,000 tonnes", "1.000 tấn", True),
        ("duration", "26 consecutive years", "26 năm liên tiếp", True),
        ("duration", "26 consecutive years", "25 năm liên tiếp", False),
        ("count", "two cooperation documents", "02 văn kiện", True),
        ("count", "two cooperation documents", "hai văn kiện", True),
        ("count", "two cooperation documents", "ba văn kiện", False),
        ("ordinal", "the 22nd Expo", "lần thứ 22", True),
        ("ordinal", "twenty-second", "lần thứ hai mươi hai", True),
        ("ordinal", "the 22nd Expo", "lần thứ 21", False),
        ("ordinal", "first", "đầu tiên", True),
        ("fraction", "one third", "một phần ba", True),
        ("fraction", "1/3", "1/4", False),
        ("date", "February 19, 2025", "Ngày 19/2", True),
        ("date", "19 February 2025", "ngày 19 tháng 2 năm 2025", True),
        ("date", "2025-02-19", "19/02/2025", True),
        ("date", "2025-02-19", "Ngày 20/2", False),
        ("date", "in February", "tháng 2", True),
        ("date", "in February", "Ngày 19/2", False),  # a month is not a day of it
        ("period", "2024-26", "2024-2026", True),
        ("period", "2024–2026", "2024 – 2026", True),
        ("period", "from 2024 to 2026", "từ 2024 đến 2026", True),
        ("period", "2024-26", "2024-2025", False),
        ("weekday", "Wednesday", "thứ Tư", True),
        ("weekday", "Wednesday", "vào thứ Năm", False),
        ("year", "in 2024", "năm 2024", True),
        ("year", "in 2024", "năm 2023", False),
    ],
)
def test_equal_across_languages(kind: str, en: str, vi: str, same: bool) -> None:
    assert kinds.equal(kind, value_of("en", en, kind), value_of("vi", vi, kind)) is same


@pytest.mark.parametrize(
    ("kind", "a", "b", "same"),
    [
        ("money", "US$41.6 billion", "41.6 billion USD", True),
        ("money", "US$41.6 billion", "41.6 million USD", False),
        ("money", "US$41.6 billion", "41,600 million USD", True),
        ("money", "$5m", "5 million USD", True),
        ("percent", "15.4%", "15.40%", True),
        ("percent", "15.4", "15.4%", True),  # a bare number in a percent claim
        ("percent", "about 39.1%", "39.1%", False),
        ("quantity", "5 miles", "8 km", True),
        ("quantity", "30 yards", "30 metres", False),
        ("quantity", "100 km", "62 miles", True),
        ("quantity", "100 km", "70 miles", False),
        (
            "duration",
            "2 decades",
            "20 years",
            True,
        ),
        ("duration", "26 years", "26 months", False),
        ("count", "2", "two", True),
        ("count", "over 100", "100", False),
        ("ordinal", "22nd", "twenty-second", True),
        ("ordinal", 22, "22", True),
        ("ordinal", "first", 1, True),
        ("fraction", "1/3", "one third", True),
        ("fraction", "2/6", "1/3", True),
        ("year", 2024, "2024", True),
        ("date", date(2025, 2, 19), "2025-02-19", True),
        ("date", "2025-02", "2025-02-19", False),
        ("period", "2024-26", "2024-2026", True),
        ("period", "2024-26", "2024–2027", False),
        ("weekday", "Wednesday", "thứ tư", True),
        ("weekday", "Wednesday", date(2025, 2, 19), True),
        ("weekday", "Wednesday", date(2025, 2, 12), False),  # the Wednesday before
        ("person", "Trần Cương", "TRẦN CƯƠNG", True),
        ("person", "Trần Cương", "Trần Cường", False),
        ("place", "Thành phố Hoà Bình", "thành phố Hòa Bình", True),
        ("organization", "Uỷ ban", "Ủy ban", True),
        ("term", "thuỷ sản", "thủy sản", True),
    ],
)
def test_equal_parsed_values(kind: str, a: object, b: object, same: bool) -> None:
    va, vb = kinds.parse(kind, a, DATELINE), kinds.parse(kind, b, DATELINE)
    assert kinds.equal(kind, va, vb) is same
    assert kinds.equal(kind, vb, va) is same


@pytest.mark.parametrize(
    ("kind", "raw"),
    [
        ("money", "41.6 billion"),  # no currency: a count
        ("money", "15%"),
        ("percent", "US$5"),
        ("quantity", "26 years"),  # a duration
        ("count", "5 km"),
        ("ordinal", "0"),
        ("ordinal", "twenty"),
        ("fraction", "a lot"),
        ("fraction", "1/0"),
        ("year", "24"),
        ("year", True),
        ("date", "2025-02-30"),
        ("date", "soon"),
        ("period", "2026-2024"),
        ("period", "2024"),
        ("weekday", "Someday"),
        ("person", "  "),
        ("money", "US$41.6 billion and 5%"),
    ],
)
def test_parse_refuses(kind: str, raw: object) -> None:
    with pytest.raises(ValueError):
        kinds.parse(kind, raw, DATELINE)


@pytest.mark.parametrize(
    ("kind", "raw", "shown"),
    [
        ("money", "US$41.6 billion", "41.6 billion USD"),
        ("percent", "about 39.1%", "about 39.1 %"),
        ("ordinal", 22, "22nd"),
        ("ordinal", 11, "11th"),
        ("ordinal", 21, "21st"),
        ("ordinal", 113, "113th"),
        ("fraction", "1/3", "1/3"),
        ("date", "2025-02-19", "2025-02-19"),
        ("period", "2024-26", "2024–2026"),
        ("weekday", "Wednesday", "Wednesday (2025-02-19)"),
    ],
)
def test_show(kind: str, raw: object, shown: str) -> None:
    assert kinds.show(kind, kinds.parse(kind, raw, DATELINE)) == shown


@pytest.mark.parametrize(("lang", "text"), [("vi", "ngày 10/1"), ("en", "on January 10")], ids=["vi", "en"])
def test_yearless_date_early_next_year(lang: str, text: str) -> None:
    (m,) = extract(Document.from_text(text, lang), dateline=date(2025, 12, 20))
    assert m.value.show() == "2026-01-10"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "tăng 15,4% so với cùng kỳ năm 2023"),
        ("vi", "Việt Nam duy trì 26 năm liên tiếp"),
        ("en", "in 2024, a 15.4 per cent increase year on year"),
        ("vi", "sau 5 năm 2024 đã khác"),
    ],
)  # fmt: skip
def test_mentions_never_overlap(lang: str, text: str) -> None:
    found = mentions(text, lang)
    assert found
    for a, b in pairwise(found):
        assert a.end <= b.start, [(m.kind, m.text) for m in found]
