"""Days and spans the calendar names by their own evidence (the fourteenth and ninth blind
probes' tune parts): the days of Tết ("mùng 2 Tết", "the second day of Tet"), the days of a
month written as ordinals after the month is named ("on the 13th"), the first day of a
window counted back from its end ("in the 24 hours to 7 p.m. on October 27"), and a span
of years inside a decade ("in the 1970s" against "khóa 1970-1978"). Beside each property,
the same phrasing with one value changed still flags."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import assume, given
from hypothesis import strategies as st

from pair_rows import flags, rows

ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
ANIMALS = ("Horse", "Snake", "Goat", "Dragon")


@given(st.integers(1, 10), st.sampled_from(("Tet", "the Lunar New Year", "the Year of the Horse")))
def test_the_days_of_tet(day: int, new_year: str) -> None:
    en = f"About 40,000 people visited Ngoc Son Temple on the {ORDINALS[day - 1]} day of {new_year}."
    vi = f"Khoảng 40.000 lượt người đã đến đền Ngọc Sơn vào mùng {day} Tết."
    assert flags(en, vi) == []
    assert flags(en, vi.replace(f"mùng {day} Tết", f"mùng {day % 10 + 1} Tết"))


@given(st.sampled_from(ANIMALS), st.sampled_from(("Monday", "Tuesday", "Saturday")))
def test_a_weekday_beside_a_day_of_tet_with_no_year_is_for_review(animal: str, weekday: str) -> None:
    en = f"Crowds visited the pagoda on the morning of {weekday}, the first day of the Year of the {animal}."
    vi = "Sáng mùng 1 Tết, người dân đổ về chùa lễ đầu năm."
    assert flags(en, vi) == []
    statuses = {r["status"] for r in rows(en, vi) if r["kind"] == "weekday"}
    assert statuses == {"review"}  # (no year: any weekday may be right)


def test_the_first_day_of_the_tet_holiday_is_no_day_of_tet() -> None:
    # the holiday opens days before the new year: its first day is no lunar date
    en = "Traffic eased on the first day of the Tet holiday."
    vi = "Giao thông thông thoáng trong ngày mùng 1 Tết."
    assert flags(en, vi)


@given(st.integers(11, 27))
def test_a_day_of_the_month_written_as_an_ordinal(first: int) -> None:
    main = first + 1
    en = (
        f"The festival runs from the {first}th to the {first + 2}th day of the first lunar month, "
        f"with the main day on the {main}th."
    )
    vi = f"Lễ hội diễn ra từ ngày {first} đến {first + 2} tháng Giêng, ngày chính hội là {main} tháng Giêng."
    assert flags(en, vi) == []
    assert flags(en, vi.replace(f"là {main} tháng", f"là {first} tháng"))


def test_a_bare_ordinal_is_no_day_of_the_month() -> None:
    # "finished 13th" is a rank, not the 13th day: it may not stand for a date
    assert flags("She finished 13th in the race.", "Cô về đích ngày 13 tháng Giêng.")


@given(st.integers(1, 3), st.dates(date(2024, 1, 5), date(2027, 12, 28)))
def test_the_first_day_of_a_window_counted_back_from_its_end(days: int, end: date) -> None:
    first = end - timedelta(days=days)
    en = f"The station recorded 1,739 mm of rain in the {24 * days} hours to 7 p.m. on {end:%B} {end.day}."
    window = f"Từ 19h ngày {first.day}/{first.month} đến 19h ngày {end.day}/{end.month}"
    vi = f"{window}, trạm đo được 1.739 mm mưa."
    assert flags(en, vi) == []
    earlier = first - timedelta(days=2)
    assert flags(en, vi.replace(f"ngày {first.day}/{first.month} ", f"ngày {earlier.day}/{earlier.month} "))


def test_a_week_to_a_date_opens_on_either_day() -> None:
    en = "Shares rose 4% in the seven days to Oct. 3."
    for first in (26, 27):
        assert flags(en, f"Từ ngày {first}/9 đến ngày 3/10, cổ phiếu tăng 4%.") == []
    assert flags(en, "Từ ngày 20/9 đến ngày 3/10, cổ phiếu tăng 4%.")


@given(st.integers(195, 201), st.integers(0, 8), st.integers(1, 9))
def test_a_span_of_years_inside_the_decade_the_other_version_names(
    tens: int, start: int, length: int
) -> None:
    assume(start + length <= 9)
    decade = tens * 10
    en = f"She was a standout student at the Hanoi Conservatory in the {decade}s."
    span = f"{decade + start}-{decade + start + length}"
    vi = f"Bà là học trò xuất sắc của Nhạc viện Hà Nội khóa {span}."
    assert flags(en, vi) == []
    later = f"{decade + 10 + start}-{decade + 10 + start + length}"
    assert flags(en, vi.replace(span, later))


def test_vietnamese_names_the_decade_too() -> None:
    en = "The company exported rice to 12 countries between 1972 and 1978."
    assert flags(en, "Trong thập niên 1970, công ty xuất khẩu gạo sang 12 nước.") == []
    assert flags(en, "Trong thập niên 1980, công ty xuất khẩu gạo sang 12 nước.")


@given(st.integers(195, 201), st.integers(1, 9), st.sampled_from(("những năm", "thập niên")))
def test_a_decade_miswritten_is_no_year_inside_it(tens: int, units: int, cue: str) -> None:
    # "những năm 1981" against "the 1980s" is a decade edited, never a year inside it
    decade = tens * 10
    en = f"The network grew in the {decade}s."
    assert flags(en, f"Mạng lưới phát triển trong {cue} {decade}.") == []
    assert flags(en, f"Mạng lưới phát triển trong {cue} {decade + units}.")


def test_a_single_year_beside_a_decade_still_flags() -> None:
    # "the Camp David Accords, 1977" against "những năm 1970 ... 1978": a year edited, as often
    # as a year the decade generalises
    assert flags("The accords were signed in 1977.", "Hiệp định được ký trong những năm 1970.")
    assert flags("The accords of the 1970s.", "Hiệp định năm 1978.")
