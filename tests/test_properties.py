"""Property tests: values written the way each language writes them read back to themselves,
and no text at all makes the readers raise."""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from crosscheck import kinds
from crosscheck.extract import extract
from crosscheck.figures import find_phrases, read_digits
from crosscheck.kinds import Mention
from crosscheck.lang import get
from crosscheck.names import NameIndex, name_key, near_misses, unexplained_runs
from crosscheck.strategies import (
    cardinals,
    dates,
    decimals,
    money,
    ordinals,
    percentages,
    periods,
)
from crosscheck.text import Document, clean, word_key

DATELINE = date(2025, 2, 19)
LANG = st.sampled_from(["en", "vi"])
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read(text: str, lang: str, dateline: date | None = DATELINE) -> list[Mention]:
    return extract(Document.from_text(text, lang), dateline)


def only(found: list[Mention], kind: str, text: str) -> Mention:
    of_kind = [m for m in found if m.kind == kind]
    assert len(of_kind) == 1, f"{text!r} -> {[(m.kind, m.text, m.value) for m in found]}"
    assert [m.kind for m in found] == [kind], f"{text!r} -> {[(m.kind, m.text) for m in found]}"
    return of_kind[0]


# --- written values read back -------------------------------------------------------


def _ambiguous(value: Decimal) -> bool:
    """A whole number written with three decimals ("10,000" in Vietnamese, "1.000" in
    English) is read the other language's way first (ten thousand, one thousand): a
    translator who leaves separators as they were is likelier than three zero decimals.
    The written value stays as the second reading."""
    return value.as_tuple().exponent == -3 and value == value.to_integral()


@PROPERTY
@given(lang=LANG, data=st.data())
def test_decimals_read_back(lang: str, data: st.DataObject) -> None:
    text, value = data.draw(decimals(lang))
    unit = "tonnes" if lang == "en" else "tấn"
    sentence = f"{text} {unit}"
    m = only(read(sentence, lang), "quantity", sentence)
    assert m.text == sentence
    readings = [r.value for r in m.readings()]
    if _ambiguous(value):
        assert value in readings
    else:
        assert m.value.value == value, (sentence, m.value)
        assert m.value.unit == "metric_ton"


@PROPERTY
@given(lang=LANG, data=st.data())
def test_decimals_read_digits(lang: str, data: st.DataObject) -> None:
    text, value = data.draw(decimals(lang))
    readings = read_digits(text, get(lang))
    assert readings, text
    if not _ambiguous(value):
        assert readings[0].number == value
        assert readings[0].note == ""


@PROPERTY
@given(lang=LANG, data=st.data())
def test_percentages_read_back(lang: str, data: st.DataObject) -> None:
    text, value = data.draw(percentages(lang))
    m = only(read(text, lang), "percent", text)
    assert (m.value.value, m.value.unit, m.value.qualifier) == (value, "percent", None)
    assert m.text == text


@PROPERTY
@given(lang=LANG, data=st.data())
def test_money_reads_back(lang: str, data: st.DataObject) -> None:
    text, (value, code) = data.draw(money(lang))
    m = only(read(text, lang), "money", text)
    assert (m.value.value, m.value.unit) == (value, code), text
    assert m.text == text


@PROPERTY
@given(data=st.data())
def test_english_money_is_a_valid_claim_value(data: st.DataObject) -> None:
    text, (value, code) = data.draw(money("en"))
    parsed = kinds.parse("money", text, DATELINE)
    assert (parsed.value, parsed.unit) == (value, code)


@PROPERTY
@given(lang=LANG, data=st.data())
def test_money_is_equal_across_languages(lang: str, data: st.DataObject) -> None:
    text, (value, code) = data.draw(money(lang))
    other = "vi" if lang == "en" else "en"
    (m,) = read(text, lang)
    # The same amount written the other language's way, without scale words.
    number = f"{value:f}".rstrip("0").rstrip(".") if "." in f"{value:f}" else f"{value:f}"
    if other == "vi":
        number = number.replace(".", ",")
    (n,) = read(f"{number} {code}", other)
    assert kinds.equal("money", m.value, n.value)


@PROPERTY
@given(lang=LANG, data=st.data())
def test_dates_read_back(lang: str, data: st.DataObject) -> None:
    text, value = data.draw(dates(lang, DATELINE))
    m = only(read(text, lang), "date", text)
    assert m.value.show() == value.isoformat(), text


@PROPERTY
@given(lang=LANG, dateline=st.dates(date(2001, 1, 1), date(2090, 12, 31)), data=st.data())
def test_dates_read_back_for_any_dateline(lang: str, dateline: date, data: st.DataObject) -> None:
    text, value = data.draw(dates(lang, dateline))
    # A yearless date in the next calendar year is read in the dateline's year; see
    # test_yearless_date_early_next_year (a known gap).
    assume(value.year <= dateline.year or str(value.year) in text)
    m = only(read(text, lang, dateline), "date", text)
    assert m.value.show() == value.isoformat(), (text, dateline)


@PROPERTY
@given(lang=LANG, data=st.data())
def test_periods_read_back(lang: str, data: st.DataObject) -> None:
    text, value = data.draw(periods(lang))
    m = only(read(text, lang), "period", text)
    assert m.value == value
    assert kinds.equal("period", m.value, kinds.parse("period", f"{value[0]}-{value[1]}", None))


@PROPERTY
@given(lang=LANG, data=st.data())
def test_cardinals_read_cardinal(lang: str, data: st.DataObject) -> None:
    text, value = data.draw(cardinals(lang))
    assert get(lang).read_cardinal(text) == value


@PROPERTY
@given(lang=LANG, data=st.data())
def test_cardinals_read_back(lang: str, data: st.DataObject) -> None:
    text, value = data.draw(cardinals(lang, low=2))
    # "năm" alone is a year far more often than five: not read as a count on its own.
    assume(not (lang == "vi" and value == 5))
    noun = "people" if lang == "en" else "người"
    sentence = f"{text} {noun}"
    m = only(read(sentence, lang), "count", sentence)
    assert m.value.value == value
    assert m.text == text


@PROPERTY
@given(lang=LANG, data=st.data())
def test_cardinals_as_percent(lang: str, data: st.DataObject) -> None:
    text, value = data.draw(cardinals(lang, low=2))
    assume(not (lang == "vi" and value == 5))
    sentence = f"{text} {'per cent' if lang == 'en' else 'phần trăm'}"
    m = only(read(sentence, lang), "percent", sentence)
    assert m.value.value == value


@PROPERTY
@given(lang=LANG, data=st.data())
def test_ordinals_read_back(lang: str, data: st.DataObject) -> None:
    text, value = data.draw(ordinals(lang))
    assert get(lang).read_ordinal(text) == value
    m = only(read(text, lang), "ordinal", text)
    assert m.value == value
    assert text.endswith(m.text)


@PROPERTY
@given(data=st.data())
def test_english_ordinals_are_valid_claim_values(data: st.DataObject) -> None:
    text, value = data.draw(ordinals("en"))
    assert kinds.parse("ordinal", text, None) == value


@PROPERTY
@given(lang=LANG, data=st.data())
def test_figures_in_a_sentence(lang: str, data: st.DataObject) -> None:
    """A money figure and a percentage in one sentence are both read, in order."""
    money_text, (value, code) = data.draw(money(lang))
    pct_text, pct = data.draw(percentages(lang))
    link = ", an increase of " if lang == "en" else ", tăng "
    sentence = money_text + link + pct_text
    found = read(sentence, lang)
    assert [m.kind for m in found] == ["money", "percent"], [(m.kind, m.text) for m in found]
    assert (found[0].value.value, found[0].value.unit) == (value, code)
    assert found[1].value.value == pct


# --- nothing raises -----------------------------------------------------------------

VI_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
ALPHABET = (
    VI_LETTERS + VI_LETTERS.upper() + "0123456789" + ".,;:/-–—%$£€¥()\"'“”’ \n\r\t"
    + "\u00a0\u202f\u200b\u00ad\ufeff\u0300\u0301\u0303\u0309\u0323"
)  # fmt: skip
WORDS = st.sampled_from(
    ["năm", "tháng", "ngày", "thứ", "Thứ", "tư", "Tư", "hai", "mươi", "mốt", "lăm", "tỷ", "tỉ",
     "triệu", "nghìn", "USD", "US$", "$", "£", "%", "per cent", "phần trăm", "so với cùng kỳ",
     "year on year", "from", "to", "between", "and", "từ", "đến", "khoảng", "over", "about",
     "trên", "dưới", "Wednesday", "February", "May", "first", "twenty-second", "lần thứ",
     "đầu tiên", "một phần ba", "one third", "a", "bn", "m", "km", "miles", "dặm", "years",
     "consecutive", "2024", "2024-26", "19/2", "1/3", "41,6", "41.6", "10,000", "1.234,5",
     "\u00a0", " ", ". ", "\n"]
)  # fmt: skip
TEXTS = st.one_of(
    st.text(),
    st.text(alphabet=ALPHABET, max_size=200),
    st.lists(WORDS, max_size=40).map(" ".join),
    st.lists(WORDS, max_size=40).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, lang=LANG)
@example(text="Thứ tư, đẩy mạnh 41,6 tỷ USD tăng 15,4% so với cùng kỳ năm 2023", lang="vi")
@example(text="\ufeffNgày 19/2\r\n\u00a0", lang="vi")
@example(text="US$41.6 billion in 2024, a 15.4 per cent increase year on year", lang="en")
def test_extract_never_raises(text: str, lang: str) -> None:
    doc = Document.from_text(text, lang)
    found = extract(doc, DATELINE)
    assert [m.start for m in found] == sorted(m.start for m in found)
    for m in found:
        assert doc.text[m.start : m.end] == m.text
        assert m.kind in kinds.FIGURE_KINDS
        kinds.show(m.kind, m.value)
    extract(doc, None)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, lang=LANG)
def test_readers_never_raise(text: str, lang: str) -> None:
    read_digits(text, get(lang))
    for phrase in find_phrases(text, lang):
        assert phrase.amounts
        assert text[phrase.start : phrase.end] == phrase.text
    assert isinstance(word_key(text), str)
    assert isinstance(name_key(text), str)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, form=TEXTS, lang=LANG)
def test_name_index_never_raises(text: str, form: str, lang: str) -> None:
    index = NameIndex(Document.from_text(text, lang))
    for occurrence in index.find(form):
        assert index.doc.text[occurrence.start : occurrence.end] == occurrence.text
    near_misses(index, [form], [form], frozenset())
    unexplained_runs(index, set())
    for i in range(len(index.tokens)):
        index.is_name_word(i)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_clean_keeps_lines(text: str) -> None:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").count("\n")
    cleaned = clean(text)
    assert cleaned.count("\n") == lines
    assert clean(cleaned) == cleaned


@settings(max_examples=200, deadline=None)
@given(text=TEXTS)
def test_word_key_ignores_unicode_form_and_case(text: str) -> None:
    assert word_key(unicodedata.normalize("NFD", text)) == word_key(text)
    assert word_key(unicodedata.normalize("NFC", text)) == word_key(text)
    assert word_key(text.casefold()) == word_key(text)


TONES = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]


@settings(max_examples=200, deadline=None)
@given(
    onset=st.sampled_from(["h", "th", "kh", "l", "x", "q", "t", "Th", "H", ""]),
    pair=st.sampled_from(["oa", "oe", "uy", "Oa", "UY"]),
    tone=st.sampled_from(TONES),
    coda=st.sampled_from(["", "n", "nh", "t", "c"]),
)
def test_word_key_ignores_tone_placement(onset: str, pair: str, tone: str, coda: str) -> None:
    """hoà / hòa, thuỷ / thủy, Uỷ / Ủy: the tone on either vowel is the same word."""
    old_style = unicodedata.normalize("NFC", onset + pair[0] + tone + pair[1] + coda)
    new_style = unicodedata.normalize("NFC", onset + pair + tone + coda)
    assert word_key(old_style) == word_key(new_style)
    untoned = unicodedata.normalize("NFC", onset + pair + coda)
    assert word_key(old_style) != word_key(untoned)


# --- adversarial: long runs of digits and separators --------------------------------

SEPARATED = st.text(alphabet="0123456789.,\u00a0 -–/%$", min_size=50, max_size=3000)


@settings(max_examples=60, deadline=None)
@given(text=SEPARATED, lang=LANG)
def test_long_digit_runs_do_not_raise(text: str, lang: str) -> None:
    doc = Document.from_text(text, lang)
    for m in extract(doc, DATELINE):
        assert doc.text[m.start : m.end] == m.text
    read_digits(text, get(lang))
    find_phrases(text, lang)
    NameIndex(doc)


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize(
    "text",
    [
        "1" * 5000,
        "1," * 3000,
        "1." * 3000,
        "1\u00a0" * 3000,
        "123," * 2000 + "x",
        "123." * 2000 + "5,",
        "1\u00a0234" * 1000,
        "9" * 400 + "." + "9" * 400 + "," + "9" * 400,
        "2024-" * 1000,
        "19/2/" * 1000,
        "1/3 " * 1000,
        "US$" * 500 + "5",
        ("hai mươi " * 500) + "tỷ",
        "twenty-" * 1000 + "two",
    ],
    ids=lambda t: repr(t[:12]),
)
def test_pathological_runs_do_not_raise(text: str, lang: str) -> None:
    doc = Document.from_text(text, lang)
    found: list[Any] = extract(doc, DATELINE)
    assert all(doc.text[m.start : m.end] == m.text for m in found)
    assert isinstance(read_digits(text, get(lang)), list)
