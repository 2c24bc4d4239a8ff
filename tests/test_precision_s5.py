"""Classes of phrasing left open by the second blind probe (benchmarks/probe/blind2.jsonl)
and found on the third one's tune part: each read on positive evidence (grammar, units),
each paired with an edit of the same phrase that must still flag."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.align import PASSING, compare
from crosscheck.extract import extract
from crosscheck.figures import Amount
from crosscheck.text import Document


def flags(en: str, vi: str) -> list[dict[str, object]]:
    result = compare(Document.from_text(en, "en"), Document.from_text(vi, "vi"))
    return [r.as_dict() for r in result.rows if r.status not in PASSING]


def read(text: str, lang: str) -> list[tuple[str, object]]:
    return [(m.kind, m.value) for m in extract(Document.from_text(text, lang), None)]


def vi_decimal(value: Decimal) -> str:
    return str(value).replace(".", ",")


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
