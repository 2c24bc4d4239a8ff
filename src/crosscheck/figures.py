"""Reading a figure as a language writes it: digits with that language's separators, or
number words, then a scale word, then a unit, with a qualifier in front.

"approximately US$41.6 billion", "khoảng 39,1%", "26 năm", "hai bên" are all one
`Amount`; the kind modules (money, percent, quantity, duration, count) decide what an
amount is by its unit. Digits are read the native way first and the other language's
way second, because translators sometimes keep English separators ("10,000", "7.5 độ").
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache

from crosscheck.lang import Language, alternation, table_key
from crosscheck.lang import get as get_language
from crosscheck.regex_starts import skipping
from crosscheck.scanning import finditer

# Space between a figure's words: a line break may wrap it, a blank line ends it ("123\n\nNgày").
_S = r"(?:[^\S\n]|\n(?![^\S\n]*\n))"
# Digits with separators; a no-break space groups only when three digits follow.
DIGITS = r"\d+(?:(?:[.,]|\u00a0(?=\d{3}(?!\d)))\d+)*"


@dataclass(frozen=True)
class Reading:
    number: Decimal
    decimals: int  # digits after the decimal separator, as written
    note: str = ""  # why this reading, when it is not the language's own


@dataclass(frozen=True)
class Amount:
    """A figure as stated: number, scale word, unit and qualifier, all compared."""

    number: Decimal
    scale: int = 1
    unit: str | None = None  # ISO code, "percent"/"point", a pint unit, or None for a count
    qualifier: str | None = None  # "about" | "over" | "under"
    decimals: int = 0

    @property
    def value(self) -> Decimal:
        return self.number * self.scale

    @property
    def step(self) -> Decimal:
        """The precision the text states: one unit of its last written digit."""
        return Decimal(1).scaleb(-self.decimals) * self.scale

    def show(self) -> str:
        number = f"{self.number:,f}" if self.number == self.number.to_integral() else str(self.number)
        parts = [self.qualifier or "", number.replace(",", "")]
        if self.scale != 1:
            parts.append(SCALE_NAMES.get(self.scale, f"×{self.scale}"))
        if self.unit:
            parts.append("%" if self.unit == "percent" else self.unit)
        return " ".join(p for p in parts if p)


BASIS_POINT = "basis point"  # read as its value in percentage points ("point")

SCALE_NAMES = {100: "hundred", 10**3: "thousand", 10**6: "million", 10**9: "billion", 10**12: "trillion",
               10**15: "quadrillion"}  # fmt: skip


@lru_cache(maxsize=1 << 14)  # a story states its figures several times, an archive thousands of times
def _read_as(text: str, decimal: str, groups: str) -> Reading | None:
    """Read digits with one convention, or None if they are not written that way."""
    body, _, fraction = text.partition(decimal) if decimal in text else (text, "", "")
    if decimal in fraction or any(g in fraction for g in groups + ".,"):
        return None
    parts = re.split(f"[{re.escape(groups)}]", body) if groups else [body]
    if len(parts) > 1 and (len(parts[0]) > 3 or any(len(p) != 3 for p in parts[1:])):
        return None
    if any(not p.isdigit() for p in parts):
        return None
    try:
        number = Decimal("".join(parts) + ("." + fraction if fraction else ""))
    except InvalidOperation:
        return None
    return Reading(number, len(fraction))


def read_digits(text: str, language: Language) -> list[Reading]:
    """Every sensible reading of a digit string, the language's own first.

    >>> [str(r.number) for r in read_digits("41,6", get_language("vi"))]
    ['41.6']
    >>> [(str(r.number), r.note) for r in read_digits("7.5", get_language("vi"))]
    [('7.5', 'read with English separators')]
    >>> [str(r.number) for r in read_digits("1.234", get_language("vi"))]
    ['1234', '1.234']
    """
    native = _read_as(text, language.decimal, language.groups)
    other_lang = "vi" if language.code == "en" else "en"
    other = get_language(other_lang)
    foreign = _read_as(text, other.decimal, other.groups)
    readings: list[Reading] = []
    if native is not None:
        readings.append(native)
    if foreign is not None and (native is None or foreign.number != native.number):
        name = "English" if other_lang == "en" else "Vietnamese"
        readings.append(Reading(foreign.number, foreign.decimals, f"read with {name} separators"))
    # "10,000" in Vietnamese text is ten thousand written the English way, not 10.000.
    if len(readings) == 2 and native is not None and native.decimals == 3 and native.number % 1 == 0:
        readings.reverse()
    return readings


IN_A_NAME = "a number word inside a title"
# A capitalised number word inside an English name ("Formula One", "Air Force One"): kept
# only to agree with the digit the other version writes ("Công thức 1"), never listed alone.
NAME_NUMBER = "a number word inside a name"
_NAME_BEFORE = skipping(r"(?<![\w'’-])[A-Z][a-z]+[\s\u00a0]$")  # (the name's word just before it)
_ONE_IN_A_NAME = re.compile(r"(?<=[a-z][\s\u00a0])One(?![\w-])")


def names_one(text: str) -> list[tuple[int, int]]:
    """Where an English text writes "One" after a word of a name ("Formula One", "Air Force
    One"): the name's number, read (`NAME_NUMBER`) to agree with the digit of a translation
    ("Công thức 1"). "One" alone is no count, so it is looked for only here, in texts that
    write it."""
    if "One" not in text:
        return []
    return [
        m.span()
        for m in _ONE_IN_A_NAME.finditer(text)
        if _NAME_BEFORE.search(text, max(0, m.start() - 24), m.start())
    ]


_TITLE_NEXT = skipping(r"[\s\u00a0]+[A-Z][a-z]")
# A dateline opens a story with its place (and day and agency) then a dash: "HÀ NỘI - Chín
# tháng đầu năm", "Hà Nội, 6/10 (TTXVN) - Chín tháng", "HCMC — Nine months". The word
# after that dash opens the story's first sentence, so its capital is no name's.
_DATELINE_DASH = re.compile(r"(?:^|\n)([^\n]{2,60}?)[^\S\n]+[-–—][^\S\n]*$")


def after_dateline(text: str, start: int) -> bool:
    """Whether `start` opens the line's text after a dateline's dash: the dash follows an
    agency in brackets ("(TTXVN) -") or a place in capitals ("HÀ NỘI -", "TP.HCM -")."""
    m = _DATELINE_DASH.search(text, max(0, start - 66), start)
    if not m:
        return False
    place = m.group(1).strip()
    return place.endswith(")") or place.isupper()


def capital_inside_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` is capitalised inside a sentence (not after a sentence's
    end, a colon, a line's start or a dateline's dash): a word of a name there ("K-pop
    group Twice will play", "của “Năm giao lưu”")."""
    if not text[start : start + 1].isupper():
        return False
    before = text[max(0, start - 4) : start].rstrip(" \u00a0\"“‘'(")
    if not before or before[-1] in ".!?:\n":
        return False
    return not (before[-1] in "-–—" and after_dateline(text, start))


@dataclass(frozen=True)
class Phrase:
    """One figure found in text, with all its readings."""

    start: int
    end: int
    text: str
    amounts: tuple[Amount, ...]
    notes: tuple[str, ...]
    bare_digits: bool  # digits only, no separators, no words around: maybe a year


@cache
def _pattern(code: str) -> re.Pattern[str]:
    lang = get_language(code)
    # (a glued "b" is billions in upper case only: "$430B", never "802.11b")
    scales_glued = [w for w in lang.glued_scales if w != "b"] + (
        ["(?-i:B)"] if "b" in lang.glued_scales else []
    )
    glued = (
        rf"(?<=\d)(?:{'|'.join(sorted(scales_glued, key=len, reverse=True))})(?!\w)"
        if scales_glued
        else "(?!)"
    )
    units = {**lang.percent_words, **lang.units, **lang.durations, **lang.currency_words}
    scales = f"(?:{alternation(lang.scales)})"
    # (skipping: a position that no qualifier, symbol, digit or number word starts is skipped)
    return skipping(
        # Glued text keeps its figures ("only1.7 million", "inoculating70%"): a number may
        # follow a lower-case letter, but not a digit, a separator or a capital (a name, "G7").
        rf"(?:(?=\d)(?-i:(?<![\d_.,/$£€¥A-Z]))|(?<![\w.,/$£€¥]))"
        rf"(?:\b(?P<qual>{alternation(lang.qualifiers)}){_S}+)?"
        rf"(?:(?P<pre>{alternation(lang.currency_prefixes)}|(?-i:{alternation(_codes(lang))})){_S}?)?"
        rf"(?P<num>{DIGITS}|\b{lang.cardinal_pattern}\b{_half_of_scale(lang, scales)}"
        rf"{_one_before_unit(lang)})"
        rf"(?P<glued>{glued})?"
        # "two and a half days", "hai triệu rưỡi", "hai ngày rưỡi": a half after the number,
        # the scale word or the unit
        + _half(lang, "half")
        # "$45-million factory", "a 30-million-dose order": a hyphen may join the scale
        # "1,2 triệu tỷ", "a thousand million": a scale word before a larger one multiplies it
        # (a scale word cut short with a dot runs into its unit: "21,5 tr.đ")
        + rf"(?:(?:{_S}*|-)(?P<scale>{scales}(?:{_S}+{scales}){{0,2}})(?:(?<=\.)|(?!\w))"
        + rf"{_half(lang, 'half_scale')})?"
        # (no adjectives, no group: an empty alternation would swallow the space after a figure)
        + (rf"(?:{_S}+(?:{alternation(lang.unit_adjectives)})(?={_S}))?" if lang.unit_adjectives else "")
        + rf"(?:(?:{_S}*|-)(?P<unit>{alternation(units)})(?![\w$]){_rate(lang)}{_half(lang, 'half_unit')})?",
        re.IGNORECASE,
    )


def _codes(lang: Language) -> set[str]:
    """ISO codes of the currencies the language names (CLDR), written before a figure as
    desks do ("CHF 240", "THB 500"): upper case only, since "ALL", "TOP" or "CUP" in
    lower case are words."""
    return {iso for iso in lang.currency_words.values() if len(iso) == 3 and iso.isupper()}


def _half_of_scale(lang: Language, scales: str) -> str:
    """A half as the number of a scale word ("half a million", "nửa triệu"), as one more
    alternative of the number (empty when the language has no such words)."""
    if not lang.half_numbers:
        return ""
    return rf"|\b(?:{alternation(lang.half_numbers)})(?=(?:{_S}+|-){scales}(?!\w))"


# "less than one metre", "một thìa cà phê": one before a unit of measure, read weakly (never
# evidence alone), since "one" and "một" are as often articles; the digit the other version
# writes ("dưới 1 m") agrees with it.
ONE_UNIT = "one before a unit, maybe an article"


def _one_before_unit(lang: Language) -> str:
    """The language's word for one before a spelled unit of measure, as one more
    alternative of the number (empty when the language names no such word)."""
    words = [
        w for w in lang.units if len(w) > 2 and w.replace(" ", "").isalpha() and w not in lang.not_after_one
    ]
    if not lang.one_words or not words:
        return ""
    return rf"|\b(?:{alternation(lang.one_words)})(?=(?:{_S}+|-)(?:{alternation(words)})(?![\w$]))"


# What makes "a" before a unit a rate's ("$5 a kilogram", "3 tonnes a hectare"): a figure,
# or a unit, currency or scale word, just before it.
_FIGURE_BEFORE = re.compile(r"(?:\d|%|(?<![^\W\d_])(?P<word>[^\W\d_]+))[\s\u00a0]*$")


def _rate_article(text: str, start: int, lang: Language) -> bool:
    before = _FIGURE_BEFORE.search(text, max(0, start - 24), start)
    if before is None:
        return False
    word = (before.group("word") or "").lower()
    tables = (lang.units, lang.currency_words, lang.scales, lang.percent_words)
    return not word or any(word in table for table in tables)


def _half(lang: Language, group: str) -> str:
    """The optional half after a part of a figure, as a pattern (empty when the language
    has no such words)."""
    if not lang.halves:
        return ""
    return rf"(?:(?:{_S}+|-)(?P<{group}>{alternation(lang.halves)})(?!\w))?"


# The units of time a rate is stated per ("km per hour"): a span word that names one unit.
_PER = ("second", "minute", "hour", "day", "week", "month", "year")


def _rate(lang: Language) -> str:
    """The optional "per hour" after a unit, as a pattern (empty when the language has no
    rate words)."""
    per = [word for word, unit in lang.durations.items() if unit in _PER]
    if not lang.rate_words or not per:
        return ""
    joins = rf"(?:{_S}+(?:{alternation(lang.rate_words)}){_S}+|{_S}*/{_S}*)"  # "km per hour", "km/giây"
    # ("2.8C a year ago", "2,8 độ C một năm trước": a time before, no rate; "tạm hoãn 90
    # ngày một tuần sau đó", a week later, as "later" in English; "sau khi" is "after")
    ago = rf"(?!{_S}+(?:ago|earlier|before|later|trước|sau(?!{_S}+khi(?!\w)))(?!\w))"
    return rf"(?:{joins}(?P<per>{alternation(per)})(?!\w){ago})?"


@cache
def _rate_before(code: str) -> re.Pattern[str]:
    lang = get_language(code)
    units, rates = alternation(lang.units), alternation(lang.rate_words or ("(?!)",))
    return skipping(rf"\d[\s\u00a0]*(?:{units})[\s\u00a0]+(?:{rates})[\s\u00a0]+$", re.IGNORECASE)


def rate_before(text: str, start: int, code: str) -> bool:
    """Whether a figure, its unit and a rate word end at `start` ("20 metres per", "2 km
    a"): the word there is the unit of time of a rate (see `_rate`), not an ordinal."""
    return _rate_before(code).search(text, max(0, start - 48), start) is not None


@cache
def _measure_after(code: str) -> re.Pattern[str]:
    lang = get_language(code)
    words = {**lang.percent_words, **lang.units, **lang.currency_words, **lang.scales}
    return skipping(rf"{_S}*(?:{alternation(words)})(?![\w$])", re.IGNORECASE)


def measure_follows(text: str, end: int, code: str) -> bool:
    """Whether a percent sign, a unit, a currency or a scale word follows a number ending
    at `end`: "at 2.54%", "at 11.33 metres" measure something, so they are no time of day."""
    return _measure_after(code).match(text, end) is not None


_NEXT_WORD = re.compile(r"[\s\u00a0]+(\w+)")


def _opens_a_noun(text: str, end: int, nouns: frozenset[str] | None) -> bool:
    """Whether the word after a currency word makes it another noun ("đồng xu", a coin)."""
    after = _NEXT_WORD.match(text, end) if nouns else None
    return after is not None and after.group(1).lower() in (nouns or ())


# Units whose figures go below zero in news: a minus glued before the digits is a sign.
TEMPERATURES = ("degC", "degF")


def minus_before(text: str, start: int) -> bool:
    """Whether a minus sign is glued before the figure at `start`, itself after a space, a
    bracket or the line's start ("(-10 đến -7 độ C)"), never a range's dash ("13-19")."""
    if start < 1 or text[start - 1] not in "-−":
        return False
    return start == 1 or text[start - 2] in " \u00a0\t\n([–"


@cache
def _minus_word(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words)) or '(?!)'})[\s\u00a0]+$", re.IGNORECASE)


def minus_word_before(text: str, start: int, words: tuple[str, ...]) -> int | None:
    """Where a word for minus before the figure at `start` begins ("minus 2 degrees", "âm 2
    độ C"), or None."""
    found = _minus_word(words).search(text, max(0, start - 16), start)
    return found.start() if found else None


# Words that are a unit only as what a price is per: "157,8 triệu đồng mỗi lượng", "/cây"
# (the tael of gold), "15,46 triệu đồng/chỉ" (its tenth). After a number "lượng" is also an
# amount ("183 lượng khí thải"), "chỉ" "only", "cây" a tree.
PRICE_UNITS = {"lượng": "tael", "chỉ": "chi", "cây": "tael"}


@cache
def _per_unit_after() -> re.Pattern[str]:
    # (both languages' words: a Vietnamese price keeps "USD/pound" as often as "USD/kg")
    units: dict[str, str] = {}
    rates: set[str] = set()
    for code in ("en", "vi"):
        lang = get_language(code)
        units |= {w: u for w, u in lang.units.items() if not any(c.isdigit() for c in u)}
        rates |= set(lang.rate_words or ())
    units |= PRICE_UNITS
    return re.compile(
        rf"{_S}*(?:/|(?:{alternation(rates)}){_S}+){_S}*(?P<unit>{alternation(units)})(?![\w$])",
        re.IGNORECASE,
    )


def per_unit(text: str, end: int) -> tuple[str, int] | None:
    """The unit a price ending at `end` is per, as a pint unit, and where its words end:
    "$4.10 a pound" is per pound, "9 USD/kg" per kilogram; None when no unit follows."""
    found = _per_unit_after().match(text, end)
    if found is None:
        return None
    word = table_key(found.group("unit"))
    if word in PRICE_UNITS:
        return PRICE_UNITS[word], found.end()
    for code in ("en", "vi"):
        unit = get_language(code).units.get(word)
        if unit is not None:
            return unit, found.end()
    return None


def find_phrases(text: str, code: str) -> list[Phrase]:
    """All figures of a text in one language, left to right."""
    lang = get_language(code)
    phrases = []
    for m in finditer(_pattern(code), text):  # (a long text: only where a figure can open)
        phrase = _phrase(m, lang)
        if phrase is not None:
            phrases.append(phrase)
    return phrases


def _lookup(table: dict[str, str] | dict[str, int], word: str | None) -> object:
    if word is None:
        return None
    return table.get(table_key(word))


def _scale_value(lang: Language, words: str) -> int:
    """The multiplier of one scale word ("nghìn tỷ" is in CLDR's table) or of scale words
    stacked from the smaller to the larger, each multiplying ("triệu tỷ", 10**15; "triệu
    tỷ tỷ", 10**24, which English calls a septillion); a larger one before a smaller
    counts alone."""
    whole = _lookup(lang.scales, words)
    if isinstance(whole, int):
        return whole
    stacked = [v for v in (_lookup(lang.scales, word) for word in words.split()) if isinstance(v, int)]
    if len(stacked) == len(words.split()) and all(a <= b for a, b in itertools.pairwise(stacked)):
        return math.prod(stacked)
    split = words.split()
    for cut in range(1, len(split)):
        first = _lookup(lang.scales, " ".join(split[:cut]))
        second = _lookup(lang.scales, " ".join(split[cut:]))
        if isinstance(first, int) and isinstance(second, int):
            return first * second if second > first else first
    return 1


_WORD_BEFORE = skipping(r"[^\W\d_]{1,4}$")


def _unit_exponent(text: str, start: int, num: str, lang: Language) -> bool:
    """Whether digits glued after letters are the exponent of a unit symbol: the "2" of
    "đồng/m2" or "km2", the "3" of "m3" (the symbol with them is in the unit table)."""
    word = _WORD_BEFORE.search(text, max(0, start - 4), start)
    return word is not None and (word.group() + num).lower() in lang.units


# a plural noun after a figure: lower case, ending in "s" ("handsets", "people")
_PLURAL_AFTER = re.compile(r"[\s\u00a0]+[a-z]+s\b")


def _phrase(m: re.Match[str], lang: Language) -> Phrase | None:
    num = m.group("num")
    before = m.string[max(0, m.start() - 4) : m.start()].rstrip(" \u00a0\"“‘'(")
    in_name = num[0].isupper() and before and before[-1] not in ".!?:\n"
    if in_name and before[-1] in "-–—" and after_dateline(m.string, m.start()):
        in_name = False  # "HÀ NỘI - Chín tháng đầu năm": the story's first word
    if in_name and lang.code != "en":
        # "của “Năm giao lưu”": a capitalised number word inside a sentence, even in
        # quotation marks, is part of a name; at a sentence start it counts.
        return None
    title = in_name and _TITLE_NEXT.match(m.string, m.end()) is not None
    if in_name and not title and not _NAME_BEFORE.search(m.string, max(0, m.start() - 24), m.start()):
        return None
    # ("Formula One" is "Công thức 1": in English the name's number is kept, to agree only)
    if num[0].isdigit() and _unit_exponent(m.string, m.start("num"), num, lang):
        return None
    if num[0].isdigit():
        readings = read_digits(num, lang)
    elif re.sub(r"[\s\u00a0-]+", " ", num.lower()) in lang.half_numbers:
        readings = [Reading(Decimal("0.5"), 1)]  # "half a million" is 0.5 million
    else:
        value = lang.read_cardinal(num)
        # "Century in Five Lives": in an English title in title case it may still be the
        # figure its translation gives ("năm thế hệ"); kept, as a reading that never flags
        # alone and leaves the title to the name reader. (Vietnamese capitalises every
        # syllable of a name: "Ba Lan" is Poland.)
        note = IN_A_NAME if title else NAME_NUMBER if in_name else ""
        readings = [] if value is None else [Reading(Decimal(value), 0, note)]
    if not readings:
        return None
    qualifier = _lookup(lang.qualifiers, m.group("qual"))
    scale = 1
    glued_unit: str | None = None
    if m.group("glued"):
        glued = m.group("glued").lower()
        # (a headline's "1M passengers", "4.5M": an upper-case M is no metre symbol; nor is
        # "m" between a decimal and a plural noun, "sold 1.2m handsets", unlike "1.85m tall")
        millions = glued == "m" and "." in m.group("num") and _PLURAL_AFTER.match(m.string, m.end())
        if glued == "k" and not m.group("pre") and lang.code == "en":
            return None  # "10k" alone: a run, a salary, a file size (Vietnamese "15k" is 15 nghìn)
        if glued == "m" and not m.group("pre") and m.group("glued") != "M" and not millions:
            glued_unit = "meter"  # "100m" without a currency is a hundred metres
        else:
            scale = lang.glued_scales[glued]
    if m.group("scale"):
        scale *= _scale_value(lang, m.group("scale"))
    unit: str | None = glued_unit
    # (an ISO code is its own unit: "CHF 240")
    pre = _lookup(lang.currency_prefixes, m.group("pre")) or m.group("pre")
    word = m.group("unit")
    if word is not None:
        key = table_key(word)
        for table in (lang.percent_words, lang.currency_words, lang.durations, lang.units):
            if key in table:
                unit = table[key]
                break
    per = m.groupdict().get("per")
    if per and unit in lang.units.values():  # a rate: "350 km per hour" is 350 km/h
        unit = f"{unit}/{_lookup(lang.durations, per)}"
    if pre is not None and word is not None and word.lower() in lang.glued_scales:
        scale *= lang.glued_scales[word.lower()]  # "£30 m": after a currency, m is millions
        unit = str(pre)
    elif pre is not None:
        if unit is not None and unit != pre and unit in lang.currency_words.values():
            unit = str(pre) if unit == "USD" else unit  # "$5 million Singapore dollars" is rare
        elif unit is not None and unit not in lang.currency_words.values():
            pass  # "$" then "per cent" cannot both hold; keep the unit, drop the symbol
        else:
            unit = str(pre)
    if num.lower() in lang.one_words and not m.group("scale") and unit in lang.units.values():
        if _rate_article(m.string, m.start(), lang):
            return None
        readings = [Reading(Decimal(1), 0, ONE_UNIT)]
    if any(m.groupdict().get(g) for g in ("half", "half_scale", "half_unit")):
        # "two and a half", "triệu rưỡi": a half of the last whole thing counted
        readings = [Reading(r.number + Decimal("0.5"), max(r.decimals, 1), r.note) for r in readings
                    if r.decimals == 0]  # fmt: skip
        if not readings:
            return None
    if unit == BASIS_POINT:  # a hundredth of a percentage point: 50 bps is 0.50 point
        readings = [Reading(r.number.scaleb(-2), r.decimals + 2, r.note) for r in readings]
        unit = "point"
    start, end = m.span()
    text = m.group(0)
    if unit in TEMPERATURES and num[0].isdigit() and not m.group("qual") and minus_before(m.string, start):
        readings = [Reading(-r.number, r.decimals, r.note) for r in readings]  # "-7 độ C"
        start, text = start - 1, m.string[start - 1 : end]
    elif (
        unit in TEMPERATURES
        and not m.group("qual")
        and ((word_start := minus_word_before(m.string, start, lang.minus_words)) is not None)
    ):
        readings = [Reading(-r.number, r.decimals, r.note) for r in readings]  # "minus 2 degrees"
        start, text = word_start, m.string[word_start:end]
    verb = word is not None and word.lower() in lang.verb_currencies and not m.group("pre")
    noun = word is not None and _opens_a_noun(m.string, end, lang.currency_compounds.get(word.lower()))
    if noun:  # "300 tỷ đồng xu": coins, not đồng
        unit, end = None, m.start("unit")
        text = m.string[start:end].rstrip()
        end = start + len(text)
    elif verb and not num[0].isdigit() and scale == 1:
        # "All three won": a currency that is also a verb counts money only after digits or
        # a scale word ("5,000 won", "three billion won"); after a number word it is a verb
        unit, end = None, m.end("num")
        text = m.string[start:end]
    amounts = tuple(
        Amount(r.number, scale, unit, str(qualifier) if qualifier else None, r.decimals) for r in readings
    )
    bare = (
        num.isdigit() and m.group("qual") is None and m.group("pre") is None
        and scale == 1 and unit is None
    )  # fmt: skip
    return Phrase(start, end, text, amounts, tuple(r.note for r in readings), bare)
