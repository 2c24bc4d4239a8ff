"""Text from a web page or a content system spaces its words with runs of spaces, tabs
and no-break spaces (&nbsp;, at times left as the reference itself). A pair reads the same
whatever whitespace sits between its words: the same rows, and never an exception (a
phrase of a word table, "gấp đôi", was looked up by its matched text, spaces and all, and
raised KeyError on "gấp\\u00a0đôi")."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from crosscheck.text import NBSP, clean
from pair_rows import rows

# Each pair holds phrases of the word tables: multiples, verbs of change, round counts,
# parts of the day, currencies and scales written over several words.
PAIRS = [
    (
        "Exports doubled to 40 tonnes early on Sunday.",
        "Xuất khẩu tăng gấp đôi lên 40 tấn rạng sáng Chủ nhật.",
    ),
    (
        "Foreign investors net sold VND 1.2 trillion on Monday.",
        "Khối ngoại bán ròng 1.200 tỷ đồng hôm thứ Hai.",
    ),
    (
        "Tens of thousands of people fled, and prices rose 12 per cent.",
        "Hàng chục nghìn người sơ tán, giá tăng 12%.",
    ),
    ("The fine rose one and a half times to US$ 3.6 million.", "Mức phạt tăng gấp rưỡi lên 3,6 triệu USD."),
]
SPACES = st.sampled_from([" ", "  ", "\t", NBSP, f" {NBSP} ", " \t "])


def _spaced(text: str, draw: st.DrawFn) -> str:
    words = text.split(" ")
    return words[0] + "".join(draw(SPACES) + word for word in words[1:])


def _facts(en: str, vi: str) -> list[tuple[object, ...]]:
    return [(r["kind"], r["status"], r["en_value"], r["vi_value"]) for r in rows(en, vi)]


@given(st.sampled_from(PAIRS), st.data())
def test_a_pair_reads_the_same_whatever_spaces_its_words(pair: tuple[str, str], data: st.DataObject) -> None:
    en, vi = pair
    spaced_en, spaced_vi = _spaced(en, data.draw), _spaced(vi, data.draw)
    assert _facts(spaced_en, spaced_vi) == _facts(en, vi)


@given(st.sampled_from(PAIRS), st.data())
def test_an_edit_still_flags_whatever_the_spaces(pair: tuple[str, str], data: st.DataObject) -> None:
    en, vi = pair
    edited = vi.replace("40", "50").replace("1.200", "1.500").replace("12%", "21%").replace("3,6", "6,3")
    statuses = {status for _, status, _, _ in _facts(_spaced(en, data.draw), _spaced(edited, data.draw))}
    assert "discrepancy" in statuses


REFERENCES = st.sampled_from(
    [("&nbsp;", " "), ("&quot;", '"'), ("&#39;", "'"), ("&#x201C;", "\u201c"), ("&amp;", "&")]
)


@given(st.sampled_from(PAIRS), st.lists(REFERENCES, min_size=1, max_size=4))
def test_html_character_references_read_as_their_characters(
    pair: tuple[str, str], references: list[tuple[str, str]]
) -> None:
    """A content system's export may keep "&nbsp;" and "&#39;": "10&nbsp;km" is ten
    kilometres, and "&#39;" no count of 39."""

    def escaped(text: str) -> str:
        for reference, character in sorted(references, key=lambda r: r[1] != "&"):  # "&" first
            text = text.replace(character, reference) if character != " " else text.replace(" ", reference, 3)
        return text

    en, vi = pair
    assert _facts(escaped(en), escaped(vi)) == _facts(en, vi)


def test_a_count_that_ends_the_text_is_no_list() -> None:
    """A lone count with nothing after it ("... là 3", or its words cut by "&" of a
    reference) names no list, and reading it raised IndexError."""
    facts = _facts("The finalists number four.", "Số đội vào chung kết là 3")
    assert ("count", "only_vi") in [(kind, status) for kind, status, _, _ in facts]


@given(st.integers(1, 999), st.lists(st.integers(0, 999), min_size=1, max_size=3))
def test_a_no_break_space_grouping_digits_stays(head: int, groups: list[int]) -> None:
    number = NBSP.join([str(head), *(f"{g:03d}" for g in groups)])
    assert clean(f"Thu về {number}\u00a0đồng") == f"Thu về {number} đồng"
