"""A figure against a rounder statement of it: "VND1.97 quadrillion" is "1.966.839 tỷ
đồng" rounded to the three digits the English writes.

Translators restate a budget or a population at the precision their readers expect, and
the exact figure stays in the other version. Two amounts agree here when the less precise
one is the other rounded to its own written precision (within half of its last digit),
and only when its precision is clearly coarser: the exact side writes at least three more
significant digits, or the two are scaled differently ("quadrillion" against "tỷ") and
the exact side writes more digits. So "1.97" never takes "1.95", and "41.6 billion" never
takes "41.65 billion" (one digit more at the same scale is another figure, not a rounding).
A qualifier says the figure is rounded ("over 1 million", "nearly 1,000"): see
`rounded_from`.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

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


def _announced_step(amount: Amount) -> Decimal:
    """The precision of a figure its qualifier says is rounded: an integer's trailing zeros
    are rounding ("nearly 1,000" is to the thousand, "over 1 million" to the million)."""
    if amount.decimals or amount.number != amount.number.to_integral_value():
        return amount.step
    digits = format(amount.number, "f")
    zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
    return Decimal(10) ** zeros * amount.scale


def rounded_from(coarse: Amount, exact: Amount) -> bool:
    """Whether `coarse` states `exact` rounded to the precision `coarse` writes.

    A qualifier announces the rounding ("Over 1 million candidates" for 1.061.605 thí sinh,
    "Nearly 1,000 people" for 987 người): then the exact figure must lie on the
    qualifier's side ("over", "under"; "about" either) and write at least two more digits
    (or another scale word); trailing zeros count as rounding. Without a qualifier the
    rounding must be plain from the digits: three more digits, or another scale word."""
    # (the exact side states no qualifier, or the coarse one's at another scale: "nearly
    # 7,000" against "gần 7.006" is an edit, "nearly VND5 trillion" is "gần 4.990 tỉ đồng")
    if coarse.unit != exact.unit or coarse.value == exact.value:
        return False
    # ("about 78,000" for "khoảng 78.200" was let through for a while: real edits showed
    # "approximately 404,000" for "khoảng 400.000" is as often an edited digit)
    if exact.qualifier is not None and (exact.qualifier != coarse.qualifier or exact.scale == coarse.scale):
        return False
    more = significant_digits(exact) - significant_digits(coarse)
    if coarse.qualifier is None:
        step, enough = coarse.step, more >= 3 or (more >= 1 and coarse.scale != exact.scale)
    else:
        step = _announced_step(coarse)
        # one digit more is enough where the round figure writes two digits or more
        # ("more than 41,000" for 41.300, "nearly 95%" for 94,6%, "nearly 199,000" for
        # 198.700), or one whole unit of its scale and the exact figure a decimal of it
        # ("gần 6%" for 5.9%); never for a round ten or more ("about 30" is not 31)
        whole = coarse.decimals == 0 and exact.decimals >= 1 and step == coarse.scale
        fine = more >= 1 and (significant_digits(coarse) >= 2 or whole)
        enough = more >= 2 or fine or (more >= 1 and coarse.scale != exact.scale)
        side = {"over": exact.value > coarse.value, "under": exact.value < coarse.value}
        enough = enough and side.get(coarse.qualifier, True)
    if not enough or step <= exact.step:
        return False
    # (half away from zero, as newsrooms round: 2,768,655 is 2,768.66 trillion, not .65)
    steps = (exact.value / step).to_integral_value(rounding=ROUND_HALF_UP)
    return steps * step == coarse.value


def either_rounded(a: Amount, b: Amount) -> bool:
    """Whether one of two amounts is the other rounded to its written precision."""
    return rounded_from(a, b) or rounded_from(b, a)
