"""A cheap first test for a regular expression: the characters a match can begin with.

Python's regex engine skips quickly to a pattern's first character only when the pattern
opens with a literal or a character class. A reader's pattern opens with look-behinds and
alternatives ("not after a word", then a qualifier, a currency symbol, a digit or a number
word), so the engine tries the whole pattern at every position of the text: a few hundred
nanoseconds a character, the largest part of reading a long seed. `guarded` puts a
look-ahead for the possible first characters in front, worked out from the pattern
itself, so a position that cannot start a match costs one character test. The matches
are the same (tests/test_regex_starts.py checks it on generated text).
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# The parsed form of a pattern, as the standard library's own compiler reads it (typeshed
# does not describe these modules; `sre_parse` is their deprecated name).
_parser: Any = importlib.import_module("re._parser")
sre: Any = importlib.import_module("re._constants")

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)

# (class items that may come first, whether the part may match nothing); None: not known
_Firsts = tuple[list[tuple[Any, Any]], bool] | None


def _sequence(items: list[tuple[Any, Any]], flags: int) -> _Firsts:
    found: list[tuple[Any, Any]] = []
    for op, av in items:
        got = _item(op, av, flags)
        if got is None:
            return None
        found += got[0]
        if not got[1]:
            return found, False
    return found, True


def _item(op: Any, av: Any, flags: int) -> _Firsts:
    if op is sre.LITERAL:
        return [(op, av)], False
    if op is sre.IN:
        return (list(av), False) if all(o is not sre.NEGATE for o, _ in av) else None
    if op in _ZERO_WIDTH:  # consumes nothing: what follows comes first
        return [], True
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE and not flags & re.IGNORECASE:
            return None  # a case-blind part of a case-sensitive pattern: not worth the care
        return _sequence(sub.data, flags)
    if op is sre.BRANCH:
        found: list[tuple[Any, Any]] = []
        empty = False
        for alternative in av[1]:
            got = _sequence(alternative.data, flags)
            if got is None:
                return None
            found += got[0]
            empty = empty or got[1]
        return found, empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, _most, sub = av
        got = _sequence(sub.data, flags)
        return None if got is None else (got[0], got[1] or least == 0)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av.data, flags)
    return None  # any character, a back-reference, a conditional: no cheap test


def _class_item(op: Any, av: Any) -> str | None:
    if op is sre.LITERAL:
        return re.escape(chr(av))
    if op is sre.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op is sre.CATEGORY:
        return _CATEGORIES.get(av)
    return None


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """A character class (without its brackets) holding every character a match of
    `pattern` can begin with; None when a match may be empty or the pattern is beyond
    this simple reading.

    >>> first_chars(r"(?<!\\w)(?:about |over )?\\d+")
    'ao\\\\d'
    >>> first_chars(r"\\b(?:in )?") is None  # it may match nothing
    True
    """
    got = _sequence(_parser.parse(pattern, flags).data, flags)
    if got is None or got[1]:
        return None
    parts = []
    for op, av in got[0]:
        part = _class_item(op, av)
        if part is None:
            return None
        if part not in parts:
            parts.append(part)
    return "".join(parts)


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` compiled with a look-ahead for its first characters in front (the same
    matches, the same groups), or as it is when they cannot be worked out."""
    if re.match(r"\(\?[aiLmsux]+\)", pattern):
        return re.compile(pattern, flags)  # its flags must stay in front
    chars = first_chars(pattern, flags)
    if chars is None:
        return re.compile(pattern, flags)
    return re.compile(f"(?=[{chars}])(?:{pattern})", flags)
