"""A percentage change worked out from the figures beside it: "The VN-Index fell 21.37
points, or 1.3%, to 1,633.18" is "giảm 21,37 điểm (1,29%) xuống 1.633,18 điểm".

A market report gives a change three ways: in points, as a share, and by the level it
ended at. The share is the change over the level before it, and each version writes it
to its own precision (1.3 against 1.29). Two shares that differ agree here only when
both follow, each to its written precision, from one change and one level that both
versions state in the sentence: then neither is a slip, whatever the digits' count. A
share edited ("1.4%") follows from no figure beside it and still flags; both shares must
follow from the same level before the change (the level after it, more or less the
change), so a rise read as a fall lends no second chance.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from crosscheck.figures import Amount
from crosscheck.kinds import Mention
from crosscheck.text import Document

DERIVED = "a share worked out from the change and the level both versions give, to its precision"
# (the kinds whose figures can be a change and a level: points are read as counts)
_BASE_KINDS = ("count", "money", "quantity")


def _sentence_figures(doc: Document, offset: int, mentions: list[Mention]) -> list[Decimal]:
    start, end = doc.sentence_bounds(offset)
    return [
        m.value.value
        for m in mentions
        if m.kind in _BASE_KINDS
        and isinstance(m.value, Amount)
        and start <= m.start < end
        and m.value.value > 0
    ]


def _follows(share: Amount, change: Decimal, before: Decimal) -> bool:
    """Whether a share is the change over the level before it, to its written precision."""
    try:
        worked = (100 * change / before).quantize(Decimal(1).scaleb(-share.decimals), rounding=ROUND_HALF_UP)
    except InvalidOperation:
        return False
    return worked == share.value


def derived_from(doc: Document, percent: Mention, mentions: list[Mention]) -> set[tuple[Decimal, Decimal]]:
    """The (change, level before it) pairs of the percent's sentence the share follows
    from: the level before is the level after a fall or a rise, more or less the change
    (never the level after itself, which would take in a share a little off)."""
    share = percent.value
    if not (isinstance(share, Amount) and share.unit == "percent" and share.qualifier is None):
        return set()
    figures = _sentence_figures(doc, percent.start, mentions)
    return {
        (a, before)
        for a in figures
        for b in figures
        if a < b
        for before in (b + a, b - a)
        if _follows(share, a, before)
    }
