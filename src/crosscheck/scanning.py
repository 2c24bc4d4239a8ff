"""Finding a reader's matches in a long text by trying only the words it can begin with.

A reader's pattern that may begin with a letter ("about", "one", "a third", "March") is
entered by the regex engine at every letter its start set holds (see `regex_starts`):
most letters of a text, each entry costing a look-behind and a branch or two. In a long
text those entries are most of extraction's cost, once per pattern.

`finditer(pattern, text)` gives exactly `pattern.finditer(text)`. In a long text it first
works out, from the parsed pattern, what every match opens with:
- a word starting with one of a few letter sequences ("abo", "one", "mar"), where the
  pattern also forbids a word character just before its first letter (`\\b`, `(?<!\\w)`,
  `(?<![\\w.,])`): a match then begins where a word of the text begins, and that word
  begins with one of those sequences (the engine itself tests the text's distinct words
  against them, case-blind, which accepts at least what the pattern does);
- or a character of a class without letters (a digit, "$", "(").
The text's words are read once (`words`) and shared by every pattern and by the name
index. The pattern is then tried (`pattern.match(text, position)`, which sees the text
before the position as a search does) at each word that begins so, in order, skipping
those inside the last match; the engine itself skips to the other opening characters (the
same pattern compiled with those characters as its start set, `regex_starts.started_at`);
the leftmost match of the two is the next one.

Why the matches are the same: `finditer` yields, from a cursor, the leftmost position at
or after it where the pattern matches, its match there, and moves the cursor to the
match's end. The positions tried hold every position where a match can begin (a
superset), so the first of them at or after the cursor where the pattern matches is that
leftmost one; every match is non-empty (it opens with a character), so no empty-match
rule applies. Only `Match.pos` differs (the position tried, not 0), and `Match.re` of a
match opening with a non-letter (the same pattern with its own start set). A pattern
whose opening is beyond this reading (a letter with no guard before it, a wide class of
letters, a back-reference) is left to the engine's own scan; so is a text where the words
to try are more than one in `_TRIES` characters. tests/test_scanning.py checks it on
generated text for every reader's pattern, `benchmarks/word_scan.py` on every
development document, `benchmarks/dump_outputs.py` the outputs.
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_left
from collections import defaultdict, deque
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Any

from crosscheck.regex_starts import started_at

_parser: Any = importlib.import_module("re._parser")
_compiler: Any = importlib.import_module("re._compiler")
sre: Any = importlib.import_module("re._constants")
_sre: Any = importlib.import_module("_sre")

# Below this length a text is scanned by the engine as it is: the words' table would cost
# more than it saves (and `compare` on news articles stays as it was).
LONG = 50_000

WORD = re.compile(r"[^\W\d_]+")  # (as `names.WORD`: the words of the name index)
# WORD as a group: `split` gives the text before each word, the word, ..., the text after.
_SPLIT = re.compile(f"({WORD.pattern})")
_LETTER = re.compile(r"[^\W\d_]")
# Letter sequences longer than this are cut: a longer one only narrows what the engine
# tests anyway. Patterns with more openings than `_MOST_OPENINGS` are left to the engine.
_PREFIX = 8
_MOST_OPENINGS = 4000
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
# A try from Python costs about as much as the engine's own pass over this many
# characters: with words to try more often than that, the engine scans alone.
_TRIES = 40


# --- what a match opens with -----------------------------------------------------------


@dataclass(frozen=True)
class Openings:
    """What every match of a pattern opens with."""

    prefixes: frozenset[str]  # letter sequences a match's first word begins with (or is:
    # those end with `_WHOLE`)
    chars: tuple[tuple[Any, Any], ...]  # a class (parser items) of its other first characters


class _Unknown(Exception):
    """An opening beyond this reading: the pattern is left to the engine."""


_STOP = (None, None)  # the end of what a repeat's one pass adds to a prefix
_WHOLE = "\n"  # (after a prefix: the word is the prefix, no letter follows; never a letter)


def _can_be_letter(items: list[tuple[Any, Any]]) -> bool:
    """Whether a class (parser items, any case) may match a letter; when unsure, yes."""
    for op, av in items:
        if op is sre.LITERAL:
            if _LETTER.match(chr(av)):
                return True
        elif op is sre.RANGE:
            if av[1] - av[0] > 4096 or any(_LETTER.match(chr(c)) for c in range(av[0], av[1] + 1)):
                return True
        elif op is sre.CATEGORY:
            if av not in (sre.CATEGORY_DIGIT, sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD):
                return True
        else:  # a negated class, anything else
            return True
    return False


BEFORE, AFTER = -1, 1  # the direction a zero-width item looks in


def _no_word_char(op: Any, av: Any, direction: int) -> bool:
    """Whether a zero-width item forbids a word character on one side of the position:
    `\\b`, or a look-behind (BEFORE) or look-ahead (AFTER) of one character whose class
    holds `\\w` ("(?<!\\w)" before a word, "(?!\\w)" after one)."""
    if op is sre.AT:
        return bool(av is sre.AT_BOUNDARY)
    if op is sre.ASSERT_NOT and av[0] == direction and len(av[1].data) == 1:
        inner_op, inner = av[1].data[0]
        return bool(
            inner_op is sre.IN
            and (sre.CATEGORY, sre.CATEGORY_WORD) in inner
            and not any(o is sre.NEGATE for o, _ in inner)
        )
    return False


def _no_letter_ahead(op: Any, av: Any) -> bool:
    r"""A look-ahead whose every way of opening is a character that is no letter ("one"
    before `(?=[\s-]+metre)`): the word before it ends there."""
    return bool(op is sre.ASSERT and av[0] == AFTER and _opens_without_letter(list(av[1].data)))


def _opens_without_letter(items: list[tuple[Any, Any]]) -> bool:
    """Whether every way a parsed pattern can match begins with a character that is no
    letter; when unsure (an empty match, anything but literals and classes), no."""
    if not items:
        return False
    (op, av), rest = items[0], items[1:]
    if op in _ZERO_WIDTH:
        return _opens_without_letter(rest)
    if op is sre.SUBPATTERN:
        return _opens_without_letter(list(av[3].data) + rest)
    if op is sre.ATOMIC_GROUP:
        return _opens_without_letter(list(av.data) + rest)
    if op is sre.BRANCH:
        return all(_opens_without_letter(list(alternative.data) + rest) for alternative in av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, _most, sub = av
        return _opens_without_letter(list(sub.data)) and (least > 0 or _opens_without_letter(rest))
    if op is sre.LITERAL:
        return not _can_be_letter([(op, av)])
    if op is sre.IN:
        return _excludes_letters(list(av)) or not _can_be_letter(list(av))
    return False


# Classes holding every letter: negated, they hold none ("[^\S\n]", any space but a newline).
_ALL_LETTERS = ((sre.CATEGORY, sre.CATEGORY_NOT_SPACE), (sre.CATEGORY, sre.CATEGORY_WORD),
                (sre.CATEGORY, sre.CATEGORY_NOT_DIGIT))  # fmt: skip


def _excludes_letters(items: list[tuple[Any, Any]]) -> bool:
    return bool(items) and items[0][0] is sre.NEGATE and any(item in _ALL_LETTERS for item in items[1:])


def _only_digits_ahead(op: Any, av: Any) -> bool:
    """`(?=\\d)`: the next character is a digit (so no letter opens here)."""
    return bool(
        op is sre.ASSERT
        and av[0] == 1
        and len(av[1].data) == 1
        and av[1].data[0] == (sre.IN, [(sre.CATEGORY, sre.CATEGORY_DIGIT)])
    )


class _Reader:
    """Walks a parsed pattern's every way of opening, collecting prefixes and classes."""

    def __init__(self) -> None:
        self.prefixes: set[str] = set()
        self.chars: list[tuple[Any, Any]] = []
        self.ways = 0

    def walk(self, items: list[tuple[Any, Any]], guarded: bool, digits_only: bool, prefix: str) -> None:
        self.ways += 1
        if self.ways > _MOST_OPENINGS:
            raise _Unknown
        for i, (op, av) in enumerate(items):
            rest = items[i + 1 :]
            if op is None:  # a repeat's one pass ends: its prefix ends too
                if not prefix:
                    raise _Unknown
                return self._word(prefix, guarded)
            if op in _ZERO_WIDTH:
                if not prefix:
                    guarded = guarded or _no_word_char(op, av, BEFORE)
                    digits_only = digits_only or _only_digits_ahead(op, av)
                elif _no_word_char(op, av, AFTER) or _no_letter_ahead(op, av):
                    return self._word(prefix + _WHOLE, guarded)  # "one\b", "one(?=\s)": the word ends
                continue
            if op is sre.SUBPATTERN:
                return self.walk(list(av[3].data) + rest, guarded, digits_only, prefix)
            if op is sre.ATOMIC_GROUP:
                return self.walk(list(av.data) + rest, guarded, digits_only, prefix)
            if op is sre.BRANCH:
                for alternative in av[1]:
                    self.walk(list(alternative.data) + rest, guarded, digits_only, prefix)
                return None
            if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                least, _most, sub = av
                if least == 0:
                    self.walk(rest, guarded, digits_only, prefix)
                return self.walk([*sub.data, _STOP], guarded, digits_only, prefix)
            if op is sre.LITERAL or op is sre.IN:
                letters = self._letters(op, av)
                if prefix:
                    if letters is None and not _can_be_letter([(op, av)] if op is sre.LITERAL else list(av)):
                        return self._word(prefix + _WHOLE, guarded)  # "one " : the word ends
                    if letters is None or len(prefix) >= _PREFIX:
                        return self._word(prefix, guarded)
                    for letter in letters:
                        self.walk(rest, guarded, digits_only, prefix + letter)
                    return None
                return self._first(op, av, rest, guarded, digits_only, letters)
            if prefix:  # anything else ends the prefix
                return self._word(prefix, guarded)
            raise _Unknown  # any character, a back-reference, a conditional
        if not prefix:
            raise _Unknown  # a match may be empty
        return self._word(prefix, guarded)

    def _first(self, op: Any, av: Any, rest: list[tuple[Any, Any]], guarded: bool, digits_only: bool,
               letters: list[str] | None) -> None:  # fmt: skip
        items = [(op, av)] if op is sre.LITERAL else list(av)
        if digits_only:  # "(?=\d)": the first character is a digit, whatever follows
            self.chars.append((sre.CATEGORY, sre.CATEGORY_DIGIT))
            return None
        if not _can_be_letter(items):
            if any(o is sre.NEGATE for o, _ in items):
                raise _Unknown  # (a negated class cannot join the others)
            self.chars.extend(items)
            return None
        if letters is None or not guarded:
            raise _Unknown  # a wide class with letters, or a letter that may open mid-word
        for letter in letters:
            self.walk(rest, guarded, digits_only, letter)
        return None

    @staticmethod
    def _letters(op: Any, av: Any) -> list[str] | None:
        """The letters of a literal or of a small class of letters only; else None."""
        codes = [av] if op is sre.LITERAL else [a for o, a in av if o is sre.LITERAL]
        if op is sre.IN and (len(codes) != len(av) or len(codes) > 8):
            return None
        letters = [chr(c) for c in codes]
        return letters if all(_LETTER.match(c) for c in letters) else None

    def _word(self, prefix: str, guarded: bool) -> None:
        if not guarded:
            raise _Unknown
        self.prefixes.add(prefix)


# (bounded: a caller may scan with patterns built from a document's own words)
@lru_cache(maxsize=1 << 10)
def openings(pattern: re.Pattern[str]) -> Openings | None:
    """What every match of `pattern` opens with; None when beyond this reading or when no
    match can open with a letter (the engine's own start set then does as well)."""
    flags = pattern.flags
    if flags & (re.ASCII | re.LOCALE):
        return None  # (`\b` and `\w` would not cover every letter)
    try:
        parsed = _parser.parse(pattern.pattern, flags)
        reader = _Reader()
        reader.walk(list(parsed.data), False, False, "")
    except (_Unknown, RecursionError, AttributeError, TypeError, ValueError, IndexError):
        return None
    if not reader.prefixes:
        return None
    return Openings(frozenset(reader.prefixes), tuple(dict.fromkeys(reader.chars)))


# --- a text's words, read once -------------------------------------------------------


@dataclass
class Words:
    """The words (`WORD`) of one text: where each begins and ends, and its letters."""

    text: str
    starts: list[int]
    ends: list[int]
    texts: list[str]
    _where: dict[str, list[int]] | None = None

    def where(self) -> dict[str, list[int]]:
        """Where each distinct word begins, in order."""
        if self._where is None:
            # (C-level loops: a long Vietnamese text has a word for every syllable)
            where: dict[str, list[int]] = defaultdict(list)
            deque(map(list.append, map(where.__getitem__, self.texts), self.starts), maxlen=0)
            self._where = where
        return self._where


# The last long text's words (scanned once, used by every reader), and after `share` the
# whole text's they were sliced from (the next piece of it shares them too).
_last: list[Words] = []


def words(text: str) -> Words:
    """The words of a text: one scan, kept for the last long text asked about and the
    longest kept before it (the name index and then the readers of one version ask in
    turn, and of each piece read of it). Callers only read the lists."""
    for kept in _last:
        if kept.text is text:
            return kept
    # The words and what lies between them, then every offset as a running sum of their
    # lengths: no match object per word (a quarter less time than `finditer` on 10 MB).
    parts = _SPLIT.split(text)
    offsets = list(accumulate(map(len, parts), initial=0))
    found = Words(text, offsets[1:-1:2], offsets[2::2], parts[1::2])
    del parts, offsets
    if len(text) >= LONG:  # (kept beside the longest kept: a piece's whole text stays)
        _last[:] = [found, *sorted(_last, key=lambda kept: -len(kept.text))[:1]]
    return found


def share(whole: str, start: int, stop: int, part: str) -> None:
    """Let `words(part)`, `part` being `whole[start:stop]`, come from the words of `whole`
    read already (a slice of its lists, not a scan), when no word runs across either end
    of the part: the words of the part are then exactly those of the whole between them."""
    found = next((kept for kept in _last if kept.text is whole), None)
    if found is None or len(part) < LONG or part is whole:
        return
    if any(
        0 < at < len(whole) and _LETTER.match(whole, at - 1) and _LETTER.match(whole, at)
        for at in (start, stop)
    ):
        return  # (a word cut in two: the part's words are not the whole's)
    i, j = bisect_left(found.starts, start), bisect_left(found.starts, stop)
    starts, ends = found.starts[i:j], found.ends[i:j]
    if start:
        starts, ends = [s - start for s in starts], [e - start for e in ends]
    _last[:] = [Words(part, starts, ends, found.texts[i:j]), found]


# --- the scan --------------------------------------------------------------------------


@lru_cache(maxsize=1 << 10)
def _prefix_test(prefixes: frozenset[str]) -> re.Pattern[str]:
    # Case-blind: the engine's own comparison, accepting at least what the pattern does.
    # A whole word's prefix must be all of the word; the others only its beginning.
    written = [re.escape(p[:-1]) + r"\Z" if p.endswith(_WHOLE) else re.escape(p) for p in prefixes]
    return re.compile("|".join(sorted(written, key=lambda p: (-len(p), p))), re.I)


def positions(text: str, opening: Openings) -> list[int]:
    """Every position of `text` where a match opening with a word can begin, in order."""
    test = _prefix_test(opening.prefixes).match
    at: list[int] = []
    for word, starts in words(text).where().items():
        if test(word):
            at.extend(starts)
    at.sort()
    return at


@lru_cache(maxsize=1 << 10)
def _at_chars(pattern: re.Pattern[str], chars: tuple[tuple[Any, Any], ...]) -> re.Pattern[str]:
    return started_at(pattern, list(chars))


def scan(
    pattern: re.Pattern[str], text: str, opening: Openings, tries: int = _TRIES
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, trying only where a match can begin: the pattern at each
    word it can open with, and (the engine skipping to them) at each of its other opening
    characters; the leftmost match of the two each time. (`tries`: see `_TRIES`.)"""
    at = positions(text, opening)
    if len(at) * tries > len(text):
        yield from pattern.finditer(text)  # words it opens with are everywhere ("năm", "a")
        return
    cursor = 0
    match = pattern.match
    others = _at_chars(pattern, opening.chars).search if opening.chars else None
    other = others(text, 0) if others else None
    for position in at:
        while other is not None and other.start() < position:
            yield other  # (the leftmost: no word between the cursor and it holds a match)
            cursor = other.end()
            other = others(text, cursor) if others else None
        if position >= cursor and (found := match(text, position)) is not None:
            yield found
            cursor = found.end()
            if other is not None and other.start() < cursor:
                other = others(text, cursor) if others else None
    while other is not None:
        yield other
        other = others(text, other.end()) if others else None


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Exactly `pattern.finditer(text)`; faster in a long text (see the module's note)."""
    if len(text) >= LONG:
        opening = openings(pattern)
        if opening is not None:
            return scan(pattern, text, opening)
    return pattern.finditer(text)
