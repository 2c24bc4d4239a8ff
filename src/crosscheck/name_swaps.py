"""A Vietnamese name swapped for another: "Flash floods kill 4 in Nghe An" against "... ở
Hà Tĩnh". An English version writes a Vietnamese name with the same syllables, tone marks
left out, so two names of Vietnamese syllables that neither version shares, at the same
place and of as many syllables, are two different names where one was meant. Only names
of two syllables and more, each word a Vietnamese syllable in both versions: an English
name ("Red River", "North Sea") or a foreign one ("Xi Jinping") says nothing of its
translation's syllables; nor does one that reads as pinyin word by word ("Chen Gang" is
"Trần Cương", which `lang.zh` pairs by its Sino-Vietnamese reading where it can)."""

from __future__ import annotations

from functools import lru_cache

from crosscheck.lang.vi_names import is_syllable
from crosscheck.lang.zh import split_pinyin
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


def _said_in(name: str, text: str) -> bool:
    """Whether a text says a name in any case, marks and spaces aside ("Doi Moi" in "công
    cuộc đổi mới", "Việt Nam" in "Vietnam's")."""
    return _squeezed(name) in _squeezed(text)


@lru_cache(maxsize=256)
def _squeezed(text: str) -> str:
    # (a document's text is squeezed once, not once for every pair of its names)
    return "".join(fold(text).casefold().replace("đ", "d").split())


def swapped(en_name: str, vi_name: str, en_text: str, vi_text: str) -> bool:
    """Whether two lone names, at the same place, are one Vietnamese name swapped for
    another: both of Vietnamese syllables, as many of them, the English unmarked and no
    pinyin, and neither said in the other version in any other way (the costliest test,
    last)."""
    return (
        en_name.isascii()
        and len(en_name.split()) == len(vi_name.split())
        and vietnamese_name(en_name)
        and vietnamese_name(vi_name)
        and not _pinyin(en_name)
        and not _said_in(en_name, vi_text)
        and not _said_in(vi_name, en_text)
    )
