"""A Vietnamese name swapped for another: "Flash floods kill 4 in Nghe An" against "... ở
Hà Tĩnh". An English version writes a Vietnamese name with the same syllables, tone marks
left out, so two names of Vietnamese syllables that neither version shares, at the same
place and of as many syllables, are two different names where one was meant. Only names
of two syllables and more, each word a Vietnamese syllable in both versions: an English
name ("Red River", "North Sea") or a foreign one ("Xi Jinping") says nothing of its
translation's syllables; nor does one that reads as pinyin word by word ("Chen Gang" is
"Trần Cương", which `lang.zh` pairs by its Sino-Vietnamese reading where it can). The
English may keep the tone marks ("Điện Biên province"), and the Vietnamese may name the
place's kind in front ("Tỉnh Nghệ An", "Biên phòng tỉnh Sơn La"). A person's name may
differ in its last syllable only, the given name ("Nguyen Van Quyet" against "Nguyễn Văn
Toàn"): shared syllables would pair its family and middle names as a part of it."""

from __future__ import annotations

from functools import cache, lru_cache

from crosscheck.lang import get as get_language
from crosscheck.lang.vi_names import is_syllable
from crosscheck.lang.zh import split_pinyin
from crosscheck.names import name_key
from crosscheck.text import fold

SWAPPED = "another Vietnamese name at the same place: the two versions name different people or places"


def _syllable(word: str) -> bool:
    """A Vietnamese syllable, or one of the Central Highlands' ending in k ("Đắk Lắk")."""
    return is_syllable(word) or (len(word) > 2 and word[-1] in "kK" and is_syllable(word[:-1]))


def vietnamese_name(name: str) -> bool:
    """Whether a name is two or more words, each a Vietnamese syllable."""
    words = name.split()
    return len(words) >= 2 and all(w.isalpha() and _syllable(w) for w in words)


def _pinyin(name: str) -> bool:
    """Whether each word of a name reads as one syllable of pinyin ("Chen Gang")."""
    return all(any(len(split) == 1 for split in split_pinyin(w)) for w in name.split())


def _places_after_heads(vi_name: str) -> list[str]:
    """The capitalised words after a word for a kind of place in a Vietnamese run ("Tỉnh
    Nghệ An" is the province of Nghệ An, "Bộ đội Biên phòng tỉnh Sơn La" the border guards
    of Sơn La), as the English writes the place apart ("Ha Tinh province")."""
    words = vi_name.split()
    found = []
    for head in get_language("vi").place_heads:
        size = len(head.split())
        for i in range(len(words) - size):
            if " ".join(words[i : i + size]).casefold() != head:
                continue
            name = []
            for w in words[i + size :]:
                if not w[:1].isupper():
                    break
                name.append(w)
            if len(name) >= 2:
                found.append(" ".join(name))
    return found


def _without_head(en_name: str) -> str:
    """An English place without the word for its kind written after it, capitalised as
    part of the name ("Lạng Sơn Province", "Đình Lập Commune")."""
    words = en_name.split()
    if len(words) > 2 and words[-1].casefold() in get_language("en").place_heads:
        return " ".join(words[:-1])
    return en_name


def _said_in(name: str, text: str) -> bool:
    """Whether a text says a name in any case, marks and spaces aside ("Doi Moi" in "công
    cuộc đổi mới", "Việt Nam" in "Vietnam's")."""
    return _squeezed(name) in _squeezed(text)


@lru_cache(maxsize=256)
def _squeezed(text: str) -> str:
    # (a document's text is squeezed once, not once for every pair of its names)
    return "".join(fold(text).casefold().replace("đ", "d").split())


def swapped(
    en_name: str, vi_name: str, en_text: str, vi_text: str, early: bool = False, before: str = ""
) -> bool:
    """Whether two lone names, at the same place, are one Vietnamese name swapped for
    another: both of Vietnamese syllables, as many of them, no pinyin, and neither said in
    the other version in any case, marks or spacing (the costliest test, last).

    `early`, before names are paired by their parts, takes only a place the Vietnamese
    names after a word for its kind, in the run or just before it, since a shared syllable
    would pair them there ("Ha Tinh" and the "Tỉnh" of "Tỉnh Nghệ An", "Điện Biên" and
    the "Biên" of "Biên phòng tỉnh Sơn La"; but "Long Bay" and "Vịnh Long" are one bay),
    the English name marked or not. Otherwise the English is unmarked ("northern Việt Nam"
    may be "Bắc Bộ") and the Vietnamese run whole; `before` is the text before the run."""
    if early and _given_name_changed(en_name, vi_name, en_text, vi_text):
        return True
    if not early and _countries_swapped(en_name, vi_name, en_text, vi_text):
        return True
    if early:  # "Lạng Sơn Province": the English may name the kind after the place
        en_name = _without_head(en_name)
    if not vietnamese_name(en_name) or _pinyin(en_name):
        return False  # (the cheapest tests first: most English names are no Vietnamese one)
    if early:  # (the words just before the run may be the place's kind: "ở tỉnh Hà Tĩnh")
        last = before.split()[-2:]
        places = _places_after_heads(" ".join([*last, vi_name]))
    else:
        places = [vi_name] if en_name.isascii() else []
    return any(_swapped(en_name, place, en_text, vi_text) for place in places)


def _given_name_changed(en_name: str, vi_name: str, en_text: str, vi_text: str) -> bool:
    """Whether two runs end in a Vietnamese person's family and middle names with another
    given name, the last syllable, which Vietnamese writes last ("Tran Quoc Hung" and "Trần
    Quốc Dũng", "Midfielder Nguyen Van Quyet" and "Tiền vệ Nguyễn Văn Toàn"); neither
    name said in the other version. Three syllables: "Hà Nội" and "Hà Nam" are two places
    sharing one."""
    en_words, vi_words = en_name.split()[-3:], vi_name.split()[-3:]
    if len(en_words) < 3 or len(vi_words) < 3:
        return False
    en_keys, vi_keys = [_squeezed(w) for w in en_words], [_squeezed(w) for w in vi_words]
    if en_keys[:-1] != vi_keys[:-1] or en_keys[-1] == vi_keys[-1]:
        return False  # (the cheap tests first: most pairs of runs share no two syllables)
    en_person, vi_person = " ".join(en_words), " ".join(vi_words)
    return (
        vietnamese_name(en_person)
        and vietnamese_name(vi_person)
        and not _said_in(en_person, vi_text)
        and not _said_in(vi_person, en_text)
    )


@cache
def _countries() -> dict[str, dict[str, str]]:
    """CLDR's country names by language and name key: territories CLDR gives a population
    of speakers for, so no grouping ("European Union", "Europe", "World")."""
    from babel import Locale
    from babel.core import get_global

    populated = get_global("territory_languages")
    return {
        lang: {name_key(name): code for code, name in Locale(lang).territories.items() if code in populated}
        for lang in ("en", "vi")
    }


def _countries_swapped(en_name: str, vi_name: str, en_text: str, vi_text: str) -> bool:
    """Whether two lone names are two countries, each by its CLDR name ("El Salvador" and
    "Honduras" in one list), and neither version names the other's country by CLDR's name
    or any translation the project knows (`translated_names`)."""
    countries = _countries()
    en_code, vi_code = countries["en"].get(name_key(en_name)), countries["vi"].get(name_key(vi_name))
    if en_code is None or vi_code is None or en_code == vi_code:
        return False  # (the cheap tests first: most names are no country)
    from babel import Locale

    from crosscheck.translated_names import forms

    en_names = {Locale("en").territories[vi_code], vi_name, *forms(vi_name)}
    vi_names = {Locale("vi").territories[en_code], en_name, *forms(en_name)}
    return not any(_said_in(n, en_text) for n in en_names) and not any(_said_in(n, vi_text) for n in vi_names)


def _swapped(en_name: str, vi_name: str, en_text: str, vi_text: str) -> bool:
    return (
        len(en_name.split()) == len(vi_name.split())
        and vietnamese_name(vi_name)
        and not _said_in(en_name, vi_text)
        and not _said_in(vi_name, en_text)
    )
