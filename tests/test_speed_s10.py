"""The tenth session's speed cuts (issue 15) give what the slower code gave: a mention's
place among the plain words found a sentence at a time (`Version._place_all`), a name's
occurrences without digits kept in one loop (`NameIndex._all_without_digits`), and the
days of Tết read only past a cheap gate (`lunar._tet`)."""

from __future__ import annotations

import bisect
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck import lunar
from crosscheck.engine import Version
from crosscheck.extract import extract
from crosscheck.names import NameIndex
from crosscheck.text import Document

# Words, figures, names with digits written onto them, and the marks that end sentences.
PIECES = [
    "the ", "Minister ", "Guangxi ", "Zhuang ", "G7", "G20 ", "F-16", "COVID-19 ", "A320neo ",
    "Formula 1 ", "41", " 41.6 ", "2024", " per cent ", "%", "Việt Nam ", "tháng 2 ", "ngày 19/2 ",
    "Region-", "Party", " said", " on Monday", ", ", ". ", ".\n", "\n\n", "! ", "? ", "Mr. ", "-",
    "\u2011", "3", " ", "US$1.2 billion ", "two ", "Chen Gang ", "Diên ", "Dien-9 ",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map("".join)


def _reference_place(version: Version, offset: int) -> tuple[int, int, int, int]:
    """The place as it was defined before: the sentence's bounds, and three searches of
    the whole list of plain words."""
    start, end = version.doc.sentence_bounds(offset)
    starts = version.plain_starts
    return (start, bisect.bisect_left(starts, offset), bisect.bisect_left(starts, start),
            bisect.bisect_left(starts, end))  # fmt: skip


@settings(max_examples=200)
@given(texts, st.sampled_from(["en", "vi"]), st.data())
def test_places_found_a_sentence_at_a_time_are_those_of_the_whole_search(
    text: str, lang: str, data: st.DataObject
) -> None:
    doc = Document.from_text(text, lang)
    version = Version(doc, extract(doc, None), NameIndex(doc))
    offsets = [m.start for m in version.mentions]
    offsets += data.draw(st.lists(st.integers(0, max(0, len(doc.text) - 1)), max_size=10))
    version._place_all(offsets)
    for offset in offsets:
        assert version._places[offset] == _reference_place(version, offset), (doc.text, offset)


def test_a_place_counts_the_plain_words_before_it_in_its_sentence() -> None:
    doc = Document.from_text("Trade rose 41 per cent. Exports to Guangxi rose 12 per cent.", "en")
    version = Version(doc, extract(doc, None), NameIndex(doc))
    second = next(m for m in version.mentions if m.text.startswith("12"))
    version._place_all([second.start])
    start, pos, first, stop = version._places[second.start]
    assert doc.text[start:].startswith("Exports")
    assert version.plain_keys[first:pos] == ["exports", "to", "guangxi", "rose"]
    assert version.plain_keys[pos:stop] == []  # "per cent" is inside the figure


@settings(max_examples=200)
@given(texts, st.sampled_from(["en", "vi"]), st.data())
def test_spans_without_digits_kept_in_one_loop_are_those_kept_one_by_one(
    text: str, lang: str, data: st.DataObject
) -> None:
    index = NameIndex(Document.from_text(text, lang))
    size = len(index.tokens)
    if not size:
        return
    firsts = data.draw(st.lists(st.integers(0, size - 1), max_size=30))
    found = [(i, min(size, i + data.draw(st.integers(1, 4)))) for i in firsts]
    assert index._all_without_digits(found) == [s for s in found if index._without_digits(*s)]


def test_a_name_with_digits_written_onto_it_is_not_the_bare_name() -> None:
    index = NameIndex(Document.from_text("The G7 met, then the G summit. Region-3 and Region 3.", "en"))
    assert len(index.spans("G")) == 1  # not the "G" of "G7"
    assert len(index.spans("Region")) == 1  # not "Region-3"


TET_PIECES = [
    "the ", "second ", "2nd ", "tenth ", "day ", "days ", "of ", "Tet", "Tết", "Lunar New Year",
    "Year of the Horse", "Year ", "mùng 2 ", "Mồng 4 ", "ngày ", "Nguyên đán", " holiday", ", ",
    ". ", "\u00a0", "\n", "lunar month",
]  # fmt: skip


@settings(max_examples=300)
@given(st.lists(st.sampled_from(TET_PIECES), max_size=16).map("".join), st.sampled_from(["en", "vi"]))
def test_the_days_of_tet_read_past_the_gate_are_those_read_without_it(text: str, code: str) -> None:
    gated = list(lunar._tet(text, code))
    was = lunar._TET_EN
    lunar._TET_EN = re.compile("")  # (found in every text: the gate lets everything through)
    try:
        ungated = list(lunar._tet(text, code))
    finally:
        lunar._TET_EN = was
    assert gated == ungated


def test_the_gate_lets_the_days_of_tet_through() -> None:
    assert [f.value.day for f in lunar._tet("On the second day of Tet, prices rose.", "en")] == [2]
    assert [f.value.day for f in lunar._tet("on the third day of the Year of the Horse", "en")] == [3]
    assert [f.value.day for f in lunar._tet("Ngày mùng 2 Tết, giá tăng.", "vi")] == [2]
    assert list(lunar._tet("The Year of the Horse began; the second day was calm.", "en")) == []
