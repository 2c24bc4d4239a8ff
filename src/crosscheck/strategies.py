"""Hypothesis strategies that write values the way English and Vietnamese news write them.

Each strategy draws a value first and then writes it in one of the ways a language
really writes it, so every ``(text, value)`` pair it yields is true by construction.
Use them to test your own formats, readers or claims files against crosscheck's
conventions: "1,234.5" and "US$41.6 billion" in English; "1.234,5", "1\u00a0234,5",
"41,6 tỷ USD" and "ngày 19 tháng 2 năm 2025" in Vietnamese.

Example::

    from datetime import date

    from hypothesis import given

    from crosscheck.extract import extract
    from crosscheck.strategies import percentages
    from crosscheck.text import Document


    @given(percentages("vi"))
    def test_vietnamese_percentages_read_back(pair):
        text, value = pair
        (mention,) = extract(Document.from_text(text, "vi"), date(2025, 2, 19))
        assert mention.kind == "percent" and mention.value.value == value

The word tables here are written out by hand on purpose, independently of
`crosscheck.lang`, so that a test built on them checks the library rather than
repeating it.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import strategies as st

__all__ = [
    "cardinals",
    "dates",
    "decimals",
    "money",
    "ordinals",
    "percentages",
    "periods",
]

NBSP = "\u00a0"
LANGS = ("en", "vi")

_EN_UNITS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_EN_ORD_UNITS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_EN_ORD_TENS = [
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
]
_EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

_VI_DIGITS = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGS)}")


def _group(digits: str, sep: str) -> str:
    """ "1234567" grouped by threes with `sep`: "1,234,567"."""
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


def _write_number(draw: st.DrawFn, value: Decimal, lang: str, *, leading_zero: bool) -> str:
    """A non-negative Decimal written with one of the language's separator conventions."""
    exponent = value.as_tuple().exponent
    places = max(0, -exponent) if isinstance(exponent, int) else 0
    text = f"{value:f}"
    whole, _, fraction = text.partition(".")
    if lang == "en":
        groups = draw(st.sampled_from([",", ""])) if len(whole) > 3 else ""
        decimal = "."
    else:
        groups = draw(st.sampled_from([".", NBSP, ""])) if len(whole) > 3 else ""
        decimal = ","
    written = _group(whole, groups) if groups else whole
    if places == 0 and leading_zero and lang == "vi" and len(whole) == 1 and draw(st.booleans()):
        written = "0" + written  # "02 văn kiện"
    return written + (decimal + fraction if places else "")


def _decimal(draw: st.DrawFn, max_whole: int, max_places: int) -> Decimal:
    whole = draw(st.integers(0, max_whole))
    places = draw(st.integers(0, max_places))
    if places == 0:
        return Decimal(whole)
    fraction = draw(st.integers(0, 10**places - 1))
    return Decimal(f"{whole}.{fraction:0{places}d}")


@st.composite
def _decimals(draw: st.DrawFn, lang: str) -> tuple[str, Decimal]:
    value = _decimal(draw, 10**12, 3)
    return _write_number(draw, value, lang, leading_zero=True), value


def decimals(lang: str) -> st.SearchStrategy[tuple[str, Decimal]]:
    """A non-negative number in digits, with the language's separators.

    English: "1,234.5" or "1234.5"; Vietnamese: "1.234,5", "1\u00a0234,5" or "1234,5",
    and single digits with a leading zero ("02"), as Vietnamese official texts write them.
    The Decimal keeps the number of decimals written ("15.40" is Decimal("15.40")).
    """
    _check_lang(lang)
    return _decimals(lang)


@st.composite
def _percentages(draw: st.DrawFn, lang: str) -> tuple[str, Decimal]:
    value = _decimal(draw, 1000, 2)
    number = _write_number(draw, value, lang, leading_zero=False)
    if lang == "en":
        form = draw(st.sampled_from(["{}%", "{} per cent", "{} percent"]))
    else:
        form = draw(st.sampled_from(["{}%", "{} %", "{} phần trăm"]))
    return form.format(number), value


def percentages(lang: str) -> st.SearchStrategy[tuple[str, Decimal]]:
    """A percentage: "15.4%", "15.4 per cent", "15.4 percent"; "15,4%", "15,4 %",
    "15,4 phần trăm". The value is the number of percent (Decimal("15.4"))."""
    _check_lang(lang)
    return _percentages(lang)


# (ISO code, prefixes, words after the figure) per language.
_EN_CURRENCIES = {
    "USD": (["US$", "$"], ["USD", "US dollars", "dollars"]),
    "GBP": (["£"], ["GBP", "pounds"]),
    "EUR": (["€"], ["EUR", "euros"]),
    "CNY": ([], ["CNY", "yuan"]),
    "VND": ([], ["VND", "dong"]),
}
_VI_CURRENCIES = {
    "USD": ["USD", "đô la", "đô la Mỹ"],
    "GBP": ["GBP", "bảng Anh"],
    "EUR": ["EUR", "euro"],
    "CNY": ["CNY", "nhân dân tệ"],
    "VND": ["VND", "đồng"],
}
_EN_SCALES = {10**3: ["thousand"], 10**6: ["million"], 10**9: ["billion"], 10**12: ["trillion"]}
_EN_GLUED = {10**6: ["m", "mn"], 10**9: ["bn"], 10**12: ["tn"]}
_VI_SCALES = {10**3: ["nghìn", "ngàn"], 10**6: ["triệu"], 10**9: ["tỷ", "tỉ"],
              10**12: ["nghìn tỷ"]}  # fmt: skip


@st.composite
def _money(draw: st.DrawFn, lang: str) -> tuple[str, tuple[Decimal, str]]:
    number = _decimal(draw, 999, 2)
    scale = draw(st.sampled_from([1, 10**3, 10**6, 10**9, 10**12]))
    code = draw(st.sampled_from(sorted(_EN_CURRENCIES)))
    written = _write_number(draw, number, lang, leading_zero=False)
    if lang == "en":
        prefixes, words = _EN_CURRENCIES[code]
        shapes = ["after"] + (["prefix"] if prefixes else [])
        if prefixes and scale in _EN_GLUED:
            shapes.append("glued")
        shape = draw(st.sampled_from(shapes))
        scale_word = draw(st.sampled_from(_EN_SCALES[scale])) if scale != 1 else ""
        if shape == "after":  # "41.6 billion USD"
            text = " ".join(p for p in (written, scale_word, draw(st.sampled_from(words))) if p)
        elif shape == "prefix":  # "US$41.6 billion"
            text = draw(st.sampled_from(prefixes)) + written + (" " + scale_word if scale_word else "")
        else:  # "$41.6bn"
            text = draw(st.sampled_from(prefixes)) + written + draw(st.sampled_from(_EN_GLUED[scale]))
    else:  # "41,6 tỷ USD", "41,6 tỉ đô la"
        scale_word = draw(st.sampled_from(_VI_SCALES[scale])) if scale != 1 else ""
        word = draw(st.sampled_from(_VI_CURRENCIES[code]))
        text = " ".join(p for p in (written, scale_word, word) if p)
    return text, (number * scale, code)


def money(lang: str) -> st.SearchStrategy[tuple[str, tuple[Decimal, str]]]:
    """An amount of money and its (value with the scale word applied, ISO code).

    English: "US$41.6 billion", "41.6 billion USD", "$41.6bn", "£2.8bn";
    Vietnamese: "41,6 tỷ USD", "41,6 tỉ USD", "41,6 tỷ đô la", "2,8 tỷ bảng Anh".
    """
    _check_lang(lang)
    return _money(lang)


@st.composite
def _dates(draw: st.DrawFn, lang: str, dateline: date) -> tuple[str, date]:
    with_year = draw(st.booleans())
    if with_year:
        day = draw(st.dates(date(1990, 1, 1), date(2099, 12, 31)))
    else:
        # A date without its year is read in the dateline's year, or the year before when
        # that would put it more than half a year ahead: keep well inside that window.
        day = dateline + timedelta(days=draw(st.integers(-150, 150)))
    d, m, y = day.day, day.month, day.year
    if lang == "en":
        month = _EN_MONTHS[m - 1]
        if draw(st.booleans()) and month != "May":
            month = month[:3] + draw(st.sampled_from(["", "."]))
        if with_year:
            form = draw(st.sampled_from(["md", "dm", "iso"]))
            if form == "iso":
                return day.isoformat(), day
            if form == "md":
                return f"{month} {d}, {y}", day
            return f"{d} {month} {y}", day
        form = draw(st.sampled_from(["md", "dm"]))
        return (f"{month} {d}" if form == "md" else f"{d} {month}"), day
    ngay = draw(st.sampled_from(["ngày ", "Ngày "]))
    dd = draw(st.sampled_from([str(d), f"{d:02d}"]))
    mm = draw(st.sampled_from([str(m), f"{m:02d}"]))
    if with_year:
        form = draw(st.sampled_from(["slash", "bare", "words", "dash"]))
        if form == "slash":
            return f"{ngay}{dd}/{mm}/{y}", day
        if form == "bare":
            return f"{dd}/{mm}/{y}", day
        if form == "dash":
            return f"{ngay}{dd}-{mm}-{y}", day
        return f"{ngay}{d} tháng {m} năm {y}", day
    form = draw(st.sampled_from(["slash", "words"]))
    if form == "slash":
        return f"{ngay}{dd}/{mm}", day
    return f"{ngay}{d} tháng {m}", day


def dates(lang: str, dateline: date) -> st.SearchStrategy[tuple[str, date]]:
    """A calendar date as news writes it.

    English: "February 19, 2025", "19 February 2025", "Feb. 19, 2025", "2025-02-19",
    "February 19" (the year from the dateline); Vietnamese: "ngày 19/2/2025",
    "19/02/2025", "ngày 19 tháng 2 năm 2025", "Ngày 19/2" (the year from the dateline).
    """
    _check_lang(lang)
    return _dates(lang, dateline)


@st.composite
def _periods(draw: st.DrawFn, lang: str) -> tuple[str, tuple[int, int]]:
    start = draw(st.integers(1900, 2089))
    end = draw(st.integers(start + 1, min(start + 10, 2099)))
    forms = ["{a}-{b}", "{a}–{b}", "{a} – {b}"]
    if lang == "en":
        forms += ["from {a} to {b}", "between {a} and {b}"]
        if start // 100 == end // 100:
            forms.append("{a}-{b2}")  # "2024-26"
    else:
        forms += ["từ {a} đến {b}", "từ năm {a} đến năm {b}", "giai đoạn {a}-{b}"]
    form = draw(st.sampled_from(forms))
    return form.format(a=start, b=end, b2=f"{end % 100:02d}"), (start, end)


def periods(lang: str) -> st.SearchStrategy[tuple[str, tuple[int, int]]]:
    """A span of years: "2024-26", "2024–2026", "2024 – 2026", "from 2024 to 2026";
    "2024-2026", "từ 2024 đến 2026"."""
    _check_lang(lang)
    return _periods(lang)


def _en_cardinal(n: int, sep: str) -> str:
    if n < 20:
        return _EN_UNITS[n - 1]
    tens, unit = divmod(n, 10)
    return _EN_TENS[tens - 2] + (sep + _EN_UNITS[unit - 1] if unit else "")


def _vi_cardinal(n: int, four: str = "bốn") -> str:
    if n < 10:
        return _VI_DIGITS[n - 1]
    tens, unit = divmod(n, 10)
    if tens == 1:
        head = "mười"
        tail = {0: "", 5: "lăm"}.get(unit, _VI_DIGITS[unit - 1] if unit else "")
    else:
        head = _VI_DIGITS[tens - 1] + " mươi"
        tail = {0: "", 1: "mốt", 4: four, 5: "lăm"}.get(unit, _VI_DIGITS[unit - 1] if unit else "")
    return head + (" " + tail if tail else "")


@st.composite
def _cardinals(draw: st.DrawFn, lang: str, low: int, high: int) -> tuple[str, int]:
    n = draw(st.integers(low, high))
    if lang == "en":
        text = _en_cardinal(n, draw(st.sampled_from(["-", " "])))
    else:
        text = _vi_cardinal(n, draw(st.sampled_from(["bốn", "tư"])))
    if draw(st.booleans()):
        text = text[0].upper() + text[1:]
    return text, n


def cardinals(lang: str, low: int = 1, high: int = 99) -> st.SearchStrategy[tuple[str, int]]:
    """A number from `low` to `high` (1..99) in words: "twenty-six", "Twenty six";
    "hai mươi sáu", "hai mươi mốt", "mười lăm", "hai mươi tư" / "hai mươi bốn"."""
    _check_lang(lang)
    if not 1 <= low <= high <= 99:
        raise ValueError("cardinals are written in words from 1 to 99")
    return _cardinals(lang, low, high)


def _en_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


@st.composite
def _ordinals(draw: st.DrawFn, lang: str) -> tuple[str, int]:
    n = draw(st.integers(1, 99))
    if lang == "en":
        if draw(st.booleans()):
            return f"{n}{_en_suffix(n)}", n
        if n < 20:
            return _EN_ORD_UNITS[n - 1], n
        tens, unit = divmod(n, 10)
        if unit == 0:
            return _EN_ORD_TENS[tens - 2], n
        sep = draw(st.sampled_from(["-", " "]))
        return _EN_TENS[tens - 2] + sep + _EN_ORD_UNITS[unit - 1], n
    lead = draw(st.sampled_from(["thứ ", "lần thứ "]))
    if draw(st.booleans()):
        return f"{lead}{n}", n
    if n == 1:
        return draw(st.sampled_from([f"{lead}nhất", "đầu tiên"])), n
    if n == 2:
        return lead + draw(st.sampled_from(["hai", "nhì"])), n
    if n == 4:
        return lead + "tư", n
    return lead + _vi_cardinal(n, draw(st.sampled_from(["bốn", "tư"]))), n


def ordinals(lang: str) -> st.SearchStrategy[tuple[str, int]]:
    """An ordinal from 1 to 99: "22nd", "twenty-second", "first"; "thứ 22", "lần thứ 22",
    "thứ tư", "thứ nhất", "đầu tiên". Vietnamese ones are lower-case, so that none of
    them ("thứ tư", "thứ hai") reads as a weekday."""
    _check_lang(lang)
    return _ordinals(lang)
