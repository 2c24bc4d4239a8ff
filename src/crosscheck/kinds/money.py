"""Money: an amount with a currency ("US$41.6 billion" is "41,6 tỷ USD").

Currencies are never converted into each other: no exchange rate is a fact of the story.
"""

from __future__ import annotations

from datetime import date

from crosscheck.figures import Amount
from crosscheck.kinds._amount import parse_amount, same_figure


def parse(raw: object, dateline: date | None) -> Amount:
    return parse_amount(raw, "money")


def equal(a: Amount, b: Amount) -> bool:
    return same_figure(a, b)


def show(value: Amount) -> str:
    return value.show()
