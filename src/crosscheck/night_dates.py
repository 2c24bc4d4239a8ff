"""A night named by the two days it joins: "đêm 13 rạng sáng 14/12" is "the night of Dec. 13-14".

Vietnamese news dates a night by its evening's day alone and gives the month only with the
morning after: "đêm 13 rạng sáng 14/12", "đêm 13, rạng sáng 14/12", "từ đêm 13 đến sáng
14/12". The first day was read as a bare count 13; it is the 13th of the morning's month.
The evidence is the grammar and the calendar together: "đêm" before the first day, "sáng"
or "rạng sáng" before the second, and the second day the next one after the first.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from crosscheck.kinds import Found
from crosscheck.regex_starts import skipping
from crosscheck.scanning import finditer

_S = r"[\s\u00a0]+"
NIGHT = skipping(
    rf"(?=[ĐđDd])(?<!\w)[Đđ]êm{_S}(?:ngày{_S})?(?P<day>\d{{1,2}})(?![\d/.-]|,\d)[\s\u00a0]*,?"
    rf"(?:{_S}(?:và|đến|tới|sang))?{_S}(?:rạng{_S})?sáng{_S}(?:ngày{_S})?"
    rf"(?P<next>\d{{1,2}})[\s\u00a0]*[/-][\s\u00a0]*(?P<month>\d{{1,2}})(?:[/-](?P<year>\d{{4}}))?(?![\d/])"
)
NOTE = "the evening's day of a night dated by the morning after"


def find(text: str, dateline: date | None) -> Iterator[Found]:
    """The evening's day of each such night, as a date of the morning's month (or the month
    before, when the morning is the 1st)."""
    if "êm" not in text:
        return
    from crosscheck.kinds.date import Day, _with_year  # (kinds.date calls this module)

    for m in finditer(NIGHT, text):
        morning = _with_year(int(m.group("month")), int(m.group("next")), m.group("year"), dateline)
        if morning is None or morning.day is None:
            continue
        # (2000 is a leap year: a night into 1 March may be 29 February's)
        evening = date(morning.year or 2000, morning.month, morning.day) - timedelta(days=1)
        if evening.day != int(m.group("day")):
            continue  # not the night before that morning: no evidence which month it is
        year = None if morning.year is None else evening.year
        yield Found(m.start("day"), m.end("day"), Day(year, evening.month, evening.day), NOTE)
