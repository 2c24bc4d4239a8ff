"""Precision on real text: each test is a class of phrasing found in real translations,
read on positive evidence, with an edit of the same phrase that must still flag."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.align import compare
from crosscheck.extract import extract
from crosscheck.text import Document
from pair_rows import flags
from tiny_story import CLAIM, HEADER

MONTHS_EN = "January February March April May June July August September October November December".split()
# Vietnamese month words: "tháng Giêng" is January, "tháng Chạp" December, "tháng Tư" April.
MONTH_WORDS_VI = ["Giêng", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Chạp"]


def kinds_read(text: str, lang: str) -> list[str]:
    return [m.kind for m in extract(Document.from_text(text, lang), None)]


@settings(deadline=None)  # the first call loads CLDR data and the reading tables
@given(st.integers(1, 12), st.integers(1, 28), st.booleans())
def test_a_word_month_with_its_day_is_that_date(month: int, day: int, with_year: bool) -> None:
    year_en, year_vi = (", 1998", " năm 1998") if with_year else ("", "")
    en = f"It happened on {MONTHS_EN[month - 1]} {day}{year_en}."
    vi = f"Sự việc xảy ra vào ngày {day} tháng {MONTH_WORDS_VI[month - 1]}{year_vi}."
    assert flags(en, vi) == []
    other = day % 28 + 1
    assert flags(en, f"Sự việc xảy ra vào ngày {other} tháng {MONTH_WORDS_VI[month - 1]}{year_vi}.")


def test_a_lower_case_month_word_alone_is_not_a_month() -> None:
    # "every six months", "all year round": no month, no date
    assert "date" not in kinds_read("Cứ sáu tháng một lần, quanh năm.", "vi")
    assert "date" in kinds_read("ngày 5 tháng một năm 2020", "vi")


def test_a_vietnamese_hour_without_a_part_of_the_day_is_either_half() -> None:
    assert flags("The talks began at 2 p.m.", "Cuộc đàm phán bắt đầu lúc 2 giờ.") == []
    assert flags("The talks began at 2 a.m.", "Cuộc đàm phán bắt đầu lúc 2 giờ.") == []
    assert flags("The talks began at 2 p.m.", "Cuộc đàm phán bắt đầu lúc 3 giờ.")
    assert flags("The talks began at 2 p.m.", "Cuộc đàm phán bắt đầu lúc 2 giờ sáng.")


def test_a_part_of_the_day_after_minutes_and_dotted_times() -> None:
    assert flags("It shook at 10:08 p.m. on Monday.", "Nó rung chuyển lúc 10:08 tối thứ Hai.") == []
    assert flags("It shook at 10:08 p.m. on Monday.", "Nó rung chuyển lúc 10:08 sáng thứ Hai.")
    assert flags("The report came at 12.00 GMT today.", "Báo cáo được trình lúc 12 giờ, giờ GMT.") == []
    assert flags("It began at 7.55am.", "Nó bắt đầu lúc 7.55 giờ sáng.") == []


def test_digits_inside_a_name_belong_to_the_name() -> None:
    for name in ("G7", "COVID-19", "F-16", "AS-206", "PDP-11", "MH17", "Top-40"):
        assert kinds_read(f"The {name} was mentioned.", "en") == [], name
    assert kinds_read("a 30 km2 area, only1.7 million", "en") == ["quantity", "count"]


def test_spelled_numbers_need_something_they_count() -> None:
    # "cooked", "in the year", "into three parts", "rule of thirds": idioms, not figures
    assert flags("They are hard to digest unless cooked.", "Chúng khó tiêu hóa trừ khi được nấu chín.") == []
    assert flags("The biggest event of the year.", "Sự kiện lớn nhất trong năm.") == []
    assert flags("The rule of thirds.", "Nguyên tắc một phần ba.") == []
    # with a counted noun after it, a spelled number is a figure and its loss is flagged
    assert flags("It involves eight inmates.", "Vụ việc liên quan tới tù nhân.")
    assert flags("Five people were hurt.", "Sáu người bị thương.")


def test_a_bare_number_agrees_with_the_same_number_in_another_role_nearby() -> None:
    en = "The entrances are 100 to 250 meters (328 to 820 feet) wide."
    vi = "Các lối vào rộng từ 100 đến 250 mét (328 đến 820 bộ)."
    assert flags(en, vi) == []
    assert flags(en, vi.replace("820", "802"))
    assert flags("Top-40 firms.", "Các công ty Top 40.") == []


def test_square_units_and_gigatons() -> None:
    en = "The region was 1,160,000 square miles (3,000,000 km2); it absorbs 1.5 gigatons of carbon."
    vi = "Khu vực rộng 1.160.000 dặm vuông (3.000.000 km vuông); nó hấp thụ 1,5 tỷ tấn cacbon."
    assert flags(en, vi) == []
    assert flags(en, vi.replace("1,5 tỷ tấn", "1,5 triệu tấn"))
    assert flags(en, vi.replace("km vuông", "km"))


def test_a_percentage_range_is_not_a_date() -> None:
    assert "date" not in kinds_read("Ngành xây dựng đóng góp từ 6-9% GDP.", "vi")


def test_a_bracketed_conversion_may_be_dropped_but_the_figure_not_changed() -> None:
    en = "The road runs about 20 mi (32 km) west to Kerman."
    assert flags(en, "Con đường chạy khoảng 20 dặm về phía tây tới Kerman.") == []
    assert flags(en, "Con đường chạy khoảng 25 dặm về phía tây tới Kerman.")


def test_pounds_are_money_or_weight() -> None:
    assert flags("Both weighed in excess of 1,000 pounds.", "Cả hai đều nặng hơn 1.000 pound.") == []
    assert flags("Both weighed in excess of 1,000 pounds.", "Cả hai đều nặng hơn 1.200 pound.")


def test_a_converted_value_never_takes_the_match_of_the_same_unit() -> None:
    en = "It was centred about 65 km (40 miles) south of Butte."
    vi = "Nó nằm cách Butte 65 km (40 dặm) về phía nam."
    assert flags(en, vi) == []
    assert flags(en, vi.replace("40 dặm", "45 dặm"))


RANGES = [
    ("They met on June 6 and 10.", "Họ gặp nhau ngày 6 và 10 tháng 6."),
    ("The fair runs from April 23 to 29.", "Hội chợ diễn ra từ ngày 23 đến 29 tháng 4."),
    ("Talks run between December 14 and 16.", "Các cuộc đàm phán diễn ra từ ngày 14 đến 16/12."),
    ("Prices were $485-$490 a tonne.", "Giá là 485 - 490 USD / tấn."),
    ("Delivery takes five to seven days.", "Giao hàng mất từ 5-7 ngày."),
    ("Growth was 10-11%.", "Tăng trưởng đạt 10-11%."),
    ("It is six to nine percent of GDP.", "Nó chiếm từ 6-9% GDP."),
    ("The caves are 100 to 250 meters wide.", "Các hang rộng từ 100 đến 250 mét."),
    ("Limits are 35-40 mph (56-64 km/h).", "Giới hạn khoảng 35-40 dặm/h (56-64 km/h)."),
]


def test_ranges_and_lists_are_one_fact_member_by_member() -> None:
    for en, vi in RANGES:
        assert flags(en, vi) == [], (en, vi)


def test_a_changed_member_of_a_range_still_flags() -> None:
    assert flags("The fair runs from April 23 to 29.", "Hội chợ diễn ra từ ngày 23 đến 28 tháng 4.")
    assert flags("Growth was 10-11%.", "Tăng trưởng đạt 10-12%.")
    assert flags("The caves are 100 to 250 meters wide.", "Các hang rộng từ 100 đến 250 feet.")
    assert flags("They met on June 6 and 10.", "Họ gặp nhau ngày 6 và 10 tháng 7.")


def test_a_day_list_never_swallows_a_count() -> None:
    assert kinds_read("On June 6 and 10 people died.", "en") == ["date", "count"]


COMPOUNDS = [
    ("a $45-million factory", "nhà máy trị giá 45 triệu USD"),
    ("a 30-million-dose order", "đơn hàng 30 triệu liều"),
    ("exports of $5.3 bln", "xuất khẩu 5,3 tỷ USD"),
    ("the 1,000th visitor", "vị khách thứ 1.000"),
    ("a hundred times the price", "giá gấp 100 lần"),
    ("almost a hundred years before", "gần một trăm năm trước"),
    ("well over a thousand years old", "đến ngàn năm sau"),
]


def test_english_compounds_and_spelled_scales() -> None:
    for en, vi in COMPOUNDS:
        assert flags(en, vi) == [], (en, vi)
    assert flags("a $45-million factory", "nhà máy trị giá 45 tỷ USD")
    assert kinds_read("hàng ngàn hòn đảo, vài trăm nghìn tuổi, 5 phần trăm", "vi") == ["percent"]


def test_no_date_across_a_sentence_end() -> None:
    assert kinds_read("It peaks in mid-July. 31% of people stay home.", "en") == ["date", "percent"]
    assert kinds_read("It opened on Oct. 31 last year.", "en") == ["date"]


@given(st.sampled_from(["CAD", "AUD", "NZD", "SGD", "HKD"]), st.integers(1, 999))
def test_a_bare_dollar_sign_is_any_dollar(iso: str, amount: int) -> None:
    from babel.numbers import get_currency_name

    name = get_currency_name(iso, locale="vi")
    assert flags(f"Tickets cost ${amount}.", f"Vé có giá {amount} {name}.") == []
    assert flags(f"Tickets cost US${amount}.", f"Vé có giá {amount} {name}.")
    assert flags(f"Tickets cost ${amount}.", f"Vé có giá {amount + 1} {name}.")


def test_a_value_swapped_in_one_place_is_caught_though_both_values_appear_elsewhere() -> None:
    en = "Watches are out for Monday and Tuesday.\nThe storm arrives late Monday with rain.\n"
    vi = "Cảnh báo được đưa ra cho thứ Hai và thứ Ba.\nCơn bão đến vào cuối ngày thứ Hai, kèm theo mưa.\n"
    assert flags(en, vi) == []
    assert flags(en.replace("late Monday", "late Tuesday"), vi)


def test_a_qualified_scaled_count_is_not_a_bare_number() -> None:
    en = "More than 20 million people watched.\nMore than 20 million people watched the hearing.\n"
    vi = "Hơn 20 triệu người theo dõi.\nHơn 20 triệu người đã theo dõi cuộc điều trần.\n"
    assert flags(en, vi) == []
    assert flags(en.replace("More than", "About", 1), vi)


def test_years_of_an_era() -> None:
    assert flags("It began in about 400 A.D.", "Nó bắt đầu từ khoảng năm 400 sau Công Nguyên.") == []
    assert flags("Paintings date back to 5000 BC!", "Các bức tranh có từ 5000 năm trước Công Nguyên!") == []
    assert flags("A head dated to c.750 AD.", "Một cái đầu có niên đại khoảng năm 750.") == []
    # AD against BC is a real slip, as is a lost digit of a year
    assert flags("It began in about 400 A.D.", "Nó bắt đầu từ khoảng năm 400 TCN.")
    assert flags("It was occupied until 1935.", "Nó bị chiếm đóng cho đến năm 935.")
    assert kinds_read("năm 5 tuổi", "vi") == ["count"]


def test_a_span_of_years_against_its_two_ends() -> None:
    en = "Theories popular from the 1950s to 2011 were wrong."
    assert flags(en, "Các lý thuyết phổ biến từ năm 1950 đến 2011 đã sai.") == []
    assert flags(en, "Các lý thuyết phổ biến từ năm 1950 đến 2012 đã sai.")


def test_a_trio_is_not_a_count_and_counted_nouns_may_have_two_words() -> None:
    assert flags("The trio of officers and both sides.", "Bộ ba sĩ quan và cả hai bên.") == []
    assert flags("All three companies closed.", "Cả ba công ty đều đóng cửa.") == []
    assert flags("All three companies closed.", "Cả bốn công ty đều đóng cửa.")
    assert flags("It involves eight aircraft.", "Vụ việc liên quan đến tám máy bay.") == []
    assert flags("It involves eight aircraft.", "Vụ việc liên quan đến chín máy bay.")


def test_currency_prefixes_of_other_dollars() -> None:
    assert flags("It gives an extra AUD$45 million.", "Nó cấp thêm $45 triệu AUD.") == []
    assert flags("It gives an extra AUD$45 million.", "Nó cấp thêm 45 triệu USD.")


def test_the_gate_coverage_follows_the_same_policy(tmp_path: Path) -> None:
    """An idiom with a number word needs no claim; a counted figure does."""
    from crosscheck.claims import load
    from crosscheck.engine import check

    (tmp_path / "pyproject.toml").write_text("")
    en = "Trade reached US$41.6 billion. The food is hard to digest unless cooked."
    for vi, uncovered in (
        ("Thương mại đạt 41,6 tỷ USD. Thức ăn khó tiêu trừ khi được nấu chín.", []),
        ("Thương mại đạt 41,6 tỷ USD. Có chín người.", ["chín"]),
    ):
        (tmp_path / "en.txt").write_text(en, encoding="utf-8")
        (tmp_path / "vi.txt").write_text(vi, encoding="utf-8")
        claims = tmp_path / "story.toml"
        claims.write_text(HEADER.format(en="en.txt", vi="vi.txt") + CLAIM, encoding="utf-8")
        report = check(load(claims))
        assert [u.text for u in report.unexplained.get("vi", [])] == uncovered


def test_a_decade_of_age_is_about_its_first_year_and_never_flags_alone() -> None:
    assert flags("The victim, in his 40s, was shot.", "Nạn nhân, khoảng 40 tuổi, bị bắn.") == []
    assert flags("He was aged in his 20s.", "Cậu ấy ở độ tuổi đôi mươi.") == []
    assert kinds_read("in his 20s and 30 people came", "en") == ["count", "count"]


def test_five_before_a_range_joiner_is_five() -> None:
    en = "New fields usually required five to ten years."
    assert flags(en, "Các mỏ mới thường phải mất năm tới mười năm.") == []
    assert flags(en, "Các mỏ mới thường phải mất năm tới mười hai năm.")
    assert kinds_read("Năm tới chúng tôi sẽ đi.", "vi") == []


def test_each_row_says_how_sure_it_is() -> None:
    result = compare(
        Document.from_text("Trade reached $5 million at 2 p.m. in the first round.", "en"),
        Document.from_text("Thương mại đạt 5 triệu USD lúc 2 giờ trong vòng đầu tiên.", "vi"),
    )
    sure = {(r.kind, r.confidence) for r in result.rows}
    assert ("money", "high") in sure
    assert ("time", "high") in sure  # 14:00 is one of the readings of "2 giờ"
    assert all(r.as_dict()["confidence"] in ("high", "medium", "low") for r in result.rows)
    lone = compare(Document.from_text("It was cooked.", "en"), Document.from_text("Nó được nấu chín.", "vi"))
    assert [(r.status, r.confidence) for r in lone.rows if r.kind == "count"] == [("review", "low")]


def test_how_vietnamese_news_states_its_figures_in_english() -> None:
    """English editions of Vietnamese news: converted dong, quarters, halves of the year."""
    vi = "Doanh thu quý I/2024 đạt 100 tỷ đồng, nửa đầu năm tăng 6,42%."
    en = "Revenue in Q1 2024 reached VND100 billion (US$4.3 million); first-half growth was 6.42 percent."
    assert flags(en.replace("first-half", "growth in the first half of the year"), vi) == []
    assert (
        flags(
            "Revenue in Q1 2024 reached VND100 billion (US$4.3 million).",
            "Doanh thu quý I/2024 đạt 100 tỷ đồng.",
        )
        == []
    )
    assert flags("Revenue in Q2 2024 reached VND100 billion.", "Doanh thu quý I/2024 đạt 100 tỷ đồng.")
    assert flags("Revenue in Q1 2024 reached VND100 billion.", "Doanh thu quý I/2023 đạt 100 tỷ đồng.")
    assert flags("In the first half of 2019, GDP grew.", "Trong 6 tháng đầu năm 2019, GDP tăng.") == []


def test_identifiers_are_not_figures() -> None:
    # (a legal document's full identifier after its kind is read as the document's number,
    # compared and shown for review alone: `document_numbers`; without a year it stays aside)
    assert kinds_read("under Decree No. 15/2022/ND-CP and Decision 1234/QD-TTg", "en") == ["count"]
    assert kinds_read("theo Nghị định số 15/2022/NĐ-CP", "vi") == ["count"]
    assert kinds_read("under Decision 1234/QD-TTg", "en") == []
    assert kinds_read("Tel: (+84) 24 3825 1234, hotline 1900 1234", "en") == []
    assert kinds_read("Điện thoại: 024.3825.1234", "vi") == []
    assert kinds_read("The G7 and COVID-19, but VND100 billion", "en") == ["money"]


def test_roman_numerals_count_terms_and_congresses() -> None:
    en = "the 15th National Assembly and the 13th Party Congress"
    assert flags(en, "Quốc hội khóa XV và Đại hội Đảng lần thứ XIII") == []
    assert flags(en, "Quốc hội khóa XV và Đại hội Đảng lần thứ XII")
    assert kinds_read("thứ vi", "vi") == []


def test_multiples_said_as_verbs() -> None:
    en = "Exports tripled while imports doubled."
    assert flags(en, "Xuất khẩu tăng gấp ba trong khi nhập khẩu tăng gấp đôi.") == []
    assert flags(en, "Xuất khẩu tăng gấp 3 lần trong khi nhập khẩu tăng gấp đôi.") == []
    assert flags(en, "Xuất khẩu tăng gấp bốn trong khi nhập khẩu tăng gấp đôi.")


def test_a_word_that_may_be_a_multiple_agrees_but_never_flags_alone() -> None:
    en = "The death toll doubles as rescuers race to find survivors."
    assert flags(en, "Số người chết tăng gấp đôi khi lực lượng cứu hộ chạy đua tìm người sống sót.") == []
    assert flags("They booked a double room.", "Họ đặt một phòng đôi.") == []
    assert flags("Deciding the set of triples is hard.", "Việc xác định tập các bộ ba là khó.") == []


def test_a_grouped_number_is_never_taken_for_a_telephone_number() -> None:
    # found by the property tests under the lowest versions: the tail "000 000 000" of a
    # number grouped with no-break spaces looked like a Vietnamese telephone number
    assert kinds_read("1\u00a0000\u00a0000\u00a0000 tấn", "vi") == ["quantity"]
    assert kinds_read("1\u00a0000\u00a0000 người và 024.3825.1234", "vi") == ["count"]


def test_twelve_am_may_mean_noon() -> None:
    assert flags("The ceremony starts at 12:00 am.", "Buổi lễ bắt đầu lúc 12 giờ trưa.") == []
    assert flags("The ceremony starts at 12:00 am.", "Buổi lễ bắt đầu lúc 0 giờ.") == []
    assert flags("The ceremony starts at 12:00 am.", "Buổi lễ bắt đầu lúc 13 giờ.")


def test_a_unit_slip_fails_even_when_one_side_misspells_the_unit() -> None:
    assert flags("Up to 50-150 millimeters of rain fell.", "Lượng mưa lên tới 50-150 mm.") == []
    assert flags("Up to 50-150 milimeters of rain fell.", "Lượng mưa lên tới 50-150 mét.")


def test_a_height_in_feet_and_inches_is_one_measure() -> None:
    assert flags("The 6-foot-6 centre scored.", "Trung phong cao 1,98 m đã ghi bàn.") == []
    assert flags("The 6-foot-6 centre scored.", "Trung phong cao 1,88 m đã ghi bàn.")
    assert kinds_read("a 5 ft 11 in guard, 6'2\" tall", "en") == ["quantity", "quantity"]


def test_parts_said_as_a_plural_fraction() -> None:
    en = "Lines divide the image into thirds vertically."
    assert flags(en, "Các đường chia hình ảnh thành ba phần theo chiều dọc.") == []
    assert flags(
        "Lines divide the image vertically.", "Các đường chia hình ảnh thành bốn phần theo chiều dọc."
    )


def test_compare_says_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    """A name with two aliases ("Vương quốc Anh", "Anh") once matched whichever the set gave first."""
    import os
    import subprocess
    import sys

    en = "Britain: the UK and the United Kingdom met.\nLater the United States and the US agreed.\n"
    vi = "Anh: Vương quốc Anh gặp nhau.\nSau đó Hoa Kỳ và Mỹ đồng ý.\n"
    (tmp_path / "en.txt").write_text(en, encoding="utf-8")
    (tmp_path / "vi.txt").write_text(vi, encoding="utf-8")
    outputs = set()
    for seed in ("1", "2", "3", "4", "5", "6", "7", "8"):  # (before the fix, 2 of these 8 differed)
        env = {**os.environ, "PYTHONHASHSEED": seed}
        args = [sys.executable, "-m", "crosscheck", "compare", "en.txt", "vi.txt", "--format", "json"]
        done = subprocess.run(args, cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
        assert done.returncode in (0, 1), done.stderr
        outputs.add(done.stdout)
    assert len(outputs) == 1


def test_a_month_and_its_year_after_a_comma() -> None:
    assert flags("Golovin led it in July 1961.", "Golovin đứng đầu tháng 7, 1961.") == []
    assert flags("Golovin led it in July 1962.", "Golovin đứng đầu tháng 7, 1961.")


@settings(deadline=None)
@given(st.integers(0, 9), st.integers(0, 59), st.integers(0, 99), st.sampled_from(["", " minutes"]))
def test_a_race_time_with_hundredths_is_elapsed_time(
    minutes: int, seconds: int, hundredths: int, unit: str
) -> None:
    # "4:41.30" is 4 minutes 41.30 seconds, written "4:41,30" in Vietnamese: no clock shows
    # a fraction of a second, so it is no time of day (and "41,30" is no count)
    en_time = f"{minutes}:{seconds:02d}.{hundredths:02d}"
    vi_time = en_time.replace(".", ",")
    vi_unit = " phút" if unit else ""
    en = f"She finished with a run time of {en_time}{unit}."
    vi = f"Cô về đích với thời gian {vi_time}{vi_unit}."
    assert flags(en, vi) == []
    assert kinds_read(en, "en") == ["duration"] and kinds_read(vi, "vi") == ["duration"]
    slower = f"{minutes}:{seconds:02d},{(hundredths + 1) % 100:02d}"
    assert flags(en, f"Cô về đích với thời gian {slower}{vi_unit}.")


def test_four_digits_before_a_time_zone_are_a_time_of_day() -> None:
    # "approximately 1200 GMT" is "khoảng 12:00 giờ GMT"; "0800 hours" is 08:00
    en = "The vehicle was taken away at approximately 1200 GMT on the same day."
    assert flags(en, "Chiếc xe được đưa đi vào khoảng 12:00 giờ GMT cùng ngày.") == []
    assert flags(en, "Chiếc xe được đưa đi vào khoảng 13:00 giờ GMT cùng ngày.")
    assert kinds_read("The raid began at 0800 hours.", "en") == ["time"]
    assert kinds_read("They built 1200 houses.", "en") == ["count"]  # no zone, no time


def test_an_older_span_of_years_in_its_short_form() -> None:
    # "1348–50" is 1348 to 1350 however old; "1038-12" (an end below the start) is no span
    en = "The plague returned in 1348–50 and again in 1576–77."
    assert flags(en, "Bệnh dịch quay lại vào 1348-50 và một lần nữa vào 1576-77.") == []
    assert flags(en, "Bệnh dịch quay lại vào 1348-52 và một lần nữa vào 1576-77.")
    assert kinds_read("pages 1038-12", "en") == ["count", "count"]


def test_number_words_used_as_nouns_agree_but_never_flag_alone() -> None:
    # cricket's "11 fours and 2 sixes" are "11 bóng 4 điểm và 2 bóng 6 điểm"
    en = "He scored 70 runs by hitting 11 fours and 2 sixes."
    assert flags(en, "Anh ghi 70 lượt chạy bằng cách đánh 11 bóng 4 điểm và 2 bóng 6 điểm.") == []
    assert flags(en, "Anh ghi 70 lượt chạy bằng cách đánh 11 cú biên và 2 cú qua biên.") == []  # never alone
    assert flags(en, "Anh ghi 70 lượt chạy bằng cách đánh 12 bóng 4 điểm và 2 bóng 6 điểm.")


def test_a_number_word_in_an_english_title_may_be_its_translations_figure() -> None:
    en = 'He wrote "The Last Palace: Europe\'s Turbulent Century in Five Lives and One House."'
    vi = "Ông viết “Cung điện cuối cùng: Thế kỷ hỗn loạn trong {} thế hệ và một gia đình.”"
    assert flags(en, vi.format("năm")) == []
    assert flags(en, vi.format("sáu"))
    assert flags("He wrote Five Lives.", "Ông viết cuốn sách.") == []  # weak: never alone
    # Vietnamese writes every syllable of a name in capitals: "Ba Lan" is Poland, not three
    assert "count" not in kinds_read("Thủ đô của Ba Lan là Warsaw.", "vi")


@given(st.sampled_from(["Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Oct", "Nov", "Dec"]))
def test_a_month_abbreviated_with_its_dot_is_that_month(short: str) -> None:
    month = [m[:3] for m in MONTHS_EN].index(short[:3]) + 1
    en = f"The plant opens later {short}."
    assert flags(en, f"Nhà máy mở cửa vào cuối tháng {month}.") == []
    assert flags(en, f"Nhà máy mở cửa vào cuối tháng {month % 12 + 1}.")


@settings(deadline=None)
@given(st.integers(1, 12), st.integers(13, 28))
def test_an_english_slashed_date_is_read_either_way_round(month: int, day: int) -> None:
    # "9/11" is the eleventh of September to an American and "11/9" in Vietnamese
    assert flags(f"After {month}/{day} things changed.", f"Sau sự kiện {day}/{month} mọi thứ thay đổi.") == []
    other = month % 12 + 1
    assert flags(f"After {month}/{day} things changed.", f"Sau sự kiện {day}/{other} mọi thứ thay đổi.")
    assert flags(f"After {month}/{day} things changed.", "Sau sự kiện đó mọi thứ thay đổi.") == []  # weak


def test_a_roman_century_is_its_ordinal() -> None:
    assert flags("It was the 21st century.", "Đó là thế kỷ XXI.") == []
    assert flags("In the twelfth century, Europe changed.", "Vào thế kỉ XII, châu Âu thay đổi.") == []
    assert flags("It was the 21st century.", "Đó là thế kỷ XX.")


def test_one_in_five_said_the_vietnamese_way() -> None:
    # "cứ năm người lớn thì có một người": every five adults, one
    assert flags("One in five adults smokes.", "Cứ năm người lớn thì có một người hút thuốc.") == []
    assert flags("Three in 10 adults smoke.", "Cứ 10 người lớn thì có 3 người hút thuốc.") == []
    assert flags("1 in 5 adults smokes.", "Cứ 6 người lớn thì có 1 người hút thuốc.")
    # a count within a span is no share
    assert kinds_read("He scored 3 in 10 days.", "en") == ["count", "duration"]


def test_a_number_word_in_a_title_leaves_the_title_a_name() -> None:
    result = compare(
        Document.from_text("He starred in Seven Keys to Doomsday in 1974.", "en"),
        Document.from_text("Ông đóng vai chính trong Seven Keys to Doomsday năm 1974.", "vi"),
    )
    names = [r.as_dict()["en"] for r in result.rows if r.kind == "name"]
    assert any("Seven Keys" in str(n) for n in names)


RATE_UNITS = [("km", "km"), ("kilometres", "km"), ("miles", "dặm"), ("metres", "m"), ("inches", "inch")]
RATE_TIMES = [("hour", "giờ", "h"), ("second", "giây", "s"), ("day", "ngày", None), ("year", "năm", None)]


@settings(deadline=None)
@given(
    st.integers(2, 999),
    st.sampled_from(RATE_UNITS),
    st.sampled_from(RATE_TIMES),
    st.sampled_from(["per", "an", "a", "each"]),
    st.sampled_from(["mỗi", "một", "/"]),
)
def test_a_unit_per_unit_of_time_is_a_rate_in_either_wording(
    number: int, unit: tuple[str, str], time: tuple[str, str, str | None], en_per: str, vi_per: str
) -> None:
    # "350 km per hour" is "350 km/h" and "350 km mỗi giờ"; "per second" is no ordinal.
    article = "an" if en_per == "a" and time[0] == "hour" else en_per
    article = "a" if article == "an" and time[0] != "hour" else article
    en = f"Trains run at {number} {unit[0]} {article} {time[0]} on the new line."
    per_vi = f"/{time[1]}" if vi_per == "/" else f" {vi_per} {time[1]}"
    vi = f"Tàu chạy {number} {unit[1]}{per_vi} trên tuyến mới."
    assert flags(en, vi) == []
    assert "ordinal" not in kinds_read(en, "en")
    # the same figure without its time unit is another dimension; another number flags too
    assert flags(en, f"Tàu chạy {number} {unit[1]} trên tuyến mới.")
    assert flags(en, f"Tàu chạy {number + 1} {unit[1]}{per_vi} trên tuyến mới.")


def test_a_rate_word_after_money_or_a_span_changes_nothing() -> None:
    assert flags("They earn $20 an hour.", "Họ kiếm được 20 USD.") == []
    assert flags("The shop opens 7 days a week.", "Cửa hàng mở cửa 7 ngày trong tuần.") == []
    assert flags("It ranks second, per the report.", "Nó xếp thứ hai, theo báo cáo.") == []


@settings(deadline=None)
@given(
    st.integers(1, 12),
    st.integers(1, 20),
    st.integers(1, 8),
    st.integers(1990, 2030),
    st.sampled_from(["to", "and", "-"]),
)
def test_a_year_after_a_range_of_days_is_every_days_year(
    month: int, day: int, length: int, year: int, join: str
) -> None:
    # "from October 10 to 14, 2024" is "từ ngày 10 đến 14/10/2024": no year of its own
    last = day + length
    en = f"The fair runs {MONTHS_EN[month - 1]} {day} {join} {last}, {year} in Hanoi."
    vi_join = "và" if join == "and" else "đến"
    vi = f"Hội chợ diễn ra ngày {day} {vi_join} {last}/{month}/{year} tại Hà Nội."
    assert flags(en, vi) == []
    assert flags(en, f"Hội chợ diễn ra ngày {day} {vi_join} {last}/{month}/{year + 1} tại Hà Nội.")


@settings(deadline=None)
@given(st.sampled_from(["first", "second"]), st.integers(5, 60))
def test_a_half_alone_may_be_the_half_year_but_never_flags_alone(which: str, rise: int) -> None:
    # "rose 24% in the first half" is "6 tháng đầu năm, ... tăng 24%"; in a match report
    # "the second half" has no counterpart and must not flag.
    vi_half = "6 tháng đầu năm" if which == "first" else "6 tháng cuối năm"
    en = f"Attacks rose {rise}% in the {which} half."
    assert flags(en, f"{vi_half}, số vụ tấn công tăng {rise}%.") == []
    assert flags(en, f"Số vụ tấn công tăng {rise}%.") == []
    assert flags(f"He scored twice in the {which} half.", "Anh ghi hai bàn trong hiệp đấu.") == []
    assert flags(en, f"{vi_half}, số vụ tấn công tăng {rise + 1}%.")


@settings(deadline=None)
@given(st.sampled_from([("decade", 10), ("century", 100)]), st.sampled_from(["in", "for", "over"]))
def test_a_span_counted_by_its_article_agrees_with_its_number(
    unit: tuple[str, int], preposition: str
) -> None:
    # "the lowest in a decade" is "thấp nhất trong 10 năm"; "a" alone is no figure
    en = f"Sales were the lowest {preposition} a {unit[0]}."
    assert flags(en, f"Doanh số thấp nhất trong {unit[1]} năm.") == []
    assert flags(en, "Doanh số thấp nhất từ trước đến nay.") == []
    assert flags(en, f"Doanh số thấp nhất trong {unit[1] * 2} năm.")


def test_a_half_of_something_named_is_no_half_year() -> None:
    assert "duration" not in kinds_read("Rain fell through the first half of October.", "en")
    assert "duration" not in kinds_read("He scored in the second half of the match.", "en")


def test_a_half_alone_is_not_even_listed_for_review() -> None:
    # a match report's "second half" is no fact to review; it only agrees with a half-year
    result = compare(
        Document.from_text("He scored in the second half.", "en"), Document.from_text("Anh ghi bàn.", "vi")
    )
    assert [r for r in result.rows if r.kind == "duration"] == []
    assert result.weak == []


@settings(deadline=None)
@given(
    st.sampled_from([("yen", "¥{} billion"), ("yuan", "{} billion yuan"), ("euros", "€{} billion")]),
    st.integers(2, 900),
)
def test_a_vietnamese_figure_with_an_english_currency_name_is_money(
    currency: tuple[str, str], number: int
) -> None:
    # "7,3 tỷ yen": Vietnamese news writes the currency's English name too
    en = f"Japan pledged {currency[1].format(number)} in aid."
    assert flags(en, f"Nhật Bản cam kết viện trợ {number} tỷ {currency[0]}.") == []
    assert flags(en, f"Nhật Bản cam kết viện trợ {number + 1} tỷ {currency[0]}.")


@settings(deadline=None)
@given(st.integers(1, 9), st.integers(10, 99))
def test_a_unit_written_after_the_last_member_of_a_range_with_scales(low: int, high: int) -> None:
    # "từ 1,5 triệu đến 8 triệu đồng" is "from VND1.5 million to VND8 million"
    en = f"Tickets cost from VND{low}.5 million to VND{high} million."
    assert flags(en, f"Giá vé từ {low},5 triệu đến {high} triệu đồng.") == []
    assert flags(en, f"Giá vé từ {low},5 triệu đến {high + 1} triệu đồng.")
    assert flags(en, f"Giá vé từ {low},5 triệu đến {high} triệu USD.")
