"""Finding what may state a value without trying everything: a key per value.

`compare` puts every mention into the first group whose value it states, and the gate
pairs every figure claim with the mentions that state its value. Trying each pair costs
mentions × groups (or claims × mentions): a text of 4,000 distinct figures took a
minute. Instead each value gets a `key` that any two values `kinds.equal` calls the
same always share; only the items under a shared key are then tried, with the same
`kinds.equal` as before, in the same order, so every answer stays what the full scan
gave.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

ANY = object()  # the key of a value no key is known for: it is tried against everything


def key(kind: str, value: Any) -> object:
    """A key shared by every two values of `kind` that `kinds.equal` calls the same (the
    converse need not hold).

    Money, percent and count figures are equal only with equal numbers (scale applied);
    measures convert between units ("5 miles" is "8 km"), so they share one key per
    qualifier; weekdays by the day of the week; the other kinds compare with ``==``, so
    a value is its own key.
    """
    if kind in ("money", "percent", "count"):
        number = getattr(value, "value", None)  # an Amount's number with its scale applied
        return ANY if number is None else number
    if kind in ("quantity", "duration"):
        return getattr(value, "qualifier", ANY)
    if kind == "weekday":
        return getattr(value, "index", ANY)
    try:
        hash(value)
    except TypeError:
        return ANY
    return value


class ByValue:
    """Items (numbered in the order they were added) filed under the keys of their values."""

    def __init__(self) -> None:
        self._keyed: dict[tuple[str, object], list[int]] = defaultdict(list)
        self._of_kind: dict[str, list[int]] = defaultdict(list)

    def add(self, kind: str, values: Iterable[Any], item: int) -> None:
        self._of_kind[kind].append(item)
        keys = {key(kind, v) for v in values}
        if ANY in keys:
            keys = {ANY}
        for k in keys:
            self._keyed[(kind, k)].append(item)

    def candidates(self, kind: str, values: Iterable[Any]) -> list[int]:
        """The items of `kind` that may hold one of `values`, in the order they were added."""
        keys = {key(kind, v) for v in values}
        if ANY in keys:
            return list(self._of_kind.get(kind, ()))
        keys.add(ANY)
        return sorted({item for k in keys for item in self._keyed.get((kind, k), ())})
