"""Classes of wrong drafted names (issue 12, fourth round), one test per class of cause.

Each class was found among the tune part of the hand-labelled drafted names
(`benchmarks/names_checked_r3.tsv`) and is fixed by the evidence that shows it: what the
other version writes, or the grammar of names; never by the failing strings themselves.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.propose import propose
from crosscheck.text import Document


def drafted(en: str, vi: str) -> list[list[str]]:
    """The Vietnamese forms of every claim `propose` drafts for two texts."""
    text = propose(
        Document.from_text(en, "en"), Document.from_text(vi, "vi"), None, Path("claims/draft.toml")
    )
    return [c["vi"] for c in tomllib.loads(text)["claim"] if "vi" in c]


# Two names the Vietnamese writes side by side (an owner, then a person; a place, then a
# person) and the English writes apart, with words between them.
OWNERS = ["Chicago Cubs", "Boston Globe", "Scotland", "Manchester United"]
PERSONS = ["Thomas Ricketts", "Rory Hughes", "Martin Baron", "Jane Doe"]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(OWNERS), st.sampled_from(PERSONS))
def test_two_names_joined_here_and_apart_there_are_two_claims(owner: str, person: str) -> None:
    en = f"The chairman of {owner}, {person}, spoke on Monday."
    vi = f"Chủ tịch {owner} {person} phát biểu hôm thứ Hai."
    forms = drafted(en, vi)
    assert [owner] in forms
    assert [person] in forms
    assert not any(f"{owner} {person}" in form for claim in forms for form in claim)


def test_a_name_both_versions_join_stays_one_claim() -> None:
    # "Seven Keys to Doomsday": the English joins its words too (with "to"), so it is one
    # title, not two names; and "Eastern Europe" and "Đông Âu" are side by side in both.
    forms = drafted(
        "He wrote Seven Keys to Doomsday in Eastern Europe. Seven Keys was a hit.",
        "Ông viết Seven Keys to Doomsday ở Đông Âu. Seven Keys rất ăn khách.",
    )
    assert any("Seven Keys to Doomsday" in claim for claim in forms)
