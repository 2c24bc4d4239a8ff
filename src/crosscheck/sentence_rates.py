"""A rate whose unit of time its sentence names apart from the figure.

"The village produces around 300 tonnes a year" against "Mỗi năm, làng nghề làm ra trên
dưới 300 tấn bánh"; "about 8 billion kWh a year" against "khoảng 8 tỷ kWh điện mỗi năm":
one version writes the rate onto the unit, the other puts "mỗi năm" at the sentence's
start or after the goods the unit measures. The figure without it is the same rate when
its own sentence says per that unit of time, with a rate word before a unit of time
(`Language.rate_words`: "mỗi năm", "a year") or an adverb (`Language.rate_adverbs`:
"annually", "every year", "hằng năm"); a sentence that says another unit of time, or
none, leaves the two figures apart. ("a year ago", "một năm trước" are a time before.)
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from crosscheck.kinds import Mention
from crosscheck.lang import alternation
from crosscheck.lang import get as get_language
from crosscheck.text import Document

RATE_IN_SENTENCE = "a rate whose unit of time its sentence names apart (mỗi năm, each year)"

_AGO = r"(?![\s\u00a0]+(?:ago|earlier|before|later|after|trước|sau|qua|nữa|tới)(?!\w))"


@cache
def _per_time(code: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """The phrases saying "per <unit of time>" in a language, and each word's unit."""
    language = get_language(code)
    units = {w: u for w, u in language.durations.items() if " " not in w}
    phrase = rf"(?:{alternation(language.rate_words)})[\s\u00a0]+(?P<unit>{alternation(units)})"
    adverbs = language.rate_adverbs
    either = f"{phrase}|(?P<adverb>{alternation(adverbs)})" if adverbs else phrase
    return re.compile(rf"(?<!\w)(?:{either})(?!\w){_AGO}", re.IGNORECASE), units


def times_said(doc: Document, mention: Mention) -> set[str]:
    """The units of time the sentence of a mention says something is per, outside the
    mention itself ("Mỗi năm" → {"year"})."""
    pattern, units = _per_time(doc.lang)
    start, end = doc.sentence_bounds(mention.start)
    said = set()
    for m in pattern.finditer(doc.text, start, end):
        if mention.start <= m.start() < mention.end:
            continue  # (the mention's own rate)
        word = (m.group("unit") or m.group("adverb")).lower()
        unit = units.get(word) or get_language(doc.lang).rate_adverbs.get(word)
        if unit:
            said.add(unit)
    return said


def _split(value: Any) -> tuple[str, str] | None:
    unit = getattr(value, "unit", None)
    if not isinstance(unit, str) or unit.count("/") != 1:
        return None
    measure, per = unit.split("/")
    return measure, per


def same_rate(rate: Any, bare: Any, bare_mention: Mention, doc: Document) -> bool:
    """Whether `bare` (a figure with no unit of time) states the rate `rate` ("300 tonnes
    a year"): the same number, scale and measure, a qualifier in one version at most, and
    the bare figure's sentence says per the rate's unit of time."""
    parts = _split(rate)
    if parts is None or getattr(bare, "unit", None) != parts[0]:
        return False
    if (rate.number, rate.scale) != (bare.number, bare.scale):
        return False
    if None not in (rate.qualifier, bare.qualifier) and rate.qualifier != bare.qualifier:
        return False
    return parts[1] in times_said(doc, bare_mention)
