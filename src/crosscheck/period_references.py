"""A period one version names and the other only refers to, or names as a half.

A quarterly report's English edition says "exports rose 14.6% in the quarter" where the
Vietnamese says "xuất khẩu quý I": the quarter is in the dateline or the headline, and the
English refers back to it. "First-half deliveries" are "6 tháng đầu năm". `align` asks
these once the figures that agree as they stand are paired, so a period against another
figure ("in the second quarter" against "quý I") has already flagged.
"""

from __future__ import annotations

import re

from crosscheck.figures import Amount
from crosscheck.kinds import Mention
from crosscheck.lang import get as get_language
from crosscheck.lang import words_pattern
from crosscheck.text import Document, Place

REFERRED = "a period the other version only refers to (in the quarter, trong kỳ): not checked"
FIRST_HALF = "six months the other version names as the first half of the year"

_QUARTER_WORD = re.compile(r"quarter|quý|\bQ[1-4]\b", re.IGNORECASE)
# A reference names its period when a numeral follows it ("trong quý I", "quý 2"), and it
# is another period's base when "same" or "cùng" comes before ("the same period").
_NUMERAL_AFTER = re.compile(r"[\s\u00a0]*(?:\d|[IVX]+\b|thứ\b)")
# The last six months are not the first: "6 tháng cuối năm", "the last six months".
_LAST_AFTER = re.compile(r"[\s\u00a0]+(?:cuối|sau)\b")
_LAST_BEFORE = re.compile(r"\b(?:last|final|second|latter)[\s\u00a0]+$", re.IGNORECASE)


def period_months(mention: Mention) -> int | None:
    """The length in whole months of a period figure: "6 tháng" 6, "two years" 24, "quý I"
    3; None for any other figure."""
    value = mention.value
    if mention.kind == "duration" and isinstance(value, Amount) and value.unit in ("month", "year"):
        months = value.value * (12 if value.unit == "year" else 1)
        return int(months) if months == int(months) and months > 0 else None
    if mention.kind == "ordinal" and _QUARTER_WORD.search(mention.text):
        return 3
    return None


def reference_places(doc: Document) -> list[tuple[Place, int]]:
    """Where a version refers back to a period without naming it, with the period's length
    in months (0: any length)."""
    lengths = get_language(doc.lang).period_references
    found = []
    for m in words_pattern(doc.lang, "period_references").finditer(doc.text):
        if not _NUMERAL_AFTER.match(doc.text, m.end()):
            found.append((doc.place(m.start()), lengths[" ".join(m.group().lower().split())]))
    return found


def first_half_places(doc: Document) -> list[Place]:
    """Where a version names the first half of a year as such."""
    return [doc.place(m.start()) for m in words_pattern(doc.lang, "first_halves").finditer(doc.text)]


def first_six_months(mention: Mention, text: str) -> bool:
    """Whether a figure is six months that may be the first half ("6 tháng đầu năm",
    "the six months"), not the last ("6 tháng cuối năm")."""
    if period_months(mention) != 6 or mention.kind != "duration":
        return False
    before = text[max(0, mention.start - 12) : mention.start]
    return not _LAST_AFTER.match(text, mention.end) and not _LAST_BEFORE.search(before)
