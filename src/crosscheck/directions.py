"""Which way a change goes: "fell 4%" is "giảm 4%", not "tăng 4%". Two versions may agree
on a figure and still disagree on the fact, the classic slip of market and statistics
copy. A figure's direction is read from the verb of change just before it, in its clause,
with only the language's small words between ("rose by about 4%", "giảm thêm 0,5 điểm");
a figure with no such verb has no direction, and is never compared so."""

from __future__ import annotations

import re
from functools import cache

from crosscheck.kinds import Mention
from crosscheck.lang import alternation, table_key
from crosscheck.lang import get as get_language
from crosscheck.text import Document

UP, DOWN = 1, -1
OPPOSITE = "the change goes up in one version and down in the other"
# The kinds a change is stated in; not dates, times or names.
CHANGED_KINDS = frozenset({"percent", "money", "count", "quantity"})


@cache
def _before_figure(code: str) -> re.Pattern[str]:
    """A verb of change, then only small words and spaces up to where the figure starts."""
    lang = get_language(code)
    verbs = alternation(lang.change_words)
    small = alternation(lang.change_fillers)
    space = r"[\s\u00a0]+"
    return re.compile(
        rf"(?<!\w)(?P<verb>{verbs})(?:{space}(?:{small}))*{space}$"
        if small
        else rf"(?<!\w)(?P<verb>{verbs}){space}$",
        re.IGNORECASE,
    )


_UP_TO = re.compile(r"up[\s\u00a0]+to(?!\w)", re.IGNORECASE)


def direction(doc: Document, mention: Mention) -> int:
    """UP, DOWN, or 0 where no verb of change stands just before the figure."""
    found = _before_figure(doc.lang).search(doc.text, max(0, mention.start - 60), mention.start)
    if found is None or _UP_TO.match(doc.text, found.start()):
        return 0  # ("up to 4%" is at most 4%, no rise)
    return get_language(doc.lang).change_words[table_key(found.group("verb"))]


def opposite(en: tuple[Document, list[Mention]], vi: tuple[Document, list[Mention]]) -> bool:
    """Whether every mention of a value in each version has a direction, one way in the
    English and the other in the Vietnamese."""
    ways = [{direction(doc, m) for m in mentions} for doc, mentions in (en, vi)]
    return all(len(w) == 1 and 0 not in w for w in ways) and ways[0] != ways[1]
