"""One said as "each": "nearly two candidates for each seat" is "gần 2 người để chọn 1".

A ratio one version writes with both its numbers ("2 người để chọn 1", two to choose
one) the other may write with a word that distributes over the thing counted ("for each
seat", "mỗi ghế"): the "1" is that word's. The words are each language's `each_words`.
"""

from __future__ import annotations

from crosscheck.lang import words_pattern
from crosscheck.text import Document, Place

ONE_EACH = "one, which the other version says as each (for each seat, mỗi người)"


def each_places(doc: Document) -> list[Place]:
    """Where a version distributes over a thing ("for each seat", "per person")."""
    return [doc.place(m.start()) for m in words_pattern(doc.lang, "each_words").finditer(doc.text)]
