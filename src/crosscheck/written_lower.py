"""A capitalised word the English also writes in lower case, copied as it is by the Vietnamese.

"Weather", "Marathon", "Three", "Video": a common English word capitalised at one place
(inside a longer name the grammar split, a title, a heading) that the Vietnamese copies
letter for letter. Both versions then hold the same capitals, and the draft paired them
as a name (issue 12, the tenth round). The English text itself shows what the word is: it
writes it in lower case elsewhere ("the weather", "a marathon", "three"), so the word is
a common one there. A name the project knows (CLDR, the glossary, the claims) stays, and
so does a Vietnamese form that is not the English word (a translation is read by other
classes), and a word the English capitalises standing alone inside a sentence: a person
named by a common word ("Grissom, White, and Chaffee", "interest in Tesla" beside the
unit "the tesla") or an event ("former Marathon world record-holder"). What is left is a
word every capitalised English mention of which opens a sentence, sits inside a longer
run, or runs on into a capitalised word ("National Weather Service" beside "weather.com",
"Video On Demand", "Three's Company").
"""

from __future__ import annotations

import re
from collections.abc import Sequence


def lower_case_elsewhere(forms: Sequence[str], english: str) -> bool:
    """Whether every form has lower-case letters and a capital, and the English text writes
    it in lower case at least once as whole words ("weather" for "Weather"); initials
    ("US" and "us") say nothing."""
    if not forms:
        return False
    for form in forms:
        low = form.lower()
        if form.isupper() or low == form:
            return False
        if re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", english) is None:
            return False
    return True


# A capitalised word right after the mention ("Three's Company", "Video On Demand"): a
# longer title in title case the grammar split.
_CAPITAL_NEXT = re.compile(r"(?:'s|’s)?[ \u00a0]+[A-Z]")
_OPENS = re.compile(r"(?:^|[.!?:;\"“”(\[][ \u00a0]*|\n[ \u00a0]*)$")


def never_alone(
    starts_ends: Sequence[tuple[int, int]], runs: Sequence[tuple[int, int]], english: str
) -> bool:
    """Whether every capitalised mention (start, end) opens a sentence or sits strictly
    inside one of the longer `runs` (start, end) of the English."""
    for start, end in starts_ends:
        inside = any(a <= start and end <= b and b - a > end - start for a, b in runs)
        inside = inside or _CAPITAL_NEXT.match(english, end) is not None  # "Video On Demand"
        if not inside and _OPENS.search(english, max(0, start - 3), start) is None:
            return False
    return bool(starts_ends)
