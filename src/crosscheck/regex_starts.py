"""Compiling a regular expression so that the engine skips to where a match can begin.

Python's regex engine skips quickly through a text only to a pattern's literal prefix or
to a character of its opening class, and only when the pattern opens with one. A reader's
pattern opens with a look-behind ("not after a word"), `\\b`, an optional qualifier or a
branch, so the engine enters its whole matcher at every position of the text: about two
hundred instructions a character for each pattern, most of the cost of reading a long
text. A look-ahead in front (`(?=[\\dA-Z])`) does not help: it is tried at every position.

`skipping` compiles a pattern as `re.compile` does, then hands the engine the characters a
match can begin with, worked out from the parsed pattern (past look-arounds and `\\b`,
through groups, optional parts and every branch), as the compiled pattern's own start set.
That set only decides where the engine tries a match; what a match is stays the compiled
pattern's own code, so the matches, spans and groups are the same by construction
(tests/test_regex_starts.py checks it on generated text, `benchmarks/start_sets.py` and
`benchmarks/dump_outputs.py` on every development document).

The start set is the engine's "info block" (`re._compiler._compile_info`), which the
standard library fills only from a pattern's literal opening. Building it takes the
library's private compiler; where that is not as expected (another Python), a pattern is
compiled as it is, with the same matches, only slower.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from functools import cache
from typing import Any

# The standard library's own parser and compiler (typeshed does not describe them).
_parser: Any = importlib.import_module("re._parser")
_compiler: Any = importlib.import_module("re._compiler")
_casefix: Any = importlib.import_module("re._casefix")
sre: Any = importlib.import_module("re._constants")
_sre: Any = importlib.import_module("_sre")

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
# (plain integers: the flags of the parsed pattern are integers, and `re`'s flag enum is slow
# to combine with them)
_IGNORECASE, _LOCALE, _ASCII = int(re.IGNORECASE), int(re.LOCALE), int(re.ASCII)
_TYPE_FLAGS = _ASCII | _LOCALE | int(re.UNICODE)
_BEGINNINGS = (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)

# Characters a case-blind letter matches beyond the lower, upper and title case of its
# lower case: İ, ϴ, ẞ, the ohm, kelvin and angstrom signs (tests check every code point).
ODD_CASES = "\u0130\u03f4\u1e9e\u2126\u212a\u212b"

# One class a match may begin with: its items as the parser writes a class, and the
# flags in force where it stands (a case-blind part changes what it matches).
_Class = tuple[list[tuple[Any, Any]], int]
# The classes that may come first, and whether the part may match nothing; None: unknown.
_Starts = tuple[list[_Class], bool] | None


def _combined(flags: int, add: int, remove: int) -> int:
    """The flags inside a group such as `(?i:...)` or `(?-i:...)`."""
    if add & _TYPE_FLAGS:
        flags &= ~_TYPE_FLAGS
    return (flags | add) & ~remove


def _sequence(items: list[tuple[Any, Any]], flags: int) -> _Starts:
    found: list[_Class] = []
    for op, av in items:
        got = _item(op, av, flags)
        if got is None:
            return None
        found += got[0]
        if not got[1]:
            return found, False
    return found, True


def _item(op: Any, av: Any, flags: int) -> _Starts:
    if op is sre.LITERAL:
        return [([(op, av)], flags)], False
    if op is sre.IN:
        return [(list(av), flags)], False
    if op is sre.ASSERT_NOT and not av[1].data:  # "(?!)", an empty alternation: never matches
        return [], False
    if op in _ZERO_WIDTH:  # consumes nothing: what follows comes first
        return [], True
    if op is sre.SUBPATTERN:
        _group, add, remove, sub = av
        return _sequence(sub.data, _combined(flags, add, remove))
    if op is sre.BRANCH:
        found: list[_Class] = []
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
    return None  # any character, a back-reference, a conditional: no start set


def _caseless(items: list[tuple[Any, Any]], flags: int) -> list[tuple[Any, Any]] | None:
    """A case-blind class written out case by case, as the engine's start set needs
    (a superset is enough: the pattern itself still decides)."""
    if flags & _LOCALE:
        return None
    iscased = _sre.ascii_iscased if flags & _ASCII else _sre.unicode_iscased
    chars: list[int] = []
    categories = []
    for op, av in items:
        if op is sre.LITERAL:
            chars.append(av)
        elif op is sre.RANGE and av[1] - av[0] < 4096:
            chars.extend(range(av[0], av[1] + 1))
        elif op is sre.CATEGORY:
            categories.append((op, av))
        else:
            return None  # a negated or a very wide case-blind class: no start set
    cased = [c for c in chars if iscased(c)]
    if cased and categories:
        return None  # (the engine then tests the category on the lower-cased character)
    lowered = set()
    for c in cased:
        lowest = _sre.unicode_tolower(c)
        lowered |= {lowest, *_casefix._EXTRA_CASES.get(lowest, ())}
    cases = {ord(s) for lo in lowered for s in (chr(lo), chr(lo).upper(), chr(lo).title()) if len(s) == 1}
    if cased:
        cases |= set(map(ord, ODD_CASES))
    uncased = [(sre.LITERAL, c) for c in chars if not iscased(c)]
    return uncased + categories + [(sre.LITERAL, c) for c in sorted(cases)]


def start_set(pattern: str, flags: int = 0) -> list[tuple[Any, Any]] | None:
    """The characters a match of `pattern` can begin with, as a class the parser would
    write; None when a match may be empty or the opening is beyond this reading."""
    parsed = _parser.parse(pattern, flags)
    got = _sequence(parsed.data, parsed.state.flags | flags)
    return None if got is None or got[1] else _charset(got[0])


def _charset(classes: list[_Class]) -> list[tuple[Any, Any]] | None:
    if any(op is sre.NEGATE for items, _ in classes for op, _av in items):
        # a negated class ("[^\W\d_]") is a start set only alone, and case-sensitive
        alone = len(classes) == 1 and not classes[0][1] & _IGNORECASE
        return list(classes[0][0]) if alone else None
    charset: list[tuple[Any, Any]] = []
    for items, class_flags in classes:
        written = _caseless(items, class_flags) if class_flags & _IGNORECASE else items
        if written is None:
            return None
        charset += [part for item in written for part in (_digits() if item == _DIGIT else [item])]
    return charset


# "\d" in a start set costs the engine a call into Unicode's tables at every position of
# the text; a set of characters is one table look-up. The digits of the Basic Multilingual
# Plane one by one and every character above it: a superset of "\d" that leaves out every
# Latin and Vietnamese letter. (Wide ranges would cost the standard library's compiler a
# loop over their every character.) The plane's digits come in runs of ten; the first of
# each run, as Unicode 14.0 (Python 3.11) has them, spares a scan of the plane at start-up;
# another Unicode version is scanned (tests/test_regex_starts.py checks the table).
_DIGIT = (sre.CATEGORY, sre.CATEGORY_DIGIT)
ZEROS_UNICODE = "14.0.0"
ZEROS = (
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
)  # fmt: skip


@cache
def _digits() -> list[tuple[Any, Any]]:
    if unicodedata.unidata_version == ZEROS_UNICODE:
        in_the_plane = [zero + i for zero in ZEROS for i in range(10)]
    else:
        in_the_plane = [ord(c) for c in filter(str.isdecimal, map(chr, range(0x10000)))]
    return [(sre.LITERAL, c) for c in in_the_plane] + [(sre.RANGE, (0x10000, 0x10FFFF))]


def skipping(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` compiled so that a search skips to the characters a match can begin
    with: the same matches as `re.compile(pattern, flags)`.

    >>> skipping(r"(?<![\\w.])(?:about |over )?\\d+").findall("x about 41, 7.5 and y1 2")
    ['about 41', '7', '2']
    """
    key = (pattern, flags)
    compiled = _made.get(key)
    if compiled is None:
        if len(_made) >= _MADE_MOST:
            _made.clear()  # (patterns built from a document's own words must not pile up)
        compiled = _made[key] = _compile(pattern, flags)
    return compiled


_made: dict[tuple[str, int], re.Pattern[str]] = {}
_MADE_MOST = 4096


def made() -> list[re.Pattern[str]]:
    """Every pattern compiled here so far (the tests compare each with `re.compile`)."""
    return list(_made.values())


def _compile(pattern: str, flags: int) -> re.Pattern[str]:
    flags = int(flags)  # (as `re.compile` does: the compiler tests flags at every node)
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        return _with_start_set(pattern, parsed, code, flags)
    except (AttributeError, TypeError, ValueError, IndexError, RuntimeError):
        return re.compile(pattern, flags)  # the private compiler differs here: correct, only slower


def started_at(pattern: re.Pattern[str], charset: list[tuple[Any, Any]]) -> re.Pattern[str]:
    """`pattern` tried only where a character of `charset` (a class as the parser writes it)
    stands: at those positions the same matches, elsewhere none (`scanning` gives it the
    non-letter characters a match can open with, and tries the words itself)."""
    flags = int(pattern.flags)
    parsed = _parser.parse(pattern.pattern, flags)
    code = _compiler._code(parsed, flags)
    least, most = (code[3], code[4]) if code[0] == sre.INFO else (0, sre.MAXREPEAT)
    if code[0] == sre.INFO:
        code = code[1 + code[1] :]
    info = [sre.INFO, 0, sre.SRE_INFO_CHARSET, least, most]
    charset = [part for item in charset for part in (_digits() if item == _DIGIT else [item])]
    optimized, _cased = _compiler._optimize_charset(charset)
    _compiler._compile_charset(optimized, flags, info)
    info[1] = len(info) - 1
    names = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        names[index] = name
    compiled: re.Pattern[str] = _sre.compile(
        pattern.pattern, flags, info + code, parsed.state.groups - 1, parsed.state.groupdict, tuple(names)
    )
    return compiled


def _with_start_set(pattern: str, parsed: Any, code: list[int], flags: int) -> re.Pattern[str]:
    """The compiled pattern, its code opening with the start set where one is worked out."""
    all_flags = parsed.state.flags | flags
    opening = parsed.data[0] if parsed.data else (None, None)
    # [INFO, skip, mask, least width, most width, ...]: a mask already set is a prefix or a
    # start set of the compiler's own; "^..." is tried at one position only. (A least width
    # of 0 is no matter: a start set is only given where every match begins with a character.)
    if code[0] == sre.INFO and not code[2] and not (opening[0] is sre.AT and opening[1] in _BEGINNINGS):
        got = _sequence(parsed.data, all_flags)
        charset = None if got is None or got[1] else _charset(got[0])
        if charset is not None:
            info = [sre.INFO, 0, sre.SRE_INFO_CHARSET, code[3], code[4]]
            optimized, _cased = _compiler._optimize_charset(charset)
            _compiler._compile_charset(optimized, all_flags, info)
            info[1] = len(info) - 1
            code = info + code[1 + code[1] :]
    names = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        names[index] = name
    groups, by_name = parsed.state.groups - 1, parsed.state.groupdict
    compiled: re.Pattern[str] = _sre.compile(pattern, all_flags, code, groups, by_name, tuple(names))
    return compiled
