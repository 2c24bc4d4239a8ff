"""Quantity: a measure in any pint unit; "5 miles" is "8 km" within the stated precision."""

from __future__ import annotations

from datetime import date

from crosscheck.figures import Amount
from crosscheck.kinds._amount import parse_amount
from crosscheck.units import same_measure


def parse(raw: object, dateline: date | None) -> Amount:
    return parse_amount(raw, "quantity")


def equal(a: Amount, b: Amount) -> bool:
    return same_measure(a, b)


def show(value: Amount) -> str:
    return value.show()
