"""Wind on the Beaufort scale as Vietnam's forecasters give it: "gió mạnh cấp 12, giật cấp
15" is "winds of level 12, gusts of level 15" ("force 12" in British English).

A level is a measure of its own, not a count: read only after a word of wind or gust
("gió", "giật", "mạnh", "bão"; "winds of", "gusts of", "force"), as a quantity in the
unit "beaufort" (levels 0 to 17, Vietnam's scale going past the classic 12). It is that
level in no other role, so "gusts of level 14" never agrees with "bão số 14" by its number
(`align._agree`). A level followed by its speeds in brackets ("cấp 12 (118-133 km/h)")
is read weakly: the speeds state the same fact, and a version may give only them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from crosscheck.figures import Amount
from crosscheck.kinds import Mention
from crosscheck.regex_starts import skipping
from crosscheck.scanning import finditer

LEVEL = "a wind level on the Beaufort scale"
LEVEL_WITH_SPEEDS = "a wind level whose speeds follow in brackets"

_S = r"[\s\u00a0]+"
_NUMBER = r"(?P<low>1[0-7]|[0-9])(?:[\s\u00a0]*[-–][\s\u00a0]*(?P<high>1[0-7]|[0-9]))?(?![\d.,]\d|\d)"
_PATTERNS = {
    # ("Sức gió mạnh nhất cấp 10": the strongest wind, the forecasters' set phrase)
    "vi": skipping(rf"(?<!\w)(?i:gió|giật|mạnh|bão)(?:{_S}nhất)?{_S}(?P<cue>cấp){_S}{_NUMBER}"),
    "en": skipping(
        rf"(?<!\w)(?i:winds?|gusts?|gusting|sustained){_S}(?:(?i:of|at|up{_S}to|reaching|near){_S})?"
        rf"(?P<cue>(?i:level|force|beaufort)){_S}{_NUMBER}"
        rf"|(?<!\w)(?P<cue2>(?i:level|force)){_S}{_NUMBER.replace('low', 'low2').replace('high', 'high2')}"
        rf"(?={_S}(?i:winds?|gusts?|gales?))"
    ),
}
# "(118-133 km/h)", "(118-133 km per hour)": the level's speeds
_SPEEDS = re.compile(r"[\s\u00a0]*\([^()]{0,12}\d[^()]{0,24}(?:km/h|km|mph|m/s|knots|hải lý)[^()]{0,12}\)")


_CHEAP = {"vi": ("cấp",), "en": ("evel", "orce", "eaufort")}


def find(text: str, code: str) -> Iterator[Mention]:
    """The wind levels of a text, one mention per level ("cấp 10-11" is two)."""
    pattern = _PATTERNS.get(code)
    if pattern is None or not any(word in text for word in _CHEAP[code]):
        return
    for m in finditer(pattern, text):
        suffix = "" if m.group("cue") else "2"
        note = LEVEL_WITH_SPEEDS if _SPEEDS.match(text, m.end()) else LEVEL
        for group in ("low" + suffix, "high" + suffix):
            if m.group(group) is None:
                continue
            amount = Amount(Decimal(m.group(group)), unit="beaufort")
            start = m.start("cue" + suffix) if group.startswith("low") else m.start(group)
            yield Mention("quantity", amount, start, m.end(group), text[start : m.end(group)], note)
