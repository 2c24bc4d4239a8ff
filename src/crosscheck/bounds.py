"""A figure as a floor or a cap: "an IELTS certificate of 4.0 or above" against "chứng chỉ
IELTS từ 4.0 trở xuống" (4.0 or below).

The figure is the same in both versions and agrees as a value; the words around it say
which side of it counts, and a translation that turns "or above" into "trở xuống" states
the opposite fact. The evidence is the bound's own words, right after the figure ("or
above", "or more", "trở lên"; "or below", "or less", "trở xuống") or right before it
("at least", "ít nhất", "tối thiểu"; "at most", "tối đa", "không quá"), and a qualifier
that already says a side ("over"/"hơn", "under"/"dưới"). Where one version bounds the
figure from below and the other from above, the row is a discrepancy; a bound in one
version only changes nothing.
"""

from __future__ import annotations

import re

from crosscheck.figures import Amount
from crosscheck.kinds import Mention

FLOOR_AGAINST_CAP = "a floor in one version, a cap in the other (or above, trở xuống)"

_S = r"[\s\u00a0]+"
_AFTER = {
    "en": (
        re.compile(rf",?{_S}(?:or|and){_S}(?:above|more|higher|over|greater|older|longer|later)(?!\w)", re.I),
        re.compile(
            rf",?{_S}(?:or|and){_S}(?:below|less|fewer|lower|under|younger|shorter|earlier)(?!\w)", re.I
        ),
    ),
    "vi": (
        re.compile(rf"(?:{_S}[^\W\d_]+){{0,2}}?{_S}trở{_S}lên(?!\w)", re.I),
        re.compile(rf"(?:{_S}[^\W\d_]+){{0,2}}?{_S}trở{_S}xuống(?!\w)", re.I),
    ),
}
_BEFORE = {
    "en": (
        re.compile(rf"(?<!\w)(?:at{_S}least|no{_S}(?:less|fewer){_S}than|a{_S}minimum{_S}of){_S}$", re.I),
        re.compile(rf"(?<!\w)(?:at{_S}most|no{_S}more{_S}than|a{_S}maximum{_S}of|up{_S}to){_S}$", re.I),
    ),
    "vi": (
        re.compile(rf"(?<!\w)(?:ít{_S}nhất|tối{_S}thiểu|không{_S}dưới){_S}(?:là{_S})?$", re.I),
        re.compile(rf"(?<!\w)(?:tối{_S}đa|không{_S}quá|nhiều{_S}nhất){_S}(?:là{_S})?$", re.I),
    ),
}
_FLOOR, _CAP = "floor", "cap"
_BY_QUALIFIER = {"over": _FLOOR, "under": _CAP}


def _bound(mention: Mention, text: str, lang: str) -> str | None:
    """Which side of a figure its words count: "floor", "cap", or None."""
    after, before = _AFTER.get(lang), _BEFORE.get(lang)
    if after is None or before is None:
        return None
    start = max(0, mention.start - 24)
    for side, words_after, words_before in ((_FLOOR, after[0], before[0]), (_CAP, after[1], before[1])):
        if words_after.match(text, mention.end) or words_before.search(text, start, mention.start):
            return side
    value = mention.value
    return _BY_QUALIFIER.get(value.qualifier or "") if isinstance(value, Amount) else None


def opposite_bounds(en: tuple[str, list[Mention]], vi: tuple[str, list[Mention]]) -> bool:
    """Whether one version bounds a figure from below and the other from above (each
    version's mentions all one way, given as (text, mentions))."""
    sides = []
    for (text, mentions), lang in ((en, "en"), (vi, "vi")):
        sides.append({b for b in (_bound(m, text, lang) for m in mentions) if b is not None})
    en_sides, vi_sides = sides
    return len(en_sides) == 1 and len(vi_sides) == 1 and en_sides != vi_sides
