"""The grammar of English names: where a capitalised stretch starts.

`names.name_phrases` finds the stretches; `tidy` drops what a sentence start lent them.
A sentence's first word is capitalised anyway, so a function word there ("The", "But",
"On", "As") is the sentence's, not the name's: "The National Hurricane Center" at a
sentence start names the National Hurricane Center. Written with a capital inside a
sentence ("in The Hague") it stays. A single letter ("S" of "U.S.") names nothing.
"""

from __future__ import annotations

from functools import cache

from crosscheck.names import NameIndex, Occurrence
from crosscheck.text import word_key


@cache
def _function_words() -> frozenset[str]:
    from crosscheck.lang import en

    return frozenset(word_key(w) for w in en.FUNCTION_WORDS)


def tidy(index: NameIndex, phrase: Occurrence) -> list[Occurrence]:
    """The name in a stretch `names.name_phrases` found (none or one)."""
    tokens = index.tokens
    first, last = phrase.first, phrase.last
    # "The National Hurricane Center" opening a sentence; "It" or "We" alone anywhere.
    if tokens[first].key in _function_words() and (tokens[first].initial or last - first == 1):
        first += 1
    while first < last and not tokens[first].capital:
        first += 1
    if first == last or (last - first == 1 and len(tokens[first].text) == 1):
        return []
    if first == phrase.first:
        return [phrase]
    return [index._occurrence(first, last)]
