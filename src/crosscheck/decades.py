"""Decades: "in the 1970s" is "trong những năm 1970", "thập niên 1970"; a span of years
inside it ("khóa 1970-1978", a course of study) is what the decade generalises.

The evidence is the writing of the decade itself: a year of whole tens with "s" after it
in English, and "những năm", "các năm", "thập niên" or "thập kỷ" before it in Vietnamese.
A span of years the other version gives at the same place, inside that decade, is the
decade told exactly; one outside it, or a single year, still flags.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from crosscheck.kinds import Mention
from crosscheck.text import Document, Place

IN_THE_DECADE = "inside the decade the other version names"

_S = r"[\s\u00a0]+"
_EN_AFTER = re.compile(r"['’]?s\b")
_VI_BEFORE = re.compile(rf"(?:(?<!\w)(?:những|các|mấy){_S}năm|thập{_S}(?:niên|kỷ|kỉ)){_S}$", re.IGNORECASE)


def written_as_decade(doc: Document, m: Mention) -> bool:
    """Whether a year is written as a decade ("1970s", "những năm 1970"), whole tens or not:
    "thập niên 1961" is a decade miswritten, never a year inside one."""
    if m.kind != "year":
        return False
    if doc.lang == "en":
        return _EN_AFTER.match(doc.text, m.end) is not None
    # (the year's mention may hold the "năm" of "những năm 1970")
    digits = m.start + next((i for i, c in enumerate(m.text) if c.isdigit()), 0)
    return _VI_BEFORE.search(doc.text, max(0, digits - 16), digits) is not None


def decades(doc: Document, mentions: Iterable[Mention]) -> list[tuple[Place, int]]:
    """Where a document names a decade, as a share of the document, with its first year."""
    return [
        (doc.place(m.start), m.value)
        for m in mentions
        if isinstance(m.value, int) and m.value % 10 == 0 and written_as_decade(doc, m)
    ]


def inside(span: object, decade: int) -> bool:
    """Whether both ends of a span of years fall inside a decade. (Only spans: a single year
    beside a decade is as often a year edited, `align._inside_decades`.)"""
    return (
        isinstance(span, tuple)
        and len(span) == 2
        and all(isinstance(y, int) and decade <= y < decade + 10 for y in span)
    )
