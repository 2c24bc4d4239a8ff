"""Months named from another month: "rose 0.32% in November from October" is "tháng 11 tăng
0,32% so với tháng trước"; "since January" is "từ đầu năm" (since the year's start).

A month-on-month change names its base either by the month ("from October") or by its
place ("so với tháng trước", "from the previous month"). The base is the month before the
one the sentence names, so it is read as that month, on that evidence only: a comparison
cue and a month named earlier in the same sentence. The start of the year is January.

Both readings are weak (`extract.on_evidence`): they agree with the month the other
version writes, and alone they are no fact to flag, as the other version may say
"month-on-month" or "so far this year" in words nobody reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import cache

from crosscheck.kinds import Found
from crosscheck.lang import alternation
from crosscheck.lang import get as get_language
from crosscheck.regex_starts import skipping
from crosscheck.scanning import finditer

MONTH_BEFORE = "the month before the month the sentence names"
YEAR_START = "the start of the year, January"

_S = r"[\s\u00a0]+"
# (a sentence ends at a full stop, question or exclamation mark before a space)
_SENTENCE_END = re.compile(r"[.!?][\s\u00a0]+")

# "so với tháng trước", "so với tháng liền trước": compared with the month before
_VI_BEFORE = skipping(rf"(?<!\w)(?i:so{_S}với){_S}(?P<base>tháng(?:{_S}liền)?{_S}trước)(?!\w)")
# "tháng 11", "tháng 11/2026": the month the change is of (not "11 tháng", a span)
_VI_MONTH = re.compile(rf"(?<!\w)[Tt]háng{_S}(\d{{1,2}})(?![\d,.]\d|\w)")
# "từ đầu năm (đến nay)": since the year's start; not "từ đầu năm 2025" nor "đầu năm học"
_VI_YEAR_START = skipping(rf"(?<!\w)(?i:từ){_S}(?P<base>đầu{_S}năm)(?!{_S}(?:\d|học|tài|nay\b))(?!\w)")

_EN_BEFORE = skipping(
    rf"(?<!\w)(?i:from|than|over|compared{_S}(?:with|to)|versus|vs\.?){_S}"
    rf"(?P<base>(?i:the{_S}(?:previous|prior|preceding){_S}month|the{_S}month{_S}before|a{_S}month{_S}earlier))"
    r"(?!\w)"
)
_EN_YEAR_START = skipping(
    rf"(?<!\w)(?i:since){_S}(?P<base>(?i:the{_S}(?:start|beginning){_S}of{_S}(?:the|this){_S}year))(?!\w)"
)


@cache
def _en_month() -> re.Pattern[str]:
    # full month names only, after "in": "in November", not "May" the verb
    names = {
        w: n for w, n in get_language("en").months.items() if (len(w) > 3 or w == "may") and "." not in w
    }
    return re.compile(rf"(?<!\w)(?i:in){_S}((?i:{alternation(names)}))(?!\w)")


def _sentence_before(text: str, start: int) -> str:
    """The text of the sentence up to `start`."""
    head = text[max(0, start - 200) : start]
    ends = list(_SENTENCE_END.finditer(head))
    return head[ends[-1].end() :] if ends else head


def _named_month(text: str, start: int, code: str) -> int | None:
    """The last month the sentence names before `start`, if any."""
    before = _sentence_before(text, start)
    if code == "vi":
        found = list(_VI_MONTH.finditer(before))
        month = int(found[-1].group(1)) if found else 0
        return month if 1 <= month <= 12 else None
    named = list(_en_month().finditer(before))
    return get_language("en").months[named[-1].group(1).lower()] if named else None


def _month(month: int, dateline: date | None) -> object:
    from crosscheck.kinds.date import Day, _with_year

    made: Day | None = _with_year(month, None, None, dateline)
    return made


def find(text: str, code: str, dateline: date | None) -> Iterator[Found]:
    """The month-on-month bases and year starts of a text, read as months."""
    before, year_start = (_VI_BEFORE, _VI_YEAR_START) if code == "vi" else (_EN_BEFORE, _EN_YEAR_START)
    for m in finditer(before, text):
        month = _named_month(text, m.start(), code)
        if month is not None:
            yield Found(m.start("base"), m.end("base"), _month(12 if month == 1 else month - 1, dateline),
                        MONTH_BEFORE)  # fmt: skip
    for m in finditer(year_start, text):
        yield Found(m.start("base"), m.end("base"), _month(1, dateline), YEAR_START)
