"""The grammar of names: which capitalised stretches `compare` and `propose` call names."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.align import name_runs
from crosscheck.lang.vi_names import is_syllable
from crosscheck.propose import propose
from crosscheck.text import Document


def names(text: str, lang: str = "vi") -> list[str]:
    return [occurrences[0].text for occurrences in name_runs(Document.from_text(text, lang), []).values()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The cases: sentence-initial function words, names cut, trailing words.
        ("Đây là lần đầu tiên.", []),
        ("Nhưng Lễ hội Công dân Toàn cầu năm nay diễn ra tại London vào tháng 9.",
         ["Lễ hội Công dân Toàn cầu", "London"]),
        ("Sức mạnh Dinh dưỡng là một tổ chức.", ["Sức mạnh Dinh dưỡng"]),
        ("Họ hợp tác với Tổ chức Công dân Toàn cầu hôm qua.", ["Tổ chức Công dân Toàn cầu"]),
        ("Câu hỏi thường gặp được cập nhật.", []),
        ("Carter về chính sách ngoại giao của Liên Xô.", ["Liên Xô"]),
        # Joined names split, titles and classifiers left out, the first word whole.
        ("Tỷ phú người Mỹ Larry Ellison gặp Bác sĩ Tony Moll.", ["Mỹ", "Larry Ellison", "Tony Moll"]),
        ("Chris Smith hỏi Quốc hội về Tờ Washington Examiner.",
         ["Chris Smith", "Quốc hội", "Washington Examiner"]),
        ("Luật được Quốc hội thông qua.", ["Quốc hội"]),
        ("Ba Lan và Ai Cập đã ký.", ["Ba Lan", "Ai Cập"]),
        ("Hội Thể thao đã họp ở châu Phi.", ["Hội Thể thao", "châu Phi"]),
        ("Mũi Cabo da Roca ở Bồ Đào Nha.", ["Mũi Cabo da Roca", "Bồ Đào Nha"]),
        ("Ông đến Đại học Harvard công bố kết quả.", ["Đại học Harvard"]),
        # Names headed by a common noun run on in lower case (the seeds' claims).
        ("Hai bên thông qua Kế hoạch hành động giai đoạn tới.", ["Kế hoạch hành động"]),
        # A title cut before its lower-case syllables names nobody.
        ("Ông là Tổng Giám đốc của Denver.", ["Denver"]),
        # Vietnamese words completing a title in front of a foreign person's name are left
        # out; a known name at their end is split off instead.
        ("Bộ trưởng Tư pháp Rod Rosenstein nói.", ["Rod Rosenstein"]),
        ("Đại úy Daniel Woodriff nói.", ["Daniel Woodriff"]),
        ("Bộ trưởng Năng lượng Mỹ Rick Perry nói.", ["Mỹ", "Rick Perry"]),
        ("Ông nói với Kênh Fox News rằng.", ["Kênh Fox News"]),  # no title: an institution
        ("Tổng thống Indonesia Joko Widodo đến Palu.", ["Indonesia", "Joko Widodo", "Palu"]),
        # After a title, a known name then a person's name: two names, the known one longest.
        ("Tổng thống Đài Loan Mã Anh Cửu phát biểu.", ["Đài Loan", "Mã Anh Cửu"]),
        ("Chủ tịch Trung Quốc Tập Cận Bình phát biểu.", ["Trung Quốc", "Tập Cận Bình"]),
        # Two names of two words or more either side of a slash; "AC/DC" stays one.
        ("Xa lộ (Đường cao tốc Yosemite/Đường cao tốc Eisenhower) đi vào Fresno của AC/DC.",
         ["Đường cao tốc Yosemite", "Đường cao tốc Eisenhower", "Fresno", "AC/DC"]),
        # A sentence's first word that the text writes in lower case elsewhere is common.
        ("Việc Trump rút khỏi là việc lớn.", ["Trump"]),
        ("Hiện Mỹ có nhiều. Nó hiện có.", ["Mỹ"]),
        ("Hồ Constance lớn. Nước hồ trong. Họ đến Hồ Constance.", ["Hồ Constance"]),
        ("Cảnh Sát Madhya Pradesh đã đến. Cảnh sát nói.", ["Cảnh Sát Madhya Pradesh"]),
        ("Người Ả Rập đến. Có ba người.", ["Ả Rập"]),
        # A person's initials belong to the name; letters joined by full stops stay whole.
        ("Bài của Michael E. Mann và Malcolm K. Hughes (MBH99).",
         ["Michael E. Mann", "Malcolm K. Hughes", "MBH99"]),
        ("Giám đốc Bloomberg L.P. Daniel Doctoroff nói.", ["Bloomberg L.P", "Daniel Doctoroff"]),
        ("Ông gặp Paul. Ông Trump nói thế.", ["Paul", "Trump"]),  # a name, not an initial, before "."
    ],
)  # fmt: skip
def test_vietnamese_names_follow_the_grammar_of_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The National Hurricane Center said so.", ["National Hurricane Center"]),
        ("But Chen Gang came. It rained.", ["Chen Gang"]),
        ("They met in The Hague yesterday.", ["The Hague"]),
        ("As NSA director he spoke.", ["NSA"]),
        (
            "He met Professor Jay Berzofsky and Major General James Abercrombie.",
            ["Jay Berzofsky", "James Abercrombie"],
        ),
        ("They crowned King George today.", ["King George"]),
        (
            "Malcolm K. Hughes and John F. Kennedy met. It was World War I. The end.",
            ["Malcolm K. Hughes", "John F. Kennedy", "World War I"],
        ),
    ],
)
def test_english_names_leave_out_what_a_sentence_start_lent_them(text: str, expected: list[str]) -> None:
    assert names(text, "en") == expected


@pytest.mark.parametrize(
    ("word", "shaped"),
    [
        ("dưỡng", True),
        ("Quốc", True),
        ("nghiêng", True),
        ("Harvard", False),
        ("London", False),
        ("Oyapock", False),
    ],
)
def test_vietnamese_syllable_shape(word: str, shaped: bool) -> None:
    assert is_syllable(word) is shaped


INSTITUTIONS = ["Tổ chức Công dân Toàn cầu", "Sức mạnh Dinh dưỡng", "Lễ hội Công dân Toàn cầu",
                "Tổ chức Y tế Thế giới", "Cố vấn An ninh Quốc gia"]  # fmt: skip
OPENERS = ["", "Nhưng ", "Đây là ", "Theo ", "Tuy nhiên, ", "Hôm qua, "]
AFTER = [" đã họp.", " vào tháng 9.", " cho biết như vậy.", ", theo tin mới.", " sẽ đến London."]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(INSTITUTIONS), st.sampled_from(OPENERS), st.sampled_from(AFTER))
def test_an_institution_is_one_whole_name_wherever_a_sentence_puts_it(
    name: str, before: str, after: str
) -> None:
    found = names(before + name + after)
    assert name in found
    assert not any(n != name and (n in name or name in n) for n in found)


def drafted_names(en: str, vi: str) -> list[list[str]]:
    """The Vietnamese forms of every name claim `propose` drafts for two texts."""
    text = propose(
        Document.from_text(en, "en"), Document.from_text(vi, "vi"), None, Path("claims/draft.toml")
    )
    return [c["vi"] for c in tomllib.loads(text)["claim"] if "vi" in c]


def test_a_draft_claims_the_longer_name_not_each_piece_of_it() -> None:
    found = drafted_names(
        "The hall was designed by Walter Netsch of the Chicago firm Skidmore, Owings & Merrill.",
        "Tòa nhà được thiết kế bởi Walter Netsch của công ty Skidmore, Owings & Merrill ở Chicago.",
    )
    assert ["Walter Netsch"] in found
    assert ["Walter"] not in found and ["Netsch"] not in found


def test_a_piece_one_letter_from_a_claimed_name_stays_claimed() -> None:
    # Without its own claim, "York" inside "New York Hall" would read as a near miss of Mork.
    mork = drafted_names(
        "Fans of Mork met at the New York Hall of Fame.", "Người hâm mộ Mork gặp nhau tại New York Hall."
    )
    zorro = drafted_names(
        "Fans of Zorro met at the New York Hall of Fame.", "Người hâm mộ Zorro gặp nhau tại New York Hall."
    )
    assert ["York"] in mork and ["New York Hall"] in mork
    assert ["York"] not in zorro and ["New York Hall"] in zorro
