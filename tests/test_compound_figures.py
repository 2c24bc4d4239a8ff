"""A figure said in parts ("1 tỷ 200 triệu đồng", "3 triệu 500 nghìn") is one figure, equal
to the other version's decimal one; each property is paired with an edit that must flag."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pair_rows import flags

SCALES = [
    ("tỷ", "triệu", "billion", 1000),
    ("triệu", "nghìn", "million", 1000),
    ("triệu", "ngàn", "million", 1000),
]


@settings(deadline=None)  # the first call loads CLDR data and the reading tables
@given(st.sampled_from(SCALES), st.integers(1, 99), st.integers(1, 9), st.sampled_from([" đồng", ""]))
def test_a_figure_in_parts_is_one_figure(
    scales: tuple[str, str, str, int], whole: int, tenth: int, dong: str
) -> None:
    big, small, en_scale, ratio = scales
    part = tenth * ratio // 10  # "1 tỷ 200 triệu" is 1.2 billion
    en = f"He was fined VND{whole}.{tenth} {en_scale} for the violation."
    vi = f"Ông bị phạt {whole} {big} {part} {small}{dong} vì vi phạm."
    assert flags(en, vi) == []
    assert flags(en, f"Ông bị phạt {whole} {big} {part + ratio // 10} {small} đồng vì vi phạm.")


def test_parts_apart_stay_apart() -> None:
    # a comma or a dash makes a list or a range, never one figure
    en = "Fines of VND1 billion and VND200 million were imposed."
    assert flags(en, "Các mức phạt 1 tỷ đồng, 200 triệu đồng đã được áp dụng.") == []
    assert flags("He was fined VND1.2 billion.", "Ông bị phạt 1 tỷ, 200 triệu đồng.")


@settings(deadline=None)
@given(st.integers(2, 90))
def test_the_dong_understood_after_a_large_sum(billions: int) -> None:
    en = f"The villa sold for VND{billions} billion last month."
    assert flags(en, f"Căn biệt thự được bán với giá {billions} tỷ vào tháng trước.") == []
    assert flags(en, f"Căn biệt thự được bán với giá {billions + 1} tỷ vào tháng trước.")
