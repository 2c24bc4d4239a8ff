"""A unit's definition is no fact of the story: "A tael equals 1.2 ounces", "(1 lượng =
37,5 gam)". An English edition adds it for readers who do not know the unit, and the
Vietnamese leaves it out (or the other way round).

The evidence: the sentence (or the bracket) opens with one of a unit the language knows
("A tael", "One troy ounce", "1 lượng", "Một chỉ") and a word of equality, and the
measure follows. Both measures are read weakly (`extract.on_evidence`): they agree with the
other version's, and alone they are not listed as a fact. A measure after anything else
("A village is 20 km away" opens with no unit) keeps its reading.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from crosscheck.figures import PRICE_UNITS
from crosscheck.kinds import Mention
from crosscheck.lang import alternation
from crosscheck.lang import get as get_language

UNIT_DEFINITION = "a unit's definition (a tael equals 1.2 ounces)"

_S = r"[\s\u00a0]+"
_EQUALS = {
    "en": rf"(?:equals|is{_S}equal{_S}to|is{_S}equivalent{_S}to|equates{_S}to|is|=)"
    rf"(?:{_S}(?:about|roughly|around|some|nearly|approximately))?",
    "vi": rf"(?:bằng|tương{_S}đương(?:{_S}với)?|=|là)(?:{_S}(?:khoảng|chừng|gần|xấp{_S}xỉ))?",
}
_ONE = {"en": r"(?:[Aa]n?|[Oo]ne|1)", "vi": r"(?:[Mm]ột|1)"}


@cache
def _opening(code: str) -> re.Pattern[str]:
    """The words before a defined measure: an opening, one of a unit, a word of equality."""
    units = {**get_language(code).units, **(PRICE_UNITS if code == "vi" else {})}
    return re.compile(
        rf"(?:^|(?<=[.!?;:(]))(?:{_S})?{_ONE[code]}{_S}(?i:{alternation(units)})(?:{_S})?{_EQUALS[code]}(?:{_S})?$"
    )


def _opens_definition(text: str, start: int, code: str) -> bool:
    head = text[max(0, start - 60) : start]
    # (the slice's own start is no sentence start unless it is the text's)
    found = _opening(code).search(head)
    return found is not None and (found.start() > 0 or start <= 60 or head[0] in ".!?;:(")


_ONE_UNIT = re.compile(r"^(?:1|[Oo]ne|[Mm]ột)(?:[\s\u00a0]|$)")


def defined(mentions: list[Mention], text: str, code: str) -> list[Mention]:
    """The mentions, with a unit's definition and its measure read weakly."""
    result = list(mentions)
    for i, mention in enumerate(mentions):
        if mention.kind != "quantity" or not _opens_definition(text, mention.start, code):
            continue
        result[i] = dataclasses.replace(mention, note=UNIT_DEFINITION)
        # "1 lượng = 37,5 gam": the one unit before is read too
        unit = next((m for m in reversed(mentions[:i]) if m.end <= mention.start), None)
        # ("1 lượng" is a count: "lượng" alone is a unit only as what a price is per)
        if unit is not None and unit.kind in ("quantity", "count") and _ONE_UNIT.match(unit.text):
            result[mentions.index(unit)] = dataclasses.replace(unit, note=UNIT_DEFINITION)
    return result
