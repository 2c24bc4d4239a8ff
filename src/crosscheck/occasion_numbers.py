"""The number of an occasion: its edition, round, term or anniversary, or the count
that ends an event's name ("ASIAD 19", "SEA Games 32").

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


def ends_a_name(mention: Mention, text: str, lang: str) -> bool:
    """Whether a count written in digits ends an event's name as its edition: just after an
    acronym or a capitalised word after one ("ASIAD 19", "SEA Games 32"). A year never
    does: "Scotland Act 1978", "the Treaty of Rome 1957", "MLS 2014" state a year to check.
    A score ("Jordan 2-0") ends no name."""
    if mention.kind == "year" or not mention.text.isdigit() or _SCORE_AFTER.match(text, mention.end):
        return False
    sentence_start = max(text.rfind(". ", 0, mention.start), text.rfind("\n", 0, mention.start)) + 1
    words = text[sentence_start : mention.start].split()
    if not words or not text[: mention.start].endswith((" ", "\u00a0")):
        return False
    if _ACRONYM.fullmatch(words[-1]):
        return True
    # "SEA Games 32"
    return (
        len(words) >= 2
        and bool(_ACRONYM.fullmatch(words[-2]))
        and words[-1][:1].isupper()
        and words[-1].isalpha()
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
    if _SCORE_AFTER.match(text, mention.end):  # "the divisional round, 23–16" is a score
        return False
    ordinal = bool(before) and before[-1] == "thứ"
    if ordinal:  # "lần thứ 12"
        before.pop()
    # "trong vòng 24 giờ" is within 24 hours, "năm tài khóa 2005" a fiscal year, and "lần"
    # counts times unless an ordinal follows ("2 lần húc", "lần thứ 47")
    if before[-2:] in (["trong", "vòng"], ["tài", "khóa"], ["tài", "khoá"]) or (
        before[-1:] == ["lần"] and not ordinal
    ):
        return False
    after = _words(" ".join(tokens[at + 1 :])) + _words(text[mention.end : mention.end + 32])
    if mention.kind == "duration" and after:  # "79 năm": the unit is the mention's own word
        after = after[1:]
        if "-" in tokens[-1]:
            # "a two-day session", "a 10-year plan": a span joined to its noun says how long
            # it lasts, never which one it is
            after = []
    return any(before[-len(cue.split()) :] == cue.split() for cue in language.occasion_before) or any(
        after[: len(cue.split())] == cue.split() for cue in language.occasion_after
    )
