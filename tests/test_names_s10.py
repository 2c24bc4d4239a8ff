"""Drafted names that are real names (issue 12, tenth round): each class read from positive
evidence in both versions, each with a case that must still be drafted as before.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.propose import propose
from crosscheck.text import Document


def draft(en: str, vi: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    text = propose(
        Document.from_text(en, "en"), Document.from_text(vi, "vi"), None, Path("claims/draft.toml")
    )
    data = tomllib.loads(text)
    return data.get("claim", []), data.get("waiver", [])


def forms(claims: list[dict[str, object]], lang: str) -> set[str]:
    return {str(f) for c in claims for f in c.get(lang, [])}  # type: ignore[attr-defined]


# 1. Lower-case heads: "cơ chế Higgs" is a term, "sân vận động Etihad" a stadium's name.

TERMS = [
    ("mechanism", "cơ chế"),
    ("numbers", "số"),
    ("theory", "lý thuyết"),
    ("theorem", "định lý"),
    ("effect", "hiệu ứng"),
]
PROPER = ["Higgs", "Mersenne", "Rossby", "Doppler", "Miasma"]


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(TERMS), st.sampled_from(PROPER))
def test_the_proper_part_of_a_term_with_a_lower_case_head_is_left_to_review(
    term: tuple[str, str], proper: str
) -> None:
    en_head, vi_head = term
    en = f"The model predicts the {proper} {en_head} in the data.\nIt was seen in Geneva."
    vi = f"Mô hình dự đoán {vi_head} {proper} trong dữ liệu.\nNó được thấy ở Geneva."
    claims, waivers = draft(en, vi)
    assert proper not in forms(claims, "vi") | forms(claims, "en")
    for lang in ("vi", "en"):
        (held,) = [w for w in waivers if w["text"] == proper and w["lang"] == lang]
        assert str(held["reason"]).startswith("REVIEW: written only as the proper part of a term")
    assert "Geneva" in forms(claims, "vi")  # the rest of the draft as before


def test_a_person_also_named_alone_is_still_drafted() -> None:
    en = "The Higgs mechanism was proposed by Higgs in 1964.\nIt was seen in Geneva."
    vi = "Cơ chế Higgs được Higgs đề xuất năm 1964.\nNó được thấy ở Geneva."
    claims, waivers = draft(en, vi)
    assert "Higgs" in forms(claims, "vi")
    assert not [w for w in waivers if w["text"] == "Higgs"]


def test_an_english_that_writes_no_head_keeps_the_name() -> None:
    # "tỉnh Quảng Nam": a province's head is not in the class; nor does the English write
    # a head of the class after the name.
    en = "Floods hit Quang Nam province and Hue on Monday.\nMore rain is due."
    vi = "Lũ lụt tấn công tỉnh Quảng Nam và Huế hôm thứ Hai.\nSẽ có thêm mưa."
    claims, _ = draft(en, vi)
    assert "Quảng Nam" in forms(claims, "vi")


PLACES = [
    ("Stadium", "sân vận động"),
    ("Hospital", "bệnh viện"),
    ("Hotel", "khách sạn"),
    ("Airport", "sân bay"),
]


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(PLACES), st.sampled_from(["Etihad", "James Paget", "Roa Roa"]))
def test_a_place_named_with_its_head_is_drafted_whole(place: tuple[str, str], proper: str) -> None:
    en_head, vi_head = place
    en = f"The match was played at the {proper} {en_head} on Saturday.\nFans came from Leeds."
    vi = f"Trận đấu diễn ra tại {vi_head} {proper} vào thứ Bảy.\nCổ động viên đến từ Leeds."
    claims, _ = draft(en, vi)
    (whole,) = [c for c in claims if f"{vi_head} {proper}" in forms([c], "vi")]
    assert whole["en"] == [f"{proper} {en_head}"]
    assert proper not in forms(claims, "vi")
    # the English run, lone before, is claimed by the whole: no one-sided claim of it
    assert not [c for c in claims if c.get("only") == "en" and f"{proper} {en_head}" in forms([c], "en")]


def test_a_lower_case_english_head_names_no_place() -> None:
    # "the Mersey hospital": the English writes no hospital named Mersey; not drafted whole.
    en = "The state will fund the Mersey hospital in Devonport.\nThe plan was agreed."
    vi = "Bang sẽ tài trợ bệnh viện Mersey ở Devonport.\nKế hoạch đã được thông qua."
    claims, waivers = draft(en, vi)
    assert "bệnh viện Mersey" not in forms(claims, "vi")
    assert "Mersey" not in forms(claims, "vi")
    assert [w for w in waivers if w["text"] == "Mersey" and w["lang"] == "vi"]
    assert "Devonport" in forms(claims, "vi")


def test_a_name_that_already_holds_its_head_is_left_whole() -> None:
    en = "Flights left Mutiara Airport Palu airport on Friday.\nThe tower fell."
    vi = "Các chuyến bay rời sân bay Mutiara Airport Palu vào thứ Sáu.\nTháp đã đổ."
    claims, _ = draft(en, vi)
    assert "sân bay Mutiara Airport Palu" not in forms(claims, "vi")
