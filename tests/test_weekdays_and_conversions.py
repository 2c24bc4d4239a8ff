"""An English edition names a day by its weekday where the Vietnamese gives the date, and a
conversion in brackets is rounded or cut as its writer likes. Each property is paired
with an edit that must still flag."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from pair_rows import flags, rows

WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_VI = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]


def cap(words: str) -> str:
    return words[:1].upper() + words[1:]


@settings(deadline=None)  # the first call loads CLDR data and the reading tables
@given(st.dates(date(2000, 1, 1), date(2030, 12, 31)), st.booleans())
def test_a_weekday_against_a_date_of_the_year(day: date, english_weekday: bool) -> None:
    """With the year written, the date is checked against the weekday."""
    if english_weekday:
        en = f"Police on {WEEKDAYS_EN[day.weekday()]} arrested 14 people."
        vi = f"Ngày {day.day}/{day.month}/{day.year}, công an bắt giữ 14 người."
        wrong = f"Ngày {(day + timedelta(days=1)).day}/{(day + timedelta(days=1)).month}/"
        wrong += f"{(day + timedelta(days=1)).year}, công an bắt giữ 14 người."
        assert flags(en, vi) == []
        assert flags(en, wrong)
    else:
        en = f"Police arrested 14 people on {day:%B} {day.day}, {day.year}."
        vi = f"{cap(WEEKDAYS_VI[day.weekday()])}, công an bắt giữ 14 người."
        assert flags(en, vi) == []
        other = WEEKDAYS_VI[(day.weekday() + 1) % 7]
        assert flags(en, f"{cap(other)}, công an bắt giữ 14 người.")


@settings(deadline=None)
@given(st.integers(0, 6), st.integers(1, 28), st.integers(1, 12))
def test_a_weekday_against_a_date_without_a_year_is_for_review(weekday: int, day: int, month: int) -> None:
    """Without the year a date falls on any weekday: listed for review, never flagged."""
    en = f"Police on {WEEKDAYS_EN[weekday]} arrested 14 people."
    vi = f"Ngày {day}/{month}, công an bắt giữ 14 người."
    assert flags(en, vi) == []
    assert any(r["status"] == "review" and r["kind"] == "weekday" for r in rows(en, vi))
    # the rest of the paragraph is still checked
    assert flags(en, f"Ngày {day}/{month}, công an bắt giữ 15 người.")


CONVERSIONS = [
    ("more than 1,200 km (745 miles)", "hơn 1.200 km", "hơn 1.300 km"),
    ("about 1.55 degrees Celsius (2.8 degrees Fahrenheit)", "khoảng 1,55 độ C", "khoảng 1,75 độ C"),
    ("some 40,000 acres (16,000 hectares)", "khoảng 40.000 mẫu Anh", "khoảng 30.000 mẫu Anh"),
    ("winds of 120 mph (193 km/h)", "sức gió 193 km/h", "sức gió 150 km/h"),
    ("a 10-knot current (18.5 km/h)", "dòng chảy 10 hải lý/giờ", "dòng chảy 12 hải lý/giờ"),
]


@settings(deadline=None)
@given(st.sampled_from(CONVERSIONS))
def test_a_rounded_conversion_in_brackets_may_be_dropped(conversion: tuple[str, str, str]) -> None:
    en, vi, wrong = conversion
    assert flags(f"The report cites {en}.", f"Báo cáo nêu {vi}.") == []
    assert flags(f"The report cites {en}.", f"Báo cáo nêu {wrong}.")


def test_a_bracketed_figure_off_the_conversion_is_no_conversion() -> None:
    # 845 miles is not 1,200 km, rounded or cut: it is a figure of its own; nor are 41
    # miles 65 km (40.4 miles), or 143 hectares 358 acres (144.9 ha), at their precision
    assert flags("It lies 1,200 km (845 miles) from Jakarta.", "Nó cách Jakarta 1.200 km.")
    assert flags("It lies about 65 km (41 miles) south of Butte.", "Nó cách Butte khoảng 65 km về phía nam.")
    assert flags("The 358-acre (143 ha) campus.", "Khuôn viên rộng 358 mẫu Anh.")
    assert (
        flags("It lies about 65 km (40 miles) south of Butte.", "Nó cách Butte khoảng 65 km về phía nam.")
        == []
    )


def test_mau_alone_is_no_acre() -> None:
    # "3 mẫu xe" is three car models; "mẫu Anh" is the acre
    assert flags("The firm launched 3 new models.", "Hãng ra mắt 3 mẫu xe mới.") == []
    assert flags("The fire burned 500 acres.", "Đám cháy thiêu rụi 500 mẫu Anh.") == []
    assert flags("The fire burned 500 acres.", "Đám cháy thiêu rụi 600 mẫu Anh.")


RELATIVE = [("last week", "tuần trước"), ("yesterday", "hôm qua"), ("earlier this month", "đầu tháng này")]


@settings(deadline=None)
@given(st.sampled_from(RELATIVE), st.integers(1, 28), st.integers(1, 12), st.integers(0, 6))
def test_a_day_named_from_the_story_s_day_is_for_review(
    relative: tuple[str, str], day: int, month: int, weekday: int
) -> None:
    """ "last week" against "ngày 5/11": not checkable without the dateline, so listed for
    review and never flagged. A weekday is not excused so: swapped for the next day, it
    must still flag wherever the other version says "today" or "hôm qua"."""
    en_words, vi_words = relative
    assert (
        flags(f"Police arrested the man {en_words}.", f"Ngày {day}/{month}, công an bắt giữ người đàn ông.")
        == []
    )
    assert flags(
        f"Police arrested the man on {WEEKDAYS_EN[weekday]} {en_words}.",
        f"Công an bắt giữ người đàn ông vào {WEEKDAYS_VI[(weekday + 1) % 7]} {vi_words}.",
    )
    # a date against another date is still checked
    other = day % 28 + 1
    assert flags(
        f"Police arrested the man on {day}/{month}/2024.",
        f"Ngày {other}/{month}/2024, công an bắt giữ người đàn ông.",
    )


# (a part of the day, the hours inside it, and an hour outside it with either reading of
# a Vietnamese hour: "14h" is only 14:00, "8h" 08:00 or 20:00)
PARTS = [
    ("morning", range(6, 11), "20h"),
    ("afternoon", range(13, 18), "8h"),
    ("evening", range(18, 22), "14h"),
]


@settings(deadline=None)
@given(st.sampled_from(PARTS), st.integers(0, 100), st.sampled_from(["{h}h", "{h} giờ", "{h}h{m:02d}"]))
def test_a_clock_time_against_a_part_of_the_day(part: tuple[str, range, str], pick: int, form: str) -> None:
    """ "on Thursday afternoon" against "15h ngày 21/11": the time falls in the part named."""
    words, hours, outside = part
    clock = form.format(h=hours[pick % len(hours)], m=pick % 60)
    en = f"Petrol prices were cut by VND310 a liter on Thursday {words}."
    assert flags(en, f"Từ {clock} ngày 21/11, giá xăng giảm 310 đồng mỗi lít.") == []
    assert flags(en, f"Từ {outside} ngày 21/11, giá xăng giảm 310 đồng mỗi lít.")


def test_the_translation_keeps_the_conversion_and_drops_the_figure() -> None:
    en = "It will pass Earth at a distance of about 170 million miles (270 million km)."
    assert flags(en, "Nó sẽ bay qua Trái Đất ở khoảng cách khoảng 270 triệu km.") == []
    # both dropped: the figure still flags
    assert flags(en, "Nó sẽ bay qua Trái Đất.")
