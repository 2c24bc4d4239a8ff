"""Weekday: "Wednesday" is "thứ Tư"; in news it means the dateline's day or the latest
such day before it, so a weekday is checked as the date it points to.

Vietnamese writes "Thứ tư," for "Fourth," too: a weekday there needs a capital (Thứ Tư),
a word that makes it a day (vào, hôm, sáng, chiều, tối) or a date after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from crosscheck.kinds import Found
from crosscheck.lang import alternation
from crosscheck.lang import get as get_language
from crosscheck.regex_starts import skipping
from crosscheck.scanning import finditer
from crosscheck.text import word_key

NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Weekday:
    index: int  # 0 is Monday
    day: date | None = None  # the date it points to, from the dateline

    def show(self) -> str:
        return NAMES[self.index] + (f" ({self.day.isoformat()})" if self.day else "")


def resolve(index: int, dateline: date | None) -> Weekday:
    if dateline is None:
        return Weekday(index)
    back = (dateline.weekday() - index) % 7
    if dateline.toordinal() - back < 1:
        return Weekday(index)  # the dateline is the first days of the calendar: no such day before it
    return Weekday(index, dateline - timedelta(days=back))


def parse(raw: object, dateline: date | None) -> Weekday:
    if isinstance(raw, date):
        return Weekday(raw.weekday(), raw)
    text = str(raw).strip().lower()
    for code in ("en", "vi"):
        index = get_language(code).weekdays.get(text)
        if index is not None:
            return resolve(index, dateline)
    raise ValueError(f'{raw!r} is not a weekday; write "Wednesday" or the date it means')


def equal(a: Weekday, b: Weekday) -> bool:
    return a.index == b.index and (a.day is None or b.day is None or a.day == b.day)


def show(value: Weekday) -> str:
    return value.show()


@cache
def _pattern(code: str) -> re.Pattern[str]:
    names = [n for n in get_language(code).weekdays if len(n) > 3]
    if code == "en":
        # "The Sunday Times" is a newspaper: a capitalised word after the day makes a name.
        # (A look-ahead at the first letter first: cheaper than the alternation everywhere.)
        # "On Tuesdays and Saturdays" is every such day, "vào thứ Ba và thứ Bảy" hàng tuần.
        days = alternation(n.capitalize() for n in names)
        # A word that dates the day before it makes it a day again: "early Wednesday Vietnam
        # time", "on Monday Prime Minister Chinh said" (`_EN_CUE`, tested in `find`).
        return skipping(rf"(?=[MTWFS])\b(?:{days})s?\b(?P<name>(?=[\s\u00a0]+[A-Z][a-z]))?")
    # "Thời báo Chủ nhật" is a paper.
    return skipping(rf"(?=[TtCc])(?<!\w)(?<!báo )(?i:{alternation(names)})(?!\w)")


_EN_CUE = skipping(r"(?<![\w'’-])(?i:on|early|late|last|next|since|until|before|after)[\s\u00a0]+$")
_VI_CUE = skipping(r"(?:vào|hôm|sáng|chiều|tối|trưa|đêm|ngày|các|mỗi|hằng|từ|đến)[\s\u00a0]+$",
                     re.IGNORECASE)  # fmt: skip
_VI_DATE_AFTER = skipping(
    r"^(?:[\s\u00a0]*[(,]?[\s\u00a0]*(?:ngày[\s\u00a0]+)?\d{1,2}/\d{1,2}"
    r"|[\s\u00a0]+(?:tới|này|trước|sau|tuần|vừa qua)(?!\w))"  # "thứ năm tới": next Thursday
)


def find(text: str, code: str, dateline: date | None) -> Iterator[Found]:
    weekdays = {word_key(k): v for k, v in get_language(code).weekdays.items()}
    for m in finditer(_pattern(code), text):
        if (
            code == "en"
            and m.group("name") is not None
            and not _EN_CUE.search(text, max(0, m.start() - 7), m.start())
        ):
            continue  # "The Sunday Times" is a newspaper: a capitalised word after makes a name
        words = m.group(0).split()
        if code == "vi" and not words[0].lower().startswith("chủ"):
            capitalised = words[-1][0].isupper()
            cue = _VI_CUE.search(text, max(0, m.start() - 12), m.start())
            date_after = _VI_DATE_AFTER.match(text[m.end() : m.end() + 20])
            if not capitalised and not cue and not date_after:
                continue  # "Thứ tư, đẩy mạnh ..." is "Fourth, ..."
        every = code == "en" and words[-1].endswith("s")
        index = weekdays.get(word_key(" ".join(words)[: -1 if every else None]))
        if index is not None:  # (every such day is no one date)
            yield Found(m.start(), m.end(), Weekday(index) if every else resolve(index, dateline))
