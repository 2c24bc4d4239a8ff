"""Count: how many of something ("two cooperation documents" is "02 văn kiện")."""

from __future__ import annotations

from datetime import date

from crosscheck.figures import Amount
from crosscheck.kinds._amount import parse_amount, same_figure


def parse(raw: object, dateline: date | None) -> Amount:
    return parse_amount(raw, "count")


def equal(a: Amount, b: Amount) -> bool:
    return same_figure(a, b)


def show(value: Amount) -> str:
    return value.show()
