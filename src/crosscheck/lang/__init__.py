"""Language knowledge: one module per language (`en`, `vi`), plus Chinese names (`zh`).

Every reader in `crosscheck.kinds` asks a `Language` for words and separators instead of
carrying its own; adding a language is adding a module that builds one.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

LANGS = ("en", "vi")


@dataclass(frozen=True)
class Language:
    code: str
    decimal: str  # the decimal separator
    groups: str  # characters that may group thousands
    read_cardinal: Callable[[str], int | None]  # spelled number -> value
    cardinal_pattern: str  # regex of a spelled number (no groups)
    read_ordinal: Callable[[str], int | None]  # "twenty-second", "thứ tư" -> value
    ordinal_pattern: str
    qualifiers: dict[str, str]  # phrase -> "about" | "over" | "under"
    scales: dict[str, int]  # scale word -> multiplier
    glued_scales: dict[str, int]  # abbreviations written onto the digits: "£2.8bn", "$5m"
    currency_prefixes: dict[str, str]  # symbol written before a figure -> ISO code
    currency_words: dict[str, str]  # word written after a figure -> ISO code
    percent_words: dict[str, str]  # "%" / "per cent" -> "percent"; "percentage points" -> "point"
    units: dict[str, str]  # unit word -> pint expression
    durations: dict[str, str]  # time-span word -> pint unit
    unit_adjectives: tuple[str, ...]  # "26 consecutive years"
    months: dict[str, int]
    weekdays: dict[str, int]
    titles: frozenset[str]  # capitalised words that are not names (titles, demonyms)
    function_words: frozenset[str]  # never a near miss of a name ("Then" is not "Chen")
    person_titles: tuple[str, ...] = ()  # stripped from the front of a name ("Bộ trưởng", "Minister")
    name_connectors: frozenset[str] = frozenset()  # lower-case words inside names ("of", "the")
    name_stops: frozenset[str] = frozenset()  # words that end a name running on in lower case
    # Nouns and classifiers a spelled number counts ("năm người", "ba trận"): the positive
    # evidence that a number word is a figure and not an idiom ("nấu chín", "quanh năm").
    counted: frozenset[str] = frozenset()
    counts_plurals: bool = False  # English: any plural noun after a number word is counted
    multiples: dict[str, float] = field(default_factory=dict)  # "tripled", "gấp đôi" -> 3, 2
    # Forms that are multiples or nouns ("to double" or "a double"): read, but never flag alone.
    maybe_multiples: dict[str, float] = field(default_factory=dict)
    # Number words used as nouns ("hit 11 fours", "in twos and threes"): the same weak reading.
    number_nouns: dict[str, float] = field(default_factory=dict)

    def is_counted(self, following: str) -> bool:
        """Whether a number word followed by these words ("người", "máy bay", "inmates")
        states a figure: the first one to three of them name a unit or a counted noun."""
        words = following.split()
        tables = (self.counted, self.units, self.durations, self.scales)
        for size in (3, 2, 1):
            phrase = " ".join(words[:size]).lower()
            if len(words) >= size and any(phrase in table for table in tables):
                return True
        first = words[0] if words else ""
        plural = len(first) > 3 and first.endswith("s") and first.isalpha() and first.islower()
        return self.counts_plurals and plural and first not in self.function_words


@cache
def get(code: str) -> Language:
    """The knowledge of one language, built on first use."""
    if code not in LANGS:
        raise KeyError(f"unknown language {code!r}; crosscheck knows {', '.join(LANGS)}")
    module = importlib.import_module(f"crosscheck.lang.{code}")
    language: Language = module.build()
    return language


def alternation(words: object) -> str:
    """A regex alternation of literal words, longest first so "per cent" beats "per"."""
    import re

    items = sorted({str(w) for w in words if w}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"[\s\u00a0]+") for w in items)
