"""A local time restated in brackets in another zone: "at 10:15 a.m. local time on Tuesday
(8:15 a.m. Hanoi time)" against "lúc 8h15 ngày 7/7 (giờ Hà Nội)".

A wire story from abroad gives the hour where it happened and, in brackets, the reader's
own; the translation often keeps only the reader's. The evidence is the writer's own label
("local time", "giờ địa phương") right after the time, and a bracket opening before the
sentence goes on that holds a time labelled with a zone. The local zone is not named, so the
offset between the two cannot be checked: the local time is listed for review, never
counted as agreeing.
"""

from __future__ import annotations

import re

from crosscheck.kinds import Mention

_LOCAL = re.compile(
    r"[\s\u00a0]+(?:local[\s\u00a0]+time|\(?giờ[\s\u00a0]+địa[\s\u00a0]+phương\)?)(?!\w)", re.IGNORECASE
)
# (what may stand between the label and the bracket: a weekday, a date, a few words)
_TO_BRACKET = re.compile(r"[^()\n.;]{0,40}\(")
NOTE = "a local time restated in brackets in another zone: the zone's offset is not checked"


def restated(mention: Mention, mentions: list[Mention], text: str) -> Mention | None:
    """The bracketed time in a named zone that restates a local time, if there is one."""
    label = _LOCAL.match(text, mention.end)
    if mention.kind != "time" or label is None:
        return None
    bracket = _TO_BRACKET.match(text, label.end())
    if bracket is None:
        return None
    for other in mentions:
        if other.start >= bracket.end() and other.kind == "time":
            inside = text.find(")", bracket.end()) > other.start
            return other if inside and getattr(other.value, "zone", None) else None
    return None
