"""A solar date restated in the lunar calendar in the same version: "từ ngày 14/2 đến hết
ngày 22/2/2026 (tức từ 27 tháng Chạp đến hết mùng 6 tháng Giêng)". The English gives the
solar dates only; the lunar ones restate them.

The evidence is the calendar's arithmetic (`lunar_calendar`): a date named in the lunar
calendar ("âm lịch", "rằm", a month called Giêng or Chạp, a day of Tết) that is the lunar
date of a solar date in the same sentence, in the year that sentence writes (in some year
of living memory where it writes none). The lunar date then
restates the solar one (`restated`); one the arithmetic does not give stays a date, and
flags.
"""

from __future__ import annotations

import re
from datetime import date

from crosscheck.kinds import Mention
from crosscheck.lunar_calendar import lunar_date
from crosscheck.text import Document

LUNAR_RESTATED = "a solar date restated in the lunar calendar"

_LUNAR_WORDS = re.compile(r"(?i:giêng|chạp|âm[\s\u00a0]+lịch|rằm)|ÂL|lunar")
_SENTENCE_END = re.compile(r"[.!?;][\s\u00a0]")


# Where the sentence writes no year ("ngày 17/2 (tức mùng 1 Tết)"), the years of living
# memory: a restatement that is right in one of them cannot be shown wrong.
_UNKNOWN_YEAR = range(1950, 2051)


def _solar(m: Mention, year: int | None) -> date | None:
    value = m.value
    day, month = getattr(value, "day", None), getattr(value, "month", None)
    if m.kind != "date" or day is None or month is None or getattr(value, "lunar", False):
        return None
    if _LUNAR_WORDS.search(m.text):
        return None
    try:
        return date(value.year or year or 0, month, day)
    except ValueError:
        return None


def _lunar(m: Mention) -> tuple[int, int] | None:
    """The (day, month) a mention names in the lunar calendar, if it names one."""
    value = m.value
    day, month = getattr(value, "day", None), getattr(value, "month", None)
    if m.kind != "date" or day is None or month is None:
        return None
    return (day, month) if getattr(value, "lunar", False) or _LUNAR_WORDS.search(m.text) else None


def lunar_restatements(doc: Document, mentions: list[Mention]) -> dict[int, tuple[str, int | None]]:
    """Each lunar date that is the lunar date of a solar date of its sentence, by id, with
    the note and the id of the solar date."""
    lunar = [(m, named) for m in mentions if (named := _lunar(m)) is not None]
    if not lunar:
        return {}
    found: dict[int, tuple[str, int | None]] = {}
    text = doc.text
    for m, named in lunar:
        sentence = [
            s for s in mentions if not _SENTENCE_END.search(text, min(s.start, m.start), max(s.end, m.end))
        ]
        years = {getattr(s.value, "year", None) for s in sentence if s.kind == "date"} - {None}
        years |= {int(s.value) for s in sentence if s.kind == "year" and isinstance(s.value, int)}
        for s in sentence:
            solar = [_solar(s, y) for y in (years or _UNKNOWN_YEAR)]
            if any(d is not None and lunar_date(d)[:2] == named for d in solar):
                found[id(m)] = (LUNAR_RESTATED, id(s))
                break
    return found
