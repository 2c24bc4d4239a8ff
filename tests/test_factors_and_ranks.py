"""Classes of news phrasing where a figure's neighbour changes what it is: a multiple before
"to" ("profit doubled to VND1.2 trillion") is a factor, not a range's first member; a
rank's field ("xếp thứ 46/133") is the total the rank is out of; months named for a span of
the year ("January-October", "the three months to September") are that span. Each property
is paired with an edit that must still flag."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pair_rows import flags

FACTORS = [("doubled", "gấp đôi"), ("tripled", "gấp ba"), ("quadrupled", "gấp bốn")]


def ordinal_en(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@settings(deadline=None)  # the first call loads CLDR data and the reading tables
@given(st.sampled_from(FACTORS), st.integers(2, 999), st.sampled_from(["trillion", "billion", "million"]))
def test_a_multiple_before_to_is_a_factor(factor: tuple[str, str], tenths: int, scale: str) -> None:
    word_en, word_vi = factor
    scale_vi = {"trillion": "nghìn tỷ", "billion": "tỷ", "million": "triệu"}[scale]
    figure_en, figure_vi = f"{tenths / 10:g}", f"{tenths / 10:g}".replace(".", ",")
    en = f"The company's net profit {word_en} to VND{figure_en} {scale}."
    vi = f"Lợi nhuận ròng của công ty tăng {word_vi}, lên {figure_vi} {scale_vi} đồng."
    assert flags(en, vi) == []
    other = f"{(tenths + 1) / 10:g}".replace(".", ",")
    assert flags(en, f"Lợi nhuận ròng của công ty tăng {word_vi}, lên {other} {scale_vi} đồng.")
    # the factor itself is still checked
    wrong = FACTORS[(FACTORS.index(factor) + 1) % len(FACTORS)][1]
    assert flags(en, f"Lợi nhuận ròng của công ty tăng {wrong}, lên {figure_vi} {scale_vi} đồng.")


def test_a_range_of_number_words_still_shares_its_scale() -> None:
    # the multiple rule leaves real ranges alone: "two to five million" is 2 to 5 million
    assert flags("From two to five million people voted.", "Từ 2 đến 5 triệu người đã bỏ phiếu.") == []
    assert flags("From two to five million people voted.", "Từ 2.000 đến 5 triệu người đã bỏ phiếu.")


@settings(deadline=None)
@given(st.integers(1, 150), st.integers(1, 150))
def test_a_rank_out_of_a_field_is_the_rank_and_its_field(rank: int, more: int) -> None:
    field = rank + more
    en = f"Vietnam ranked {ordinal_en(rank)} out of {field} economies in the index."
    vi = f"Việt Nam xếp thứ {rank}/{field} nền kinh tế trong chỉ số này."
    assert flags(en, vi) == []
    # English may leave the field out: alone, the field is no figure to flag
    assert flags(f"Vietnam ranked {ordinal_en(rank)} in the index.", vi) == []
    # a changed rank or field still flags
    assert flags(en, f"Việt Nam xếp thứ {rank + 1}/{field} nền kinh tế trong chỉ số này.")
    assert flags(en, f"Việt Nam xếp thứ {rank}/{field + 1} nền kinh tế trong chỉ số này.")


MONTHS_EN = "January February March April May June July August September October November December".split()


@settings(deadline=None)
@given(st.integers(2, 12), st.sampled_from(["{a}-{b}", "{a} to {b}", "from {a} to {b}"]))
def test_months_from_january_are_the_first_months_of_the_year(last: int, form: str) -> None:
    months = form.format(a=MONTHS_EN[0], b=MONTHS_EN[last - 1])
    en = f"Inflation averaged 3.5% in {months}, the statistics office said."
    vi = f"Lạm phát bình quân {last} tháng đầu năm là 3,5%, cơ quan thống kê cho biết."
    assert flags(en, vi) == []
    # one month more or less is another span, and still flags
    other = last - 1 if last > 2 else last + 1
    assert flags(en, f"Lạm phát bình quân {other} tháng đầu năm là 3,5%, cơ quan thống kê cho biết.")


def test_months_not_from_january_are_no_first_months() -> None:
    # "March-October" is eight months, but not "the first eight months"
    assert flags("Exports rose 5% in March-October.", "Xuất khẩu 8 tháng đầu năm tăng 5%.")


@settings(deadline=None)
@given(st.sampled_from(["past", "last", "previous", "next", "coming"]), st.sampled_from(["qua", "tới"]))
def test_the_past_decade_is_ten_years(which: str, vi_word: str) -> None:
    en = f"Over the {which} decade, the number of visitors has tripled."
    assert flags(en, f"Trong 10 năm {vi_word}, số du khách đã tăng gấp ba.") == []
    # a span far from a decade still flags
    assert flags(en, f"Trong 30 năm {vi_word}, số du khách đã tăng gấp ba.")


@settings(deadline=None)
@given(st.integers(1, 4), st.sampled_from(["to", "ending", "ended"]))
def test_three_months_to_a_quarter_end_are_that_quarter(quarter: int, join: str) -> None:
    roman = ["I", "II", "III", "IV"]
    en = f"The economy grew 0.1% in the three months {join} {MONTHS_EN[3 * quarter - 1]}, the office said."
    assert flags(en, f"Kinh tế tăng trưởng 0,1% trong quý {roman[quarter - 1]}, cơ quan này cho biết.") == []
    other = roman[quarter % 4]
    assert flags(en, f"Kinh tế tăng trưởng 0,1% trong quý {other}, cơ quan này cho biết.")


NUMBER_WORDS = "two three four five six seven eight nine ten eleven twelve".split()


@settings(deadline=None)
@given(st.integers(2, 12))
def test_a_number_word_and_fold_is_a_multiple(times: int) -> None:
    en = f"The number of cases rose {NUMBER_WORDS[times - 2]}fold last year."
    assert flags(en, f"Số ca mắc năm ngoái tăng gấp {times} lần.") == []
    assert flags(en, f"Số ca mắc năm ngoái tăng gấp {times + 1} lần.")


@settings(deadline=None)
@given(st.integers(2, 12), st.sampled_from(["Đến hết tháng {m}", "Tính đến hết tháng {m}"]))
def test_the_months_to_the_end_of_a_month(months: int, form: str) -> None:
    en = f"Vietnam disbursed VND530 trillion of public investment in the {months} months."
    vi = form.format(m=months) + ", vốn đầu tư công giải ngân đạt 530.000 tỷ đồng."
    assert flags(en, vi) == []
    assert flags(en, form.format(m=months % 12 + 1) + ", vốn đầu tư công giải ngân đạt 530.000 tỷ đồng.")
