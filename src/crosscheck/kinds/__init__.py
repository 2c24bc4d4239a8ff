"""The kinds of fact a claim can state, one module each.

Every kind module has the same three functions:

- ``parse(raw, dateline)``: the typed value of a claim, from what the claims file says
  (raises ``ValueError`` with a hint when it cannot);
- ``equal(a, b)``: whether two values say the same thing (qualifiers included);
- ``show(value)``: the value as the consistency table prints it.

Kinds whose mentions have a shape of their own (date, period, weekday, ordinal,
fraction, year) also have ``find(text, lang, dateline)``; money, percent, quantity,
duration and count share the figure reader in `crosscheck.figures`; person, place,
organization and term are names, matched by `crosscheck.names`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import date
from functools import cache
from types import ModuleType
from typing import Any

FIGURE_KINDS = (
    "money", "percent", "quantity", "count", "ordinal", "fraction",
    "year", "date", "period", "weekday", "duration", "time",
)  # fmt: skip
NAME_KINDS = ("person", "place", "organization", "term")
KINDS = FIGURE_KINDS + NAME_KINDS


@dataclass(frozen=True)
class Mention:
    """A figure found in one version: where, as written, and what it means."""

    kind: str
    value: Any
    start: int
    end: int
    text: str
    note: str = ""  # how an ambiguous form was read
    alternatives: tuple[Any, ...] = ()  # other readings of the same words

    def readings(self) -> tuple[Any, ...]:
        return (self.value, *self.alternatives)


@dataclass(frozen=True)
class Found:
    """What a kind's finder reports before it becomes a Mention."""

    start: int
    end: int
    value: Any
    note: str = ""
    alternatives: tuple[Any, ...] = ()  # other readings ("2 giờ" is 02:00 or 14:00)


@cache
def module(kind: str) -> ModuleType:
    """The module of a kind (``crosscheck.kinds.money`` for "money")."""
    if kind not in KINDS:
        raise KeyError(kind)
    return importlib.import_module(f"crosscheck.kinds.{kind}")


def parse(kind: str, raw: object, dateline: date | None) -> Any:
    return module(kind).parse(raw, dateline)


def equal(kind: str, a: Any, b: Any) -> bool:
    result: bool = module(kind).equal(a, b)
    return result


def show(kind: str, value: Any) -> str:
    text: str = module(kind).show(value)
    return text
