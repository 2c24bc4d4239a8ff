"""A conversion in brackets that a translator rounded by eye: "cự ly 100 dặm (khoảng 170 km)".

A translation adds the reader's unit in brackets after the figure it converts; an exact one
is no new fact (`align._conversion`). Some are rough: the translator remembers the race as
170 km where 100 miles is 161. The evidence that the bracket restates the figure before it
is its place (an opening bracket right after that figure), its unit (another unit of the
same dimension) and the word saying it is rough ("khoảng", "about"); its value must still
fall within a tenth of the exact conversion. Such a figure is listed for review, since the
other version cannot check it; a bracket further off still flags.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from crosscheck.figures import Amount
from crosscheck.kinds import Mention

ROUGH_CONVERSION = "a rough conversion, in brackets, of the figure before it: not in the other to check"

_BRACKET = re.compile(r"[\s\u00a0]*\([\s\u00a0]*")
# How far a rough conversion may stray from the exact one, as a share of it
_WITHIN = Decimal("0.1")


def _converted(a: Amount, unit: str) -> Decimal | None:
    import pint

    from crosscheck.units import registry

    if a.unit is None:
        return None
    ureg = registry()
    try:
        quantity = ureg.Quantity(a.value, ureg.parse_units(a.unit))
        return Decimal(str(quantity.to(ureg.parse_units(unit)).magnitude))
    except (pint.errors.PintError, ValueError, TypeError):
        return None


def rough_conversion(mention: Mention, mentions: list[Mention], text: str) -> bool:
    """Whether a measure said to be about so much opens a bracket right after a measure in
    another unit of its dimension, and is within a tenth of that measure converted."""
    value = mention.value
    if mention.kind != "quantity" or not isinstance(value, Amount) or value.qualifier != "about":
        return False
    before = [m for m in mentions if m.end <= mention.start and m.kind == "quantity"]
    if not before or not _BRACKET.fullmatch(text, before[-1].end, mention.start):
        return False
    a = before[-1].value
    if not isinstance(a, Amount) or a.unit in (None, value.unit) or value.unit is None:
        return False
    exact = _converted(dataclasses.replace(a, qualifier=None), value.unit)
    return exact is not None and exact > 0 and abs(value.value - exact) <= _WITHIN * exact
