"""Classes of phrasing seen on the blind probes' tune parts (benchmarks/probe/blind3-5):
each read on positive evidence (time zones' offsets, a tally that adds up, the sixty-year
cycle, the units a price is per), each paired with an edit of the same phrase that must
still flag."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from crosscheck.figures import Amount
from pair_rows import flags, read, rows, vi_decimal

WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_VI = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")

# --- one moment restated in Hanoi time ------------------------------------------------------

# (English label, Vietnamese label, offset from UTC in hours; one offset each, so that an
# hour's edit cannot fall on a zone's summer time)
ZONES = [("EDT", "EDT", -4), ("GMT", "GMT", 0), ("PST", "PST", -8), ("CET", "CET", 1),
         ("EST", "EST", -5), ("JST", "giờ Tokyo", 9)]  # fmt: skip


def _restated(
    hour: int, minute: int, weekday: int, zone: tuple[str, str, int], moved: int = 0
) -> tuple[str, str]:
    en_label, vi_label, offset = zone
    total = hour * 60 + minute + (7 - offset) * 60 + moved * 60
    hanoi, days = total % (24 * 60), total // (24 * 60)
    en = f"The storm made landfall at {hour:02d}:{minute:02d} {en_label} on {WEEKDAYS_EN[weekday]}."
    vi = (
        f"Cơn bão đổ bộ lúc {hour}h{minute:02d} {WEEKDAYS_VI[weekday]} ({vi_label}), "
        f"tức {hanoi // 60}h{hanoi % 60:02d} {WEEKDAYS_VI[(weekday + days) % 7]} giờ Hà Nội."
    )
    return en, vi


@settings(deadline=None, max_examples=60)
@given(st.integers(0, 23), st.sampled_from([0, 15, 30, 45]), st.integers(0, 6), st.sampled_from(ZONES))
def test_a_time_restated_in_hanoi_time_is_the_same_moment(
    hour: int, minute: int, weekday: int, zone: tuple[str, str, int]
) -> None:
    en, vi = _restated(hour, minute, weekday, zone)
    assert flags(en, vi) == []
    restated = [r for r in rows(en, vi) if r.get("note") == "the same moment restated in another time zone"]
    assert "time" in {r["kind"] for r in restated}
    # an hour off: the zones' offsets no longer give it
    assert flags(*_restated(hour, minute, weekday, zone, moved=1))


@settings(deadline=None, max_examples=30)
@given(st.integers(0, 23), st.integers(0, 6), st.sampled_from(ZONES))
def test_the_restated_weekday_moves_with_the_day(hour: int, weekday: int, zone: tuple[str, str, int]) -> None:
    en, vi = _restated(hour, 30, weekday, zone)
    written = vi.rsplit(" giờ Hà Nội", 1)[0].rsplit(" ", 2)
    wrong_day = WEEKDAYS_VI[(WEEKDAYS_VI.index(" ".join(written[1:])) + 3) % 7]
    assert flags(en, f"{written[0]} {wrong_day} giờ Hà Nội.")


def test_a_zone_with_summer_time_takes_either_offset() -> None:
    en = "Hurricane Milton made landfall at 8:30 p.m. on Wednesday, U.S. Eastern time."
    vi = "Bão Milton đổ bộ lúc 20h30 tối thứ Tư (giờ miền Đông nước Mỹ), tức 7h30 sáng thứ Năm giờ Hà Nội."
    assert flags(en, vi) == []
    assert (
        flags(en, vi.replace("(giờ miền Đông nước Mỹ), tức 7h30", "(giờ miền Đông nước Mỹ), tức 8h30")) == []
    )
    assert flags(en, vi.replace("(giờ miền Đông nước Mỹ), tức 7h30", "(giờ miền Đông nước Mỹ), tức 9h30"))


def test_the_zone_may_be_named_by_the_other_version_only() -> None:
    en = "Hurricane Milton made landfall at 8:30 p.m. EDT on Wednesday."
    vi = "Bão Milton đổ bộ lúc 20h30 tối thứ Tư, tức 7h30 sáng thứ Năm giờ Hà Nội."
    assert flags(en, vi) == []
    assert flags(en, vi.replace("7h30", "8h30"))
    # without a zone anywhere nothing says what the second time is
    assert flags(en.replace(" EDT", ""), vi)


def test_a_restatement_without_its_source_still_flags() -> None:
    # the English states no time at all: the Vietnamese states one moment twice, a fact
    # the English lacks
    en = "Hurricane Milton made landfall in Florida."
    vi = "Bão Milton đổ bộ vào Florida lúc 20h30 (giờ miền Đông nước Mỹ), tức 7h30 giờ Hà Nội."
    assert flags(en, vi)


# --- the sets of a match, tallied ---------------------------------------------------------

SET_SCORES = st.tuples(st.integers(6, 7), st.integers(0, 4)).map(lambda s: s if s[0] == 6 else (7, 5))


@settings(deadline=None, max_examples=60)
@given(st.lists(st.tuples(SET_SCORES, st.booleans()), min_size=2, max_size=5))
def test_a_score_in_sets_tallies_the_set_scores_beside_it(sets: list[tuple[tuple[int, int], bool]]) -> None:
    scores = [(a, b) if first else (b, a) for (a, b), first in sets]
    won = (sum(a > b for a, b in scores), sum(b > a for a, b in scores))
    written = ", ".join(f"{a}-{b}" for a, b in scores)
    en = f"Jannik Sinner beat Taylor Fritz {written} to win the title."
    vi = f"Jannik Sinner thắng Taylor Fritz {won[0]}-{won[1]} ({written}) để vô địch."
    assert flags(en, vi) == []
    # a tally the set scores do not give is a figure of its own
    wrong = won[1] + 1
    assume(wrong != won[0] and all(wrong not in score for score in scores))
    assert flags(en, vi.replace(f"{won[0]}-{won[1]} (", f"{won[0]}-{wrong} ("))


def test_a_tiebreak_counts_as_the_set_it_decides() -> None:
    en = "Aryna Sabalenka beat Amanda Anisimova 6-3, 7-6 (3) to retain her title."
    vi = "Aryna Sabalenka thắng Amanda Anisimova 2-0 (6-3, 7-6 (7-3)) để bảo vệ chức vô địch."
    assert flags(en, vi) == []
    assert flags(en, vi.replace("2-0 (", "2-1 ("))


# --- the year a lunar year's name gives -----------------------------------------------------

STEMS = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
BRANCHES = ("Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi")
ANIMALS = "Rat Ox Tiger Rabbit Dragon Snake Horse Goat Monkey Rooster Dog Pig".split()


def _cycle_name(year: int) -> str:
    return f"{STEMS[(year - 4) % 10]} {BRANCHES[(year - 4) % 12]}"


@settings(deadline=None, max_examples=60)
@given(st.integers(1950, 2060), st.sampled_from(["Tết Nguyên đán", "Tết", "Xuân"]))
def test_the_year_in_a_lunar_years_name_restates_it(year: int, festival: str) -> None:
    en = "Public employees will get nine days off for Lunar New Year, the ministry said."
    vi = f"Công chức được nghỉ {festival} {_cycle_name(year)} {year} chín ngày, theo Bộ Nội vụ."
    assert flags(en, vi) == []
    # a year the name does not give (one off: another stem and another branch)
    assert flags(
        en, f"Công chức được nghỉ {festival} {_cycle_name(year)} {year + 1} chín ngày, theo Bộ Nội vụ."
    )


@settings(deadline=None, max_examples=30)
@given(st.integers(1950, 2060))
def test_the_year_of_an_animal_restates_its_year(year: int) -> None:
    en = f"Officials expect record travel for the Year of the {ANIMALS[(year - 4) % 12]} ({year})."
    vi = "Giới chức dự báo lượng khách kỷ lục dịp Tết."
    assert flags(en, vi) == []
    assert flags(en.replace(f"({year})", f"({year + 1})"), vi)


def test_the_year_still_flags_against_another_year() -> None:
    en = "Workers get nine days off for the 2025 Lunar New Year."
    vi = "Người lao động được nghỉ Tết Nguyên đán Bính Ngọ 2026 chín ngày."
    assert flags(en, vi)  # 2025 against 2026 at the same place
    # and without a new year named in the other version, the year is a fact it lacks
    assert flags("Workers get nine days off in February.", vi)


# --- a price per pound against a price per kilogram ---------------------------------------

POUNDS_PER_KG = Decimal("2.20462262")


def _per_kg(cents: int, places: int) -> Decimal:
    return (Decimal(cents) / 100 * POUNDS_PER_KG).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)


@settings(deadline=None, max_examples=60)
@given(st.integers(150, 2500), st.sampled_from([0, 1]), st.sampled_from(["a pound", "per pound", "/lb"]))
def test_a_price_per_pound_is_the_price_per_kilogram_converted(cents: int, places: int, per: str) -> None:
    price = (Decimal(cents) / 100).quantize(Decimal("0.01"))  # (two decimals: a cent's precision)
    en = f"Arabica coffee futures rose 3 percent to ${price} {per} on Monday.".replace(" /", "/")
    kg = _per_kg(cents, places)
    bracketed = (
        f"Giá cà phê tăng 3% lên {vi_decimal(price)} USD/pound (khoảng {vi_decimal(kg)} USD/kg) hôm thứ Hai."
    )
    direct = f"Giá cà phê tăng 3% lên khoảng {vi_decimal(kg)} USD/kg hôm thứ Hai."
    assert flags(en, bracketed) == []
    assert flags(en, direct) == []
    step = Decimal(1).scaleb(-places)
    assert flags(en, bracketed.replace(f"khoảng {vi_decimal(kg)}", f"khoảng {vi_decimal(kg + 2 * step)}"))
    assert flags(en, direct.replace(f"khoảng {vi_decimal(kg)}", f"khoảng {vi_decimal(kg + 2 * step)}"))
    # the same figure per kilogram is another price
    assert flags(en, f"Giá cà phê tăng 3% lên {vi_decimal(price)} USD/kg hôm thứ Hai.")


# --- temperatures said as a band of degrees ---------------------------------------------

BANDS = [("the teens", 10, 19), ("the low teens", 10, 13), ("the low 30s", 30, 33), ("the mid-80s", 83, 87),
         ("the upper 90s", 96, 99), ("the 40s", 40, 49), ("the high 20s", 26, 29)]  # fmt: skip


@settings(deadline=None, max_examples=60)
@given(st.sampled_from(BANDS), st.sampled_from([("Fahrenheit", "độ F"), ("Celsius", "độ C"), ("F", "độ F")]),
       st.data())  # fmt: skip
def test_a_band_of_degrees_agrees_with_the_degrees_inside_it(
    band: tuple[str, int, int], scale: tuple[str, str], data: st.DataObject
) -> None:
    words, low, high = band
    first = data.draw(st.integers(low, high))
    last = data.draw(st.integers(first, high))
    en = f"Temperatures dropped into {words} {scale[0]} on Sunday."
    written = f"{first}-{last}" if last > first else f"{first}"
    vi = f"Nhiệt độ giảm xuống khoảng {written} {scale[1]} hôm Chủ nhật."
    assert flags(en, vi) == []
    # a degree outside the band, or on the other scale, is another temperature
    assert flags(en, f"Nhiệt độ giảm xuống khoảng {high + 3} {scale[1]} hôm Chủ nhật.")
    other = "độ C" if scale[1] == "độ F" else "độ F"
    assume(not (low <= 32 and scale[1] == "độ F"))  # (a Celsius figure may be in a low band of F)
    assert flags(en, f"Nhiệt độ giảm xuống khoảng {written} {other} hôm Chủ nhật.")


def test_a_band_needs_its_scale() -> None:
    assert read("Sales in the 1990s grew.", "en")[0][0] == "year"
    assert "quantity" not in {kind for kind, _ in read("a man in his 30s", "en")}
    assert read("temperatures in the low 30s Celsius", "en")[0][1] == Amount(
        Decimal(30), unit="degC", qualifier="about"
    )


def test_a_minus_before_a_temperature_is_its_sign() -> None:
    assert [v for _, v in read("từ -10 đến -7 độ C", "vi")] == [
        Amount(Decimal(-10), unit="degC"),
        Amount(Decimal(-7), unit="degC"),
    ]
    # a range's dash is no sign
    assert [v.number for _, v in read("từ 13-19 độ F", "vi")] == [Decimal(13), Decimal(19)]


def test_a_bracketed_range_converts_the_range_before_it() -> None:
    en = "Temperatures will range from 13 to 19 degrees Fahrenheit on Sunday."
    vi = "Nhiệt độ dao động 13-19 độ F (-10 đến -7 độ C) hôm Chủ nhật."
    assert flags(en, vi) == []
    assert flags(en, vi.replace("(-10 đến", "(-20 đến"))


# --- blind6 and blind7, tune parts ----------------------------------------------------------

VI_NUMBERS = ("", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")
NOUN_PHRASES = ("người", "người lớn", "người trưởng thành ở Anh", "học sinh tiểu học ở Hà Nội",
                "người trưởng thành sống ở vùng nông thôn")  # fmt: skip


@settings(deadline=None, max_examples=40)
@given(st.integers(3, 10), st.sampled_from(NOUN_PHRASES))
def test_one_in_n_with_a_longer_noun_phrase(n: int, noun: str) -> None:
    vi = f"Theo khảo sát, cứ {VI_NUMBERS[n]} {noun} thì có một người uống rượu quá mức."
    assert ("fraction", __import__("fractions").Fraction(1, n)) in read(vi, "vi")
    en = f"According to the survey, 1 in {n} adults drinks too much."
    assert flags(en, f"Theo khảo sát, cứ {n} {noun} thì có 1 người uống rượu quá mức.") == []
    assert flags(en, f"Theo khảo sát, cứ {n + 1} {noun} thì có 1 người uống rượu quá mức.")


@settings(deadline=None, max_examples=60)
@given(st.integers(62, 900), st.sampled_from(["about", "over", "nearly"]))
def test_a_distance_converted_and_rounded_without_brackets(miles: int, qualifier: str) -> None:
    km = int((Decimal(miles) * Decimal("1.609344") / 10).quantize(Decimal(1), ROUND_HALF_UP) * 10)
    en = f"The highway crosses 42 bridges {qualifier} {miles} miles."
    vi = f"Con đường vượt qua 42 cây cầu trên quãng đường khoảng {km} km."
    assert flags(en, vi) == []
    assert flags(en, vi.replace(f"khoảng {km} km", f"khoảng {km + 130} km"))
    # with no word that says it is rounded, the written figure is taken as it stands
    assume(km % 100 != 0 and abs(km - float(miles) * 1.609344) > 1)
    assert flags(f"The highway crosses 42 bridges along {miles} miles.", vi.replace("khoảng ", ""))


@settings(deadline=None, max_examples=40)
@given(st.integers(30, 49))
def test_nearly_half_is_a_little_under_half(percent: int) -> None:
    en = f"Those who walked 7,000 steps a day had a {percent}% lower risk of death."
    vi = "Những người đi bộ 7.000 bước mỗi ngày có nguy cơ tử vong thấp hơn gần một nửa."
    if percent >= 45:
        assert flags(en, vi) == []
    else:
        assert flags(en, vi)


def test_a_temperature_with_its_scale_glued() -> None:
    en = "At the summit of Everest, water boils at about 71C (160F) because of the low pressure."
    vi = "Ở đỉnh Everest, nước sôi ở khoảng 71 độ C do áp suất thấp."
    assert ("quantity", Amount(Decimal(160), unit="degF")) in read(en, "en")
    assert flags(en, vi) == []
    assert flags(en, vi.replace("71 độ C", "61 độ C"))
    assert flags(en.replace("(160F)", "(180F)"), vi)  # a conversion that does not convert


def test_a_names_number_agrees_with_the_digit_of_its_translation() -> None:
    en = "Lando Norris won the Formula One world championship by two points."
    vi = "Lando Norris giành chức vô địch thế giới Công thức 1 với cách biệt hai điểm."
    assert flags(en, vi) == []
    assert flags(en, vi.replace("Công thức 1", "Công thức 3"))
    # "One" is a number only inside a name: never at a sentence start, never alone
    assert read("One of the victims said. Then one more.", "en") == []
    assert [r for r in rows("Air Force One landed.", "Máy bay hạ cánh.") if r["kind"] == "count"] == []


@settings(deadline=None, max_examples=40)
@given(st.integers(2, 99), st.sampled_from([("baht", "baht"), ("ringgit", "ringgit"), ("rupiah", "rupiah")]))
def test_a_conversion_added_in_brackets_after_a_regional_currency(
    hundreds: int, currency: tuple[str, str]
) -> None:
    amount = hundreds * 100
    en = f"Admission for foreigners is {amount:,} {currency[0]}."
    vi = f"Giá vé cho khách nước ngoài là {amount:,} {currency[1]} (khoảng 15 USD).".replace(",", ".")
    assert flags(en, vi) == []
    assert flags(en.replace(f"{amount:,}", f"{amount + 50:,}"), vi)


def test_h1_is_the_first_half_after_a_preposition() -> None:
    en = "Unilever said underlying sales grew 3.4% in H1."
    vi = "Unilever cho biết doanh số cơ bản nửa đầu năm tăng 3,4%."
    assert flags(en, vi) == []
    assert flags(en, vi.replace("nửa đầu năm", "9 tháng đầu năm"))
    assert read("the H1N1 virus and the H2 molecule", "en") == []


def test_a_figure_dropped_with_its_money_conversion_kept() -> None:
    en = "HSBC agreed to pay HK$106.1bn ($13.6bn) to take full control of Hang Seng Bank."
    vi = "HSBC đồng ý chi khoảng 13,6 tỷ USD để nắm toàn quyền kiểm soát Ngân hàng Hang Seng."
    assert flags(en, vi) == []
    assert flags(en, vi.replace("13,6 tỷ USD", "16,3 tỷ USD"))


@settings(deadline=None, max_examples=60)
@given(st.integers(0, 999))
def test_nearly_a_round_figure_of_three_digits_takes_one_more(rest: int) -> None:
    exact = 198_000 + rest
    en = "Some 21,600 businesses were registered, bringing the total to nearly 199,000."
    vi = f"Có 21.600 doanh nghiệp đăng ký mới, nâng tổng số lên {exact:,} doanh nghiệp.".replace(",", ".")
    if exact >= 198_500:
        assert flags(en, vi) == []
    else:
        assert flags(en, vi)
    # a small figure still needs two more digits: "about 30" is not 31
    assert flags("About 30 people were hurt.", "31 người bị thương.")


def test_both_versions_qualify_a_rounding_at_another_scale() -> None:
    en = "The terminal, which cost nearly VND5 trillion, opened."
    vi = "Nhà ga, tổng vốn gần 4.990 tỉ đồng, chính thức đưa vào khai thác."
    assert flags(en, vi) == []
    assert flags(en, vi.replace("4.990", "4.490"))
    # at one scale a qualifier on both sides is no rounding: "gần 7.006" is another figure
    assert flags("Nearly 7,000 people came.", "Gần 7.006 người đến.")


ORDINALS_EN = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


@settings(deadline=None, max_examples=20)
@given(st.integers(1, 9))
def test_mung_n_thang_gieng_is_a_lunar_date(day: int) -> None:
    en = f"The festival opens on the {ORDINALS_EN[day - 1]} day of the first lunar month."
    vi = f"Lễ hội khai hội vào ngày mùng {day} tháng Giêng."
    assert flags(en, vi) == []
    assert flags(en, f"Lễ hội khai hội vào ngày mùng {day + 1} tháng Giêng.")
    # it may still be the solar date ("mùng 6 tháng Giêng" for January 6)
    assert flags(f"The festival opens on January {day}.", vi) == []


def test_a_count_whose_sentence_names_the_currency() -> None:
    en = "The bank acted to support the rupiah, which has weakened to around 15,900 per dollar."
    vi = "Ngân hàng hành động để hỗ trợ đồng rupiah, vốn đã mất giá xuống khoảng 15.900 rupiah đổi 1 USD."
    assert flags(en, vi) == []
    assert flags(en, vi.replace("15.900", "16.900"))
    # a count with no currency in its sentence is no sum of money
    assert flags("Around 15,900 people attended.", "Khoảng 15.900 rupiah được quyên góp.")


@settings(deadline=None, max_examples=30)
@given(st.integers(101, 999))
def test_a_bracketed_range_excuses_only_the_figures_it_converts(far: int) -> None:
    en = "The cave entrances are at least 100 to 250 meters (328 to 820 feet) in diameter."
    vi = "Các lối vào hang có đường kính tối thiểu từ 100 đến 250 mét (328 đến 820 bộ)."
    assert flags(en, vi) == []
    assume(abs(far - 250) > 3)  # (820 feet is 250 metres to the metre)
    assume(far not in (328, 820))  # (which the Vietnamese states too, in the bracket)
    assert flags(en.replace("to 250 meters", f"to {far} meters"), vi)


def test_gold_is_priced_by_the_troy_ounce() -> None:
    en = "Gold rose to $2,650 an ounce on Friday."
    vi = "Giá vàng hôm thứ Sáu tăng lên 2.650 USD/ounce (khoảng 85,2 USD/gram)."
    assert flags(en, vi) == []
    assert flags(en, "Giá vàng hôm thứ Sáu tăng lên khoảng 85,2 USD/gram.") == []
    assert flags(en, "Giá vàng hôm thứ Sáu tăng lên khoảng 95,2 USD/gram.")
    assert flags(en, "Giá vàng hôm thứ Sáu tăng lên 2.650 USD/gram.")


# --- blind9, tune part ------------------------------------------------------------------------


def test_a_qualified_round_figure_of_two_digits_takes_one_more() -> None:
    en = "Authorities evacuated more than 41,000 people from 12,460 households."
    assert flags(en, "Chính quyền đã sơ tán 12.460 hộ dân với 41.300 người.") == []
    assert flags(en, "Chính quyền đã sơ tán 12.460 hộ dân với 40.800 người.")  # not more than
    assert flags(en, "Chính quyền đã sơ tán 12.460 hộ dân với 41.600 người.")  # 42,000 rounded
    en = "Nearly 95% of the university's graduates find work within a year."
    assert flags(en, "Tỷ lệ sinh viên có việc làm sau một năm đạt 94,6%.") == []
    assert flags(en, "Tỷ lệ sinh viên có việc làm sau một năm đạt 94,4%.")


@settings(max_examples=30)
@given(st.integers(2020, 2030), st.integers(2, 40))
def test_the_base_year_of_a_change_the_other_version_says_year_on_year(year: int, percent: int) -> None:
    en = f"Apartment prices rose {percent}% year-on-year in the third quarter."
    vi = f"Giá căn hộ quý III/{year} tăng {percent}% so với cùng kỳ năm trước."
    assert [r for r in flags(en, vi) if r["kind"] == "year"] == []
    # without the words in the other version, the base year is a fact it lacks
    assert [
        r for r in flags(f"Apartment prices rose {percent}% in the third quarter.", vi) if r["kind"] == "year"
    ]


def test_a_rise_by_half_is_half_as_much_again() -> None:
    en = "Fertilizer prices have risen by half, farmers said."
    vi = "Nông dân cho biết phân bón tăng giá gấp rưỡi."
    assert flags(en, vi) == []
    assert flags(en, "Nông dân cho biết phân bón tăng giá gấp đôi.")


NAMES = ("Kelantan", "Terengganu", "Pahang", "Johor", "Sabah", "Perak")


@settings(max_examples=30)
@given(st.integers(2, 5))
def test_a_count_of_the_names_listed_after_it(n: int) -> None:
    listed = NAMES[:n]
    names_vi = ", ".join(listed[:-1]) + " và " + listed[-1]
    names_en = ", ".join(listed[:-1]) + " and " + listed[-1]
    en = f"Flooding in {names_en} states forced 82,000 people from their homes."
    vi = f"Lũ lụt tại {VI_NUMBERS[n]} bang {names_vi} buộc 82.000 người rời nhà."
    assert flags(en, vi) == []
    # a count the list does not give is a figure of its own
    assert flags(en, vi.replace(f"{VI_NUMBERS[n]} bang", f"{VI_NUMBERS[n + 1]} bang"))
