"""Classes of phrasing from the tune parts of blind20, blind21 and blind28 (a week each of a
bilingual news site), each read on positive evidence and paired with an edit of the same
phrase that must still flag."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pair_rows import flags

_VI_DIGITS = ("hai", "ba", "bốn", "sáu", "bảy", "tám", "chín")
_EN_DIGITS = ("two", "three", "four", "six", "seven", "eight", "nine")


# --- a capitalised number word opening the story after a dateline's dash ---------------------


@settings(deadline=None, max_examples=30)
@given(
    st.integers(0, len(_VI_DIGITS) - 1),
    st.sampled_from(
        [
            ("Hanoi, Oct 6 (VNA) - ", "Hà Nội, 6/10 (TTXVN) - "),
            ("HANOI — ", "HÀ NỘI - "),
            ("HCMC — ", "TP.HCM – "),
            ("", "ĐÀ NẴNG — "),
        ]
    ),
    st.integers(20, 900),
)
def test_a_spelled_number_after_a_dateline_opens_the_story(
    which: int, datelines: tuple[str, str], revenue: int
) -> None:
    en_dateline, dateline = datelines
    en = f"{en_dateline}In the first {_EN_DIGITS[which]} months, revenue reached {revenue} trillion VND."
    spelled = _VI_DIGITS[which].capitalize()
    vi = f"{dateline}{spelled} tháng đầu năm, doanh thu đạt {revenue}.000 tỷ đồng."
    assert flags(en, vi) == []
    # the English naming another number of months: a slip
    other = _EN_DIGITS[(which + 1) % len(_EN_DIGITS)]
    assert flags(en.replace(f"first {_EN_DIGITS[which]}", f"first {other}"), vi)


def test_a_capitalised_number_word_after_a_dash_inside_a_line_stays_a_name() -> None:
    # "Hà Nội - Chín Rồng": no dateline before the dash, so "Chín" is a word of a name
    en = "The Hanoi-Nine Dragons cup drew 740 teams."
    vi = "Giải Hà Nội - Chín Rồng thu hút 740 đội."
    assert flags(en, vi) == []
