"""Time of day: "3 p.m." is "15 giờ", "15h" and "3 giờ chiều"; "5 a.m." is "05:00".

Vietnamese "15 giờ" is also fifteen hours: it is a time here only with a word that makes
it one (lúc, vào, từ, đến; sáng, chiều, tối after it), minutes, or the "15h" spelling;
otherwise the figure reader keeps it as a duration.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from crosscheck.figures import measure_follows
from crosscheck.kinds import Found
from crosscheck.regex_starts import skipping
from crosscheck.scanning import finditer


@dataclass(frozen=True, order=True)
class Clock:
    minutes: int  # since midnight
    # The zone the text labels the time with, "GMT" or "VN" (Hanoi time); "=GMT" or "=VN"
    # for a labelled time's reading converted into the other zone. Left out of == and
    # hash (a value's key is its minutes): `equal` compares the zones.
    zone: str | None = field(default=None, compare=False)

    def show(self) -> str:
        return f"{self.minutes // 60:02d}:{self.minutes % 60:02d}"


_S = r"[\s\u00a0]*"
_EN_12 = skipping(
    rf"(?=\d)\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?{_S}(?P<half>[ap])\.?m\b\.?", re.IGNORECASE
)
# (a colon may follow: "13:30: More than 260,000 people..." heads a live update; not a
# third number, "2:16:35" is a race time)
_24 = skipping(r"(?=\d)(?<![\d:.,])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?!\d|:\d)")
# "12.00 GMT", "at 15.00": a dot between hour and minutes needs a time zone or "at".
_EN_DOT = skipping(
    r"(?=\d)(?<![\d.,])(?P<h>[01]?\d|2[0-3])[.](?P<m>[0-5]\d)(?!\d|[.,]\d)"
    r"(?P<zone>\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|PST|PDT|ET|hrs|local time)\b)?"
)
# What makes "at 5.38" a rate, not a time: "per dollar", "to the dollar", "a share".
# "history had the highest at 6.52", "the index stood at 6.30": a level reached, no time
_LEVEL_BEFORE = re.compile(
    r"\b(?:highest|lowest|peaked|stood|settled|averaged)[\s\u00a0]+at[\s\u00a0]+$", re.IGNORECASE
)
_RATE_AFTER = re.compile(r"[\s\u00a0]+(?:per|each|against|to[\s\u00a0]+the|an?(?![.\w]))\b", re.IGNORECASE)
# "1200 GMT", "0800 hours": four digits are a time of day when a time zone or "hours"
# says so (the military and wire-service way), in either language.
_HHMM_ZONE = skipping(
    r"(?=[012])(?<![\d.,:])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?=[\s\u00a0]*(?:GMT|UTC|Z\b|hours\b|hrs\b|giờ\b))"
)
# Vietnamese "10:08 tối", "8:30 giờ tối", "7.55 giờ sáng": a part of the day after minutes.
_VI_HM = skipping(
    rf"(?=\d)(?<![\d:.,])(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?![\d:]|[.,]\d)"
    rf"(?P<giờ>{_S}giờ)?(?:{_S}(?P<part>sáng|trưa|chiều|tối|đêm)(?!\w))?",
    re.IGNORECASE,
)
# (what makes a bare "20g" an hour: a day after it, "20g ngày 24-12", "20g hôm qua", "20g
# thứ Bảy"; not "trạm 5G thứ 10.000", the 10,000th 5G station)
_DAY_AFTER = skipping(
    rf"{_S}(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|thứ{_S}(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ{_S}nhật|mùng)(?!\w)",
    re.IGNORECASE,
)
_VI_PART = {"sáng": 0, "trưa": 12, "chiều": 12, "tối": 12, "đêm": 12}
# "thời gian đi từ 7 giờ xuống còn 5 giờ" (from seven hours to five): "từ" before a bare
# hour opens a span, not a time, where a verb of change leads to another bare hour
_SPAN_CHANGED = re.compile(
    r"[\s\u00a0]+(?:xuống|lên|tăng|giảm)(?:[\s\u00a0]+(?:còn|tới|đến))?[\s\u00a0]+(?:khoảng[\s\u00a0]+)?"
    r"\d+(?:[.,]\d+)?[\s\u00a0]+giờ(?!\w)(?![\s\u00a0]+(?:sáng|trưa|chiều|tối|đêm)(?!\w))"
)
# A cue word or the hour first: the look-behind alone, tried at every position, is slow.
_VI = skipping(
    rf"(?=[\dlvtđ])(?:(?P<cue>lúc|vào|từ|đến|tới){_S})?(?<![\d.,])(?P<h>[01]?\d|2[0-4])"
    rf"(?:(?P<glued>h|g)(?P<gm>[0-5]\d)?(?!\w)|{_S}giờ(?:{_S}(?P<m>[0-5]?\d)(?:{_S}phút)?|{_S}(?P<half>rưỡi)(?!\w))?"
    rf"(?:{_S}(?P<part>sáng|trưa|chiều|tối|đêm))?(?!\w))",
    re.IGNORECASE,
)


def parse(raw: object, dateline: date | None) -> Clock:
    for code in ("en", "vi"):
        found = list(find(str(raw), code, dateline))
        if len(found) == 1:
            value: Clock = found[0].value
            return value
    raise ValueError(f'{raw!r} is not a time of day; write "15:00" or "3 p.m."')


def equal(a: Clock, b: Clock) -> bool:
    """The same minutes, in zones that may be one: a time with no label may be in any
    zone, a labelled time only in its own; a converted reading ("0743 GMT" as 14:43 in
    Hanoi) agrees only with a time labelled with the zone it was converted into."""
    if a.minutes != b.minutes:
        return False
    converted = [z for z in (a.zone, b.zone) if z and z.startswith("=")]
    if converted:
        return len(converted) == 1 and {a.zone, b.zone} == {converted[0], converted[0][1:]}
    return a.zone == b.zone or None in (a.zone, b.zone)


def show(value: Clock) -> str:
    return value.show()


def _clock(hour: int, minutes: int, ambiguous: bool) -> tuple[Clock, tuple[Clock, ...]]:
    """A Vietnamese hour with no part of the day is either half of the day: "2 giờ" is
    02:00 or 14:00, so both readings are kept."""
    value = Clock(hour % 24 * 60 + minutes)
    if ambiguous and 1 <= hour <= 12:
        return value, (Clock((hour + 12) % 24 * 60 + minutes),)
    return value, ()


# One moment in two time zones: wire copy gives GMT, a Vietnamese desk Hanoi time (UTC+7),
# "(0743 GMT)" against "(14h43 giờ Hà Nội)". A time labelled with either also reads as the
# other; a time with no label is not moved.
_ZONE = re.compile(
    r"[\s\u00a0]*\(?[\s\u00a0]*(?:(?P<offset>(?:GMT|UTC)[+−-]\d{1,2}(?::?\d\d)?)(?!\d|:\d)"
    r"|(?P<gmt>GMT|UTC)\b"
    r"|(?:theo[\s\u00a0]+)?giờ[\s\u00a0]+(?P<vn>Hà[\s\u00a0]+Nội|Việt[\s\u00a0]+Nam)"
    r"|(?P<vn_en>Hanoi|Vietnam)[\s\u00a0]+time)"
)
_GMT_WRITTEN = re.compile(r"(?:GMT|UTC)\)?$")
VIETNAM_OFFSET = 7 * 60  # minutes ahead of GMT, all year (no summer time)


def _in_other_zone(text: str, found: Found) -> Found:
    """A time labelled GMT (or Hanoi time) with its reading in the other zone added."""
    zone = _ZONE.match(text, found.end)
    if zone and zone.group("offset"):
        # "10:45 GMT+7" is Hanoi time; another offset is its own zone, unlabelled here.
        # (the offset belongs to the time: "+7" is no count)
        hanoi = re.fullmatch(r"(?:GMT|UTC)\+0?7(?::?00)?", zone.group("offset"))
        clocks: list[Clock] = [found.value, *found.alternatives]
        labelled = [dataclasses.replace(c, zone="VN") for c in clocks] if hanoi else clocks
        moved = [Clock((c.minutes - VIETNAM_OFFSET) % (24 * 60), "=GMT") for c in labelled] if hanoi else []
        return Found(found.start, zone.end(), labelled[0], found.note, tuple(labelled[1:] + moved))
    gmt = _GMT_WRITTEN.search(text, found.start, found.end) or (zone and zone.group("gmt"))
    if not (gmt or zone):
        return found
    label, other, shift = ("GMT", "VN", VIETNAM_OFFSET) if gmt else ("VN", "GMT", -VIETNAM_OFFSET)
    readings = [dataclasses.replace(c, zone=label) for c in (found.value, *found.alternatives)]
    moved = [Clock((c.minutes + shift) % (24 * 60), "=" + other) for c in readings]
    return dataclasses.replace(found, value=readings[0], alternatives=tuple(readings[1:] + moved))


def find(text: str, code: str, dateline: date | None) -> Iterator[Found]:
    for found in _find(text, code):
        yield _in_other_zone(text, found)


def _find(text: str, code: str) -> Iterator[Found]:
    for m in finditer(_HHMM_ZONE, text):
        yield Found(m.start(), m.end(), Clock(int(m.group("h")) * 60 + int(m.group("m"))))
    if code == "en":
        for m in finditer(_24, text):
            yield Found(m.start(), m.end(), Clock(int(m.group("h")) * 60 + int(m.group("m"))))
        for m in finditer(_EN_12, text):
            hour = int(m.group("h")) % 12 + (12 if m.group("half").lower() == "p" else 0)
            past = int(m.group("m") or 0)
            # "12:00 am" is written for noon as often as for midnight: keep both readings
            noon = (Clock(12 * 60 + past),) if int(m.group("h")) == 12 and hour == 0 else ()
            yield Found(m.start(), m.end(), Clock(hour * 60 + past), alternatives=noon)
        for m in finditer(_EN_DOT, text):
            at = text[max(0, m.start() - 3) : m.start()].lower() == "at "
            rate = _RATE_AFTER.match(text, m.end())  # "traded at 5.38 per dollar"
            rate = rate or _LEVEL_BEFORE.search(text, max(0, m.start() - 16), m.start())
            if m.group("zone") or (at and not rate and not measure_follows(text, m.end(), code)):
                yield Found(m.start("h"), m.end(), Clock(int(m.group("h")) * 60 + int(m.group("m"))))
        return
    for m in finditer(_VI_HM, text):
        hour, part = int(m.group("h")), (m.group("part") or "").lower()
        if text[m.start("h") : m.end("m")].count(".") and not (m.group("giờ") or part):
            continue  # "7.55" alone is a decimal
        if part and hour < 12:
            hour += _VI_PART[part]
        value, alternatives = _clock(hour, int(m.group("m")), not part and hour <= 12)
        yield Found(m.start(), m.end(), value, alternatives=alternatives)
    for m in finditer(_VI, text):
        hour, part = int(m.group("h")), (m.group("part") or "").lower()
        minutes = m.group("gm") or m.group("m") or ("30" if m.group("half") else None)  # "2 giờ rưỡi" is 2:30
        if not (m.group("cue") or m.group("glued") or part or m.group("gm") or m.group("m")):
            continue  # "15 giờ" alone may be fifteen hours, "2 giờ rưỡi" two and a half
        span = (m.group("cue") or "").lower() == "từ" and not (m.group("glued") or part or minutes)
        if span and _SPAN_CHANGED.match(text, m.end()):
            continue  # "rút ngắn từ 7 giờ xuống còn 5 giờ": a span of hours that changes
        grams = (m.group("glued") or "").lower() == "g" and not m.group("gm")
        if grams and not (m.group("cue") or part or _DAY_AFTER.match(text, m.end())):
            continue  # the southern press writes "20g" for 20:00, but "20g đường" is grams
        if part and hour < 12:
            hour += _VI_PART[part]
        value, alternatives = _clock(hour, int(minutes or 0), not part and not m.group("glued"))
        yield Found(m.start("h"), m.end(), value, alternatives=alternatives)
