"""The number of an occasion: its edition, round, term or anniversary, or the number
that ends an event's name ("ASIAD 19", "VCK U23 châu Á 2026").

"Lễ hội Áo dài TP.HCM lần thứ 12 khai mạc" is "HCMC's Ao Dai Festival will open": the
number says which festival, the English names it by its city and name alone. Such a
number is an index of the occasion, not a quantity the story reports; a version that
leaves it out says less, and states nothing the other contradicts. The cue words are each
language's `occasion_before` and `occasion_after`.
"""

from __future__ import annotations

import re
from functools import cache

from crosscheck.kinds import Mention
from crosscheck.lang import get as get_language

OCCASION = (
    "the number of an occasion (its edition, round, term, anniversary, year) the other version leaves out"
)

_NUMBER = re.compile(r"\d[\d.,]*(?:st|nd|rd|th)?|(?-i:[IVXLC]+)")


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


# An acronym that names an event, a body or a team: "ASIAD 19", "U23", "APEC 2027".
# (two capitals, or one and two digits: "Q1 2024" and "H1" name a quarter and a half)
_ACRONYM = re.compile(r"[A-Z]{2,}[A-Z0-9]*|[A-Z]\d{2,}")
_SCORE_AFTER = re.compile(r"[\s\u00a0]*[-–][\s\u00a0]*\d")


@cache
def _calendar_names(lang: str) -> frozenset[str]:
    """Capitalised words that name a year of the calendar, not an event: the lunar year's
    stems and branches ("Canh Dần 1951" restates the year) and the new year's names."""
    language = get_language(lang)
    names = [*language.year_stems, *language.year_branches, language.new_year_names]
    return frozenset(word.lower() for group in names for name in group for word in name.split())


def ends_a_name(mention: Mention, text: str, lang: str) -> bool:
    """Whether a number written in digits ends an event's name: just after an acronym or a
    capitalised word after one ("ASIAD 19", "APEC 2027", "SEA Games 32"), or a year just
    after a capitalised word inside its sentence ("VCK U23 châu Á 2026"), not a calendar's
    name ("Tết Canh Dần 1950"). A score ("Jordan 2-0") ends no name."""
    if not mention.text.isdigit() or _SCORE_AFTER.match(text, mention.end):
        return False
    sentence_start = max(text.rfind(". ", 0, mention.start), text.rfind("\n", 0, mention.start)) + 1
    words = text[sentence_start : mention.start].split()
    if not words or not text[: mention.start].endswith((" ", "\u00a0")):
        return False
    if _ACRONYM.fullmatch(words[-1]):
        return True
    if len(words) >= 2 and _ACRONYM.fullmatch(words[-2]) and words[-1][:1].isupper() and words[-1].isalpha():
        return True  # "SEA Games 32"
    return (
        mention.kind == "year"
        and len(words) >= 2
        and words[-1][:1].isupper()
        and words[-1].isalpha()  # ("Q1 2024" is a quarter's year)
        and words[-1].lower() not in _calendar_names(lang)
    )


def occasion_number(mention: Mention, text: str, lang: str) -> bool:
    """Whether a figure is the index of an occasion: a cue just before its number ("vòng
    18", "lần thứ 12", "kỷ niệm 79 năm") or just after it ("the 12th edition", "the ninth
    session"). The number is the figure's first word in digits or Roman numerals, else its
    last word ("thứ tám")."""
    tokens = mention.text.split()
    if not tokens:
        return False
    if ends_a_name(mention, text, lang):
        return True
    at = next((i for i, token in enumerate(tokens) if _NUMBER.fullmatch(token)), len(tokens) - 1)
    language = get_language(lang)
    before = _words(text[max(0, mention.start - 24) : mention.start]) + _words(" ".join(tokens[:at]))
    if before and before[-1] == "thứ":  # "lần thứ 12"
        before.pop()
    after = _words(" ".join(tokens[at + 1 :])) + _words(text[mention.end : mention.end + 32])
    if mention.kind == "duration" and after:  # "79 năm": the unit is the mention's own word
        after = after[1:]
    return any(before[-len(cue.split()) :] == cue.split() for cue in language.occasion_before) or any(
        after[: len(cue.split())] == cue.split() for cue in language.occasion_after
    )
