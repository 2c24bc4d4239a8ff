"""Paragraphs of the two versions side by side: which English paragraph faces which
Vietnamese one.

A translation keeps the order of its paragraphs but not their count: an editor splits a
long one or adds a closing line of statistics. So the pairing is a monotone alignment by
dynamic programming (in the manner of length-based sentence alignment): one to one, one
to two, two to one, or a paragraph facing nothing, each scored by how far the lengths
are from the two versions' overall ratio, with a bonus for the figures the two share.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from crosscheck.text import Document


@dataclass(frozen=True)
class Paragraph:
    start: int  # character offsets in the version's text
    end: int
    line: int  # the paragraph's first line


def paragraphs(doc: Document) -> list[Paragraph]:
    """The version's paragraphs: runs of non-blank lines."""
    out = []
    for m in re.finditer(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*", doc.text):
        out.append(Paragraph(m.start(), m.end(), doc.line_of(m.start())))
    return out


# Costs of the moves; a paragraph facing nothing is dearer than a fair match. A paragraph
# with figures of its own, none of them in the other version, is held apart rather than
# merged into a neighbour (the closing statistics one version adds).
SKIP = 2.0
MERGE = 0.8
ALONE = 1.5
BAND = 25  # how far from the proportional diagonal the alignment may wander, in paragraphs


def _cost(en_len: int, vi_len: int, ratio: float, shared: int) -> float:
    expected = max(1.0, en_len * ratio)
    return abs(math.log(max(1, vi_len) / expected)) - 0.5 * min(shared, 4)


def align(
    en: Sequence[Paragraph], vi: Sequence[Paragraph], en_keys: Sequence[set[str]], vi_keys: Sequence[set[str]]
) -> list[tuple[list[int], list[int]]]:
    """Rows of paragraph indices: (English indices, Vietnamese indices), in order.

    `en_keys` and `vi_keys` are what each paragraph states (the figures' values): two
    paragraphs sharing them belong together whatever their lengths.
    """
    n, m = len(en), len(vi)
    total_en = sum(p.end - p.start for p in en) or 1
    ratio = (sum(p.end - p.start for p in vi) or 1) / total_en
    size_en = [p.end - p.start for p in en]
    size_vi = [p.end - p.start for p in vi]
    inf = float("inf")
    # Only cells near the proportional diagonal: a translation drifts from it by a few
    # paragraphs, never by hundreds, and a long document stays linear in time and memory.
    best: dict[tuple[int, int], float] = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(n + 1):
        middle = i * m // max(n, 1)
        for j in range(max(0, middle - BAND), min(m, middle + BAND) + 1):
            here = best.get((i, j), inf)
            if here == inf:
                continue
            for di, dj in ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2)):
                a, b = i + di, j + dj
                if a > n or b > m:
                    continue
                if di + dj == 2:  # one to one, the common case: no set built
                    step = _cost(size_en[i], size_vi[j], ratio, len(en_keys[i] & vi_keys[j]))
                elif di and dj:
                    keys_en = en_keys[i] | en_keys[a - 1]
                    keys_vi = vi_keys[j] | vi_keys[b - 1]
                    sizes = size_en[i] + size_en[a - 1] * (di - 1), size_vi[j] + size_vi[b - 1] * (dj - 1)
                    step = _cost(*sizes, ratio, len(keys_en & keys_vi))
                    parts, other = (en_keys[i:a], keys_vi) if di == 2 else (vi_keys[j:b], keys_en)
                    step += MERGE + ALONE * sum(1 for p in parts if p and not p & other)
                else:
                    step = SKIP
                if here + step < best.get((a, b), inf):
                    best[a, b] = here + step
                    back[a, b] = (di, dj)
    rows = []
    i, j = n, m
    while i or j:
        di, dj = back[i, j]
        rows.append((list(range(i - di, i)), list(range(j - dj, j))))
        i, j = i - di, j - dj
    return rows[::-1]
