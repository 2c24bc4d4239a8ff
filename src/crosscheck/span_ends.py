"""The last day of a span whose length and first day the sentence states: "trong 3 ngày,
từ ngày 8 đến 10/12" against "over three days from Dec. 8". The English gives the first day
and the length; the Vietnamese adds the last day, which the two give already. The same for
the first day ("lasted five days and ended ... on April 30" against "trong 5 ngày, từ 26/4
đến 30/4").

The evidence: in one sentence, a length in days ("3 ngày", "three days"), and a range of
two dates whose last is the first plus the length less one (the days counted inclusively,
as courts, festivals and holidays are). The last day then restates the first and the
length (`restated`): once the first day found its counterpart, it is no fact of its own. A
last day the arithmetic does not give stays a date, and flags.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta

from crosscheck.figures import Amount
from crosscheck.kinds import Mention
from crosscheck.text import Document

LAST_DAY = "the last day of a span its length and first day give"
FIRST_DAY = "the first day of a span its length and last day give"

_SENTENCE_END = re.compile(r"[.!?;][\s\u00a0]")
_RANGE_GAP = re.compile(
    r"[\s\u00a0]*(?:[-–]|to|through|until|đến(?:[\s\u00a0]+hết)?|tới)[\s\u00a0]*(?:ngày[\s\u00a0]+)?"
)


def _day(m: Mention, year: int | None = None) -> date | None:
    value = m.value
    day, month = getattr(value, "day", None), getattr(value, "month", None)
    if m.kind != "date" or day is None or month is None or getattr(value, "lunar", False):
        return None
    try:  # (a range writes its year once, "từ 26/4 đến 30/4/1975"; 2000 is a leap year)
        return date(value.year or year or 2000, month, day)
    except ValueError:
        return None


def _days(m: Mention) -> int | None:
    value = m.value
    if m.kind != "duration" or not isinstance(value, Amount) or value.unit != "day" or value.qualifier:
        return None
    number = value.value
    return int(number) if number == int(number) and 1 < number <= 31 else None


def span_ends(doc: Document, mentions: list[Mention]) -> dict[int, tuple[str, int | None]]:
    """Each last day of a range that its sentence's length in days gives, by id, with the
    note and the id of the first day."""
    found: dict[int, tuple[str, int | None]] = {}
    text = doc.text
    for first, last in itertools.pairwise(mentions):
        year = getattr(first.value, "year", None) or getattr(last.value, "year", None)
        start, end = _day(first, year), _day(last, year)
        if start is None or end is None or not _RANGE_GAP.fullmatch(text, first.end, last.start):
            continue
        sentence = [
            m
            for m in mentions
            if not _SENTENCE_END.search(text, min(m.start, first.start), max(m.end, first.end))
        ]
        lengths = {_days(m) for m in sentence} - {None}
        if any(end == start + timedelta(days=n - 1) for n in lengths if n is not None):
            # either day restates the other: the one whose counterpart is found checks it
            found[id(last)] = (LAST_DAY, id(first))
            found[id(first)] = (FIRST_DAY, id(last))
    return found
