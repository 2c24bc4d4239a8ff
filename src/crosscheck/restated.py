"""Figures a version states twice in its own words, the second derived from the first.

A translator adds what the reader at home wants: "20h30 tối thứ Tư (giờ miền Đông nước
Mỹ), tức 7h30 sáng thứ Năm giờ Hà Nội" restates one moment in Hanoi time; "thắng 3-0
(6-3, 6-4, 7-5)" tallies the sets of the scores in brackets; "Tết Bính Ngọ 2026" writes in
digits the year its name gives in the sixty-year cycle. The restatement is no fact of its
own once the figure it restates is checked, so alone it is no flag.

Each holds only on positive evidence and only when the arithmetic does: two labelled time
zones whose offsets give the second time (and move the weekday with the day), set scores
that tally to the score, a cycle name that is that year. A restatement that does not add
up stays a figure of its own, and flags.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from crosscheck.kinds import Mention
from crosscheck.lang import alternation
from crosscheck.lang import get as get_language
from crosscheck.lunar_restated import lunar_restatements
from crosscheck.span_ends import span_ends
from crosscheck.summed_parts import summed_parts
from crosscheck.text import Document

ANOTHER_ZONE = "the same moment restated in another time zone"
SETS_TALLIED = "the sets won, tallied from the set scores beside it"
YEAR_NAMED = "the year the lunar year's name gives (Bính Ngọ is 2026)"

# What a restatement maps: a mention's id to its note and the id of the mention it restates
# (None when it restates words, not a figure).
Restated = dict[int, tuple[str, int | None]]
_DAY = 24 * 60


def restatements(doc: Document, mentions: list[Mention], other: Document, others: list[Mention]) -> Restated:
    """Every mention of `doc` that restates another statement of the same version."""
    found: Restated = {}
    found.update(_moments(doc, mentions, others, other))
    found.update(_set_tallies(doc, mentions))
    found.update(_named_years(doc, mentions, other))
    found.update(_years_before(doc, mentions, other))
    found.update(_counted_lists(doc, mentions))
    found.update(summed_parts(doc, mentions))  # ("20 năm tù ... và 3 năm tù, tổng hợp ... 23 năm")
    found.update(span_ends(doc, mentions))  # ("trong 3 ngày, từ ngày 8 đến 10/12")
    found.update(lunar_restatements(doc, mentions))  # ("22/2/2026 (tức mùng 6 tháng Giêng)")
    return found


# --- a count of the names listed after it ---------------------------------------------------

LIST_COUNTED = "the number of the names listed after it"
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_AND = ("và", "and")


def _listed_names(text: str) -> int:
    """How many names a text opens with after one or two lower-case words ("bang Kelantan
    và Terengganu": 2; "states, Kelantan and Terengganu": 2); 0 when it opens with no list
    of names joined by "and" or "và"."""
    words, end = [], 0
    for m in _WORD.finditer(text[:160]):
        if text[end : m.start()].strip(" \u00a0,"):
            break  # (only words, spaces and commas: "hai tần số 2.4 Ghz và 5.0 Ghz" lists no names)
        words.append((m.group(), text[m.end() : m.end() + 2]))
        end = m.end()
    i = 0
    while i < min(2, len(words)) and words[i][0][:1].islower() and words[i][0] not in _AND:
        i += 1
    items, joined, current = 0, False, False
    for word, after in words[i:]:
        if word[:1].isupper():
            items, current = items + (not current), True
        elif word in _AND and current:
            joined, current = True, False
        else:
            break
        if current and after[:1] in ",;":
            current = False  # "Kelantan, Terengganu and Pahang"
        if current and after[:1] in ".!?)" and joined:
            break
    return items if joined and items >= 2 else 0


def _counted_lists(doc: Document, mentions: list[Mention]) -> Restated:
    """ "Lũ lụt tại hai bang Kelantan và Terengganu" where English says "Kelantan and
    Terengganu states": a spelled count just before the names it counts restates the list."""
    found: Restated = {}
    for m in mentions:
        value = getattr(m.value, "number", None)
        if m.kind != "count" or value is None or not 2 <= value <= 10 or any(c.isdigit() for c in m.text):
            continue
        if _listed_names(doc.text[m.end : m.end + 160]) == value:
            found[id(m)] = (LIST_COUNTED, None)
    return found


# --- the base year of a change "year on year" ---------------------------------------------

YEAR_BEFORE_UNSAID = "the base year of a change, which the other version says as year on year"
# "annual inflation", "yearly growth": English says a change year on year in one adjective
# before the rate it qualifies, where Vietnamese writes "lạm phát so với cùng kỳ"
_ANNUAL_RATE = re.compile(
    r"(?<!\w)(?:annual|yearly)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+)?"
    r"(?:inflation|growth|rate|increase|rise|gain|decline|fall|drop|expansion)(?!\w)",
    re.IGNORECASE,
)


def _years_before(doc: Document, mentions: list[Mention], other: Document) -> Restated:
    """ "tăng 24% so với cùng kỳ" read as 2025 from "quý III/2026" where the other version
    says "up 24% year-on-year" with no year in its sentence: the base year restates the
    sentence's own year, and the other version says the same words at the same place."""
    from crosscheck.align import NEARBY
    from crosscheck.kinds.year import _YOY

    said = [other.place(m.start()) for m in _YOY[other.lang].finditer(other.text)]
    if other.lang == "en":
        said += [other.place(m.start()) for m in _ANNUAL_RATE.finditer(other.text)]
    found: Restated = {}
    for m in mentions:
        based = m.kind == "year" and m.note == "the year before the figure's year"
        if based and any(abs(doc.place(m.start) - q) <= NEARBY for q in said):
            found[id(m)] = (YEAR_BEFORE_UNSAID, None)
    return found


# --- one moment in two time zones --------------------------------------------------------


@cache
def _zones() -> dict[str, tuple[int, ...]]:
    """Every zone label of both languages: a Vietnamese text may keep "EDT" or "GMT"."""
    return {**get_language("en").time_zones, **get_language("vi").time_zones}


@cache
def _zone_pattern() -> re.Pattern[str]:
    # (case matters: "ET" and "PT" are zones, "et" and "pt" are not)
    return re.compile(rf"(?<!\w)(?:{alternation(_zones())})(?!\w)")


@cache
def _that_is(code: str) -> re.Pattern[str]:
    words = get_language(code).that_is
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)|\(", re.IGNORECASE)


def _offsets(label: str) -> tuple[int, ...]:
    return _zones().get(" ".join(label.split()), ())


def _label_after(text: str, end: int, limit: int = 40) -> re.Match[str] | None:
    """The zone label just after a time, before any other figure or the sentence's end
    ("8:30 p.m. EDT", "7h30 sáng thứ Năm giờ Hà Nội")."""
    stretch = re.split(r"[.!?;]\s|\d|,\s", text[end : end + limit])[0]
    return _zone_pattern().search(text, end, end + len(stretch))


def _minutes(m: Mention) -> set[int]:
    return {int(v.minutes) for v in m.readings()}


def _zone_of(t1: Mention, gap: str, others: list[Mention], other: Document) -> tuple[int, ...]:
    """The offsets of the zone a time is in: its label in the version, else the label the
    other version gives the same time."""
    label = _zone_pattern().search(t1.text) or _zone_pattern().search(gap)
    if label:
        return _offsets(label.group())
    for o in others:
        if o.kind == "time" and _minutes(o) & _minutes(t1):
            found = _zone_pattern().search(o.text) or _label_after(other.text, o.end)
            if found:
                return _offsets(found.group())
    return ()


def _moments(doc: Document, mentions: list[Mention], others: list[Mention], other: Document) -> Restated:
    found: Restated = {}
    times = [m for m in mentions if m.kind == "time"]
    weekdays = [m for m in mentions if m.kind == "weekday"]
    for t1, t2 in itertools.pairwise(times):
        sentence = doc.sentence_bounds(t1.start)
        if t2.start >= sentence[1] or t2.start - t1.end > 80:
            continue
        gap = doc.text[t1.end : t2.start]
        cues = list(_that_is(doc.lang).finditer(gap))
        cue = cues[-1] if cues else None  # the last cue before the second time opens it
        label2 = _label_after(doc.text, t2.end)
        if cue is None or label2 is None:
            continue
        first, second = _zone_of(t1, gap[: cue.start()], others, other), _offsets(label2.group())
        shifts = [
            (m1 + o2 - o1) // _DAY
            for m1, m2, o1, o2 in itertools.product(_minutes(t1), _minutes(t2), first, second)
            if (m1 + o2 - o1 - m2) % _DAY == 0
        ]
        if not shifts:
            continue
        found[id(t1)], found[id(t2)] = (ANOTHER_ZONE, id(t2)), (ANOTHER_ZONE, id(t1))
        # the weekday moves with the day: "tối thứ Tư ... tức 7h30 sáng thứ Năm"
        cue_at = t1.end + cue.start()
        w1 = [w for w in weekdays if sentence[0] <= w.start < cue_at]
        w2 = [w for w in weekdays if t2.end <= w.start < label2.end()]
        if w1 and w2 and any((w1[-1].value.index + s) % 7 == w2[0].value.index for s in shifts):
            found[id(w1[-1])], found[id(w2[0])] = (ANOTHER_ZONE, id(w2[0])), (ANOTHER_ZONE, id(w1[-1]))
    return found


# --- the sets of a match, tallied ---------------------------------------------------------

_TIEBREAK = (
    r"(?:[\s\u00a0]*\([\s\u00a0]*\d{1,2}(?:[\s\u00a0]*[-–][\s\u00a0]*\d{1,2})?[\s\u00a0]*\))?"  # "7-6 (3)"
)
_SET = rf"\d{{1,2}}[\s\u00a0]*[-–][\s\u00a0]*\d{{1,2}}{_TIEBREAK}"
_TALLY = re.compile(
    rf"(?<![\d.,])(?P<a>\d)[\s\u00a0]*[-–][\s\u00a0]*(?P<b>\d)(?![\d.,])[\s\u00a0]*"
    rf"\([\s\u00a0]*(?P<sets>{_SET}(?:[\s\u00a0]*[,;][\s\u00a0]*{_SET})+)[\s\u00a0]*\)"
)
_SCORE = re.compile(r"(\d{1,2})[\s\u00a0]*[-–][\s\u00a0]*(\d{1,2})(?:[\s\u00a0]*\([^)]*\))?")


def _set_tallies(doc: Document, mentions: list[Mention]) -> Restated:
    """ "3-0 (6-3, 6-4, 7-5)": a score followed by its set scores in brackets, when each side
    won as many sets as the score says."""
    found: Restated = {}
    for tally in _TALLY.finditer(doc.text) if "(" in doc.text else ():
        sets = [(int(a), int(b)) for a, b in _SCORE.findall(tally.group("sets"))]
        won = (sum(a > b for a, b in sets), sum(b > a for a, b in sets))
        if won != (int(tally.group("a")), int(tally.group("b"))):
            continue
        inside = [m for m in mentions if tally.start("sets") <= m.start < tally.end("sets")]
        partner = id(inside[0]) if inside else None
        for m in mentions:
            if tally.start("a") <= m.start < tally.end("b") and partner is not None:
                found[id(m)] = (SETS_TALLIED, partner)
    return found


# --- the year a lunar year's name gives ---------------------------------------------------


@cache
def _cycle_pattern(code: str) -> re.Pattern[str] | None:
    language = get_language(code)
    if not language.year_branches:
        return None
    branch = alternation(w for spellings in language.year_branches for w in spellings)
    if language.year_stems:
        stem = alternation(w for spellings in language.year_stems for w in spellings)
        name = rf"(?P<stem>{stem})[\s\u00a0]+(?P<branch>{branch})"
    else:
        name = rf"Year[\s\u00a0]+of[\s\u00a0]+the[\s\u00a0]+(?P<branch>{branch})"
    return re.compile(
        rf"(?<!\w){name}(?!\w)[\s\u00a0]*(?:\(|,|[-–]|năm(?!\w))?[\s\u00a0]*(?P<year>\d{{4}})(?!\d)"
    )


def _index(spellings: tuple[tuple[str, ...], ...], word: str) -> int:
    return next(i for i, forms in enumerate(spellings) if word in forms)


def _named_years(doc: Document, mentions: list[Mention], other: Document) -> Restated:
    """ "Tết Nguyên đán Bính Ngọ 2026" where the other version says "Lunar New Year": the
    year in digits is the one the cycle name gives, when it is that year."""
    pattern = _cycle_pattern(doc.lang)
    if pattern is None:
        return {}
    other_language = get_language(other.lang)
    if not any(name in other.text for name in other_language.new_year_names):
        return {}
    language = get_language(doc.lang)
    found: Restated = {}
    for named in pattern.finditer(doc.text):
        year = int(named.group("year"))
        if (year - 4) % 12 != _index(language.year_branches, named.group("branch")):
            continue
        if language.year_stems and (year - 4) % 10 != _index(language.year_stems, named.group("stem")):
            continue
        for m in mentions:
            if m.kind == "year" and m.start < named.end("year") and named.start("year") < m.end:
                found[id(m)] = (YEAR_NAMED, None)
    return found
