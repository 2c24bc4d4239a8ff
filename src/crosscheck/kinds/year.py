"""Year: "in 2024" is "năm 2024"; "year on year" in a 2024 figure is the year 2023, as
"so với cùng kỳ năm 2023" says it.

Bare four-digit numbers are read as years by the figure reader; this module finds the
phrases that mean "the year before" and leaves their value to the sentence around them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from crosscheck.kinds import Found
from crosscheck.regex_starts import skipping
from crosscheck.scanning import finditer

# The value of these is filled in by the extractor: the year of the sentence, minus one.
YEAR_BEFORE = "year before"
# "so với (một) năm trước", "so với năm ngoái": the year before the figure's, as English says
# "from a year earlier"; but the sentence may as well date the change by the story's own year
# and English may leave the base out ("rose 27 per cent in 2024"), so only to agree.
YEAR_BEFORE_LOOSE = "the year before the figure's year, said loosely (năm trước)"

_YOY = {
    # Any run of spaces between the words: pasted text doubles them ("year  on  year").
    "en": skipping(r"(?=[yfto])\b(?:year(?:_|-)on(?:_|-)year|year(?:_|-)over(?:_|-)year|y-o-y|yoy|"
                     r"(?:from|than|over)_a_year_(?:earlier|ago|before)|"
                     r"(?:from|over)_the_same_period_(?:of_)?last_year)\b".replace("_", r"[\s\u00a0]+"),
                     re.IGNORECASE),
    # ("so với một năm trước" is "than a year ago": one year, counted back from the figure's)
    "vi": skipping(r"(?=s)(?<!\w)so[\s\u00a0]+với[\s\u00a0]+(?:cùng[\s\u00a0]+kỳ"
                     r"(?:[\s\u00a0]+năm[\s\u00a0]+(?:trước|ngoái))?"
                     r"|(?:(?:một|1)[\s\u00a0]+)?năm[\s\u00a0]+trước|năm[\s\u00a0]+ngoái)"
                     r"(?![\s\u00a0]+(?:năm[\s\u00a0]+)?\d)", re.IGNORECASE),
}  # fmt: skip


# Years of an era: "c.750 AD", "AD 79", "44 BC"; "năm 750 sau Công Nguyên", "năm 44 TCN",
# and a three-digit year after "năm" ("năm 935"), which no count follows ("năm 5 tuổi").
_S = r"[\s\u00a0]+"
_ERA_EN = r"(?P<era>AD|CE|BC|BCE|A\.D\.|B\.C\.|B\.C\.E\.|C\.E\.)(?!\w)"
_ERA_VI = rf"(?P<era>(?:sau|trước){_S}[Cc]ông{_S}[Nn]guyên|SCN|TCN)(?!\w)"
_ERA = {
    "en": skipping(rf"(?=\d|AD|c\.|ca\.|circa)\b(?:(?:c\.|ca\.|circa)[\s\u00a0]?)?"
                     rf"(?:(?P<a>\d{{1,4}})[\s\u00a0]?{_ERA_EN}"
                     rf"|AD[\s\u00a0]?(?P<b>\d{{1,4}})\b)"),
    "vi": skipping(rf"(?=[Nn]ăm|\d)(?:\b[Nn]ăm{_S}(?P<a>\d{{1,4}})(?:{_S}{_ERA_VI})?"
                     rf"|(?<![\d.,])(?P<b>\d{{1,4}}){_S}năm{_S}(?P<era2>(?:sau|trước){_S}[Cc]ông{_S}[Nn]guyên))"
                     rf"(?!\d|[.,]\d|{_S}tuổi)"),
}  # fmt: skip


# "FY2024", "FY24": a fiscal year is its year ("tài khóa 2024"); two digits are this century's
_FISCAL = skipping(r"(?=F)\bFY[\s\u00a0]?(?P<y>\d{4}|\d{2})(?![\d\w])")
# "9M2026": the year of the first nine months, as business copy writes it
_MONTHS_YEAR = re.compile(r"(?<![\w.])(?:[1-9]|1[01])M(?P<y>20\d\d)(?!\d)")
QUARTER_YEAR = "the year of a quarter (quý III/2026)"
_QUARTER_YEAR = skipping(r"(?=[Qq])\b[Qq]uý[\s\u00a0]+(?:I{1,3}|IV|[1-4])/(?P<y>\d{4})(?!\d)")


def parse(raw: object, dateline: date | None) -> int:
    text = str(raw).strip()
    if (isinstance(raw, int) and not isinstance(raw, bool)) or text.isdigit():
        year = int(text)
        if 1000 <= year <= 2999:
            return year
    raise ValueError(f"{raw!r} is not a year; write it as 2024")


def equal(a: int, b: int) -> bool:
    return a == b


def show(value: int) -> str:
    return str(value)


def find(text: str, code: str, dateline: date | None) -> Iterator[Found]:
    for m in finditer(_YOY[code], text):
        loose = code == "vi" and "ùng" not in m.group()  # (no "cùng kỳ")
        yield Found(
            m.start(),
            m.end(),
            YEAR_BEFORE,
            YEAR_BEFORE_LOOSE if loose else "the year before the figure's year",
        )
    for m in finditer(_FISCAL, text) if code == "en" and "FY" in text else ():
        digits = m.group("y")
        year = int(digits) if len(digits) == 4 else 2000 + int(digits)
        yield Found(m.start(), m.end(), year, "a fiscal year")
    if code == "vi":  # "quý I/2024": the year of a quarter
        # (weak: the other version names the quarter and leaves its year to the story,
        # "in the third quarter"; two years that differ there still flag)
        for m in finditer(_QUARTER_YEAR, text):
            yield Found(m.start("y"), m.end("y"), int(m.group("y")), QUARTER_YEAR)
    for m in _MONTHS_YEAR.finditer(text) if code == "en" and "M20" in text else ():
        yield Found(m.start("y"), m.end("y"), int(m.group("y")), "the year of the first months (9M2026)")
    for m in finditer(_ERA[code], text):
        groups = m.groupdict()
        digits = groups["a"] or groups["b"]
        era = (
            groups.get("era") or groups.get("era2") or ("ad" if code == "en" and groups["b"] else "")
        ).lower()
        if not era and len(digits) != 3:
            continue  # "năm 2024" is read by the figure reader; "năm 5" is five, not a year
        before = era.startswith("b") or era.startswith("trước") or era == "tcn"
        yield Found(m.start(), m.end(), -int(digits) if before else int(digits), "a year of an era")
