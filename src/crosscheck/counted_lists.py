"""A count of the names listed right after it, which the other version lists without it.

"hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông và Bình Thuận" against "formed from the merger of Lam
Dong, Dak Nong and Binh Thuan": the 3 counts the provinces its own sentence names, and the
English says as much by naming three. A count is taken for its list's length only where
its own version lists exactly that many names after it (a noun of up to three words
between), and the other version lists as many at about the same place; a list of another
length there leaves the count to flag. The names themselves are compared as names.
"""

from __future__ import annotations

import re

from crosscheck.kinds import Mention
from crosscheck.text import Document

LIST_COUNTED = "a count of the names its own version lists after it, listed as many in the other"

_TOKEN = re.compile(r"[^\W_][\w'’-]*|[^\w\s]")
_AND = frozenset({"and", "và"})
_NAMING = frozenset({"là", "gồm", "namely", "including"})


def _name(token: str) -> bool:
    return token[:1].isupper()


def _lists(tokens: list[str]) -> list[tuple[int, int]]:
    """Each list of names in a run of tokens, as (its first token, how many names): names
    (capitalised words) joined by commas, the last by "and" or "và"."""
    found = []
    i = 0
    while i < len(tokens):
        if not _name(tokens[i]):
            i += 1
            continue
        start, count, closed = i, 0, False
        while i < len(tokens) and _name(tokens[i]):
            count += 1
            while i < len(tokens) and _name(tokens[i]):
                i += 1
            joiner = tokens[i : i + 2]
            if joiner[:1] == [","] and i + 1 < len(tokens) and tokens[i + 1].lower() in _AND:
                i += 2
                closed = True
            elif joiner[:1] == [","]:
                i += 1
            elif joiner[:1] and joiner[0].lower() in _AND:
                i += 1
                closed = True
            else:
                break
            # "Singapore, the Philippines and Laos": a country's article before a name
            if tokens[i : i + 1] == ["the"] and i + 1 < len(tokens) and _name(tokens[i + 1]):
                i += 1
            if closed:
                if i < len(tokens) and _name(tokens[i]):
                    count += 1
                    while i < len(tokens) and _name(tokens[i]):
                        i += 1
                    found.append((start, count))
                break
        i = max(i, start + 1)
    return found


def lists_own(doc: Document, mention: Mention, number: int) -> bool:
    """Whether exactly `number` names are listed right after the count, a noun of up to
    three lower-case words between ("3 tỉnh Lâm Đồng, Đắk Nông và Bình Thuận")."""
    tokens = _TOKEN.findall(doc.text[mention.end : mention.end + 200])
    nouns = 0
    while nouns < len(tokens) and nouns < 7 and tokens[nouns][:1].islower() and tokens[nouns].isalpha():
        nouns += 1
    # a longer phrase where a word that names what follows ends it: "Hai đội vào bán kết là
    # Singapore và Philippines" (the two semi-finalists are ...)
    if not (1 <= nouns <= 3 or (4 <= nouns <= 6 and tokens[nouns - 1] in _NAMING)):
        return False
    return any(start == nouns and count == number for start, count in _lists(tokens))


def list_lengths(doc: Document) -> list[tuple[float, int]]:
    """Where a document lists names joined by "and" / "và", and how many, as a share of its
    sentences (one entry per sentence and list)."""
    if " and " not in doc.text and " và " not in doc.text:
        return []
    found: list[tuple[float, int]] = []
    for start in doc.sentence_starts:
        sentence = doc.sentence_of(start)
        if " and " in sentence or " và " in sentence:
            found += [(doc.place(start), count) for _, count in _lists(_TOKEN.findall(sentence))]
    return found
