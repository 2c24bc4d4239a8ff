"""Classes of phrasing from the tune parts of the other probes (blind24, blind25, the older
probes' leftovers and blind29), each read on positive evidence and paired with an edit of
the same phrase that must still flag."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pair_rows import flags, read, vi_decimal

_EN_NUMBERS = ("two", "three", "four", "five", "six", "seven", "eight", "nine")
_VI_SCALES = (("thousandth", "nghìn"), ("thousandth", "ngàn"), ("millionth", "triệu"), ("billionth", "tỷ"))


# --- an ordinal counted in a scale word: "its 1.5 millionth visitor" -------------------------


@settings(deadline=None, max_examples=40)
@given(st.integers(1, 99), st.sampled_from([0, 1]), st.sampled_from(_VI_SCALES))
def test_an_ordinal_counted_in_a_scale_word(tenths: int, whole: int, scales: tuple[str, str]) -> None:
    number = Decimal(tenths) / 10 if not whole else Decimal(tenths)
    en_scale, vi_scale = scales
    en = f"Phu Quoc island received its {number} {en_scale} international visitor of the year."
    vi = f"Đảo Phú Quốc đón vị khách quốc tế thứ {vi_decimal(number)} {vi_scale} trong năm."
    assert flags(en, vi) == []
    # another place in the series: a slip
    edited = vi.replace(f"thứ {vi_decimal(number)} ", f"thứ {vi_decimal(number + 2)} ")
    assert flags(en, edited)


@settings(deadline=None, max_examples=20)
@given(st.integers(0, len(_EN_NUMBERS) - 1), st.sampled_from(["{n} triệu", "{n}.000.000"]))
def test_a_spelled_ordinal_of_millions(which: int, written: str) -> None:
    en = f"The airport welcomed its {_EN_NUMBERS[which]} millionth passenger on the route."
    vi = f"Sân bay đón hành khách thứ {written.format(n=which + 2)} trên đường bay này."
    assert flags(en, vi) == []
    assert flags(en, vi.replace(f"thứ {which + 2}", f"thứ {which + 3}"))


def test_a_scale_word_fraction_or_a_price_is_no_ordinal() -> None:
    # "a millionth of a second" is a fraction; "thứ 2 triệu đồng" would be a price
    assert not any(
        kind == "ordinal" and value == 10**6 for kind, value in read("in 1 millionth of a second", "en")
    )
    assert ("ordinal", 2 * 10**6) not in read("món thứ 2 triệu đồng", "vi")


# --- a share of a percentage point hyphenated onto "point": "a bigger half-point cut" --------


@settings(deadline=None, max_examples=30)
@given(
    st.sampled_from([("half", "0,5"), ("quarter", "0,25")]),
    st.sampled_from(["a bigger", "two", "another", "the"]),
)
def test_a_hyphenated_share_of_a_point(share: tuple[str, str], before: str) -> None:
    words, figure = share
    en = f"Governor Stephen Miran wanted {before} {words}-point cut, while two presidents wanted none."
    vi = f"Thống đốc Stephen Miran muốn giảm {figure} điểm phần trăm, trong khi hai chủ tịch không muốn."
    assert flags(en, vi) == []
    # the Vietnamese naming another share of a point: a slip
    other = "0,75" if figure != "0,75" else "0,5"
    assert flags(en, vi.replace(figure, other))


# --- a night dated by the morning after: "đêm 13 rạng sáng 14/12" ----------------------------


@settings(deadline=None, max_examples=40)
@given(
    st.dates(date(2025, 1, 1), date(2026, 12, 30)),
    st.sampled_from(["đêm {a} rạng sáng {b}", "đêm {a}, rạng sáng {b}", "đêm {a} đến sáng {b}"]),
)
def test_a_night_dated_by_the_morning_after(evening: date, wording: str) -> None:
    morning = evening + timedelta(days=1)
    assume(morning.month == evening.month)
    month = evening.strftime("%B")
    en = f"The shower peaks on the night of {month} {evening.day}-{morning.day}, when observers see 120."
    night = wording.format(a=evening.day, b=f"{morning.day}/{morning.month}")
    vi = f"Mưa sao băng đạt cực điểm vào {night}, khi người quan sát có thể thấy 120 sao băng."
    assert flags(en, vi) == []
    # the English giving the night before: a slip
    before = evening - timedelta(days=1)
    assume(before.month == evening.month)
    assert flags(en.replace(f"{evening.day}-{morning.day},", f"{before.day}-{evening.day},"), vi)


def test_a_night_that_does_not_join_its_two_days_is_no_date() -> None:
    # "đêm 13 rạng sáng 15/12" does not say which month 13 is in: no date is read for it
    days = [v.day for k, v in read("Mưa sao băng vào đêm 13 rạng sáng 15/12.", "vi") if k == "date"]
    assert days == [15]


# --- a day counted from a date before it: "on March 19 ... six days later" -------------------


@settings(deadline=None, max_examples=40)
@given(st.dates(date(2025, 1, 1), date(2026, 12, 1)), st.integers(2, 9))
def test_a_day_counted_from_the_date_before_it(first: date, days: int) -> None:
    then = first + timedelta(days=days)
    en = (
        f"The team plays Cambodia on {first.strftime('%B')} {first.day} and meets Laos "
        f"{_EN_NUMBERS[days - 2]} days later."
    )
    vi = f"Đội gặp Campuchia ngày {first.day}/{first.month} và gặp Lào ngày {then.day}/{then.month}."
    assert flags(en, vi) == []
    # the match a day off in Vietnamese: a slip
    off = then + timedelta(days=1)
    assert flags(en, vi.replace(f"ngày {then.day}/{then.month}", f"ngày {off.day}/{off.month}"))


def test_a_span_after_a_sentence_end_counts_from_no_date() -> None:
    en = "The team plays Cambodia on March 19. It rests for six days later in the year."
    assert ("duration", "day") in [(k, getattr(v, "unit", None)) for k, v in read(en, "en")]


# --- a year whose unit word opens the date after it: "Asian Cup 2027 ngày 25/3" -------------


@settings(deadline=None, max_examples=30)
@given(st.integers(2000, 2040), st.integers(1, 28), st.integers(1, 12))
def test_a_year_before_a_date_is_read(year: int, day: int, month: int) -> None:
    when = date(2025, month, day).strftime("%B")
    en = f"Vietnam meet Laos in the {year} Asian Cup qualifier on {when} {day}."
    vi = f"Việt Nam gặp Lào ở vòng loại Asian Cup {year} ngày {day}/{month}."
    assert flags(en, vi) == []
    # the edition's year edited: a slip
    assert flags(en, vi.replace(f"Cup {year}", f"Cup {year + 1}"))


# --- a year the other version names as the story's "year-end" --------------------------------


def test_a_year_end_review_names_its_year() -> None:
    en = "The authority said at its year-end review on Thursday that athletes won 87 gold medals."
    vi = "Tại hội nghị tổng kết năm 2025 hôm thứ Năm, Cục cho biết vận động viên giành 87 HCV."
    assert flags(en, vi) == []
    # a year the English does state, edited: a slip
    assert flags(en.replace("its year-end review", "its 2024 review"), vi)


# --- a clock time the other version gives as "early on Sunday" -------------------------------

_WEEKDAYS = (("Monday", "thứ Hai"), ("Wednesday", "thứ Tư"), ("Sunday", "Chủ nhật"))


@settings(deadline=None, max_examples=40)
@given(
    st.integers(0, 5), st.integers(0, 59), st.sampled_from(_WEEKDAYS), st.sampled_from(["early", "early on"])
)
def test_a_small_hour_said_as_early_on_a_weekday(
    hour: int, minute: int, day: tuple[str, str], early: str
) -> None:
    en = f"Three people were killed when a coach hit a truck on the expressway {early} {day[0]}, police said."
    vi = f"Khoảng {hour}g{minute:02d} {day[1]}, xe khách tông vào xe tải trên cao tốc khiến 3 người chết."
    assert flags(en, vi) == []
    # an afternoon hour is no "early": a slip
    assert flags(en, vi.replace(f"{hour}g{minute:02d}", f"{hour + 14}g{minute:02d}"))


# --- a span of hours that changes: "từ 7 giờ xuống còn 5 giờ" --------------------------------


@settings(deadline=None, max_examples=40)
@given(st.integers(3, 12), st.integers(1, 9), st.sampled_from(["xuống còn", "xuống", "xuống còn khoảng"]))
def test_a_span_of_hours_that_changes_is_no_time(before: int, cut: int, verb: str) -> None:
    after = max(1, before - cut)
    assume(after != before)
    en = f"The road will cut the journey to about {after} hours from {before}."
    vi = f"Tuyến đường sẽ rút ngắn thời gian đi từ {before} giờ {verb} {after} giờ."
    assert flags(en, vi) == []
    # the old span edited: a slip
    assert flags(en, vi.replace(f"từ {before} giờ", f"từ {before + 1} giờ"))


def test_from_a_bare_hour_to_a_time_of_day_stays_a_time() -> None:
    # "từ 8 giờ lên 9 giờ sáng": the far end is a time of day, so the start is one too
    assert [k for k, _ in read("dời giờ mở cửa từ 8 giờ lên 9 giờ sáng", "vi")] == ["time", "time"]


# --- a local time restated in brackets in the reader's zone ----------------------------------


@settings(deadline=None, max_examples=30)
@given(st.integers(1, 11), st.integers(0, 59), st.integers(1, 3))
def test_a_local_time_restated_in_another_zone(hour: int, minute: int, ahead: int) -> None:
    local = f"{hour + ahead if hour + ahead <= 12 else hour + ahead - 12}:{minute:02d} a.m."
    en = f"The satellite was launched at {local} local time on Tuesday ({hour}:{minute:02d} a.m. Hanoi time)."
    vi = f"Vệ tinh được phóng lúc {hour}h{minute:02d} ngày 7/7 (giờ Hà Nội)."
    assert flags(en, vi) == []
    # the Hanoi time edited: a slip
    assert flags(en, vi.replace(f"lúc {hour}h", f"lúc {hour + 1}h" if hour < 11 else "lúc 1h"))


# --- a span said in round words: "seven years late" against "chậm nhiều năm" -----------------


@settings(deadline=None, max_examples=40)
@given(
    st.integers(2, 9),
    st.sampled_from([("years", "năm"), ("months", "tháng"), ("weeks", "tuần")]),
    st.sampled_from(["nhiều", "vài"]),
)
def test_a_span_said_in_round_words(number: int, unit: tuple[str, str], words: str) -> None:
    en = f"The 777X is not expected to enter service until 2027, {number} {unit[0]} late."
    vi = f"Dòng 777X dự kiến không khai thác trước năm 2027, chậm {words} {unit[1]} so với kế hoạch."
    assert flags(en, vi) == []
    # a single one of the unit is not "many" or "a few": a slip
    assert flags(en.replace(f"{number} {unit[0]}", f"1 {unit[0][:-1]}"), vi)
    # nor is the span in another unit
    other = "days" if unit[0] != "days" else "hours"
    assert flags(en.replace(f"{number} {unit[0]}", f"{number} {other}"), vi)


# --- blind29: a score "from 0-2 down" is no date; "tới 1/3 lượng hàng" is a share -----------


@settings(deadline=None, max_examples=30)
@given(st.integers(1, 5), st.integers(1, 5))
def test_a_score_from_nil_is_no_date(goals: int, shootout: int) -> None:
    en = f"England came back from {goals}-0 down to draw {goals}-{goals} and won {shootout + 2}-2."
    vi = f"Anh lội ngược dòng từ 0-{goals} để hòa Thụy Điển {goals}-{goals}, rồi thắng {shootout + 2}-2."
    assert flags(en, vi) == []
    assert ("date", None) not in [(k, None) for k, _ in read(vi, "vi")]


@settings(deadline=None, max_examples=30)
@given(st.sampled_from([(1, 3, "a third"), (1, 4, "a quarter"), (2, 3, "two-thirds")]), st.integers(10, 99))
def test_a_small_fraction_before_a_quantity_noun_is_a_share(share: tuple[int, int, str], worth: int) -> None:
    a, b, words = share
    en = f"A rule of origin could affect up to {words} of the sector's shipments, worth ${worth} billion."
    vi = (
        f"Quy tắc xuất xứ chặt chẽ có thể ảnh hưởng tới {a}/{b} lượng hàng xuất khẩu, trị giá {worth} tỷ USD."
    )
    assert flags(en, vi) == []
    # another share: a slip
    assert flags(en, vi.replace(f"{a}/{b} lượng", f"{a}/{b + 1} lượng"))


# --- a storm's coordinates, its strongest wind level and its band of speeds ------------------


@settings(deadline=None, max_examples=30)
@given(st.integers(100, 250), st.integers(8, 14), st.integers(5, 25))
def test_a_storm_position_given_as_coordinates_and_a_band(lat10: int, level: int, low_gap: int) -> None:
    top = 60 + level * 4
    en = f"The centre was about 120km southeast of Hong Kong, with winds of up to {top}km per hour."
    vi = (
        f"Tâm bão ở khoảng {vi_decimal(Decimal(lat10) / 10)} độ Vĩ Bắc; 115,2 độ Kinh Đông, cách Hồng Kông "
        "khoảng "
        f"120 km về phía Đông Nam. Sức gió mạnh nhất cấp {level} ({top - low_gap}-{top} km/h)."
    )
    assert flags(en, vi) == []
    # the band's top edited: a slip
    assert flags(en, vi.replace(f"-{top} km/h", f"-{top + 10} km/h"))


def test_coordinates_are_compared_with_coordinates() -> None:
    en = "The centre was at 21.4 degrees north latitude and 115.2 degrees east longitude."
    assert flags(en, "Tâm bão ở khoảng 21,4 độ Vĩ Bắc; 115,2 độ Kinh Đông.") == []
    assert flags(en, "Tâm bão ở khoảng 21,4 độ Vĩ Bắc; 116,2 độ Kinh Đông.")
    # no temperature is read from a coordinate
    assert all(getattr(v, "unit", None) != "degC" for _, v in read("ở 21,4 độ Vĩ Bắc", "vi"))


# --- a score out of a total, "the highest at 6.52" ------------------------------------------


@settings(deadline=None, max_examples=40)
@given(
    st.integers(100, 999), st.integers(100, 999), st.sampled_from(["highest at", "lowest at", "averaged at"])
)
def test_a_score_out_of_ten_and_a_level_at(low: int, high: int, level: str) -> None:
    assume(low % 10 and high % 10 and low != high)
    a, b = Decimal(low) / 100, Decimal(high) / 100
    en = f"English had an average score of {a} out of 10, while history had the {level} {b}."
    vi = f"Môn tiếng Anh có điểm trung bình {vi_decimal(a)} điểm, còn môn Lịch sử có điểm {vi_decimal(b)}."
    assert flags(en, vi) == []
    # the second score edited: a slip
    assert flags(en, vi.replace(f"điểm {vi_decimal(b)}.", f"điểm {vi_decimal(b + 1)}."))


# --- "the first three months" is the first quarter -----------------------------------------


@settings(deadline=None, max_examples=30)
@given(st.integers(10, 99), st.integers(10, 99))
def test_the_first_three_months_are_the_first_quarter(q2: int, q1: int) -> None:
    assume(q1 != q2)
    a, b = Decimal(q2) / 10, Decimal(q1) / 10
    en = f"The economy grew {a}% in the second quarter, slowing from {b}% in the first three months."
    vi = f"Kinh tế tăng trưởng {vi_decimal(a)}% trong quý II, chậm lại so với {vi_decimal(b)}% của quý I."
    assert flags(en, vi) == []
    # four months are no quarter: a slip
    assert flags(en.replace("first three months", "first four months"), vi)


# --- a version that rounds every figure of the passage ---------------------------------------


@settings(deadline=None, max_examples=40)
@given(st.lists(st.integers(1000, 99999), min_size=3, max_size=4, unique=True))
def test_every_figure_rounded_alike(hundredths: list[int]) -> None:
    exact = [Decimal(h) / 100 for h in hundredths]
    rounded = [e.quantize(Decimal("0.1"), rounding="ROUND_HALF_UP") for e in exact]
    assume(all(r != e for r, e in zip(rounded, exact, strict=True)))
    assume(len(set(rounded)) == len(rounded))  # (three figures rounded to one value are one group)
    assume(all(r % 1 for r in rounded))  # ("$10.0 billion": a writer drops the ".0")
    assume(len(set(rounded)) == len(rounded))  # (a repeated figure is one group)
    en = " ".join(f"Item {i} reached ${r} billion." for i, r in enumerate(rounded))
    vi = " ".join(f"Mục {i} đạt {vi_decimal(e)} tỷ USD." for i, e in enumerate(exact))
    assert flags(en, vi) == []
    # one figure rounded wrong: a slip
    assert flags(en.replace(f"${rounded[0]} billion", f"${rounded[0] + Decimal('0.2')} billion"), vi)


def test_one_figure_a_digit_short_still_flags() -> None:
    # a single figure one digit short, and the others exact: an edited digit, not a policy
    en = "Exports reached $219.8 billion. Imports reached $212.22 billion. Surplus $7.61 billion."
    vi = "Xuất khẩu đạt 219,83 tỷ USD. Nhập khẩu đạt 212,22 tỷ USD. Thặng dư 7,61 tỷ USD."
    assert flags(en, vi)


# --- the year of a period the other version leaves to the story ------------------------------


@settings(deadline=None, max_examples=30)
@given(st.integers(2020, 2030), st.sampled_from([("first half", "6 tháng đầu năm")]))
def test_the_year_of_a_period_left_to_the_story(year: int, period: tuple[str, str]) -> None:
    en = f"Exports rose 14.4 per cent to $219.8 billion in the {period[0]}, the department said."
    vi = f"{period[1]} {year}, kim ngạch xuất khẩu đạt 219,8 tỷ USD, tăng 14,4%."
    assert flags(en, vi) == []
    # a year the English does state, edited: a slip
    assert flags(en.replace(f"the {period[0]}", f"the {period[0]} of {year - 1}"), vi)
