"""Finding every figure in a version: each kind's finder in turn, most specific first.

A date ("19/2"), a period ("2024-26") or an ordinal ("22nd") is a stretch of text the
generic figure reader would misread, so those finders run first and the text they take
is not read again. What is left goes through the figure reader, and its amounts become
money, percent, quantity, duration, count or year by their unit.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache

from crosscheck.compound_figures import join as join_parts
from crosscheck.coordinates import read as coordinates
from crosscheck.days_later import dated as days_later
from crosscheck.document_numbers import DOCUMENT_NUMBER, identifiers, numbers_a_document
from crosscheck.figures import (
    IN_A_NAME,
    NAME_NUMBER,
    ONE_UNIT,
    Amount,
    Phrase,
    capital_inside_sentence,
    find_phrases,
    names_one,
)
from crosscheck.kinds import Found, Mention, module
from crosscheck.kinds.date import EITHER_ORDER, HOLIDAY, WEEKDAY_DATE
from crosscheck.kinds.duration import HALF_MAYBE_YEAR, ONE_BY_ARTICLE
from crosscheck.kinds.year import QUARTER_YEAR, YEAR_BEFORE, YEAR_BEFORE_LOOSE
from crosscheck.lang import alternation, table_key
from crosscheck.lang import get as get_language
from crosscheck.ranges import DAYS_LISTED, share
from crosscheck.regex_starts import skipping
from crosscheck.relative_months import MONTH_BEFORE, YEAR_START
from crosscheck.scanning import finditer
from crosscheck.temperature_bands import bands as temperature_bands
from crosscheck.text import Document
from crosscheck.unit_definitions import UNIT_DEFINITION, defined
from crosscheck.wind_levels import find as wind_levels

# Digits written onto a capitalised word belong to a name, not to a figure: G7, COVID-19,
# F-16, AS-206, A320, WW1, PDP-11, MH17. ("km2" and "only1.7" start in lower case.) Not a
# currency code on its amount ("VND100", "US$5"), a quarter ("Q1", read as the first) or a
# half-year ("H1 2024", "in H1"), nor an emissions unit after its figure ("474 MtCO2e").
NAME_WITH_DIGITS = skipping(
    r"(?=[A-Z])\b(?!(?:US|VND|USD|EUR|GBP|JPY|CNY|RMB|AUD|CAD|SGD|HKD|NZD|KRW|THB|INR|CHF|TWD)\$?\d"
    r"|Q[1-4]\b|H[12][\s\u00a0]+\d{4}|(?<=in[\s\u00a0])H[12]\b|(?<=for[\s\u00a0])H[12]\b"
    r"|(?<=during[\s\u00a0])H[12]\b|(?<![^\n])H[12][\s\u00a0]+[A-Za-z]|FY\d"
    # (a unit of emissions after its figure, "474 MtCO2e": `lang.en.EXTRA_UNITS`)
    r"|(?<=\d[\s\u00a0])[MG]tCO2e?\b"
    # (golf's tied place after a word of rank, "vị trí T12": `kinds.ordinal.TIED`)
    r"|T\d(?:(?<=trí[\s\u00a0]T\d)|(?<=hạng[\s\u00a0]T\d)|(?<=đứng[\s\u00a0]T\d)"
    r"|(?<=finished[\s\u00a0]T\d)|(?<=placed[\s\u00a0]T\d)))"
    r"[A-Z][A-Za-z]*-?\d+(?:[A-Za-z]+\d*)?(?:/\d+)*(?![\d.,]\d)"
)
# Numbers that identify rather than measure are not figures either: official document
# numbers ("15/2022/NĐ-CP", "Decision 1234/QD-TTg") and telephone numbers.
IDENTIFIERS = skipping(
    r"(?=[\d(+])(?<![\w.,/])(?<!\d[\s\u00a0.,])"  # (never the tail of a grouped number)
    r"(?:\d+(?:/\d{4})?/[A-ZĐ]{2,}(?:-[A-Za-zĐđ]+)*"  # a document number
    r"|\(?\+\d{1,3}\)?(?:[\s.-]?\d{1,4}){3,}"  # an international telephone number
    r"|0\d{1,3}[.\s-]\d{3,4}[.\s-]\d{3,4}(?!\d)"  # a Vietnamese one, "024.3825.1234"
    r"|1[89]00[\s.]\d{3,4}(?:[\s.]\d{2,4})?(?![\d.,]\d)"  # a hotline, "1900 1234"
    r"|(?<=[A-ZĐ][A-Za-zĐđ][\s-])\d{4,5}(?=[\s-]TS\b)"  # a fishing boat's number, "QNg 90479 TS"
    r"|(?<=[A-ZĐ][A-ZĐ][A-Za-zĐđ][\s-])\d{4,5}(?=[\s-]TS\b))"
)

# A height in feet and inches is one measure: "6-foot-6", "6 ft 6 in", "6'6\"" (= 1,98 m).
FEET_INCHES = skipping(
    r"(?=\d)(?<![\d.,])(?P<ft>\d)(?:[\s\u00a0-]?(?:foot|feet|ft)[\s\u00a0-]?|['’′])(?P<in>1[01]|\d)(?!\d|[\s\u00a0]*\d*[⁄/])"
    r"(?:[\s\u00a0-]?(?:inches|inch|in)\b|[\"”″])?"
)

# A height in metres and centimetres glued: "cao 1m85" is 1.85 m (Vietnamese heights and
# jumps); never "5m2" in a unit's exponent, as a digit pair must follow.
METRES_GLUED = skipping(r"(?<![\w.,])(?P<m>\d)m(?P<cm>\d{2})(?!\w|[.,]\d)")

# Football's added time: "phút 90+3", "90+3 minutes" is the third minute after the 90th,
# "the third minute of stoppage time". The end of regular time (45, 90, 105, 120) is no
# figure of its own; a minute word before or after is the evidence.
STOPPAGE = skipping(
    r"(?=\d)(?<![\d.,+])(?P<base>45|90|105|120)[\s\u00a0]*\+[\s\u00a0]*(?P<added>\d{1,2})(?!\d)"
    r"(?:(?=(?:st|nd|rd|th)?[\s\u00a0]*(?:minutes?|mins?|')(?!\w))|(?<=\d)(?<=(?:phút|PHÚT)[\s\u00a0]\d\d\+\d)"
    r"|(?<=(?:phút|PHÚT)[\s\u00a0]\d\d\+\d\d))"
)
ADDED_TIME = "a minute of added time"
# The total a score or share is out of: "29,75/30 điểm" is "29.75 out of 30". It agrees
# with the total the other version writes, and alone it is no figure of its own. So is the
# scale of an average written with decimals ("5.38 out of 10" against "5,38 điểm"); "1 out
# of 30" stays a count to compare.
OUT_OF = skipping(
    r"(?:/|(?:(?<=[.,]\d)|(?<=[.,]\d\d))[\s\u00a0]+out[\s\u00a0]+of[\s\u00a0]+)(?P<total>\d{1,3})(?!\d|[/.,]\d)"
)
SHARE_TOTAL = "the total a score or share is out of"

# After a rank's cue, "a/b" is the rank and the field it is out of ("xếp thứ 1/11", "hạng
# 3/4"), never a date or a share. (A weekday before a date is "thứ Hai", "thứ 2, 1/11".)
_RANK_CUE = skipping(r"(?<!\w)(?:thứ|hạng)[\s\u00a0]+$", re.IGNORECASE)
_NO_RANK = ("date", "fraction")

# The base of a rate or ratio: "112 bé trai/100 bé gái" (112 boys for every 100 girls),
# "58,9 peso đổi 1 USD" (58.9 per dollar). Read weakly: it agrees with the base the other
# version writes ("for every 100 girls"), and alone it is no fact to flag.
RATE_BASE = "the base of a rate or ratio"
# (a slash after a word and before a counted word: not a date, a share or a unit's "/")
RATIO_BASE = skipping(r"(?<=[^\W\d_])/(?P<base>[1-9]\d{0,2}(?:[.,]\d{3})*)(?=[\s\u00a0]+[^\W\d_])")
_EXCHANGE_BEFORE = re.compile(r"(?<!\w)(?:đổi|ăn|quy[\s\u00a0]+đổi)[\s\u00a0]+$", re.IGNORECASE)
_EXCHANGE_AFTER = re.compile(r"[\s\u00a0]+(?:đổi|ăn|quy[\s\u00a0]+đổi)(?!\w)", re.IGNORECASE)

# A share of a percentage point: "cut by a quarter point" is "giảm 0,25 điểm phần trăm".
# The share may be hyphenated onto the point as an adjective after another word ("a bigger
# half-point cut", "two quarter-point cuts"): the hyphen is the evidence there.
POINT_SHARES = skipping(
    r"(?=[aAhHtTqQ])\b(?P<share>a[\s\u00a0-]+quarter|one[\s\u00a0-]+quarter|half[\s\u00a0-]+a|a[\s\u00a0-]+half"
    r"|three[\s\u00a0-]+quarters[\s\u00a0]+of[\s\u00a0]+a|(?:half|quarter)(?=-point\b))(?:[\s\u00a0-]+of[\s\u00a0]+a)?"
    r"[\s\u00a0-]+(?:percentage[\s\u00a0]+)?point\b",
    re.IGNORECASE,
)
# (weak: "half a point" is a chess score as well, which Vietnamese may leave out)
POINT_SHARE = "a share of a percentage point"
_POINT_SHARE_VALUES = {"three": Decimal("0.75"), "half": Decimal("0.50"), "a half": Decimal("0.50"),
                       "a": Decimal("0.25"), "one": Decimal("0.25"), "quarter": Decimal("0.25")}  # fmt: skip

# "hạt giống số 1" (the top seed), "tay vợt số 1 thế giới" (the world No. 1), "kẻ thù số 1":
# "số 1" after a noun is a rank that English often says in words ("top", "leading"). Not
# "tỷ số 1-0" (a score) or "dân số 1.345.596" (the number is longer).
_RANK_ONE = skipping(r"(?<![Tt]ỷ)(?<![Dd]ân)[\s\u00a0]+số[\s\u00a0]+$")
RANK_ONE = "number one, a rank English often says in words (top, leading)"
# Any other "số N" after a noun names a thing by its number ("bão số 13", "tổ máy số 2",
# "tuyến số 1"): a designation the other version may leave out, weak like a name.
DESIGNATION = "a thing named by its number (bão số 13)"
# (not where "số" is the noun "number" of a compound that counts: "tổng số 176" is a total,
# "trong số 390" out of 390, "con số 832" the figure 832, "điểm số 23" a score)
_DESIGNATION = skipping(
    r"(?<!\w)(?!(?:tổng|trong|con|điểm|tỷ|tỉ|dân|ước|bội|hệ|chỉ|một|các|những|đa|thiểu|mẫu|tử|cả)[\s\u00a0])"
    r"[^\W\d_]+[\s\u00a0]+số[\s\u00a0]+$",
    re.IGNORECASE,
)

# "vị trí số 1 bảng xếp hạng Billboard 200" (No. 1 on the chart), "số 2 bảng B": after
# "số" the number names a place, and the word after it (a currency's too: "bảng" is the
# pound and a table) opens the noun the place is in. Only a small number and one word,
# no scale or symbol: "với số 100 triệu đồng" is a sum.
_DESIGNATED_MONEY = re.compile(r"\d{1,3}[\s\u00a0]+[^\W\d_]+")


def _designated(mention: Mention, text: str) -> Mention:
    """A money reading after "<noun> số" read again as the number alone (rank or name)."""
    start = mention.start
    if mention.text.startswith("1") and _RANK_ONE.search(text, max(0, start - 16), start):
        note = RANK_ONE
    elif _DESIGNATION.search(text, max(0, start - 24), start):
        note = DESIGNATION
    else:
        return mention
    digits = mention.text.split()[0]
    return Mention("count", Amount(Decimal(digits)), start, start + len(digits), digits, note)


# ", số 5 Trần Thánh Tông": "số" after a comma or at a sentence's start, and a number before
# a name, is an address (after a word, `_DESIGNATION` decides: "tổng số 176" is a total)
_NUMBER_WORD_BEFORE = skipping(r"(?:^|[^\w\s])[\s\u00a0]*[Ss]ố[\s\u00a0]+$")
_NAME_AFTER = re.compile(r"[\s\u00a0]+[A-ZĐÀ-Ỹ]")

_MAY_HAVE_FEET = skipping(r"ft|foot|feet|['’′]\d")  # (a cheap test before the whole pattern)

# "in his 20s", "the '80s": a decade of age or of a century, not a count of twenty.
# It reads as "about 40" ("khoảng 40 tuổi"), and alone it is not evidence enough to flag.
AGE_DECADE = skipping(r"(?=['’1-9])(?<![\d.,])['’]?(?P<tens>[1-9]0)['’]?s\b")
DECADE = "a decade, read as about its first year"

MULTIPLE = "a multiple"
MAYBE_MULTIPLE = "perhaps a multiple"
NUMBER_NOUN = "a number word used as a noun"
_ALL_OF_BEFORE = skipping(r"(?<!\w)(?:cả|Cả)[\s\u00a0]+$")
_TIMES_BEFORE = skipping(r"(?<!\w)gấp[\s\u00a0]+$", re.IGNORECASE)


@cache
def _multiples(code: str) -> re.Pattern[str]:
    language = get_language(code)
    words = {**language.multiples, **language.maybe_multiples, **language.number_nouns}
    if not words:
        return skipping("(?!)")
    first = "".join(sorted({w[0].lower() for w in words} | {w[0].upper() for w in words}))
    return skipping(rf"(?=[{first}])(?<!\w)(?:{alternation(words)})(?!\w)", re.IGNORECASE)


# A bare "$", "dollars" or "đô la" is any dollar: a Canadian story writes "$5" for what
# its translation calls "5 đô la Canada". "US$", "USD" and "đô la Mỹ" are US dollars.
DOLLARS = ("CAD", "AUD", "NZD", "SGD", "HKD", "TWD")
_ANY_DOLLAR = skipping(
    r"(?<![A-Za-z])\$|dollars?\b(?![\s\u00a0]*\(?US)|đô[\s\u00a0-]?la(?![\s\u00a0]+Mỹ)", re.I
)

# Order matters: the first finder to claim a stretch of text keeps it.
SHAPED_KINDS = ("date", "duration", "time", "period", "weekday", "fraction", "ordinal", "year")


def classify(amount: Amount) -> str:
    """The kind of an amount, from its unit."""
    if amount.unit is None:
        return "count"
    if amount.unit in ("percent", "point"):
        return "percent"
    if len(amount.unit) == 3 and amount.unit.isupper():
        return "money"
    if amount.unit in _duration_units():
        return "duration"
    return "quantity"


def _duration_units() -> set[str]:
    return set(get_language("en").durations.values()) | set(get_language("vi").durations.values())


class _Taken:
    """Stretches of text already read, as sorted non-overlapping intervals."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        if i > 0 and self.ends[i - 1] > start:
            return False
        return not (i < len(self.starts) and self.starts[i] < end)

    def take(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)

    def claim(self, start: int, end: int) -> bool:
        """Take a stretch if it is still free; whether it was."""
        if not self.free(start, end):
            return False
        self.take(start, end)
        return True


def extract(doc: Document, dateline: date | None) -> list[Mention]:
    """Every figure of a document, in text order."""
    return settle(read_figures(doc.text, doc.lang, dateline), doc, dateline)


def read_figures(text: str, code: str, dateline: date | None) -> list[Mention]:
    """What each finder reads in a text, in text order, before the readings that look
    across figures (`settle`). A function of the text alone: `chunked_reading` runs it on
    a long text's pieces in worker processes."""
    taken = _Taken()
    mentions: list[Mention] = []
    # (a document's identifier after its kind is read as its number, before identifiers
    # are set aside: "Nghị định 354/2025/NĐ-CP", `document_numbers`)
    for start, end, document in identifiers(text, code):
        if taken.claim(start, end):
            amount = Amount(Decimal(document))
            mentions.append(Mention("count", amount, start, end, text[start:end], DOCUMENT_NUMBER))
    for pattern in (NAME_WITH_DIGITS, IDENTIFIERS):
        for name in finditer(pattern, text):
            taken.claim(name.start(), name.end())
    for share_of_point in finditer(POINT_SHARES, text) if code == "en" and "point" in text else ():
        if taken.claim(share_of_point.start(), share_of_point.end()):
            words = share_of_point.group("share").lower()
            amount = Amount(next(v for w, v in _POINT_SHARE_VALUES.items() if words.startswith(w)),
                            unit="point", decimals=2)  # fmt: skip
            mentions.append(Mention("percent", amount, share_of_point.start(), share_of_point.end(),
                                    share_of_point.group(), POINT_SHARE))  # fmt: skip
    for base in finditer(RATIO_BASE, text) if "/" in text else ():
        if taken.claim(base.start("base"), base.end("base")):
            number = base.group("base").replace(".", "").replace(",", "")
            mentions.append(Mention("count", Amount(Decimal(number)), base.start("base"), base.end("base"),
                                    base.group("base"), RATE_BASE))  # fmt: skip
    heights = finditer(FEET_INCHES, text) if _MAY_HAVE_FEET.search(text) else ()
    for height in heights:  # (translations keep "ft" and "in" as well)
        if taken.claim(height.start(), height.end()):
            inches = Decimal(height.group("ft")) * 12 + Decimal(height.group("in"))
            mentions.append(Mention("quantity", Amount(inches, unit="inch"), height.start(), height.end(),
                                    height.group(), "feet and inches"))  # fmt: skip
    for height in finditer(METRES_GLUED, text) if "m" in text else ():
        if taken.claim(height.start(), height.end()):
            metres = Decimal(f"{height.group('m')}.{height.group('cm')}")
            mentions.append(Mention("quantity", Amount(metres, unit="meter", decimals=2), height.start(),
                                    height.end(), height.group(), "metres and centimetres"))  # fmt: skip
    for added in finditer(STOPPAGE, text) if "+" in text else ():
        if taken.claim(added.start(), added.end()):
            amount = Amount(Decimal(added.group("added")))
            mentions.append(Mention("count", amount, added.start(), added.end(), added.group(), ADDED_TIME))
    for band in temperature_bands(text, code):  # (before the decades: "the low 30s Celsius")
        if taken.claim(band.start, band.end):
            mentions.append(band)
    for level in wind_levels(text, code):  # ("giật cấp 15": a measure, no count)
        if taken.claim(level.start, level.end):
            mentions.append(level)
    if code == "en":
        decades = finditer(AGE_DECADE, text) if ("0s" in text or "0's" in text or "0’s" in text) else ()
        for decade in (d for d in decades if taken.claim(d.start(), d.end())):
            number = Decimal(decade.group("tens"))
            # "in his 30s" is any age from 30 to 39: "35 tuổi" agrees with it
            ages = tuple(Amount(number + year) for year in range(10))
            mentions.append(Mention("count", Amount(number, qualifier="about"), decade.start(), decade.end(),
                                    decade.group(), DECADE, ages))  # fmt: skip
    for kind in SHAPED_KINDS:
        found: Iterable[Found] = module(kind).find(text, code, dateline)
        for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
            if (
                kind in _NO_RANK
                and text[f.start : f.start + 1].isdigit()
                and _RANK_CUE.search(text, max(0, f.start - 6), f.start)
            ):
                # "xếp thứ 1/11": the rank and its field, no date, no share; a month named
                # by its word stays a date ("bảng xếp hạng tháng 12", December's rating list)
                continue
            if taken.claim(f.start, f.end):
                mention = Mention(
                    kind, f.value, f.start, f.end, text[f.start : f.end], f.note, f.alternatives
                )
                mentions.append(mention)
                if kind == "ordinal":
                    mentions.extend(_rank_total(text, mention.end, taken))
    # (multiples after the shaped kinds, so that "two thirds" stays a fraction)
    language = get_language(code)
    for multiple in finditer(_multiples(code), text):
        if taken.claim(multiple.start(), multiple.end()):
            word = table_key(multiple.group())
            weak = {**language.maybe_multiples, **language.number_nouns}
            factor = language.multiples.get(word) or weak[word]
            amount = Amount(Decimal(str(factor)), decimals=0 if factor == int(factor) else 1)
            note = MULTIPLE if word in language.multiples else MAYBE_MULTIPLE
            note = NUMBER_NOUN if word in language.number_nouns else note
            if capital_inside_sentence(text, multiple.start()):
                # "K-pop girl group Twice will play": a capital inside a sentence makes the
                # word a name's, kept (as "Formula One" is) only to agree with a figure
                note = NAME_NUMBER
            mentions.append(
                Mention("count", amount, multiple.start(), multiple.end(), multiple.group(), note)
            )
    for start, end in names_one(text) if code == "en" else ():  # "Formula One"
        if taken.claim(start, end):
            mentions.append(Mention("count", Amount(Decimal(1)), start, end, text[start:end], NAME_NUMBER))
    for phrase in _years_before_dates(find_phrases(text, code), text, code, taken):
        if taken.free(phrase.start, phrase.end):
            mention = _from_phrase(phrase, text, code, taken)
            taken.take(mention.start, mention.end)
            mentions.append(mention)
            if code == "vi" and mention.kind == "money" and _DESIGNATED_MONEY.fullmatch(mention.text):
                mention = mentions[-1] = _designated(mention, text)
            bare = code == "vi" and mention.text.isdigit() and mention.kind == "count"
            if (
                bare
                and mention.text == "1"
                and _RANK_ONE.search(text, max(0, mention.start - 16), mention.start)
            ):
                mentions[-1] = mention = dataclasses.replace(mention, note=RANK_ONE)
            elif bare and (
                _DESIGNATION.search(text, max(0, mention.start - 24), mention.start)
                or (_NUMBER_WORD_BEFORE.search(text, max(0, mention.start - 8), mention.start)
                    and _NAME_AFTER.match(text, mention.end))
            ):  # fmt: skip
                mentions[-1] = mention = dataclasses.replace(mention, note=DESIGNATION)
            elif (
                mention.kind == "count"
                and mention.text.isdigit()
                and not mention.note
                and numbers_a_document(text, mention.start, code)
            ):
                mentions[-1] = mention = dataclasses.replace(mention, note=DOCUMENT_NUMBER)
            total = OUT_OF.match(text, mention.end) if mention.kind == "count" else None
            if total and taken.claim(total.start("total"), total.end()):
                digits, start = total.group("total"), total.start("total")
                amount = Amount(Decimal(digits))
                mentions.append(Mention("count", amount, start, total.end(), digits, SHARE_TOTAL))
    mentions.sort(key=lambda m: m.start)
    return mentions


def settle(mentions: list[Mention], doc: Document, dateline: date | None) -> list[Mention]:
    """The readings across figures, on the whole text: parts joined, ranges and shared
    units, exchange bases, "year on year" from its sentence's year."""
    text, code = doc.text, doc.lang
    mentions = [_exchange_base(m, text) for m in share(join_parts(mentions, text), text, code)]
    mentions = defined(mentions, text, code)  # ("A tael equals 1.2 ounces": no fact of the story)
    mentions = days_later(mentions, text, code)  # ("on March 19 ... six days later")
    mentions = coordinates(mentions, text, code)  # ("21,4 độ Vĩ Bắc" is no temperature)
    return _resolve_year_before(mentions, doc, dateline)


def _exchange_base(mention: Mention, text: str) -> Mention:
    """ "58,9 peso đổi 1 USD", "1 USD ăn 25.400 đồng": one unit of a currency beside an
    exchange word is the base of a rate (English "58.9 per dollar"), weak like a ratio's."""
    value = mention.value
    if mention.kind != "money" or not isinstance(value, Amount) or value.value != 1 or value.qualifier:
        return mention
    if _EXCHANGE_BEFORE.search(text, max(0, mention.start - 12), mention.start) or _EXCHANGE_AFTER.match(
        text, mention.end
    ):
        return dataclasses.replace(mention, note=RATE_BASE)
    return mention


def _rank_total(text: str, end: int, taken: _Taken) -> list[Mention]:
    """The field a rank ending at `end` is out of, weak like a share's total: "xếp thứ
    46/133" is "ranked 46th out of 133", which English may also write "ranked 46th"."""
    total = OUT_OF.match(text, end)
    if total is None or not taken.claim(total.start("total"), total.end()):
        return []
    digits = total.group("total")
    return [Mention("count", Amount(Decimal(digits)), total.start("total"), total.end(), digits, SHARE_TOTAL)]


_NEXT_WORDS = skipping(r"[\s\u00a0]+([^\W\d_]+(?:[\s\u00a0]+[^\W\d_]+){0,2})")
# Kinds whose spelled forms are as often idiom as figure: "nấu chín" (cooked), "quanh năm"
# (all year), "one or two", "the first", "một phần ba" in "rule of thirds".
_SPELLED_NEEDS_EVIDENCE = ("count", "ordinal", "fraction")


# Readings kept only so that a counterpart can agree with them: never evidence alone.
_WEAK_NOTES = (DECADE, MAYBE_MULTIPLE, NUMBER_NOUN, IN_A_NAME, NAME_NUMBER, EITHER_ORDER, SHARE_TOTAL,
               DAYS_LISTED, HOLIDAY, RANK_ONE, DESIGNATION, HALF_MAYBE_YEAR, ONE_BY_ARTICLE, WEEKDAY_DATE,
               RATE_BASE, POINT_SHARE, QUARTER_YEAR, MONTH_BEFORE, YEAR_START, YEAR_BEFORE_LOOSE,
               UNIT_DEFINITION, ONE_UNIT)  # fmt: skip
_ROMAN = skipping(r"\b[IVX]{1,4}\b")
_WORD_BEFORE = skipping(r"(?<!\w)([^\W\d_]+)[\s\u00a0]+$")


def on_evidence(mention: Mention, doc: Document) -> bool:
    """Whether a mention was read on positive evidence: written in digits, or a spelled
    number that counts something ("eight inmates", "năm người"). Money, percent,
    durations and the like carry their unit as evidence; spelled ordinals and fractions
    ("the first", "một nửa") are never evidence enough alone."""
    if mention.note in _WEAK_NOTES or _ALL_OF_BEFORE.search(
        doc.text[max(0, mention.start - 6) : mention.start]
    ):
        return False  # "cả hai quốc gia" is "both nations", as often as "the two nations"
    if mention.note == MULTIPLE or _TIMES_BEFORE.search(doc.text[max(0, mention.start - 8) : mention.start]):
        return True  # "tripled", "gấp đôi", "gấp ba": a multiple is a figure
    if mention.kind not in _SPELLED_NEEDS_EVIDENCE or any(ch.isdigit() for ch in mention.text):
        return True
    if _ROMAN.search(mention.text):  # "quý I", "Phase II": Roman numerals are digits too
        return True
    after = _NEXT_WORDS.match(doc.text, mention.end)
    if mention.kind != "count" or after is None:
        return False
    language = get_language(doc.lang)
    before = _WORD_BEFORE.search(doc.text, max(0, mention.start - 12), mention.start)
    value = mention.value.number if isinstance(mention.value, Amount) else None
    number = int(value) if value is not None and value == int(value) else None
    if language.refers_back(before.group(1) if before else "", number, after.group(1)):
        return False  # "the two sides", "hai nước": the parties already named, not a figure
    return language.is_counted(after.group(1))


def counts_occurrence(mention: Mention, doc: Document) -> bool:
    """Whether a spelled ordinal counts occurrences: "the second increase this year", "lần
    điều chỉnh thứ ba". Alone it stays weak ("lần thứ hai" is often "again" in English),
    but two of them at the same place that differ are a discrepancy. ("the first" is left
    out: "lần đầu" is as often "for the first time" as not.)"""
    if mention.kind != "ordinal" or not isinstance(mention.value, int) or mention.value < 2:
        return False
    # (neither stretch runs past a sentence end)
    before = re.split(r"[.!?;]\s", doc.text[max(0, mention.start - 30) : mention.start])[-1]
    after = re.split(r"[.!?;]\s", doc.text[mention.end : mention.end + 40])[0]
    return get_language(doc.lang).counts_occurrences(before, after)


_MISSPELT_UNIT = skipping(r"[\s\u00a0]+([^\W\d_]{6,})(?!\w)")


@cache
def _long_units(code: str) -> dict[str, str]:
    language = get_language(code)
    return {w: u for w, u in {**language.units, **language.durations}.items() if len(w) >= 6 and " " not in w}


@lru_cache(maxsize=1 << 14)  # (a text repeats the words after its counts: each is tried once)
def _near_unit(code: str, word: str) -> str | None:
    """The unit a long word misspells by one letter ("milimeters"), if any."""
    from crosscheck.names import edit_distance_one

    units = _long_units(code)
    if word in units:
        return None  # read already, or not a unit after all
    return next((u for w, u in units.items() if edit_distance_one(w, word)), None)


# "vòng loại Asian Cup 2027 ngày 25/3": the word "ngày" after a year opens the date that
# follows it, already read, and is no unit of the year ("2027 days").
_YEAR_THEN_DATE = re.compile(r"(?:1[89]|20)\d\d(?=[\s\u00a0]+(?:ngày|NGÀY)$)")


def _years_before_dates(phrases: list[Phrase], text: str, code: str, taken: _Taken) -> Iterable[Phrase]:
    """The phrases, a Vietnamese year whose unit word opens a date read before it given
    back as the year alone."""
    for phrase in phrases:
        year = _YEAR_THEN_DATE.match(phrase.text) if code == "vi" else None
        if year and not taken.free(phrase.start, phrase.end) and taken.free(phrase.start, phrase.start + 4):
            for alone in find_phrases(year.group(), code)[:1]:
                yield dataclasses.replace(alone, start=phrase.start, end=phrase.start + 4)
        else:
            yield phrase


def _from_phrase(phrase: Phrase, text: str, code: str, taken: _Taken) -> Mention:
    first = phrase.amounts[0]
    start = phrase.start
    if phrase.bare_digits and len(phrase.text) == 4 and 1800 <= first.number <= 2100:
        # A bare four-digit number is a year; Vietnamese says "năm 2024", keep the word.
        before = text[max(0, start - 4) : start]
        free = taken.free(start - 4, start)
        if code == "vi" and before.lower().rstrip() == "năm" and before[-1].isspace() and free:
            start -= 4
        return Mention("year", int(first.number), start, phrase.end, text[start : phrase.end])
    kind = classify(first)
    if kind == "count":  # "50-150 milimeters": a misspelt unit is still that unit
        misspelt = _MISSPELT_UNIT.match(text, phrase.end)
        unit = _near_unit(code, misspelt.group(1).lower()) if misspelt else None
        if misspelt and unit:
            amounts = tuple(dataclasses.replace(a, unit=unit) for a in phrase.amounts)
            end = misspelt.end()
            return Mention(classify(amounts[0]), amounts[0], start, end, text[start:end],
                           f"read through a misspelt unit ({unit})", amounts[1:])  # fmt: skip
    alternatives = tuple(a for a in phrase.amounts[1:] if classify(a) == kind)
    if kind == "money" and first.unit == "USD" and _ANY_DOLLAR.search(phrase.text):
        alternatives += tuple(dataclasses.replace(a, unit=iso) for a in phrase.amounts for iso in DOLLARS)
    return Mention(
        kind, first, start, phrase.end, phrase.text, note=phrase.notes[0], alternatives=alternatives
    )  # fmt: skip


_SINCE_BEFORE = re.compile(r"(?<!\w)(?:since|kể[\s\u00a0]+từ)[\s\u00a0]+$", re.IGNORECASE)


def since(mention: Mention, doc: Document) -> bool:
    """Whether a year is the start of a comparison ("since 2019", "kể từ năm 2019")."""
    return _SINCE_BEFORE.search(doc.text, max(0, mention.start - 8), mention.start) is not None


def _resolve_year_before(mentions: list[Mention], doc: Document, dateline: date | None) -> list[Mention]:
    """ "year on year" is the year before the year its sentence speaks of."""
    # The nearest year figure before and after each mention, found in one pass each way:
    # scanning the sentence for every "year on year" would be quadratic in a long one.
    # (not a year a comparison starts from: "the fastest pace since 2019", "kể từ năm 2019"
    # date the record, not the figure the change is of)
    years = [m.kind == "year" and isinstance(m.value, int) and not since(m, doc) for m in mentions]
    previous: list[int | None] = []
    last: int | None = None
    for i, is_year in enumerate(years):
        previous.append(last)
        last = i if is_year else last
    following: list[int | None] = [None] * len(mentions)
    last = None
    for i in range(len(mentions) - 1, -1, -1):
        following[i] = last
        last = i if years[i] else last
    resolved = []
    for i, m in enumerate(mentions):
        if m.kind == "year" and m.value == YEAR_BEFORE:
            start, end = doc.sentence_bounds(m.start)
            before, after = previous[i], following[i]
            if before is not None and mentions[before].start >= start:
                base = mentions[before].value
            elif after is not None and mentions[after].start < end:
                base = mentions[after].value
            elif dateline is not None:
                base = dateline.year
            else:
                continue
            m = Mention("year", base - 1, m.start, m.end, m.text, m.note)
        resolved.append(m)
    return resolved
