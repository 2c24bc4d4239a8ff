"""Classes of phrasing from the tune parts of blind26 and blind27 (a news agency's bilingual
service and a Hanoi daily's English edition), and of blind34, each read on positive
evidence and paired with an edit of the same phrase that must still flag."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pair_rows import flags

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")  # fmt: skip
_EN_ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_VI_ORDINALS = ("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "thứ tám", "thứ chín")


# --- a month named by its word after a word of rank: "bảng xếp hạng tháng 12" --------------


@settings(deadline=None, max_examples=24)
# (not March or May: "its March list" is the English reader's own ambiguity, a verb or a month)
@given(
    st.sampled_from([1, 2, 4, 6, 7, 8, 9, 10, 11, 12]),
    st.sampled_from(["bảng xếp hạng", "kết quả xếp hạng", "xếp hạng"]),
)
def test_a_month_after_a_word_of_rank_is_a_month(month: int, ranking: str) -> None:
    en = f"His rating is expected to pass 2,500 when FIDE publishes its {_MONTHS[month - 1]} list."
    vi = f"Hệ số Elo dự kiến vượt 2.500 khi FIDE công bố {ranking} tháng {month}."
    assert flags(en, vi) == []
    # the Vietnamese naming another month: a slip
    other = month % 12 + 1 if month not in (2, 4) else month + 2
    assert flags(en, vi.replace(f"tháng {month}.", f"tháng {other}."))


def test_a_rank_and_its_field_after_a_word_of_rank_stay_no_date() -> None:
    # "hạng 3/4" is third of four, never March 3rd; only a month's word is let through
    en = "The team finished third of four in the group."
    vi = "Đội xếp hạng 3/4 trong bảng."
    assert not [r for r in flags(en, vi) if r["kind"] in ("date", "fraction")]


# --- a round of talks counts occurrences: "a fourth round" against "vòng đàm phán thứ tư" -----


@settings(deadline=None, max_examples=24)
@given(st.integers(0, len(_EN_ORDINALS) - 1), st.sampled_from(["negotiations", "talks", "consultations"]))
def test_a_round_of_talks_is_a_count_of_occurrences(which: int, talks: str) -> None:
    en = f"Vietnam and the United States wrapped up a {_EN_ORDINALS[which]} round of {talks} on April 17."
    vi = f"Ngày 17/4, Việt Nam và Mỹ kết thúc vòng đàm phán {_VI_ORDINALS[which]}."
    assert flags(en, vi) == []
    # the Vietnamese naming another round: a slip (both spelled, both counting rounds)
    other = _VI_ORDINALS[(which + 1) % len(_VI_ORDINALS)]
    slipped = flags(en, vi.replace(_VI_ORDINALS[which], other))
    assert [r["kind"] for r in slipped] == ["ordinal"]
