"""Temperatures said as a band of degrees: "the teens Fahrenheit" is any of 10 to 19 °F,
"the low 30s Celsius" any of 30 to 33 °C. The other version often writes the figures
("13-19 độ F"); each degree of the band agrees with it, and a degree outside still flags.
The scale named after the band ("Fahrenheit", "C") is the evidence; the words are each
language's (`Language.temperature_bands`, `band_parts`, `temperature_scales`).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from crosscheck.figures import Amount
from crosscheck.kinds import Mention
from crosscheck.lang import alternation
from crosscheck.lang import get as get_language
from crosscheck.regex_starts import skipping
from crosscheck.scanning import finditer

BAND = "a temperature said as a band of degrees"
# (cheap tests first, as plain substrings: a band ends in "s" and its scale follows, in words
# or as a letter; most texts hold neither, and the pattern below would scan them whole)
_SCALE_WORDS = ("ahrenheit", "elsius", "entigrade", "s F", "s C", "s\u00a0F", "s\u00a0C")
_BAND_ENDS = ("teens", "0s", "0’s", "0's", "digits", "figures")


@cache
def _pattern(code: str) -> re.Pattern[str] | None:
    lang = get_language(code)
    if not lang.temperature_bands:
        return None
    parts, bands = alternation(lang.band_parts), alternation(lang.temperature_bands)
    return skipping(
        rf"(?<!\w)(?:(?P<part>{parts})[\s\u00a0-]+)?(?:(?P<band>{bands})|['’]?(?P<tens>[1-9]0)['’]?s)(?!\w)"
        rf"[\s\u00a0]+(?:degrees[\s\u00a0]+)?(?P<scale>{alternation(lang.temperature_scales)})(?![\w°])",
        re.IGNORECASE,
    )


def bands(text: str, code: str) -> list[Mention]:
    """Every temperature said as a band, as a quantity whose readings are its degrees."""
    pattern = _pattern(code)
    if pattern is None or not any(w in text for w in _SCALE_WORDS) or not any(w in text for w in _BAND_ENDS):
        return []
    lang = get_language(code)
    found = []
    for m in finditer(pattern, text):  # (a long text: only at the words a band opens with)
        if m.group("band"):
            low, high = lang.temperature_bands[" ".join(m.group("band").lower().split())]
        else:
            low = int(m.group("tens"))
            high = low + 9
        if m.group("part"):
            first, last = lang.band_parts[m.group("part").lower()]
            low, high = low + first, min(low + last, high)
        unit = lang.temperature_scales[m.group("scale").lower()]
        degrees = tuple(Amount(Decimal(n), unit=unit) for n in range(low, high + 1))
        value = Amount(Decimal(low), unit=unit, qualifier="about")
        found.append(Mention("quantity", value, m.start(), m.end(), m.group(), BAND, degrees))
    return found
