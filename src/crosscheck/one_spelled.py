"""One in digits against one spelled: "killed one worker" is "làm 1 công nhân tử vong".

The word for one is read as a figure only on evidence (before a scale word, a unit or a
percent), since "one of them", "one day" and "một số" are as often idiom as count. But
where one version writes the digit 1 and the other spells one at the same place, the
digit is the evidence that the word counts: the two agree. The word must be one the
other version's readers left unread, so "one-third" or "one million" never lends itself.
The words are each language's `one_word`.
"""

from __future__ import annotations

import re

from crosscheck.kinds import Mention
from crosscheck.lang import get as get_language
from crosscheck.text import Document, Place

ONE_SPELLED = "one, which the other version spells (one worker, một người)"


def spelled_one_places(doc: Document, mentions: list[Mention]) -> list[Place]:
    """Where a version spells one and reads no figure there ("killed one worker")."""
    word = get_language(doc.lang).one_word
    if not word:
        return []
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.IGNORECASE)
    return [
        doc.place(m.start())
        for m in pattern.finditer(doc.text)
        if not any(n.start <= m.start() < n.end for n in mentions)
    ]
