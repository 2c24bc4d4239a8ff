"""Counts said in round words: "dozens of people" against "23 người", "hàng trăm ngôi nhà"
against "more than 300 houses". An English edition rounds what the Vietnamese counts, and
the other way round; a count agrees with round words at the same place whose span holds it.
"""

from __future__ import annotations

import re

from crosscheck.lang import get as get_language
from crosscheck.lang import table_key, words_pattern
from crosscheck.text import Document

ROUND_WORDS = "a count the other version says in round words (dozens, hàng trăm)"


def round_counts(doc: Document) -> list[tuple[float, int, int]]:
    """Where a document says a count in round words, as a share of its sentences (the
    measure `align` places groups by), with the least and most that count may be."""
    spans = get_language(doc.lang).vague_counts
    return [
        (doc.place(m.start()), *spans[table_key(m.group())])
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
