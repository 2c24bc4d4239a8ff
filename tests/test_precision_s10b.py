"""Classes of phrasing from the tune parts of the other genres' probes (blind30, blind31, the
older probes' leftovers and blind35), each read on positive evidence and paired with an edit
of the same phrase that must still flag."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pair_rows import flags, read, rows, vi_decimal

# --- "90 ngày một tuần sau đó": a week later, no rate of days per week ----------------------


@settings(deadline=None, max_examples=30)
@given(st.integers(2, 180), st.sampled_from(["sau", "sau đó"]))
def test_a_span_before_a_week_later_is_no_rate(days: int, later: str) -> None:
    en = f"Washington announced a tariff on April 2, before pausing it for {days} days a week later."
    vi = f"Washington công bố mức thuế ngày 2/4, trước khi tạm hoãn {days} ngày một tuần {later}."
    assert flags(en, vi) == []
    # another length of the pause: a slip
    assert flags(en, vi.replace(f"{days} ngày", f"{days + 1} ngày"))


@settings(deadline=None, max_examples=20)
@given(st.integers(5, 90))
def test_a_rate_before_after_is_still_a_rate(km: int) -> None:
    # "sau khi" is "after": the rate before it stays a rate
    vi = f"Chị chạy {km} km một tuần sau khi hồi phục."
    assert [getattr(v, "unit", None) for kind, v in read(vi, "vi") if kind == "quantity"] == [
        "kilometer/week"
    ]
    en = f"She runs {km} km a week after recovering."
    assert flags(en, vi) == []
    assert flags(en.replace(f"{km} km", f"{km + 1} km"), vi)


# --- "about a week" against "khoảng 7 ngày": a span as one of a larger unit ------------------

_ONE_UNIT = [("a week", "ngày", 7), ("a year", "tháng", 12), ("a day", "giờ", 24), ("an hour", "phút", 60)]


@settings(deadline=None, max_examples=40)
@given(st.sampled_from(_ONE_UNIT), st.sampled_from(["about ", ""]), st.sampled_from(["khoảng ", ""]))
def test_a_span_as_one_of_a_larger_unit(unit: tuple[str, str, int], en_about: str, vi_about: str) -> None:
    words, vi_unit, number = unit
    en = f"A made-to-measure silk ao dai costs VND3 million and takes {en_about}{words}."
    vi = f"Một chiếc áo dài lụa may đo có giá 3 triệu đồng, thời gian may {vi_about}{number} {vi_unit}."
    assert flags(en, vi) == []
    # a span of another length, or a bound: a slip
    assert flags(en, vi.replace(f"{number} {vi_unit}", f"{number + 1} {vi_unit}"))
    assert flags(en, vi.replace(f"{vi_about}{number}", f"hơn {number}"))


def _flagged_spans(en: str, vi: str) -> list[object]:
    return [r["vi"] for r in flags(en, vi) if r["kind"] == "duration"]


@settings(deadline=None, max_examples=20)
@given(st.sampled_from(["more than a week", "over a week", "at least a week"]))
def test_a_bound_is_no_span_of_one_unit(bound: str) -> None:
    assert _flagged_spans(f"She rested {bound} before the race.", "Chị nghỉ 7 ngày trước cuộc đua.")


def test_a_rate_is_no_span_of_one_unit() -> None:
    # "120 km a week" is a rate: its "a week" says no seven days
    assert _flagged_spans("She runs 120 km a week.", "Chị tập 120 km mỗi tuần, nghỉ 7 ngày.")


# --- "over the weekend" against "trong hai ngày 18-19/10": a weekend given by its dates ------


def _saturdays() -> st.SearchStrategy[date]:
    return st.dates(date(2024, 1, 1), date(2026, 12, 20)).map(
        lambda d: d + timedelta(days=(5 - d.weekday()) % 7)
    )


@settings(deadline=None, max_examples=40)
@given(_saturdays(), st.sampled_from(["{a}-{b}/{m}/{y}", "{a} và {b}/{m}/{y}"]))
def test_a_weekend_given_by_its_dates(saturday: date, wording: str) -> None:
    sunday = saturday + timedelta(days=1)
    assume(sunday.month == saturday.month)
    en = "The Hanoi Pho Festival, held over the weekend at the citadel, sold about 30,000 bowls."
    days = wording.format(a=saturday.day, b=sunday.day, m=saturday.month, y=saturday.year)
    vi = f"Festival Phở Hà Nội diễn ra trong hai ngày {days} tại Hoàng thành đã bán khoảng 30.000 tô phở."
    assert flags(en, vi) == []
    # the same days moved to a Monday and Tuesday: a slip
    monday = saturday + timedelta(days=2)
    assume((monday + timedelta(days=1)).month == monday.month)
    moved = wording.format(a=monday.day, b=monday.day + 1, m=monday.month, y=monday.year)
    assert flags(en, vi.replace(days, moved))


def test_a_weekend_without_its_year_is_for_review() -> None:
    en = "The festival, held over the weekend at the citadel, sold about 30,000 bowls."
    vi = "Lễ hội diễn ra trong hai ngày 18-19/10 tại Hoàng thành đã bán khoảng 30.000 tô phở."
    assert flags(en, vi) == []
    assert [r["status"] for r in rows(en, vi) if r["kind"] == "date"] == ["review", "review"]
    # three days, or two days apart, are no weekend
    assert flags(en, vi.replace("hai ngày 18-19/10", "ba ngày 17, 18 và 19/10"))
    assert flags(en, vi.replace("18-19/10", "18 và 20/10"))


# --- "cự ly 100 dặm (khoảng 170 km)": a conversion in brackets rounded by eye ----------------


@settings(deadline=None, max_examples=40)
@given(
    st.integers(100, 3000),
    st.floats(0.92, 1.08),
    st.sampled_from([("mile", "dặm", 1.609344), ("foot", "feet", 0.3048)]),
)
def test_a_rough_conversion_in_brackets_is_for_review(
    number: int, stray: float, unit: tuple[str, str, float]
) -> None:
    en_unit, vi_unit, to_metric = unit
    metric = "km" if en_unit == "mile" else "m"
    rough = round(number * to_metric * stray)
    en = f"She finished the {number}-{en_unit} race last year."
    vi = f"Chị hoàn thành cuộc đua {number} {vi_unit} (khoảng {rough} {metric}) năm ngoái."
    assert flags(en, vi) == []
    # a bracket a third off the figure's conversion: a slip
    far = round(number * to_metric * 1.35)
    assert flags(en, vi.replace(f"khoảng {rough} {metric}", f"khoảng {far} {metric}"))
    # the same bracket without "khoảng" says it exactly, and does not convert: a slip
    # (neither rounded nor cut: "46 m" converts 153 feet, "200 km" is written to the hundred)
    assume(abs(rough - number * to_metric) >= 1.5 and rough % 10)
    assert flags(en, vi.replace(f"khoảng {rough} {metric}", f"{rough} {metric}"))


# --- "around $35" against "khoảng 900.000 đồng": a price in dollars only, and in dong only ---


def _dong(number: int) -> str:
    return f"{number:,}".replace(",", ".")


@settings(deadline=None, max_examples=40)
@given(st.integers(5, 900), st.integers(23_500, 26_500), st.sampled_from(["around", "about"]))
def test_a_price_in_dollars_against_dong_is_for_review(dollars: int, rate: int, about: str) -> None:
    dong = round(dollars * rate, -4)  # (a price in dong rounded to ten thousand)
    en = f"Most of them came on half-day tours from Hanoi costing {about} ${dollars}."
    vi = f"Phần lớn đi theo các tour nửa ngày từ Hà Nội giá khoảng {_dong(dong)} đồng."
    assert flags(en, vi) == []
    assert [r["status"] for r in rows(en, vi) if r["kind"] == "money"] == ["review"]
    # ten times the price, a fifth off it, or neither said to be rough: a slip
    assert flags(en, vi.replace(_dong(dong), _dong(dong * 10)))
    assert flags(en, vi.replace(_dong(dong), _dong(round(dong * 1.25, -4))))
    assert flags(en.replace(f"{about} $", "$"), vi.replace("khoảng ", ""))


def test_a_price_in_another_currency_still_flags() -> None:
    en = "Most of them came on half-day tours from Hanoi costing about $9."
    assert flags(en, "Phần lớn đi theo các tour nửa ngày từ Hà Nội giá khoảng 9 euro.")
    assert flags(en, "Phần lớn đi theo các tour nửa ngày từ Hà Nội giá khoảng 250.000 euro.")


def test_a_dollar_conversion_beside_its_dong_is_no_dollar_price() -> None:
    # the English gives the dong too: the dong is the counterpart, and its qualifier differs
    en = "Revenue was estimated at more than VND700 trillion ($26.6 billion), the authority said."
    vi = "Tổng thu ước đạt gần 700.000 tỷ đồng, theo Cục Du lịch."
    assert [r["status"] for r in flags(en, vi)] == ["discrepancy"]
    assert flags(en, vi.replace("gần", "hơn")) == []


# --- "from VND1.5 million to 7.9 million": the currency written once, a scale on each member -


@settings(deadline=None, max_examples=40)
@given(
    st.integers(11, 49),
    st.integers(51, 99),
    st.sampled_from(
        [("VND", "đồng", "million", "triệu"), ("$", "USD", "billion", "tỷ"), ("VND", "đồng", "billion", "tỷ")]
    ),
    st.sampled_from(["from {a} to {b}", "{a}-{b}"]),
)
def test_a_currency_before_a_range_of_scaled_members(
    low: int, high: int, money: tuple[str, str, str, str], joined: str
) -> None:
    symbol, vi_currency, scale, vi_scale = money
    a, b = Decimal(low) / 10, Decimal(high) / 10
    en_range = joined.format(a=f"{symbol}{a} {scale}", b=f"{b} {scale}")
    en = f"Tickets for the two concerts, priced {en_range}, sold out within two hours."
    vi_range = f"từ {vi_decimal(a)} {vi_scale} đến {vi_decimal(b)} {vi_scale} {vi_currency}"
    vi = f"Vé hai đêm diễn có giá {vi_range}, đã bán hết trong vòng hai giờ."
    assert flags(en, vi) == []
    # the far end changed: a slip
    assert flags(en, vi.replace(f"{vi_decimal(b)} {vi_scale}", f"{vi_decimal(b + 1)} {vi_scale}"))


# --- "4.0 or above" against "từ 4.0 trở xuống": a floor against a cap -----------------------

_FLOORS = (
    ("{n} or above", "từ {n} trở lên"),
    ("at least {n}", "ít nhất {n}"),
    ("{n} or more", "tối thiểu {n}"),
)
_CAPS = (
    ("{n} or below", "từ {n} trở xuống"),
    ("at most {n}", "tối đa {n}"),
    ("{n} or less", "không quá {n}"),
)


@settings(deadline=None, max_examples=40)
@given(st.integers(3, 80), st.sampled_from(_FLOORS), st.sampled_from(_CAPS), st.booleans())
def test_a_floor_against_a_cap(
    number: int, floor: tuple[str, str], cap: tuple[str, str], capped: bool
) -> None:
    (en_words, vi_words), (_, vi_other) = (cap, floor) if capped else (floor, cap)
    en = f"Candidates holding a certificate with {en_words.format(n=number)} points can skip the paper."
    vi = f"Thí sinh có chứng chỉ {vi_words.format(n=number)} điểm được miễn thi môn ngoại ngữ."
    assert flags(en, vi) == []
    # the other side of the figure: a slip
    edited = vi.replace(vi_words.format(n=number), vi_other.format(n=number))
    assert [r["status"] for r in flags(en, edited)] == ["discrepancy"]


def test_a_bound_in_one_version_only_agrees() -> None:
    assert (
        flags("Holders of a 6.5 or above can skip the paper.", "Người có chứng chỉ 6.5 được miễn thi.") == []
    )


# --- "with students paying half" against "giảm 50%": half of a price ------------------------


@settings(deadline=None, max_examples=20)
@given(
    st.sampled_from(
        ["with students paying half", "and students pay half price", "with half-price tickets for students"]
    )
)
def test_half_of_a_price_is_fifty_percent(half: str) -> None:
    en = f"A monthly pass will cost VND300,000, {half}."
    vi = "Vé tháng 300.000 đồng; học sinh, sinh viên được giảm 50%."
    assert flags(en, vi) == []
    # another share off: a slip
    assert flags(en, vi.replace("50%", "40%"))


def test_half_an_hour_is_no_price() -> None:
    assert ("fraction", 1 / 2) not in [
        (k, float(v)) for k, v in read("They paid half an hour later.", "en") if k == "fraction"
    ]


# --- "about a quarter" against "khoảng một phần ba": two rough shares in words ----------------

_SHARES = (
    ("a quarter", "một phần tư"),
    ("a third", "một phần ba"),
    ("half", "một nửa"),
    ("a fifth", "một phần năm"),
)


@settings(deadline=None, max_examples=30)
@given(st.sampled_from(_SHARES), st.sampled_from(_SHARES), st.sampled_from(["about", "nearly", "roughly"]))
def test_two_rough_shares_in_words_must_agree(
    share: tuple[str, str], other: tuple[str, str], about: str
) -> None:
    en = f"Ivory Coast, which grows {about} {share[0]} of the world's raw cashews, restricts exports."
    vi = f"Bờ Biển Ngà, nơi trồng khoảng {other[1]} lượng điều thô của thế giới, hạn chế xuất khẩu."
    if share == other:
        assert flags(en, vi) == []
    else:
        assert [r["status"] for r in flags(en, vi)] == ["discrepancy"]
    # without a word of rough size each is weak: for review, never a flag
    assert flags(en.replace(f"{about} ", ""), vi.replace("khoảng ", "")) == []


# --- "HÀ NỘI — Ngày 14/10, Sở ... cho biết" against "..., the department said on Tuesday" ---

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@settings(deadline=None, max_examples=30)
@given(st.dates(date(2024, 1, 1), date(2026, 12, 31)), st.sampled_from(["HÀ NỘI — ", "HANOI - ", ""]))
def test_a_statement_dated_after_a_dateline(day: date, dateline: str) -> None:
    weekday = _WEEKDAYS[day.weekday()]
    en = (
        "HANOI — Long Bien Bridge is 2,290 metres long and has 19 spans. The city plans to restore it "
        f"from 2030, Hanoi's Department of Construction said on {weekday}. About 30 trains a day cross it."
    )
    vi = (
        f"{dateline}Ngày {day.day}/{day.month}/{day.year}, Sở Xây dựng Hà Nội cho biết cầu Long Biên dài "
        "2.290 m, với 19 nhịp. Thành phố dự kiến trùng tu cây cầu từ năm 2030. "
        "Mỗi ngày có khoảng 30 chuyến tàu."
    )
    assert flags(en, vi) == []
    # the day after: a slip
    assert flags(en.replace(f"on {weekday}", f"on {_WEEKDAYS[(day.weekday() + 1) % 7]}"), vi)
