"""Counts said in round words: "dozens of people" against "23 người", "hàng trăm ngôi nhà"
against "more than 300 houses". An English edition rounds what the Vietnamese counts, and
the other way round; a count agrees with round words at the same place whose span holds it.
"""

from __future__ import annotations

import re

from crosscheck.lang import get as get_language
from crosscheck.lang import words_pattern
from crosscheck.text import Document

ROUND_WORDS = "a count the other version says in round words (dozens, hàng trăm)"


def round_counts(doc: Document) -> list[tuple[float, int, int]]:
    """Where a document says a count in round words, as a share of its sentences (the
    measure `align` places groups by), with the least and most that count may be."""
    spans = get_language(doc.lang).vague_counts
    return [
        (doc.place(m.start()), *spans[m.group().lower()])
        for m in words_pattern(doc.lang, "vague_counts").finditer(doc.text)
    ]


# "all those 15 metres or longer" is "100% tàu có chiều dài từ 15 m trở lên": a share of
# everything, said as a word. (Not "almost all", "nearly all": the word alone, after no
# qualifier.)
ALL_WORDS = "100% the other version says as all (tất cả, toàn bộ)"
_ALL = {
    "en": re.compile(r"(?<!\w)(?<!almost )(?<!nearly )(?<!virtually )(?i:all|every|each)(?!\w)"),
    "vi": re.compile(r"(?<!\w)(?<!gần )(?<!hầu )(?i:tất cả|toàn bộ|mọi|hết thảy)(?!\w)"),
}


def whole_places(doc: Document) -> list[float]:
    """Where a document says "all" of something, as a share of its sentences."""
    pattern = _ALL.get(doc.lang)
    return [doc.place(m.start()) for m in pattern.finditer(doc.text)] if pattern else []


# "one teaspoon of sugar" is "1 thìa cà phê đường", "one in five adults" "cứ 5 người ... có
# khoảng 1 người": a small number one version writes in digits, the other spells beside
# words the readers do not take as what it counts. (Not Vietnamese "năm", also "year", nor
# "tư", "chín": "private", "cooked".)
SPELLED_SMALL = "a small number the other version spells out"
_SMALL = {
    "en": {w: i for i, w in enumerate("one two three four five six seven eight nine ten".split(), 1)},
    "vi": {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "mười": 10},
}


def spelled_places(doc: Document) -> list[tuple[float, int]]:
    """Where a document spells a number from one to ten in lower case, and its value."""
    words = _SMALL.get(doc.lang)
    if not words:
        return []
    pattern = re.compile(rf"(?<![\w-])({'|'.join(words)})(?![\w-])|(?<=-)({'|'.join(words)})(?!\w)")
    return [(doc.place(m.start()), words[m.group(1) or m.group(2)]) for m in pattern.finditer(doc.text)]
