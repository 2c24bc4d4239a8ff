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

from crosscheck.names import ARABIC_ARTICLES, FOREIGN_PARTICLES, NameIndex, Occurrence, Titles, Token
from crosscheck.text import fold, word_key

# Words that open a sentence and are never the first word of a name (beyond the
# language's function words): adverbs of time and discourse words.
OPENERS = frozenset("đây đó nhưng tuy ngoài mặc dù nếu vì do bởi rồi".split())

# Verbs of direction that follow a name and are never a syllable of one (unlike "bằng" of
# "Đồng bằng"): "Hiệp ước vào năm 1997", "Pháp sang Ý", "tới Bờ Tây".
DIRECTED = frozenset("vào ra sang tới lên xuống gồm".split())

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

_HEAD_SET = frozenset(HEADS)  # looked up for every name: a set, not a scan of the tuple

# The four directions, a name only with the head of a region ("phương Tây", "miền Bắc").
DIRECTIONS = frozenset(word_key(w) for w in "đông tây nam bắc".split())

# Lower-case heads of regions' names: "châu Âu", "phương Tây", "miền Bắc".
REGION_HEADS = frozenset(word_key(w) for w in "châu phương miền phía vùng".split())

# Titles and classifiers in front of a name, beyond the language's person titles.
TITLES = (
    "bác sĩ", "tiến sĩ", "giáo sư", "luật sư", "thẩm phán", "thanh tra", "tỉnh trưởng",
    "thị trưởng", "phó lãnh sự", "lãnh sự", "nghị sĩ", "nghị sỹ", "thượng nghị sĩ",
    "hạ nghị sĩ", "dân biểu", "ngoại trưởng", "thiếu tướng", "trung tướng", "đại tướng",
    "tướng", "đại tá", "vị vua", "vua", "nữ hoàng", "hoàng tử", "công chúa",
    "huấn luyện viên", "cầu thủ", "ca sĩ", "diễn viên", "đạo diễn", "nhà văn", "nhà báo",
    "nhà kinh tế học", "đại diện", "điều hành", "thống đốc bang", "thống đốc", "lãnh đạo",
    "đại úy", "thượng úy", "trung úy", "thiếu tá", "trung tá", "thượng tá",
    "tờ", "chiếc", "vị", "ông", "bà", "cô", "anh", "chị", "ngài", "tân",
    # Rulers and their courts, and offices the press names before a person: "Hoàng đế
    # Vũ Tông", "Toàn quyền Canada David Lloyd Johnston"; alone they name nobody.
    "hoàng đế", "đức vua", "hoàng hậu", "thái tử", "toàn quyền", "nữ dân biểu",
    "nữ nghị sĩ", "giám thị", "giám mục", "đảng viên", "nhà phát minh", "nhà sáng lập",
    # English honorifics the Vietnamese keeps as written ("Sir Edwin Henry Landseer",
    # "Pharaoh Khufu"), and "TT.", the Vietnamese press's abbreviation of Tổng thống.
    "sir", "mr", "mrs", "pharaoh", "tt",
    # Roles the press puts before a name, capitalised at a sentence's start: "Đội trưởng
    # Đội tuyển Châu Âu Thomas Bjorn", "Thành viên Quốc hội Ấn Độ Jayant Sinha", "Cựu ...".
    "cựu", "đội trưởng", "thành viên", "thư ký báo chí", "thư ký", "giáo sĩ", "mục sư",
    "linh mục", "nhà thơ", "nhà sử học", "kiến trúc sư", "học giả",
)  # fmt: skip

_DIRECTED_KEYS = frozenset(word_key(w) for w in DIRECTED)
_SIDE = word_key("phía")

# Words that stand only before a person's name (pronouns used as titles): "ông Kim".
_PERSONAL = frozenset(word_key(w) for w in "ông bà anh chị cô cậu ngài người".split())

# Lower-case particles inside foreign names: "Cabo da Roca", "Carl von Linde".
PARTICLES = FOREIGN_PARTICLES

# English words inside English names and titles of works that the Vietnamese text keeps
# in English, between two English words: "Curse of the Daleks", "Fog on the Tyne".
ENGLISH_JOINERS = frozenset("of the a an to on for and in upon".split())

# One-syllable heads of institutions' names, written "Hội Thể thao", "Viện Tư pháp".
SHORT_HEADS = frozenset(
    word_key(w)
    for w in """hội bản bão viện bộ sở cục ban đảng quỹ tòa nhà trường hãng báo đài vụ phòng
        khoa khối đạo""".split()
)

# Heads of institutions' names of two syllables ("Cơ quan", "Ủy ban"): with SHORT_HEADS,
# the names that may join two fields with "và" ("Bộ Tài nguyên và Môi trường").
LONG_HEADS = frozenset(
    tuple(word_key(w) for w in head.split())
    for head in """cơ quan,ủy ban,hội đồng,học viện,đại học,tổ chức,hiệp hội,liên đoàn,trung tâm,
        lực lượng,văn phòng,thư viện,bảo tàng,tòa án,ngân hàng,tập đoàn,công ty,chính quyền,
        chính phủ""".split(",")
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

    return frozenset(word_key(w) for w in vi.FUNCTION_WORDS | vi.NAME_STOPS | OPENERS | DIRECTED)


@cache
def _titles() -> Titles:
    from crosscheck.lang import vi

    return Titles((*vi.PERSON_TITLES, *TITLES))


@cache
def _title_pairs() -> frozenset[tuple[str, ...]]:
    from crosscheck.lang import vi

    return frozenset(tuple(word_key(w) for w in t.split())[:2] for t in vi.PERSON_TITLES)


def _known_name(word: str) -> bool:
    """A name the project knows in its own right (Mỹ, Nga, Ba Lan)."""
    from crosscheck.lang import zh
    from crosscheck.translated_names import forms

    return bool(zh.alias_forms(word) or forms(word))


@cache
def _english_word(name: str) -> bool:
    """Whether a known name is an English word whose Vietnamese is another ("World", known
    as "Thế giới"; "Internet" as "Mạng"): written as it is in a Vietnamese text, it is a
    word of an English name kept whole ("World Wide Web"), not a place before a person's
    name, as "Indonesia" (so written in Vietnamese too) is before "Joko Widodo"."""
    from crosscheck.lang import zh
    from crosscheck.translated_names import forms

    known = forms(name) | zh.alias_forms(name)
    return (
        not all(is_syllable(w) for w in name.split())
        and bool(known)
        and all(all(is_syllable(w) for w in form.split()) for form in known)
    )


def _headed(keys: list[str]) -> bool:
    return any(tuple(keys[: len(head)]) == head for head in HEADS)


def tidy(index: NameIndex, phrase: Occurrence) -> list[Occurrence]:
    """The names in a stretch `names.name_phrases` found (none, one, or two joined ones)."""
    tokens, text = index.tokens, index.doc.text
    stops = _function_words()
    first, last = phrase.first, phrase.last
    # A name starts with a capital that is not a function word ("Nhưng Lễ hội ..."), nor a
    # person's title or a classifier ("Bác sĩ Tony Moll", "Tờ Washington Examiner").
    while first < last:
        if tokens[first].capital and tokens[first].key not in stops:
            skip = _title_at(tokens, first, last)
            if not skip or _known_from(text, tokens, first, first + skip + 1, last):
                break  # "Tân Hoa Xã" (Xinhua) is a known name, not "tân" (new) + a name
            first += skip
            continue
        if (
            tokens[first].capital
            and first + 1 < last
            and _known_name(text[tokens[first].start : tokens[first + 1].end])
        ):
            break  # "Ba Lan" (Poland), "Ai Cập" (Egypt): a function word that starts a name
        first += 1
    while last > first and not tokens[last - 1].capital and tokens[last - 1].key in stops:
        last -= 1
    if first < last:
        first = _common_opener(index, _before_foreigner(index, first, last), last)
    if first == last:
        return []
    # "Sức mạnh Dinh dưỡng" opening a sentence: its head word is no name word by itself.
    head = first - 2
    if (
        first == phrase.first
        and head >= 0
        and is_syllable(tokens[first].text)  # "Sức mạnh Dinh", not "Đạo diễn Paul"
        and tokens[head].initial
        and tokens[head].capital
        and not tokens[head + 1].capital
        and tokens[head + 1].key not in stops
        and tokens[head].key not in stops
        and _spaced(text, tokens[head], tokens[head + 1])
        and _spaced(text, tokens[head + 1], tokens[first])
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
            and _inside_sentence(text, tokens, first)
            and is_syllable(token.text)
            and not _known_name(token.text)
            and not tokens[last].capital
            and tokens[last].key not in stops
            # After "ông", "bà" or "người" the word is a person's or a people's name,
            # whole by itself ("ông Kim quan tâm", "người Hoa làm việc"), unless the two
            # words are a name the project knows ("người Hồi giáo").
            and (tokens[first - 1].key not in _PERSONAL or _known_name(text[token.start : tokens[last].end]))
        ):
            last += 1  # "được Quốc hội thông qua": a name's first word whole
    # The institution style's last word whole: "Sức mạnh Dinh" + "dưỡng".
    nxt = last
    if (
        nxt < len(tokens)
        and last - first >= 2
        and tokens[last - 1].capital
        and not tokens[nxt].capital
        and (tokens[nxt].key not in stops or _closes_word(index, last - 1))
        and _spaced(text, tokens[last - 1], tokens[nxt])
        and is_syllable(tokens[last - 1].text)
        and is_syllable(tokens[nxt].text)
        and (
            (
                not tokens[last - 2].capital
                and any(tokens[i].capital and not tokens[i + 1].capital for i in range(first, last - 2))
            )
            or tokens[last - 2].key in SHORT_HEADS  # "Hội Thể" + "thao", "... Đảng Cộng" + "hòa"
            or _word_of_one_syllable(index, first, last)  # "Thời kỳ Ấm Trung" + "cổ"
            # The text writes the two syllables together elsewhere, in lower case: one word
            # ("Hồng Vệ" + "binh" beside "vệ binh", "Văn phòng Tàu" + "không gian").
            # (Not when the next syllable also opens a word of its own there: "phía Đông
            # Nam thủ đô" beside "nam thủ đô" is Đông Nam, then "thủ đô".)
            or (
                len(index.by_key.get(tokens[nxt].key, ())) > 1  # (asked first: usually once)
                and _pair_elsewhere(index, last - 1, lower=True)
                and not _pair_elsewhere(index, nxt, lower=True)
            )
        )
        and not _known_name(text[tokens[first].start : tokens[last - 1].end])  # "Tây Ban Nha" is whole
        and not _word_after(index, nxt)  # "Tứ giác Chính bao gồm": "bao" starts "bao gồm"
    ):
        last = nxt + 1
    # "châu Phi", "phương Tây", "miền Nam": a region's name starts with its lower-case head
    # when the word is a direction or the two are a known name; before another name the
    # head is a common noun ("vùng Medina cũ", "phía Mỹ") and "phía Tây" is "the west side".
    if last - first == 1:
        first = _region_start(index, first)
    out = []
    for a, b in _split(tokens, first, last, text, index):
        if (
            b - a == 1
            and a
            and tokens[a - 1].key in REGION_HEADS
            and (b == len(tokens) or not tokens[b].capital)
        ):
            # "châu Âu" of "châu Âu bao gồm Bỉ", split from "Bỉ" (but "miền Bắc Marianas",
            # a direction in front of another name, is no region of its own)
            a = _region_start(index, a)
        while (skip := _title_at(tokens, a, b)) and not _known_from(
            text, tokens, a, a + skip + 1, b
        ):  # "... gặp Bác sĩ Tony Moll"
            a += skip
        if _is_name(index, a, b, cut):
            out.append(phrase if (a, b) == (phrase.first, phrase.last) else index._occurrence(a, b))
    return out


def _word_of_one_syllable(index: NameIndex, first: int, last: int) -> bool:
    """Whether an institution-style name ends with a capitalised word of one syllable and
    then the first syllable of another ("Thời kỳ Ấm Trung" of "Thời kỳ Ấm Trung cổ",
    "Bầu trời Xanh Vĩnh" of "... Vĩnh cửu"): a head capitalised on its first syllable
    only, then one-syllable words; the two capitals at the end are no known name ("Nhật
    Bản", "Hoa Kỳ") and neither is the last ("Mỹ")."""
    tokens, text = index.tokens, index.doc.text
    return (
        last - first >= 4
        and tokens[last - 2].capital
        and not tokens[last - 3].capital
        and is_syllable(tokens[last - 2].text)
        and any(tokens[i].capital and not tokens[i + 1].capital for i in range(first, last - 3))
        and not _known_name(text[tokens[last - 2].start : tokens[last - 1].end])
        and not _known_name(tokens[last - 1].text)
    )


def _region_start(index: NameIndex, first: int) -> int:
    """Where a one-word name starts: at the lower-case head of a region before it when the
    word is a direction or the two are a known name ("châu Âu", "miền Nam")."""
    tokens, text = index.tokens, index.doc.text
    if (
        first > 0
        and tokens[first - 1].key in REGION_HEADS
        and tokens[first - 1].key != _SIDE
        and _spaced(text, tokens[first - 1], tokens[first])
        and (
            tokens[first].key in DIRECTIONS or _known_name(text[tokens[first - 1].start : tokens[first].end])
        )
    ):
        return first - 1
    return first


def _known_from(text: str, tokens: list[Token], first: int, shortest: int, last: int) -> bool:
    """Whether a known name starts at word `first` and ends at or after `shortest`."""
    return any(_known_name(text[tokens[first].start : tokens[k - 1].end]) for k in range(shortest, last + 1))


def _spaced(text: str, left: Token, right: Token) -> bool:
    return text[left.end : right.start] == " "


def _inside_sentence(text: str, tokens: list[Token], i: int) -> bool:
    """A word after a lower-case word of its sentence (not after a quote, dash or colon)."""
    return (
        i > 0
        and not tokens[i].initial
        and not tokens[i - 1].capital
        and _spaced(text, tokens[i - 1], tokens[i])
    )


def _opens(text: str, tokens: list[Token], i: int) -> bool:
    """A word that opens a sentence, a quotation, a line or a clause after a colon or a
    dash: capitalised for that alone ("“Ngay lúc này ...")."""
    if tokens[i].initial or i == 0:
        return True
    gap = text[tokens[i - 1].end : tokens[i].start]
    return any(mark in gap for mark in "“\"'‘«:—–-\n(")


def _title_at(tokens: list[Token], i: int, end: int) -> int:
    """How many words of a person's title or a classifier start at i, followed by more."""
    if i >= end:
        return 0
    for title in _titles().by_first.get(tokens[i].key, ()):
        n = len(title)
        if i + n < end and tuple(t.key for t in tokens[i : i + n]) == title and tokens[i + n].capital:
            return n
    return 0


def _before_foreigner(index: NameIndex, first: int, last: int) -> int:
    """Where a name starts that the text puts after a person's title and Vietnamese words
    completing it: "Bộ trưởng Tư pháp Rod Rosenstein" is Rod Rosenstein, "Bộ trưởng Năng
    lượng Mỹ Rick Perry" is Mỹ and Rick Perry (a known name at the end stays, `_split`
    parts it from the person). The words count as the title's when a title stands before
    them and a foreign person's name (two capitalised words of no Vietnamese syllable's
    shape) follows them, inside the stretch or right after it: the gate, which sees the
    stretch without the person it already claims, reads it the way `compare` does.
    Without the title, the words are an institution's ("Kênh Fox News", "Cảnh sát
    Madhya Pradesh") and stay.
    """
    tokens, text = index.tokens, index.doc.text
    if not _title_before(tokens, first):
        return first
    k = first
    while k < last and is_syllable(tokens[k].text):
        k += 1
    end = k
    while (
        end < len(tokens)
        and (end < last or _spaced(text, tokens[end - 1], tokens[end]))
        and tokens[end].capital
        and not is_syllable(tokens[end].text)
    ):
        end += 1
    if (
        k == first
        or end - k < 2
        or (end < len(tokens) and tokens[end].capital and _spaced(text, tokens[end - 1], tokens[end]))
    ):
        return first
    for j in range(first, k):  # "Năng lượng Mỹ": the known name at the end stays
        if tokens[j].capital and _known_name(text[tokens[j].start : tokens[k - 1].end]):
            return j
    return k


def _title_before(tokens: list[Token], first: int) -> bool:
    """Whether a person's title ends right before word `first` ("Bộ trưởng" + ...)."""
    if first < 1:
        return False
    return any(
        first >= len(title) and tuple(t.key for t in tokens[first - len(title) : first]) == title
        for title in _titles().by_last.get(tokens[first - 1].key, ())
    )


def _common_opener(index: NameIndex, first: int, last: int) -> int:
    """Where a name starts after a sentence's first word that the same text writes in
    lower case elsewhere and never capitalised inside a sentence: a common word
    capitalised by its place ("Việc Trump", "Hiện Mỹ", "Cựu" alone), unless it heads an
    institution's name ("Bộ", "Sở"), starts a word of two syllables ("Đại học ...", whose
    next syllable is lower case, "Cảnh Sát ..." whose next syllable is no known name) or
    starts a known name."""
    tokens, text = index.tokens, index.doc.text
    word = tokens[first]
    if (
        not word.initial
        or word.key in SHORT_HEADS
        or (first + 1 < last and not tokens[first + 1].capital)
        or (
            first + 1 < last
            and is_syllable(tokens[first + 1].text)
            and not any(  # "Người Ả Rập", "Người Bồ Đào Nha": a known name follows
                _known_name(text[tokens[first + 1].start : tokens[j - 1].end])
                for j in range(first + 2, min(last, first + 4) + 1)
            )
        )
        or _known_name(word.text)
        or (first + 1 < last and _known_name(text[word.start : tokens[first + 1].end]))
    ):
        return first
    # Lower case somewhere, and never capitalised inside a sentence ("Hồ Constance" written
    # so mid-sentence too keeps its "Hồ" at a sentence start).
    seen = [tokens[j] for j in index.by_key.get(word.key, ())]
    lower = any(not t.capital for t in seen) and not any(t.capital and not t.initial for t in seen)
    return first + 1 if lower else first


def _cut_title(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the stretch is the start of a title whose lower-case syllables follow it."""
    for title in _titles().by_first.get(tokens[first].key, ()):
        end = first + len(title)
        if last < end <= len(tokens) and tuple(t.key for t in tokens[first:end]) == title:
            return not any(t.capital for t in tokens[last:end])
    return False


def _foreign_person(tokens: list[Token], i: int, last: int) -> bool:
    """Two or more capitalised words none of which has a Vietnamese syllable's shape
    ("Joko Widodo"): a foreign person's given name and family name."""
    return last - i >= 2 and all(t.capital and not is_syllable(t.text) for t in tokens[i:last])


def _split(
    tokens: list[Token], first: int, last: int, text: str = "", index: NameIndex | None = None
) -> list[tuple[int, int]]:
    """Two names the text joined: "Chris Smith hỏi Quốc hội" (a lower-case word after a
    foreign name), "Mỹ Larry Ellison", "Đảng Cộng hòa John Kennedy" (a Vietnamese name,
    then a foreign person's), "Tổng thống Đài Loan Mã Anh Cửu" (after a person's title, a
    known name then a name of capitalised words), "Đường cao tốc Yosemite/Đường cao tốc
    Eisenhower" (two names of two words or more on either side of a slash), "Pháp sang Ý"
    (a verb of direction between two capitals), "Pháp giành quyền kiểm soát Algeria" (a
    known name, then two lower-case words or more)."""
    parts, start = [], first
    i = first + 1
    while i < last:
        left, right = tokens[i - 1], tokens[i]
        if "/" in text[left.end : right.start] and i - start >= 2 and last - i >= 2:
            parts.append((start, i))
            start, i = i, i + 1
            continue
        if (
            right.capital
            and last - i >= 2
            and all(t.capital for t in tokens[i:last])
            and _title_before(tokens, start)
            and _known_name(" ".join(t.text for t in tokens[start:i]))
            and not _known_name(" ".join(t.text for t in tokens[start : i + 1]))  # "Trung" of "Trung Quốc"
            and not _english_word(" ".join(t.text for t in tokens[start:i]))  # "nhà phát minh World Wide Web"
        ):
            parts.append((start, i))  # "Tổng thống Đài Loan" + "Mã Anh Cửu"
            start = i
            i += 1
            continue
        if not right.capital and right.key in _DIRECTED_KEYS and i + 1 < last and tokens[i + 1].capital:
            parts.append((start, i))  # "Pháp sang Ý": two names
            start, i = i + 1, i + 2
            continue
        if (
            index is not None
            and not right.capital
            and left.capital
            and (j := _predicate_end(tokens, i, last))
            and _known_name(text[tokens[start].start : left.end])
            and _stands_alone(index, start, i)
        ):
            parts.append((start, i))  # "Pháp giành quyền kiểm soát Algeria": a clause
            start, i = j, j + 1
            continue
        if (
            not right.capital
            and left.capital
            and not is_syllable(left.text)
            and right.key not in PARTICLES
            and not (
                right.key in ARABIC_ARTICLES and index is not None and index.article(i)
            )  # "Daru l-Badya"
            and not _english_words(tokens, i, last)
        ):
            j = i
            while j < last and not tokens[j].capital:
                j += 1
            parts.append((start, i))
            start, i = j, j + 1
            continue
        if (
            right.capital
            and not is_syllable(right.text)
            and (is_syllable(left.text) or _foreign_person(tokens, i, last))  # "Indonesia Joko Widodo"
            and _known_name(" ".join(t.text for t in tokens[start:i]))  # "Mỹ", "Đảng Cộng hòa"
            and not _english_word(" ".join(t.text for t in tokens[start:i]))  # "World Wide Web"
        ):
            parts.append((start, i))
            start = i
        i += 1
    if start < last:
        parts.append((start, last))
    return parts


def _predicate_end(tokens: list[Token], i: int, last: int) -> int:
    """Where two or more lower-case words from i end before a capital inside the stretch
    (0 when they do not): after a known name they are a clause's verb and object, not the
    run of an institution's head ("Kế hoạch hành động", whose head is no known name)."""
    j = i
    while j < last and not tokens[j].capital:
        j += 1
    return j if j - i >= 2 and j < last else 0


def _english_words(tokens: list[Token], i: int, last: int) -> bool:
    """Whether lower-case English words that join a name ("of", "the", "to") run from i
    to a capitalised word of no Vietnamese syllable's shape: an English title or name
    the Vietnamese keeps as written ("Seven Keys to Doomsday", "Save the Children",
    "Mesue the Younger"), one name."""
    j = i
    while j < last and tokens[j].key in ENGLISH_JOINERS:
        j += 1
    return i < j < last and tokens[j].capital and not is_syllable(tokens[j].text)


def _pair_elsewhere(index: NameIndex, i: int, lower: bool) -> bool:
    """Whether words i and i + 1 stand elsewhere in the text together, the second in lower
    case, and the first too when `lower`."""
    tokens, text = index.tokens, index.doc.text
    key = tokens[i + 1].key
    return any(
        j != i
        and j + 1 < len(tokens)
        and tokens[j + 1].key == key
        and not (lower and tokens[j].capital)
        and not tokens[j + 1].capital
        and _spaced(text, tokens[j], tokens[j + 1])
        for j in index.by_key.get(tokens[i].key, ())
    )


def _closes_word(index: NameIndex, i: int) -> bool:
    """Whether a function word after name word i closes it as a word the text writes
    elsewhere too ("Thống nhất" of "Giáo hội Giám lý Thống nhất", beside another "Thống
    nhất"); never a word that stops names ("và", "là")."""
    tokens, text = index.tokens, index.doc.text
    return (
        tokens[i + 1].key not in _name_stops()
        and not _known_name(tokens[i].text)  # "Pháp năm 1685": a known name is whole
        and not (i > 0 and _known_name(text[tokens[i - 1].start : tokens[i].end]))  # "châu Âu về"
        and _pair_elsewhere(index, i, lower=False)
    )


@cache
def _name_stops() -> frozenset[str]:
    from crosscheck.lang import vi

    return frozenset(word_key(w) for w in vi.NAME_STOPS | OPENERS | DIRECTED)


def _word_after(index: NameIndex, nxt: int) -> bool:
    """Whether the lower-case syllable after a name starts a word with the syllable after
    it rather than ending the name's last word: the text writes the pair after it in lower
    case elsewhere ("bao gồm") and never the pair it would close ("Chính bao"; "Công lý"
    of another "Tòa án Công lý" keeps "lý")."""
    tokens = index.tokens
    if (
        nxt + 1 >= len(tokens)
        or tokens[nxt + 1].capital
        or not _spaced(index.doc.text, tokens[nxt], tokens[nxt + 1])
    ):
        return False
    return _pair_elsewhere(index, nxt, lower=True) and not _pair_elsewhere(index, nxt - 1, lower=False)


def _stands_alone(index: NameIndex, first: int, last: int) -> bool:
    """Whether the text writes these words elsewhere as a whole name, followed by a stop
    word or punctuation ("Pháp." beside "Pháp giành ..."), not only as the start of a
    longer word ("Trung" of "Trung tâm", "Trung Quốc")."""
    tokens, text = index.tokens, index.doc.text
    keys = [t.key for t in tokens[first:last]]
    n, stops = len(keys), _function_words()
    for j in index.by_key.get(keys[0], ()):
        end = j + n
        if j == first or [t.key for t in tokens[j:end]] != keys:
            continue
        if end == len(tokens) or not _spaced(text, tokens[end - 1], tokens[end]) or tokens[end].key in stops:
            return True
    return False


def _institution_head(tokens: list[Token], i: int) -> bool:
    return tokens[i].key in SHORT_HEADS or (
        i + 1 < len(tokens) and (tokens[i].key, tokens[i + 1].key) in LONG_HEADS
    )


def fields_joined(index: NameIndex, start: int, j: int) -> bool:
    """Whether "và" at word j joins two fields of one institution's name, as Vietnamese
    writes "Bộ Tài nguyên và Môi trường", "Cơ quan Bảo tồn Công viên và Di sản", "Viện Tư
    pháp và Dân chủ Haiti" (Nghị định 30/2020/NĐ-CP, Phụ lục II): the name before it starts
    with an institution's head and has a field after the head, and the words after it are a
    field written the same way (a capitalised Vietnamese syllable, then a lower-case one),
    not a second institution ("Nghị viện Châu Âu và Hội đồng ...", "Đại học X và Đại học Y"),
    a place or a person ("Bộ Ngoại giao và Mỹ", "... và Trung Quốc": every syllable capitalised)."""
    tokens, text = index.tokens, index.doc.text
    k = j + 1
    return (
        k + 1 < len(tokens)
        and j - start >= 2
        and (
            _institution_head(tokens, start)
            # A head of two syllables opening the sentence is left out of the stretch
            # found ("Ủy ban" + "Kinh tế ..."): `tidy` puts it back.
            or (start >= 2 and tokens[start - 2].initial and _institution_head(tokens, start - 2))
        )
        and tokens[k].capital
        and not tokens[k + 1].capital
        and _spaced(text, tokens[j - 1], tokens[j])
        and _spaced(text, tokens[j], tokens[k])
        and _spaced(text, tokens[k], tokens[k + 1])
        and is_syllable(tokens[k].text)
        and is_syllable(tokens[k + 1].text)
        and tokens[k + 1].key not in _function_words()
        and not _institution_head(tokens, k)
        # A name the project knows is whole before "và": "Bộ Công Thương và Chính quyền
        # Quảng Tây" are two.
        and not _known_name(text[tokens[start].start : tokens[j - 1].end])
        and not _title_word(tokens, start)  # "Nhà sáng lập và Giám đốc ...": two titles
        and not _title_word(tokens, k)
    )


def _title_word(tokens: list[Token], i: int) -> bool:
    """Whether a person's title starts at word i ("Nhà sáng lập", "Giám đốc")."""
    return any(
        tuple(t.key for t in tokens[i : i + len(title)]) == title
        for title in _titles().by_first.get(tokens[i].key, ())
    )


def _is_name(index: NameIndex, first: int, last: int, cut: bool) -> bool:
    tokens = index.tokens
    if last <= first or (not tokens[first].capital and tokens[first].key not in REGION_HEADS):
        return False
    keys = tuple(t.key for t in tokens[first:last])
    if keys in _titles().all:  # "Tổng thống" alone names nobody
        return False
    if keys in _HEAD_SET or (len(keys) == 1 and keys[0] in SHORT_HEADS):
        return False  # "Hiệp ước này", "Viện" alone: the head of a name without the name
    if _cut_title(tokens, first, last):  # "Tổng Giám" of "Tổng Giám đốc"
        return False
    if last - first > 1:
        return not (_head_alone(index, first, last) or _written_lower(index, first, last))
    token = tokens[first]
    if token.key in DIRECTIONS:  # "Tây" without its "phương", "Đông" without its "miền"
        return False
    # "Câu hỏi thường gặp", "Đạo diễn", "Bản tin ...": the first syllable of a word whose
    # next syllable is lower case names nothing (a known name such as "Mỹ" stays).
    nxt = tokens[last] if last < len(tokens) else None
    common = nxt is not None and not nxt.capital and _spaced(index.doc.text, token, nxt)
    # "Hình 3.20", "Loại 2", "Kênh 5", "Tập 1": a common noun naming a thing by its number
    # (figure, category, channel, volume), the head of a designation, not a name alone.
    # (Worked out only when needed: names are read on compare's hot path.)
    text = index.doc.text
    if (
        (
            cut
            or common
            or (text[token.end : token.end + 1] == " " and text[token.end + 1 : token.end + 2].isdigit())
        )
        and is_syllable(token.text)
        and not _known_name(token.text)
        # The personal word must stand right before the word, in its sentence: "mọi người.
        # Công ty ..." ends one sentence with "người" and opens the next with a common noun.
        and not (
            first > 0
            and tokens[first - 1].key in _PERSONAL
            and not token.initial
            and _spaced(text, tokens[first - 1], token)
        )
    ):
        return False  # ... but "ông Kim quan tâm", "người Hoa làm việc" name Kim and the Hoa
    return len(token.text) > 1


def _head_alone(index: NameIndex, first: int, last: int) -> bool:
    """Whether the stretch is one Vietnamese word of two syllables capitalised on its first
    only ("Liên minh", "Hội đồng", "Tình trạng", "Sân vận" of "sân vận động"): the head of
    an institution's name without the part that names it, or a common noun capitalised;
    a person's or a place's name capitalises every syllable. Known names stay ("Quốc hội",
    "Công giáo")."""
    tokens = index.tokens
    return (
        last - first == 2
        and tokens[first].capital
        and not tokens[first + 1].capital
        and not tokens[first].text.isupper()  # "IP", "DEC": an abbreviation, then a verb
        and _spaced(index.doc.text, tokens[first], tokens[first + 1])  # "Băng-la" is a name
        and is_syllable(tokens[first].text)
        and is_syllable(tokens[first + 1].text)
        and not _known_name(index.doc.text[tokens[first].start : tokens[first + 1].end])
    )


def _written_lower(index: NameIndex, first: int, last: int) -> bool:
    """Whether the text writes these Vietnamese words elsewhere wholly in lower case: a
    common noun capitalised by its place or for emphasis ("Triều đình", "Hiệp ước này",
    "Nhà Tù" beside "nhà tù"), or the start of a longer word ("Người tiêu" of "người tiêu
    dùng"). A name the project knows ("Chính phủ" for a government) stays, and so does a
    name with a word of no Vietnamese syllable's shape ("Bang Iowa")."""
    tokens, text = index.tokens, index.doc.text
    positions = index.by_key.get(tokens[first].key, ())
    if len(positions) < 2 or not all(is_syllable(t.text) for t in tokens[first:last]):
        return False  # (a word the text writes once is written nowhere else: asked first)
    keys = [t.key for t in tokens[first:last]]
    n = len(keys)
    for j in positions:
        if (
            j != first
            and j + n <= len(tokens)
            and not any(t.capital for t in tokens[j : j + n])
            and [t.key for t in tokens[j : j + n]] == keys
            and all(_spaced(text, tokens[k], tokens[k + 1]) for k in range(j, j + n - 1))
        ):
            return not _known_name(text[tokens[first].start : tokens[last - 1].end])
    return False
