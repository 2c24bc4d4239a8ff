"""The word scan (`scanning.finditer`) finds exactly what the engine's own scan finds:
the same stretches and groups, in the same order, for every reader's pattern, on text
made of digits, number words, months, newlines and punctuation."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck import names, scanning
from crosscheck.extract import extract
from crosscheck.figures import _pattern as figure_pattern
from crosscheck.regex_starts import made, started_at
from crosscheck.text import Document

PIECES = [
    "about ", "About ", "nearly ", "khoảng ", "hơn ", "US$", "$", "£", "41", "41.6", "41,6", "2024",
    "1\u00a0000", " billion", " tỷ", " per cent", "%", " năm ", "Năm ", "hai ", "Hai ", "mười ", "ba",
    "twenty-one", "one ", "One", "a ", "A ", "an ", "half ", "a half", "third", "quarter", "thirds",
    "hundred", "dozen", "tư", "G7", " ", "  ", "\n", "\n\n", ".", ",", "-", "–", "/", "(", ")", "'",
    '"', "x", "K", "ſ", "İ", "\u212a", "đ", "é", "in ", "by ", "Ngày ", "ngày ", "tháng ", "Tháng ",
    "19", "2", "12", "30", "/2", ":", "30am", " pm", "giờ ", "February ", "Feb. ", "May ", "mid-",
    "March", "march ", "the ", "The ", "of ", "Wednesday", "thứ Tư", "Chủ nhật", "first", "1st",
    "second", "thứ ", "quý ", "II", "years", " tuổi", "từ ", " đến ", "–2026", " km", " triệu",
    "gấp đôi", "double", "twice", "year on year", "so với cùng kỳ", "'80s", "20s", "90+3", "Q1",
    "FY2024", "last ", "next ", "one in three", "3 out of 10", "point", "a quarter point", "6-foot-6",
    "onex", "aone", "nine-", "Mr.", "!", "?", "_", "ab",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def _readers_patterns() -> list[re.Pattern[str]]:
    """Every pattern the readers compiled (reading both languages fills their caches)."""
    for lang, text in (
        ("en", "About US$41.6 billion, a third, on Feb. 19, 2025, twice."),
        ("vi", "Khoảng 41,6 tỷ USD, một phần ba, ngày 19/2, gấp đôi."),
    ):
        extract(Document.from_text(text, lang), None)
    return [figure_pattern("en"), figure_pattern("vi"), *made()]


def found(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_every_readers_pattern_finds_the_same_by_words(text: str) -> None:
    patterns = [p for p in _readers_patterns() if scanning.openings(p) is not None]
    assert len(patterns) >= 20  # the figure patterns, number words, months, fractions...
    for pattern in patterns:
        opening = scanning.openings(pattern)
        assert opening is not None
        # tries=0: the words are tried however many there are (no fall back to the engine)
        assert found(scanning.scan(pattern, text, opening, tries=0)) == found(pattern.finditer(text)), (
            pattern.pattern
        )


CASES = [
    (r"(?<!\w)(?:about |nearly )?\d+(?:[.,]\d+)?(?: billion| tỷ)?", re.IGNORECASE),
    (r"\b(?P<num>hai|ba|tư|mười)(?:\s+phần\s+(?P<den>ba|tư))?(?!\w)", re.IGNORECASE),
    (r"(?<![\w.])(?:one|a|two)[\s-]+(?:third|half|quarter)s?\b", re.IGNORECASE),
    (r"\b(?:Feb\.?|March|May)\s*\d{1,2}|(?<!\w)\$\d+|\(\d+\)", 0),
    (r"(?=[oa\d])\b(?:one|an?|\d+)(?:\s+(?:in|out\s+of)\s+\d+)?", re.IGNORECASE),
    (r"(?<!\w)(?:k|s|i)\w*", re.IGNORECASE),  # the case-blind kelvin sign, long s, dotted I
    (r"\b(?:ab|a)(?:b|x)*\b", 0),
]


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(CASES))
def test_any_guarded_pattern_finds_the_same_by_words(text: str, case: tuple[str, int]) -> None:
    pattern = re.compile(*case)
    opening = scanning.openings(pattern)
    assert opening is not None, case
    assert found(scanning.scan(pattern, text, opening, tries=0)) == found(pattern.finditer(text))


@settings(max_examples=50, deadline=None)
@given(st.lists(texts, min_size=1, max_size=5))
def test_a_long_text_is_scanned_by_words_with_the_same_matches(parts: list[str]) -> None:
    text = "".join(parts) * (scanning.LONG // max(1, len("".join(parts))) + 1)
    assert len(text) >= scanning.LONG or not text
    for pattern in (figure_pattern("en"), figure_pattern("vi")):
        assert found(scanning.finditer(pattern, text)) == found(pattern.finditer(text))


def test_a_letter_that_may_open_inside_a_word_is_left_to_the_engine() -> None:
    # no guard before the letter ("petrodollars"), a wide class of letters, an empty match
    for source in (r"dollars?", r"(?<!\d)one", r"\b[A-Z][a-z]+", r"\b(?:one)?", r"(?a)\bone"):
        assert scanning.openings(re.compile(source)) is None, source
    assert scanning.openings(re.compile(r"\d+|\$")) is None  # no letter: the engine does as well


def test_a_word_before_a_look_ahead_that_opens_with_no_letter_is_whole() -> None:
    # ("a" or "one" before a unit, `figures._one_before_unit`: without this, every word
    # beginning with "a" was a position to try, and English text has many)
    spaces = r"(?:[^\S\n]|\n(?![^\S\n]*\n))"  # (`figures._S`: no letter, though negated)
    one = re.compile(rf"(?<!\w)(?:one|a)(?=(?:{spaces}+|-)(?:metre|acre))", re.I)
    opening = scanning.openings(one)
    assert opening is not None
    assert opening.prefixes == {f"one{scanning._WHOLE}", f"a{scanning._WHOLE}"}
    text = "a metre, a-acre, about a acre, one metres, Ba metre, one-metre, an acre. " * 3
    assert found(scanning.scan(one, text, opening, tries=0)) == found(one.finditer(text))
    may_be_letter = re.compile(r"(?<!\w)(?:one|a)(?=[^\d\n]metre)", re.I)  # (a letter may follow)
    assert scanning.openings(may_be_letter).prefixes == {"one", "a"}  # type: ignore[union-attr]


def test_what_a_match_opens_with() -> None:
    opening = scanning.openings(re.compile(r"(?<![\w.])(?:about\s+)?(?:\d+|one\b|twenty-?one)", re.I))
    assert opening is not None
    whole = scanning._WHOLE
    # "twenty-one" is the word "twenty"; "twentyone" begins with "twentyon" (8 letters)
    assert opening.prefixes == {f"about{whole}", f"one{whole}", f"twenty{whole}", "twentyon"}
    assert opening.chars  # the digits
    hit = re.compile(r"(?<![\w.])(?:about\s+)?(?:\d+|one\b|twenty-?one)", re.I)
    text = "About 5, someone, one, twentyone and 7." * 3
    got = [m.group() for m in scanning.scan(hit, text, opening, tries=0)]
    assert got[:4] == ["About 5", "one", "twentyone", "7"]


def test_words_are_the_name_index_words_and_read_once() -> None:
    assert scanning.WORD.pattern == names.WORD.pattern
    text = "Hà Nội, 19/2: one G7 meeting. " * (scanning.LONG // 30 + 1)
    first = scanning.words(text)
    assert scanning.words(text) is first  # one scan for the readers and the name index
    assert first.texts == names.WORD.findall(text)
    assert first.starts == [m.start() for m in names.WORD.finditer(text)]
    short = "one short text"
    assert scanning.words(short) is not scanning.words(short)  # short texts are not kept


@settings(max_examples=300, deadline=None)
@given(st.one_of(texts, st.text(), st.text(alphabet="aĐ1_ \u0301\u00a0\n.")))
def test_words_are_where_the_word_pattern_finds_them(text: str) -> None:
    # (read from the text's split into words and what lies between: each offset summed)
    found = scanning.words(text)
    matches = list(names.WORD.finditer(text))
    assert found.texts == [m.group() for m in matches]
    assert found.starts == [m.start() for m in matches]
    assert found.ends == [m.end() for m in matches]


@settings(max_examples=200, deadline=None)
@given(texts, st.integers(min_value=0, max_value=40))
def test_a_pattern_started_at_digits_finds_the_first_match_at_a_digit(text: str, pos: int) -> None:
    pattern = re.compile(r"(?:about\s+)?\d+(?:\.\d+)?|one", re.I)
    digits = [(scanning.sre.CATEGORY, scanning.sre.CATEGORY_DIGIT)]
    got = started_at(pattern, digits).search(text, pos)
    expected = next((m for p in range(pos, len(text) + 1) if text[p : p + 1].isdecimal()
                     and (m := pattern.match(text, p))), None)  # fmt: skip
    assert (got and got.span()) == (expected and expected.span())
