"""Drafted Vietnamese names that are only pieces of a longer name the document writes.

A name is drafted from a run of capitals, and a run can stop short of the name: "Nord
Stream" of "Nord Stream 2" (the figure is read apart), "Network" of "Merit Network",
"Ward" of "Ninth Ward", "Trung" of "Trung Quốc" paired with "China" beside the whole.
The evidence is the document's own text: every occurrence of the piece sits inside a
longer name, one the draft claims too, one both versions write word for word ("Nord
Stream 2" in the English as well), or one the project knows as a name (CLDR, the
glossary, the claims files: "Trung Hoa"). Then the piece is no name of its own: the
draft keeps the whole. One occurrence standing alone ("Merit's role") keeps the piece.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from crosscheck.names import NameIndex

# A word just beside a run: letters, digits and the marks inside names ("Jae-in", "O'Neill").
_NEXT = re.compile(r"[ \u00a0]([^\W_][\w'’&+.-]*)")
_PREVIOUS = re.compile(r"([^\W_][\w'’&+-]*)[ \u00a0]$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”][ \u00a0]*|\n[ \u00a0]*)$")


def _can_extend(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit()


def _written_whole(
    text: str, start: int, end: int, english: str, titles: frozenset[str], known: Callable[[str], bool]
) -> str | None:
    """The longest stretch of up to two capitalised words or figures either side of a
    piece that the English writes word for word, or that is a known name; or None."""
    right = [end]
    for _ in range(2):
        found = _NEXT.match(text, right[-1])
        if found is None or not _can_extend(found.group(1).rstrip(".")):
            break
        word_end = found.end() - (1 if found.group(1).endswith(".") else 0)
        right.append(word_end)
    left = [start]
    opens: dict[int, bool] = {}
    for _ in range(2):
        found = _PREVIOUS.search(text, max(0, left[-1] - 40), left[-1])
        if found is None or not _can_extend(found.group(1)):
            break
        if found.group(1) in titles and found.group(1) != "The":  # "Sir David Wilkie"; "The Dane" whole
            break
        # "Người Ai Cập ...": capitalised because a sentence opens there, a whole only
        # where the English writes it too.
        opens[found.start()] = bool(_SENTENCE_START.search(text, max(0, found.start() - 3), found.start()))
        left.append(found.start())
    candidates = sorted(
        ((a, b) for a in left for b in right if (a, b) != (start, end)), key=lambda ab: ab[0] - ab[1]
    )
    for a, b in candidates:
        whole = text[a:b]
        if re.search(rf"(?<!\w){re.escape(whole)}(?!\w)", english) or (not opens.get(a) and known(whole)):
            return whole
    return None


def piece_wholes(
    form: str,
    vi: NameIndex,
    english: str,
    longer: Sequence[str],
    titles: frozenset[str],
    known: Callable[[str], bool],
) -> list[str] | None:
    """The longer names a Vietnamese form is only ever written inside, one for each of its
    occurrences (a drafted one from `longer`, or one `_written_whole` finds), or None
    when one occurrence stands alone."""
    occurrences = vi.find(form)
    if not occurrences:
        return None
    spans = {other: [(o.start, o.end) for o in vi.find(other)] for other in longer if form in other}
    wholes = []
    for o in occurrences:
        whole = next(
            (
                other
                for other, found in spans.items()
                if any(a <= o.start and o.end <= b and b - a > o.end - o.start for a, b in found)
            ),
            None,
        ) or _written_whole(vi.doc.text, o.start, o.end, english, titles, known)
        if whole is None:
            return None
        wholes.append(whole)
    return wholes
