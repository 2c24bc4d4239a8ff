"""Where words and mentions lie in a document, looked up by bisection.

`propose` quotes each mention with a few words around it, widening over any figure it
would cut in half. Searching the sentence for the word before a point, and every other
mention for one that overlaps, costs the length of the sentence and the number of
mentions each time: on one long line of figures ("$1 $1 $1 ...") that made `propose`
quadratic. These tables answer the same questions in logarithmic time.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from functools import lru_cache
from itertools import accumulate

from crosscheck.kinds import Mention
from crosscheck.names import WORD


@lru_cache(maxsize=4)  # the two versions of the story being drafted
def word_spans(text: str) -> tuple[list[int], list[int]]:
    """The starts and the ends of the words (`names.WORD`) of a text, in order."""
    spans = [m.span() for m in WORD.finditer(text)]
    return [s for s, _ in spans], [e for _, e in spans]


def last_word_start(text: str, start: int, end: int) -> int | None:
    """Where the last word of ``text[start:end]`` begins, as ``WORD.finditer(text, start,
    end)`` would cut it (a word running over `start` begins there), or None."""
    starts, ends = word_spans(text)
    k = bisect.bisect_left(starts, end) - 1
    if k < 0 or ends[k] <= start or start >= end:
        return None
    return max(starts[k], start)


def words_after(text: str, start: int, end: int, n: int) -> list[str]:
    """The first n words of ``text[start:end]``, cut as ``WORD.finditer(text, start, end)``
    would cut them."""
    starts, ends = word_spans(text)
    first, last = bisect.bisect_right(ends, start), bisect.bisect_left(starts, end)
    if start >= end:
        return []
    return [text[max(starts[k], start) : min(ends[k], end)] for k in range(first, min(last, first + n))]


def words_before(text: str, start: int, end: int, n: int) -> list[str]:
    """The last n words of ``text[start:end]``, the nearest to `end` first."""
    starts, ends = word_spans(text)
    first, last = bisect.bisect_right(ends, start), bisect.bisect_left(starts, end)
    if start >= end:
        return []
    nearest_first = range(last - 1, max(first, last - n) - 1, -1)
    return [text[max(starts[k], start) : min(ends[k], end)] for k in nearest_first]


def first_word_end(text: str, start: int, end: int) -> int | None:
    """Where the first word of ``text[start:end]`` ends, as ``WORD.search(text, start,
    end)`` would cut it, or None."""
    starts, ends = word_spans(text)
    k = bisect.bisect_right(ends, start)
    if k == len(starts) or max(starts[k], start) >= end:
        return None
    return min(ends[k], end)


class Placed(list[Mention]):
    """A document's mentions (a list, in the order given) with their spans sorted, and
    the furthest end reached so far along them."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        super().__init__(mentions)
        spans = sorted((m.start, m.end) for m in self)
        self.starts = [s for s, _ in spans]
        self.reach = list(accumulate((e for _, e in spans), max))  # furthest end up to each

    def first_start_ending_after(self, point: int) -> int | None:
        """The smallest start of a mention that ends after `point`."""
        k = bisect.bisect_right(self.reach, point)
        return self.starts[k] if k < len(self.starts) else None

    def furthest_end_starting_before(self, point: int) -> int | None:
        """The largest end of a mention that starts before `point`."""
        k = bisect.bisect_left(self.starts, point)
        return self.reach[k - 1] if k else None
