"""A price one version gives in dollars only and the other in dong only: "half-day tours
from Hanoi costing around $35" against "giá khoảng 900.000 đồng".

An English edition rewriting a Vietnamese story often converts a price for its readers and
drops the dong. The two figures then differ in currency and in number, and read as one
figure changed. No exchange rate is a fact of the story (`kinds.money`), so the two are not
declared equal: they are listed for review. The evidence that one is the other converted
is the place (the same, as for any pair), a word saying a figure is rough ("about",
"khoảng") on either side, and the rate they imply lying within the dong's range against
the dollar. A figure whose number alone changed (ten times, or by a fifth) still flags.
"""

from __future__ import annotations

from decimal import Decimal

from crosscheck.figures import Amount

DOLLAR_PRICE = "the same price in dollars and in dong, at about the day's rate: not checked"

# Dong per US dollar: the State Bank of Vietnam's central rate moved between about 23,000
# (2022) and 25,200 (2025); commercial banks sell at up to 5 % above it. The band leaves a
# few percent on each side for a figure rounded to two digits ("around $35").
_RATE = (Decimal(22_000), Decimal(27_500))


def dollar_price(a: Amount, b: Amount) -> bool:
    """Whether two money figures, one in US dollars and one in dong, at least one of them
    said to be rough ("about"), imply a dong-to-dollar rate within its range."""
    if {a.unit, b.unit} != {"USD", "VND"} or "about" not in (a.qualifier, b.qualifier):
        return False
    dollars, dong = (a, b) if a.unit == "USD" else (b, a)
    if dollars.value <= 0:
        return False
    return _RATE[0] <= dong.value / dollars.value <= _RATE[1]
