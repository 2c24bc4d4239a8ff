"""A storm's position as coordinates: "21,4 độ Vĩ Bắc; 115,2 độ Kinh Đông" is "21.4 degrees
north latitude, 115.2 degrees east longitude".

Read alone, "21,4 độ" is a temperature. The words after it say it is a latitude or a
longitude: "Vĩ Bắc", "Vĩ Nam", "vĩ độ Bắc", "Kinh Đông", "Kinh Tây", "kinh độ Đông"; "north",
"south", "east", "west", "N", "E" with "latitude" or "longitude" or a degree sign. An English
edition often gives the position as a distance from a place instead and drops the
coordinates, so a coordinate alone is listed for review; against another coordinate it is
compared, and an edited one flags.
"""

from __future__ import annotations

import dataclasses
import re

from crosscheck.figures import Amount
from crosscheck.kinds import Mention

COORDINATE = "a coordinate (latitude or longitude)"
_S = r"[\s\u00a0]*"
_AFTER = {
    "vi": re.compile(
        rf"{_S}(?:°{_S})?(?:(?P<lat>[Vv]ĩ(?:{_S}độ)?{_S}(?:[Bb]ắc|[Nn]am))|(?P<lon>[Kk]inh(?:{_S}độ)?{_S}(?:[Đđ]ông|[Tt]ây)))(?!\w)"
    ),
    "en": re.compile(
        rf"{_S}(?:°{_S})?(?:(?P<lat>(?i:north|south)(?=[\s\u00a0]+latitude)|[NS]\b)"
        rf"|(?P<lon>(?i:east|west)(?=[\s\u00a0]+longitude)|[EW]\b))"
    ),
}
_CHEAP = {"vi": ("Vĩ", "vĩ", "Kinh", "kinh"), "en": ("latitude", "longitude", "°")}


def read(mentions: list[Mention], text: str, code: str) -> list[Mention]:
    """The mentions, each degree figure followed by a latitude's or longitude's words read
    as that coordinate."""
    pattern = _AFTER.get(code)
    if pattern is None or not any(word in text for word in _CHEAP[code]):
        return mentions
    out = []
    for m in mentions:
        value = m.value
        degrees = m.kind == "quantity" and isinstance(value, Amount) and value.unit == "degC"
        after = pattern.match(text, m.end) if degrees else None
        if after is not None:
            unit = "latitude" if after.group("lat") else "longitude"
            m = dataclasses.replace(m, value=dataclasses.replace(value, unit=unit), note=COORDINATE)
        out.append(m)
    return out
