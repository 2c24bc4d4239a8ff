"""An office's firm or place run together with the person who holds it: "Microsoft Satya
Nadella", "Puntland Abdiweli Mohamed Ali".

The press writes the office before the person: "Microsoft CEO Satya Nadella", "President
of Puntland Abdiweli Mohamed Ali", "Giám đốc Điều hành Microsoft Satya Nadella", "Tổng
thống Puntland Abdiweli Mohamed Ali". The grammar of names cuts the title off but keeps
the firm or the place with the person, and the draft claimed the joined run as one name
(issue 12, the tenth round; the shape the ninth round read in most wrong pairs by part).

Two readings, each from the English:

- the English run holds an officer's title between the firm and the person ("Microsoft
  CEO Satya Nadella") and the Vietnamese run is the same without it: the person (the
  words after the title) is drafted, the firm left to a reader inside the run's wording;
- the English run stands right after "<title> of" ("President of Puntland Abdiweli Mohamed
  Ali", "Governor of New Jersey Jon Corzine") and the Vietnamese run right after a title
  of a person: where the place ends and the person starts is not written anywhere, so the
  run leaves the claims as a REVIEW waiver in each version (claim the two apart).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from crosscheck.names import NameIndex

# Officers a firm's name stands before in English ("Credit Suisse CEO Brady Dougan").
OFFICERS = frozenset(
    {"CEO", "CFO", "COO", "CTO", "Chairman", "Chairwoman", "President", "Founder", "Director"}
)


def officer_split(english: str, vietnamese: str) -> tuple[str, str] | None:
    """(firm, person) where the English run writes an officer's title between them and
    the Vietnamese run is the same words without it; None otherwise."""
    words = english.split()
    for i in range(1, len(words) - 2):
        if words[i] in OFFICERS:
            firm, person = " ".join(words[:i]), " ".join(words[i + 1 :])
            if vietnamese == f"{firm} {person}" and all(w[:1].isupper() for w in words[i + 1 :]):
                return firm, person
    return None


@cache
def _office_of() -> re.Pattern[str]:
    """A person's title and "of" right before a run: "President of ", "former Governor of "."""
    from crosscheck.lang import get

    titles = sorted(get("en").person_titles, key=len, reverse=True)
    alternatives = "|".join(re.escape(t).replace(r"\ ", r"[ \u00a0]+") for t in titles)
    return re.compile(rf"(?<!\w)(?:{alternatives})[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$")


@cache
def _titled_vi() -> re.Pattern[str]:
    """A Vietnamese title of a person right before a run: "Tổng thống ", "Thống đốc bang "."""
    from crosscheck.lang import get
    from crosscheck.lang.vi_names import TITLES

    titles = sorted({t.casefold() for t in (*TITLES, *get("vi").person_titles)}, key=len, reverse=True)
    alternatives = "|".join(re.escape(t).replace(r"\ ", r"[ \u00a0]+") for t in titles)
    return re.compile(rf"(?<!\w)(?:{alternatives})[ \u00a0]+$", re.IGNORECASE)


def office_and_person(vi_forms: Sequence[str], en_forms: Sequence[str], vi: NameIndex, en: NameIndex) -> bool:
    """Whether every run of the claim, of three words or more, stands right after an office:
    "<title> of" in the English, a person's title in the Vietnamese."""
    if not vi_forms or not en_forms:
        return False
    for forms, index, before in ((vi_forms, vi, _titled_vi()), (en_forms, en, _office_of())):
        text = index.doc.text
        for form in forms:
            occurrences = index.find(form)
            if len(form.split()) < 3 or not occurrences:
                return False
            if any(before.search(text, max(0, o.start - 40), o.start) is None for o in occurrences):
                return False
    return True
