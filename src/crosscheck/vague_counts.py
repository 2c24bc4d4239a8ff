"""Counts said in round words: "dozens of people" against "23 người", "hàng trăm ngôi nhà"
against "more than 300 houses". An English edition rounds what the Vietnamese counts, and
the other way round; a count agrees with round words at the same place whose span holds it.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from crosscheck.lang import alternation
from crosscheck.lang import get as get_language
from crosscheck.text import Document

ROUND_WORDS = "a count the other version says in round words (dozens, hàng trăm)"


@cache
def _pattern(code: str) -> re.Pattern[str]:
    words = get_language(code).vague_counts
    if not words:
        return re.compile("(?!)")
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.IGNORECASE)


def round_counts(doc: Document) -> list[tuple[float, int, int]]:
    """Where a document says a count in round words, as a share of its sentences (the
    measure `align` places groups by), with the least and most that count may be."""
    starts, spans = doc.sentence_starts, get_language(doc.lang).vague_counts
    return [
        ((bisect.bisect_right(starts, m.start()) - 1) / len(starts), *spans[m.group().lower()])
        for m in _pattern(doc.lang).finditer(doc.text)
    ]
