"""Term: a name, compared by `crosscheck.names` (tone placement, folding, readings)."""

from __future__ import annotations

from datetime import date

from crosscheck.names import name_key


def parse(raw: object, dateline: date | None) -> str:
    text = str(raw).strip()
    if not text:
        raise ValueError("a term claim needs a non-empty name as its value")
    return text


def equal(a: str, b: str) -> bool:
    return name_key(a) == name_key(b)


def show(value: str) -> str:
    return value
