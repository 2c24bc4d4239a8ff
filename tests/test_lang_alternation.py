"""The readers' word alternations are tries; they must match exactly what a flat,
longest-first list of the same words matches."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from crosscheck.lang import alternation

_WORDS = st.lists(st.text(alphabet="abAB đĐ%$.", min_size=1, max_size=5), min_size=1, max_size=8)


def _flat(words: list[str]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"[\s\u00a0]+") for w in ordered)


@given(_WORDS, st.text(alphabet="abAB đĐ%$.\u00a0", max_size=12))
def test_a_trie_matches_what_the_flat_list_matches(words: list[str], text: str) -> None:
    for flags in (0, re.IGNORECASE):
        trie, flat = re.compile(f"(?:{alternation(words)})", flags), re.compile(f"(?:{_flat(words)})", flags)
        for start in range(len(text) + 1):
            got, want = trie.match(text, start), flat.match(text, start)
            assert (got and got.group()) == (want and want.group())


def test_the_longest_word_wins() -> None:
    pattern = re.compile(alternation(["per", "per cent", "percent"]), re.IGNORECASE)
    assert [pattern.match(t).group() for t in ("per\u00a0cent", "PERCENT", "per x")] == [  # type: ignore[union-attr]
        "per\u00a0cent",
        "PERCENT",
        "per",
    ]


def test_words_that_differ_only_in_case_keep_the_longest_under_ignorecase() -> None:
    # a trie would send "ab" down the "A" branch, find "Ab" missing a "B", and stop at "A"
    pattern = re.compile(alternation(["AbB", "A", "aB"]), re.IGNORECASE)
    assert pattern.match("ab").group() == "ab"  # type: ignore[union-attr]
