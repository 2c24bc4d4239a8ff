"""A day counted from a date before it: "on March 19 and ... six days later" is "ngày 25/3".

An editor who has just given one date often gives the next as a count of days from it
("six days later", "two weeks later", "6 ngày sau đó") where the other version writes the
date. Read as a span, the count found no counterpart and the date none either. The evidence
is the word that makes it a point in time ("later", "sau", "sau đó" right after the span)
and a date with its day earlier in the same sentence, the nearest one, which it counts from.
It becomes that date moved on by the span: an edited date or span still disagrees.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta

from crosscheck.figures import Amount
from crosscheck.kinds import Mention

_LATER = {
    "en": re.compile(r"[\s\u00a0]+later\b"),
    "vi": re.compile(r"[\s\u00a0]+sau(?:[\s\u00a0]+đó)?(?!\w)(?![\s\u00a0]+(?:khi|năm|tháng|ngày)\b)"),
}
_DAYS = {"day": 1, "week": 7}
_SENTENCE_END = re.compile(r"[.!?;](?:[\s\u00a0]|$)|\n")
NOTE = "a day counted from the date before it (six days later)"


def _span_days(mention: Mention) -> int | None:
    value = mention.value
    if mention.kind != "duration" or not isinstance(value, Amount) or value.qualifier:
        return None
    step = _DAYS.get(value.unit or "")
    whole = value.number * value.scale * (step or 0)
    return int(whole) if step and whole == int(whole) and 0 < whole <= 366 else None


def dated(mentions: list[Mention], text: str, code: str) -> list[Mention]:
    """The mentions, each span of days followed by "later" that counts from a date earlier in
    its sentence read as the date it names. Cheap: only a text with the word is looked at."""
    later = _LATER.get(code)
    if later is None or ("later" not in text if code == "en" else "sau" not in text):
        return mentions
    out = list(mentions)
    for i, mention in enumerate(out):
        days = _span_days(mention)
        if days is None or not later.match(text, mention.end):
            continue
        before = next(
            (m for m in reversed(out[:i]) if m.kind == "date" and m.value.day and m.note != NOTE), None
        )
        if before is None or _SENTENCE_END.search(text, before.end, mention.start):
            continue
        day = before.value
        if day.lunar:
            continue
        # (a year left unwritten may be a leap year or not: a span across the end of
        # February keeps both days it can end on)
        readings = []
        for year in (day.year,) if day.year else (2000, 2001):
            try:
                when = date(year, day.month, day.day) + timedelta(days=days)
            except (ValueError, OverflowError):
                continue
            moved = dataclasses.replace(day, year=day.year and when.year, month=when.month, day=when.day)
            readings += [moved] if moved not in readings else []
        if readings:
            out[i] = Mention(
                "date", readings[0], mention.start, mention.end, mention.text, NOTE, tuple(readings[1:])
            )
    return out
