"""Duration: a span of time ("26 consecutive years" is "26 năm liên tiếp")."""

from __future__ import annotations

from datetime import date

from crosscheck.figures import Amount
from crosscheck.kinds._amount import parse_amount
from crosscheck.units import same_measure


def parse(raw: object, dateline: date | None) -> Amount:
    return parse_amount(raw, "duration")


def equal(a: Amount, b: Amount) -> bool:
    return same_measure(a, b)


def show(value: Amount) -> str:
    return value.show()
