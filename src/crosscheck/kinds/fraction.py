"""Fraction: "1/3" is "one third" is "một phần ba"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from fractions import Fraction

from crosscheck.kinds import Found
from crosscheck.lang import get as get_language
from crosscheck.regex_starts import skipping
from crosscheck.scanning import finditer

_EN_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5,
                    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}  # fmt: skip
_EN = skipping(
    # The first letters of the numerators, tested first: cheaper than the alternation everywhere.
    r"(?=[aotfsen])\b(?P<num>a|one|two|three|four|five|six|seven|eight|nine)[\s\u00a0-]+"
    rf"(?P<den>{'|'.join(sorted(_EN_DENOMINATORS, key=len, reverse=True))})s?\b"
    # (or a comparative: "a third more than for Hangzhou" is 33 % more, "tăng khoảng 33%")
    r"(?=[\s\u00a0]+of\b|[\s\u00a0]*[.,;:!?)]|[\s\u00a0]*$"
    r"|[\s\u00a0]+(?:more|less|fewer|higher|lower|bigger|larger|smaller|greater|cheaper|dearer)\b"
    # (or the verb of the share as a subject: "a third are badly degraded")
    r"|[\s\u00a0]+(?:are|were|is|was|have|has|had|will|would|remain|remained)\b)",
    re.IGNORECASE,
)
# A change by a share, whatever follows: "grew by nearly a quarter last year" (gần 25%),
# "cut by a third" (giảm một phần ba). "By" makes the share, so "third" is no ordinal here.
_EN_BY = skipping(
    r"(?=[bB])\bby[\s\u00a0]+(?:(?:nearly|almost|about|around|roughly|some|over|more[\s\u00a0]+than"
    r"|less[\s\u00a0]+than|just[\s\u00a0]+(?:under|over))[\s\u00a0]+)?"
    r"(?:(?P<num>a|one|two|three)[\s\u00a0-]+)?(?P<den>half|third|quarter|fifth)s?\b(?![\s\u00a0-]+(?:of[\s\u00a0]+a[\s\u00a0]+)?century)",
    re.IGNORECASE,
)
# A share reached or made up, whatever follows: "a share expected to reach a quarter by
# 2049" (25%), "rose to a third", "accounts for half" ("to a quarter earlier" is a time).
_EN_REACHED = skipping(
    r"(?=[rtamRTAM])\b(?:reach(?:es|ed|ing)?|to|accounts?[\s\u00a0]+for|accounted[\s\u00a0]+for"
    r"|makes?[\s\u00a0]+up|made[\s\u00a0]+up|represent(?:s|ed|ing)?)[\s\u00a0]+"
    r"(?:(?:nearly|almost|about|around|roughly|over|more[\s\u00a0]+than|less[\s\u00a0]+than"
    r"|just[\s\u00a0]+(?:under|over))[\s\u00a0]+)?"
    r"(?P<num>a|one|two|three)[\s\u00a0-]+(?P<den>half|third|quarter|fifth)s?\b"
    r"(?![\s\u00a0-]+(?:earlier|ago|before|later|after|(?:of[\s\u00a0]+a[\s\u00a0]+)?century)\b)",
    re.IGNORECASE,
)
# After these a number and "quarters" or "thirds" count periods, not a share.
_COUNTS_PERIODS = ("first ", "last ", "past ", "next ")
_VI = skipping(
    # The first letters of the numerators, tested first: cheaper than the look-behinds everywhere.
    r"(?=[mhbnstc])(?:(?<!\w)(?P<num>một|hai|ba|bốn|năm|sáu|bảy|tám|chín)[\s\u00a0]+phần[\s\u00a0]+"
    r"(?P<den>hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?!\w)|(?<!\w)(?P<half>một[\s\u00a0]+nửa)(?!\w)"
    r"|(?<!\w)(?P<one>một)[\s\u00a0]+trên[\s\u00a0]+(?P<of>hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,3})(?!\w))",
    re.IGNORECASE,
)
# "one in five adults" is "cứ năm người lớn thì có một người" (every five adults, one):
# "cứ", a number and its noun phrase ("trẻ em gái dân tộc thiểu số ở miền núi phía Bắc",
# up to fourteen syllables, no punctuation), then "thì (có)", a rounding word the English
# puts before the share ("About one in ten" is "thì có khoảng 1"), and the share.
_VI_EVERY = skipping(
    r"(?=[Cc])(?<!\w)[Cc]ứ[\s\u00a0]+(?P<den>\d{1,3}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[\s\u00a0]+"
    r"(?:[^\W\d_]+[\s\u00a0]+){1,14}?thì[\s\u00a0]+(?:có[\s\u00a0]+)?"
    r"(?:(?:khoảng|gần|chừng|xấp[\s\u00a0]+xỉ|hơn|trên|dưới|chưa[\s\u00a0]+đến)[\s\u00a0]+)?"
    r"(?P<num>một|hai|ba|\d{1,2})(?!\w)",
    re.IGNORECASE,
)
# A bare "a/b" is a fraction when it is proper and small; "19/2" and "6/11" are dates.
_DIGITS = skipping(r"(?=\d)(?<![\d/.,])(\d{1,2})/(\d{1,2})(?![\d/])")
_VI_DENOMINATORS = {"hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                    "tám": 8, "chín": 9, "mười": 10}  # fmt: skip


_NEXT_WORD = skipping(r"[\s\u00a0]+([^\W\d_]+)")
# "one in five", "three in 10" (a share, the smaller number first); "half of"
_EN_ONE_IN = skipping(
    # (never the decimals of a score: "1.01 out of 10" is no "1 out of 10")
    r"(?=[oatfsen\d])\b(?<![\d][.,])(?P<num>one|a|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?P<in>in|out\s+of)\s+"
    r"(?:every\s+)?"  # "one in every five people"
    r"(?P<den>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE,
)
# A rank's or a score's number is no share's: "No. 1 in", "5-4 in 11 innings"
_RANK_OR_SCORE_BEFORE = re.compile(r"(?:No\.?|\d[-–])[\s\u00a0]*$", re.IGNORECASE)
# "the first half of October" is a time, not a share.
_EN_HALF = skipping(
    r"(?=half)(?<!first )(?<!second )(?<!top )(?<!bottom )(?<!last )(?<![\w-])half(?=\s+(?:of|the)\b)",
    re.IGNORECASE,
)

# "with students paying half", "at half price", "half-price tickets": half of a price paid
# is a share of it, as "giảm 50%" (50 % off) says ("half an hour" is no price)
_EN_HALF_PRICE = skipping(
    r"(?=[phPH])(?:(?<!\w)(?:pay|pays|paying|paid)[\s\u00a0]+(?P<paid>half)(?![\w-])(?![\s\u00a0]+(?:an?|the|of)\b)"
    r"|(?<![\w-])(?P<price>half)[\s\u00a0-]+price[sd]?\b)",
    re.IGNORECASE,
)


def parse(raw: object, dateline: date | None) -> Fraction:
    text = str(raw).strip()
    try:
        return Fraction(text)
    except (ValueError, ZeroDivisionError):
        found = list(find(text, "en", None))
        if len(found) == 1:
            value: Fraction = found[0].value
            return value
    raise ValueError(f'{raw!r} is not a fraction; write it as "1/3"')


def equal(a: Fraction, b: Fraction) -> bool:
    return a == b


def show(value: Fraction) -> str:
    return f"{value.numerator}/{value.denominator}"


def is_fraction_like(numerator: int, denominator: int) -> bool:
    return 0 < numerator < denominator <= 10


def find(text: str, code: str, dateline: date | None) -> Iterator[Found]:
    for m in finditer(_DIGITS, text):
        a, b = int(m.group(1)), int(m.group(2))
        if is_fraction_like(a, b):
            yield Found(m.start(), m.end(), Fraction(a, b))
    if code == "en":
        read = get_language("en").read_cardinal
        for m in finditer(_EN_ONE_IN, text):
            before, glued = text[max(0, m.start() - 4) : m.start()], text[m.end() : m.end() + 1]
            if _RANK_OR_SCORE_BEFORE.search(before) or glued == "-":
                continue  # "world No. 1 in three-cushion billiards", "won 5-4 in 11 innings"
            num_text, den_text = m.group("num").lower(), m.group("den")
            num = 1 if num_text in ("a", "one") else int(num_text) if num_text.isdigit() else read(num_text)
            den = int(den_text) if den_text.isdigit() else read(den_text)
            after = _NEXT_WORD.match(text, m.end())
            language = get_language("en")
            if after and (
                after.group(1).lower() in language.durations or after.group(1).lower() in language.units
            ):
                continue  # "3 in 10 days" is a count in a span, no share
            # "3 out of 10" is "3/10", read as a fraction the same way (proper and small);
            # "29 out of 30" stays two numbers, as "29/30" does
            out_of = m.group("in").lower() != "in"
            if num and den and num < den and (not out_of or is_fraction_like(num, den)):
                yield Found(m.start(), m.end(), Fraction(num, den))
        for m in finditer(_EN_BY, text) if "by" in text else ():
            word, part = m.group("num"), m.group("den").lower()
            num = 1 if (word or "a").lower() in ("a", "one") else read(word)
            if num and (word or part == "half"):  # "by half", but not "by third"
                start = m.start("num") if word else m.start("den")
                yield Found(start, m.end(), Fraction(num, _EN_DENOMINATORS[part]))
        for m in finditer(_EN_REACHED, text):
            word, part = m.group("num").lower(), m.group("den").lower()
            num = 1 if word in ("a", "one") else read(word)
            if num and num < _EN_DENOMINATORS[part]:
                yield Found(m.start("num"), m.end(), Fraction(num, _EN_DENOMINATORS[part]))
        for m in finditer(_EN_HALF, text):
            yield Found(m.start(), m.end(), Fraction(1, 2))
        for m in finditer(_EN_HALF_PRICE, text) if "alf" in text else ():
            half = "paid" if m.group("paid") else "price"
            yield Found(m.start(half), m.end(half), Fraction(1, 2))
        for m in finditer(_EN, text):
            if text[max(0, m.start() - 6) : m.start()].lower().endswith(_COUNTS_PERIODS):
                continue  # "the first three quarters" counts periods
            num = 1 if m.group("num").lower() in ("a", "one") else read(m.group("num"))
            den = _EN_DENOMINATORS[m.group("den").lower()]
            if num:
                yield Found(m.start(), m.end(), Fraction(num, den))
    else:
        read = get_language("vi").read_cardinal
        for m in finditer(_VI_EVERY, text) if "ứ" in text else ():
            num, den = (int(g) if g.isdigit() else read(g) for g in m.group("num", "den"))
            if num and den and num < den:
                yield Found(m.start(), m.end(), Fraction(num, den))
        for m in finditer(_VI, text):
            if m.group("half"):
                yield Found(m.start(), m.end(), Fraction(1, 2))
                continue
            if m.group("one"):  # "một trên năm": one in five
                of = m.group("of").lower()
                den = int(of) if of.isdigit() else _VI_DENOMINATORS[of]
                yield Found(m.start(), m.end(), Fraction(1, den))
                continue
            num = 1 if m.group("num").lower() == "một" else read(m.group("num"))
            den = _VI_DENOMINATORS[m.group("den").lower()]
            if num:
                yield Found(m.start(), m.end(), Fraction(num, den))
