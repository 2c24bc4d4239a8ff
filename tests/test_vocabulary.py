"""The words each language must know stay known, whatever CLDR release Babel ships."""

from __future__ import annotations

import sys
import tomllib
from importlib.resources import files
from pathlib import Path

import pytest

from crosscheck.lang import cldr, get
from crosscheck.lang.vocabulary import FIELDS, kept, known

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import build_vocabulary

LANGUAGE_FIELD = {"months": "months", "weekdays": "weekdays", "scales": "scales",
                  "currencies": "currency_words", "units": "units", "durations": "durations"}  # fmt: skip
CLDR_SOURCE = {"months": cldr.month_names, "weekdays": cldr.weekday_names, "scales": cldr.scale_words,
               "currencies": cldr.currency_words, "units": cldr.unit_words,
               "durations": cldr.duration_words}  # fmt: skip
KEPT = [(code, field, word, meaning) for code in ("en", "vi") for field in FIELDS
        for word, meaning in kept()[code][field].items()]  # fmt: skip


def test_every_table_of_both_languages_is_kept() -> None:
    for code in ("en", "vi"):
        assert set(kept()[code]) == set(FIELDS)
        assert all(len(kept()[code][field]) >= 4 for field in FIELDS), code


@pytest.mark.parametrize(
    ("code", "field", "word", "meaning"), KEPT, ids=[f"{c}.{f}.{w}" for c, f, w, _ in KEPT]
)
def test_the_readers_know_every_kept_word(code: str, field: str, word: str, meaning: object) -> None:
    table = getattr(get(code), LANGUAGE_FIELD[field])
    assert table.get(word) == meaning


@pytest.mark.parametrize(("code", "field"), [(c, f) for c in ("en", "vi") for f in FIELDS])
def test_cldr_and_the_kept_list_never_disagree(code: str, field: str) -> None:
    """A CLDR release that gives a kept word another meaning is drift a person must decide on."""
    from_cldr = CLDR_SOURCE[field](code)
    clashes = {
        w: (m, from_cldr[w]) for w, m in kept()[code][field].items() if w in from_cldr and from_cldr[w] != m
    }
    assert clashes == {}


def test_words_cldr_dropped_are_still_read() -> None:
    """Babel 2.19 (CLDR 48) lost "giờ" for hours and "Th 2" for Monday; both stay known."""
    vi = get("vi")
    assert vi.durations["giờ"] == "hour" and vi.durations["tiếng"] == "hour"
    assert vi.weekdays["th 2"] == vi.weekdays["thứ 2"] == 0


def test_cldr_meaning_wins_and_the_kept_word_fills_the_gap() -> None:
    supplied = known("vi", "durations", {"tiếng": "hour", "năm": "year"})
    assert supplied["giờ"] == "hour"
    assert known("vi", "durations", {"giờ": "minute"})["giờ"] == "minute"


def test_the_list_is_exactly_as_its_script_writes_it() -> None:
    text = files("crosscheck").joinpath("data/vocabulary.toml").read_text(encoding="utf-8")
    seen_line = next(line for line in text.splitlines() if line.startswith("# Babel "))
    seen = seen_line[2:].rstrip(".").split(", ")
    assert build_vocabulary.render(tomllib.loads(text), seen) == text
