"""A figure against a rounder statement of it: "VND1.97 quadrillion" is "1.966.839 tỷ
đồng" rounded to the three digits the English writes.

Translators restate a budget or a population at the precision their readers expect, and
the exact figure stays in the other version. Two amounts agree here when the less precise
one is the other rounded to its own written precision (within half of its last digit),
and only when its precision is clearly coarser: the exact side writes at least three more
significant digits, or the two are scaled differently ("quadrillion" against "tỷ") and
the exact side writes more digits. So "1.97" never takes "1.95", and "41.6 billion" never
takes "41.65 billion" (one digit more at the same scale is another figure, not a rounding).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP

from crosscheck.figures import Amount

# The kinds whose figures are rounded when restated; a year or a date is never rounded.
ROUNDED_KINDS = ("money", "count", "percent", "quantity")
ROUNDED = "the less precise figure is the other rounded to its written precision"


def significant_digits(amount: Amount) -> int:
    """Digits written, from the first non-zero one; an integer's trailing zeros are no
    precision ("2,000,000" states one digit)."""
    digits = format(amount.number, "f").replace(".", "").lstrip("0") or "0"
    if amount.decimals == 0:
        digits = digits.rstrip("0") or "0"
    return len(digits)


def rounded_from(coarse: Amount, exact: Amount) -> bool:
    """Whether `coarse` states `exact` rounded to the precision `coarse` writes."""
    if coarse.unit != exact.unit or coarse.value == exact.value:
        return False
    if coarse.qualifier != exact.qualifier and not (coarse.qualifier == "about" and exact.qualifier is None):
        return False  # "about" may mark the rounding; "over" and "under" are facts of their own
    if coarse.step <= exact.step:
        return False
    more = significant_digits(exact) - significant_digits(coarse)
    if not (more >= 3 or (more >= 1 and coarse.scale != exact.scale)):
        return False
    # (half away from zero, as newsrooms round: 2,768,655 is 2,768.66 trillion, not .65)
    steps = (exact.value / coarse.step).to_integral_value(rounding=ROUND_HALF_UP)
    return steps * coarse.step == coarse.value


def either_rounded(a: Amount, b: Amount) -> bool:
    """Whether one of two amounts is the other rounded to its written precision."""
    return rounded_from(a, b) or rounded_from(b, a)
