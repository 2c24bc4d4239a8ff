"""Two spelled shares, each said to be rough, at one place: "about a quarter of the world's
raw cashews" against "khoảng một phần ba lượng điều thô" (about a third).

A spelled fraction alone is weak ("một nửa", "a quarter" are as often idiom as figure) and
is listed for review, never flagged. Two of them at the same place, each after a word of
rough size ("about", "nearly", "khoảng", "gần"), are two readings of one share, and the
qualifier is the evidence that each is a figure: when their values differ, the versions
state different shares. A share in one version only stays for review.
"""

from __future__ import annotations

import re

from crosscheck.kinds import Mention

QUALIFIED_SHARES = "two shares said in words, each qualified, at the same place: different values"

_S = r"[\s\u00a0]+"
_QUALIFIER_BEFORE = {
    "en": re.compile(rf"(?<!\w)(?:about|around|roughly|nearly|almost|some|approximately){_S}$", re.I),
    "vi": re.compile(rf"(?<!\w)(?:khoảng|gần|chừng|xấp{_S}xỉ|ước{_S}tính){_S}$", re.I),
}


def qualified(mention: Mention, text: str, lang: str) -> bool:
    """Whether a spelled fraction follows a word of rough size ("about a quarter")."""
    before = _QUALIFIER_BEFORE.get(lang)
    if mention.kind != "fraction" or before is None or any(ch.isdigit() for ch in mention.text):
        return False
    return before.search(text, max(0, mention.start - 20), mention.start) is not None
