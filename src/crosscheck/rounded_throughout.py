"""A version that rounds every figure of a passage: "US$219.8 billion ... $212.2 billion ...
$7.6 billion ... $432 billion" against "219,83 tỷ USD ... 212,22 tỷ USD ... 7,61 tỷ USD ...
432,05 tỷ USD".

One digit short of the other figure is, alone, as often an edited digit as a rounding, so
`rounding` never takes it. Here the evidence is the policy: three or more figures of the
passage, each the other version's figure rounded to its own written precision, all rounded
in the same version. An edit changes one figure; a desk's house style rounds them all. An
edited figure that does not round to its counterpart still flags, and so does any pair in a
passage where fewer than three figures round.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from crosscheck.figures import Amount

ROUNDED_THROUGHOUT = "one version rounds every figure of the passage to fewer digits"
KINDS = ("money", "percent", "quantity", "count")
LEAST = 3  # figures rounded alike before rounding is taken for the passage's policy


def _rounds_to(coarse: Amount, exact: Amount) -> bool:
    """Whether `coarse` is `exact` rounded half up to the precision `coarse` writes, where
    `exact` writes more decimals (no qualifier on either, or the same one)."""
    if coarse.unit != exact.unit or coarse.qualifier != exact.qualifier:
        return False
    if exact.value == coarse.value or exact.step >= coarse.step:
        return False
    step = coarse.step
    rounded = (exact.value / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step
    return bool(rounded == coarse.value)


def side(en: Any, vi: Any) -> str | None:
    """Which version ("en", "vi") states the pair's figure rounded, if either does."""
    if not (isinstance(en, Amount) and isinstance(vi, Amount)):
        return None
    if _rounds_to(en, vi):
        return "en"
    if _rounds_to(vi, en):
        return "vi"
    return None
