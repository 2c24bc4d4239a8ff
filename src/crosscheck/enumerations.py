"""Lists of things both versions enumerate: "such as citrus fruits, avocados, custard
apples, and rose apples" and "như quả có múi, bơ, na, roi".

Neither a figure nor a capitalised name, such a list states facts all the same (which
four products), and no reader of figures or names sees it. `propose` drafts the lists
the two versions give with as many items each, at about the same place in the story, as
one term claim for review, its items paired in order.

A list is found after a cue that announces examples or parts ("such as", "including",
"như", "gồm"), as items of one to five words with no digit, separated by commas and a
last "and" / "or" ("và", "hoặc"), up to the end of the clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.text import Document

# The cues of each language, longest first where one contains another.
CUES = {
    "en": ("such as", "including", "namely", "like"),
    "vi": ("bao gồm", "chẳng hạn như", "như là", "như", "gồm có", "gồm"),
}
LAST = {"en": ("and", "or"), "vi": ("và", "hoặc", "cùng")}
# How far apart (as a share of each version's length) two lists may sit and be paired.
NEAR = 0.2


@dataclass(frozen=True)
class Enumeration:
    items: tuple[str, ...]
    start: int  # character offset of the first item
    line: int


def _pattern(lang: str) -> re.Pattern[str]:
    cues = "|".join(re.escape(c) for c in CUES[lang])
    return re.compile(rf"(?<!\w)(?:{cues})(?:\s*:)?\s+([^.;:!?()\n]+)", re.IGNORECASE)


def find(doc: Document) -> list[Enumeration]:
    """The lists of three items or more that a version gives after a cue."""
    found = []
    last_words = LAST[doc.lang]
    for match in _pattern(doc.lang).finditer(doc.text):
        clause = match.group(1)
        parts = [p.strip() for p in clause.split(",")]
        tail = parts[-1]
        for word in last_words:  # "custard apples, and rose apples" / "na và roi"
            head, sep, rest = tail.partition(f" {word} ")
            if tail.startswith(f"{word} "):
                head, sep, rest = "", word, tail[len(word) + 1 :]
            if sep:
                parts = parts[:-1] + ([head] if head else []) + [rest]
                break
        else:
            if len(parts) < 3:
                continue
        parts = [p for p in parts if p]
        if len(parts) < 3 or any(not _item(p) for p in parts):
            continue
        found.append(Enumeration(tuple(parts), match.start(1), doc.line_of(match.start(1))))
    return found


def _item(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 5 and not any(c.isdigit() for c in text)


def pairs(en: Document, vi: Document) -> list[tuple[Enumeration, Enumeration]]:
    """Lists with as many items in each version, at about the same place, nearest first."""
    en_lists, vi_lists = find(en), find(vi)
    taken: set[int] = set()
    out = []
    for e in en_lists:
        where = e.start / max(len(en.text), 1)
        candidates = [
            (abs(v.start / max(len(vi.text), 1) - where), i)
            for i, v in enumerate(vi_lists)
            if i not in taken and len(v.items) == len(e.items)
        ]
        near = [c for c in candidates if c[0] <= NEAR]
        if near:
            _, i = min(near)
            taken.add(i)
            out.append((e, vi_lists[i]))
    return out
