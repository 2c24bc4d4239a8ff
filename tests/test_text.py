"""Text normalisation: clean() keeps every line where it was; word_key and fold compare words."""

from __future__ import annotations

import unicodedata

import pytest

from crosscheck.text import NBSP, Document, clean, fold, is_folded, word_key


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\ufeffHà Nội", "Hà Nội"),  # byte-order mark
        ("a\r\nb\r\nc", "a\nb\nc"),  # CRLF
        ("a\rb", "a\nb"),  # old Mac line ends
        (unicodedata.normalize("NFD", "Nguyễn Hồng Diên"), "Nguyễn Hồng Diên"),  # NFD -> NFC
        ("Ho\u0300a", "Hòa"),
        ("Việt\u200bNam", "ViệtNam"),  # zero-width space
        ("Quảng\u200c\u200dTây", "QuảngTây"),  # zero-width (non-)joiners
        ("word\u2060joiner", "wordjoiner"),
        ("co\u00adoperation", "cooperation"),  # soft hyphen
        ("a\x00b\x07c", "a b c"),  # control characters become spaces
        ("a\x1bb", "a b"),
        ("a\x85b", "a b"),  # C1 control
        ("a\tb", "a b"),  # a tab between words is a space
        ("a  \t\u00a0 b", "a b"),  # and so is a run of spaces
        ("Hà\u00a0Nội", "Hà Nội"),  # a no-break space between words too
        ("41\u202f600", f"41{NBSP}600"),  # narrow no-break space -> NBSP
        ("41\u2009600", f"41{NBSP}600"),  # thin space -> NBSP
        ("41\u2007600", f"41{NBSP}600"),  # figure space -> NBSP
        (f"1{NBSP}234", f"1{NBSP}234"),  # NBSP kept
        ("a\u3000b", "a b"),  # ideographic space
        ("plain text", "plain text"),
    ],
)
def test_clean(raw: str, expected: str) -> None:
    assert clean(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "one\r\ntwo\r\nthree\r\n",
        "\ufeffone\ntwo\r\n\r\nfour",
        "a\rb\rc",
        "x\u200b\ny\u00ad\nz\x0b\nw",  # \x0b (vertical tab) is a control, not a line end here
        "\r\n\r\n\r\n",
        "no newline at all",
    ],
)
def test_clean_keeps_line_count(raw: str) -> None:
    expected = raw.replace("\r\n", "\n").replace("\r", "\n").count("\n")
    assert clean(raw).count("\n") == expected


def test_clean_keeps_line_of_a_word() -> None:
    raw = "\ufeffLine one\r\nLine\u00ad two\r\nNguye\u0302\u0303n on line three"
    doc = Document.from_text(raw, "vi")
    assert doc.line_of(doc.text.index("Nguyễn")) == 3


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("hoà", "hòa"),
        ("Hoà", "hòa"),
        ("HOÀ", "hòa"),
        ("Uỷ", "Ủy"),
        ("uỷ ban", "ủy ban"),
        ("thuỷ", "thủy"),
        ("Thuỷ sản", "thủy sản"),
        ("khoẻ", "khỏe"),
        ("loà", "lòa"),
        ("quý", "qúy"),
        (unicodedata.normalize("NFD", "Cương"), "Cương"),
        ("Trần\u00a0Cương", "trần cương"),
    ],
)
def test_word_key_ignores_tone_placement_case_and_form(a: str, b: str) -> None:
    assert word_key(a) == word_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Cương", "Cường"),  # different tone
        ("Diên", "Diện"),
        ("Diên", "Dien"),  # diacritics are letters for word_key
        ("hoà", "hoa"),
        ("thủy", "thùy"),
        ("Việt", "Viet"),
        ("đa", "da"),
        ("ă", "â"),
        ("ơ", "ô"),
    ],
)
def test_word_key_keeps_letters_and_tones(a: str, b: str) -> None:
    assert word_key(a) != word_key(b)


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("Nguyễn Hồng Diên", "Nguyen Hong Dien"),
        ("Đà Nẵng", "Da Nang"),
        ("đường", "duong"),
        ("Quảng Tây", "Quang Tay"),
        ("Việt Nam", "Viet Nam"),
        ("Chen Gang", "Chen Gang"),
        (unicodedata.normalize("NFD", "Thủy"), "Thuy"),
        ("", ""),
    ],
)
def test_fold(word: str, folded: str) -> None:
    assert fold(word) == folded


@pytest.mark.parametrize(("word", "expected"), [("Dien", True), ("Diên", False), ("đa", False)])
def test_is_folded(word: str, expected: bool) -> None:
    assert is_folded(word) is expected


def test_line_of() -> None:
    doc = Document.from_text("first\nsecond line\n\nfourth", "en")
    assert doc.line_of(0) == 1
    assert doc.line_of(4) == 1
    assert doc.line_of(5) == 1  # the newline itself belongs to line 1
    assert doc.line_of(6) == 2
    assert doc.line_of(doc.text.index("fourth")) == 4


def test_line_of_after_crlf() -> None:
    doc = Document.from_text("a\r\nb\r\nc", "en")
    assert [doc.line_of(doc.text.index(ch)) for ch in "abc"] == [1, 2, 3]


@pytest.mark.parametrize(
    ("text", "word", "sentence"),
    [
        ("Trade rose. Prices fell.", "Prices", "Prices fell."),
        ("Trade rose. Prices fell.", "rose", "Trade rose. "),
        ("It reached US$41.6 billion in 2024. It grew.", "2024", "It reached US$41.6 billion in 2024. "),
        ("Thứ nhất,cùng thúc đẩy. Trong đó phối hợp.", "phối", "Trong đó phối hợp."),
        ("Ông nói: “Tốt.” Bà đáp.", "đáp", "Bà đáp."),
        ("Para one\n\nPara two", "two", "Para two"),
        ("Năm 2024. Việt Nam tăng.", "Việt", "Việt Nam tăng."),
        ("Mr. Smith came.", "came", "Mr. Smith came."),
        ("The U.S. Department of Commerce said so.", "said", "The U.S. Department of Commerce said so."),
    ],
)
def test_sentence_of(text: str, word: str, sentence: str) -> None:
    doc = Document.from_text(text, "en")
    assert doc.sentence_of(doc.text.index(word)) == sentence


def test_sentence_does_not_end_at_a_decimal_point() -> None:
    doc = Document.from_text("Trade grew 15.4 per cent. Then it fell.", "en")
    assert doc.sentence_of(doc.text.index("per")) == "Trade grew 15.4 per cent. "
