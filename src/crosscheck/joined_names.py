"""Lone name runs that are two names one version joined and the other writes apart.

A version may write a title, an owner or a second name straight onto a name: "chủ tịch
Chicago Cubs Thomas S. Ricketts" reads as one capitalised run in Vietnamese, while the
English says "Chicago Cubs chairman Thomas S. Ricketts", two runs. `compare` already pairs
each name inside the joined run with the other version's run ("part of a longer name"),
so the run is no lone name for it; but a draft that also claims the joined run, one-sided,
asks a reviewer to read "Chicago Cubs Thomas S. Ricketts" as a name. The other version is
the evidence: when every name word of a lone run lies inside parts that rows align with
whole runs of the other version, and what is left of the run is no name by the language's
grammar (the gate's coverage reads it the same way: "Nhà" of "Nhà lãnh đạo chính trị"),
the run is those names, each claimed by its row, and `propose` drafts no claim of its own
for it. A run the other version also joins ("Canadian Diabetes Association" beside
"Hiệp hội Bệnh Tiểu đường Canada") is not split: a name of the other version holds its
parts, so it is paired by part as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from crosscheck.align import Row
from crosscheck.name_grammar import grammar
from crosscheck.names import NameIndex, Occurrence, unexplained_runs

# The notes of rows whose two sides spell the name alike (a name kept as written); a
# translated one ("Russian" and "Nga") may stand elsewhere in the sentence, in another order.
SPELLED_ALIKE = frozenset({"", "part of a longer name"})


def _whole_runs(runs: Sequence[Sequence[Occurrence]]) -> set[tuple[int, int]]:
    return {(o.start, o.end) for occurrences in runs for o in occurrences}


def written_apart(
    rows: Sequence[Row],
    lone: dict[str, list[list[Occurrence]]],
    runs: dict[str, dict[str, list[Occurrence]]],
    indexes: dict[str, NameIndex],
) -> set[int]:
    """The ids of the lone runs (`id()` of each run's occurrence list) that are names the
    other version writes apart, each aligned by a row: drafted through those rows only."""
    whole = {lang: _whole_runs(list(by_key.values())) for lang, by_key in runs.items()}
    lone_spans = {lang: _whole_runs(found) for lang, found in lone.items()}
    found: set[int] = set()
    for side, lang in enumerate(("en", "vi")):
        other = "vi" if lang == "en" else "en"
        # This side's occurrences of names the other version writes as whole runs of their
        # own, not inside a run it leaves lone (then that run joins them too), each with
        # the other version's occurrences of the same name.
        apart = [
            (o, row.names[1 - side])
            for row in rows
            if row.names is not None
            and row.names[1 - side]
            and row.note in SPELLED_ALIKE  # "French Guiana" is no "Pháp" and "Guiana" joined
            and all(
                (p.start, p.end) in whole[other] and (p.start, p.end) not in lone_spans[other]
                for p in row.names[1 - side]
            )
            for o in row.names[side]
        ]
        if not apart:
            continue
        index, there = indexes[lang], indexes[other].doc.text
        for occurrences in lone.get(lang, []):
            if all(_tiled(index, o, apart, lang, there) for o in occurrences):
                found.add(id(occurrences))
    return found


def _tiled(
    index: NameIndex,
    run: Occurrence,
    apart: list[tuple[Occurrence, list[Occurrence]]],
    lang: str,
    there: str,
) -> bool:
    """Whether names that the other version writes apart cover a run's name words, two of
    them side by side here and never side by side there, and what they leave is no name."""
    inside = sorted(
        (o, there)
        for o, there in apart
        if run.first <= o.first and o.last <= run.last and (o.first, o.last) != (run.first, run.last)
    )
    text = index.doc.text
    # "Chicago Cubs Thomas S. Ricketts": two names with only a space between them here, while
    # the other version always puts words between them ("Seven Keys to Doomsday" is no such
    # pair, nor "Eastern Europe" beside "Đông Âu", where both versions join the two).
    joined = any(
        b.first == a.last
        and text[index.tokens[a.last - 1].end : b.start].isspace()
        and not _adjacent(there, a_there, b_there)
        for (a, a_there), (b, b_there) in pairwise(inside)
    )
    if not joined:
        return False
    covered = {i for o, _ in inside for i in range(o.first, o.last)}
    tidy = grammar(lang)
    return not any(tidy(index, left) for left in unexplained_runs(index, covered, run.first, run.last))


def _adjacent(text: str, these: list[Occurrence], those: list[Occurrence]) -> bool:
    """Whether an occurrence of one name stands right before or after one of the other,
    with only spaces between them."""
    return any(
        text[a.end : b.start].isspace() or text[b.end : a.start].isspace() for a in these for b in those
    )
