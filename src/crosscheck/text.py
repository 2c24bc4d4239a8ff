"""Text as it really arrives, made comparable.

Seeds come from Word, PDFs, web pages and content systems: byte-order marks, CRLF, NFD,
old tone placement (hoà, thuỷ), HTML's character references (&nbsp;, &quot;), no-break
spaces and runs of spaces between words, zero-width joiners and soft hyphens. `clean`
removes what carries no meaning while keeping every line where it was, so a mention's
line number is the line an editor sees.
`word_key` and `fold` are the two ways words are compared: exactly (tone placement and
case aside) and without diacritics.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from crosscheck.regex_starts import skipping

# No-break and narrow spaces: kept (as U+00A0) because a Vietnamese number may group
# its digits with them, but treated as plain whitespace everywhere else.
NBSP = "\u00a0"
_SPACES = {"\u202f": NBSP, "\u2007": NBSP, "\u2009": NBSP, "\u3000": " "}
# Removed with a regular expression, not str.translate: translating a 10 MB text of
# Vietnamese looks up every character in a table (about a second), the search skips them.
_INVISIBLE = skipping("[\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
_CONTROL = skipping(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Web pages and content systems space words with runs of spaces, tabs and &nbsp;. A
# reader's phrase ("gấp đôi", "VND 4.5 trillion", "early on Sunday") is one plain space
# between words, so a run becomes one space. A no-break space between two digits stays:
# it groups them ("1 250 000").
# A content system's export may keep HTML's character references ("&nbsp;", "&quot;",
# "&#39;"): each is read as the character it stands for, so "10&nbsp;km" is ten
# kilometres and "&#39;" no count of 39 (a reference to a line break or a control
# character is a space: no line moves).
_REFERENCE = skipping(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _character(reference: re.Match[str]) -> str:
    import html  # (only for a text that holds an ampersand)

    character = html.unescape(reference.group())
    if character == NBSP or character == reference.group():
        return character
    return character if character.isprintable() else " "


_WORD_NBSP = skipping(r"(?<!\d)\u00a0|\u00a0(?!\d)")

# The five Vietnamese tone marks as combining characters. Circumflex, breve and horn
# are not tones: they make other letters (â, ă, ơ) and stay in place.
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def clean(raw: str) -> str:
    """Normalise a whole document without moving any line.

    >>> clean("\\ufeffHo\\u0300a\\r\\nB\\u00ad")
    'Hòa\\nB'
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text:
        text = _REFERENCE.sub(_character, text)
    text = _INVISIBLE.sub("", text)
    for odd, plain in _SPACES.items():
        text = text.replace(odd, plain)
    text = _CONTROL.sub(" ", text)
    if NBSP in text:  # (each test first: most texts have none, and a search costs more)
        text = _WORD_NBSP.sub(" ", text)
    text = text.replace("\t", " ")
    while "  " in text:  # (str.replace runs in C; a regex entered at every space costs 5x)
        text = text.replace("  ", " ")
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=1 << 16)  # news repeats its words: each is keyed once
def word_key(word: str) -> str:
    """The comparison key of a word: case, Unicode form and tone placement removed.

    A syllable carries one tone; where the mark sits (hoà or hòa, Uỷ or Ủy) is a
    spelling convention, so the key strips it and appends it at the end.

    >>> word_key("Hoà") == word_key("hòa") and word_key("Uỷ") == word_key("Ủy")
    True
    >>> word_key("Cương") == word_key("Cường")
    False
    """
    decomposed = unicodedata.normalize("NFD", word.replace(NBSP, " ").casefold())
    tones = [ch for ch in decomposed if ch in TONE_MARKS]
    base = "".join(ch for ch in decomposed if ch not in TONE_MARKS)
    return unicodedata.normalize("NFC", base) + "".join(tones)


# An open syllable ending in "oa", "oe" or "uy" may carry its tone on either vowel: "hòa"
# and "hoà", "khỏe" and "khoẻ", "thủy" and "thuỷ" (not "quý": there the u belongs to "qu").
_TONE = "\u0300\u0301\u0303\u0309\u0323"
_OPEN_PAIR = re.compile(rf"(?<![qQ])([oO]([{_TONE}]?)[aAeE]|[uU]([{_TONE}]?)[yY])([{_TONE}]?)(?![^\W\d_])")


def other_placement(phrase: str) -> str:
    """The phrase with the tone of each open "oa", "oe" or "uy" syllable moved to the other
    vowel; the phrase itself where no syllable has that choice.

    >>> other_placement("franc Thụy Sĩ"), other_placement("hoà"), other_placement("quý")
    ('franc Thuỵ Sĩ', 'hòa', 'quý')
    """

    def moved(m: re.Match[str]) -> str:
        first, on_first, on_second = m.group(1), m.group(2) or m.group(3), m.group(4)
        if on_first:  # "o" + mark + "a" -> "o" + "a" + mark
            return first[0] + first[-1] + on_first
        if on_second:
            return first[0] + on_second + first[-1]
        return m.group(0)

    decomposed = unicodedata.normalize("NFD", phrase)
    return unicodedata.normalize("NFC", _OPEN_PAIR.sub(moved, decomposed))


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Every diacritic removed, đ read as d: how "Diên" is written without marks.

    >>> fold("Nguyễn Hồng Diên")
    'Nguyen Hong Dien'
    """
    decomposed = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_folded(word: str) -> bool:
    """True when a word has no diacritic at all (it is its own folding)."""
    return fold(word) == word


# A full stop after a title or an initial ("Mr. Smith", "U.S. Department") ends nothing.
_TITLES = ("Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Prof", "Gen", "Col", "Lt", "Sgt", "Rep", "Sen", "Gov",
           "Mt", "No", "Co", "Corp", "Inc")  # fmt: skip
_ABBREVIATIONS = "".join(rf"(?<!\b{a})" for a in _TITLES)
_SENTENCE_END = skipping(
    # Only at the first mark of a run ("...", "?!"), tested before the look-behinds:
    # trying every mark of a long run of dots would take time quadratic in its length.
    r"(?:(?=[.!?…])(?<![.!?…])"
    + _ABBREVIATIONS
    + r"(?<!\b[A-Z])[.!?…]+[\"”’')\]]*\s+(?=[\"“‘(\[]?[^\W\d_a-z])|\n[ \t\u00a0]*\n)"
)


class Place(float):
    """A share of a document's sentences: those before the sentence an offset is in (the
    value), with that sentence's index and the document's count of sentences, which say
    what share of the document the sentence itself covers."""

    sentence: int
    sentences: int

    def __new__(cls, sentence: int, sentences: int) -> Place:
        place = super().__new__(cls, sentence / sentences)
        place.sentence, place.sentences = sentence, sentences
        return place


def overlapping(a: float, b: float) -> bool:
    """Whether two places' sentences cover overlapping shares of their documents, as a
    sentence one version says as two in the other does ("... held talks on Monday, and
    agreed to ... next year" against "Chiều 30/11, ... hội đàm ... . Hai bên nhất trí ...
    năm 2027."). Versions with as many sentences overlap only sentence by sentence. Worked
    in whole numbers: i/n < (j+1)/m and j/m < (i+1)/n."""
    if not isinstance(a, Place) or not isinstance(b, Place):
        return a == b
    i, n, j, m = a.sentence, a.sentences, b.sentence, b.sentences
    return i * m < (j + 1) * n and j * n < (i + 1) * m


@dataclass
class Document:
    """One version of a story, cleaned, with line and sentence lookups."""

    path: str
    lang: str
    text: str
    _line_starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]

    @classmethod
    def from_text(cls, raw: str, lang: str, path: str = "<text>") -> Document:
        return cls(path=path, lang=lang, text=clean(raw))

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset."""
        return bisect.bisect_right(self._line_starts, offset)

    @cached_property
    def sentence_starts(self) -> list[int]:
        return [0] + [m.end() for m in _SENTENCE_END.finditer(self.text)]

    def place(self, offset: int) -> Place:
        """Where an offset sits, as a share of the document's sentences: `align` places
        figures so, since translations keep the order of sentences far better than their
        length."""
        starts = self.sentence_starts
        return Place(bisect.bisect_right(starts, offset) - 1, len(starts))

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        """Start and end offsets of the sentence holding `offset`."""
        starts = self.sentence_starts
        i = bisect.bisect_right(starts, offset) - 1
        end = starts[i + 1] if i + 1 < len(starts) else len(self.text)
        return starts[i], end

    def sentence_of(self, offset: int) -> str:
        start, end = self.sentence_bounds(offset)
        return self.text[start:end]
