"""Drafted names that are real names (issue 12, seventh round): classes of cut names and
of common nouns, each read from positive evidence, each with a case that must still be
drafted as before.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.propose import propose
from crosscheck.text import Document

# US states both versions spell alike, so the two versions pair each with the other.
STATES = ["Pennsylvania", "Texas", "Ohio", "Florida", "Arizona", "Michigan"]
# Vietnamese institutions of a state, as the Vietnamese writes them (head first), with the
# English each translates (the state in front).
COURTS = [
    ("Tòa án Tối cao", "Supreme Court"),
    ("Tòa phúc thẩm", "Appeals Court"),
    ("Ủy ban Bầu cử", "Election Commission"),
]


def draft(en: str, vi: str) -> list[dict[str, object]]:
    text = propose(
        Document.from_text(en, "en"), Document.from_text(vi, "vi"), None, Path("claims/draft.toml")
    )
    claims: list[dict[str, object]] = tomllib.loads(text).get("claim", [])
    return claims


def vi_forms(claims: list[dict[str, object]]) -> set[str]:
    return {str(f) for c in claims for f in c.get("vi", [])}  # type: ignore[attr-defined]


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(STATES), st.sampled_from(COURTS))
def test_a_vietnamese_name_cut_before_the_place_that_ends_it_is_drafted_whole(
    state: str, court: tuple[str, str]
) -> None:
    vi_head, en_head = court
    en = f"The maps were redrawn after the {state} {en_head} ruled in January.\nVoters in {state} voted."
    vi = f"Bản đồ được vẽ lại sau khi {vi_head} {state} ra phán quyết vào tháng 1.\nCử tri {state} đã bầu."
    claims = draft(en, vi)
    forms = vi_forms(claims)
    assert f"{vi_head} {state}" in forms
    assert vi_head not in forms  # the cut run is no name of its own
    # The state, which both versions also write alone, is still drafted as a name.
    assert any(c.get("en") == [state] and c.get("vi") == [state] for c in claims)


def test_a_translated_country_ends_the_vietnamese_name_the_english_writes_in_front() -> None:
    # (Other lone names on the same line: not paired by place.)
    en = (
        "Six-time Grammy winner and Academy Award nominee Lady Gaga performed the national anthem, while "
        "Academy Award winner Marlee Matlin provided American Sign Language (ASL) translation."
    )
    vi = (
        "Người chiến thắng giải Grammy sáu lần và người được đề cử Giải thưởng Viện hàn lâm Lady Gaga "
        "đã biểu diễn quốc ca, trong khi người giành Giải thưởng Viện hàn lâm Marlee Matlin cung cấp "
        "bản dịch Ngôn ngữ Ký hiệu Mỹ (ASL)."
    )
    claims = draft(en, vi)
    whole = [c for c in claims if c.get("en") == ["American Sign Language"]]
    assert whole and whole[0]["vi"] == ["Ngôn ngữ Ký hiệu Mỹ"]


def test_a_person_after_the_known_name_is_no_tail() -> None:
    # "Hạ Viện Newt Gingrich": the English's "Newt" inside "House Speaker Newt Gingrich"
    # starts a person's name that runs on in capitals; "Hạ Viện" is not grown by "Newt".
    en = (
        "Former House Speaker Newt Gingrich, Texas governor Rick Perry, and Congresswoman Michele "
        "Bachmann finished in fourth, fifth, and sixth place, respectively."
    )
    vi = (
        "Cựu Chủ Tịch Hạ Viện Newt Gingrich, thống đốc bang Texas Rick Perry, và Nữ Dân Biểu Michele "
        "Bachmann lần lượt về thứ tư, năm và sáu."
    )
    forms = vi_forms(draft(en, vi))
    assert "Newt Gingrich" in forms
    assert not any(f.startswith("Hạ Viện Newt") for f in forms)
