"""Where a figure sits: a share of its document's sentences, and the share its own
sentence covers. A short paragraph one version says in one sentence and the other in two
("... held talks on Monday, and agreed to ... next year" against "Chiều 30/11, ... hội
đàm ... . Hai bên nhất trí ... năm 2027.") holds its figures at places far apart by share,
yet in sentences that cover the same part of the story. What may excuse or check a figure
against the other version's (a year named from the story's, round words, a part of the
day, a weekday's date) looks there too; pairing two values as a discrepancy does not.
Each property is paired with an edit that must still flag."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from crosscheck.text import Place, overlapping
from pair_rows import flags, rows


@st.composite
def places(draw: st.DrawFn) -> Place:
    sentences = draw(st.integers(1, 40))
    return Place(draw(st.integers(0, sentences - 1)), sentences)


@given(places(), places())
def test_sentences_overlap_where_their_shares_do(a: Place, b: Place) -> None:
    """Exactly the shares' overlap, in whole numbers (no rounding at a shared edge)."""
    a_end, b_end = Fraction(a.sentence + 1, a.sentences), Fraction(b.sentence + 1, b.sentences)
    a_start, b_start = Fraction(a.sentence, a.sentences), Fraction(b.sentence, b.sentences)
    assert overlapping(a, b) == (a_start < b_end and b_start < a_end) == overlapping(b, a)
    assert float(a) == a.sentence / a.sentences


@given(st.integers(1, 40), st.data())
def test_as_many_sentences_overlap_only_one_by_one(sentences: int, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, sentences - 1))
    j = data.draw(st.integers(0, sentences - 1))
    assert overlapping(Place(i, sentences), Place(j, sentences)) == (i == j)


MEETING_EN = (
    "Foreign Minister Nguyen Van An held talks with his {country} counterpart in Hanoi on "
    "Monday, and the two sides agreed to hold their first strategic dialogue {when}."
)
MEETING_VI = (
    "Chiều 30/11, tại Hà Nội, Bộ trưởng Ngoại giao Nguyễn Văn An hội đàm với người đồng cấp "
    "{country}. Hai bên nhất trí tổ chức Đối thoại chiến lược lần thứ nhất vào năm {year}."
)


@given(st.sampled_from(["Singapore", "Thái Lan", "Nhật Bản"]), st.integers(2020, 2040))
def test_a_year_named_from_the_story_in_a_sentence_split_in_two(country: str, year: int) -> None:
    en = MEETING_EN.format(country="Singaporean", when="next year")
    statuses = {r["kind"]: r["status"] for r in rows(en, MEETING_VI.format(country=country, year=year))}
    assert statuses["year"] == "review"
    # stated in both, the year is checked as a year
    stated = MEETING_EN.format(country="Singaporean", when=f"in {year}")
    assert flags(stated, MEETING_VI.format(country=country, year=year)) == []
    assert flags(stated, MEETING_VI.format(country=country, year=year + 1))


def test_a_year_far_from_a_relative_year_still_flags() -> None:
    """Three English sentences against four Vietnamese ones: the first and the last cover
    different parts of the story, and "next year" excuses no year there."""
    en = "The two sides will meet next year. Trade rose sharply. Officials were pleased."
    vi = "Hai bên sẽ gặp lại. Thương mại tăng mạnh. Các quan chức hài lòng. Hội nghị diễn ra năm 2027."
    assert [r["kind"] for r in flags(en, vi)] == ["year"]


@given(st.integers(13, 99))
def test_round_words_in_a_sentence_split_in_two(injured: int) -> None:
    en = "A bus overturned on the highway near Hue on Sunday morning, and dozens of passengers were injured."
    vi = (
        f"Sáng Chủ nhật, một xe khách bị lật trên cao tốc. Vụ việc xảy ra gần Huế. {injured} người bị thương."
    )
    assert flags(en, vi) == []
    # a number the round words do not cover still flags
    assert flags(en.replace("dozens of", "nine"), vi)
