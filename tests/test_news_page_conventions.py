"""What a news page writes beside its paragraphs, read as the facts they are (the twelfth
and tenth blind probes' tune parts): a time zone given as any spelling of its offset
("10:45 UTC+07:00" is Hanoi time, "UTC+8" is not; the live page's timestamps themselves
are in test_precision_s7), every such weekday ("on Tuesdays and Saturdays"), and the
weekday wire style gives a statement ("..., the office said on Sunday") where the other
version leaves the day to its dateline. Each property is paired with an edit that must
still flag."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import assume, given
from hypothesis import strategies as st

from pair_rows import flags, read, rows

MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]

WEEKDAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
WEEKDAYS_VI = "thứ Hai|thứ Ba|thứ Tư|thứ Năm|thứ Sáu|thứ Bảy|Chủ nhật".split("|")


@given(st.integers(0, 23), st.integers(0, 59), st.sampled_from(["GMT+7", "UTC+7", "GMT+07:00", "UTC+0700"]))
def test_an_offset_of_seven_hours_is_hanoi_time(hour: int, minute: int, zone: str) -> None:
    en = f"{hour:02d}:{minute:02d} {zone}: Typhoon Kalmaegi is about 300 km east of Quy Nhon."
    vi = f"{hour}h{minute:02d}: Bão Kalmaegi cách Quy Nhơn khoảng 300 km về phía đông."
    assert flags(en, vi) == []  # (and the 7 of the offset is no count)
    gmt = (hour - 7) % 24
    assert flags(en, f"{gmt}h{minute:02d} GMT: Bão Kalmaegi cách Quy Nhơn khoảng 300 km.") == []
    assert flags(en, f"{(hour + 2) % 24}h{minute:02d}: Bão Kalmaegi cách Quy Nhơn khoảng 300 km.")


def test_another_offset_is_not_converted() -> None:
    en = "At 10:45 UTC+8 the ship docked."
    assert flags(en, "Lúc 10h45 (giờ địa phương), con tàu cập cảng.") == []
    assert flags(en, "Lúc 17h45 giờ Hà Nội, con tàu cập cảng.")


@given(st.lists(st.integers(0, 6), min_size=2, max_size=3, unique=True).map(sorted))
def test_every_such_weekday(days: list[int]) -> None:
    names = [WEEKDAYS_EN[d] + "s" for d in days]
    en = f"The flights will operate on {', '.join(names[:-1])} and {names[-1]}."
    listed = ", ".join(WEEKDAYS_VI[d] for d in days[:-1])
    vi = f"Các chuyến bay được khai thác vào {listed} và {WEEKDAYS_VI[days[-1]]}."
    assert flags(en, vi) == []
    other = next(d for d in range(7) if d not in days)
    assert flags(en, vi.replace(WEEKDAYS_VI[days[-1]], WEEKDAYS_VI[other]))


@given(
    st.integers(0, 6),
    st.sampled_from(
        [
            "said on {d}",
            "said {d}",
            "told reporters on {d}",
            "said in a statement late on {d}",
            "told reporters at a press conference on {d}",
            "on {d} announced",
        ]
    ),
)
def test_the_weekday_of_a_statement_left_to_the_dateline(day: int, said: str) -> None:
    en = f"Exports rose 7.4%, the General Statistics Office {said.format(d=WEEKDAYS_EN[day])}."
    vi = "Tổng cục Thống kê cho biết xuất khẩu tăng 7,4%."
    assert [(r["kind"], r["status"]) for r in rows(en, vi) if r["kind"] == "weekday"] == [
        ("weekday", "review")
    ]
    assert flags(en, vi) == []
    # a weekday the Vietnamese gives is checked: another one flags
    other = WEEKDAYS_VI[(day + 1) % 7]
    assert flags(en, f"Hôm {other}, Tổng cục Thống kê cho biết xuất khẩu tăng 7,4%.")


def test_a_weekday_that_dates_another_event_still_flags() -> None:
    """ "Said the attack happened on Sunday" dates the attack, not the statement; and a
    weekday with no statement in the other version is a fact that version leaves out."""
    assert flags("Police said the attack happened on Sunday.", "Cảnh sát cho biết vụ tấn công đã xảy ra.")
    assert flags("GDP grew 7.4%, the office said on Sunday.", "GDP tăng 7,4%.")
    # the other version's own weekday at that place is checked against it
    assert flags(
        "A report released Saturday by the state troopers said 12 people died.",
        "Theo một báo cáo được công bố hôm Chủ nhật, 12 người đã chết.",
    )


@given(st.integers(0, 6), st.integers(1, 28), st.integers(1, 12), st.sampled_from(["", ","]))
def test_a_weekday_names_the_day_after_it(day: int, date: int, month: int, comma: str) -> None:
    """ "thứ Tư 2/9" is Wednesday, September 2, not two ninths."""
    months = "January February March April May June July August September October November December".split()
    en = f"Workers will get a day off on {WEEKDAYS_EN[day]}, {months[month - 1]} {date}."
    vi = f"Người lao động được nghỉ một ngày vào {WEEKDAYS_VI[day]}{comma} {date}/{month}."
    assert flags(en, vi) == []
    assert flags(en, vi.replace(f" {date}/{month}", f" {date % 28 + 1}/{month}"))


@given(st.integers(1, 9), st.integers(2, 12), st.sampled_from(["Hà Nội", "TP.HCM", "Đà Nẵng", "Cần Thơ"]))
def test_a_wire_datelines_day_is_a_date_though_it_reads_as_a_fraction(
    day: int, month: int, city: str
) -> None:
    # "Hà Nội, 6/10 (TTXVN) -": a day and month that would read as a small fraction
    # (the class: a day and month that read, out of a dateline, as a small fraction)
    assume(("fraction", Fraction(day, month)) in read(f"Tỷ lệ là {day}/{month} (theo khảo sát).", "vi"))
    en = f"Hanoi, {MONTHS[month - 1]} {day} (VNA) - Exports rose 12%."
    vi = f"{city}, {day}/{month} (TTXVN) - Xuất khẩu tăng 12%."
    assert flags(en, vi) == []
    other = month % 12 + 1
    assume(day < other)
    assert flags(en, vi.replace(f"{day}/{month}", f"{day}/{other}"))
