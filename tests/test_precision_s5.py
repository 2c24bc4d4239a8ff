"""Classes of phrasing left open by the second blind probe (benchmarks/probe/blind2.jsonl)
and found on the third one's tune part: each read on positive evidence (grammar, units),
each paired with an edit of the same phrase that must still flag."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.align import compare
from crosscheck.figures import Amount
from crosscheck.text import Document
from pair_rows import flags, read, vi_decimal

# --- basis points are hundredths of a percentage point ------------------------------------


@settings(deadline=None)
@given(st.integers(1, 400), st.sampled_from([" basis points", "bps", " bps"]))
def test_basis_points_are_hundredths_of_a_percentage_point(bps: int, written: str) -> None:
    points = Decimal(bps).scaleb(-2).normalize()
    en = f"The central bank cut its policy rate by {bps}{written}."
    vi = f"Ngân hàng trung ương giảm lãi suất điều hành {vi_decimal(points)} điểm phần trăm."
    assert flags(en, vi) == []
    assert flags(en, f"Ngân hàng trung ương giảm lãi suất điều hành {bps} điểm cơ bản.") == []
    changed = (points + Decimal("0.25")).normalize()
    assert flags(en, f"Ngân hàng trung ương giảm lãi suất điều hành {vi_decimal(changed)} điểm phần trăm.")
    # a percentage is another unit than a change in percentage points
    assert flags(en, f"Ngân hàng trung ương giảm lãi suất điều hành {vi_decimal(points)}%.")


def test_a_basis_point_reads_as_its_value_in_points() -> None:
    half_point = Amount(Decimal("0.50"), unit="point", decimals=2)
    assert read("a cut of 50 basis points", "en") == [("percent", half_point)]
    assert read("giảm 25 điểm cơ bản", "vi") == [
        ("percent", Amount(Decimal("0.25"), unit="point", decimals=2))
    ]


# --- a date cue opening a sentence is capitalised -----------------------------------------

CUES_VI = {"Từ": "from", "Đến": "until", "Tới": "until", "Vào": "on", "Sáng": "on the morning of"}


@settings(deadline=None)
@given(st.sampled_from(sorted(CUES_VI)), st.integers(1, 12), st.integers(1, 9))
def test_a_capitalised_cue_at_a_sentence_start_makes_a_date(cue: str, month: int, day: int) -> None:
    # day/month with a small day reads like a fraction ("1/7") without its cue
    month_en = "January February March April May June July August September October November December".split()
    en = f"Salaries rose by 30% {CUES_VI[cue]} {month_en[month - 1]} {day}."
    vi = f"{cue} {day}/{month}, lương tăng 30%."
    assert ("date", read(vi, "vi")[0][1]) == read(vi, "vi")[0]
    assert flags(en, vi) == []
    assert flags(en, f"{cue} {day + 1}/{month}, lương tăng 30%.")


# --- "and a half", "rưỡi" ------------------------------------------------------------------

NUMBER_WORDS_EN = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
NUMBER_WORDS_VI = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


@settings(deadline=None)
@given(st.integers(2, 9), st.sampled_from([("days", "ngày"), ("hours", "giờ"), ("years", "năm")]),
       st.booleans())  # fmt: skip
def test_a_number_and_a_half(whole: int, unit: tuple[str, str], spelled_vi: bool) -> None:
    en = f"Deputies spent {NUMBER_WORDS_EN[whole - 1]} and a half {unit[0]} on the questions."
    vi = (
        f"Các đại biểu dành {NUMBER_WORDS_VI[whole - 1]} {unit[1]} rưỡi cho phiên chất vấn."
        if spelled_vi
        else f"Các đại biểu dành {whole},5 {unit[1]} cho phiên chất vấn."
    )
    assert flags(en, vi) == []
    assert flags(en, f"Các đại biểu dành {whole} {unit[1]} cho phiên chất vấn.")
    assert flags(en, f"Các đại biểu dành {whole + 1},5 {unit[1]} cho phiên chất vấn.")


def test_a_half_after_a_scale_word_or_in_a_compound() -> None:
    assert flags("About 2.5 million people moved.", "Khoảng hai triệu rưỡi người đã chuyển đi.") == []
    assert flags("About 2.5 million people moved.", "Khoảng hai triệu người đã chuyển đi.")
    assert flags("a two-and-a-half-day visit", "chuyến thăm 2,5 ngày") == []
    assert flags("150 people came", "một trăm rưỡi người đến") == []


def test_half_past_an_hour_is_a_time_only_with_a_cue() -> None:
    assert flags("It began at 2:30 pm.", "Nó bắt đầu lúc 2 giờ rưỡi chiều.") == []
    assert flags("It began at 3:30 pm.", "Nó bắt đầu lúc 2 giờ rưỡi chiều.")
    # with no cue and no part of the day, it is as likely two and a half hours
    assert flags("The meeting lasted 2.5 hours.", "Cuộc họp kéo dài 2 giờ rưỡi.") == []
    assert flags("The meeting lasted 3.5 hours.", "Cuộc họp kéo dài 2 giờ rưỡi.")


# --- "the two sides": a count of the parties already named ---------------------------------

PARTIES_EN = ["sides", "countries", "leaders", "nations", "governments"]
PARTIES_VI = ["bên", "nước", "phía", "quốc gia", "nhà lãnh đạo"]


@settings(deadline=None)
@given(st.sampled_from(PARTIES_EN), st.sampled_from(PARTIES_VI))
def test_a_count_of_the_parties_refers_back_and_never_flags_alone(party_en: str, party_vi: str) -> None:
    en = f"Vietnam and Laos held talks, after which the two {party_en} signed 36 documents."
    vi = "Việt Nam và Lào đã hội đàm, sau đó chứng kiến lễ ký 36 văn kiện."
    assert flags(en, vi) == []
    relations = "Relations between Vietnam and Laos are good."
    assert flags(relations, f"Quan hệ giữa hai {party_vi} tốt đẹp.") == []
    # the figure beside it is still checked, and a count of parties still agrees or differs
    assert flags(en, vi.replace("36", "38"))
    assert flags(f"The two {party_en} met.", "Ba quốc gia đã gặp nhau.")


def test_a_count_of_other_things_after_the_still_counts() -> None:
    # only the parties of a relation refer back: "the three suspects" is a figure
    assert flags("Police held the three suspects on Monday.", "Cảnh sát bắt giữ hai nghi phạm hôm thứ Hai.")
    assert flags("Two countries signed the deal.", "Ba nước đã ký thỏa thuận.")


# --- a rounded figure against the exact one -------------------------------------------------


def vi_grouped(number: int) -> str:
    return f"{number:,}".replace(",", ".")


@settings(deadline=None)
@given(st.integers(1_000_000, 9_990_000), st.sampled_from([("quadrillion", 10**6), ("trillion", 10**3)]))
def test_a_figure_rounded_to_its_written_precision_agrees(exact: int, scale: tuple[str, int]) -> None:
    # the exact figure in billions of dong (tỷ), the rounded one in a larger scale word
    word, billions = scale
    rounded = (Decimal(exact) / billions).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    en = f"Revenue is estimated at VND{rounded} {word}."
    vi = f"Tổng thu ước đạt {vi_grouped(exact)} tỷ đồng."
    assert flags(en, vi) == []
    # a figure one hundredth away from the rounding is another figure
    assert flags(f"Revenue is estimated at VND{rounded + Decimal('0.01')} {word}.", vi)
    assert flags(f"Revenue is estimated at VND{rounded - Decimal('0.01')} {word}.", vi)


def test_a_rounding_needs_a_clearly_coarser_precision() -> None:
    # the same scale and one digit more is another figure, not a rounding
    assert flags("Exports reached $41.6 billion.", "Xuất khẩu đạt 41,65 tỷ USD.")
    assert flags("Exports reached $1.97 billion.", "Xuất khẩu đạt 1,95 tỷ USD.")
    # a rounding keeps the unit, and "over" is a fact of its own
    assert flags("Revenue is estimated at VND1.97 quadrillion.", "Tổng thu ước đạt 1.966.839 tỷ USD.")
    assert flags("Revenue is over VND1.97 quadrillion.", "Tổng thu ước đạt 1.966.839 tỷ đồng.")
    # "about" may mark the rounding; an exact figure in both versions never goes through it
    assert flags("Revenue is about VND2 quadrillion.", "Tổng thu ước đạt 1.966.839 tỷ đồng.") == []
    assert flags("It fell to 2,548,958 people.", "Con số giảm xuống 2.548.959 người.")


def test_a_rounding_never_takes_a_figure_stated_exactly() -> None:
    en = "Spending is VND2.55 quadrillion, and VND2,548,958 billion was approved."
    vi = "Tổng chi 2.548.958 tỷ đồng; dự toán 2,55 triệu tỷ đồng."
    assert flags(en, vi) == []
    assert flags(en, "Tổng chi 2.548.958 tỷ đồng; dự toán 2,54 triệu tỷ đồng.")


# --- an ordinal that counts occurrences --------------------------------------------------------

ORDINALS_EN = ["second", "third", "fourth", "fifth", "sixth"]
ORDINALS_VI = ["hai", "ba", "tư", "năm", "sáu"]


@settings(deadline=None)
@given(st.integers(0, 4), st.integers(0, 4))
def test_an_occurrence_counted_in_both_versions_must_agree(en_index: int, vi_index: int) -> None:
    en = f"EVN raised the retail price by 4.8% from Oct. 11, the {ORDINALS_EN[en_index]} increase this year."
    vi = f"EVN tăng giá bán lẻ thêm 4,8% từ ngày 11/10, lần điều chỉnh thứ {ORDINALS_VI[vi_index]} trong năm."
    assert bool(flags(en, vi)) == (en_index != vi_index)


def test_an_occurrence_counted_in_one_version_only_is_listed_for_review() -> None:
    # "again" for "lần thứ hai": the same fact, said without a figure
    result = compare(
        Document.from_text("The bank cut its rates again on Monday.", "en"),
        Document.from_text("Ngân hàng giảm lãi suất lần thứ hai vào thứ Hai.", "vi"),
    )
    assert [(r.kind, r.status) for r in result.rows if r.kind == "ordinal"] == [("ordinal", "review")]


# --- race and lap times (blind3 tune: sportabroad-02, -04) ----------------------------------


@settings(deadline=None)
@given(st.integers(1, 3), st.integers(0, 59), st.integers(0, 59))
def test_hours_minutes_and_seconds_are_one_elapsed_time(hours: int, minutes: int, seconds: int) -> None:
    en = f"She won the marathon in {hours}:{minutes:02d}:{seconds:02d}, a course record."
    vi = f"Cô vô địch marathon với thời gian {hours} giờ {minutes} phút {seconds} giây, kỷ lục đường chạy."
    assert flags(en, vi) == []
    assert flags(f"She ran {hours} hours, {minutes} minutes and {seconds} seconds.", vi) == []
    other = (seconds + 1) % 60
    assert flags(en, f"Cô vô địch marathon với thời gian {hours} giờ {minutes} phút {other} giây, kỷ lục.")
    # with a clock's cue it stays a time of day, and never takes the span
    assert "duration" not in [
        k for k, _ in read(f"It began at {hours}:{minutes:02d}:{seconds:02d} p.m.", "en")
    ]


@settings(deadline=None)
@given(st.integers(1, 2), st.integers(0, 59), st.integers(0, 999))
def test_a_lap_time_in_thousandths_after_giay(minutes: int, seconds: int, thousandths: int) -> None:
    en = f"He took pole with a lap of {minutes}:{seconds:02d}.{thousandths:03d}."
    vi = f"Anh giành pole với thời gian {minutes} phút {seconds} giây {thousandths:03d}."
    assert flags(en, vi) == []
    other = (thousandths + 1) % 1000
    assert flags(en, f"Anh giành pole với thời gian {minutes} phút {seconds} giây {other:03d}.")


# --- lunar dates (blind3 tune: festivals-02, -03, -04, -05) ----------------------------------

ORDINAL_MONTHS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                  "tenth", "eleventh", "twelfth"]  # fmt: skip


def ordinal_suffix(day: int) -> str:
    return "th" if 10 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


LUNAR_FORMS_VI = ["ngày {d} tháng {m} âm lịch", "mùng {d}-{m} âm lịch", "ngày {d}/{m} âm lịch"]


@settings(deadline=None)
@given(st.integers(1, 12), st.integers(1, 28), st.sampled_from(LUNAR_FORMS_VI))
def test_a_lunar_date_agrees_with_the_same_lunar_date_only(month: int, day: int, form: str) -> None:
    lunar_month = ORDINAL_MONTHS[month - 1]
    en = f"The festival falls on the {day}{ordinal_suffix(day)} day of the {lunar_month} lunar month."
    vi = "Lễ hội diễn ra vào " + form.format(d=day, m=month) + "."
    assert flags(en, vi) == []
    assert flags(en, "Lễ hội diễn ra vào " + form.format(d=day + 1, m=month) + ".")
    # a lunar date is never the solar date of the same numbers
    assert flags(en, f"Lễ hội diễn ra vào ngày {day}/{month}.")


def test_the_full_moon_day_and_a_range_of_lunar_days() -> None:
    en = "The Lantern Festival, on the 15th day of the first lunar month, falls on Saturday."
    assert flags(en, "Rằm tháng Giêng năm nay rơi vào thứ Bảy.") == []
    assert flags(en, "Rằm tháng Hai năm nay rơi vào thứ Bảy.")
    en = "The festival is held from the 22nd to the 27th day of the fourth lunar month."
    assert flags(en, "Lễ hội diễn ra từ ngày 22 đến 27 tháng 4 âm lịch.") == []
    assert flags(en, "Lễ hội diễn ra từ ngày 22 đến 28 tháng 4 âm lịch.")
    # the solar month alone is no lunar date
    assert read("Lễ hội diễn ra vào tháng 4.", "vi") == [("date", read("in April", "en")[0][1])]


# --- one moment in two time zones (blind3 tune: worldnews-01) ---------------------------------


@settings(deadline=None)
@given(st.integers(0, 23), st.integers(0, 59))
def test_a_time_in_gmt_against_the_same_moment_in_hanoi_time(hour: int, minute: int) -> None:
    hanoi = (hour + 7) % 24
    en = f"The quake struck at {hour:02d}{minute:02d} GMT on Thursday."
    assert flags(en, f"Trận động đất xảy ra lúc {hanoi}h{minute:02d} (giờ Hà Nội) thứ Năm.") == []
    assert flags(en, f"Trận động đất xảy ra lúc {(hanoi + 1) % 24}h{minute:02d} (giờ Hà Nội) thứ Năm.")
    # a time with no zone is not moved
    no_zone = f"Trận động đất xảy ra lúc {hanoi}h{minute:02d} thứ Năm."
    assert flags(f"The quake struck at {hour:02d}:{minute:02d} on Thursday.", no_zone)
    # both in GMT: an edit by exactly the offset is still another time, and so is the same
    # clock reading in the other zone
    assert flags(en, f"Trận động đất xảy ra lúc {hanoi}:{minute:02d} GMT thứ Năm.")
    assert flags(en, f"Trận động đất xảy ra lúc {hour}h{minute:02d} (giờ Hà Nội) thứ Năm.")
    assert flags(en, f"Trận động đất xảy ra lúc {hour}:{minute:02d} GMT thứ Năm.") == []


# --- the base of a rate or ratio (blind3 tune: census-05, worldnews-08) ------------------------


@settings(deadline=None)
@given(st.integers(90, 130), st.sampled_from([100, 1000]))
def test_the_base_of_a_ratio_agrees_and_never_flags_alone(boys: int, base: int) -> None:
    en = f"The sex ratio at birth stood at {boys} boys for every {base:,} girls."
    vi = f"Tỷ số giới tính khi sinh ở mức {boys} bé trai/{base:,} bé gái.".replace(",", ".")
    assert flags(en, vi) == []
    assert flags(en, vi.replace(f"{boys} bé", f"{boys + 1} bé"))
    assert flags(en.replace(f"{base:,} girls", f"{base * 10:,} girls"), vi)


def test_one_unit_of_a_currency_beside_an_exchange_word_is_a_rate_base() -> None:
    en = "The peso fell to 58.9 per dollar on Tuesday."
    assert flags(en, "Đồng peso hôm thứ Ba giảm xuống 58,9 peso đổi 1 USD.") == []
    assert flags(en, "Đồng peso hôm thứ Ba giảm xuống 59,8 peso đổi 1 USD.")
    assert flags("The fund got $1 on Tuesday.", "Quỹ nhận 1 USD hôm thứ Tư.")


# --- a share of a percentage point (blind3 tune: worldnews-10) --------------------------------


POINT_SHARES = [
    ("a quarter point", "0,25"),
    ("half a percentage point", "0,5"),
    ("three quarters of a point", "0,75"),
    ("a quarter of a percentage point", "0,25"),
]


@settings(deadline=None)
@given(st.sampled_from(POINT_SHARES))
def test_a_share_of_a_percentage_point(written: tuple[str, str]) -> None:
    en = f"The Bank of England cut its main rate by {written[0]} to 5%."
    assert flags(en, f"Ngân hàng Trung ương Anh giảm lãi suất {written[1]} điểm phần trăm xuống 5%.") == []
    assert flags(en, "Ngân hàng Trung ương Anh giảm lãi suất 1 điểm phần trăm xuống 5%.")


# --- a currency that is also a verb (found by the integrator: "All three won.") ---------------


@settings(deadline=None)
@given(st.integers(2, 9))
def test_won_after_a_number_word_is_a_verb_and_after_digits_the_currency(count: int) -> None:
    en = f"All {NUMBER_WORDS_EN[count - 1]} won their matches."
    assert [kind for kind, _ in read(en, "en")] == ["count"]
    assert flags(en, f"Cả {NUMBER_WORDS_VI[count - 1]} đều thắng.") == []
    assert read(f"a prize of {count},000 won", "en") == [("money", Amount(Decimal(count * 1000), unit="KRW"))]
    assert read(f"{NUMBER_WORDS_EN[count - 1]} billion won", "en")[0][0] == "money"
    assert flags(f"They were paid {count},000 won.", f"Họ được trả {count + 1}.000 won.")


# --- a half as the number of a scale word (found by the integrator) ----------------------------


@settings(deadline=None)
@given(st.sampled_from([("million", "triệu", 10**6), ("billion", "tỷ", 10**9), ("thousand", "nghìn", 10**3)]))
def test_half_a_million_is_half_of_the_scale(scale: tuple[str, str, int]) -> None:
    word_en, word_vi, value = scale
    en = f"Half a {word_en} people visited the fair."
    assert flags(en, f"Nửa {word_vi} người đã đến hội chợ.") == []
    assert flags(en, f"{vi_grouped(value // 2)} người đã đến hội chợ.") == []
    assert flags(en, f"Một {word_vi} người đã đến hội chợ.")
    assert flags(en, f"{vi_grouped(value * 6 // 10)} người đã đến hội chợ.")


# --- a qualified round figure against the exact one (found by the integrator, blind4 tune) ----


@settings(deadline=None)
@given(st.integers(1_000_001, 1_499_999))
def test_over_a_round_figure_agrees_with_an_exact_one_above_it(exact: int) -> None:
    en = "Over 1 million candidates sat the exam."
    assert flags(en, f"{vi_grouped(exact)} thí sinh dự thi.") == []
    # below the round figure, or rounding to another one, is another figure
    assert flags(en, f"{vi_grouped(2_000_000 - exact)} thí sinh dự thi.")
    assert flags(en, f"{vi_grouped(exact + 500_000)} thí sinh dự thi.")


@settings(deadline=None)
@given(
    st.integers(951, 999).filter(lambda n: n % 10), st.sampled_from(["Nearly", "Almost", "About", "Under"])
)
def test_nearly_a_round_figure_agrees_with_an_exact_one_below_it(exact: int, qualifier: str) -> None:
    # (three digits written against one: "950" writes two, and is not taken)
    en = f"{qualifier} 1,000 people came to the fair."
    assert flags(en, f"{exact} người đã đến hội chợ.") == []
    # the exact side must write two more digits: 1.200 is another figure
    assert flags(en, "1.200 người đã đến hội chợ.")
    if qualifier == "Under":
        assert flags(en, f"{2000 - exact} người đã đến hội chợ.")


# --- scale words stacked beyond a quadrillion (found by the integrator, blind4 tune) ----------


@settings(deadline=None)
@given(
    st.sampled_from([("quintillion", "tỷ tỷ"), ("sextillion", "nghìn tỷ tỷ"), ("septillion", "triệu tỷ tỷ")])
)
def test_scales_beyond_a_quadrillion_against_stacked_vietnamese_scales(scale: tuple[str, str]) -> None:
    en = f"The universe will last 10 {scale[0]} years."
    assert flags(en, f"Vũ trụ sẽ tồn tại 10 {scale[1]} năm.") == []
    assert flags(en, f"Vũ trụ sẽ tồn tại 10 {scale[1].split(' ', 1)[-1]} năm.")
    assert flags(en, f"Vũ trụ sẽ tồn tại 100 {scale[1]} năm.")
