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
from functools import cache

from crosscheck.names import NameIndex

# A word just beside a run: letters, digits and the marks inside names ("Jae-in", "O'Neill").
_NEXT = re.compile(r"[ \u00a0]([^\W_][\w'’&+.-]*)")
_PREVIOUS = re.compile(r"([^\W_][\w'’&+-]*)[ \u00a0]$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”][ \u00a0]*|\n[ \u00a0]*)$")


def _can_extend(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit()


# Lower-case words inside a name that English and European languages write ("Van Gend en
# Loos", "Mesue the Younger"), crossed only towards a capitalised word.
_CONNECTORS = frozenset({"of", "the", "and", "de", "del", "der", "den", "en", "van", "von", "du", "la", "le"})
# A hyphen and a lower-case syllable glued to the piece: one word ("Phi-líp-pin").
_GLUED = re.compile(r"-([^\W\d_][\w-]*)")


def _straight(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


@cache
def _function_words() -> frozenset[str]:
    from crosscheck.lang import get

    return get("vi").function_words


def _runs_on(text: str, at: int, joiners: frozenset[str]) -> bool:
    """Whether a lower-case word that is not a function word follows `at`."""
    found = _NEXT.match(text, at)
    return found is not None and found.group(1)[0].islower() and found.group(1).lower() not in joiners


def _written_whole(
    text: str, start: int, end: int, english: str, titles: frozenset[str], known: Callable[[str], bool]
) -> str | None:
    """The longest stretch of up to two words either side of a piece that the English
    writes word for word (capitalised words or figures, no title in front: "Nord Stream
    2", "Ninth Ward"), or that the project knows as a name, whose later syllables the
    Vietnamese may write in lower case ("Cộng hòa Dominica"); or None."""
    joiners = _function_words()
    right: list[tuple[int, bool]] = [(end, True)]  # (where the stretch ends, capitalised so far)
    glued = _GLUED.match(text, end)
    if (
        glued is not None and glued.group(1)[0].islower()
    ):  # "Phi" of "Phi-líp-pin": a syllable of a word written whole
        return text[start : glued.end()]
    for _ in range(2):
        found = _NEXT.match(text, right[-1][0])
        if found is not None and found.group(1) in _CONNECTORS:  # "Van Gend en Loos"
            after = _NEXT.match(text, found.end())
            found = after if after is not None and _can_extend(after.group(1)) else None
        if found is None or found.group(1).lower() in joiners:
            break
        word = found.group(1).rstrip(".")
        right.append((found.start(1) + len(word), right[-1][1] and _can_extend(word)))
    # A stretch ending in lower case must end where the words do: "Ai Cập cổ" of "Ai Cập
    # cổ đại" is no whole.
    right = [(b, plain) for b, plain in right if plain or not _runs_on(text, b, joiners)]
    left: list[tuple[int, bool, bool]] = [(start, True, False)]  # (start, capitalised, opens a sentence)
    for _ in range(2):
        found = _PREVIOUS.search(text, max(0, left[-1][0] - 40), left[-1][0])
        if found is None:
            break
        word = found.group(1)
        if word.lower() in joiners and not _can_extend(word):
            break  # "Film và Sky Box Office": two names, not one
        plain = _can_extend(word) and (word not in titles or word == "The")  # "Sir David Wilkie"
        # "Người Ai Cập ...": capitalised because a sentence opens there.
        opens = bool(_SENTENCE_START.search(text, max(0, found.start() - 3), found.start()))
        left.append((found.start(), left[-1][1] and plain, opens))
    candidates = sorted(
        ((a, b) for a in left for b in right if (a[0], b[0]) != (start, end)),
        key=lambda ab: ab[0][0] - ab[1][0],
    )
    for (a, left_plain, opens), (b, right_plain) in candidates:
        whole = text[a:b]
        if left_plain and right_plain and re.search(rf"(?<!\w){re.escape(_straight(whole))}(?!\w)", english):
            return whole
        if _can_extend(whole) and not opens and known(whole):
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
    english = _straight(english)
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


def holders(
    form: str, index: NameIndex, runs: Sequence[tuple[int, int, str]], titles: frozenset[str] = frozenset()
) -> list[str] | None:
    """The longer name runs of the same version that hold every occurrence of a form
    ("Hoa Kỳ" only ever inside "Bộ Tư Lệnh Chiến Lược Hoa Kỳ" and "Bộ Quốc Phòng Hoa
    Kỳ"), one for each occurrence; None when one occurrence is a run of its own or the
    form is not found. `runs` is every run the grammar of names read, as (start, end,
    text). A run with a title before the form (lower-case `titles`: "Tổng thư ký Liên Hợp
    Quốc Ban Ki-Moon") is a title and names the grammar did not split: it holds nothing."""
    occurrences = index.find(form)
    if not occurrences:
        return None
    text = index.doc.text
    held = []
    for o in occurrences:
        whole = next(
            (
                run
                for a, b, run in runs
                if a <= o.start
                and o.end <= b
                and b - a > o.end - o.start
                and not _titled(" ".join(text[a : o.start].casefold().split()), titles)
            ),
            None,
        )
        if whole is None:
            return None
        held.append(whole)
    return held


def _titled(before: str, titles: frozenset[str]) -> bool:
    words = before.split()
    return any(
        " ".join(words[i:j]) in titles for i in range(len(words)) for j in range(i + 1, len(words) + 1)
    )
