"""A pattern compiled by `skipping` (the engine told where a match can begin) finds exactly
what `re.compile` finds: the same stretches and the same groups, on any text."""

from __future__ import annotations

import importlib
import re
import unicodedata
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract import extract
from crosscheck.regex_starts import ODD_CASES, ZEROS, ZEROS_UNICODE, _digits, made, skipping, start_set
from crosscheck.text import Document
from crosscheck.toml_layout import _TOKEN

_sre: Any = importlib.import_module("_sre")

# Pieces a text is made of: the words, symbols and digits the readers look for, and
# the letters, spaces and punctuation around them, in both cases; the odd case-blind
# letters (kelvin, long s, dotted capital I) too.
PIECES = [
    "about ", "Nearly ", "khoảng ", "hơn ", "US$", "$", "£", "€", "₫", "41", "41.6", "41,6", "2024",
    "1\u00a0000", " billion", " tỷ", " per cent", "%", " năm", "hai", "Hai ", "mười ", "twenty-one",
    "one ", "a ", "A ", "hundred", "ba", "tư", "G7", " ", "\n", "\n\n", ".", ",", "-", "–", "/", "(",
    "'", '"', "x", "K", "ſ", "İ", "đ", "Đ", "é", "in ", "Ngày ", "ngày ", "tháng ", "#", "[", "]", "{",
    "}", "19", "2", "12", "30", "/2", "/2025", ":", "30am", " pm", "giờ ", "sáng", "February ", "Feb. ",
    "May ", "mid-", "the ", "of ", "Wednesday", "thứ Tư", "Thứ ", "Chủ nhật", "first", "1st", "thứ ",
    "second", "half", "third", "một phần ba", "quý ", "I", "II", "năm ", "years", " tuổi", "từ ",
    " đến ", "-26", "–2026", "\u212a", "\u2126", " km", " triệu", "tháng Giêng", "Tám", "gấp đôi", "+",
    "USD", "VND", "Q1", "COVID-19", "F-16", "9/11", "0", "1900 ", "+84 ", "/QĐ-TTg", "6-foot-6", "90+3",
    " minutes", "phút ", "'80s", "20s", "so với cùng kỳ", "year on year", "Mr.", "Dr.", "!", "?",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | Any, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _readers_patterns() -> list[re.Pattern[str]]:
    """Every pattern the readers compiled through `skipping` (reading both languages once
    fills the readers' caches)."""
    for lang, text in (
        ("en", "About US$41.6 billion on Feb. 19, 2025."),
        ("vi", "Khoảng 41,6 tỷ USD ngày 19/2."),
    ):
        extract(Document.from_text(text, lang), None)
    return made()


@settings(max_examples=400, deadline=None)
@given(texts)
def test_every_readers_pattern_finds_the_same_as_re_compile(text: str) -> None:
    patterns = _readers_patterns()
    assert len(patterns) >= 2  # the figure patterns of both languages at least
    for pattern in patterns:
        plain = re.compile(pattern.pattern, pattern.flags)
        assert found(pattern, text) == found(plain, text), pattern.pattern


CASES = [
    (r"(?<![\w.])(?:about |nearly )?\d+(?:[.,]\d+)?(?: billion| tỷ)?", re.IGNORECASE),
    (r"\b(?P<num>hai|ba|tư|mười)(?:\s+phần\s+(?P<den>ba|tư))?(?!\w)", re.IGNORECASE),
    (r"(?:[Nn]gày\s+)?(?<!\d)(?P<d>\d{1,2})/(?P<m>\d{1,2})", 0),
    (r"(?P<sym>US\$|\$|£|€)?(?P<n>\d+)(?-i:K)?", re.IGNORECASE),
    (r"(?=[A-Z])\b(?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)*", 0),
    (r"(?i:k|s|i)\w*", 0),  # letters whose case-blind forms include kelvin, long s, dotted I
    (r"[^\W\d_]+", 0),
    (r"(?a)(?i)\bk\w", 0),
    (r"(?<=\d)(?:tr|k)\b", 0),
    (r"(?<!\w)(?:(?!)|thứ|khóa)\s+\d", re.IGNORECASE),  # an empty list written as "(?!)"
    (_TOKEN.pattern, _TOKEN.flags & ~re.UNICODE),
]


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(CASES))
def test_any_pattern_finds_the_same_when_skipping(text: str, case: tuple[str, int]) -> None:
    source, flags = case
    assert found(skipping(source, flags), text) == found(re.compile(source, flags), text)


def test_the_engine_is_told_where_matches_begin() -> None:
    # A compiled pattern equals another only with the same code: a different start set shows.
    for source, flags in CASES[:-1]:
        assert skipping(source, flags) != re.compile(source, flags), source
        assert skipping(source, flags).pattern == source
        assert skipping(source, flags) is skipping(source, flags)  # compiled once


def test_no_start_set_where_it_cannot_be_worked_out() -> None:
    # a match may be empty; any character first; a back-reference; "^" tries one position;
    # a case-blind class with a category; a prefix the compiler already skips to
    for source in (r"\s*\d*", r"(?:in )?", r".\d", r"(a)?\1b", r"^\d+", r"(?i)[a\d]x", r"abc\d"):
        assert skipping(source) == re.compile(source), source
    assert start_set(r"\b(?:in )?") is None
    assert start_set(r"[^a]b|c") is None  # a negated class is a start set only alone


def test_a_start_set_written_case_by_case() -> None:
    chars = {chr(av) for op, av in start_set(r"(?i)\bk") or [] if str(op) == "LITERAL"}
    assert {"k", "K", "\u212a"} <= chars and "x" not in chars
    assert start_set(r"(?<!\w)(?:about |over )?\d+") is not None


def test_the_odd_cases_are_every_odd_case() -> None:
    # Every character the engine lower-cases to another is that one's upper or title case,
    # or one of ODD_CASES: so a case-blind start set written out misses no character.
    odd = set()
    for code in range(0x110000):
        lowest = _sre.unicode_tolower(code)
        if lowest != code and chr(code) not in (chr(lowest).upper(), chr(lowest).title()):
            odd.add(chr(code))
    assert odd <= set(ODD_CASES)


def test_a_skipping_pattern_keeps_its_groups() -> None:
    pattern = skipping(r"(?<!\w)(?P<qual>about )?(?P<num>\d+)")
    m = pattern.search("it was about 41 of them")
    assert m is not None and m.group("qual", "num") == ("about ", "41") and m.span() == (7, 15)
    assert pattern.groupindex == {"qual": 1, "num": 2}


def test_the_digits_of_a_start_set_hold_every_digit() -> None:
    # "\d" in a start set is written as characters; every decimal digit of this Python's
    # Unicode must be among them, and none of the Vietnamese letters.
    inside = [False] * 0x110000
    for op, av in _digits():
        start, end = (av, av) if str(op) == "LITERAL" else av
        inside[start : end + 1] = [True] * (end + 1 - start)
    assert all(inside[code] for code in range(0x110000) if chr(code).isdecimal())
    assert not any(inside[ord(c)] for c in "aăâđêôơưáàảãạắằẳẵặấầẩẫậếềểễệốồổỗộớờởỡợứừửữựíìỉĩịýỳỷỹỵ")


def test_the_table_of_zeros_is_this_unicodes() -> None:
    in_the_plane = [code for code in range(0x10000) if chr(code).isdecimal()]
    if unicodedata.unidata_version == ZEROS_UNICODE:  # (the table is used only then)
        assert [zero + i for zero in ZEROS for i in range(10)] == in_the_plane
    assert {code for op, code in _digits() if str(op) == "LITERAL"} == set(in_the_plane)
