"""A guarded pattern (a look-ahead for its first characters in front) finds exactly what
the pattern finds: the same stretches and the same groups, on any text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.figures import _pattern
from crosscheck.regex_starts import first_chars, guarded
from crosscheck.toml_layout import _TOKEN

# Pieces a text is made of: the words, symbols and digits the readers look for, and
# the letters, spaces and punctuation around them, in both cases.
PIECES = [
    "about ", "Nearly ", "khoảng ", "hơn ", "US$", "$", "£", "€", "₫", "41", "41.6", "41,6", "2024",
    "1\u00a0000", " billion", " tỷ", " per cent", "%", " năm", "hai", "Hai ", "mười ", "twenty-one",
    "one ", "a ", "A ", "hundred", "ba", "tư", "G7", " ", "\n", "\n\n", ".", ",", "-", "–", "/", "(",
    "'", '"', "x", "K", "ſ", "İ", "đ", "Đ", "é", "in ", "Ngày ", "tháng ", "#", "[", "]", "{", "}",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@settings(max_examples=300)
@given(texts)
def test_the_figure_patterns_find_the_same_when_guarded(text: str) -> None:
    for code in ("en", "vi"):
        pattern = _pattern(code)
        plain = re.compile(pattern.pattern.removeprefix(f"(?=[{first_chars_of(pattern)}])"), pattern.flags)
        assert found(pattern, text) == found(plain, text)


def first_chars_of(pattern: re.Pattern[str]) -> str:
    """The class the guard put in front of a compiled pattern."""
    m = re.match(r"\(\?=\[(.*?)\]\)\(\?:", pattern.pattern)
    assert m, "the figure pattern is not guarded"
    return m.group(1)


@settings(max_examples=300)
@given(texts, st.sampled_from([
    (r"(?<![\w.])(?:about |nearly )?\d+(?:[.,]\d+)?(?: billion| tỷ)?", re.IGNORECASE),
    (r"\b(?P<num>hai|ba|tư|mười)(?:\s+phần\s+(?P<den>ba|tư))?(?!\w)", re.IGNORECASE),
    (r"(?:[Nn]gày\s+)?(?<!\d)(?P<d>\d{1,2})/(?P<m>\d{1,2})", 0),
    (r"(?P<sym>US\$|\$|£|€)?(?P<n>\d+)(?-i:K)?", re.IGNORECASE),
    (r"(?=[A-Z])\b(?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)*", 0),
    (_TOKEN.pattern, _TOKEN.flags & ~re.UNICODE),
]))  # fmt: skip
def test_any_pattern_finds_the_same_when_guarded(text: str, case: tuple[str, int]) -> None:
    source, flags = case
    assert found(guarded(source, flags), text) == found(re.compile(source, flags), text)


def test_the_first_characters_of_a_pattern() -> None:
    assert first_chars(r"(?<!\w)(?:about |over )?\d+") == r"ao\d"
    assert first_chars(r"\b(?:US\$|€)[0-9]", re.IGNORECASE) == r"U€"


def test_no_guard_where_it_cannot_be_worked_out() -> None:
    for source in (r"\s*\d*", r"(?:in )?", r".\d", r"[^a]b", r"(a)?\1b"):
        assert first_chars(source) is None
        assert guarded(source).pattern == source
    # a global flag must stay in front; a case-blind part of a case-sensitive pattern
    assert guarded(r"(?i)abc").pattern == r"(?i)abc"
    assert first_chars(r"(?i:a)b") is None


def test_a_guarded_pattern_keeps_its_groups() -> None:
    pattern = guarded(r"(?P<qual>about )?(?P<num>\d+)")
    assert pattern.pattern.startswith("(?=[")
    m = pattern.search("it was about 41 of them")
    assert m is not None and m.group("qual", "num") == ("about ", "41") and m.span() == (7, 15)
