"""Percent: "15.4 per cent" is "15,4%"; percentage points are a different unit."""

from __future__ import annotations

import re
from datetime import date

from crosscheck.figures import Amount
from crosscheck.kinds._amount import parse_amount, same_figure


def parse(raw: object, dateline: date | None) -> Amount:
    text = str(raw).strip()
    if re.fullmatch(r"(?:[A-Za-z ]+ )?[\d.,]+", text):
        text += "%"  # a bare number in a percent claim is a percentage
    return parse_amount(text, "percent")


def equal(a: Amount, b: Amount) -> bool:
    return same_figure(a, b)


def show(value: Amount) -> str:
    return value.show()
