"""The number of an occasion: its edition, round, term or anniversary.

"Lễ hội Áo dài TP.HCM lần thứ 12 khai mạc" is "HCMC's Ao Dai Festival will open": the
number says which festival, the English names it by its city and name alone. Such a
number is an index of the occasion, not a quantity the story reports; a version that
leaves it out says less, and states nothing the other contradicts. The cue words are each
language's `occasion_before` and `occasion_after`.
"""

from __future__ import annotations

import re

from crosscheck.kinds import Mention
from crosscheck.lang import get as get_language

OCCASION = "the number of an occasion (its edition, round, term, anniversary) the other version leaves out"

_NUMBER = re.compile(r"\d[\d.,]*(?:st|nd|rd|th)?|(?-i:[IVXLC]+)")


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


def occasion_number(mention: Mention, text: str, lang: str) -> bool:
    """Whether a figure is the index of an occasion: a cue just before its number ("vòng
    18", "lần thứ 12", "kỷ niệm 79 năm") or just after it ("the 12th edition", "the ninth
    session"). The number is the figure's first word in digits or Roman numerals, else its
    last word ("thứ tám")."""
    tokens = mention.text.split()
    if not tokens:
        return False
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
