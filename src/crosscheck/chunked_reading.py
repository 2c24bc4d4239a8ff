"""Reading a long text's figures in pieces, in worker processes.

A 10 MB seed spends most of its check in the figure readers (`extract.read_figures`):
work proportional to the text and, but for the readings that look across figures
(`extract.settle`), local to where each figure is written. Above `CHUNKED` characters the
text is cut into pieces at a few line ends, one piece a core; each piece's figures are
read in its own process (forked: nothing is imported or compiled again) and the parent
joins them in text order, then settles them on the whole text as before.

Why the figures are the same as one reading of the whole text:
- Where a piece is cut. A cut is a line end that closes a sentence after a word in lower
  case of at least `_WORD` letters, before a line that opens with a capital ("… in the
  north.\\nThe", '… replied."\\n\\n“We'): no reader's match runs from the end of such a
  sentence, through its mark and the line end, into a new sentence (one can from an
  abbreviation or a month: "Jan.\\n19" and "in March.\\n2024" read as dates).
- What a piece sees. Each piece is read with a margin of the text around it (to another
  cut at least `_MARGIN` characters away), so every look-behind, look-ahead and word
  boundary near a cut sees the text the whole reading sees; figures read in a margin are
  dropped (the neighbouring piece reads them). The finders are functions of the text
  alone (`read_figures(text, code, dateline)`: no state carried from one figure to the
  next but the stretches already taken, which stay on their side of a cut), so a piece
  yields the whole reading's figures between its cuts, shifted by where it begins.
- A check at every run. Should a figure kept by a piece end past its piece's end, or one
  dropped from a margin reach into the piece, a match crossed a cut: the text is then read
  whole, in one process, as before.
- What spans figures: joined parts, ranges, a unit shared by a list, exchange bases and
  "year on year" (`settle`) run in the parent on the whole text and the joined list.

tests/test_chunked_reading.py checks pieces against the whole reading on generated text
(every cut taken) and through worker processes; `benchmarks/dump_outputs.py --chunked`
on the 391 development documents, cutting at every cut.
"""

from __future__ import annotations

import multiprocessing
import os
import re
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from datetime import date
from itertools import pairwise
from typing import TypeVar

from crosscheck import scanning
from crosscheck.extract import extract, read_figures, settle
from crosscheck.kinds import Mention
from crosscheck.text import Document

# Below this many characters a text is read whole: a worker's start and the figures sent
# back (a few tens of milliseconds) must stay small beside the reading it shares.
CHUNKED = 500_000
_WORD = 5
# The share of the text this process reads itself, having built the name index meanwhile
# (about 0.4 CPU s a MB beside the readers' 0.6 in a piece: so both processes end together)
FIRST = 0.3
# Pieces each worker is given after the first, so that whichever side ends its share first
# takes over pieces the other has not begun (see `read_in_pieces`): a wrong guess of
# `FIRST`, or a core busy with other work, then costs at most about one piece of waiting.
PER_WORKER = 6
_MARGIN = 300
# A sentence's end after a word in lower case, the line's end, and a line opening with a
# capital: the cut is just before that line ("in March.\n2024" reads as a date).
_CUT = re.compile(
    rf"(?<![^\W\d_])([^\W\d_]{{{_WORD},}})[.!?][\"'”’»)\]]*[ \t]*\n(?:[ \t]*\n)*[ \t]*(?=[\"“‘'(]?([^\W\d_]))"
)

T = TypeVar("T")
Piece = tuple[int, int, int, int]  # (slice start, first kept offset, end of kept, slice end)


def cuts(text: str) -> list[int]:
    """Every offset where the text may be cut (the start of a line after a sentence's end)."""
    return [m.end() for m in _CUT.finditer(text) if _is_cut(m)]


def _is_cut(m: re.Match[str]) -> bool:
    return m.group(1).islower() and m.group(2).isupper()


def _cut_after(text: str, offset: int) -> int | None:
    while (found := _CUT.search(text, offset)) is not None and not _is_cut(found):
        offset = found.end()
    return found.end() if found else None


def plan(text: str, pieces: int, at: Sequence[int] | None = None, first: float | None = None) -> list[Piece]:
    """Pieces covering the text, each with its margins: cut at the first cut after each
    equal share (the first piece `first` of the text, if given), or at every offset of `at`."""
    if at is None:
        at = []
        first = 1 / pieces if first is None else first
        for share in range(1, pieces):
            target = first + (1 - first) * (share - 1) / (pieces - 1)
            cut = _cut_after(text, int(len(text) * target))
            if cut is not None and (not at or cut > at[-1]) and cut < len(text):
                at = [*at, cut]
    bounds = [0, *at, len(text)]
    planned = []
    for first, end in pairwise(bounds):
        start = _line_start(text, first - _MARGIN) if first else 0
        stop = _line_end(text, end + _MARGIN) if end < len(text) else len(text)
        planned.append((start, first, end, stop))
    return planned


def _line_start(text: str, offset: int) -> int:
    # (a margin begins at a line's start when one is near: fewer figures cut in two)
    offset = max(0, offset)
    start = text.rfind("\n", max(0, offset - 10 * _MARGIN), offset) + 1
    return start if start > 0 else max(0, offset - 10 * _MARGIN) if offset > 10 * _MARGIN else 0


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset, offset + 10 * _MARGIN)
    return min(len(text), end if end >= 0 else offset + 10 * _MARGIN)


def read_piece(text: str, code: str, dateline: date | None, piece: Piece) -> list[Mention] | None:
    """The figures of one piece, at their offsets in the whole text; None when a match
    crossed one of its cuts."""
    start, first, end, stop = piece
    sliced = text[start:stop] if (start, stop) != (0, len(text)) else text
    scanning.share(text, start, stop, sliced)  # (the words of the text, when read already)
    kept = []
    for m in read_figures(sliced, code, dateline):
        m_start, m_end = m.start + start, m.end + start
        if first <= m_start < end:
            if m_end > end:
                return None
            kept.append(replace(m, start=m_start, end=m_end) if start else m)
        elif m_start < first < m_end:
            return None
    return kept


def read_in_pieces(
    doc: Document, dateline: date | None, pieces: list[Piece], workers: int, alongside: Callable[[], T]
) -> tuple[list[Mention], T]:
    """`extract(doc, dateline)`, the pieces after the first read by `workers` processes
    (0: all here, in turn), and what `alongside()` returns, called here meanwhile.

    Having called `alongside` and read the first piece, this process reads the pieces no
    worker has begun yet itself, from the last back (the workers take them from the
    first), so neither side waits while the other still has pieces to read. Who reads a
    piece does not change what it holds (`read_piece` either way)."""
    text, code = doc.text, doc.lang
    done: list[T] = []
    parts: list[list[Mention] | None]
    if workers and len(pieces) > 1:
        try:
            context = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(min(workers, len(pieces) - 1), mp_context=context) as pool:
                # (a worker gets its slice and its piece's offsets within it)
                futures = [pool.submit(_read_slice, text[p[0] : p[3]], code, dateline, p) for p in pieces[1:]]
                done.append(alongside())
                parts = [read_piece(text, code, dateline, pieces[0])]
                here: dict[int, list[Mention] | None] = {}
                for n in reversed(range(len(futures))):
                    if not futures[n].cancel():
                        break  # (begun, or queued for a worker: so is every piece before it)
                    here[n] = read_piece(text, code, dateline, pieces[n + 1])
                parts += [here[n] if n in here else f.result() for n, f in enumerate(futures)]
        except (OSError, BrokenProcessPool):
            parts = [None]  # no worker to read in (a limit on processes, a worker killed): read whole
    else:
        parts = [read_piece(text, code, dateline, p) for p in pieces]
    beside = done[0] if done else alongside()
    if any(part is None for part in parts):
        return extract(doc, dateline), beside  # a match crossed a cut: read whole
    return settle([m for part in parts if part for m in part], doc, dateline), beside


def _read_slice(sliced: str, code: str, dateline: date | None, piece: Piece) -> list[Mention] | None:
    start, first, end, stop = piece
    # (the slice stands for text[start:stop]; read it as the whole text with padding
    # would cost a copy: shift the piece instead, then the figures back)
    found = read_piece(sliced, code, dateline, (0, first - start, end - start, stop - start))
    return None if found is None else [replace(m, start=m.start + start, end=m.end + start) for m in found]


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def read_figures_of(
    doc: Document, dateline: date | None, alongside: Callable[[], T]
) -> tuple[list[Mention], T]:
    """Every figure of a document, as `extract` reads it, and `alongside()`: a long text's
    figures in pieces read by a worker a core (`PER_WORKER` each), while this process calls
    `alongside` and then reads the first piece (`FIRST` of the text: `alongside` is the
    version's name index and name claims), then any piece no worker has begun."""
    workers = cores() - 1
    forkable = "fork" in multiprocessing.get_all_start_methods()
    if len(doc.text) >= CHUNKED and workers >= 1 and forkable:
        pieces = plan(doc.text, 1 + workers * PER_WORKER, first=FIRST)
        if len(pieces) > 1:
            return read_in_pieces(doc, dateline, pieces, workers, alongside)
    return extract(doc, dateline), alongside()
