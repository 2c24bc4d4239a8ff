"""Classes of phrasing found by the probe of new genres (benchmarks/probe): economy, markets,
weather, courts, sports, real estate. Each test reads a class on positive evidence, and
an edit of the same phrase must still flag."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.figures import Amount
from pair_rows import flags, read, vi_decimal

# --- a number its unit follows measures something: no time of day -------------------------


@settings(deadline=None)
@given(
    st.integers(0, 23),
    st.integers(0, 59),
    st.sampled_from(["%", " per cent", " metres", " m", " km", " million", " tonnes"]),
)
def test_a_dotted_number_before_its_unit_is_no_time(hour: int, minute: int, unit: str) -> None:
    en = f"Core inflation stood at {hour}.{minute:02d}{unit}."
    assert "time" not in [kind for kind, _ in read(en, "en")]
    # a time zone or nothing after "at" still makes it a time
    assert [k for k, _ in read(f"The talks began at {hour}.{minute:02d} GMT.", "en")] == ["time"]
    assert [k for k, _ in read(f"The talks began at {hour}.{minute:02d}.", "en")] == ["time"]


def test_a_level_in_metres_agrees_and_a_changed_level_flags() -> None:
    en = "The Red River peaked at 11.33 metres at 3am on Wednesday."
    assert flags(en, "Lúc 3h sáng thứ Tư, sông Hồng lên đỉnh 11,33 m.") == []
    assert flags(en, "Lúc 3h sáng thứ Tư, sông Hồng lên đỉnh 11,53 m.")


# --- the exponent of a unit symbol is part of the unit ---------------------------------------


@settings(deadline=None)
@given(st.integers(2, 900), st.sampled_from(["m2", "m²", "km2", "m3"]))
def test_the_exponent_of_a_unit_is_no_figure(price: int, unit: str) -> None:
    vi = f"Giá bình quân {price} triệu đồng/{unit}, tăng 27%."
    counts = [value for kind, value in read(vi, "vi") if kind == "count"]
    assert counts == []
    en = f"Prices averaged VND{price} million per square metre, up 27%."
    assert flags(en, f"Giá bình quân {price} triệu đồng/m2, tăng 27%.") == []
    assert flags(en, f"Giá bình quân {price + 1} triệu đồng/m2, tăng 27%.")


def test_glued_text_keeps_its_figure() -> None:
    """Letters before digits that make no unit symbol are glued text: "only1.7 million"."""
    assert ("count", Amount(Decimal("1.7"), 10**6, decimals=1)) in read("It has only1.7 million.", "en")


# --- a smaller scale word before a larger one multiplies it ----------------------------------


@settings(deadline=None)
@given(st.decimals(Decimal("0.1"), Decimal("99.9"), places=1))
def test_a_quadrillion_is_a_million_billion(value: Decimal) -> None:
    en = f"Market capitalisation reached about VND{value} quadrillion."
    vi = f"Vốn hóa thị trường đạt khoảng {vi_decimal(value)} triệu tỷ đồng."
    assert flags(en, vi) == []
    assert flags(en, f"Vốn hóa thị trường đạt khoảng {vi_decimal(value)} nghìn tỷ đồng.")


def test_compound_scales_multiply_only_upwards() -> None:
    assert read("có 3 triệu tỷ đồng", "vi")[0][1].value == 3 * 10**15
    assert read("có 3 trăm nghìn người", "vi")[0][1].value == 300_000
    assert read("It cost $2 thousand million.", "en")[0][1].value == 2 * 10**9


# --- British spellings of units, from CLDR's British English ---------------------------------


@settings(deadline=None)
@given(
    st.integers(1, 500),
    st.sampled_from([("millimetres", "mm"), ("centimetres", "cm"), ("litres", "lít"), ("kilometres", "km")]),
)
def test_british_unit_spellings_are_units(number: int, units: tuple[str, str]) -> None:
    en_unit, vi_unit = units
    en = f"The level rose by {number} {en_unit} overnight."
    assert flags(en, f"Mức nước tăng {number} {vi_unit} trong đêm.") == []
    other = "m" if vi_unit != "m" else "km"
    assert flags(en, f"Mức nước tăng {number} {other} trong đêm.")


def test_a_range_in_millimetres_against_centimetres_flags() -> None:
    en = "The south will see rain of 50-150 millimetres."
    assert flags(en, "Miền Nam có mưa 50 - 150 mm.") == []
    assert flags(en, "Miền Nam có mưa 50 - 150 cm.")


# --- a currency before a range and a scale after it belong to both members --------------------


@settings(deadline=None)
@given(st.integers(1, 50), st.integers(1, 30), st.sampled_from([("million", "triệu"), ("billion", "tỷ")]))
def test_a_currency_range_shares_its_currency_and_scale(low: int, step: int, scale: tuple[str, str]) -> None:
    high = low + step
    en_scale, vi_scale = scale
    en = f"Drivers face fines of VND{low}-{high} {en_scale}."
    assert flags(en, f"Tài xế bị phạt từ {low} - {high} {vi_scale} đồng.") == []
    assert flags(en, f"Tài xế bị phạt từ {low + 1} - {high} {vi_scale} đồng.")
    dollars = f"The plant will cost ${low}-{high} {en_scale}."
    assert flags(dollars, f"Nhà máy có vốn {low} - {high} {vi_scale} USD.") == []


def test_a_larger_first_member_keeps_its_own_scale() -> None:
    """ "VND500,000 to 2 million" runs from half a million: the scale is not shared."""
    values = [value for kind, value in read("Fines range from VND500,000 to 2 million.", "en")]
    assert [v.value for v in values if isinstance(v, Amount)] == [500_000, 2_000_000]


# --- hours and minutes, minutes and seconds: one span ----------------------------------------


@settings(deadline=None)
@given(st.integers(1, 23), st.integers(1, 59))
def test_hours_and_minutes_are_one_span(hours: int, minutes: int) -> None:
    en = f"Users spend on average {hours} hours and {minutes} minutes online a day."
    assert flags(en, f"Người dùng dành trung bình {hours} giờ {minutes} phút trực tuyến mỗi ngày.") == []
    assert flags(en, f"Người dùng dành trung bình {hours} tiếng {minutes} phút trực tuyến mỗi ngày.") == []
    other = minutes % 59 + 1
    assert flags(en, f"Người dùng dành trung bình {hours} tiếng {other} phút trực tuyến mỗi ngày.")


@settings(deadline=None)
@given(st.integers(1, 59), st.integers(0, 59), st.integers(0, 99))
def test_minutes_seconds_and_hundredths_are_one_time(minutes: int, seconds: int, hundredths: int) -> None:
    en = f"He won the 1,500 m in {minutes} minutes {seconds}.{hundredths:02d} seconds."
    vi = f"Anh giành chiến thắng 1.500 m với thời gian {minutes} phút {seconds:02d} giây {hundredths:02d}."
    assert flags(en, vi) == []
    later = (hundredths + 1) % 100
    assert flags(
        en, f"Anh giành chiến thắng 1.500 m với thời gian {minutes} phút {seconds:02d} giây {later:02d}."
    )


# --- what a list or a score writes around its members -----------------------------------------


MONTHS = "January February March April May June July August September October November December".split()


@settings(deadline=None)
@given(st.integers(10, 27), st.integers(1, 12))
def test_the_number_of_days_before_a_list_of_days_is_no_span(day: int, month: int) -> None:
    # (days from 10: "3 và 4/5" reads 4/5 as four fifths, a limit left open)
    en = f"The exam takes place on {MONTHS[month - 1]} {day} and {day + 1}."
    assert flags(en, f"Kỳ thi diễn ra trong hai ngày {day} và {day + 1}/{month}.") == []
    assert flags(en, f"Kỳ thi diễn ra trong hai ngày {day} và {day + 2}/{month}.")
    spans = [kind for kind, _ in read(f"Kỳ thi kéo dài hai ngày, từ {day}/{month}.", "vi")]
    assert spans[0] == "duration"


@settings(deadline=None)
@given(st.integers(1, 29), st.sampled_from([30, 40, 100]))
def test_the_total_of_a_score_agrees_with_out_of(score: int, total: int) -> None:
    en = f"The candidate scored {score} out of {total}."
    assert flags(en, f"Thí sinh đạt {score}/{total} điểm.") == []
    # alone, the total is no figure; a changed total where English states one still flags
    assert flags(f"The candidate scored {score} points.", f"Thí sinh đạt {score}/{total} điểm.") == []
    assert flags(en, f"Thí sinh đạt {score}/{total + 1} điểm.")


@settings(deadline=None)
@given(st.integers(1, 9), st.integers(2, 10))
def test_a_small_share_out_of_a_total_is_a_fraction(part: int, total: int) -> None:
    if part >= total:
        part = total - 1
    en = f"Only {part} out of {total} applicants passed."
    assert flags(en, f"Chỉ {part}/{total} thí sinh đỗ.") == []
    assert flags(en, f"Chỉ {part}/{total + 1} thí sinh đỗ.")


@settings(deadline=None)
@given(st.sampled_from([45, 90]), st.integers(1, 9))
def test_added_time_is_the_minute_after_regular_time(base: int, added: int) -> None:
    ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
    en = f"Thailand equalised in the {ordinals[added - 1]} minute of stoppage time."
    assert flags(en, f"Thái Lan gỡ hòa ở phút {base}+{added}.") == []
    assert (
        flags(
            f"Thailand equalised in the {base}+{added}th minute.", f"Thái Lan gỡ hòa ở phút {base}+{added}."
        )
        == []
    )
    assert [v.number for k, v in read(f"Thái Lan gỡ hòa ở phút {base}+{added}.", "vi")] == [added]


# --- a share in words is a rounded percentage -------------------------------------------------

SHARES = [("half", 50), ("a third", Decimal("33.3")), ("a quarter", 25), ("two-thirds", Decimal("66.7"))]


@settings(deadline=None)
@given(st.sampled_from(SHARES), st.decimals(Decimal("-0.4"), Decimal("0.4"), places=1))
def test_a_share_in_words_agrees_with_its_percentage(share: tuple[str, Decimal], off: Decimal) -> None:
    words, percent = share
    value = Decimal(percent) + off
    en = f"The survey found {words} of firms cut jobs."
    assert flags(en, f"Khảo sát cho thấy {vi_decimal(value)}% doanh nghiệp cắt giảm nhân sự.") == []
    assert flags(en, f"Khảo sát cho thấy {vi_decimal(value + 4)}% doanh nghiệp cắt giảm nhân sự.")


@settings(deadline=None)
@given(st.decimals(Decimal("47.5"), Decimal("49.9"), places=1))
def test_nearly_half_is_a_rounded_share(percent: Decimal) -> None:
    en = "Nearly half of the children are anaemic."
    assert flags(en, f"{vi_decimal(percent)}% trẻ em bị thiếu máu.") == []
    # without a word that rounds it, half is no 48 %
    assert flags("Half of the children are anaemic.", f"{vi_decimal(percent - 1)}% trẻ em bị thiếu máu.")


def test_the_first_three_quarters_are_a_count_of_quarters() -> None:
    en = "Trade totalled $114.1 billion in the first three quarters."
    assert flags(en, "Kim ngạch thương mại trong 3 quý đầu năm đạt 114,1 tỷ USD.") == []
    assert flags(en, "Kim ngạch thương mại trong 2 quý đầu năm đạt 114,1 tỷ USD.")
    assert ("fraction", Fraction(3, 4)) in read("Three quarters of the voters agreed.", "en")


# --- what Vietnamese names with a figure ------------------------------------------------------


@settings(deadline=None)
@given(st.sampled_from([(30, 4, "Reunification Day"), (2, 9, "National Day"), (1, 5, "Labour Day")]))
def test_a_holiday_named_by_its_date_is_no_fact_of_its_own(holiday: tuple[int, int, str]) -> None:
    day, month, name = holiday
    en = f"The {name} holiday lasts five days."
    for cue in ("Kỳ nghỉ lễ", "Dịp", "Dịp Quốc khánh"):
        vi = f"{cue} {day}/{month} kéo dài 5 ngày."
        assert read(vi, "vi")[0][0] == "date"  # a date, never a fraction ("2/9")
        assert flags(en, vi) == []
    # the same date as a fact, "on April 30", still needs its counterpart
    assert flags("The holiday lasts five days.", f"Kỳ nghỉ kéo dài 5 ngày, từ ngày {day}/{month}.")


def test_number_one_as_a_rank_is_no_figure_alone() -> None:
    en = "Ly Hoang Nam lost the final 4-6, 3-6 to the top seed."
    assert flags(en, "Lý Hoàng Nam thua hạt giống số 1 với tỷ số 4-6, 3-6 ở trận chung kết.") == []
    assert flags(en, "Lý Hoàng Nam thua hạt giống số 1 với tỷ số 4-6, 3-7 ở trận chung kết.")
    # a score and a longer number after "số" stay figures
    assert flags("They won 2-0.", "Họ thắng với tỷ số 1-0.")
    assert flags("The city has 2,345 people.", "Thành phố có dân số 1.345 người.")
