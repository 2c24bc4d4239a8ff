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


def tidy(index: NameIndex, phrase: Occurrence) -> Occurrence | None:
    """The name in a stretch `names.name_phrases` found, or None when it holds none."""
    tokens = index.tokens
    first, last = phrase.first, phrase.last
    if tokens[first].initial and tokens[first].key in _function_words():
        first += 1
    while first < last and not tokens[first].capital:
        first += 1
    if first == last or (last - first == 1 and len(tokens[first].text) == 1):
        return None
    if first == phrase.first:
        return phrase
    return index._occurrence(first, last)
