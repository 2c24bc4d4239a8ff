"""Drafted names that are real names (issue 12, eighth round): pieces of a longer name,
heads and joined names, units and common initials, headline and quotation capitals; each
read from positive evidence, each with a case that must still be drafted as before.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.common_capitals import why_common
from crosscheck.headline_words import says_nothing, title_case
from crosscheck.name_heads import head_and_name, joined_parts
from crosscheck.propose import propose
from crosscheck.text import Document


def draft_text(en: str, vi: str) -> str:
    return propose(
        Document.from_text(en, "en"), Document.from_text(vi, "vi"), None, Path("claims/draft.toml")
    )


def draft(en: str, vi: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    data = tomllib.loads(draft_text(en, vi))
    return data.get("claim", []), data.get("waiver", [])


def vi_forms(claims: list[dict[str, object]]) -> set[str]:
    return {str(f) for c in claims for f in c.get("vi", [])}  # type: ignore[attr-defined]


# 1. Pieces: the whole both versions write is drafted, not the piece.

PIPELINES = ["Nord Stream", "Turk Stream", "Blue Stream", "Power Siberia"]


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(PIPELINES), st.integers(min_value=1, max_value=9))
def test_a_name_cut_before_its_figure_is_drafted_whole(name: str, number: int) -> None:
    en = (
        f"Washington wants Germany to leave the {name} {number} pipeline.\n"
        f"The {name} {number} pipeline costs money."
    )
    vi = f"Washington muốn Đức rời dự án {name} {number}.\nDự án {name} {number} tốn kém."
    claims, _ = draft(en, vi)
    forms = vi_forms(claims)
    assert f"{name} {number}" in forms
    assert name not in forms
    whole = next(c for c in claims if c.get("vi") == [f"{name} {number}"])
    assert whole["en"] == [f"{name} {number}"]


def test_a_piece_written_alone_once_is_still_drafted() -> None:
    # "Merit" alone in "Merit's role" / "vai trò của Merit": a name of its own.
    en = "Merit Network, Inc. was formed in 1966.\nThis set the stage for Merit's role in the project."
    vi = (
        "Merit Network, Inc. được thành lập năm 1966.\n"
        "Điều này tạo tiền đề cho vai trò của Merit trong dự án."
    )
    forms = vi_forms(draft(en, vi)[0])
    assert "Merit" in forms
    assert "Merit Network" in forms


def test_a_piece_only_inside_a_paired_longer_name_is_left_out() -> None:
    en = "Merit Network, Inc. was formed in 1966.\nThe Network grew."
    vi = "Merit Network, Inc. được thành lập năm 1966.\nMạng lưới này phát triển."
    claims, _ = draft(en, vi)
    forms = vi_forms(claims)
    assert "Network" not in forms
    assert "Merit Network" in forms
    # The English "Network" written alone stays claimed (one-sided), never hidden.
    assert any(c.get("en") == ["Network"] and c.get("only") == "en" for c in claims)


def test_a_country_before_a_person_is_no_piece() -> None:
    # "Mỹ Barack Obama": two names side by side, neither written inside the other by both.
    en = "US President Barack Obama met Germany's Angela Merkel in Berlin."
    vi = "Tổng thống Mỹ Barack Obama đã gặp Thủ tướng Đức Angela Merkel tại Berlin."
    forms = vi_forms(draft(en, vi)[0])
    assert {"Barack Obama", "Angela Merkel", "Berlin"} <= forms


def test_pieces_of_words_and_names_the_project_knows() -> None:
    # A syllable glued to its word by a hyphen, a name whose later syllables are lower
    # case (CLDR: "Cộng hòa Dominica"), a name with a connector, curly apostrophes.
    en = (
        "The conquest of the Philippines was costly.\n"
        "Diplomats saw the Dominican Republic and Panama move.\n"
        "The court repeated its view in Van Gend en Loos.\n"
        "He will host ITV's I'm A Celebrity."
    )
    vi = (
        "Cuộc chinh phạt Phi-líp-pin rất tốn kém.\n"
        "Các nhà ngoại giao thấy Cộng hòa Dominica và Panama thay đổi.\n"
        "Tòa án nhắc lại quan điểm trong vụ Van Gend en Loos.\n"
        "Anh sẽ dẫn chương trình I’m A Celebrity của ITV."
    )
    forms = vi_forms(draft(en, vi)[0])
    assert not {"Phi", "Dominica", "Van Gend", "Loos", "A Celebrity"} & forms
    assert {"Panama", "ITV"} <= forms


def test_a_known_name_is_not_cut_inside_a_longer_word() -> None:
    # "Ai Cập cổ" is a known form, but the text writes "Ai Cập cổ đại": no whole of it.
    from crosscheck.lone_evidence import known
    from crosscheck.name_pieces import _written_whole

    text = "Người Ai Cập cổ đại xây kim tự tháp."
    at = text.index("Ai Cập")
    assert _written_whole(text, at, at + len("Ai Cập"), "", frozenset(), known) is None
    text = "Văn phòng Film và Sky Box Office mở cửa."
    at = text.index("Sky Box Office")
    assert _written_whole(text, at, at + len("Sky Box Office"), "", frozenset(), known) is None


# 2. Heads and joined names.


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(["Edison", "Marconi", "Hearst", "Oracle"]),
    st.sampled_from(["Công ty", "Tập đoàn", "Hãng"]),
)
def test_a_head_word_before_a_name_the_english_writes_bare_is_waived(name: str, head: str) -> None:
    assert head_and_name(f"{head} {name}", [name]) == (head, name)
    # The English writes the head too ("Marconi Company"): the Vietnamese form is a name.
    assert head_and_name(f"{head} {name}", [f"{name} Company"]) is None


def test_joined_names() -> None:
    text = "Theo Crowley & Lowery (2000), nhiệt độ tăng. Ủy ban Nobel thuộc Viện Hàn lâm Thụy Điển."
    assert joined_parts("Crowley & Lowery", text) == ["Crowley", "Lowery"]
    assert joined_parts("Huang & Shen", "Pollack, Huang & Shen năm 1998") == ["Huang", "Shen"]
    assert joined_parts("Guiana thuộc Pháp", "Guiana thuộc Pháp") == ["Guiana", "Pháp"]  # (known: kept whole)
    assert joined_parts("Ủy ban Nobel thuộc Viện Hàn lâm Thụy Điển", text) == [
        "Ủy ban Nobel",
        "Viện Hàn lâm Thụy Điển",
    ]
    # A firm's name with "&" and no year after it is one name.
    assert joined_parts("Marks & Spencer", "Cửa hàng Marks & Spencer mở cửa.") is None
    assert joined_parts("Viện Tư pháp và Dân chủ Haiti", "Viện Tư pháp và Dân chủ Haiti cho biết.") is None


# 3. Units and common initials.


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["Mbit", "Gbit", "Ghz", "Hertz"]),
    st.integers(min_value=1, max_value=999),
    st.sampled_from(["{n}{u}/giây", "{n} {u}/s", "{n} {u}", "{n}{u}"]),
)
def test_a_unit_after_its_figure_is_no_name(unit: str, n: int, written: str) -> None:
    text = "tốc độ tối đa là " + written.format(n=n, u=unit)
    assert why_common(unit, [text], frozenset(), False) == "a unit after its figure"


def test_a_name_after_a_figure_once_stays_a_name() -> None:
    # "4 MLS Cup titles" once, "MLS" alone elsewhere: not a unit.
    texts = ["The Galaxy won 4 MLS Cup titles.", "MLS is a league."]
    assert why_common("MLS", texts, frozenset(), False) is None


def test_a_party_and_state_in_brackets_is_no_name() -> None:
    en = "Senator Jeff Flake's (R-Arizona) last-minute call."
    assert why_common("R-Arizona", [en, "Jeff Flake (Bang R-Arizona)"], frozenset(), False) is not None
    assert why_common("R-Arizona", ["The R-Arizona fund grew."], frozenset(), False) is None


def test_common_initials_and_known_names() -> None:
    assert why_common("DNA", ["chuỗi DNA bên trong"], frozenset(), False) is not None
    assert why_common("POD", ["personal online data stores, or POD"], frozenset(), False) is not None
    assert why_common("FBI", ["the FBI said"], frozenset(), False) is None
    assert why_common("DNA", ["chuỗi DNA"], frozenset(), True) is None  # known as a name: kept


def test_common_initials_in_a_draft_are_waived_with_why() -> None:
    en = (
        "Hershey and Chase showed that DNA is the genetic material.\n"
        "Later the FBI agreed with the DNA findings."
    )
    vi = "Hershey và Chase cho thấy DNA là vật liệu di truyền.\nSau đó FBI đồng ý với kết quả DNA."
    claims, waivers = draft(en, vi)
    forms = vi_forms(claims)
    assert "DNA" not in forms and "FBI" in forms
    assert {(w["lang"], w["text"]) for w in waivers if "common thing" in str(w["reason"])} == {
        ("en", "DNA"),
        ("vi", "DNA"),
    }


# 4. Headlines and quotations.


def test_title_case_lines_and_quotations() -> None:
    text = "Tình Hình Rất Xấu.\n“Vâng, chúng tôi đã đến”, ông nói. Ông Vâng đến."
    assert title_case("Tình Hình Rất Xấu.")
    assert not title_case("Tình hình rất xấu tại Indonesia.")
    assert says_nothing(text, [(0, 17)], "Tình Hình Rất Xấu")
    at = text.index("Vâng")
    assert says_nothing(text, [(at, at + 4)], "Vâng")
    # Written once more outside a quotation's opening: a name may be there.
    second = text.rindex("Vâng")
    assert not says_nothing(text, [(at, at + 4), (second, second + 4)], "Vâng")


def test_a_headline_run_paired_by_place_is_left_to_a_reader() -> None:
    en = "Death Toll Rises\nThe hotel was full."
    vi = "Số Người Thiệt Mạng Tăng\nKhách sạn đã kín chỗ."
    claims, waivers = draft(en, vi)
    assert "Số Người Thiệt Mạng Tăng" not in vi_forms(claims)
    assert any(
        w["text"] == "Số Người Thiệt Mạng Tăng" and str(w["reason"]).startswith("REVIEW") for w in waivers
    )


def test_a_known_name_in_a_headline_is_still_drafted() -> None:
    en = "Tsunami In Indonesia Kills Hundreds\nIndonesia mourns."
    vi = "Sóng Thần Ở Indonesia Giết Hàng Trăm Người\nIndonesia để tang."
    assert "Indonesia" in vi_forms(draft(en, vi)[0])
