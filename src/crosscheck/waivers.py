"""Waivers that stay honest: each one covers the words it was written for, and no others.

A ``[[waiver]]`` names a figure or name (`text`) that needs no claim. With `wording` it
also records the words around it, as the version writes them: it then covers `text` only
inside that wording, and once the wording is gone from the version (someone edited the
sentence) the waiver is *stale* and fails, naming itself and the line as it now reads.
A waiver whose text occurs nowhere any more is stale too: left in place it would
silently cover the same figure the day an edit brings it back somewhere else.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from crosscheck.claims import Waiver
from crosscheck.text import Document, clean


@dataclass(frozen=True)
class Stale:
    waiver: Waiver
    path: str  # the seed, as shown
    line: int | None  # the seed line that now reads most like the recorded wording
    now: str | None  # that line, as it now reads

    @property
    def message(self) -> str:
        w = self.waiver
        said = f"its wording {w.wording!r}" if w.wording else f"its text {w.text!r}"
        head = f"[[waiver]] {w.text!r} ({w.lang}) is stale: {said} is no longer in {self.path}"
        if self.now is None:
            return head + "; delete the waiver, or update it to the new text"
        return (f"{head}; line {self.line} now reads {self.now!r}; re-read it, then update or delete the "
                "waiver")  # fmt: skip


def covered_ranges(waiver: Waiver, doc: Document) -> list[tuple[int, int]]:
    """The stretches of the version a waiver covers: every occurrence of its wording (or,
    without one, of its text)."""
    needle = clean(waiver.wording or waiver.text)
    return [(m.start(), m.end()) for m in re.finditer(re.escape(needle), doc.text)] if needle else []


def stale(waiver: Waiver, doc: Document) -> Stale | None:
    """The waiver's staleness in its version, or None while its words are still there."""
    if covered_ranges(waiver, doc):
        return None
    line, now = _closest_line(clean(waiver.wording or waiver.text), doc)
    return Stale(waiver, doc.path, line, now)


def _closest_line(wording: str, doc: Document) -> tuple[int | None, str | None]:
    """The line holding the sentence most like the recorded wording (the edited one)."""
    best: tuple[float, int, str] | None = None
    starts = doc.sentence_starts
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(doc.text)
        sentence = doc.text[start:end].strip()
        if not sentence:
            continue
        ratio = difflib.SequenceMatcher(None, wording, sentence, autojunk=False).ratio()
        if best is None or ratio > best[0]:
            best = (ratio, doc.line_of(start + len(doc.text[start:end]) - len(doc.text[start:end].lstrip())),
                    sentence)  # fmt: skip
    if best is None or best[0] < 0.4:  # nothing like it: the sentence went, say so plainly
        return None, None
    return best[1], best[2]
