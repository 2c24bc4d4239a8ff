"""Drafted names that are real names (issue 12, ninth round): a piece that every mention
writes inside a longer run of capitals in both versions, and a person's honorific kept in
front of the name; each read from positive evidence, each with a case that must still be
drafted as before.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.name_pieces import holders
from crosscheck.names import NameIndex
from crosscheck.propose import propose
from crosscheck.text import Document


def draft(en: str, vi: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    text = propose(
        Document.from_text(en, "en"), Document.from_text(vi, "vi"), None, Path("claims/draft.toml")
    )
    data = tomllib.loads(text)
    return data.get("claim", []), data.get("waiver", [])


def vi_forms(claims: list[dict[str, object]]) -> set[str]:
    return {str(f) for c in claims for f in c.get("vi", [])}  # type: ignore[attr-defined]


# 1. Pieces held by longer runs in both versions.

AGENCIES = [
    ("Geological Survey", "Cơ quan Khảo sát Địa chất"),
    ("Strategic Command", "Bộ Tư Lệnh Chiến Lược"),
    ("Geological Survey", "Cơ quan Thăm dò Địa chất"),
]


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(AGENCIES))
def test_a_country_only_inside_an_agencys_name_is_left_to_review(agency: tuple[str, str]) -> None:
    en_agency, vi_agency = agency
    en = f"Damage was reported by the United States {en_agency} (USGS) and the Pacific Centre.\nIt goes on."
    vi = f"Thiệt hại được báo cáo bởi {vi_agency} Hoa Kỳ (USGS) và Trung tâm Thái Bình Dương.\nNó tiếp tục."
    claims, waivers = draft(en, vi)
    assert "Hoa Kỳ" not in vi_forms(claims)
    assert f"{vi_agency} Hoa Kỳ" in vi_forms(claims)  # the whole is drafted
    (held,) = [w for w in waivers if w["text"] == "Hoa Kỳ"]
    assert str(held["reason"]).startswith("REVIEW: written only inside longer names")
    assert f"'{vi_agency} Hoa Kỳ'" in str(held["reason"])


def test_a_country_also_named_alone_is_still_drafted() -> None:
    en = "The United States and Canada signed it.\nThe United States Geological Survey agreed."
    vi = "Hoa Kỳ và Canada đã ký.\nCơ quan Khảo sát Địa chất Hoa Kỳ đồng ý."
    claims, waivers = draft(en, vi)
    assert {"Hoa Kỳ", "Canada"} <= vi_forms(claims)
    assert not [w for w in waivers if w["text"] == "Hoa Kỳ"]


def test_holders_one_for_each_occurrence_or_none() -> None:
    doc = Document.from_text("Bộ Quốc Phòng Hoa Kỳ họp. Bộ Tư Lệnh Hoa Kỳ nghe. Hoa Kỳ im lặng.", "vi")
    index = NameIndex(doc)
    runs = [(0, 20, "Bộ Quốc Phòng Hoa Kỳ"), (26, 43, "Bộ Tư Lệnh Hoa Kỳ")]
    assert holders("Hoa Kỳ", index, runs) is None  # the third stands alone
    two = Document.from_text("Bộ Quốc Phòng Hoa Kỳ họp. Bộ Tư Lệnh Hoa Kỳ nghe.", "vi")
    assert holders("Hoa Kỳ", NameIndex(two), runs) == ["Bộ Quốc Phòng Hoa Kỳ", "Bộ Tư Lệnh Hoa Kỳ"]
    assert holders("Bộ Quốc Phòng Hoa Kỳ", NameIndex(two), runs) is None  # a run is not its own piece


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(["thư ký", "tổng thư ký", "sir", "ông"]))
def test_a_run_with_a_title_before_the_form_holds_nothing(title: str) -> None:
    # "Tổng thư ký Liên Hợp Quốc Ban Ki-Moon": a title and two names the grammar left
    # joined; the organisation is named, not cut.
    words = title.split()
    head = " ".join([words[0].capitalize(), *words[1:]])
    text = f"{head} Liên Hợp Quốc Ban Ki-Moon nói."
    doc = Document.from_text(text, "vi")
    end = text.index(" nói")
    runs = [(0, end, text[:end])]
    assert holders("Liên Hợp Quốc", NameIndex(doc), runs, frozenset({title})) is None
    assert holders("Liên Hợp Quốc", NameIndex(doc), runs) == [text[:end]]


# 2. An honorific or a party's head in front of a person.

PEOPLE = ["Elizabeth", "Byron", "Adonis", "Loudoun", "Ashdown"]


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(["Madam", "Madame", "Lord", "Dame"]), st.sampled_from(PEOPLE))
def test_an_honorific_is_cut_off_and_waived_in_its_wording(honorific: str, person: str) -> None:
    en = f"The King's sister, {honorific} {person}, was forced back to Paris.\nThe crowd shouted."
    vi = f"Em gái của nhà vua, {honorific} {person}, bị buộc quay lại Paris.\nĐám đông la hét."
    claims, waivers = draft(en, vi)
    forms = vi_forms(claims)
    assert person in forms
    assert f"{honorific} {person}" not in forms
    (claim,) = [c for c in claims if c.get("vi") == [person]]
    assert claim["en"] == [person]
    held = {(w["lang"], w["text"], w.get("wording")) for w in waivers}
    assert {("en", honorific, f"{honorific} {person}"), ("vi", honorific, f"{honorific} {person}")} <= held


def test_names_that_start_like_an_honorific_are_still_drafted() -> None:
    en = "Lady Gaga sang the anthem.\nThe largest is King George Island.\nThe Democratic Party won."
    vi = "Lady Gaga đã hát quốc ca.\nĐảo lớn nhất là King George.\nĐảng Dân chủ đã thắng."
    claims, _ = draft(en, vi)
    assert {"Lady Gaga", "King George", "Đảng Dân chủ"} <= vi_forms(claims)


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(["bảo thủ", "đối lập", "lao động"]),
    st.sampled_from(["Andrea Jenkyns", "Nguyễn Văn An", "Jeremy Corbyn"]),
)
def test_a_party_before_a_person_is_the_head(party: str, person: str) -> None:
    from crosscheck.honorifics import head_and_person

    assert head_and_person(f"Đảng {party} {person}") == (f"Đảng {party}", person)
    assert head_and_person(f"Đảng {party.capitalize()}") is None  # the party alone
    assert head_and_person(f"Đảng {party} chống lại Brexit") is None  # a verb and one word
