"""Capitals that are codes, not names: a time zone, a unit after its figure, a currency,
a common noun's initials.

A run of capitals is drafted as a name claim. Some are codes of common things that the
press writes in capitals and both versions copy: "09:30 BST" and "09:30 giờ BST", "1200
GMT", "10:00-11:00 pm MDT", "British pound (GBP)" and "đồng bảng Anh (GBP)". Each is
read as a code only from what stands around every one of its mentions, in both versions:
a clock time right before it (a time zone), a figure right before it (a unit or a
measure of the figure: "2.53 ERA" and "2.53 ERA (Giá trị ..."), or, for a code CLDR lists as a currency's, a
figure beside it or the brackets that give the code after the currency's name. Any other
mention ("BST" as a brand, "the GBP fund") keeps the run a name. And initials the
English spells out in lower case in brackets after them are a common noun's
("revolutions per minute (RPM)"), where a name's are capitalised ("National Hurricane
Center (NHC)").
"""

from __future__ import annotations

import re
from functools import cache

# A clock time just before the code, with the words either language puts between:
# "09:30 BST", "1200 GMT", "4 giờ BST", "09:19 p.m. GMT", "11:00 đêm theo giờ MDT".
# (A decimal point is no clock's without a word of time after it: "2.53 ERA" is a figure.)
_CLOCK_BEFORE = re.compile(
    r"(?:(?:\d{1,2}[:h]\d{2}|(?<![\d.,\-–])[012]\d[0-5]\d)"
    r"(?:[\s\u00a0]+(?:[ap]\.?m\.?|giờ|sáng|trưa|chiều|tối|đêm|theo))*"
    r"|\d{1,2}(?:\.\d{2})?(?:[\s\u00a0]+(?:[ap]\.?m\.?|giờ|sáng|trưa|chiều|tối|đêm|theo))+)[\s\u00a0]+$",
    re.IGNORECASE,
)
# A figure right before the code: a unit, a measure or an era ("2.53 ERA", "5 GB", "1048 SCN").
_FIGURE_BEFORE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?[\s\u00a0]$")
_CODE = re.compile(r"[A-Z]{3,4}")


@cache
def _currency_codes() -> frozenset[str]:
    from babel.numbers import list_currencies  # CLDR, through Babel (lazily: heavy)

    return frozenset(list_currencies())


def _mentions(code: str, text: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<![\w&-]){code}(?![\w&-])", text)]


def _after_clock(text: str, at: int) -> bool:
    return bool(_CLOCK_BEFORE.search(text, max(0, at - 24), at))


def _as_currency(text: str, at: int, code: str) -> bool:
    before, after = text[max(0, at - 3) : at], text[at + len(code) : at + len(code) + 3]
    beside_figure = bool(re.search(r"\d[\s\u00a0]?$", before) or re.match(r"[\s\u00a0]?\d", after))
    return beside_figure or (before.endswith("(") and after.startswith(")"))


def why_a_code(form: str, texts: list[str], english: str = "") -> str | None:
    """Why a name run's form is a code and no name ("a time zone after a clock time", "a
    currency's code"), from every mention of it in every text given, or None; or from the
    `english` text, which spells it out in lower-case words ("revolutions per minute (RPM)",
    "lunar extravehicular activity (EVA)": a common noun's initials; "National Hurricane
    Center (NHC)" is a name's)."""
    if not _CODE.fullmatch(form):
        return None
    mentions = [(text, at) for text in texts for at in _mentions(form, text)]
    if not mentions:
        return None
    if english and re.search(rf"(?<![\w-])[a-z][a-z-]*[\s\u00a0]+[a-z][a-z-]*[\s\u00a0]*\({form}\)", english):
        return "the initials of a common noun the English spells out in lower case"
    if all(_after_clock(text, at) for text, at in mentions):
        return "a time zone after a clock time"
    if all(_FIGURE_BEFORE.search(text, max(0, at - 12), at) for text, at in mentions):
        return "a code after its figure (a unit, a measure, an era)"
    if form in _currency_codes() and all(_as_currency(text, at, form) for text, at in mentions):
        return "a currency's code (CLDR), beside a figure or in brackets after the currency's name"
    return None
