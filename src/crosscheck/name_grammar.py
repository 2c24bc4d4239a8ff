"""Each language's grammar of names (`lang/<lang>_names.py`), shared by `compare` (which
stretches are names) and the gate's coverage (which capitalised words need a claim), so
that the two agree on what a name is."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import import_module

from crosscheck.names import ARABIC_ARTICLES, NameIndex, Occurrence
from crosscheck.text import word_key

Tidy = Callable[[NameIndex, Occurrence], list[Occurrence]]


@cache
def grammar(lang: str) -> Tidy:
    """The language's `tidy`: the names in a capitalised stretch (none, one or more), with
    a person's initials read as part of the name in either language."""
    tidy: Tidy = import_module(f"crosscheck.lang.{lang}_names").tidy

    def with_initials(index: NameIndex, phrase: Occurrence) -> list[Occurrence]:
        tokens, keys, first = index.tokens, index.keys, phrase.first
        if _after_initial(index, first):
            return []  # "Hughes" of "Malcolm K. Hughes": the name before it took it in
        # (The abbreviation's spelling is checked first: names are read on compare's hot path.)
        if first and tokens[first - 1].text in _SAINTS and _after_saint(index, first):
            rest = _past_capitals(index, first)  # "Johns River" of "St. Johns River" taken in,
            return with_initials(index, index._occurrence(rest, phrase.last)) if rest < phrase.last else []
        if phrase.last - first == 1 and tokens[first].text in _SAINTS and _saint(index, first):
            return [_through_initials(index, phrase)]  # "St." alone: its name follows
        return [
            # A single letter right before the name, looked at first: names are hot.
            _through_initials(
                index, _from_initials(index, name) if len(tokens[name.first - 1].text) == 1 else name
            )
            if name.first
            else _through_initials(index, name)
            for name in (
                _after_article(index, n) if n.first > 1 and keys[n.first - 1] in ARABIC_ARTICLES else n
                for n in tidy(index, phrase)
            )
        ]

    return with_initials


def _after_article(index: NameIndex, name: Occurrence) -> Occurrence:
    """The name run back over the Arabic article written onto its first word ("của
    al-Maridini" names al-Maridini; see `NameIndex.article`)."""
    before = name.first - 1
    return index._occurrence(before, name.last) if index.article(before) else name


def _from_initials(index: NameIndex, name: Occurrence) -> Occurrence:
    """The name run back over the initials in front of it: "J. A. Hobson", "T. T. Tsui",
    "W. Haydon Burns" (single capitals each with a full stop and a space, the first not
    after a full stop: "U.S. Hobson" keeps its "Hobson")."""
    tokens, text = index.tokens, index.doc.text
    first = name.first
    while (
        first > 0
        and _one_letter(tokens[first - 1].text)
        and text[tokens[first - 1].end : tokens[first].start] == ". "
        and (first == 1 or text[tokens[first - 2].end : tokens[first - 1].start] != ".")
    ):
        first -= 1
    return name if first == name.first else index._occurrence(first, name.last)


def _after_initial(index: NameIndex, i: int) -> bool:
    """Whether word i follows a person's initial: "Malcolm K. Hughes", "John C. Messenger".

    The full stop after a single capital letter ends no sentence when a name word stands
    before the letter and a capitalised word of a name (not a function word) follows it.
    Initials written without a space ("L.P.", "U.S.") are an abbreviation, not a person's.
    """
    tokens, text = index.tokens, index.doc.text
    if i < 2:
        return False
    letter, before, word = tokens[i - 1], tokens[i - 2], tokens[i]
    return (
        _one_letter(letter.text)
        and text[letter.end : word.start] == ". "
        and text[before.end : letter.start] in (" ", ". ")
        and before.capital
        and (len(before.text) > 1 or _after_initial(index, i - 2))
        and word.capital
        and len(word.text) > 1
        and word.key not in _function_words(index.doc.lang)
    )


def _through_initials(index: NameIndex, name: Occurrence) -> Occurrence:
    """The name run on through its initials and the words after them."""
    tokens, text = index.tokens, index.doc.text
    last = name.last
    # "Bloomberg L.P.": letters joined by full stops are one abbreviation, kept whole.
    while last < len(tokens) and _one_letter(tokens[last - 1].text) and _one_letter(tokens[last].text):
        if text[tokens[last - 1].end : tokens[last].start] != ".":
            break
        last += 1
    while last < len(tokens) and (
        _after_initial(index, last) or (tokens[last - 1].text in _SAINTS and _after_saint(index, last))
    ):
        last += 1
        while (
            last < len(tokens)
            and tokens[last].capital
            and text[tokens[last - 1].end : tokens[last].start] == " "
        ):
            last += 1
    # "Mohenjo-daro", "Ban Ki-moon", "Ma-rốc": in Vietnamese a lower-case word joined by a
    # bare hyphen is the name word's own second half (in English it is a compound's:
    # "UK-wide", "Communist-held").
    while (
        index.doc.lang == "vi"
        and last < len(tokens)
        and not tokens[last].capital
        and len(tokens[last - 1].text) > 1
        and text[tokens[last - 1].end : tokens[last].start] == "-"
        and text[tokens[last].end : tokens[last].end + 1] in ("", " ", ",", ".", ")", ";", ":", "\n")
    ):
        last += 1
    return name if last == name.last else index._occurrence(name.first, last)


# Abbreviations with a full stop that start a place's or a saint's name, in either
# language: "St. Johns River", "St. Louis", "Mt. Everest".
_SAINTS = frozenset({"St", "Mt", "Ft"})


def _saint(index: NameIndex, i: int) -> bool:
    """Whether word i is "St." (or "Mt.", "Ft.") followed by a capitalised word."""
    tokens, text = index.tokens, index.doc.text
    return (
        tokens[i].text in _SAINTS
        and i + 1 < len(tokens)
        and text[tokens[i].end : tokens[i + 1].start] == ". "
        and tokens[i + 1].capital
    )


def _past_capitals(index: NameIndex, i: int) -> int:
    """The first word after the capitalised words from i, joined by spaces."""
    tokens, text = index.tokens, index.doc.text
    j = i + 1
    while j < len(tokens) and tokens[j].capital and text[tokens[j - 1].end : tokens[j].start] == " ":
        j += 1
    return j


def _after_saint(index: NameIndex, i: int) -> bool:
    """Whether word i follows "St. ": the rest of the name the abbreviation starts."""
    return i > 0 and _saint(index, i - 1)


def _one_letter(word: str) -> bool:
    return len(word) == 1 and word.isupper()


@cache
def _function_words(lang: str) -> frozenset[str]:
    words: frozenset[str] = import_module(f"crosscheck.lang.{lang}").FUNCTION_WORDS
    return frozenset(word_key(w) for w in words)
