"""The grammar of English names: where a capitalised stretch starts.

`names.name_phrases` finds the stretches; `tidy` drops what a sentence start lent them.
A sentence's first word is capitalised anyway, so a function word there ("The", "But",
"On", "As") is the sentence's, not the name's: "The National Hurricane Center" at a
sentence start names the National Hurricane Center. Written with a capital inside a
sentence ("in The Hague") it stays. A single letter ("S" of "U.S.") names nothing. A
person's title in front ("Professor Jay Berzofsky") is no part of the name when two
words of a name follow it ("King George" stays: a title and one name may be the name).
"""

from __future__ import annotations

from functools import cache

from crosscheck.names import NameIndex, Occurrence, Titles, Token
from crosscheck.text import word_key

# Titles and roles in front of a person's name, beyond the language's person titles
# ("Professor Jay Berzofsky", "Major General James Abercrombie", "Host Chris Wallace").
TITLES = ("Professor", "Prof", "Colonel", "Col", "General", "Gen", "Major General", "Lieutenant",
          "Captain", "Capt", "Commander", "Admiral", "Sergeant", "Judge", "Justice", "Host",
          "Coach", "Manager", "Chancellor", "Inspector", "Detective", "Officer", "Father",
          "Bishop", "Pope", "King", "Queen", "Prince", "Princess", "Lord", "Lady", "Dame",
          "Representative", "Congressman", "Congresswoman", "Councillor", "Sheriff",
          # Rulers: "Pharaoh Khufu" is Khufu; "the Emperor" alone names no one.
          "Pharaoh", "Emperor", "Empress", "Governor General")  # fmt: skip


# Titles written as abbreviations ("Arizona Sen. Jeff Flake", "Texas Gov. Rick Perry"):
# never a name's last word, but the start of the person's title after it.
ABBREVIATED_TITLES = frozenset(
    word_key(w) for w in "Sen Rep Gov Gen Col Capt Lt Sgt Dr Mr Mrs Ms Prof Adm Cmdr Supt Insp".split()
)


@cache
def _titles() -> Titles:
    from crosscheck.lang import en

    return Titles((*en.PERSON_TITLES, *TITLES))


def _title_at(tokens: list[Token], i: int, end: int) -> int:
    """How many words of a title start at i, with at least two words of a name after it."""
    if i >= end:
        return 0
    for title in _titles().by_first.get(tokens[i].key, ()):
        n = len(title)
        if i + n + 1 < end and tuple(t.key for t in tokens[i : i + n]) == title:
            return n
    return 0


@cache
def _function_words() -> frozenset[str]:
    from crosscheck.lang import en

    return frozenset(word_key(w) for w in en.FUNCTION_WORDS)


def _written_inside(index: NameIndex, first: int, last: int) -> bool:
    """Whether the text writes words first..last elsewhere, capitalised, inside a sentence
    (the function word opening them too: a title such as "This Morning", "The Hill")."""
    tokens = index.tokens
    if tokens[first].key not in index.capital_keys_inside:
        return False  # (the usual case, asked first: "The" of a text is a sentence's)
    keys = [t.key for t in tokens[first:last]]
    for j in index.by_key.get(keys[0], ()):
        if (
            j != first
            and tokens[j].capital
            and not tokens[j].initial
            and j + len(keys) <= len(tokens)
            and all(tokens[j + k].key == key and tokens[j + k].capital for k, key in enumerate(keys))
        ):
            return True
    return False


def tidy(index: NameIndex, phrase: Occurrence) -> list[Occurrence]:
    """The name in a stretch `names.name_phrases` found (none or one)."""
    tokens = index.tokens
    first, last = phrase.first, phrase.last
    # "The National Hurricane Center" opening a sentence; "It" or "We" alone anywhere. But
    # a name the text also writes with that word capitalised inside a sentence keeps it
    # ("This Morning presenter, 37, ..." beside "the This Morning presenter").
    if tokens[first].key in _function_words() and (
        last - first == 1 or (tokens[first].initial and not _written_inside(index, first, last))
    ):
        first += 1
    while first < last and not tokens[first].capital:
        first += 1
    while skip := _title_at(tokens, first, last):  # "Professor Jay Berzofsky"
        first += skip
    while last - first > 1 and tokens[last - 1].key in ABBREVIATED_TITLES:  # "Arizona Sen."
        last -= 1
    if first == last or (last - first == 1 and len(tokens[first].text) == 1):
        return []
    if tuple(t.key for t in tokens[first:last]) in _titles().all:  # "Professor" alone names nobody
        return []
    if (first, last) == (phrase.first, phrase.last):
        return [phrase]
    return [index._occurrence(first, last)]
