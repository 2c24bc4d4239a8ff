"""The words each language must know, kept by the project so that no CLDR release can take them away.

CLDR (through Babel) stays the first source of month, weekday, scale, currency, unit and
duration words. But CLDR changes: Babel 2.19 (CLDR 48) dropped "giờ" as the Vietnamese
word for hours and renamed the short weekdays "Th 2" to "Thứ 2". A word once read must
not silently stop being read, so `data/vocabulary.toml` lists every word of those six
tables the readers knew, and `known()` supplies from it what the installed CLDR lacks.
Where CLDR has a word, CLDR's meaning is taken; the tests fail if the two ever disagree.
`scripts/build_vocabulary.py` adds new CLDR words to the list and never removes one.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files
from typing import TypeVar

FIELDS = ("months", "weekdays", "scales", "currencies", "units", "durations")

V = TypeVar("V", int, str)


@cache
def kept() -> dict[str, dict[str, dict[str, object]]]:
    """The whole list: language -> table -> word -> meaning."""
    text = files("crosscheck").joinpath("data/vocabulary.toml").read_text(encoding="utf-8")
    data: dict[str, dict[str, dict[str, object]]] = tomllib.loads(text)
    return data


def known(code: str, field: str, from_cldr: dict[str, V]) -> dict[str, V]:
    """CLDR's words for one table, with the kept words CLDR no longer provides."""
    table = kept().get(code, {}).get(field, {})
    supplied: dict[str, V] = dict(table)  # type: ignore[arg-type]
    return supplied | from_cldr
