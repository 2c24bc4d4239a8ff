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
