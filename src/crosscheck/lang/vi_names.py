"""The grammar of Vietnamese names: where a capitalised stretch starts and ends.

Vietnamese capitalises the first syllable of each word of an institution's or an event's
name and writes the word's later syllables in lower case ("Tổ chức Công dân Toàn cầu",
"Sức mạnh Dinh dưỡng"), while a person's or a place's name capitalises every syllable
("Nguyễn Hồng Diên", "Quảng Tây"). A run of capitals is therefore not a name by itself:
`names.name_phrases` finds the stretches, and `tidy` corrects them by these plain rules.

- A name starts with a capital and not with a function word: "Đây", "Nhưng", "Tuy" at a
  sentence start are the sentence's, not the name's.
- A name does not end on a function word ("London vào").
- A name runs on in lower case after its head only when the head is a common noun that
  heads names ("Kế hoạch hành động", "Bản ghi nhớ về ..."): "Carter về chính sách" is
  Carter, and "Câu hỏi thường gặp" at a sentence start is no name at all.
- A name written in the institution style (a capitalised syllable followed by a lower-case
  one: "Sức mạnh") whose last capital follows such a word ends with that word's second
  syllable when the text has one: "Sức mạnh Dinh" is cut from "Sức mạnh Dinh dưỡng".
  Both syllables must have the shape of a Vietnamese syllable, so "Đại học Harvard công
  bố" stays "Đại học Harvard".

Measured against word segmentation by underthesea and pyvi on a hand-checked sample of
drafted names: see benchmarks/README.md ("Names drafted by propose").
"""

from __future__ import annotations

import re
from functools import cache

from crosscheck.names import NameIndex, Occurrence
from crosscheck.text import fold, word_key

# Words that open a sentence and are never the first word of a name (beyond the
# language's function words): adverbs of time and discourse words.
OPENERS = frozenset("đây đó nhưng tuy ngoài mặc dù nếu vì do bởi".split())

# Common nouns that head a name running on in lower case ("Kế hoạch hành động",
# "Danh mục nhiệm vụ trọng tâm"): documents, events, plans, places of work. From the
# Vietnamese government's rules on capitalising names of documents and organisations
# (Nghị định 30/2020/NĐ-CP, Phụ lục II) and the names in the development corpora.
HEADS = tuple(
    tuple(word_key(w) for w in head.split())
    for head in (
        "kế hoạch",
        "danh mục",
        "bản ghi nhớ",
        "trung tâm",
        "cửa khẩu",
        "chương trình",
        "dự án",
        "chiến lược",
        "hiệp định",
        "hiệp ước",
        "nghị quyết",
        "nghị định",
        "thông tư",
        "quyết định",
        "chỉ thị",
        "luật",
        "bộ luật",
        "hội nghị",
        "diễn đàn",
        "hội chợ",
        "triển lãm",
        "giải thưởng",
        "tuyên bố",
        "năm",
        "tuần lễ",
        "ngày",
        "lễ hội",
        "đề án",
        "báo cáo",
        "sách trắng",
        "công ước",
        "thỏa thuận",
        "khu",
        "quỹ",
    )
)

# One-syllable heads of institutions' names, written "Hội Thể thao", "Viện Tư pháp".
SHORT_HEADS = frozenset(
    word_key(w)
    for w in "hội bản bão viện bộ sở cục ban đảng quỹ tòa nhà trường hãng báo đài vụ phòng khoa".split()
)

_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)


@cache
def is_syllable(word: str) -> bool:
    """Whether a word has the shape of one Vietnamese syllable ("dưỡng" yes, "Harvard" no).

    >>> is_syllable("dưỡng"), is_syllable("Harvard"), is_syllable("London")
    (True, False, False)
    """
    plain = fold(word).casefold().replace("đ", "d")
    return bool(_SYLLABLE.fullmatch(plain))


@cache
def _function_words() -> frozenset[str]:
    from crosscheck.lang import vi

    return frozenset(word_key(w) for w in vi.FUNCTION_WORDS | vi.NAME_STOPS | OPENERS)


@cache
def _title_pairs() -> frozenset[tuple[str, ...]]:
    from crosscheck.lang import vi

    return frozenset(tuple(word_key(w) for w in t.split())[:2] for t in vi.PERSON_TITLES)


def _known_name(word: str) -> bool:
    """A name the project knows in its own right (Mỹ, Nga, Ba Lan)."""
    from crosscheck.lang import zh
    from crosscheck.translated_names import forms

    return bool(zh.alias_forms(word) or forms(word))


def _headed(keys: list[str]) -> bool:
    return any(tuple(keys[: len(head)]) == head for head in HEADS)


def tidy(index: NameIndex, phrase: Occurrence) -> Occurrence | None:
    """The name in a stretch `names.name_phrases` found, or None when it holds none."""
    tokens, text = index.tokens, index.doc.text
    stops = _function_words()
    first, last = phrase.first, phrase.last
    # A name starts with a capital that is not a function word ("Nhưng Lễ hội ...").
    while first < last and (not tokens[first].capital or tokens[first].key in stops):
        if (
            tokens[first].capital
            and first + 1 < last
            and _known_name(text[tokens[first].start : tokens[first + 1].end])
        ):
            break  # "Ba Lan" (Poland), "Ai Cập" (Egypt): a function word that starts a name
        first += 1
    while last > first and not tokens[last - 1].capital and tokens[last - 1].key in stops:
        last -= 1
    if first == last:
        return None
    # "Sức mạnh Dinh dưỡng" opening a sentence: its head word is no name word by itself.
    head = first - 2
    if (
        first == phrase.first
        and head >= 0
        and tokens[head].initial
        and tokens[head].capital
        and not tokens[head + 1].capital
        and tokens[head + 1].key not in stops
        and tokens[head].key not in stops
        and text[tokens[head].end : tokens[head + 1].start] == " "
        and text[tokens[head + 1].end : tokens[first].start] == " "
        and is_syllable(tokens[head].text)
        and is_syllable(tokens[head + 1].text)
        and (tokens[head].key, tokens[head + 1].key) not in _title_pairs()  # "Thủ tướng Phạm ..."
    ):
        first = head
    capitals = [i for i in range(first, last) if tokens[i].capital]
    keys = [t.key for t in tokens[first:last]]
    cut = capitals[-1] < last - 1 and not _headed(keys)
    if cut:  # "Carter về chính sách" is Carter
        last = capitals[-1] + 1
        token = tokens[first]
        if (
            last - first == 1
            and not token.initial
            and is_syllable(token.text)
            and not _known_name(token.text)
            and not tokens[last].capital
            and tokens[last].key not in stops
        ):
            last += 1  # "Quốc hội", "Chính phủ" inside a sentence: a name's first word whole
    # The institution style's last word whole: "Sức mạnh Dinh" + "dưỡng".
    nxt = last
    if (
        nxt < len(tokens)
        and last - first >= 2
        and tokens[last - 1].capital
        and not tokens[nxt].capital
        and tokens[nxt].key not in stops
        and text[tokens[last - 1].end : tokens[nxt].start] == " "
        and is_syllable(tokens[last - 1].text)
        and is_syllable(tokens[nxt].text)
        and (
            (
                not tokens[last - 2].capital
                and any(tokens[i].capital and not tokens[i + 1].capital for i in range(first, last - 2))
            )
            or (last - first == 2 and tokens[first].key in SHORT_HEADS)  # "Hội Thể" + "thao"
        )
    ):
        last = nxt + 1
    if last - first == 1:
        token = tokens[first]
        # "Câu hỏi thường gặp", "Diễn viên nam": the first syllable of a common word, its
        # lower-case run-on cut away, names nothing (a known name such as "Mỹ" stays).
        common = token.initial and last < len(tokens) and not tokens[last].capital  # "Bản tin ..."
        if (cut or common) and is_syllable(token.text) and not _known_name(token.text):
            return None
        if len(token.text) == 1:
            return None
    if (first, last) == (phrase.first, phrase.last):
        return phrase
    return index._occurrence(first, last)
