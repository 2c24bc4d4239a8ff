"""A Vietnamese name swapped for another ("kill 4 in Nghe An" against "... ở Hà Tĩnh"):
an English version writes a Vietnamese name with its syllables, so two lone Vietnamese
names at one place are two names where one was meant. English and foreign names say
nothing of their translation's syllables and are never paired so."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from crosscheck.name_swaps import swapped
from crosscheck.text import fold
from pair_rows import flags


def _flags_one_name_when(en: str, vi: str, differ: bool) -> None:
    """The pair flags one name row where the two names differ, and nothing where they agree."""
    assert [r["kind"] for r in flags(en, vi)] == (["name"] if differ else [])


PROVINCES = ["Nghệ An", "Hà Tĩnh", "Quảng Bình", "Lâm Đồng", "Đắk Lắk", "Gia Lai", "Thanh Hóa", "Bắc Ninh"]


@given(st.sampled_from(PROVINCES), st.sampled_from(PROVINCES))
def test_a_province_swapped_for_another_flags(english: str, vietnamese: str) -> None:
    en = f"Flash floods killed 4 people in {fold(english)} on Sunday night."
    vi = f"Lũ quét làm 4 người chết ở {vietnamese} tối Chủ nhật."
    _flags_one_name_when(en, vi, english != vietnamese)


def test_english_and_foreign_names_are_not_swaps() -> None:
    def alone(en: str, vi: str) -> bool:
        return swapped(en, vi, en, vi)

    assert not alone("North Sea", "Biển Bắc")
    assert not alone("Red River", "Sông Hồng")
    assert not alone("Xi Jinping", "Tập Cận Bình")
    assert not alone("Hanoi", "Hà Nội")  # (one word: paired by spelling, never swapped)
    assert not alone("Chen Gang", "Trần Cương")  # (pinyin: paired by its reading)
    assert alone("Tan Thanh", "Hữu Nghị")
    # a name the other version says in lower case, or as one word, is no swap
    assert not swapped("Doi Moi", "Việt Nam", "Vietnam's Doi Moi reforms", "công cuộc đổi mới ở Việt Nam")
    assert flags("Fishing is banned in the North Sea.", "Đánh bắt cá bị cấm ở Biển Bắc.") == []


HEADS = ["Tỉnh", "tỉnh", "Bộ đội Biên phòng tỉnh", "Công an tỉnh"]


@given(st.sampled_from(PROVINCES), st.sampled_from(PROVINCES), st.sampled_from(HEADS), st.booleans())
def test_a_province_named_after_the_word_for_its_kind(
    english: str, vietnamese: str, head: str, marked: bool
) -> None:
    # "Ha Tinh province" against "Tỉnh Nghệ An ...": the word "Tỉnh" shares a syllable with
    # "Ha Tinh", and a run ("Bộ đội Biên phòng tỉnh Sơn La") may hold the place; the
    # English may keep its tone marks ("Điện Biên province")
    written = english if marked else fold(english)
    en = f"Authorities in {written} province plan to evacuate about 86,000 people."
    opening = head if head[0].isupper() else f"Ở {head}"
    vi = f"{opening} {vietnamese} dự kiến sơ tán khoảng 86.000 người."
    _flags_one_name_when(en, vi, fold(english) != fold(vietnamese))


def test_a_name_sharing_a_syllable_with_its_translation_is_no_swap() -> None:
    # "Long Bay" is "Vịnh Long" (vịnh: bay), and "northern Việt Nam" may be "Bắc Bộ"
    assert flags("Ha Long Bay draws visitors.", "Vịnh Hạ Long thu hút du khách.") == []
    assert not swapped("Việt Nam", "Bắc Bộ", "Heavy rain hit northern Việt Nam.", "Mưa lớn ở Bắc Bộ.")


FAMILIES = ["Nguyễn Văn", "Trần Quốc", "Lê Thị", "Phạm Minh", "Tôn Nữ Thị"]
GIVEN = ["Quyết", "Toàn", "Hùng", "Dũng", "Lan", "Hương"]
ROLES = [("", "Bị cáo "), ("Midfielder ", "Tiền vệ "), ("Mr ", "Ông ")]


@given(
    st.sampled_from(FAMILIES),
    st.sampled_from(GIVEN),
    st.sampled_from(GIVEN),
    st.sampled_from(ROLES),
    st.booleans(),
)
def test_a_person_with_another_given_name_flags(
    family: str, english: str, vietnamese: str, role: tuple[str, str], marked: bool
) -> None:
    # "Nguyen Van Quyet" against "Nguyễn Văn Toàn": the family and middle names pair as a
    # part of a longer name, so the given name, written last, is looked at first
    person = f"{family} {english}"
    en = f"{role[0]}{person if marked else fold(person)}, 58, scored in the 34th minute."
    vi = f"{role[1]}{family} {vietnamese} (58 tuổi) ghi bàn ở phút 34."
    _flags_one_name_when(en, vi, english != vietnamese)


def test_a_given_name_is_no_swap_where_the_other_version_says_it() -> None:
    # two people of one family, both named in each version: each pairs with its own
    en = "Nguyen Van Quyet and his brother Nguyen Van Toan both scored."
    vi = "Nguyễn Văn Toàn và anh trai Nguyễn Văn Quyết đều ghi bàn."
    assert flags(en, vi) == []
    # two syllables say nothing of a given name: "Hà Nội" and "Hà Nam" are two places
    assert not swapped("Ha Noi", "Hà Nam", "Ha Noi", "Hà Nam", early=True)


KINDS = {"Province": "tỉnh", "City": "thành phố", "District": "huyện"}


@given(st.sampled_from(PROVINCES), st.sampled_from(PROVINCES), st.sampled_from(sorted(KINDS)), st.booleans())
def test_a_place_whose_english_names_its_kind_after_it(
    english: str, vietnamese: str, kind: str, marked: bool
) -> None:
    # "In Lạng Sơn Province, ..." against "tại xã Đình Lập, tỉnh Cao Bằng": the English
    # writes the kind after the place, capitalised as a part of its name
    written = english if marked else fold(english)
    en = f"In {written} {kind}, a landslide buried a house early on Tuesday."
    vi = f"Rạng sáng thứ Ba, tại {KINDS[kind]} {vietnamese}, sạt lở đất vùi lấp một ngôi nhà."
    _flags_one_name_when(en, vi, fold(english) != fold(vietnamese))


COUNTRIES = {
    "El Salvador": "El Salvador",
    "Honduras": "Honduras",
    "Germany": "Đức",
    "Japan": "Nhật Bản",
    "Brazil": "Brazil",
}


@given(st.sampled_from(sorted(COUNTRIES)), st.sampled_from(sorted(COUNTRIES)))
def test_a_country_swapped_for_another_in_a_list_flags(english: str, meant: str) -> None:
    # "Kenya, Jamaica, Guatemala and El Salvador" against "... và Honduras": two countries
    # CLDR names, neither named in the other version
    en = f"Officers came from Kenya, Jamaica and {english}."
    vi = f"Các sĩ quan đến từ Kenya, Jamaica và {COUNTRIES[meant]}."
    _flags_one_name_when(en, vi, english != meant)


def test_a_country_named_elsewhere_or_a_grouping_is_no_swap() -> None:
    # the other version names the country elsewhere: a reordered list, not a swap
    en = "Officers came from Japan and Germany. Germany sent the most."
    vi = "Các sĩ quan đến từ Nhật Bản và Đức. Nhật Bản cử nhiều nhất."
    assert [r for r in flags(en, vi) if r["kind"] == "name"] == []
    # a grouping is no country: "European Union" against "Đức" says nothing of a swap
    assert not swapped("European Union", "Đức", "The European Union agreed.", "Đức đồng ý.")
