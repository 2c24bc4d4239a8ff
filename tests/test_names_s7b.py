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


def waivers_and_forms(en: str, vi: str) -> tuple[dict[str, str], set[str]]:
    text = propose(
        Document.from_text(en, "en"), Document.from_text(vi, "vi"), None, Path("claims/draft.toml")
    )
    data = tomllib.loads(text)
    waived = {f"{w['lang']}:{w['text']}": str(w["reason"]) for w in data.get("waiver", [])}
    names = {str(f) for c in data.get("claim", []) for f in c.get("en", []) + c.get("vi", [])}
    return waived, names


# A clock time as each language writes it before a time zone.
CLOCKS = [("09:30", "09:30 giờ"), ("0930", "0930"), ("4:00 p.m.", "4 giờ chiều"), ("10:15", "10:15")]


@settings(max_examples=16, deadline=None)
@given(st.sampled_from(CLOCKS), st.sampled_from(["BST", "GMT", "MDT", "EDT"]))
def test_a_time_zone_after_a_clock_time_is_waived_as_a_code_not_drafted_as_a_name(
    clock: tuple[str, str], zone: str
) -> None:
    en = f"Police were called to the prison at about {clock[0]} {zone} on Sunday."
    vi = f"Cảnh sát được gọi đến nhà tù vào khoảng {clock[1]} {zone} sáng Chủ nhật."
    waived, names = waivers_and_forms(en, vi)
    assert zone not in names
    # Waived as a code wherever it is a run of capitals (a time reader may hold it already).
    reasons = [why for key, why in waived.items() if key.endswith(f":{zone}")]
    assert reasons and all(why.startswith("a time zone after a clock time") for why in reasons)


def test_a_code_also_written_without_a_clock_is_still_a_name() -> None:
    # "BST" the broadcaster, once after a time and once alone: not every mention is a zone's.
    en = "The BST network said the fire started at 09:30 BST on Sunday."
    vi = "Mạng BST cho biết vụ cháy bắt đầu lúc 09:30 giờ BST sáng Chủ nhật."
    waived, names = waivers_and_forms(en, vi)
    assert "BST" in names and "vi:BST" not in waived


def test_a_currency_code_in_brackets_after_its_name_is_a_code() -> None:
    en = "The currency is the Falkland pound (FKP), worth one British pound (GBP)."
    vi = "Tiền tệ là đồng bảng Falkland (FKP), có giá trị bằng đồng bảng Anh (GBP)."
    waived, names = waivers_and_forms(en, vi)
    assert {"FKP", "GBP"}.isdisjoint(names)
    assert waived["vi:GBP"].startswith("a currency's code")


def test_an_acronym_in_brackets_that_is_no_currency_code_is_still_a_name() -> None:
    # "(WWF)" after its name is an organisation: CLDR lists no such currency.
    en = "The World Wide Fund for Nature (WWF) said the forest was shrinking."
    vi = "Quỹ Quốc tế Bảo vệ Thiên nhiên (WWF) cho biết rừng đang bị thu hẹp."
    waived, names = waivers_and_forms(en, vi)
    assert "WWF" in names and "vi:WWF" not in waived


def test_a_statistic_after_its_figure_is_a_code() -> None:
    en = "The Washington right-hander is 18-7 with a 2.53 ERA and 300 strikeouts."
    vi = "Tay ném của Washington có thành tích 18-7 với 2.53 ERA và 300 cú strikeout."
    waived, names = waivers_and_forms(en, vi)
    assert "ERA" not in names and waived["vi:ERA"].startswith("a code after its figure")


# Places Vietnamese names with a head in front of a country: the country alone is a piece.
LONGER = [
    ("North America", "Bắc Mỹ", "America", "Mỹ"),
    ("the European Union", "Liên minh Châu Âu", "Europe", "Châu Âu"),
    ("the Roman Catholic Church", "Giáo hội Công giáo La Mã", "Rome", "La Mã"),
]


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(LONGER), st.booleans())
def test_a_translated_name_only_ever_inside_longer_names_is_no_claim_of_its_own(
    names: tuple[str, str, str, str], alone: bool
) -> None:
    en_long, vi_long, en_short, vi_short = names
    en = f"The firm opened offices across {en_long} last year.\nSales in {en_long} rose."
    vi = f"Công ty đã mở văn phòng khắp {vi_long} vào năm ngoái.\nDoanh số tại {vi_long} tăng."
    if alone:  # the short name also said by itself: still a name of its own
        en, vi = en + f"\nIt also went to {en_short}.", vi + f"\nCông ty cũng đến {vi_short}."
    forms = vi_forms(draft(en, vi))
    assert vi_long in forms
    assert (vi_short in forms) == alone


@settings(max_examples=6, deadline=None)
@given(
    st.sampled_from(
        [
            ("revolutions per minute", "RPM", "vòng mỗi phút"),
            ("lunar extravehicular activity", "EVA", "hoạt động ngoài khoang trên Mặt Trăng"),
            ("infrared spectroscopy", "FTIR", "quang phổ hồng ngoại"),
        ]
    )
)
def test_initials_the_english_spells_out_in_lower_case_are_a_common_nouns(
    terms: tuple[str, str, str],
) -> None:
    words, code, vi_words = terms
    en = f"The engine was measured in {words} ({code}). The {code} figures were published."
    vi = f"Động cơ được đo bằng {vi_words} ({code}). Các số liệu {code} đã được công bố."
    waived, names = waivers_and_forms(en, vi)
    assert code not in names and waived[f"vi:{code}"].startswith("the initials of a common noun")


def test_initials_a_capitalised_name_spells_out_are_still_a_name() -> None:
    en = "The National Hurricane Center (NHC) said the storm was weakening. The NHC will update."
    vi = "Trung tâm Bão Quốc gia (NHC) cho biết cơn bão đang suy yếu. NHC sẽ cập nhật."
    waived, names = waivers_and_forms(en, vi)
    assert "NHC" in names and "vi:NHC" not in waived
