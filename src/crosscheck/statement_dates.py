"""The day of one statement, given at the two ends of a paragraph: "..., the Vietnam Rubber
Association said on Friday" against "Ngày 21/11, Hiệp hội Cao su Việt Nam cho biết ...".

Wire style puts the attribution last and dates it by its weekday; the Vietnamese desk opens
the paragraph with the day and the speaker. The weekday and the date are then as far apart
as the paragraph is long, too far for the nearby pairing of a weekday with a date
(`align._weekdays_as_dates`). Both date a statement, each by its grammar: the weekday
after a verb of saying (`calendar_facts.dates_a_statement`), the date opening its sentence
before the speaker and the verb. When each version has one such day, they are the same
statement's day and are checked as a weekday against a date (consistent, a discrepancy, or
for review when the year is unknown).
"""

from __future__ import annotations

import re
from functools import cache

from crosscheck.calendar_facts import dates_a_statement
from crosscheck.kinds import Mention
from crosscheck.lang import alternation
from crosscheck.lang import get as get_language
from crosscheck.text import Document


@cache
def _speaker_and_verb(code: str) -> re.Pattern[str]:
    """A comma, the speaker (a few words, no punctuation, no figure), then a verb of saying."""
    verbs = alternation(get_language(code).saying_verbs)
    return re.compile(
        r"[\s\u00a0]*,[\s\u00a0]*(?P<speaker>[^\W\d_][\w-]*(?:[\s\u00a0]+[^\W\d_][\w-]*){0,7}?)"
        rf"[\s\u00a0]+(?:{verbs})(?!\w)",
        re.IGNORECASE,
    )


_DATELINE = re.compile(r"(?P<place>[^—–-]+?)[\s\u00a0]*[—–-][\s\u00a0]*(?P<rest>.*)", re.DOTALL)


def opens_a_statement(doc: Document, mention: Mention) -> bool:
    """Whether a date opens its sentence and the speaker, a name (a capital first), and a
    verb of saying follow it ("Ngày 21/11, Hiệp hội Cao su Việt Nam cho biết"), or whether
    it is dated by a verb of saying as a weekday would be."""
    start, _ = doc.sentence_bounds(mention.start)
    opening = doc.text[start : mention.start].strip()
    # (a dateline in capitals before it is no part of the sentence: "HÀ NỘI — Ngày 14/10,")
    dateline = _DATELINE.fullmatch(opening)
    if dateline is not None and dateline.group("place").isupper():
        opening = dateline.group("rest")
    if len(opening.split()) <= 1:  # (at most a cue word before it: "Ngày", "On")
        speaker = _speaker_and_verb(doc.lang).match(doc.text, mention.end)
        if speaker is not None and speaker.group("speaker")[:1].isupper():
            return True
    return dates_a_statement(doc, mention)


def statement_day(mentions: list[Mention], doc: Document, weekday: bool) -> bool:
    """Whether every mention of a group dates a statement: a weekday by its verb, a date
    by opening the statement's sentence too."""
    if weekday:
        return all(dates_a_statement(doc, m) for m in mentions)
    return all(opens_a_statement(doc, m) for m in mentions)
