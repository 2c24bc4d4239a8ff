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
