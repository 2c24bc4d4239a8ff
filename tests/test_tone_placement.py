"""A Vietnamese syllable ending in "oa", "oe" or "uy" carries its tone on either vowel,
by house convention: "Thụy Sĩ" and "Thuỵ Sĩ", "hòa" and "hoà". CLDR writes one of them;
a word of a table (currency, unit, duration, month) is read in both."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from crosscheck.text import other_placement, word_key
from pair_rows import flags

CURRENCIES = [("CHF", "franc Thụy Sĩ"), ("CHF", "franc Thuỵ Sĩ"), ("CHF", "Franc Thuỵ Sĩ")]


@given(st.sampled_from(CURRENCIES), st.integers(2, 9_000), st.integers(2, 9_000))
def test_a_currency_in_either_tone_placement_is_read(
    currency: tuple[str, str], en_value: int, vi_value: int
) -> None:
    code, words = currency
    en = f"A return ticket costs around {code} {en_value:,} in summer."
    vi = f"Vé khứ hồi mùa hè khoảng {vi_value:,} {words}.".replace(",", ".")
    kinds = [r["kind"] for r in flags(en, vi)]
    # the same sum agrees; an edited one is a discrepancy of money, never a lone count
    assert kinds == ([] if en_value == vi_value else ["money"])


WORDS = ["hòa", "hoà", "Thụy", "Thuỵ", "khỏe", "khoẻ", "Ủy", "Uỷ", "tòa", "toà", "thủy", "thuỷ", "Hòa Bình"]
FIXED = ["quý", "hoàng", "Huỳnh", "xoáy", "khuya", "ngoài", "Nguyễn", "hoa", "thuyền"]


@given(st.sampled_from(WORDS))
def test_the_other_placement_is_the_same_word_spelled_the_other_way(word: str) -> None:
    other = other_placement(word)
    assert other != word and word_key(other) == word_key(word) and other_placement(other) == word


@given(st.sampled_from(FIXED))
def test_a_syllable_with_one_placement_is_left_alone(word: str) -> None:
    assert other_placement(word) == word
