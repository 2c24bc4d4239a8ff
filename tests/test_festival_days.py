"""A lunar day named by its festival: "the night of the Mid-Autumn Festival" is "rằm
tháng Tám", the fifteenth of the eighth lunar month (the sixth blind probe's culture-15).
Another lunar day against the festival still flags."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pair_rows import flags

FESTIVALS = [
    ("the Mid-Autumn Festival", "rằm tháng Tám", "rằm tháng Bảy"),
    ("the Lantern Festival", "rằm tháng Giêng", "rằm tháng Hai"),
    ("the Hung Kings' Commemoration", "mùng 10 tháng 3 âm lịch", "mùng 11 tháng 3 âm lịch"),
    ("the Dragon Boat Festival", "mùng 5 tháng 5 âm lịch", "mùng 5 tháng 6 âm lịch"),
]


@given(st.sampled_from(FESTIVALS), st.integers(20_000, 200_000))
def test_a_lunar_day_named_by_its_festival(festival: tuple[str, str, str], people: int) -> None:
    name, day, other_day = festival
    en = f"About {people:,} people packed the walking streets in Hanoi on {name}."
    vi = f"Khoảng {people:,} người đổ về các tuyến phố đi bộ ở Hà Nội vào {day}.".replace(",", ".")
    assert flags(en, vi) == []
    assert flags(en, vi.replace(day, other_day))
