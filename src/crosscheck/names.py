"""Names in running text: where a claimed name occurs, where a near miss of it occurs,
and which capitalised words no claim explains.

Words are compared by `word_key` (case, Unicode form and tone placement aside); a word
written without any diacritic also matches the full folding of a claimed word ("Dien"
for "Diên"), and nothing else does. A capitalised word one letter or one tone mark away
from a claimed word ("Cường" for "Cương", "Diện" for "Diên") is a near miss: it belongs
to that claim as a discrepancy, not to the list of unexplained names.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import compress, repeat
from operator import itemgetter
from typing import NamedTuple, cast

from crosscheck import scanning
from crosscheck.lang import Language
from crosscheck.text import Document, fold, is_folded, word_key

WORD = re.compile(r"[^\W\d_]+")


def words(text: str) -> list[str]:
    return WORD.findall(text)


# The parts of a name that make it itself: its words and its numbers (G7 is not G20).
_NAME_PART = re.compile(r"[^\W\d_]+|\d+")
# Digits written onto the end of a name: "G7", "COVID-19", "F-16", "A320". (Digits
# before letters are mostly a figure and its unit, "2.4GHz", "600Mbit", and stay apart.)
_ATTACHED = re.compile(r"(?:[-\u2010\u2011]?\d+)+")
_SPACED_DIGITS = re.compile(r"[ \u00a0]+\d+(?![\d.,]*\d)")  # "Formula 1", when the form has it
_FORM_TAIL = re.compile(r"(?:[ \u00a0]+\d+)+$")
_DIGIT = re.compile(r"\d")
# The characters that may open digits written onto a name (`attached_end`'s first test).
_ONTO = frozenset("0123456789-\u2010\u2011")


@lru_cache(maxsize=1 << 14)
def name_key(text: str) -> str:
    """>>> name_key("Trần\u00a0Cương") == name_key("TRẦN CƯƠNG")
    True
    >>> name_key("G7") == name_key("G20")
    False
    """
    return " ".join(word_key(w) for w in _NAME_PART.findall(text))


def attached_end(text: str, end: int) -> int:
    """Where a name ending at `end` ends with the digits written onto it ("G7", "F-16")."""
    if end < len(text) and text[end] in "0123456789-\u2010\u2011" and (digits := _ATTACHED.match(text, end)):
        return digits.end()
    return end


@lru_cache(maxsize=1 << 14)
def _form_digits(form: str) -> tuple[tuple[str, ...], int]:
    """A form's numbers, and how many of them stand apart at its end ("Formula 1": one)."""
    tail = _FORM_TAIL.search(form)
    return tuple(re.findall(r"\d+", form)), len(re.findall(r"\d+", tail.group())) if tail else 0


class Token(NamedTuple):  # a tuple: a 10 MB text has two million of them
    start: int
    end: int
    text: str
    key: str
    folded: str | None  # the casefolded word when it has no diacritic at all
    capital: bool
    initial: bool  # first word of its sentence


@lru_cache(maxsize=1 << 18)  # news repeats its words from one document to the next
def _word_facts(word: str) -> tuple[str, str | None, bool]:
    """A word's key, its casefolding when it has no diacritic (else None), and its capital."""
    return word_key(word), word.casefold() if is_folded(word) else None, word[0].isupper()


_FIRST, _SECOND, _THIRD = itemgetter(0), itemgetter(1), itemgetter(2)


def _positions(values: Sequence[str | None]) -> dict[str, list[int]]:
    """Where each value occurs, in order (None left out)."""
    # (A C-level loop: a 10 MB text has two million words.)
    positions: dict[str | None, list[int]] = defaultdict(list)
    deque(map(list.append, map(positions.__getitem__, values), range(len(values))), maxlen=0)
    positions.pop(None, None)
    return cast("dict[str, list[int]]", positions)


@lru_cache(maxsize=1 << 14)  # the same forms and titles are looked up in every document
def _form_keys(form: str) -> tuple[list[str], list[str]]:
    """A name form's word keys and casefolded foldings (lists, to compare with slices)."""
    form_words = words(form)
    return [word_key(w) for w in form_words], [fold(w).casefold() for w in form_words]


class Titles:
    """A language's titles as word keys ("Bộ trưởng", "Prime Minister"), longest first,
    and looked up by their first or their last word: a title is looked for at and before
    every name of a text."""

    def __init__(self, titles: Iterable[str]) -> None:
        every = {tuple(word_key(w) for w in t.split()) for t in titles}
        self.all = frozenset(every)
        longest_first = sorted(every, key=len, reverse=True)
        self.by_first = _grouped(longest_first, 0)
        self.by_last = _grouped(longest_first, -1)


def _grouped(titles: list[tuple[str, ...]], at: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    table: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for title in titles:
        table[title[at]].append(title)
    return {word: tuple(group) for word, group in table.items()}


# Lower-case particles inside foreign names: "Cabo da Roca", "Carl von Linde", "Ludwig
# Mies van der Rohe"; between two words written without diacritics, part of the name in
# a Vietnamese text too.
FOREIGN_PARTICLES = frozenset(
    "da de del della der di do dos du la le van von bin ibn al el zu ten ter".split()
)

# The Arabic article as Latin script writes it onto the next word of a name, in lower case
# and with a hyphen, assimilated or not: "Abu al-Rayhan al-Biruni", "Daru l-Badya",
# "Salah ad-Din", "Harun ar-Rashid". Only so written is it part of the name ("an", "as"
# and "at" are English words, "an" a Vietnamese syllable, on their own).
ARABIC_ARTICLES = frozenset("al el l ad ar as ash at az an ud ul".split())
_HYPHENS = frozenset("-\u2010\u2011")


class Occurrence(NamedTuple):  # a tuple: compare makes one for every part of every name run
    first: int  # token indices, inclusive-exclusive
    last: int
    start: int  # character offsets
    end: int
    text: str


@dataclass
class NameIndex:
    """The words of one document, indexed for name lookups."""

    doc: Document
    tokens: list[Token] = field(init=False)
    # Columns of `tokens`, for lookups that slice many words at once.
    starts: list[int] = field(init=False, repr=False)
    keys: list[str] = field(init=False, repr=False)
    folds: list[str | None] = field(init=False, repr=False)
    capitals: list[int] = field(init=False, repr=False)  # indices of the capitalised words
    # A story looks each form up several times (its claim, the count of its mentions, the
    # coverage pass) and every title of the language once per version: each form is
    # searched once per document. Callers only read the lists.
    _spans: dict[str, list[tuple[int, int]]] = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        # Built column by column with C-level loops (map, list comprehensions): a 10 MB
        # text has two million words, and a Python loop body per word costs seconds.
        # (The text's words are scanned once, for the readers and for this index.)
        found = scanning.words(self.doc.text)
        starts, ends, texts = found.starts, found.ends, found.texts
        # Each word's facts come from a cache: a long text is mostly words it has seen before.
        facts = list(map(_word_facts, texts))
        keys = list(map(_FIRST, facts))
        folds = list(map(_SECOND, facts))
        initial = [False] * len(starts)
        for sentence in self.doc.sentence_starts:  # a sentence's first word: the first at or after its start
            i = bisect.bisect_left(starts, sentence)
            if i < len(starts):
                initial[i] = True
        # tuple.__new__ makes each Token without a Python-level call per word.
        capitals = list(map(_THIRD, facts))
        columns = zip(starts, ends, texts, keys, folds, capitals, initial, strict=True)
        self.tokens = list(map(tuple.__new__, repeat(Token), columns))
        self.starts, self.keys, self.folds = starts, keys, folds
        self.capitals = list(compress(range(len(capitals)), capitals))

    # Where each word occurs, by key and by folding: built on the first lookup, since
    # `compare` reads its names without looking any form up in most documents.
    @cached_property
    def by_key(self) -> dict[str, list[int]]:
        return _positions(self.keys)

    @cached_property
    def by_fold(self) -> dict[str, list[int]]:
        return _positions(self.folds)

    def _matches(self, i: int, form_word: str) -> bool:
        token = self.tokens[i]
        if token.key == word_key(form_word):
            return True
        return token.folded is not None and token.folded == fold(form_word).casefold()

    def find(self, form: str) -> list[Occurrence]:
        """Every occurrence of a name form, word by word."""
        return [self._occurrence(first, last, form) for first, last in self.spans(form)]

    def spans(self, form: str) -> list[tuple[int, int]]:
        """The token spans (first, last) of every occurrence of a name form."""
        found = self._spans.get(form)
        if found is None:
            found = self._spans[form] = self._search(form)
        return found

    def _search(self, form: str) -> list[tuple[int, int]]:
        keys, folds = _form_keys(form)
        if not keys:
            return []
        by_key, by_fold = self.by_key.get(keys[0]), self.by_fold.get(folds[0])
        if by_key is None and by_fold is None:
            return []  # most forms looked up (every title of the language) are not there at all
        candidates = set(by_key or ()) | set(by_fold or ())
        n = len(keys)
        if n == 1:  # the candidates are exactly the one-word occurrences
            found = [(i, i + 1) for i in sorted(candidates)]
        else:
            # By key word by word; or by folding when the whole stretch is written without
            # diacritics ("Nguyen Hong Dien"): a half-folded name ("Quang Tây") is not the form.
            found = [
                (i, i + n)
                for i in sorted(candidates)
                if self.keys[i : i + n] == keys or self.folds[i : i + n] == folds
            ]
        # Words are letters only; a name's numbers must then be the form's, no more, no less.
        digits, spaced = _form_digits(form)
        if not digits:  # (most names: no digits written onto them, none between their words)
            return self._all_without_digits(found)
        return [(i, j) for i, j in found if self._digits(i, j, spaced) == digits]

    def _all_without_digits(self, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The spans `_without_digits` keeps, in one loop: a long text's common names occur
        tens of thousands of times, and a call each cost a few µs. (A name followed by no
        digit or hyphen has none written onto it: `attached_end`'s first test.)"""
        tokens, text, digit = self.tokens, self.doc.text, _DIGIT.search
        kept = []
        for first, last in found:
            end = tokens[last - 1].end
            if text[end : end + 1] in _ONTO:
                if self._without_digits(first, last):
                    kept.append((first, last))
            elif last - first == 1 or digit(text, tokens[first].start, end) is None:
                kept.append((first, last))
        return kept

    def _without_digits(self, first: int, last: int) -> bool:
        """`_digits(first, last, 0) == ()`, without slicing the text: no digits written
        onto the last word, and none between the words."""
        end = self.tokens[last - 1].end
        if attached_end(self.doc.text, end) != end:
            return False
        return last - first == 1 or _DIGIT.search(self.doc.text, self.tokens[first].start, end) is None

    def extent(self, first: int, last: int, spaced: int = 0) -> tuple[int, int]:
        """The characters of a run of words with the digits written onto it ("G7",
        "COVID-19"), and `spaced` numbers standing apart after it ("Formula 1")."""
        text = self.doc.text
        end = attached_end(text, self.tokens[last - 1].end)
        for _ in range(spaced):
            if not (apart := _SPACED_DIGITS.match(text, end)):
                break
            end = apart.end()
        return self.tokens[first].start, end

    def _digits(self, first: int, last: int, spaced: int) -> tuple[str, ...] | None:
        """The numbers of a run of words as written; None when letters run on after its
        digits ("A320neo" is not "A320")."""
        start, end = self.extent(first, last, spaced)
        text = self.doc.text
        if end != self.tokens[last - 1].end and end < len(text) and text[end].isalpha():
            return None
        return tuple(re.findall(r"\d+", text[start:end]))

    def _occurrence(self, first: int, last: int, form: str = "") -> Occurrence:
        """The words first..last as the text writes them, whole: "G7", not "G"; and
        "Formula 1" when that is the `form` found there."""
        start, end = self.extent(first, last, _form_digits(form)[1] if form else 0)
        return Occurrence(first, last, start, end, self.doc.text[start:end])

    @cached_property
    def capital_positions(self) -> dict[str, list[int]]:
        """Where each capitalised word occurs, by its key."""
        positions: dict[str, list[int]] = defaultdict(list)
        for i in self.capitals:
            positions[self.keys[i]].append(i)
        return positions

    @cached_property
    def capitals_by_deletion(self) -> dict[str, list[str]]:
        """Each capitalised word under every one-letter deletion of it: a name's near
        misses are then looked up, not searched for, once per document."""
        index: dict[str, list[str]] = defaultdict(list)
        for key in self.capital_positions:
            for d in _deletions(key):
                index[d].append(key)
        return index

    @cached_property
    def capital_keys_inside(self) -> frozenset[str]:
        """Words written with a capital somewhere other than a sentence start."""
        return frozenset(self.keys[i] for i in self.capitals if not self.tokens[i].initial)

    def is_name_word(self, i: int) -> bool:
        """A capitalised word that may be part of a name.

        A sentence's first word is capitalised anyway, so it counts only when the next
        word is capitalised too ("Pham Minh Chinh said") or when the document writes it
        with a capital elsewhere as well.
        """
        token = self.tokens[i]
        if not token.capital:
            return False
        if not token.initial:
            return True
        nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        if nxt and nxt.capital and self.doc.text[token.end : nxt.start].strip(" \u00a0-") == "":
            return True
        if nxt and nxt.key in ARABIC_ARTICLES and self.article(i + 1):  # "Abu al-Rayhan" opening
            return True
        return token.key in self.capital_keys_inside

    def article(self, i: int) -> bool:
        """Whether word i is the Arabic article written onto the capitalised word after it
        ("al-Biruni", "l-Badya"): a particle of the name, as the name's own words are."""
        tokens, text = self.tokens, self.doc.text
        token = tokens[i]
        return (
            token.key in ARABIC_ARTICLES
            and not token.capital
            and i + 1 < len(tokens)
            and tokens[i + 1].capital
            and tokens[i + 1].start == token.end + 1
            and text[token.end] in _HYPHENS
            and i > 0
            and text[tokens[i - 1].end : token.start] in (" ", "\u00a0")
        )


def edit_distance_one(a: str, b: str) -> bool:
    """True when b is a with one letter (or one tone mark) changed, added or removed."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


@dataclass(frozen=True)
class NearMiss:
    form: str
    occurrence: Occurrence


def name_keys(forms: Iterable[str]) -> frozenset[str]:
    """The keys of a story's claimed names: worked out once by the caller for all its
    name claims (once per claim would make a story's cost claims × claims)."""
    return frozenset(name_key(f) for f in forms)


@lru_cache(maxsize=1 << 14)  # every name claim of every story looks up its words' deletions
def _deletions(key: str) -> frozenset[str]:
    """The word with each one letter removed, and itself: two words one edit apart share one."""
    return frozenset({key} | {key[:i] + key[i + 1 :] for i in range(len(key))})


@lru_cache(maxsize=1 << 14)  # a story's forms are looked up in both of its versions
def _near_miss_keys(form: str, shortest: int) -> tuple[tuple[int, frozenset[str]], ...]:
    """The deletions of each word of a form that may be near-missed, by word position."""
    form_words = words(form)
    return tuple(
        (j, _deletions(word_key(w)))
        for j, w in enumerate(form_words)
        if len(fold(w)) >= 3 and (len(form_words) > 1 or len(fold(w)) >= shortest)
    )


def near_misses(
    index: NameIndex, forms: Sequence[str], claimed: frozenset[str], ignore: frozenset[str]
) -> list[NearMiss]:
    """Capitalised stretches one letter or tone mark away from one of `forms`.

    `claimed` are the `name_keys` of every claimed form of the story: a stretch that is
    exactly some other claimed name is not a near miss of this one. Candidates are found
    through shared one-letter deletions, so the cost grows with the text, not text × names.
    """
    # A lone Vietnamese syllable is one tone from many words (Cộng, Công; Kế, Kết), so a
    # one-word form is near-missed only when it is long enough to be a name by itself.
    shortest = 4 if index.doc.lang == "en" else 6
    misses = []
    near = index.capitals_by_deletion
    # (capitalised word, form, word position) sharing a one-letter deletion
    candidates = {
        (key, form, j)
        for form in forms
        for j, deletions in _near_miss_keys(form, shortest)
        for d in deletions
        for key in near.get(d, ())
    }
    for key, form, j in sorted(candidates):
        form_words = words(form)
        if key in ignore or not edit_distance_one(key, word_key(form_words[j])):
            continue
        for i in index.capital_positions[key]:
            token = index.tokens[i]
            first, last = i - j, i - j + len(form_words)
            if first < 0 or last > len(index.tokens):
                continue
            if (
                token.folded is not None
                and token.folded == fold(form_words[j]).casefold()
                and all(t.folded is not None for t in index.tokens[first:last])
            ):
                continue  # the whole name written without diacritics: the form itself
            others = (k for k in range(len(form_words)) if k != j)
            if all(index._matches(first + k, form_words[k]) for k in others):
                found = index._occurrence(first, last)
                if name_key(found.text) not in claimed:  # exactly another claimed name
                    misses.append(NearMiss(form, found))
    return sorted(misses, key=lambda m: m.occurrence.start)


def unexplained_runs(
    index: NameIndex, covered: set[int], first: int = 0, end: int | None = None
) -> list[Occurrence]:
    """Runs of adjacent name words that nothing covers (among words first..end)."""
    # Only capitalised words can be name words: the loop skips the rest of a long text.
    runs: list[Occurrence] = []
    run_start: int | None = None
    last = -1  # the open run's last word
    text, tokens, capitals = index.doc.text, index.tokens, index.capitals
    if first or end is not None:
        capitals = capitals[
            bisect.bisect_left(capitals, first) : bisect.bisect_left(capitals, end or len(tokens))
        ]
    for i in capitals:
        if i in covered or not index.is_name_word(i):
            continue
        if run_start is not None and (
            i != last + 1
            or text[tokens[last].end : tokens[i].start].strip(" \u00a0") != ""
            or tokens[i].initial
        ):
            runs.append(index._occurrence(run_start, last + 1))
            run_start = None
        if run_start is None:
            run_start = i
        last = i
    if run_start is not None:
        runs.append(index._occurrence(run_start, last + 1))
    return runs


@lru_cache(maxsize=8)  # one entry per language
def _phrase_titles(person_titles: tuple[str, ...]) -> tuple[list[list[str]], frozenset[str]]:
    """A language's person titles as word keys, longest first, and their first words."""
    titles = sorted(([word_key(w) for w in words(t)] for t in person_titles), key=len, reverse=True)
    return titles, frozenset(title[0] for title in titles)


@lru_cache(maxsize=16)
def _word_keys(words_: frozenset[str]) -> frozenset[str]:
    return frozenset(word_key(w) for w in words_)


def _particles(tokens: list[Token], j: int, end: int) -> bool:
    """Whether words j..end are a foreign name's particles between two of its words written
    without diacritics ("Mies van der Rohe"), not Vietnamese words between two names."""
    return (
        tokens[j - 1].folded is not None
        and tokens[end].folded is not None
        and all(tokens[k].key in FOREIGN_PARTICLES for k in range(j, end))
    )


_AND_VI = word_key("và")


def _fields_joined(index: NameIndex, start: int, j: int) -> bool:
    """Whether the Vietnamese "và" at word j joins two fields inside one institution's name
    (see `lang.vi_names.fields_joined`); imported here, not at the top: it reads this module."""
    from crosscheck.lang.vi_names import fields_joined

    return fields_joined(index, start, j)


_APOSTROPHES = frozenset({"'", "\u2019"})


def name_phrases(index: NameIndex, inside: set[int], language: Language) -> list[Occurrence]:
    """Stretches of text that name something, for drafting and aligning without claims.

    A run of capitalised words, without the person titles in front of it ("Bộ trưởng",
    "Minister"), joined across the lower-case words a language lets into its names:
    English "of", "the" and "and" between capitals ("Ministry of Industry and Trade");
    in Vietnamese one lower-case syllable between capitals ("Sở Thương mại Quảng Tây",
    "Đảng Cộng sản"), and a name headed by a common noun runs on in lower case ("Kế hoạch
    hành động") until a stop word, a figure or punctuation, or, once past a capital, up
    to the next capital that does not start a title ("Khu tự trị dân tộc Choang").
    `inside` holds the indices of words that belong to figures.
    """
    tokens, text = index.tokens, index.doc.text
    titles, first_words = _phrase_titles(language.person_titles)
    stops, connectors = _word_keys(language.name_stops), _word_keys(language.name_connectors)
    vietnamese_style = bool(stops)
    capitals = index.capitals

    def joined(a: int, b: int) -> bool:
        gap = text[tokens[a].end : tokens[b].start]
        # "&" joins the names of firms and works: "Marks & Spencer", "Mork & Mindy".
        if gap.strip(" \u00a0–-/&") == "":
            return b not in inside and not tokens[b].initial
        # "O'Flynn", "D'Angelo", "N'Djamena": one capital, an apostrophe, a capitalised word
        # are one word of the name (a possessive or a contraction goes on in lower case).
        return gap in _APOSTROPHES and len(tokens[a].text) == 1 and tokens[b].capital and b not in inside

    def title_at(i: int) -> int:
        if tokens[i].key not in first_words:
            return 0
        for title in titles:
            end = i + len(title)
            fits = end < len(tokens) and [t.key for t in tokens[i:end]] == title and tokens[end].capital
            if fits and all(joined(k, k + 1) for k in range(i, end)):
                return len(title)
        return 0

    def lower_stretch(j: int) -> int:
        """The end of the lower-case, non-stop stretch starting at j."""
        while j < len(tokens) and joined(j - 1, j) and not tokens[j].capital and tokens[j].key not in stops:
            j += 1
        return j

    found: list[Occurrence] = []
    i = 0
    while i < len(tokens):
        if i in inside or not index.is_name_word(i):
            # Only a capitalised word can start a name: go on at the next one.
            k = bisect.bisect_right(capitals, i)
            i = capitals[k] if k < len(capitals) else len(tokens)
            continue
        while (skip := title_at(i)) and index.is_name_word(i + skip):
            i += skip
        start = last = i
        headed = vietnamese_style and i + 1 < len(tokens) and joined(i, i + 1) and not tokens[i + 1].capital
        j = i + 1
        while j < len(tokens) and joined(j - 1, j) and j - start < 14:
            token = tokens[j]
            if token.capital:
                if title_at(j):
                    break
                last, j = j, j + 1
                continue
            if not vietnamese_style:
                if token.key not in connectors and not (token.key in ARABIC_ARTICLES and index.article(j)):
                    break
                if token.key == "and" and not any(tokens[k].key == "of" for k in range(start, j)):
                    break  # "Chen Gang and Li Qiang" are two names; "Ministry of X and Y" is one
                j += 1
                continue
            end = lower_stretch(j)
            if end < len(tokens) and tokens[end].key == _AND_VI and _fields_joined(index, start, end):
                last, j = end + 1, end + 2  # "Bộ Tài nguyên và Môi trường": a ministry of two fields
                continue
            bounded = end < len(tokens) and end > j and joined(end - 1, end) and tokens[end].capital
            bounded = bounded and not title_at(end)
            if bounded and (end - j == 1 or headed or _particles(tokens, j, end)):
                last, j = end - 1, end  # lower case between capitals
            elif headed and last == start:
                last = end - 1  # the head's own lower-case run: "Kế hoạch hành động"
                break
            else:
                break
        found.append(index._occurrence(start, last + 1))
        i = last + 1
    return found
