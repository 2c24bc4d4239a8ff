"""Name rows that only repeat a piece of a longer name row, left out of a draft.

`compare` pairs every stretch of two runs that name the same thing ("part of a longer
name"): "Walter Netsch of the Chicago firm Skidmore" against "Walter Netsch" gives rows for
"Walter Netsch", "Walter" and "Netsch". Each is right for `compare`, which must account for
every name word, but a draft that claims all three asks a reviewer to read "Walter" as a
name of its own. A part row whose every mention, on both sides, lies strictly inside a
mention of another name row adds nothing the longer claim does not already cover (the
gate's coverage counts the longer claim's words), so `propose` drafts the longer one only.
A part also named on its own elsewhere ("Tesla" alone, as well as inside "Tesla Electric
Light") keeps its claim. So is a translated name left out whose every mention lies inside
longer names on both sides and which the Vietnamese writes nowhere else: "European" and
"Châu Âu", only ever inside "European Union" and "Liên minh Châu Âu"; "Anh" also written
alone ("đến Anh") keeps its claim.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from crosscheck.align import Row
from crosscheck.names import Occurrence

PART = "part of a longer name"


class _Spans:
    """Character spans of one side's name mentions, asked whether a span lies strictly
    inside one of them (a sorted list and running maxima: linear in the rows)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        self.starts = [start for start, _ in spans]
        self.reach: list[int] = []  # the furthest end among the spans up to each index
        furthest = -1
        for _, end in spans:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def _furthest(self, count: int) -> int:
        return self.reach[count - 1] if count else -1

    def inside(self, start: int, end: int) -> bool:
        # A span from at or before `start` that ends after `end`, or from before `start`
        # that ends at `end` or later: longer, and holding this one.
        at_or_before = bisect.bisect_right(self.starts, start)
        before = bisect.bisect_left(self.starts, start)
        return self._furthest(at_or_before) > end or self._furthest(before) >= end


def inner_parts(
    rows: Sequence[Row],
    lone: Sequence[Sequence[Occurrence]] = ((), ()),
    found: Callable[[str], Sequence[tuple[int, int]]] | None = None,
) -> set[int]:
    """The indices of part rows every mention of which lies inside a longer name's: a
    name row's, or one of `lone` (each side's names without a counterpart, which the
    draft claims as well: "York" inside "New York City", said only in English). With
    `found` (where the Vietnamese text writes a form), translated names too, when the
    Vietnamese writes the form nowhere else: "Mỹ" only ever in "Bắc Mỹ"."""
    named = [row.names for row in rows if row.names is not None]
    sides = [
        _Spans(
            [(o.start, o.end) for names in named for o in names[side]]
            + [(o.start, o.end) for o in lone[side]]
        )
        for side in (0, 1)
    ]

    def covered(occurrences: list[Occurrence], spans: _Spans) -> bool:
        return bool(occurrences) and all(spans.inside(o.start, o.end) for o in occurrences)

    return {
        i
        for i, row in enumerate(rows)
        if row.names is not None
        and (row.note == PART or (found is not None and row.note == TRANSLATED and row.names[1]))
        and covered(row.names[0], sides[0])
        and covered(row.names[1], sides[1])
        # "Anh" inside "Vương quốc Anh" here, alone in "đến Anh" there: still a name.
        and (row.note == PART or found is None or _only_inside(found(row.names[1][0].text), sides[1]))
    }


def _only_inside(spans: Sequence[tuple[int, int]], names: _Spans) -> bool:
    return all(names.inside(start, end) for start, end in spans)


TRANSLATED = "translated name"


def translated_pieces(rows: Sequence[Row], vi_runs: dict[str, list[Occurrence]]) -> set[int]:
    """The indices of rows that pair an English name with a one-word translation found only
    as a piece of longer Vietnamese names, a word that names nothing alone: "African" with
    the "Phi" of "Nam Phi" (South Africa), "West" with the "Tây" of "Bờ Tây" (West Coast).
    A syllable of a longer name is no name of its own, and the longer one may name
    something else: the English name is drafted as a lone name instead, for review ("Mỹ"
    inside "người Mỹ gốc Phi" still pairs with "American": it names a country alone)."""
    spans = _Spans([(o.start, o.end) for occurrences in vi_runs.values() for o in occurrences])
    return {
        i
        for i, row in enumerate(rows)
        if row.names is not None
        and row.note == TRANSLATED
        and row.names[1]
        and " " not in row.names[1][0].text
        and not _stands_alone(row.names[1][0].text)
        and all(spans.inside(o.start, o.end) for o in row.names[1])
    }


def _stands_alone(word: str) -> bool:
    """Whether a Vietnamese word names a place by itself: a country in CLDR, one with other
    names the project knows ("Mỹ" is the United States, "Anh" the United Kingdom), or one
    translating a country CLDR names in English ("Ý", Italy); not a direction or a syllable
    of a continent ("Tây", "Phi", "Âu")."""
    from crosscheck.lang import zh
    from crosscheck.lang.cldr import territory_names
    from crosscheck.translated_names import forms

    countries = territory_names("en")
    return (
        word in territory_names("vi")
        or bool(zh.alias_forms(word))
        or any(f in countries for f in forms(word))
    )
