"""Counts said in round words: "dozens of people" against "23 người", "hàng trăm ngôi nhà"
against "more than 300 houses". An English edition rounds what the Vietnamese counts, and
the other way round; a count agrees with round words at the same place whose span holds it.
"""

from __future__ import annotations

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
