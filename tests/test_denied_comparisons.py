"""A comparison denied turns round: "no less than 700" is a floor and "không dưới 700" too,
where the words "less than" and "dưới" inside them, read alone, would say "under"."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pair_rows import flags

# (the phrase, the side of the figure it says)
ENGLISH = [
    ("no less than", "over"),
    ("no fewer than", "over"),
    ("not less than", "over"),
    ("more than", "over"),
    ("no more than", "under"),
    ("not more than", "under"),
    ("less than", "under"),
    ("fewer than", "under"),
]
VIETNAMESE = [
    ("không dưới", "over"),
    ("không ít hơn", "over"),
    ("hơn", "over"),
    ("dưới", "under"),
    ("ít hơn", "under"),
]


@given(st.sampled_from(ENGLISH), st.sampled_from(VIETNAMESE), st.integers(min_value=12, max_value=9000))
def test_a_denied_comparison_is_the_other_side(
    english: tuple[str, str], vietnamese: tuple[str, str], value: int
) -> None:
    en = f"Avicenna described {english[0]} {value:,} preparations."
    vi = f"Avicenna mô tả {vietnamese[0]} {value:,} chế phẩm.".replace(",", ".")
    rows = flags(en, vi)
    assert (rows == []) == (english[1] == vietnamese[1])
