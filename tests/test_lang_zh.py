"""Chinese names: pinyin (English) against Hán-Việt (Vietnamese), aliases and CLDR names."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.lang.zh import alias_forms, hanzi_reads_as, is_hanviet_reading, split_pinyin

# Real names as English and Vietnamese news write them.
REAL_PAIRS = [
    ("Chen Gang", "Trần Cương"),
    ("Guangxi", "Quảng Tây"),
    ("Beijing", "Bắc Kinh"),
    ("Xi Jinping", "Tập Cận Bình"),
    ("Yunnan", "Vân Nam"),
    ("Mao Zedong", "Mao Trạch Đông"),
    ("Deng Xiaoping", "Đặng Tiểu Bình"),
    ("Li Keqiang", "Lý Khắc Cường"),
    ("Wang Yi", "Vương Nghị"),
    ("Hu Jintao", "Hồ Cẩm Đào"),
    ("Shanghai", "Thượng Hải"),
    ("Guangdong", "Quảng Đông"),
    ("Sichuan", "Tứ Xuyên"),
    ("Hainan", "Hải Nam"),
    ("Hubei", "Hồ Bắc"),
    ("Zhejiang", "Chiết Giang"),
    ("Nanning", "Nam Ninh"),
    ("Li Qiang", "Lý Cường"),
    ("Zhou Enlai", "Chu Ân Lai"),
    ("Jiang Zemin", "Giang Trạch Dân"),
    ("Wen Jiabao", "Ôn Gia Bảo"),
    ("Zhao Leji", "Triệu Lạc Tế"),
    ("Wang Huning", "Vương Hộ Ninh"),
    ("Cai Qi", "Thái Kỳ"),
    ("Ding Xuexiang", "Đinh Tiết Tường"),
    ("Wang Wenbin", "Uông Văn Bân"),
    ("Qin Gang", "Tần Cương"),
    ("Liu He", "Lưu Hạc"),
    ("Lu Xun", "Lỗ Tấn"),
    ("Guangzhou", "Quảng Châu"),
    ("Shenzhen", "Thâm Quyến"),
    ("Chongqing", "Trùng Khánh"),
    ("Xinjiang", "Tân Cương"),
    ("Kunming", "Côn Minh"),
    ("Wuhan", "Vũ Hán"),
    ("Tiananmen", "Thiên An Môn"),
    ("Zhongnanhai", "Trung Nam Hải"),
    ("Dongxing", "Đông Hưng"),
    ("Pingxiang", "Bằng Tường"),
    ("Fangchenggang", "Phòng Thành Cảng"),
    ("Heilongjiang", "Hắc Long Giang"),
    ("Xi'an", "Tây An"),
    ("Xian", "Tây An"),
    ("Xinhua", "Tân Hoa"),
]


@pytest.mark.parametrize(("pinyin", "vietnamese"), REAL_PAIRS)
def test_real_names_read_as_their_hanviet(pinyin: str, vietnamese: str) -> None:
    assert is_hanviet_reading(pinyin, vietnamese)


@pytest.mark.parametrize(
    ("pinyin", "vietnamese"),
    [
        ("Xi Jinping", "Tập Cận Bình"),
        ("XI JINPING", "TẬP CẬN BÌNH"),
        ("Xí Jìnpíng", "Tập Cận Bình"),  # tone-marked pinyin
        ("Xi Jin-ping", "Tập Cận Bình"),
        ("Li Keqiang", "Lí Khắc Cường"),  # i for y, the newer spelling
        ("Shuihu", "Thuỷ Hử"),  # old tone placement
        ("Shuihu", "Thủy Hử"),
        ("Hu Jintao", "Hồ\u00a0Cẩm Đào"),
    ],
)
def test_spelling_variants(pinyin: str, vietnamese: str) -> None:
    assert is_hanviet_reading(pinyin, vietnamese)
    assert is_hanviet_reading(pinyin, unicodedata.normalize("NFD", vietnamese))


# Wrong on purpose: one letter or tone off, swapped, truncated, extended or unrelated.
# A changed tone is only caught when no character read so in pinyin has that reading:
# "Thượng Hại" passes the syllable table (害 hai = hại), see test_hanzi_is_exact.
WRONG_PAIRS = [
    ("Chen Gang", "Trần Cường"),
    ("Chen Gang", "Cương Trần"),
    ("Xi Jinping", "Tập Cần Bình"),
    ("Xi Jinping", "Tập Bình"),
    ("Xi Jinping", "Tập Cận Bình Minh"),
    ("Xi Jinping", "Bình Cận Tập"),
    ("Guangxi", "Quảng Đông"),
    ("Guangdong", "Quảng Tây"),
    ("Beijing", "Nam Kinh"),
    ("Nanjing", "Bắc Kinh"),
    ("Yunnan", "Vân Năm"),
    ("Li Keqiang", "Lý Khắc Cương"),
    ("Hu Jintao", "Hồ Cẩm Đạo"),
    ("Hainan", "Hải Năm"),
    ("Hubei", "Hồ Bác"),
    ("Hubei", "Hồ Nam"),
    ("Hunan", "Hồ Bắc"),
    ("Nanning", "Nam Minh"),
    ("Sichuan", "Xuyên Tứ"),
    ("Zhou Enlai", "Chu Ăn Lai"),
    ("Li Qiang", "Lý Cương"),
    ("Xi Jinping", "Nguyễn Phú Trọng"),
    ("Chen Gang", "Lý Khắc Cường"),
    ("Hanoi", "Hà Nội"),  # not pinyin: an alias, not a reading
    ("Beijing", "Bắc"),
    ("Chen Gang", ""),
    ("", "Trần Cương"),
]


@pytest.mark.parametrize(("pinyin", "vietnamese"), WRONG_PAIRS)
def test_wrong_names_are_rejected(pinyin: str, vietnamese: str) -> None:
    assert not is_hanviet_reading(pinyin, vietnamese)


@pytest.mark.parametrize(
    ("word", "splits"),
    [
        ("Jinping", [("jin", "ping")]),
        ("Guangxi", [("guang", "xi")]),
        ("Xian", [("xian",), ("xi", "an")]),
        ("Xi'an", [("xi", "an")]),
        ("Xi’an", [("xi", "an")]),
        ("Jìnpíng", [("jin", "ping")]),
        ("Zhongnanhai", [("zhong", "nan", "hai")]),
        ("Lü", [("lü",)]),
        ("Renmin", [("ren", "min")]),  # no "r" + "en" split
        ("London", []),
        ("Hanoi", []),
        ("", []),
        ("Xi Jinping", []),  # one word at a time
    ],
)
def test_split_pinyin(word: str, splits: list[tuple[str, ...]]) -> None:
    assert split_pinyin(word) == splits


@pytest.mark.parametrize(
    ("hanzi", "pinyin", "vietnamese", "expected"),
    [
        ("陳剛", "Chen Gang", "Trần Cương", True),
        ("陈刚", "Chen Gang", "Trần Cương", True),
        ("陳剛", None, "Trần Cương", True),
        ("陈刚", "Chen Gang", None, True),
        ("陳剛", "Chen Gang", "Thần Cương", False),  # chen can be thần, 陳 cannot
        ("陳剛", None, "Thần Cương", False),
        ("陳剛", "Chen Gang", "Trần Cường", False),
        ("陳剛", "Cheng Gang", None, False),
        ("習近平", "Xi Jinping", "Tập Cận Bình", True),
        ("习近平", "Xi Jinping", "Tập Cận Bính", False),
        ("上海", "Shanghai", "Thượng Hải", True),
        ("上海", "Shanghai", "Thượng Hại", False),
        ("廣西", "Guangxi", "Quảng Tây", True),
        ("广西", "Guangxi", "Quảng Tây", True),
        ("北京", "Beijing", "Bắc Kinh", True),
        ("雲南", "Yunnan", "Vân Nam", True),
        ("云南", None, "Vân Nam", True),
        ("西安", "Xian", "Tây An", True),
        ("李克強", "Li Keqiang", "Lý Khắc Cường", True),
        ("李克强", "Li Keqiang", "Lí Khắc Cường", True),
        ("呂", "Lü", "Lữ", True),
        ("吕", "Lu", None, True),  # the diaeresis dropped in English
        ("陳剛", "Chen", None, False),  # too few syllables
        ("陳", "Chen Gang", None, False),
        ("陳剛", None, None, True),
        ("", "Chen Gang", "Trần Cương", False),
        ("陳x", "Chen Gang", None, False),
    ],
)
def test_hanzi_is_exact(hanzi: str, pinyin: str | None, vietnamese: str | None, expected: bool) -> None:
    assert hanzi_reads_as(hanzi, pinyin, vietnamese) is expected


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("Zhuang", "Choang"),
        ("Choang", "Zhuang"),
        ("Hong Kong", "Hồng Kông"),
        ("hồng kông", "Hong Kong"),
        ("Hồng Kông", "Hong Kong"),
        ("Macao", "Ma Cao"),
        ("Macau", "Ma Cao"),
        ("Pyongyang", "Bình Nhưỡng"),
        ("China", "Trung Quốc"),  # CLDR
        ("Trung Quốc", "China"),
        ("Myanmar", "Myanmar"),  # CLDR "Myanmar (Burma)", short form
        ("United States", "Hoa Kỳ"),
        ("United States", "Mỹ"),
        ("Ho Chi Minh City", "TP.HCM"),
        ("Seoul", "Xơ-un"),
        ("South China Sea", "Biển Đông"),
    ],
)
def test_alias_forms(name: str, form: str) -> None:
    assert form in alias_forms(name)


def test_alias_forms_ignore_form_and_spacing() -> None:
    assert alias_forms(unicodedata.normalize("NFD", "Hồng  Kông")) == alias_forms("Hồng Kông")
    assert alias_forms("Xi Jinping") == frozenset()
    assert alias_forms("") == frozenset()


@given(st.text(max_size=80))
def test_split_pinyin_never_raises(text: str) -> None:
    for split in split_pinyin(text):
        assert split and all(split)


@given(st.text(max_size=60), st.text(max_size=60), st.text(max_size=6))
def test_matching_never_raises(pinyin: str, vietnamese: str, hanzi: str) -> None:
    assert isinstance(is_hanviet_reading(pinyin, vietnamese), bool)
    assert isinstance(hanzi_reads_as(hanzi, pinyin, vietnamese), bool)
    assert isinstance(alias_forms(vietnamese), frozenset)


@given(st.lists(st.sampled_from(["an", "xi", "a", "n", "g", "'", "e", "r"]), max_size=40))
def test_split_pinyin_is_bounded_on_ambiguous_letters(parts: list[str]) -> None:
    for split in split_pinyin("".join(parts)):
        assert "".join(split).replace("'", "") == "".join(parts).replace("'", "")
