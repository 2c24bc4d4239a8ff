"""Date: "2025-02-19" is "Ngày 19/2" (year from the dateline) is "19 tháng 2 năm 2025".

A date written without its year takes the dateline's year (the year before when that
would put it more than half a year after the dateline). A month written alone is a date
of month precision: "in February" is "tháng 2".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache

from crosscheck.kinds import Found
from crosscheck.kinds.fraction import is_fraction_like
from crosscheck.lang import alternation
from crosscheck.lang import get as get_language
from crosscheck.lang.cldr import month_names
from crosscheck.regex_starts import skipping
from crosscheck.scanning import finditer


@dataclass(frozen=True, order=True)
class Day:
    year: int | None  # None: written without a year, and no dateline to give one
    month: int
    day: int | None = None  # None: a month
    lunar: bool = False  # of the lunar calendar (`crosscheck.lunar`): never a solar date

    def show(self) -> str:
        year = "????" if self.year is None else f"{self.year:04d}"
        text = f"{year}-{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")
        return f"{text} (lunar)" if self.lunar else text


def parse(raw: object, dateline: date | None) -> Day:
    if isinstance(raw, date):
        return Day(raw.year, raw.month, raw.day)
    m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\s*", str(raw))
    if m:
        day = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)
        if day:
            return day
    found = list(find(str(raw), "en", dateline))
    if len(found) == 1:
        value: Day = found[0].value
        return value
    raise ValueError(f"{raw!r} is not a date; write 2025-02-19 (or 2025-02 for a month)")


def equal(a: Day, b: Day) -> bool:
    return a == b


def show(value: Day) -> str:
    return value.show()


def _make(year: int, month: int, day: int | None) -> Day | None:
    try:  # (a day 0, "lội ngược dòng từ 0-2", is no date; None is a month alone)
        date(year, month, 1 if day is None else day)
    except ValueError:
        return None
    return Day(year, month, day)


def _with_year(month: int, day: int | None, year: str | None, dateline: date | None) -> Day | None:
    if year:
        return _make(int(year), month, day)
    if dateline is None:
        made = _make(2000, month, day)  # a leap year, so 29 February stays possible
        return Day(None, month, day) if made else None
    made = _make(dateline.year, month, day)
    # News speaks of the half year around its dateline: "Dec 30" in January is last year's.
    when = date(dateline.year, month, day or 1) if made else None
    # (a difference of dates, not a date ± 183 days: that overflows near the years 1 and 9999)
    if when and (when - dateline).days > 183:
        made = _make(dateline.year - 1, month, day)
    elif when and (when - dateline).days < -183:
        made = _make(dateline.year + 1, month, day)
    return made


_S = r"[\s\u00a0]+"
# Each pattern opens with a look-ahead at its first character: a cheap test that
# spares trying the look-behinds and alternations at every position of a long text.
_ISO = skipping(r"(?=\d)(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")


@cache
def _english() -> list[re.Pattern[str]]:
    months = alternation(name.capitalize() for name in get_language("en").months)
    full = alternation(n.capitalize() for n in get_language("en").months if len(n) >= 4 and n != "march")
    names = get_language("en").months
    shortened = alternation(n.capitalize() for n in names if len(n) <= 4 and n not in ("may", "june", "july"))
    return [
        skipping(rf"(?=[A-Z])\b(?P<month>{months})\.?{_S}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
                   rf"(?:,?{_S}(?P<year>\d{{4}})\b)?"),
        skipping(rf"(?=\d)\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{_S}(?:of{_S})?(?P<month>{months})\b\.?"
                   rf"(?:,?{_S}(?P<year>\d{{4}})\b)?"),
        skipping(rf"(?=[A-Z])\b(?P<month>{months})\.?,?{_S}(?P<year>\d{{4}})\b"),
        # A month alone: a full name is one, but "May" and "March" are verbs too and need
        # a word that makes them months ("in May", "since March").
        skipping(rf"(?=[A-Z])\b(?P<month>{full})\b(?!{_S}\d)"),
        # An abbreviation with its dot is a month and nothing else: "later Oct.", "in Sept."
        skipping(rf"(?=[A-Z])\b(?P<month>{shortened})\.(?!\w|{_S}\d)"),
        # "March alone brought in 2.2 million visitors": a sentence that opens on "March" and
        # a lower-case word is the month's (news writes no orders to march)
        skipping(r"(?=M)(?:(?<![\w\s])|(?<=[.!?]\s)|(?<=\n))(?P<month>March)(?=\s+[a-z])"),
        # (the month first, its cue word checked in `find`: cheaper than the cue words at
        # every word of the text)
        skipping(rf"(?=[A-Z])(?<=[{_S[1:-2]}-])(?P<month>{months})\b(?!{_S}\d)"),
    ]  # fmt: skip


# "9/11", "2/19/2025": English news writes the month first or the day first, by country;
# both readings are kept, and alone it is never evidence enough to flag.
_EN_SLASHED = skipping(r"(?=\d)(?<![\d/.,])(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/]|[.,]\d)")
EITHER_ORDER = "a date written with slashes, month or day first"

# ("for May", "job gains for March": a month is what a figure is for; the modal "may" is
# never capitalised inside a sentence, and news writes no orders to march)
_EN_CUE = skipping(r"\b(?i:in|on|since|until|by|from|to|through|last|next|early|late|mid|of|for|"
                     r"this|between|and|during|the|ending|ended)[\s\u00a0-]+$"
                     # the end of a range of months: "January-March", "Jan–May"
                     r"|\b(?:Jan(?:uary)?|Feb(?:ruary)?|Apr(?:il)?|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?"
                     r"|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?[-–—]$")  # fmt: skip


# "nghỉ lễ 30/4", "dịp 2/9", "Quốc khánh 2/9", "lễ 30/4 - 1/5": Vietnamese names a holiday
# by its date, where English says "Reunification Day". The date is read (never as a
# fraction) but, like a name, it is no fact the other version must repeat.
# (the digits first, so that the regex engine skips to each slash date; the word before is
# tested apart)
# ("lễ 30/4 - 1/5", "dịp 30/4 và 1/5": both days are the holidays' dates, each read)
_VI_HOLIDAY = skipping(
    r"(?P<day>\d{1,2})/(?P<month>\d{1,2})(?:(?P<joiner>[\s\u00a0]*[-–][\s\u00a0]*|[\s\u00a0]+và[\s\u00a0]+)"
    r"(?P<day2>\d{1,2})/(?P<month2>\d{1,2}))?(?![\d/])"
)
# "Ngày Doanh nhân Việt Nam 13-10", "Ngày Nhà giáo Việt Nam 20/11": a day named after
# "Ngày" (a capital first), then its date; the date is the holiday's name's, as above.
_NAMED_DAY = skipping(
    r"(?=N)\bNgày(?P<name>(?:[\s\u00a0]+[^\W\d_][\w]*){1,6}?)[\s\u00a0]+"
    r"(?P<day>\d{1,2})[-/](?P<month>\d{1,2})(?![\d/-]|[.,]\d)"
)
_HOLIDAY_WORD = skipping(r"(?:^|[^\w\d])(?:[Ll]ễ|[Dd]ịp|[Kk]hánh)[\s\u00a0]$")
HOLIDAY = "a holiday named by its date"

# "tối thứ Bảy (14-9)", "Chủ nhật (15/9)": Vietnamese news gives a weekday its date in
# brackets where English says only "Saturday". The date is read, and agrees with a date
# the other version writes, but alone it only repeats the weekday and never flags.
_VI_WEEKDAY_DATE = skipping(
    r"(?=[TtCc])\b(?:[Tt]hứ[\s\u00a0]+(?i:hai|ba|tư|năm|sáu|bảy|[2-7])|[Cc]hủ[\s\u00a0]+(?i:nhật))"
    r"[\s\u00a0]*\([\s\u00a0]*(?P<day>\d{1,2})[\s\u00a0]*[/-][\s\u00a0]*(?P<month>\d{1,2})"
    r"(?:[/-](?P<year>\d{4}))?[\s\u00a0]*\)"
)
WEEKDAY_DATE = "the date of a weekday, in brackets"

_MONTH_WORD = (
    r"(?P<mword>(?i:mười một|mười hai|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|giêng|chạp))(?!\w)"
)


VI_WEEKDAY_NAMES = ("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật")


# A wire dateline opens a story with its place and day, then the agency: "Hà Nội, 6/10
# (TTXVN) -". There a day and month that would read as a small fraction are the date.
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*[A-ZĐÀ-Ỹ][^\n,()]{0,40},[^\S\n]*$")
_DATELINE_AFTER = re.compile(r"[^\S\n]*\([^\n()]{2,20}\)")


def _in_dateline(text: str, start: int, end: int) -> bool:
    return bool(_DATELINE_AFTER.match(text, end) and _DATELINE_BEFORE.search(text, max(0, start - 48), start))


@cache
def _vietnamese() -> list[re.Pattern[str]]:
    # CLDR writes Vietnamese months as "tháng 2": the word before the number.
    word = re.sub(r"\d", "", get_month_names_vi()).strip()
    d, m, y = r"(?P<day>\d{1,2})", r"(?P<month>\d{1,2})", r"(?P<year>\d{4})"
    # A cue opening a sentence is capitalised ("Từ 1/7, lương ..."): its case does not matter.
    behind = "|".join(
        rf"(?<=\b[{w[0]}{w[0].upper()}]{w[1:]}\s)"
        # ("Phiên 11-12, VN-Index tăng": a trading session named by its date)
        # ("đến hết 3/5": through the 3rd of May, the end of a range of days)
        for w in ["hôm", "sáng", "chiều", "tối", "trưa", "đêm", "vào", "từ", "đến", "tới", "phiên", "đến hết"]
    )
    # "thứ Tư 2/9", "Chủ nhật, 7/9": a weekday names the day after it (each a fixed width)
    weekdays = "|".join(
        rf"(?<=\b[{a[0]}{a[0].upper()}]{a[1:]}\s[{b[0]}{b[0].upper()}]{b[1:]}{comma}\s)"
        for a, b in (w.split() for w in VI_WEEKDAY_NAMES)
        for comma in ("", ",")
    )
    # The digit first, then the look-behinds: ten look-behinds at every position cost more
    # than all the other date patterns together.
    # "ngày 1 và 2/9": the second of two days listed after "ngày" is a date, even where
    # it would read as a small fraction (the first takes its month from it, `ranges`)
    listed = r"(?<=[Nn]gày\s\d\svà\s)|(?<=[Nn]gày\s\d\d\svà\s)"
    cue = rf"(?:(?:[Nn]gày|NGÀY){_S}|(?=\d)(?:{behind}|{weekdays}|{listed}))"
    return [
        skipping(rf"(?=[\dNn])(?:[Nn]gày{_S})?(?<![\d/.]){d}\s*([/.-])\s*{m}\s*\2\s*{y}(?!\d)"),
        # "ngày 19.2": the word makes it a date
        skipping(rf"(?=[Nn])(?:[Nn]gày|NGÀY){_S}{d}\.{m}(?![\d.])"),
        skipping(rf"(?=[\dNn])(?:[Nn]gày{_S})?(?<!\d){d}{_S}(?i:{word}){_S}{m}(?:{_S}(?i:năm){_S}{y})?\b"),
        # (not "từ 6-9%" or "từ 5-7 ngày": a range, when a unit or counted noun follows)
        skipping(rf"(?=[\dNn]){cue}{d}\s*[/-]\s*{m}(?![\d/-]|\s*(?:%|(?i:{_range_units()})(?!\w)))"),
        # (the southern press writes the month and year with a hyphen: "cuối tháng 3-2027")
        skipping(rf"(?=[Tt])\b(?i:{word}){_S}{m}(?:(?:\s*[/-]\s*|,{_S}|{_S}(?i:năm){_S}){y})?(?![\d/])"),
        # Word months: "tháng Giêng", and with a day, "ngày 16 tháng Hai", "4 tháng Bảy năm 1776".
        skipping(rf"(?=[Tt])\b(?i:{word}){_S}{_MONTH_WORD}(?:{_S}(?i:năm){_S}{y})?"),
        skipping(
            rf"(?=\d|[Nn]gày)(?:[Nn]gày{_S})?(?<![\d/.,]){d}{_S}(?i:{word}){_S}{_MONTH_WORD}"
            rf"(?:{_S}(?i:năm){_S}{y})?"
        ),
        skipping(rf"(?=\d)(?<![\d/.,]){d}/{m}(?![\d/])"),  # bare d/m, when not a small fraction
    ]


_YEAR_AFTER = re.compile(r"[\s\u00a0]+\d{4}(?!\d)")
# A noun of quantity after a small fraction makes it a share ("tới 1/3 lượng hàng xuất
# khẩu", "1/4 số hộ", "2/3 diện tích"), where a cue word before it would make it a date.
_SHARE_OF = re.compile(
    r"[\s\u00a0]+(?:lượng|số|tổng|diện[\s\u00a0]+tích|dân[\s\u00a0]+số|khối[\s\u00a0]+lượng|sản[\s\u00a0]+lượng)(?!\w)"
)


def _sentence_end_after_month(m: re.Match[str]) -> bool:
    """A full month name then a dot ("July.", "May.") ends a sentence; "Oct." and
    "Sept." are abbreviations."""
    groups = m.groupdict()
    if not groups.get("day") or m.start("day") < m.end("month"):
        return False
    word = m.group("month").lower()
    abbreviation = len(word) <= 4 and word not in ("june", "july", "may")
    return "." in m.string[m.end("month") : m.start("day")] and not abbreviation


def _range_units() -> str:
    """Words that make "5-7" a range of amounts ("5-7 ngày", "6-9 phần trăm"), not a date;
    "năm" and "tháng" are left out, since a date may run on into them."""
    vi = get_language("vi")
    words = set(vi.units) | set(vi.durations) | set(vi.scales) | set(vi.currency_words) | set(vi.counted)
    words |= set(vi.percent_words)
    units = alternation(
        w for w in words - vi.compound_currencies if w not in ("năm", "tháng") and not w.isdigit()
    )
    # ("hôm 9/10 đồng ý" is a date: "đồng" before another word opens that word, as in "đồng ý")
    return rf"{units}|(?:{alternation(vi.compound_currencies)})(?![\s\u00a0]+[^\W\d_])"


def get_month_names_vi() -> str:
    return next(iter(k for k, v in month_names("vi").items() if v == 1 and "1" in k))


def find(text: str, code: str, dateline: date | None) -> Iterator[Found]:
    from crosscheck import lunar, night_dates, relative_months  # (they read Day from here)

    yield from lunar.find(text, code)  # (first: "27 tháng 4 âm lịch" is no solar date)
    yield from relative_months.find(text, code, dateline)  # ("so với tháng trước")
    for m in finditer(_ISO, text):
        day = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if day:
            yield Found(m.start(), m.end(), day)
    if code == "en":
        months = get_language("en").months
        for pattern in _english():
            for m in finditer(pattern, text):
                groups = m.groupdict()
                if _sentence_end_after_month(m):
                    continue  # "in mid-July. 31% of ...": no date across a sentence end
                if pattern is _english()[-1] and not _EN_CUE.search(text, max(0, m.start() - 11), m.start()):
                    continue  # "May" and "March" alone are verbs as often as months
                month = months[m.group("month").lower()]
                day_text = groups.get("day")
                made = _with_year(month, int(day_text) if day_text else None,
                                  groups.get("year"), dateline)  # fmt: skip
                if made:
                    yield Found(
                        m.start("month") if not day_text else m.start(),
                        m.end(),
                        made,
                        "" if groups.get("year") else "year from the dateline",
                    )
        for m in finditer(_EN_SLASHED, text):
            a, b = int(m.group(1)), int(m.group(2))
            if is_fraction_like(a, b):
                continue
            readings = {_with_year(a, b, m.group(3), dateline), _with_year(b, a, m.group(3), dateline)}
            found = sorted(r for r in readings if r)
            if found:
                yield Found(m.start(), m.end(), found[0], EITHER_ORDER, tuple(found[1:]))
        return
    yield from night_dates.find(text, dateline)  # ("đêm 13 rạng sáng 14/12")
    for m in finditer(_VI_HOLIDAY, text) if "/" in text else ():
        if not _HOLIDAY_WORD.search(text, max(0, m.start() - 7), m.start()):
            continue
        made = _with_year(int(m.group("month")), int(m.group("day")), None, dateline)
        if made:
            yield Found(m.start(), m.end("month"), made, HOLIDAY)
        if m.group("day2"):
            last = _with_year(int(m.group("month2")), int(m.group("day2")), None, dateline)
            if last:
                yield Found(m.start("day2"), m.end(), last, HOLIDAY)
    for m in finditer(_NAMED_DAY, text) if "Ngày" in text else ():
        if m.group("name").split()[0][:1].isupper():  # (a name's first syllable: "Doanh nhân")
            made = _with_year(int(m.group("month")), int(m.group("day")), None, dateline)
            if made:
                yield Found(m.start("day"), m.end(), made, HOLIDAY)
    for m in finditer(_VI_WEEKDAY_DATE, text) if "(" in text else ():
        made = _with_year(int(m.group("month")), int(m.group("day")), m.group("year"), dateline)
        if made:
            end = m.end("year") if m.group("year") else m.end("month")
            yield Found(m.start("day"), end, made, WEEKDAY_DATE)
    for pattern in _vietnamese():
        for m in finditer(pattern, text):
            groups = m.groupdict()
            day_text = groups.get("day")
            if groups.get("mword"):
                word = m.group("mword").lower()
                # "sáu tháng một lần" is "every six months", "tháng năm" may be "the years":
                # a month word in lower case is a month only beside a day or a year.
                if m.group("mword")[0].islower() and not (day_text or groups.get("year")):
                    continue
                # "9 tháng năm 2026" is "the nine months of 2026": a lower-case "năm" before
                # a year is the word "year", not May
                if word == "năm" and m.group("mword")[0].islower() and _YEAR_AFTER.match(text, m.end()):
                    continue
                month = (
                    {"giêng": 1, "chạp": 12, "tư": 4}.get(word) or get_language("vi").read_cardinal(word) or 0
                )
            else:
                month = int(m.group("month"))
            day_number = int(day_text) if day_text else None
            if (
                pattern is _vietnamese()[-1]
                and day_number
                and is_fraction_like(day_number, month)
                and not _in_dateline(text, m.start(), m.end())
            ):
                continue
            if day_number and is_fraction_like(day_number, month) and _SHARE_OF.match(text, m.end()):
                continue  # "ảnh hưởng tới 1/3 lượng hàng": a share of a quantity, no date
            made = _with_year(month, day_number, groups.get("year"), dateline)
            if not made:
                continue
            note = "" if groups.get("year") else "year from the dateline"
            if day_number and groups.get("mword") and m.group("mword").lower() in ("giêng", "chạp"):
                # "ngày 21 tháng Giêng": January the 21st to many writers, and to others the
                # lunar date its month's name says (`lunar`): both readings kept
                yield Found(m.start(), m.end(), made, note, (Day(None, month, day_number, lunar=True),))
            else:
                yield Found(m.start(), m.end(), made, note)
