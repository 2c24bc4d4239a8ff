"""Aligning two versions without claims: what `compare` reports and `propose` drafts from.

Figures are aligned by kind and value over whole documents, never by sentence: a value
stated anywhere in one version is consistent if the other states it anywhere (how often
each repeats it is a matter of style). Values left over on both sides are paired into
discrepancies when they are of one kind and sit at about the same place in their
documents; the rest are lone mentions. Names are aligned when they are written the same,
read the same (pinyin against Hán-Việt), or listed as aliases; a capitalised stretch
one letter or one tone mark from a name of the other version is a discrepancy. A name
with no counterpart is not a row: translators translate names (White House, Nhà Trắng),
and no table says how, so a lone name is reported apart, for review.
"""

from __future__ import annotations

import bisect
import dataclasses
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

from crosscheck import kinds
from crosscheck.buckets import ByValue
from crosscheck.calendar_facts import (
    FESTIVAL,
    FIRST_MONTHS,
    PART_OF_THE_DAY,
    QUARTER_BY_ITS_END,
    RELATIVE_DAY,
    RELATIVE_MONTH,
    RELATIVE_YEAR,
    STATEMENT_DAY,
    WEEKDAY_NOTES,
    dates_a_statement,
    day_part_places,
    falls_on,
    festival_days,
    first_months,
    in_day_part,
    quarter_by_its_end,
    relative_day_places,
    relative_year_offsets,
    saying_places,
)
from crosscheck.coordinates import COORDINATE
from crosscheck.counted_lists import LIST_COUNTED, list_lengths, lists_own
from crosscheck.counted_windows import WINDOW_START, window_starts
from crosscheck.decades import IN_THE_DECADE, decades, inside
from crosscheck.derived_shares import DERIVED, derived_from
from crosscheck.directions import CHANGED_KINDS, OPPOSITE, opposite
from crosscheck.document_numbers import DOCUMENT_NUMBER
from crosscheck.dollar_prices import DOLLAR_PRICE
from crosscheck.extract import counts_occurrence, extract, on_evidence
from crosscheck.figures import IN_A_NAME, NAME_NUMBER, ONE_UNIT, Amount
from crosscheck.kinds import Mention
from crosscheck.kinds.date import HOLIDAY
from crosscheck.kinds.duration import HALF_MAYBE_YEAR
from crosscheck.kinds.ordinal import REGION_NOTE
from crosscheck.lang import alternation
from crosscheck.lang import get as get_language
from crosscheck.match_minutes import MATCH_MINUTE, marked_as_minute, match_minute
from crosscheck.name_grammar import grammar
from crosscheck.name_swaps import SWAPPED, swapped
from crosscheck.names import (
    NameIndex,
    Occurrence,
    attached_end,
    edit_distance_one,
    name_key,
    name_phrases,
)
from crosscheck.names_apart import hyphen_halves, join_as_other, split_at_connectors, split_before_persons
from crosscheck.occasion_numbers import OCCASION, occasion_number
from crosscheck.one_each import ONE_EACH, each_places
from crosscheck.one_spelled import ONE_SPELLED, spelled_one_places
from crosscheck.period_references import (
    FIRST_HALF,
    REFERRED,
    first_half_places,
    first_six_months,
    period_months,
    reference_places,
)
from crosscheck.qualified_fractions import QUALIFIED_SHARES
from crosscheck.relative_months import MONTH_BEFORE, YEAR_START
from crosscheck.rough_conversions import ROUGH_CONVERSION
from crosscheck.rounded_throughout import ROUNDED_THROUGHOUT
from crosscheck.rounding import ROUNDED, ROUNDED_KINDS, either_rounded
from crosscheck.sentence_rates import RATE_IN_SENTENCE, same_rate
from crosscheck.text import Document, fold, overlapping
from crosscheck.vague_counts import (
    ALL_WORDS,
    ROUND_WORDS,
    round_counts,
    whole_places,
)
from crosscheck.weekend_days import WEEKEND, weekend_length, weekend_places
from crosscheck.wind_levels import LEVEL, LEVEL_WITH_SPEEDS

STATUSES = ("consistent", "discrepancy", "only_en", "only_vi", "review")
# What a row may be without failing: "review" rows rest on a reading too weak to flag.
PASSING = frozenset({"consistent", "review"})
# How far apart (as a share of each document) two lone figures may sit and still be
# taken for one fact stated differently.
NEARBY = 0.12
PER_UNIT = "one price per two units, converted"
CONVERTED = "converted, then rounded to the precision it is written to"


@dataclass
class Group:
    """Every mention of one value of one kind in one version."""

    kind: str
    mentions: list[Mention]
    doc: Document

    @property
    def value(self) -> Any:
        return self.mentions[0].value

    @property
    def places(self) -> list[float]:
        """Where each mention sits, as a share of the document's sentences: translations
        keep the order of sentences far better than their length."""
        return [self.doc.place(m.start) for m in self.mentions]

    def lines(self) -> tuple[int, ...]:
        return tuple(self.doc.line_of(m.start) for m in self.mentions)

    def wording(self) -> str:
        seen: list[str] = []
        for m in self.mentions:
            text = " ".join(m.text.split())
            if text not in seen:
                seen.append(text)
        return " · ".join(seen)


@dataclass
class Row:
    kind: str
    status: str
    en: Group | None = None
    vi: Group | None = None
    note: str = ""
    names: tuple[list[Occurrence], list[Occurrence]] | None = None  # name rows: occurrences per side

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind}
        for lang in ("en", "vi"):
            group: Group | None = getattr(self, lang)
            if self.names is not None:
                occurrences = self.names[0 if lang == "en" else 1]
                out[lang] = occurrences[0].text if occurrences else None
                out[f"{lang}_value"] = out[lang]
                doc = self.name_docs[lang] if self.name_docs else None
                out[f"{lang}_lines"] = sorted({doc.line_of(o.start) for o in occurrences}) if doc else []
            else:
                out[lang] = group.wording() if group else None
                out[f"{lang}_value"] = kinds.show(group.kind, group.value) if group else None
                out[f"{lang}_lines"] = list(group.lines()) if group else []
        out["status"] = self.status
        out["confidence"] = self.confidence
        if self.note:
            out["note"] = self.note
        return out

    @property
    def confidence(self) -> str:
        """How sure the row is: "low" for a reading too weak to flag (review), "medium"
        when a lenient reading made it (its note says which), "high" otherwise."""
        if self.status == "review":
            return "low"
        return "medium" if self.note and self.status == "consistent" else "high"

    name_docs: dict[str, Document] | None = None


@dataclass
class Comparison:
    rows: list[Row]
    mentions: dict[str, int]
    lone_names: dict[str, list[str]] = field(default_factory=dict)
    weak: list[Group] = field(default_factory=list)  # small word-numbers left out of the rows
    runs: dict[str, dict[str, list[Occurrence]]] = field(default_factory=dict)  # name runs per language

    @property
    def consistent(self) -> bool:
        return all(r.status in PASSING for r in self.rows)


def _groups(mentions: list[Mention], doc: Document) -> list[Group]:
    """Each mention joins the first group whose value one of its readings equals.

    Only the groups `ByValue` files under a key of one of its readings are tried: a text
    of thousands of distinct figures would otherwise cost mentions × groups.
    """
    groups: list[Group] = []
    by_value = ByValue()
    for m in mentions:
        for i in by_value.candidates(m.kind, m.readings()):
            if _same(m.kind, groups[i].value, m):
                groups[i].mentions.append(m)
                break
        else:
            by_value.add(m.kind, (m.value,), len(groups))
            groups.append(Group(m.kind, [m], doc))
    return groups


def _same(kind: str, value: Any, mention: Mention) -> bool:
    return any(kinds.equal(kind, value, reading) for reading in mention.readings())


def _number(value: Any) -> Any:
    """The bare number a value states, if it states one."""
    if isinstance(value, int):
        return value
    return getattr(value, "value", None)


def _unqualified(value: Any) -> Any:
    return dataclasses.replace(value, qualifier=None) if getattr(value, "qualifier", None) else value


# Words that round the share after them: "nearly half", "khoảng một phần ba".
_ROUNDED_SHARE = re.compile(
    r"(?:nearly|almost|about|around|roughly|some|approximately|close to|just under|just over"
    r"|gần|khoảng|xấp xỉ|chừng|hơn|trên|dưới)[\s\u00a0]+$",
    re.IGNORECASE,
)


# Words that put the share after them a little above the figure: "nearly half" is 47 %.
_SHARE_ABOVE = re.compile(
    r"(?:nearly|almost|close to|just under|gần|gần như|suýt)[\s\u00a0]+$",
    re.IGNORECASE,
)
# Words that say on which side of the share the figure lies, and no more than that: "less
# than half" is 46 %, "more than half" 52.6 % (never 49.5 %, however close).
_NOT_REACHED = r"(?:less than|under|below|fewer than|dưới|chưa đến|chưa tới)[\s\u00a0]+$"
_PASSED = r"(?:more than|over|above|just over|upwards of|hơn|trên|vượt)[\s\u00a0]+$"
_SHARE_SIDES = ((1, re.compile(_NOT_REACHED, re.IGNORECASE)), (-1, re.compile(_PASSED, re.IGNORECASE)))


def _fraction_as_percent(share: Group, percent: Group) -> bool:
    """ "a third" for 33.4 %, "nearly half" for 48 %: a share said in words is a rounded
    percentage. It agrees within half a point, or within 2.5 points when either version
    says the figure is rounded ("about", "nearly", "khoảng", "gần"); a share said to be
    nearly reached ("nearly half", "gần một nửa") also agrees with a figure below it by up
    to a tenth of the share (47 % is nearly half, 44 % is not). A share said to be passed
    or not reached ("more than half", "less than half", "hơn một nửa") agrees only with a
    figure on that side of it, by up to a tenth of the share (52.6 %, never 49.5 %)."""
    value, mention = percent.value, share.mentions[0]
    if not isinstance(value, Amount) or value.unit != "percent" or value.scale != 1:
        return False
    fraction = share.value
    whole = Decimal(100 * fraction.numerator) / Decimal(fraction.denominator)
    gap = abs(value.number - whole)
    before = share.doc.text[max(0, mention.start - 16) : mention.start]
    if (
        _SHARE_ABOVE.search(before)
        and value.qualifier is None
        and Decimal(0) < whole - value.number <= whole / 10
    ):
        return True
    for side, words in _SHARE_SIDES:
        if words.search(before) and value.qualifier is None:
            return Decimal(0) < side * (whole - value.number) <= whole / 10
    rounded = value.qualifier is not None or _ROUNDED_SHARE.search(before) is not None
    return gap <= (Decimal("2.5") if rounded else Decimal("0.5"))


_WORD_AFTER = re.compile(r"[ \u00a0]+[^\W\d_]")


def _opens_a_word(money: Group, count: Group) -> bool:
    """ "50 đồng phạm của ông" (50 co-defendants) against "His 50 co-defendants": a small
    bare sum in a currency word that opens other words, with a word after it, is a count
    of that word as well, when the other version counts the same number."""
    doc = money.doc
    words = get_language(doc.lang).compound_currencies
    return count.kind == "count" and any(
        m.value.unit is not None
        and m.value.scale == 1
        and m.value.value < 1000
        and m.text.split()[-1].lower() in words
        and _WORD_AFTER.match(doc.text, m.end) is not None
        and any(_number(c) == m.value.value for n in count.mentions for c in n.readings())
        for m in money.mentions
    )


_POINTS_AFTER = re.compile(r"[ \u00a0]+(?:points?|điểm)\b", re.IGNORECASE)


def _points_of_a_percentage(count: Group, percent: Group) -> bool:
    """ "down 6.1 points from October" against "thấp hơn 6,1 điểm phần trăm": a number of
    points agrees with the same number of percentage points in the other version."""
    points = [v for m in percent.mentions for v in m.readings() if getattr(v, "unit", None) == "point"]
    return any(
        _POINTS_AFTER.match(count.doc.text, m.end) is not None
        and any(_number(c) == _number(p) for c in m.readings() for p in points)
        for m in count.mentions
    )


def _dong_understood(money: Group, vi: Group) -> bool:
    """Vietnamese leaves the dong unsaid after a large sum ("bán với giá 12 tỷ rưỡi"), and in
    the shorthand of prices ("trà chanh giá 15k"): a Vietnamese count of millions or more, or
    of thousands written with "k", agrees with the same sum in dong."""
    if vi.kind != "count" or money.value.unit != "VND":
        return False
    return any(
        isinstance(v, Amount)
        and v.unit is None
        and (v.scale >= 10**6 or (v.scale == 10**3 and m.text[-1:] in "kK"))
        and v.value == money.value.value
        for m in vi.mentions
        for v in m.readings()
    )


@cache
def _currency_names(lang: str) -> dict[str, re.Pattern[str]]:
    """Each currency's words in a language, as one whole-word pattern per ISO code."""
    words: dict[str, list[str]] = defaultdict(list)
    for word, code in get_language(lang).currency_words.items():
        words[code].append(word)
    return {
        code: re.compile(rf"(?<!\w)(?:{alternation(w)})(?!\w)", re.IGNORECASE) for code, w in words.items()
    }


def _currency_named(count: Group, money: Group) -> bool:
    """ "to support the rupiah, which has weakened to around 15,900 per dollar" against
    "khoảng 15.900 rupiah": a count is the sum of money of the same number where its own
    sentence names that currency."""
    value = money.value
    if count.kind != "count" or not isinstance(value, Amount) or value.unit is None:
        return False
    pattern = _currency_names(count.doc.lang).get(value.unit)
    if pattern is None:
        return False
    for m in count.mentions:
        number = m.value
        if not isinstance(number, Amount) or number.unit is not None or number.value != value.value:
            continue
        start, end = count.doc.sentence_bounds(m.start)
        if pattern.search(count.doc.text, start, end):
            return True
    return False


# Before a month read alone: "on" wants a day ("on Oct." is a date cut short), and a number
# is a day the reader could not take ("ngày 96 tháng 11" is no month named on its own).
_DAY_WANTED = re.compile(r"(?:\bon|\d)[\s\u00a0]*$", re.IGNORECASE)


def _a_month_alone(group: Group) -> bool:
    start = group.mentions[0].start
    return group.value.day is None and _DAY_WANTED.search(group.doc.text, max(0, start - 8), start) is None


def _same_month(a: Any, b: Any) -> bool:
    """Two dates in the same month, the year given by both or by one only."""
    years_agree = a.year == b.year or None in (a.year, b.year)
    return bool(a.month == b.month and a.lunar == b.lunar and years_agree)


def _day_in_one_version(lone_en: list[Group], lone_vi: list[Group]) -> list[tuple[Group, Group]]:
    """ "Shot dead on Dec. 4, 2024" against "bị bắn chết hồi tháng 12/2024", "sentenced on
    Jan. 14" against "vào giữa tháng 1": a lone date and a lone month at the same place,
    the date in that month, are one fact, the day left out by one version."""
    pairs = []
    for e in [g for g in lone_en if g.kind == "date"]:
        for v in [g for g in lone_vi if g.kind == "date"]:
            month, day = (e, v) if e.value.day is None else (v, e)
            if day.value.day is None or not _a_month_alone(month) or not _same_month(e.value, v.value):
                continue
            if _gap(e, v) <= NEARBY:
                pairs.append((e, v))
                lone_vi.remove(v)
                break
    for e, _ in pairs:
        lone_en.remove(e)
    return pairs


# "on the 13th", "from the 12th": an ordinal written as a day of the month
_DAY_OF_MONTH = re.compile(
    r"(?:on|from|to|until|till|by|since|before|after)[\s\u00a0]+the[\s\u00a0]+$", re.IGNORECASE
)
DAY_OF_MONTH = "a day of the month the sentence names, written as an ordinal"


def _days_as_ordinals(lone_en: list[Group], lone_vi: list[Group]) -> list[tuple[Group, Group]]:
    """ "with the main day on the 13th" against "ngày chính hội là 13 tháng Giêng": English
    names a day of a month already named by its ordinal alone; a lone date of that day at
    the same place in the other version is that day. (Written "on the 13th", never a bare
    "13th", which may be a rank.)"""
    pairs = []
    for e in [g for g in lone_en if g.kind == "ordinal" and isinstance(g.value, int) and 1 <= g.value <= 31]:
        text = e.doc.text
        if not all(
            m.text[:1].isdigit() and _DAY_OF_MONTH.search(text, max(0, m.start - 16), m.start)
            for m in e.mentions
        ):
            continue
        for v in [g for g in lone_vi if g.kind == "date" and g.value.day == e.value]:
            if any(_near(p, q) for p in e.places for q in v.places):
                pairs.append((e, v))
                lone_vi.remove(v)
                break
    for e, _ in pairs:
        lone_en.remove(e)
    return pairs


_BY_BEFORE = re.compile(r"(?<!\w)by[\s\u00a0]+$", re.IGNORECASE)


def _rise_by_a_share(multiple: Group, share: Group) -> bool:
    """ "prices have risen by half" against "tăng giá gấp rưỡi": a rise by a share is the
    multiple one plus that share (a multiple read as one, "gấp rưỡi" 1.5)."""
    from crosscheck.extract import MULTIPLE

    value, fraction = multiple.value, share.value
    if not isinstance(value, Amount) or all(m.note != MULTIPLE for m in multiple.mentions):
        return False
    mention = share.mentions[0]
    by = _BY_BEFORE.search(share.doc.text, max(0, mention.start - 8), mention.start)
    return by is not None and value.value == 1 + Decimal(fraction.numerator) / Decimal(fraction.denominator)


def _agree(en: Group, vi: Group, tier: int) -> str | None:
    """Why two groups state the same value at this tier of leniency, or None.

    Tier 0: the same kind and value. Tier 1: the same but for a qualifier that only one
    version has ("About 40,000" is "40.000"). Tier 2: the same number said as another
    kind: an ordinal as a bare number ("18th district" is "quận 18"), a clock time as
    hours ("3 p.m." is "15 giờ"), "thứ hai" as an ordinal. Two different qualifiers
    (khoảng against trên) never agree.
    """
    if tier < 2 and en.kind != vi.kind:
        return None
    if _per_other_unit(en, vi):
        return None  # (paired by `_per_unit_pairs`, converted)
    for e in en.mentions[0].readings():
        for m in vi.mentions:
            for v in m.readings():
                if tier == 0 and kinds.equal(en.kind, e, v):
                    return m.note
                if (
                    tier == 1
                    and en.kind == "date"
                    and None in (e.year, v.year)
                    and (e.month, e.day, e.lunar) == (v.month, v.day, v.lunar)
                ):
                    return "the year is stated in one version only"
                one_sided = None in (getattr(e, "qualifier", 0), getattr(v, "qualifier", 0))
                if tier == 1 and one_sided and kinds.equal(en.kind, _unqualified(e), _unqualified(v)):
                    return "a qualifier in one version only"
    if tier < 2:
        return None
    if {en.mentions[0].note, vi.mentions[0].note} & {NAME_NUMBER, LEVEL, LEVEL_WITH_SPEEDS, ONE_UNIT}:
        return None  # a name's number ("League One"), a wind level, "one metre": in no other role
    pair = {en.kind, vi.kind}
    e_value, v_value = en.value, vi.value
    if pair == {"time", "duration"}:
        clock = e_value if en.kind == "time" else v_value
        hours = v_value if vi.kind == "duration" else e_value
        if hours.unit == "hour" and clock.minutes == hours.value * 60:
            return "a clock time written as hours"
        # "6 giờ 18 phút" is 06:18 or six hours and eighteen minutes
        if hours.unit == "minute" and hours.value < 24 * 60 and clock.minutes == hours.value:
            return "hours and minutes read as a clock time"
    if pair == {"fraction", "percent"}:
        share, percent = (en, vi) if en.kind == "fraction" else (vi, en)
        if _fraction_as_percent(share, percent):
            return "a fraction written as a percentage"
    if pair == {"weekday", "ordinal"}:  # "thứ hai" is Monday and "second"
        weekday = en if en.kind == "weekday" else vi
        ordinal = vi if weekday is en else en
        text = weekday.mentions[0].text
        if text[:1].islower() and get_language(weekday.doc.lang).read_ordinal(text) == ordinal.value:
            return "read as an ordinal"
    if pair == {"count", "fraction"} and _rise_by_a_share(*((en, vi) if en.kind == "count" else (vi, en))):
        return "a rise by a share, said as a multiple"
    if pair == {"count", "percent"} and _points_of_a_percentage(
        *((en, vi) if en.kind == "count" else (vi, en))
    ):
        return "points, which the other version says are percentage points"
    if pair == {"money", "count"} and _dong_understood(en if en.kind == "money" else vi, vi):
        return "the dong understood: giá 12 tỷ is VND12 billion"
    if pair == {"money", "count"} and _currency_named(*((en, vi) if en.kind == "count" else (vi, en))):
        return "the currency named in the sentence of the count"
    if pair == {"money", "count"} and vi.kind == "money" and _opens_a_word(vi, en):
        return "a count of a word the currency's name opens (đồng phạm, đồng hồ)"
    if pair == {"money", "quantity"}:  # "150 pounds" is money or weight: 68 kg
        from crosscheck.units import same_measure

        money, measure = (e_value, v_value) if en.kind == "money" else (v_value, e_value)
        words = (en if en.kind == "money" else vi).mentions[0].text[-1:].isalpha()  # not "£150"
        if money.unit == "GBP" and words and same_measure(dataclasses.replace(money, unit="pound"), measure):
            return "pounds read as a weight"
    numeric = {"count", "ordinal", "duration", "quantity", "year"}
    same_number = _number(e_value) is not None and _number(e_value) == _number(v_value)
    if en.kind != vi.kind and pair <= numeric and same_number:
        return f"the same number, as {en.kind} and {vi.kind}"
    return None


_DIGIT_RUN = re.compile(r"\d+(?:[.,\u00a0]\d+)*")


def _confident(group: Group) -> bool:
    """Whether any mention of a group was read on positive evidence (`extract.on_evidence`)."""
    return any(on_evidence(m, group.doc) for m in group.mentions)


def _weak(group: Group) -> bool:
    return not _confident(group)


def _silent(group: Group) -> bool:
    """A reading kept only to agree with the other version ("the first half" as a
    half-year): alone it is most often something else (a match's half) and is not listed."""
    return all(m.note in (HALF_MAYBE_YEAR, NAME_NUMBER) for m in group.mentions)


def _written_numbers(text: str) -> set[float]:
    """Every number a text writes in digits, in either convention of separators."""
    numbers: set[float] = set()
    for run in _DIGIT_RUN.findall(text):
        for part in re.split(r"[^\d]", run):
            numbers.add(float(part))
        for decimal, group in ((".", ",\u00a0"), (",", ".\u00a0")):
            plain = run.translate({ord(c): None for c in group}).replace(decimal, ".")
            if plain.count(".") <= 1:
                numbers.add(float(plain))
    return numbers


def _numbers_by_place(doc: Document, mentions: list[Mention]) -> list[tuple[float, set[float]]]:
    """Where each mention (and each name holding digits, "Top-40") sits, with every number
    it states: in digits in either convention, or as its value."""
    from crosscheck.extract import NAME_WITH_DIGITS

    spans: list[tuple[int, set[float]]] = []
    for m in mentions:
        numbers = _written_numbers(m.text)
        for reading in m.readings():
            number = _number(reading)
            if isinstance(number, int | float | Decimal):
                numbers.add(float(number))
        spans.append((m.start, numbers))
    spans += [(n.start(), _written_numbers(n.group())) for n in NAME_WITH_DIGITS.finditer(doc.text)]
    return [(doc.place(at), numbers) for at, numbers in spans]


def _same_number_nearby(group: Group, other: list[tuple[float, set[float]]]) -> bool:
    """Whether the other version states this bare number at about the same place, in any
    role: "12.00" and "12 giờ", "820" in "328 to 820 feet", "6" in "six to nine percent"."""
    number, value = _number(group.value), group.value
    if group.kind != "count" or not isinstance(number, int | float | Decimal):
        return False
    if getattr(value, "qualifier", None) or getattr(value, "scale", 1) != 1:
        return False  # "about 20 million" states more than a number: its reading must agree
    return any(_near(place, p) and float(number) in numbers for place, numbers in other for p in group.places)


# What opens a conversion after a figure: a bracket, or a word that says "that is"
# ("2 tỷ USD (tương đương 50.000 tỷ đồng)", ", tức khoảng 16 km", ", or about $2 billion").
_THAT_IS = r"(?:tương\s+đương(?:\s+với)?|tức(?:\s+là)?|hay|or|equivalent\s+to|i\.e\.,?)\s+"
_CONVERSION_GAP = re.compile(rf"\s*(?:\(\s*(?:{_THAT_IS})?|,?\s*{_THAT_IS})", re.IGNORECASE)


def _conversion(group: Group, mentions: list[Mention]) -> bool:
    """Whether every mention is a bracketed conversion of the figure just before it,
    "20 mi (32 km)", "VND100 billion (US$4.3 million)", "VND2-3 million ($80-120)":
    translators often drop the conversion, which states no new fact; a span too, "72 tuần
    (khoảng 17 tháng)"."""
    if group.kind not in ("quantity", "money", "duration"):
        return False
    return all(_converts(m, group.kind, mentions, group.doc.text) for m in group.mentions)


def _rough_conversion(group: Group, mentions: list[Mention]) -> bool:
    """Whether every mention is a rough conversion, in brackets, of the measure just before
    it ("100 dặm (khoảng 170 km)", `rough_conversions`)."""
    from crosscheck.rough_conversions import rough_conversion

    return group.kind == "quantity" and all(
        rough_conversion(m, mentions, group.doc.text) for m in group.mentions
    )


_RANGE_GAP = re.compile(r"\s*(?:-|–|to|đến|tới)\s*")


def _converts(m: Mention, kind: str, mentions: list[Mention], text: str) -> bool:
    from crosscheck.figures import per_unit
    from crosscheck.units import converts

    before = [p for p in mentions if p.end <= m.start and p.kind == kind]
    if not before:
        return False
    gap = text[before[-1].end : m.start]
    if kind == "money" and (per := per_unit(text, before[-1].end)) is not None:
        gap = text[per[1] : m.start]  # "4,1 USD/pound (khoảng 9 USD/kg)"
    if re.fullmatch(r"\s*(?:-|–|to|đến|tới)\s*", gap):  # the far end of a bracketed range
        return _converts(before[-1], kind, mentions, text)
    if not _CONVERSION_GAP.fullmatch(gap):
        return False
    b = _unqualified(m.value)
    # "13-19 độ F (-10 đến -7 độ C)": a bracketed range converts the range before it
    ranged = len(before) > 1 and re.fullmatch(
        r"\s*(?:-|–|to|đến|tới)\s*", text[before[-2].end : before[-1].start]
    )
    if kind == "quantity" and ranged and converts(_unqualified(before[-2].value), b):
        return True
    a = _unqualified(before[-1].value)
    if kind == "money" and a.unit == b.unit:  # "4,1 USD/pound (khoảng 9 USD/kg)"
        return _per_unit_converts(before[-1], text, m, text)
    # money: "VND100 billion (US$4.3 million)", another currency at the day's rate
    return converts(a, b) if kind in ("quantity", "duration") else a.unit != b.unit


def _per_unit_converts(a: Mention, a_text: str, b: Mention, b_text: str) -> bool:
    """Whether two prices in one currency are one price per two units: "$4.10 a pound" is
    "9 USD/kg" (the unit each is per converted, the second rounded or cut at its written
    precision); a price per pound against the same figure per kilogram is not."""
    from crosscheck.figures import per_unit
    from crosscheck.units import converts

    x, y = _unqualified(a.value), _unqualified(b.value)
    per_a, per_b = per_unit(a_text, a.end), per_unit(b_text, b.end)
    if x.unit != y.unit or per_a is None or per_b is None or per_a[0] == per_b[0]:
        return False
    # (gold and silver are priced by the troy ounce: "$2,650 an ounce" is 85.2 USD a gram)
    return any(
        converts(dataclasses.replace(x, unit=f"1/{unit_a}"), dataclasses.replace(y, unit=f"1/{unit_b}"))
        for unit_a in _TROY.get(per_a[0], (per_a[0],))
        for unit_b in _TROY.get(per_b[0], (per_b[0],))
    )


_TROY = {"ounce": ("ounce", "troy_ounce")}


def _per_other_unit(en: Group, vi: Group) -> bool:
    """Whether two prices are per units that differ ("$4.10 a pound", "4,1 USD/kg"): then
    they agree only converted, never as the same figure."""
    from crosscheck.figures import per_unit

    if en.kind != "money" or vi.kind != "money":
        return False
    e, v = per_unit(en.doc.text, en.mentions[0].end), per_unit(vi.doc.text, vi.mentions[0].end)
    return e is not None and v is not None and e[0] != v[0]


def _converted_pairs(en: list[Group], vi: list[Group]) -> list[tuple[Group, Group]]:
    """Lone measures at about the same place, one the other converted and rounded to the
    precision it is written to, where a version says the figure is rounded: "about 430,000
    miles per hour" is "khoảng 690.000 km/h", "over 113 miles" "khoảng 180 km" (see
    `units.converts`; "30 yards" is still not "30 m")."""
    from crosscheck.units import converts

    pairs, used = [], set()
    for e in en:
        if e.kind != "quantity":
            continue
        for v in vi:
            if id(v) in used or v.kind != "quantity" or e.value.unit == v.value.unit or _gap(e, v) > NEARBY:
                continue
            if any(
                (a.value.qualifier or b.value.qualifier)
                and (
                    converts(_unqualified(a.value), _unqualified(b.value), differences=False)
                    or converts(_unqualified(b.value), _unqualified(a.value), differences=False)
                )
                for a in e.mentions
                for b in v.mentions
            ):
                used.add(id(v))
                pairs.append((e, v))
                break
    return pairs


# "more than 1m copies" is "hơn 1 triệu bản": British copy writes millions as a glued "m",
# which reads as metres too; the other version's count at the same place decides.
_GLUED_M = re.compile(r"\d(?:[.,]\d+)?m$")
MILLIONS = "a glued m read as millions, as the other version counts them"


def _metres_as_millions(en: list[Group], vi: list[Group]) -> list[tuple[Group, Group]]:
    """A lone English figure in metres written with a glued "m" ("1m", "2.5m") and a lone
    Vietnamese count of that many millions at the same place: one count."""
    pairs: list[tuple[Group, Group]] = []
    for e in en:
        if e.kind != "quantity" or e.value.unit != "meter" or e.value.scale != 1:
            continue
        if not all(_GLUED_M.search(m.text) for m in e.mentions):
            continue
        millions = e.value.number * 10**6
        for v in vi:
            if (
                v.kind == "count"
                and v.value.value == millions
                and _gap(e, v) <= NEARBY
                and v not in [p for _, p in pairs]
            ):
                pairs.append((e, v))
                break
    return pairs


def _per_unit_pairs(en: list[Group], vi: list[Group]) -> list[tuple[Group, Group]]:
    """Lone prices of one currency, one per pound and one per kilogram, that are the same
    price (`_per_unit_converts`), each group in one pair at most."""
    pairs, used = [], set()
    for e in en:
        if e.kind != "money":
            continue
        for v in vi:
            if id(v) in used or v.kind != "money":
                continue
            if any(_per_unit_converts(a, e.doc.text, b, v.doc.text) for a in e.mentions for b in v.mentions):
                used.add(id(v))
                pairs.append((e, v))
                break
    return pairs


def _converted_after(group: Group, mentions: list[Mention], lone: list[Group]) -> bool:
    """ "about 170 million miles (270 million km)" against "khoảng 270 triệu km": the
    translation kept the bracketed conversion and dropped the figure it converts. Only
    when that conversion itself found its counterpart (it is no longer lone). Money too:
    "HK$106.1bn ($13.6bn)" against "13,6 tỷ USD"."""
    if group.kind not in ("quantity", "money"):
        return False
    lone_mentions = {id(m) for g in lone for m in g.mentions}
    for m in group.mentions:
        after = [p for p in mentions if p.start >= m.end and p.kind == group.kind]
        if not after or id(after[0]) in lone_mentions:
            return False
        if not _converts(after[0], group.kind, mentions, group.doc.text):
            return False
        if group.kind == "quantity" and not _converts_figure(m, after, group.doc.text):
            return False  # (the bracket converts the range before it, not this figure)
    return True


def _converts_figure(m: Mention, after: list[Mention], text: str) -> bool:
    """Whether the bracketed conversion after a figure converts that figure: the first
    member of the bracket, or its far end after a range's far end ("100 to 250 meters (328
    to 820 feet)": 820 feet converts 250 meters, and 350 meters is converted by neither)."""
    from crosscheck.units import converts

    ends = after[:1]
    if len(after) > 1 and _RANGE_GAP.fullmatch(text, after[0].end, after[1].start):
        ends.append(after[1])
    return any(converts(_unqualified(m.value), _unqualified(e.value)) for e in ends)


def _surplus(row: Row) -> tuple[str, list[Mention]] | None:
    """The mentions one version states more often than the other, farthest from the
    other version's first: where an edit in one place only would be."""
    en, vi = row.en, row.vi
    if row.status != "consistent" or en is None or vi is None or en.kind != vi.kind or not _confident(en):
        return None
    extra = len(en.mentions) - len(vi.mentions)
    if extra == 0:
        return None
    more, fewer = (en, vi) if extra > 0 else (vi, en)
    far = sorted(zip(more.places, more.mentions, strict=True),
                 key=lambda pm: -min(abs(pm[0] - q) for q in fewer.places))  # fmt: skip
    return more.doc.lang, [m for _, m in far[: abs(extra)]]


def _against_direction(row: Row) -> Row:
    """A value both versions state, changing one way in one and the other way in the other
    ("fell 4%" against "tăng 4%"): a discrepancy of the fact, not of the figure."""
    en, vi = row.en, row.vi
    if row.status != "consistent" or en is None or vi is None or row.kind not in CHANGED_KINDS:
        return row
    if opposite((en.doc, en.mentions), (vi.doc, vi.mentions)):
        return Row(row.kind, "discrepancy", en, vi, OPPOSITE)
    return row


def _against_bounds(row: Row) -> Row:
    """A figure both versions state, a floor in one and a cap in the other ("4.0 or above"
    against "từ 4.0 trở xuống", `bounds`): a discrepancy of the fact, not of the figure."""
    from crosscheck.bounds import FLOOR_AGAINST_CAP, opposite_bounds

    en, vi = row.en, row.vi
    if row.status != "consistent" or en is None or vi is None or not isinstance(en.value, Amount):
        return row
    if opposite_bounds((en.doc.text, en.mentions), (vi.doc.text, vi.mentions)):
        return Row(row.kind, "discrepancy", en, vi, FLOOR_AGAINST_CAP)
    return row


def _qualified_fractions(en: list[Group], vi: list[Group]) -> list[tuple[Group, Group]]:
    """Lone spelled fractions at about the same place, each after a word of rough size and
    of another value ("about a quarter" against "khoảng một phần ba", `qualified_fractions`)."""
    from crosscheck.qualified_fractions import qualified

    def rough(groups: list[Group]) -> list[Group]:
        return [
            g
            for g in groups
            if g.kind == "fraction" and all(qualified(m, g.doc.text, g.doc.lang) for m in g.mentions)
        ]

    pairs, used = [], set()
    for e in rough(en):
        for v in rough(vi) if e.kind == "fraction" else []:
            if id(v) not in used and e.value != v.value and _gap(e, v) <= NEARBY:
                used.add(id(v))
                pairs.append((e, v))
                break
    return pairs


def _swapped_repeats(rows: list[Row]) -> list[Row]:
    """A value stated once more in one version, and another value of the same kind once
    more in the other, at the same place: an edit made in one version only, where both
    values also appear elsewhere ("Monday and Tuesday", then "late Monday" made "Tuesday")."""
    surplus: dict[str, list[tuple[Row, Mention]]] = {"en": [], "vi": []}
    for row in rows:
        found = _surplus(row)
        if found is not None:
            surplus[found[0]] += [(row, m) for m in found[1]]
    out: list[Row] = []
    used: set[int] = set()
    for en_row, e in surplus["en"]:
        assert en_row.en is not None
        e_group = Group(e.kind, [e], en_row.en.doc)
        for vi_row, v in surplus["vi"]:
            assert vi_row.vi is not None
            if id(v) in used or vi_row is en_row or e.kind != v.kind:
                continue
            v_group = Group(v.kind, [v], vi_row.vi.doc)
            if abs(e_group.places[0] - v_group.places[0]) > NEARBY:
                continue
            if _agree(e_group, v_group, 0) is not None or _agree(e_group, v_group, 1) is not None:
                continue  # one value said two ways (with and without "about")
            used.add(id(v))
            out.append(Row(e.kind, "discrepancy", e_group, v_group,
                           "each value is stated once more in one version, at the same place"))  # fmt: skip
            break
    return out


def _span_as_years(group: Group, other: list[Mention]) -> bool:
    """ "from the 1950s to 2011" against "từ năm 1950 đến 2011": a span agrees with the
    other version's two end years, and a year with a span that ends on it."""
    if group.kind == "period":
        years = {m.value for m in other if m.kind == "year"}
        return all(end in years for end in group.value)
    if group.kind == "year":
        return any(group.value in m.value for m in other if m.kind == "period")
    return False


def _counted_lists(lone_en: list[Group], lone_vi: list[Group], en: Document, vi: Document) -> list[Row]:
    """ "3 tỉnh Lâm Đồng, Đắk Nông và Bình Thuận" against "Lam Dong, Dak Nong and Binh
    Thuan": a lone count of the names its own version lists after it, where the other
    version lists as many at about the same place (`counted_lists`)."""
    rows = []
    for lone, own, other in ((lone_en, en, vi), (lone_vi, vi, en)):
        counts = [
            g
            for g in lone
            if g.kind == "count"
            and isinstance(g.value, Amount)
            and g.value.scale == 1
            and g.value.qualifier is None
            and g.value.number in range(2, 13)
        ]
        lengths = list_lengths(other) if counts else []
        for g in counts:
            n = int(g.value.number)
            listed = any(lists_own(own, m, n) for m in g.mentions)
            if listed and any(k == n and _near(p, q) for q, k in lengths for p in g.places):
                lone.remove(g)
                rows.append(_alone(g, "consistent", LIST_COUNTED))
    return rows


def _rates_in_sentence(en: list[Group], vi: list[Group]) -> list[tuple[Group, Group]]:
    """Lone quantities at about the same place where one is a rate ("300 tonnes a year")
    and the other the same figure in a sentence that says per that unit of time ("Mỗi
    năm, ... 300 tấn"): see `sentence_rates`."""
    pairs: list[tuple[Group, Group]] = []
    for e in [g for g in en if g.kind == "quantity"]:
        for v in [g for g in vi if g.kind == "quantity" and all(g is not p[1] for p in pairs)]:
            near = any(_near(p, q) for p in e.places for q in v.places)
            if near and any(
                same_rate(a.value, b.value, b, bare.doc)
                for rate, bare in ((e, v), (v, e))
                for a in rate.mentions
                for b in bare.mentions
            ):
                pairs.append((e, v))
                break
    return pairs


def _rounded_pairs(en: list[Group], vi: list[Group]) -> list[tuple[Group, Group]]:
    """Lone groups of one kind where one states the other rounded ("VND1.97 quadrillion",
    "1.966.839 tỷ đồng"; see `rounding`), each group in one pair at most. Only groups left
    lone: a rounding never takes a figure that another states exactly."""
    pairs, used = [], set()
    for e in en:
        if e.kind not in ROUNDED_KINDS:
            continue
        for v in vi:
            if id(v) in used or v.kind != e.kind:
                continue
            if any(either_rounded(a.value, b.value) for a in e.mentions for b in v.mentions):
                used.add(id(v))
                pairs.append((e, v))
                break
    return pairs


def _rounded_throughout(en: list[Group], vi: list[Group]) -> list[tuple[Group, Group]]:
    """Lone pairs, in text order, where one version rounds each figure the other states
    (`rounded_throughout`): all of them when at least three round alike in one version,
    else none."""
    from crosscheck.rounded_throughout import KINDS, LEAST, side

    pairs, sides, used = [], set(), set()
    for e in en:
        if e.kind not in KINDS or len(e.mentions) != 1:
            continue
        for v in vi:
            if id(v) in used or v.kind != e.kind or len(v.mentions) != 1:
                continue
            rounded = side(e.value, v.value)
            if rounded is not None:
                used.add(id(v))
                pairs.append((e, v))
                sides.add(rounded)
                break
    return pairs if len(pairs) >= LEAST and len(sides) == 1 else []


def _derived_shares(
    en: list[Group], vi: list[Group], mentions: dict[str, list[Mention]]
) -> list[tuple[Group, Group]]:
    """Lone percentages, one in each version, that both follow from one change and one
    level both sentences state ("fell 21.37 points, or 1.3%, to 1,633.18" against "giảm
    21,37 điểm (1,29%) xuống 1.633,18 điểm"; see `derived_shares`)."""
    pairs: list[tuple[Group, Group]] = []
    shares = {"en": [g for g in en if g.kind == "percent"], "vi": [g for g in vi if g.kind == "percent"]}
    if not (shares["en"] and shares["vi"]):
        return pairs
    bases = {
        id(g): set.intersection(*(derived_from(g.doc, m, mentions[g.doc.lang]) for m in g.mentions))
        for g in shares["en"] + shares["vi"]
    }
    used: set[int] = set()
    for e in shares["en"]:
        for v in shares["vi"]:
            if id(v) not in used and bases[id(e)] & bases[id(v)]:
                used.add(id(v))
                pairs.append((e, v))
                break
    return pairs


_BESIDE = re.compile(r"[\s\u00a0]*,?[\s\u00a0]*(?:\(|the[\s\u00a0]+)?")


def _date_beside(weekday: Group, own: list[Group]) -> Any:
    """The date a weekday is written beside in its own version ("Saturday, Nov. 28",
    "thứ Bảy, 28/11"), if any."""
    text = weekday.doc.text
    for mention in weekday.mentions:
        for g in own:
            if g.kind != "date" or g.value.day is None:
                continue
            if any(
                _BESIDE.fullmatch(text, mention.end, m.start) for m in g.mentions if m.start >= mention.end
            ):
                return g.value
    return None


def _names_a_holiday(group: Group) -> bool:
    return all(m.note == HOLIDAY for m in group.mentions)


def _weekdays_as_dates(
    lone_en: list[Group], lone_vi: list[Group], en: list[Group], vi: list[Group]
) -> list[Row]:
    """ "Police on Tuesday arrested ..." against "Ngày 12/11, công an bắt ...": an English
    edition names the day by its weekday where the Vietnamese gives its date, and the other
    way round. A weekday pairs with the nearest date of a day the other version gives (a
    lone one first): consistent when the date falls on it, a discrepancy when it does not,
    and for review when the year is unknown and the two cannot be checked."""
    rows = []
    for lone, other_lone, own, others in ((lone_en, lone_vi, en, vi), (lone_vi, lone_en, vi, en)):
        for weekday in [g for g in lone if g.kind == "weekday"]:
            days = [g for g in others if g.kind == "date" and g.value.day is not None]
            # "died on Saturday, Nov. 28": a weekday written beside its own date is that
            # date's, and only the other version's same day can be its counterpart
            beside = _date_beside(weekday, own)
            if beside is not None:
                days = [g for g in days if (g.value.month, g.value.day) == (beside.month, beside.day)]
                # (the same day of two years, a birth and a death: any that agrees is its own)
                days = [g for g in days if falls_on(weekday.value, g.value)] or days
            # (a date that names a holiday, "Quốc khánh 2/9", is the holiday's name, not the
            # day an event falls on: the weekday takes another date first, if there is one)
            near = [
                (g not in other_lone, _names_a_holiday(g), _gap(weekday, g), i, g) for i, g in enumerate(days)
            ]
            near = [c for c in near if c[2] <= NEARBY]
            if not near:
                continue
            day = min(near)[4]
            lone.remove(weekday)
            if day in other_lone:
                other_lone.remove(day)
            rows.append(_weekday_row(weekday, day, lone is lone_en))
    return rows


def _weekday_row(weekday: Group, day: Group, weekday_in_en: bool) -> Row:
    """The row of a weekday checked against a date in the other version: consistent where
    the date falls on it, a discrepancy where it does not, review where the year is unknown."""
    falls = falls_on(weekday.value, day.value)
    status = {True: "consistent", False: "discrepancy", None: "review"}[falls]
    pair = (weekday, day) if weekday_in_en else (day, weekday)
    return Row("weekday", status, *pair, WEEKDAY_NOTES[falls])


def _statement_weekdays(lone_en: list[Group], lone_vi: list[Group]) -> list[Row]:
    """ "..., the association said on Friday" against "Ngày 21/11, Hiệp hội ... cho biết":
    one statement's day at the two ends of a paragraph, each dating the statement by its
    grammar; the only such weekday and the only such date are checked against each other
    wherever they sit (`statement_dates`)."""
    from crosscheck.statement_dates import statement_day

    rows = []
    for lone, other_lone in ((lone_en, lone_vi), (lone_vi, lone_en)):
        weekdays = [g for g in lone if g.kind == "weekday" and statement_day(g.mentions, g.doc, True)]
        if len(weekdays) != 1:
            continue
        days = [g for g in other_lone if g.kind == "date" and g.value.day is not None]
        days = [g for g in days if statement_day(g.mentions, g.doc, False)]
        if len(days) != 1:
            continue
        weekday, day = weekdays[0], days[0]
        lone.remove(weekday)
        other_lone.remove(day)
        rows.append(_weekday_row(weekday, day, lone is lone_en))
    return rows


def _relative_days(
    lone_en: list[Group],
    lone_vi: list[Group],
    en: Document,
    vi: Document,
    read: dict[str, list[Mention]] | None = None,
) -> list[Row]:
    """ "Police arrested him last week" against "Ngày 5/11, công an bắt ...": a day the
    other version names from the story's own day ("yesterday", "hôm qua") cannot be checked
    against a date without the dateline; nor a year named from the story's year ("next
    year" against "năm 2027"), nor a month from the story's month ("in early November"
    against "vào đầu tháng này"). Listed for review, never flagged."""
    rows = []
    for lone, own, other in ((lone_en, en, vi), (lone_vi, vi, en)):
        # (dates only: a weekday swapped for the next day must still flag where the other
        # version says "today" somewhere near)
        days = [g for g in lone if g.kind == "date" and g.value.day is not None]
        months = [g for g in lone if g.kind == "date" and g.value.day is None and not g.value.lunar]
        # (and a school year or season across two years: "năm học 2025-2026" is "this school year")
        years = [g for g in lone if g.kind == "year" or _across_two_years(g)]
        for found, table, note in (
            (days, "relative_days", RELATIVE_DAY),
            (months, "relative_months", RELATIVE_MONTH),
        ):
            places = relative_day_places(other, table) if found else []
            if table == "relative_months" and places and read is not None:
                # ("so với tháng trước" after "tháng 11" is October, read as such: no month
                # from the story's month, and it checks the month against it)
                based = [
                    other.place(m.start) for m in read[other.lang] if m.note in (MONTH_BEFORE, YEAR_START)
                ]
                places = [q for q in places if not any(_near(q, b) for b in based)]
            # (a month, only where its own version names none from its own there too)
            mine = relative_day_places(own, table) if found and table != "relative_days" else []
            for g in found:
                near = any(_near(p, q) for p in g.places for q in places)
                if near and not any(_near(p, q) for p in g.places for q in mine):
                    lone.remove(g)
                    rows.append(_alone(g, "review", note))
        # A year, only for a year named from the story's that its own version does not
        # name the same way there too: "in 2014 ... next year" in both states the year
        # twice and its edit flags; "năm 2026 ... năm nay" against "next year ... this
        # year" renders "next year" alone as 2026.
        their_years = relative_year_offsets(other) if years else []
        own_years = relative_year_offsets(own) if years else []
        for g in years:
            named = {o for q, o in their_years if any(_near(p, q) for p in g.places)}
            said = {o for q, o in own_years if any(_near(p, q) for p in g.places)}
            if named - said:
                lone.remove(g)
                rows.append(_alone(g, "review", RELATIVE_YEAR))
    return rows


def _across_two_years(group: Group) -> bool:
    value = group.value
    return group.kind == "period" and isinstance(value, tuple) and value[1] - value[0] == 1


def _statement_days(
    lone_en: list[Group],
    lone_vi: list[Group],
    groups: tuple[list[Group], list[Group]],
    docs: tuple[Document, Document],
) -> list[Row]:
    """ "..., the General Statistics Office said on Sunday" against "Tổng cục Thống kê cho
    biết ...": wire style dates a statement by its weekday where the other version reports
    the same statement and leaves its day to the dateline. A lone weekday beside a verb of
    saying, with a verb of saying and no day (a weekday or a date) at its place in the
    other version, is listed for review, never flagged."""
    rows = []
    for lone, others, other in ((lone_en, groups[1], docs[1]), (lone_vi, groups[0], docs[0])):
        weekdays = [g for g in lone if g.kind == "weekday"]
        weekdays = [g for g in weekdays if all(dates_a_statement(g.doc, m) for m in g.mentions)]
        if not weekdays:
            continue
        said = saying_places(other)
        days = [g for g in others if g.kind == "weekday" or (g.kind == "date" and g.value.day is not None)]
        for g in weekdays:
            if any(_near(p, q) for p in g.places for q in said) and not any(
                _gap(g, d) <= NEARBY for d in days
            ):
                lone.remove(g)
                rows.append(_alone(g, "review", STATEMENT_DAY))
    return rows


ASIDE = "a figure one version adds in brackets, where the other has none: not in the other to check"
_OPEN, _CLOSE = re.compile(r"[(\[]"), re.compile(r"[)\]]")


def _inside_brackets(doc: Document, start: int, end: int) -> bool:
    """Whether a stretch of text stands between a bracket and its close, in one sentence."""
    sentence_start, sentence_end = doc.sentence_bounds(start)
    before, after = doc.text[sentence_start:start], doc.text[end:sentence_end]
    opened = before.rfind("(") > before.rfind(")") or before.rfind("[") > before.rfind("]")
    close = _CLOSE.search(after)
    reopen = _OPEN.search(after)
    return opened and close is not None and (reopen is None or close.start() < reopen.start())


def _bracketed_asides(
    lone_en: list[Group],
    lone_vi: list[Group],
    mentions: dict[str, list[Mention]],
    docs: tuple[Document, Document],
) -> list[Row]:
    """ "... than the 2024 total" against "... vượt cả tổng số của năm 2024 (36.816 người)":
    a translator's aside in brackets (a figure recalled, an explanation) adds a fact the
    other version does not state. A lone figure (not a year: "(2026)" restates a year's
    name) whose every mention stands in brackets that restate no figure before them, where
    the other version opens no bracket at that place, is listed for review. A bracket
    opened just after a figure of its kind restates it ("1,200 km (845 miles)", "1,50
    USD/pound (khoảng 3,31 USD/kg)") and is checked as a conversion, as before."""
    rows = []
    for lone, own, other in ((lone_en, docs[0], docs[1]), (lone_vi, docs[1], docs[0])):
        asides = [
            g
            for g in lone
            if g.kind != "year"
            and all(
                _inside_brackets(own, m.start, m.end) and not _restates(own, m, mentions[own.lang])
                for m in g.mentions
            )
        ]
        opened = [other.place(b.start()) for b in _OPEN.finditer(other.text)] if asides else []
        for g in asides:
            if not any(_near(p, q) for p in g.places for q in opened):
                lone.remove(g)
                rows.append(_alone(g, "review", ASIDE))
    return rows


_MEASURES = frozenset({"money", "quantity"})
_CLAUSE_END = re.compile(r"[,;.!?]")


def _restates(doc: Document, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether the bracket around a mention opens just after a figure of its kind (a few
    characters of its unit between, no clause's end): a conversion or restatement of it."""
    at = max(doc.text.rfind("(", 0, mention.start), doc.text.rfind("[", 0, mention.start))
    for m in mentions:
        gap = doc.text[m.end : at] if m.end <= at else None
        if gap is None or len(gap) > 12 or _CLAUSE_END.search(gap):
            continue
        if m.kind == mention.kind or {m.kind, mention.kind} <= _MEASURES:
            return True
    return False


def _festival_days(lone_en: list[Group], lone_vi: list[Group], en: Document, vi: Document) -> list[Row]:
    """ "On the night of the Mid-Autumn Festival" against "tức rằm tháng Tám": a lunar day
    the other version names by its festival at the same place is that day."""
    rows = []
    for lone, other in ((lone_en, vi), (lone_vi, en)):
        lunar = [g for g in lone if g.kind == "date" and g.value.lunar and g.value.day is not None]
        named = festival_days(other) if lunar else []
        for g in lunar:
            if any(
                (g.value.month, g.value.day) == day and any(_near(p, q) for p in g.places) for q, day in named
            ):
                lone.remove(g)
                rows.append(_alone(g, "consistent", FESTIVAL))
    return rows


def _match_minutes(lone_en: list[Group], lone_vi: list[Group]) -> list[tuple[Group, Group]]:
    """ "Equalized ten minutes after the break" against "gỡ hòa ở phút 55": minutes a version
    counts from the break or the end agree with the match minute the other writes as such
    ("phút 55", "the 55th minute") at the same place. Pairs of (EN, VI) groups."""
    pairs: list[tuple[Group, Group]] = []
    for lone, other in ((lone_en, lone_vi), (lone_vi, lone_en)):
        for g in [g for g in lone if g.kind == "duration"]:
            minute = match_minute(g.mentions[0], g.doc.text, g.doc.lang)
            partner = next(
                (
                    h
                    for h in other
                    if minute is not None
                    and h.kind in ("count", "ordinal")
                    and _number(h.value) == minute
                    and all(marked_as_minute(m, h.doc.text, h.doc.lang) for m in h.mentions)
                    and any(_near(p, q) for p in g.places for q in h.places)
                ),
                None,
            )
            if partner is not None and not any(partner in pair or g in pair for pair in pairs):
                pairs.append((g, partner) if lone is lone_en else (partner, g))
    return pairs


def _occasions_left_out(
    lone_en: list[Group],
    lone_vi: list[Group],
    en_groups: list[Group],
    vi_groups: list[Group],
    matched: list[Row],
) -> list[Row]:
    """ "HCMC's Ao Dai Festival will open" against "Lễ hội Áo dài TP.HCM lần thứ 12 khai
    mạc": a lone number of an occasion (its edition, round, term, anniversary) is listed for
    review, where the other version numbers no other occasion at that place, lone or matched
    to a figure of another role ("the 13th edition" against "lần thứ 12" still flags,
    whatever kinds they were read as, and "round 3" against "vòng 2" where a score's 2 took
    the 2); an occasion matched to an occasion ("the 49th session", "phiên họp thứ 49") is
    no other."""

    def numbered(group: Group) -> bool:
        return any(occasion_number(m, group.doc.text, group.doc.lang) for m in group.mentions)

    mine = {
        lang: [g for g in lone if all(occasion_number(m, g.doc.text, g.doc.lang) for m in g.mentions)]
        for lang, lone in (("en", lone_en), ("vi", lone_vi))
    }
    if not mine["en"] and not mine["vi"]:
        return []
    paired = {
        id(g)
        for r in matched
        if r.en is not None and r.vi is not None and numbered(r.en) and numbered(r.vi)
        for g in (r.en, r.vi)
    }
    rows = []
    for lone, other, lang in ((lone_en, vi_groups, "en"), (lone_vi, en_groups, "vi")):
        theirs = [h for h in other if mine[lang] and id(h) not in paired and numbered(h)]
        for g in mine[lang]:
            if not any(_near(p, q) for h in theirs for p in g.places for q in h.places):
                lone.remove(g)
                rows.append(_alone(g, "review", OCCASION))
    return rows


def _window_starts(lone_en: list[Group], lone_vi: list[Group], en: list[Group], vi: list[Group]) -> list[Row]:
    """ "In the 24 hours to 7 p.m. on October 27" against "từ 19h ngày 26/10 đến 19h ngày
    27/10": a lone date that is the first day of a window the other version counts back
    from its end, at the same place (`counted_windows`); the window's duration, lone, is
    what the two days tell."""
    rows = []
    for lone, other_lone, others in ((lone_en, lone_vi, vi), (lone_vi, lone_en, en)):
        dates = [g for g in lone if g.kind == "date" and g.value.day is not None and not g.value.lunar]
        if not dates or not others:
            continue
        starts = window_starts(others[0].doc, (m for g in others for m in g.mentions))
        for g in dates:
            day = (g.value.month, g.value.day)
            opened = [m for q, first, m in starts if day in first and any(_near(p, q) for p in g.places)]
            if not opened:
                continue
            lone.remove(g)
            rows.append(_alone(g, "consistent", WINDOW_START))
            for d in [d for d in other_lone if any(m in d.mentions for m in opened)]:
                other_lone.remove(d)
                rows.append(_alone(d, "consistent", WINDOW_START))
    return rows


def _inside_decades(
    lone_en: list[Group], lone_vi: list[Group], en: list[Group], vi: list[Group]
) -> list[Row]:
    """ "A standout student in the 1970s" against "học trò ... khóa 1970-1978": a lone span
    of years inside a decade the other version names at the same place, and the decade,
    lone, that a span of the other version tells exactly (`decades`). Spans only: a lone
    single year beside a decade is as often a year edited ("in 1978" for "1977") as one
    the decade generalises, and it still flags."""
    rows = []
    for lone, own, others in ((lone_en, en, vi), (lone_vi, vi, en)):
        spans = [g for g in lone if g.kind == "period"]
        own_decades = [g for g in lone if g.kind == "year" and own and decades(own[0].doc, g.mentions)]
        told = [g for g in others if g.kind == "period"]
        named = decades(others[0].doc, (m for g in others for m in g.mentions)) if spans and others else []
        for g in spans:
            if any(inside(g.value, d) and any(_near(p, q) for p in g.places) for q, d in named):
                lone.remove(g)
                rows.append(_alone(g, "consistent", IN_THE_DECADE))
        for g in own_decades:
            if any(inside(t.value, g.value) and _gap(g, t) <= NEARBY for t in told):
                lone.remove(g)
                rows.append(_alone(g, "consistent", IN_THE_DECADE))
    return rows


def _digit_ones(lone: list[Group]) -> list[Group]:
    """Lone counts of one written in digits with no qualifier: the "1" that the other
    version may say with a word ("each", "một") instead of a figure."""
    return [
        g
        for g in lone
        if g.kind == "count"
        and isinstance(g.value, Amount)
        and g.value.value == 1
        and g.value.qualifier is None
        and all(m.text.isdigit() for m in g.mentions)
    ]


def _one_as_each(lone_en: list[Group], lone_vi: list[Group], en: Document, vi: Document) -> list[Row]:
    """ "Nearly two candidates for each seat" against "gần 2 người để chọn 1": a lone count of
    one, written in digits with no qualifier, agrees with a word that distributes over a
    thing at the same place in the other version."""
    rows = []
    for lone, other in ((lone_en, vi), (lone_vi, en)):
        ones = _digit_ones(lone)
        places = each_places(other) if ones else []
        for g in ones:
            if any(_near(p, q) for p in g.places for q in places):
                lone.remove(g)
                rows.append(_alone(g, "consistent", ONE_EACH))
    return rows


def _weekend_days(lone_en: list[Group], lone_vi: list[Group], en: Document, vi: Document) -> list[Row]:
    """ "Over its first weekend" against "trong hai ngày cuối tuần đầu tiên": a lone duration
    of the weekend's two days, the weekend word after it, agrees with a weekend the other
    version names at the same place."""
    rows = []
    for lone, other in ((lone_en, vi), (lone_vi, en)):
        days = [
            g
            for g in lone
            if g.kind == "duration" and all(weekend_length(m, g.doc.text, g.doc.lang) for m in g.mentions)
        ]
        places = weekend_places(other) if days else []
        for g in days:
            if any(_near(p, q) for p in g.places for q in places):
                lone.remove(g)
                rows.append(_alone(g, "consistent", WEEKEND))
    return rows


def _weekend_dates(lone_en: list[Group], lone_vi: list[Group], en: Document, vi: Document) -> list[Row]:
    """ "Held over the weekend" against "trong hai ngày 18-19/10": lone dates, one day or two
    in a row, at the place of a weekend the other version names (`weekend_dates`):
    consistent on a Saturday and Sunday, for review without the year."""
    from crosscheck.weekend_dates import WEEKEND_DATES, WEEKEND_DATES_UNCHECKED, a_weekend

    rows = []
    for lone, other in ((lone_en, vi), (lone_vi, en)):
        days = [g for g in lone if g.kind == "date" and g.value.day is not None and not g.value.lunar]
        places = weekend_places(other) if days else []
        near = [g for g in days if all(any(_near(p, q) for q in places) for p in g.places)]
        weekend = a_weekend([g.value for g in near]) if near else False
        if weekend is False:
            continue
        for g in near:
            lone.remove(g)
            rows.append(
                _alone(
                    g,
                    "consistent" if weekend else "review",
                    WEEKEND_DATES if weekend else WEEKEND_DATES_UNCHECKED,
                )
            )
    return rows


def _one_spelled(
    lone_en: list[Group],
    lone_vi: list[Group],
    docs: tuple[Document, Document],
    mentions: dict[str, list[Mention]],
) -> list[Row]:
    """ "Killed one worker" against "làm 1 công nhân tử vong": a lone count of one, in digits
    with no qualifier, agrees with the word for one the other version spells, unread, at
    the same place."""
    rows = []
    for lone, other in ((lone_en, docs[1]), (lone_vi, docs[0])):
        ones = _digit_ones(lone)
        places = spelled_one_places(other, mentions[other.lang]) if ones else []
        for g in ones:
            if any(_near(p, q) for p in g.places for q in places):
                lone.remove(g)
                rows.append(_alone(g, "consistent", ONE_SPELLED))
    return rows


def _periods_referred(lone_en: list[Group], lone_vi: list[Group], en: Document, vi: Document) -> list[Row]:
    """ "Exports rose 14.6% in the quarter" against "xuất khẩu quý I": a lone period (months,
    years, a quarter) the other version only refers to at the same place, by a reference as
    long or of any length, is listed for review; six months it names as the first half
    ("first-half deliveries" against "6 tháng đầu năm") agree."""
    rows = []
    for lone, other in ((lone_en, vi), (lone_vi, en)):
        periods = [(g, months) for g in lone if (months := period_months(g.mentions[0])) is not None]
        if not periods:
            continue
        references, halves = reference_places(other), first_half_places(other)
        for g, months in periods:
            if any(_near(p, q) for p in g.places for q in halves) and all(
                first_six_months(m, g.doc.text) for m in g.mentions
            ):
                lone.remove(g)
                rows.append(_alone(g, "consistent", FIRST_HALF))
            elif any(length in (0, months) and _near(p, q) for p in g.places for q, length in references):
                lone.remove(g)
                rows.append(_alone(g, "review", REFERRED))
    return rows


def _said_in_round_words(lone_en: list[Group], lone_vi: list[Group], en: Document, vi: Document) -> list[Row]:
    """ "Dozens of people were injured" against "23 người bị thương": a lone count agrees
    with round words at the same place in the other version whose span holds it."""
    rows = []
    for lone, other in ((lone_en, vi), (lone_vi, en)):
        counts = [g for g in lone if g.kind == "count" and isinstance(g.value, Amount)]
        if not counts:
            continue
        words = round_counts(other)
        for g in counts:
            number = g.value.value
            if any(low <= number <= high and any(_near(p, q) for p in g.places) for q, low, high in words):
                lone.remove(g)
                rows.append(_alone(g, "consistent", ROUND_WORDS))
    return rows


def _spans_in_round_words(
    lone_en: list[Group], lone_vi: list[Group], en: Document, vi: Document
) -> list[Row]:
    """ "seven years late" against "chậm nhiều năm": a lone span agrees with round words of
    its unit at the same place in the other version that allow its number (`vague_spans`)."""
    from crosscheck.vague_spans import SPAN_WORDS, round_spans

    rows = []
    for lone, other in ((lone_en, vi), (lone_vi, en)):
        spans = [
            g for g in lone if g.kind == "duration" and isinstance(g.value, Amount) and not g.value.qualifier
        ]
        words = round_spans(other) if spans else []
        for g in spans:
            number, unit = g.value.value, g.value.unit
            if any(
                u == unit and low <= number <= high and any(_near(p, q) for p in g.places)
                for q, u, low, high in words
            ):
                lone.remove(g)
                rows.append(_alone(g, "consistent", SPAN_WORDS))
    return rows


def _spans_as_one_unit(
    lone_en: list[Group],
    lone_vi: list[Group],
    docs: tuple[Document, Document],
    mentions: dict[str, list[Mention]],
) -> list[Row]:
    """ "khoảng 7 ngày" against "about a week": a lone span that is exactly one of a unit the
    other version names after "a"/"one"/"một" at the same place agrees (`one_unit_spans`)."""
    from crosscheck.one_unit_spans import ONE_OF_A_UNIT, is_one, one_unit_spans

    rows = []
    for lone, other in ((lone_en, docs[1]), (lone_vi, docs[0])):
        spans = [g for g in lone if g.kind == "duration"]
        words = one_unit_spans(other, mentions[other.lang]) if spans else []
        for g in spans:
            if any(is_one(g.value, unit) and any(_near(p, q) for p in g.places) for q, unit in words):
                lone.remove(g)
                rows.append(_alone(g, "consistent", ONE_OF_A_UNIT))
    return rows


def _years_of_dates(
    lone_en: list[Group], lone_vi: list[Group], en_groups: list[Group], vi_groups: list[Group]
) -> list[Row]:
    """ "the Southern Uprising of 1940" against "(23-11-1940 – 23-11-2026)": a lone year agrees
    with a date of that year at the same place in the other version, when its own version
    writes no date of that year (else that date is the year's counterpart, and a year edited
    beside it must still flag)."""
    rows = []
    for lone, own, others in ((lone_en, en_groups, vi_groups), (lone_vi, vi_groups, en_groups)):
        for g in [g for g in lone if g.kind == "year" and isinstance(g.value, int)]:
            if any(h.kind == "date" and getattr(h.value, "year", None) == g.value for h in own):
                continue
            dated = [h for h in others if h.kind == "date" and getattr(h.value, "year", None) == g.value]
            if any(_near(p, q) for h in dated for p in g.places for q in h.places):
                lone.remove(g)
                rows.append(_alone(g, "consistent", "the year of a date the other version writes"))
    return rows


def _a_hundred_percent(value: Any) -> bool:
    return (
        isinstance(value, Amount) and value.unit == "percent" and value.value == 100 and not value.qualifier
    )


def _said_as_all(lone_en: list[Group], lone_vi: list[Group], en: Document, vi: Document) -> list[Row]:
    """ "all those 15 metres or longer" against "100% tàu có chiều dài từ 15 m trở lên": a lone
    100 % (no qualifier) agrees with "all" at the same place in the other version."""
    rows = []
    for lone, other in ((lone_en, vi), (lone_vi, en)):
        whole = [g for g in lone if g.kind == "percent" and _a_hundred_percent(g.value)]
        places = whole_places(other) if whole else []
        for g in whole:
            if any(abs(p - q) <= NEARBY for p in g.places for q in places):
                lone.remove(g)
                rows.append(_alone(g, "consistent", ALL_WORDS))
    return rows


_TRANSLITERATED_END = re.compile(r"(?:iy|yi|ij|ii)\b")
# A count before a name makes its English plural: "two AFF Cups", "both Koreas"
_PLURAL_BEFORE = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|both|several|many|\d+)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+)?$",
    re.IGNORECASE,
)


def _spelling_variant(en_key: str, vi_key: str, plural: bool) -> str | None:
    """Two spellings of one name a letter apart that no editor would call a slip: the
    English plural after a count ("two AFF Cups", "hai chức vô địch AFF Cup"; not
    "Samaras" against "Samara"), and the endings by which transliteration systems differ
    ("Zelenskiy", "Zelensky"; "Dmitriy", "Dmitry")."""
    if plural and en_key == vi_key + "s":
        return "the English plural of the name"
    if _TRANSLITERATED_END.sub("y", en_key) == _TRANSLITERATED_END.sub("y", vi_key):
        return "one name in two transliterations"
    return None


def _restated(
    lone_en: list[Group], lone_vi: list[Group], mentions: dict[str, list[Mention]], en: Document, vi: Document
) -> list[Row]:
    """ "tức 7h30 sáng thứ Năm giờ Hà Nội", "3-0 (6-3, 6-4, 7-5)", "Tết Bính Ngọ 2026": a
    lone group that only restates, in the same version, what it states elsewhere (see
    `restated`), when what it restates found its counterpart."""
    from crosscheck.restated import restatements

    rows = []
    for lone, doc, other in ((lone_en, en, vi), (lone_vi, vi, en)):
        if not lone:
            continue
        found = restatements(doc, mentions[doc.lang], other, mentions[other.lang])
        if not found:
            continue
        lone_ids = {id(m) for g in lone for m in g.mentions}
        for g in list(lone):
            notes = [found.get(id(m)) for m in g.mentions]
            if all(n is not None and n[1] not in lone_ids for n in notes):
                lone.remove(g)
                rows.append(_alone(g, "consistent", str(notes[0][0])))  # type: ignore[index]
    return rows


def _times_as_day_parts(lone_en: list[Group], lone_vi: list[Group], en: Document, vi: Document) -> list[Row]:
    """ "Petrol prices were cut on Thursday afternoon" against "Từ 15h chiều 21/11": a lone
    clock time agrees with the part of the day the other version names at the same place,
    when it falls in it."""
    rows = []
    for lone, other in ((lone_en, vi), (lone_vi, en)):
        times = [g for g in lone if g.kind == "time"]
        if not times:
            continue
        parts = day_part_places(other)
        for g in times:
            minutes = [v.minutes for m in g.mentions for v in m.readings()]
            places = g.places
            if any(
                any(in_day_part(t, low, high) for t in minutes) and any(_near(p, q) for p in places)
                for q, low, high in parts
            ):
                lone.remove(g)
                rows.append(_alone(g, "consistent", PART_OF_THE_DAY))
    return rows


# "winds of up to 102 km per hour", "lên tới 102 km/h": the top of a band said alone
_UP_TO = re.compile(r"(?:\bup[\s\u00a0]+to|(?<!\w)(?:lên[\s\u00a0]+)?tới)[\s\u00a0]+$", re.IGNORECASE)
BAND_TOP = "the low end of a band the other version gives only as 'up to' its top"


def _band_tops(
    lone_en: list[Group], lone_vi: list[Group], mentions: dict[str, list[Mention]], docs: dict[str, Document]
) -> list[Row]:
    """ "winds of up to 102 km per hour" against "cấp 10 (89-102 km/h)": a band's low end
    is no fact the other version states when it says "up to" the band's top at the same
    place; listed for review. The top itself is compared as any figure."""
    rows = []
    for lone, other_lang in ((lone_en, "vi"), (lone_vi, "en")):
        lone_mentions = {id(m) for g in lone for m in g.mentions}
        other_text = docs[other_lang].text
        for g in [g for g in lone if g.kind in ("quantity", "money", "percent") and len(g.mentions) == 1]:
            low, text = g.mentions[0], g.doc.text
            top = next((m for m in mentions[g.doc.lang] if m.start >= low.end and m.kind == g.kind), None)
            if top is None or id(top) in lone_mentions or not _RANGE_GAP.fullmatch(text, low.end, top.start):
                continue
            if any(
                m.kind == g.kind
                and _same(g.kind, top.value, m)
                and _UP_TO.search(other_text, max(0, m.start - 12), m.start)
                and any(_near(p, docs[other_lang].place(m.start)) for p in g.places)
                for m in mentions[other_lang]
            ):
                lone.remove(g)
                rows.append(_alone(g, "review", BAND_TOP))
    return rows


# "6 tháng đầu năm 2025", "quý II/2025", "the first half of 2025": a year closing a period
_PERIOD_YEAR_GAP = re.compile(
    r"[\s\u00a0]*(?:/|(?:đầu|cuối)[\s\u00a0]+|of[\s\u00a0]+)?[\s\u00a0]*", re.IGNORECASE
)
PERIOD_YEAR = "the year of a period the other version names without it (the story's year): not checked"


def _years_of_periods(
    lone_en: list[Group], lone_vi: list[Group], mentions: dict[str, list[Mention]], docs: dict[str, Document]
) -> list[Row]:
    """ "in the first half" against "6 tháng đầu năm 2025": a lone year that closes a period
    whose counterpart the other version gives without a year (none at that place) is listed
    for review."""
    from crosscheck.extract import since

    rows = []
    for lone, other in ((lone_en, "vi"), (lone_vi, "en")):
        lone_mentions = {id(m) for g in lone for m in g.mentions}
        # (a year a comparison starts from, "since 2019", is no period's year)
        years = [
            docs[other].place(m.start)
            for m in mentions[other]
            if m.kind == "year" and not since(m, docs[other])
        ]
        for g in [g for g in lone if g.kind == "year" and len(g.mentions) == 1]:
            year, own = g.mentions[0], mentions[g.doc.lang]
            before = [m for m in own if m.end <= year.start]
            period = before[-1] if before else None
            if (
                period is not None
                and period.kind in ("duration", "ordinal")
                and id(period) not in lone_mentions
                and _PERIOD_YEAR_GAP.fullmatch(g.doc.text, period.end, year.start)
                and not any(_near(p, q) for p in g.places for q in years)
            ):
                lone.remove(g)
                rows.append(_alone(g, "review", PERIOD_YEAR))
    return rows


def _periods_by_dates(
    lone_en: list[Group], lone_vi: list[Group], mentions: dict[str, list[Mention]], docs: dict[str, Document]
) -> list[Row]:
    """ "(1956-2026)" against "(15/10/1956 - 15/10/2026)": a lone period whose ends are the
    years of a range of two dates the other version writes (`dated_periods`)."""
    from crosscheck.dated_periods import DATED_PERIOD, dated_ranges

    rows = []
    for lone, other in ((lone_en, "vi"), (lone_vi, "en")):
        periods = [g for g in lone if g.kind == "period"]
        ranges = dated_ranges(mentions[other], docs[other].text) if periods else []
        for g in periods:
            if tuple(g.value) in ranges:
                lone.remove(g)
                rows.append(_alone(g, "consistent", DATED_PERIOD))
    return rows


def _local_times(lone_en: list[Group], lone_vi: list[Group], mentions: dict[str, list[Mention]]) -> list[Row]:
    """ "at 10:15 a.m. local time on Tuesday (8:15 a.m. Hanoi time)" against "lúc 8h15
    (giờ Hà Nội)": a lone local time whose bracketed restatement in a named zone found its
    counterpart is listed for review (`local_times`)."""
    from crosscheck.local_times import NOTE, restated

    rows = []
    for lone in (lone_en, lone_vi):
        lone_mentions = {id(m) for g in lone for m in g.mentions}
        for g in [g for g in lone if g.kind == "time"]:
            own = mentions[g.doc.lang]
            found = [restated(m, own, g.doc.text) for m in g.mentions]
            if all(r is not None and id(r) not in lone_mentions for r in found):
                lone.remove(g)
                rows.append(_alone(g, "review", NOTE))
    return rows


_LEVELS = (LEVEL, LEVEL_WITH_SPEEDS)


def _noted(group: Group, notes: tuple[str, ...]) -> bool:
    return any(m.note in notes for m in group.mentions)


def _distance(a: Group, b: Group) -> float:
    return min(abs(x - y) for x in a.places for y in b.places)


def _near(p: float, q: float) -> bool:
    """Two places close enough for one version's figure to be the other's restated: within
    NEARBY, or in sentences that cover overlapping shares of their documents (a short
    paragraph one version says in fewer sentences). Only for what may excuse a figure or
    check it against another; pairing two values as a discrepancy keeps the plain distance."""
    return abs(p - q) <= NEARBY or overlapping(p, q)


def _gap(a: Group, b: Group) -> float:
    """`_distance`, with places `_near` by overlap at no distance."""
    return min(0.0 if overlapping(x, y) else abs(x - y) for x in a.places for y in b.places)


def _alone(group: Group, status: str, note: str) -> Row:
    """A row of one version's group, on its own side."""
    if group.doc.lang == "en":
        return Row(group.kind, status, group, None, note)
    return Row(group.kind, status, None, group, note)


def _take_pairs(
    rows: list[Row],
    pairs: Iterable[tuple[Group, Group]],
    lone_en: list[Group],
    lone_vi: list[Group],
    note: str,
    status: str = "consistent",
) -> None:
    """Rows of the pairs one pass found among the lone groups, which leave the lone lists:
    each later pass sees only what the earlier ones left."""
    for e, v in pairs:
        lone_en.remove(e)
        lone_vi.remove(v)
        rows.append(Row(e.kind, status, e, v, note))


def _dollar_prices(
    en: list[Group], vi: list[Group], groups: tuple[list[Group], list[Group]]
) -> list[tuple[Group, Group]]:
    """Lone prices at about the same place, one in dollars and one in dong, one of them said
    to be rough, at about the day's rate ("around $35" against "khoảng 900.000 đồng",
    `dollar_prices`): the nearest such pair each. Neither version may give the other's
    currency there too ("VND700 trillion ($26.6 billion)": the dong is the counterpart)."""
    from crosscheck.dollar_prices import dollar_price

    def alone_in_its_currency(g: Group, own: list[Group], other: Group) -> bool:
        return not any(
            h.kind == "money" and h.value.unit == other.value.unit and _gap(g, h) <= NEARBY for h in own
        )

    candidates = [
        (_gap(e, v), i, j, e, v)
        for i, e in enumerate(en)
        if e.kind == "money"
        for j, v in enumerate(vi)
        if v.kind == "money"
        and _gap(e, v) <= NEARBY
        and dollar_price(e.value, v.value)
        and alone_in_its_currency(e, groups[0], v)
        and alone_in_its_currency(v, groups[1], e)
    ]
    pairs, used = [], set()
    for _, i, j, e, v in sorted(candidates, key=lambda c: c[:3]):
        if ("en", i) not in used and ("vi", j) not in used:
            used |= {("en", i), ("vi", j)}
            pairs.append((e, v))
    return pairs


def _pair_lone(en: list[Group], vi: list[Group]) -> list[tuple[Group, Group]]:
    """Lone groups of one kind at about the same place in their documents."""
    candidates = []
    for e in en:
        for v in vi:
            occurrences = all(counts_occurrence(m, g.doc) for g in (e, v) for m in g.mentions)
            if e.kind != v.kind or ((_weak(e) or _weak(v)) and not occurrences):
                continue  # ("the second increase this year" against "lần điều chỉnh thứ ba")
            distance = min(abs(a - b) for a in e.places for b in v.places)
            if distance <= NEARBY:
                candidates.append((distance, id(e), id(v), e, v))
    pairs, used = [], set()
    for _, ie, iv, e, v in sorted(candidates, key=lambda c: c[0]):
        if ie not in used and iv not in used:
            used |= {ie, iv}
            pairs.append((e, v))
    return pairs


def compare(en_doc: Document, vi_doc: Document, dateline: date | None = None) -> Comparison:
    """Every figure and name of two versions, aligned into rows."""
    mentions = {"en": extract(en_doc, dateline), "vi": extract(vi_doc, dateline)}
    en_groups, vi_groups = _groups(mentions["en"], en_doc), _groups(mentions["vi"], vi_doc)
    rows: list[Row] = []
    lone_en, lone_vi = list(en_groups), list(vi_groups)
    # The strictest reading first, so leniency never steals a match: the same unit, then
    # the same value converted ("40 miles" must not take "65 km" from
    # "about 65 km" when "40 dặm" is there), then a qualifier in one version only.
    for tier, same_unit in ((0, True), (1, True), (0, False), (1, False)):
        for e in list(lone_en):
            for v in lone_vi:
                if same_unit and getattr(e.value, "unit", None) != getattr(v.value, "unit", None):
                    continue
                note = _agree(e, v, tier)
                if note is not None:
                    lone_en.remove(e)
                    lone_vi.remove(v)
                    rows.append(Row(e.kind, "consistent", e, v, note))
                    break
    # How often a value repeats is style: a lone group that agrees with a group the other
    # version has already matched is consistent too ("64 km/h" grouped with "40 mph").
    for lone, others in ((lone_en, vi_groups), (lone_vi, en_groups)):
        for g in list(lone):
            for matched in others:
                pair = (g, matched) if lone is lone_en else (matched, g)
                note = _agree(*pair, 0)
                note = note if note is not None else _agree(*pair, 1)
                if note is not None:
                    lone.remove(g)
                    rows.append(Row(g.kind, "consistent", *pair, note))
                    break
    # A number said as another kind may repeat one the other version already matched:
    # "12th time" and "12 singles matches" are both "12" in Vietnamese.
    for e in list(lone_en):
        partner = next((v for v in vi_groups if _agree(e, v, 2) is not None), None)
        if partner is not None:
            lone_en.remove(e)
            if partner in lone_vi:  # matched here: the loop below must not pair it again
                lone_vi.remove(partner)
            rows.append(Row(e.kind, "consistent", e, partner, _agree(e, partner, 2) or ""))
    for v in list(lone_vi):
        other = next((e for e in en_groups if _agree(e, v, 2) is not None), None)
        if other is not None:
            lone_vi.remove(v)
            rows.append(Row(v.kind, "consistent", other, v, _agree(other, v, 2) or ""))
    docs = {"en": en_doc, "vi": vi_doc}
    for lone, other_lang in ((lone_en, "vi"), (lone_vi, "en")):
        for g in list(lone):
            if _span_as_years(g, mentions[other_lang]):
                lone.remove(g)
                rows.append(_alone(g, "consistent", "a span written as its two end years"))
            elif first_months(
                g.kind,
                g.value,
                mentions[g.doc.lang],
                mentions[other_lang],
                (g.doc.text, docs[other_lang].text),
            ):
                lone.remove(g)
                rows.append(_alone(g, "consistent", FIRST_MONTHS))
            elif quarter := quarter_by_its_end(
                g.mentions[0], g.doc.text, mentions[g.doc.lang], mentions[other_lang]
            ):
                # the month, the three months before it and the quarter are one fact
                for side in (lone_en, lone_vi):
                    for h in [h for h in side if h is g or any(m in quarter for m in h.mentions)]:
                        side.remove(h)
                        rows.append(_alone(h, "consistent", QUARTER_BY_ITS_END))
    _take_pairs(rows, _rounded_pairs(lone_en, lone_vi), lone_en, lone_vi, ROUNDED)
    _take_pairs(rows, _rounded_throughout(lone_en, lone_vi), lone_en, lone_vi, ROUNDED_THROUGHOUT)
    _take_pairs(rows, _derived_shares(lone_en, lone_vi, mentions), lone_en, lone_vi, DERIVED)
    _take_pairs(rows, _converted_pairs(lone_en, lone_vi), lone_en, lone_vi, CONVERTED)
    _take_pairs(rows, _per_unit_pairs(lone_en, lone_vi), lone_en, lone_vi, PER_UNIT)
    _take_pairs(rows, _rates_in_sentence(lone_en, lone_vi), lone_en, lone_vi, RATE_IN_SENTENCE)
    _take_pairs(rows, _metres_as_millions(lone_en, lone_vi), lone_en, lone_vi, MILLIONS)
    for e, v in _day_in_one_version(lone_en, lone_vi):
        rows.append(Row(e.kind, "consistent", e, v, "the day is stated in one version only"))
    _take_pairs(rows, _match_minutes(lone_en, lone_vi), lone_en, lone_vi, MATCH_MINUTE)
    for e, v in _days_as_ordinals(lone_en, lone_vi):
        rows.append(Row("date", "consistent", e, v, DAY_OF_MONTH))
    _take_pairs(
        rows,
        _dollar_prices(lone_en, lone_vi, (en_groups, vi_groups)),
        lone_en,
        lone_vi,
        DOLLAR_PRICE,
        "review",
    )
    _take_pairs(
        rows,
        _pair_lone(lone_en, lone_vi),
        lone_en,
        lone_vi,
        "same kind at the same place, different values",
        "discrepancy",
    )
    # (after the pairing: a restatement that another value contradicts still flags)
    rows += _restated(lone_en, lone_vi, mentions, en_doc, vi_doc)
    rows += _counted_lists(lone_en, lone_vi, en_doc, vi_doc)
    # (after the weekdays paired with weekdays: "Sunday" against "thứ Hai" is a discrepancy)
    rows += _weekdays_as_dates(lone_en, lone_vi, en_groups, vi_groups)
    rows += _statement_weekdays(lone_en, lone_vi)
    rows += _relative_days(lone_en, lone_vi, en_doc, vi_doc, mentions)
    rows += _statement_days(lone_en, lone_vi, (en_groups, vi_groups), (en_doc, vi_doc))
    rows += _festival_days(lone_en, lone_vi, en_doc, vi_doc)
    rows += _window_starts(lone_en, lone_vi, en_groups, vi_groups)
    rows += _inside_decades(lone_en, lone_vi, en_groups, vi_groups)
    rows += _periods_referred(lone_en, lone_vi, en_doc, vi_doc)
    rows += _bracketed_asides(lone_en, lone_vi, mentions, (en_doc, vi_doc))
    rows += _occasions_left_out(lone_en, lone_vi, en_groups, vi_groups, rows)
    rows += _said_in_round_words(lone_en, lone_vi, en_doc, vi_doc)
    rows += _spans_in_round_words(lone_en, lone_vi, en_doc, vi_doc)
    rows += _spans_as_one_unit(lone_en, lone_vi, (en_doc, vi_doc), mentions)
    rows += _said_as_all(lone_en, lone_vi, en_doc, vi_doc)
    rows += _one_as_each(lone_en, lone_vi, en_doc, vi_doc)
    rows += _one_spelled(lone_en, lone_vi, (en_doc, vi_doc), mentions)
    rows += _times_as_day_parts(lone_en, lone_vi, en_doc, vi_doc)
    rows += _local_times(lone_en, lone_vi, mentions)
    rows += _band_tops(lone_en, lone_vi, mentions, docs)
    rows += _years_of_periods(lone_en, lone_vi, mentions, docs)
    rows += _periods_by_dates(lone_en, lone_vi, mentions, docs)
    rows += _weekend_days(lone_en, lone_vi, en_doc, vi_doc)
    rows += _weekend_dates(lone_en, lone_vi, en_doc, vi_doc)
    places: dict[str, list[tuple[float, set[float]]]] = {}  # worked out only for a lone count
    for lone, other_lang in ((lone_en, "vi"), (lone_vi, "en")):
        if other_lang not in places and any(g.kind == "count" for g in lone):
            other_doc = vi_doc if other_lang == "vi" else en_doc
            places[other_lang] = _numbers_by_place(other_doc, mentions[other_lang])
        for g in list(lone):
            if g.kind == "count" and not _silent(g) and _same_number_nearby(g, places[other_lang]):
                lone.remove(g)
                rows.append(_alone(g, "consistent", f"the same number in another role in {other_lang}"))
    rows += _years_of_dates(lone_en, lone_vi, en_groups, vi_groups)
    for lone in (lone_en, lone_vi):
        for g in list(lone):
            if _conversion(g, mentions[g.doc.lang]):
                lone.remove(g)
                rows.append(_alone(g, "consistent", "a conversion, in brackets, of the figure before it"))
            elif _converted_after(g, mentions[g.doc.lang], lone):
                lone.remove(g)
                rows.append(_alone(g, "consistent", "the figure the other version gives as its conversion"))
            elif _rough_conversion(g, mentions[g.doc.lang]):
                lone.remove(g)
                rows.append(_alone(g, "review", ROUGH_CONVERSION))
    _take_pairs(
        rows, _qualified_fractions(lone_en, lone_vi), lone_en, lone_vi, QUALIFIED_SHARES, "discrepancy"
    )
    rows += _swapped_repeats(rows)
    rows = [_against_bounds(_against_direction(row)) for row in rows]
    # Spelled numbers read without evidence ("the first", "nấu chín", "một nửa") are as
    # often idiom as figure: alone, they are listed for review and never flag.
    weak = [g for g in lone_en + lone_vi if _weak(g)]
    listed = [g for g in weak if not _silent(g)]
    rows += [_alone(g, "review", "a spelled number with nothing it counts") for g in listed]
    # A wind level the other version gives as its speeds only ("winds of 118-133 km/h"), a
    # wage region it names by its cities: nothing of the kind there to compare, so it is
    # shown for review; against another level or region it flags.
    families = (
        (_LEVELS, "a wind level"),
        ((REGION_NOTE,), "a numbered region"),
        ((DOCUMENT_NUMBER,), "a document's number"),
        ((COORDINATE,), "a coordinate"),
    )
    for family, why in families:
        for g in [g for g in lone_en + lone_vi if g not in weak and _noted(g, family)]:
            if not any(_noted(h, family) for h in (vi_groups if g.doc.lang == "en" else en_groups)):
                weak.append(g)
                rows.append(_alone(g, "review", f"{why} the other version does not give as such"))
    rows += [Row(e.kind, "only_en", e, None) for e in lone_en if e not in weak]
    rows += [Row(v.kind, "only_vi", None, v) for v in lone_vi if v not in weak]
    name_rows, lone_names, runs = _align_names(en_doc, vi_doc, mentions)
    rows += name_rows
    order = {"discrepancy": 0, "only_en": 1, "only_vi": 1, "review": 2, "consistent": 3}
    rows.sort(key=lambda r: (order[r.status], _first_line(r)))
    counts = {lang: len(m) for lang, m in mentions.items()}
    return Comparison(rows, counts, lone_names, listed, runs)


def _first_line(row: Row) -> int:
    group = row.en or row.vi
    if group is not None:
        return group.lines()[0]
    if row.names and row.name_docs:
        occurrences = row.names[0] or row.names[1]
        doc = row.name_docs["en" if row.names[0] else "vi"]
        return doc.line_of(occurrences[0].start)
    return 0


# --- names ---------------------------------------------------------------------------


def name_runs(doc: Document, mentions: list[Mention]) -> dict[str, list[Occurrence]]:
    """The stretches that name something (see `names.name_phrases`), by name key; a
    stretch made only of titles and demonyms ("Minister", "Vietnamese") is no name."""
    return _indexed_name_runs(doc, mentions)[0]


Runs = dict[str, list[Occurrence]]


def _indexed_name_runs(doc: Document, mentions: list[Mention]) -> tuple[Runs, NameIndex]:
    index = NameIndex(doc)
    language = get_language(doc.lang)
    titles = _title_keys(language.titles)
    inside: set[int] = set()
    starts = [t.start for t in index.tokens]
    for m in mentions:
        if m.note in (IN_A_NAME, NAME_NUMBER):
            continue  # "Seven Keys to Doomsday" is a title as well as a possible seven
        inside.update(range(bisect.bisect_left(starts, m.start), bisect.bisect_left(starts, m.end)))
    runs: dict[str, list[Occurrence]] = defaultdict(list)
    tidy = grammar(doc.lang)
    # The language's grammar of names (lang/<lang>_names.py) corrects each stretch.
    for phrase in (p for found in name_phrases(index, inside, language) for p in tidy(index, found)):
        if all(t.key in titles or not t.capital for t in index.tokens[phrase.first : phrase.last]):
            continue
        runs[name_key(phrase.text)].append(phrase)
    return runs, index


@cache  # one entry per language
def _title_keys(titles: frozenset[str]) -> frozenset[str]:
    return frozenset(name_key(t) for t in titles)


def _translations(name: str) -> frozenset[str]:
    """Known translations of a name (CLDR, the glossary, the repository's claims files,
    institution rules): see `crosscheck.translated_names`."""
    from crosscheck.translated_names import forms

    return forms(name)


@lru_cache(maxsize=1 << 16)  # each run and part of each document; bounded for archives
def _known_forms(name: str, cwd: str) -> tuple[tuple[str, str], ...]:
    """The name keys of a name's known forms in the other language, and how each is known:
    aliases, then translations; longest first, then by letter (a set's own order changes
    from run to run). `cwd` is part of the key: the repository's claims files are a source."""
    aliases = [(name_key(a), "alias") for a in _longest_first(_zh().alias_forms(name))]
    return tuple(aliases + [(name_key(t), "translated name") for t in _longest_first(_translations(name))])


def _longest_first(forms: frozenset[str]) -> list[str]:
    return sorted(forms, key=lambda a: (-len(a), a))


@cache
def _pinyin_words(name: str) -> bool:
    """Whether every word of a name can be read as pinyin (only then try Hán-Việt)."""
    from crosscheck.lang import zh

    return all(zh.split_pinyin(w) for w in name.split())


@cache
def _zh() -> Any:
    from crosscheck.lang import zh

    return zh


def _counterpart(
    en: str, vi_by_key: dict[str, str], vi_by_fold: dict[str, str], vi_by_size: dict[int, list[str]]
) -> tuple[str, str] | None:
    """The Vietnamese run naming the same thing as an English run, and how, or None."""
    zh = _zh()
    key = name_key(en)
    if key in vi_by_key:
        return vi_by_key[key], ""
    folded = fold(en).casefold()
    if folded in vi_by_fold:
        return vi_by_fold[folded], ""
    for other, how in _known_forms(en, os.getcwd()):
        if other in vi_by_key:
            return vi_by_key[other], how
    if len(en.split()) <= 4 and _pinyin_words(en):
        starts = zh.first_syllable_readings(en)
        for size in range(len(en.split()), 3 * len(en.split()) + 1):
            for vi_key in vi_by_size.get(size, ()):
                if zh.reading_key(vi_key.split()[0]) in starts and zh.is_hanviet_reading(en, vi_key):
                    return vi_key, "Sino-Vietnamese reading"
    return None


def _align_names(
    en_doc: Document, vi_doc: Document, mentions: dict[str, list[Mention]]
) -> tuple[list[Row], dict[str, list[str]], dict[str, dict[str, list[Occurrence]]]]:
    en_runs, en_index = _indexed_name_runs(en_doc, mentions["en"])
    vi_runs, vi_index = _indexed_name_runs(vi_doc, mentions["vi"])
    # "Texas Rick Perry": a person's name the English writes apart from the name before it.
    en_runs = split_at_connectors(en_runs, vi_runs, en_index)  # "Jeff Flake for the FBI"
    en_runs = hyphen_halves(en_runs, vi_doc.text, en_index)  # "Ban Ki" + "-moon"
    vi_runs = split_before_persons(vi_runs, en_runs, vi_index, _title_keys(get_language("vi").titles))
    vi_runs = join_as_other(vi_runs, en_runs, vi_index)  # "Tokyo" + "Game Show"
    en_runs = join_as_other(en_runs, vi_runs, en_index)  # "Marks" + "and" + "Spencer"
    docs = {"en": en_doc, "vi": vi_doc}
    rows: list[Row] = []
    matched_vi: set[str] = set()
    lone_en = []
    by_key, by_fold, by_size = _lookups(vi_runs)
    for en_key, en_occ in en_runs.items():
        found = _counterpart(en_occ[0].text, by_key, by_fold, by_size)
        if found is None:
            lone_en.append(en_key)
            continue
        vi_key, note = found
        matched_vi.add(vi_key)
        rows.append(Row("name", "consistent", note=note, names=(en_occ, vi_runs[vi_key]), name_docs=docs))
    lone_vi = [k for k in vi_runs if k not in matched_vi]
    for en_key in list(lone_en):
        for vi_key in lone_vi:
            # One word apart by one letter is as often a demonym (Colombian, Colombia).
            if " " in en_key and edit_distance_one(en_key, vi_key):
                plural = any(
                    _PLURAL_BEFORE.search(en_doc.text, max(0, o.start - 30), o.start) for o in en_runs[en_key]
                )
                variant = _spelling_variant(en_key, vi_key, plural)
                rows.append(Row("name", "consistent" if variant else "discrepancy",
                                note=variant or "one letter or tone mark apart",
                                names=(en_runs[en_key], vi_runs[vi_key]), name_docs=docs))  # fmt: skip
                lone_en.remove(en_key)
                lone_vi.remove(vi_key)
                break
    # (surely Vietnamese names first, before a shared syllable pairs them as parts: "Ha Tinh"
    # and the "Tỉnh" of "Tỉnh Nghệ An")
    rows += _swapped_rows(lone_en, lone_vi, en_runs, vi_runs, docs, early=True)
    pairs = {(name_key(r.names[0][0].text), name_key(r.names[1][0].text)) for r in rows if r.names}
    # Each run's parts are worked out once, then merged as each search needs them.
    en_by_run = {key: _parts(occ, en_index) for key, occ in en_runs.items()}
    vi_by_run = {key: _parts(occ, vi_index) for key, occ in vi_runs.items()}
    en_parts, vi_parts = _merged(en_by_run.values()), _merged(vi_by_run.values())
    vi_lookups = _lookups(vi_parts)
    for en_key in list(lone_en):  # "Trade Nguyễn Hồng Diên": the name inside a longer run
        found_parts = _part_counterparts(en_by_run[en_key], vi_parts, "en", vi_lookups)
        if found_parts:
            lone_en.remove(en_key)
        for found_part in found_parts:
            _add_part_row(rows, pairs, found_part, en_parts, vi_parts, docs)
    # "Trần" alone is the surname "Chen": all lone Vietnamese runs are searched at once.
    lone_vi_parts = _merged(vi_by_run[k] for k in lone_vi)
    owner = {name_key(o.text): k for k in lone_vi for occ in vi_by_run[k].values() for o in occ[:1]}
    for found_part in _part_counterparts(en_parts, lone_vi_parts, "all"):
        run = owner.get(found_part[1])
        if run in lone_vi:
            lone_vi.remove(run)
        _add_part_row(rows, pairs, found_part, en_parts, vi_parts, docs)
    rows += _swapped_rows(lone_en, lone_vi, en_runs, vi_runs, docs)
    lone = {"en": [en_runs[k][0].text for k in lone_en], "vi": [vi_runs[k][0].text for k in lone_vi]}
    return rows, lone, {"en": en_runs, "vi": vi_runs}


def _swapped_rows(
    lone_en: list[str],
    lone_vi: list[str],
    en_runs: dict[str, list[Occurrence]],
    vi_runs: dict[str, list[Occurrence]],
    docs: dict[str, Document],
    early: bool = False,
) -> list[Row]:
    """Lone Vietnamese names, one in each version at the same place, that are one name
    swapped for another (`name_swaps`), as discrepancies; each name in one pair at most."""
    rows = []
    for en_key in list(lone_en):
        en_places = [docs["en"].place(o.start) for o in en_runs[en_key]]
        for vi_key in lone_vi:
            names = (en_runs[en_key][0].text, vi_runs[vi_key][0].text)
            start = vi_runs[vi_key][0].start
            before = docs["vi"].text[max(0, start - 16) : start]
            if not swapped(*names, docs["en"].text, docs["vi"].text, early, before):
                continue
            if any(_near(p, docs["vi"].place(o.start)) for p in en_places for o in vi_runs[vi_key]):
                lone_en.remove(en_key)
                lone_vi.remove(vi_key)
                pair = (en_runs[en_key], vi_runs[vi_key])
                rows.append(Row("name", "discrepancy", note=SWAPPED, names=pair, name_docs=docs))
                break
    return rows


def _parts(occurrences: list[Occurrence], index: NameIndex) -> dict[str, list[Occurrence]]:
    """Every stretch of one to four words inside one run's occurrences, longest first,
    by name key."""
    parts: dict[str, list[Occurrence]] = defaultdict(list)
    tokens, text = index.tokens, index.doc.text
    for o in occurrences:
        n = o.last - o.first
        for size in range(min(4, n), 0, -1):
            for first in range(o.first, o.last - size + 1):
                last = first + size
                if not (tokens[first].capital and tokens[last - 1].capital):
                    continue  # a part of a name starts and ends with a capital
                start, end = tokens[first].start, attached_end(text, tokens[last - 1].end)  # "AS206"
                part = Occurrence(first, last, start, end, text[start:end])
                parts[name_key(part.text)].append(part)
    return dict(sorted(parts.items(), key=lambda kv: -len(kv[0].split())))


def _merged(tables: Iterable[dict[str, list[Occurrence]]]) -> dict[str, list[Occurrence]]:
    """The parts of several runs as `_parts` of them all would give them, longest first."""
    merged: dict[str, list[Occurrence]] = defaultdict(list)
    for table in tables:
        for key, occurrences in table.items():
            merged[key].extend(occurrences)
    return dict(sorted(merged.items(), key=lambda kv: -len(kv[0].split())))


Lookups = tuple[dict[str, str], dict[str, str], dict[int, list[str]]]


def _lookups(parts: dict[str, list[Occurrence]]) -> Lookups:
    """The keys of the Vietnamese runs or parts by key, by folding and by size: worked out
    once per table, since the English runs are looked up in the same table one after another."""
    by_fold = {fold(occ[0].text).casefold(): key for key, occ in parts.items()}
    by_size: dict[int, list[str]] = defaultdict(list)
    for key in parts:
        by_size[len(key.split())].append(key)
    return {key: key for key in parts}, by_fold, dict(by_size)


def _part_counterparts(
    en_parts: dict[str, list[Occurrence]],
    vi_parts: dict[str, list[Occurrence]],
    side: str,
    lookups: Lookups | None = None,
) -> list[tuple[str, str, str]]:
    """Every stretch of one run (on `side`) that names a stretch of the other version,
    longest first and not overlapping; a single word needs four letters to count."""
    by_key, by_fold, by_size = lookups or _lookups(vi_parts)
    own = en_parts if side == "en" else vi_parts
    taken: set[int] = set()
    if side == "all":  # many runs at once: no overlap rule across them
        return [(k, m[0], m[1]) for k, occ in en_parts.items()
                if (" " in k or len(fold(occ[0].text)) >= 4)
                and (m := _counterpart(occ[0].text, by_key, by_fold, by_size)) is not None]  # fmt: skip
    found: list[tuple[str, str, str]] = []
    for en_key, occurrences in en_parts.items():
        if " " not in en_key and len(fold(occurrences[0].text)) < 4:
            continue
        match = _counterpart(occurrences[0].text, by_key, by_fold, by_size)
        if match is None:
            continue
        span = own[en_key if side == "en" else match[0]][0]
        tokens = set(range(span.first, span.last))
        if tokens & taken:
            continue
        taken |= tokens
        found.append((en_key, match[0], match[1]))
    return found


def _add_part_row(
    rows: list[Row],
    pairs: set[tuple[str, str]],
    found: tuple[str, str, str],
    en_parts: dict[str, list[Occurrence]],
    vi_parts: dict[str, list[Occurrence]],
    docs: dict[str, Document],
) -> None:
    en_key, vi_key, note = found
    if (en_key, vi_key) not in pairs:
        pairs.add((en_key, vi_key))
        names = (en_parts[en_key], vi_parts[vi_key])
        rows.append(
            Row("name", "consistent", note=note or "part of a longer name", names=names, name_docs=docs)
        )
