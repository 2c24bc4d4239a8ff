"""A match's minute said as minutes from the break or the end.

A football report in English says "equalized ten minutes after the break" where the
Vietnamese says "gỡ hòa ở phút 55": half-time falls at the 45th minute, so the span and
the minute are one fact. The cue words are each language's `match_clock`; the other
version's figure must be marked as a minute ("phút 55", "the 55th minute").
"""

from __future__ import annotations

import re
from functools import cache

from crosscheck.figures import Amount
from crosscheck.kinds import Mention
from crosscheck.lang import alternation
from crosscheck.lang import get as get_language

MATCH_MINUTE = "minutes from the break or the end, which the other version gives as the match's minute"

_LAST_MATCH_MINUTE = 120  # extra time's end


@cache
def _cue(lang: str) -> re.Pattern[str]:
    clock = get_language(lang).match_clock
    if not clock:
        return re.compile("(?!)")
    return re.compile(rf"[\s\u00a0]+(?:{alternation(clock)})(?!\w)", re.IGNORECASE)


def match_minute(mention: Mention, text: str, lang: str) -> int | None:
    """The match minute a span of minutes names by the cue after it ("ten minutes after the
    break" is the 55th, "five minutes from time" the 85th); None without a cue."""
    value = mention.value
    if mention.kind != "duration" or not isinstance(value, Amount) or value.unit != "minute":
        return None
    cue = _cue(lang).match(text, mention.end)
    if cue is None or value.value != int(value.value):
        return None
    base = get_language(lang).match_clock[" ".join(cue.group().lower().split())]
    minute = abs(base) + int(value.value) * (1 if base > 0 else -1)
    return minute if 0 < minute <= _LAST_MATCH_MINUTE else None


def marked_as_minute(mention: Mention, text: str, lang: str) -> bool:
    """Whether a number is written as a minute of play: a word for minutes just before it
    ("phút 55", "phút thứ 55") or just after it ("the 55th minute")."""
    minutes = {w for w, unit in get_language(lang).durations.items() if unit == "minute"}
    before = re.findall(r"\w+", text[max(0, mention.start - 16) : mention.start].lower())
    after = re.findall(r"\w+", text[mention.end : mention.end + 12].lower())
    if before and before[-1] == "thứ":
        before = before[:-1]
    return bool((before and before[-1] in minutes) or (after and after[0] in minutes))
