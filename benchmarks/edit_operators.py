"""Edit operators for benchmarks/real_edits.py: each finds figures in the raw text of one
version with its own regular expressions (never crosscheck's readers) and yields every
edit it can make there, as a `mutation_operators.Edit` of one replacement (NFD: one per
line).

Changing operators alter a value and must be caught; preserving ones rewrite a figure
without altering it (spelling variants, units written out, no-break spaces, NFD, number
words) and must not be flagged. `OPERATORS[name] = (label, function(text, lang))`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator

from mutation_operators import (
    CHANGING,
    EN_MONTHS,
    EN_ONES,
    EN_WEEKDAYS,
    NBSP,
    PRESERVING,
    VI_WEEKDAYS,
    Edit,
    Rep,
)

Operator = Callable[[str, str], Iterator[Edit]]
OPERATORS: dict[str, tuple[str, Operator]] = {}


def operator(name: str, label: str) -> Callable[[Operator], Operator]:
    def register(fn: Operator) -> Operator:
        OPERATORS[name] = (label, fn)
        return fn

    return register


def _edit(op: str, lang: str, text: str, start: int, end: int, new: str) -> Edit:
    return Edit(op, OPERATORS[op][0], (Rep(lang, start, end, new),), f"{text[start:end]!r} -> {new!r}")


def _cap(new: str, like: str) -> str:
    return new[:1].upper() + new[1:] if like[:1].isupper() else new


# A figure: digits with inner separators, not glued to a word on the left ("G7", "COVID-19")
# nor on the right, except a unit or scale suffix ("1970s", "£2.8bn", "5km").
FIGURE = re.compile(r"(?<![\w\-./:,])\d(?:[\d.,:/]*\d)?(?!(?!(?:s|bn|m|k|km|kg)\b)[\w\-]|[.,:/]\d)")
YEAR = re.compile(r"(?<![\w\-./:,])(?:1[6-9]\d\d|20\d\d)(?![\w\-]|[.,:/]\d)")
SCALE_SWAP = {
    "en": {"thousand": "million", "million": "billion", "billion": "million", "trillion": "billion"},
    "vi": {"nghìn": "triệu", "ngàn": "triệu", "triệu": "tỷ", "tỷ": "triệu", "tỉ": "triệu"},
}
QUALIFIER_FLIP = {
    "en": {
        "about": "over",
        "around": "over",
        "approximately": "more than",
        "nearly": "over",
        "almost": "over",
        "over": "about",
        "more than": "about",
        "less than": "about",
        "under": "about",
    },
    "vi": {"khoảng": "trên", "gần": "hơn", "hơn": "khoảng", "trên": "khoảng", "dưới": "khoảng"},
}
PERCENT = {
    "en": re.compile(r"(?<![\w.,])\d(?:[\d.,]*\d)?(?:\s?%|\s(?:percent|per cent)(?!\w))"),
    "vi": re.compile(r"(?<![\w.,])\d(?:[\d.,]*\d)?(?:\s?%|\sphần trăm(?!\w))"),
}
VI_WEEKDAY = re.compile(r"(?<!\w)([Tt]hứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|[Cc]hủ [Nn]hật)(?!\w)")
VI_MONTH = re.compile(r"(?<!\w)[Tt]háng (\d{1,2})(?![\d.,:/])")
VI_MONTH_WORD = [*"Giêng Hai Ba Tư Năm Sáu Bảy Tám Chín Mười".split(), "Mười Một", "Chạp"]
# the words before a scale word that make it one: "hàng tỷ", "vài trăm nghìn", "ba mươi ngàn"
VI_COUNTS = "một hai ba bốn năm sáu bảy tám chín mười mươi trăm chục hàng vài nghìn ngàn triệu".split()
UNIT_WORDS = {
    "en": "thousand|million|billion|trillion|percent|per cent|km|kg|miles|tonnes|dollars|pounds|years|people",
    "vi": "nghìn|ngàn|triệu|tỷ|tỉ|phần trăm|km|kg|đô la|USD|năm(?! \\d)|người|tuổi",
}
SMALL = EN_ONES[2:11]  # two .. ten: "one" is as often a pronoun as a count
SENTENCE_START = re.compile(r"(?:^|\n|[.!?]\s)[\"“‘(]?$")
NOT_A_COUNT = {"a.m.", "p.m.", "am", "pm", "o'clock", "km", "kg", "cm", "mm", "mph", "per"}


def _valid(figure: str) -> bool:
    """An edited time stays a time (up to 23:59), an edited d/m date a date."""
    if ":" in figure:
        hour, _, minute = figure.partition(":")
        return hour.isdigit() and minute[:2].isdigit() and int(hour) < 24 and int(minute[:2]) < 60
    if "/" in figure:
        return all(p.isdigit() and (len(p) == 4 or 0 < int(p) <= 31) for p in figure.split("/"))
    return True


def _figure_edits(op: str, text: str, lang: str, width: int) -> Iterator[Edit]:
    for m in FIGURE.finditer(text):
        figure = m.group(0)
        if text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")" and len(figure) == 1:
            continue  # an enumerator: "(1) flow, (2) density"
        for i in range(len(figure) - width + 1):
            old = figure[i : i + width]
            if not old.isdigit():
                continue
            news = (
                [d for d in "0123456789" if d != old]
                if width == 1
                else [old[::-1]]
                if old[0] != old[1]
                else []
            )
            for new in news:
                edited = figure[:i] + new + figure[i + width :]
                if (new[0] == "0" and i == 0 and len(figure) > 1) or not _valid(edited):
                    continue
                yield _edit(op, lang, text, m.start() + i, m.start() + i + width, new)


@operator("digit substitution", CHANGING)
def digit_substitution(text: str, lang: str) -> Iterator[Edit]:
    yield from _figure_edits("digit substitution", text, lang, 1)


@operator("digit transposition", CHANGING)
def digit_transposition(text: str, lang: str) -> Iterator[Edit]:
    yield from _figure_edits("digit transposition", text, lang, 2)


@operator("scale word swap", CHANGING)
def scale_word_swap(text: str, lang: str) -> Iterator[Edit]:
    swap = SCALE_SWAP[lang]
    for m in re.finditer(rf"(?<=\d)[ {NBSP}]?({'|'.join(swap)})(?!\w)", text):
        yield _edit("scale word swap", lang, text, m.start(1), m.end(1), swap[m.group(1)])


@operator("month swap", CHANGING)
def month_swap(text: str, lang: str) -> Iterator[Edit]:
    if lang == "vi":
        for m in VI_MONTH.finditer(text):
            n = int(m.group(1))
            for k in (n - 1, n + 1):
                if 1 <= k <= 12 and 1 <= n <= 12:
                    yield _edit("month swap", lang, text, m.start(1), m.end(1), str(k))
        return
    for m in re.finditer(rf"\b({'|'.join(EN_MONTHS)})\b", text):
        before, after = text[max(0, m.start() - 3) : m.start()], text[m.end() : m.end() + 3]
        near_digit = bool(re.search(r"\d[ ,]*$", before) or re.match(r",? ?\d", after))
        if m.group(1) == "May" and not near_digit:
            continue  # the modal verb
        i = EN_MONTHS.index(m.group(1))
        for k in (i - 1, (i + 1) % 12):
            if EN_MONTHS[k] != "May" or near_digit:
                yield _edit("month swap", lang, text, m.start(), m.end(), EN_MONTHS[k])


@operator("weekday swap", CHANGING)
def weekday_swap(text: str, lang: str) -> Iterator[Edit]:
    if lang == "en":
        for m in re.finditer(rf"\b({'|'.join(EN_WEEKDAYS)})\b(?! [A-Z])", text):  # not The Sunday Times
            new = EN_WEEKDAYS[(EN_WEEKDAYS.index(m.group(1)) + 1) % 7]
            yield _edit("weekday swap", lang, text, m.start(), m.end(), new)
        return
    for m in VI_WEEKDAY.finditer(text):
        if text[max(0, m.start() - 4) : m.start()].lower() == "báo ":
            continue  # a title: "Thời báo Chủ nhật" (The Sunday Times)
        old = m.group(1)
        i = next(i for i, w in enumerate(VI_WEEKDAYS) if w.lower() == old.lower())
        new = VI_WEEKDAYS[(i + 1) % 7]
        at_start = SENTENCE_START.search(text, max(0, m.start() - 3), m.start())
        yield _edit("weekday swap", lang, text, m.start(), m.end(), _cap(new, old) if at_start else new)


@operator("year ±1", CHANGING)
def year_shift(text: str, lang: str) -> Iterator[Edit]:
    for m in YEAR.finditer(text):
        for delta in (-1, 1):
            yield _edit("year ±1", lang, text, m.start(), m.end(), str(int(m.group(0)) + delta))


@operator("qualifier flip", CHANGING)
def qualifier_flip(text: str, lang: str) -> Iterator[Edit]:
    flip = QUALIFIER_FLIP[lang]
    words = sorted(flip, key=len, reverse=True)
    for m in re.finditer(rf"(?i)(?<!\w)({'|'.join(words)})(?=\s+(?:US)?[$£€]?\d)", text):
        before = re.search(r"(\w+)\s+$", text[max(0, m.start() - 15) : m.start()])
        if re.match(r"\s+(?:\d{1,2}:\d\d|1\d{3}\b|20\d\d\b)", text[m.end() :]) or (
            before and before.group(1).lower() in flip
        ):
            continue  # "about 10:15", "in about 1455", "khoảng trên dưới 48": no figure to qualify
        yield _edit(
            "qualifier flip", lang, text, m.start(), m.end(), _cap(flip[m.group(1).lower()], m.group(1))
        )


@operator("percentage dropped", CHANGING)
def percentage_dropped(text: str, lang: str) -> Iterator[Edit]:
    for m in PERCENT[lang].finditer(text):
        start, end = m.start(), m.end()
        if start and text[start - 1] == " ":
            start -= 1
        elif text[end : end + 1] == " ":
            end += 1
        yield _edit("percentage dropped", lang, text, start, end, "")


def _spelling(op: str, text: str, lang: str, pair: tuple[str, str]) -> Iterator[Edit]:
    before = rf"(?:(?<=\d)[ {NBSP}]?|(?<!\w)(?:{'|'.join(VI_COUNTS)}) )"
    if lang == "vi":
        for m in re.finditer(rf"{before}({'|'.join(pair)})(?!\w)", text):
            yield _edit(op, lang, text, m.start(1), m.end(1), pair[1 - pair.index(m.group(1))])


@operator("tỷ ↔ tỉ", PRESERVING)
def ty_spelling(text: str, lang: str) -> Iterator[Edit]:
    yield from _spelling("tỷ ↔ tỉ", text, lang, ("tỷ", "tỉ"))


@operator("nghìn ↔ ngàn", PRESERVING)
def nghin_spelling(text: str, lang: str) -> Iterator[Edit]:
    yield from _spelling("nghìn ↔ ngàn", text, lang, ("nghìn", "ngàn"))


@operator("percent spelled", PRESERVING)
def percent_spelled(text: str, lang: str) -> Iterator[Edit]:
    """en: "%", "percent" and "per cent" for one another; vi: "%" spelled "phần trăm"."""
    forms = ["%", " percent", " per cent"] if lang == "en" else [" phần trăm"]
    sign = r"\s?%|\s(?:percent|per cent)" if lang == "en" else r"\s?%"
    for m in re.finditer(rf"(?<=\d)({sign})(?!\w)", text):
        for new in forms:
            if new.strip() != m.group(1).strip():
                yield _edit("percent spelled", lang, text, m.start(1), m.end(1), new)


@operator("tháng N → word month", PRESERVING)
def month_word(text: str, lang: str) -> Iterator[Edit]:
    if lang != "vi":
        return
    for m in VI_MONTH.finditer(text):
        n = int(m.group(1))
        day_before = re.search(r"\d\s*$", text[max(0, m.start() - 4) : m.start()])
        year_after = re.match(r",?\s*năm \d{4}", text[m.end() :])
        if 1 <= n <= 12 and (day_before or year_after):
            yield _edit("tháng N → word month", lang, text, m.start(1), m.end(1), VI_MONTH_WORD[n - 1])


@operator("no-break space", PRESERVING)
def no_break_space(text: str, lang: str) -> Iterator[Edit]:
    for m in re.finditer(rf"(?<=\d) (?=(?:{UNIT_WORDS[lang]})(?!\w))", text):
        yield _edit("no-break space", lang, text, m.start(), m.end(), NBSP)


@operator("NFD", PRESERVING)
def nfd(text: str, lang: str) -> Iterator[Edit]:
    reps, pos = [], 0
    for line in text.split("\n"):
        new = unicodedata.normalize("NFD", line)
        if new != line:
            reps.append(Rep(lang, pos, pos + len(line), new))
        pos += len(line) + 1
    if reps:
        yield Edit("NFD", PRESERVING, tuple(reps), f"{len(reps)} lines in NFD")


@operator("number word ↔ digits", PRESERVING)
def number_word(text: str, lang: str) -> Iterator[Edit]:
    if lang != "en":
        return
    for m in re.finditer(rf"(?i)(?<![\w\-])({'|'.join(SMALL)})(?![\w\-])", text):
        if m.group(1)[0].isupper() and not SENTENCE_START.search(text, max(0, m.start() - 3), m.start()):
            continue  # a name: "The Seven Sisters", "the Three Kingdoms"
        yield _edit(
            "number word ↔ digits", lang, text, m.start(), m.end(), str(SMALL.index(m.group(1).lower()) + 2)
        )
    months = "|".join(EN_MONTHS)
    for m in re.finditer(r"(?<![\w\-$£€.,:/])([2-9]|10) (?=([a-z][\w.']+))", text):
        before = text[max(0, m.start() - 12) : m.start()]
        if m.group(2).lower() in NOT_A_COUNT or re.search(rf"(?:{months}|[A-Z]\w*) $", before):
            continue  # a time, a unit abbreviation, a date or a label ("Apollo 11")
        yield _edit("number word ↔ digits", lang, text, m.start(1), m.end(1), SMALL[int(m.group(1)) - 2])
