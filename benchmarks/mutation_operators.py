"""The edit operators of the seeds benchmark and the data they use: the `Rep`/`Edit`
records and `apply`, the seeds and the names their claims make (`Seeds`), the benchmark's
own number, date and qualifier tables (independent of crosscheck.lang), every operator
registered in `OPERATORS` with its label, and `draw`, which takes the edits a run judges.

Operators find their targets with regular expressions over the seed text (every figure,
every scale word, every qualifier before a figure, every claimed person or place name),
never from a hand list of places. Each operator yields every edit it can make; the run
draws the same number of edits from each operator and, to reach the requested total,
layers zero to two meaning-preserving "noise" edits (NFD, no-break spaces, tone
placement, dashes, re-wrapped lines, CRLF, a byte-order mark) elsewhere in the text over
an operator's edit. The label is the operator's: noise never changes meaning.

Not a script: benchmarks/mutations.py imports it and runs the edits (edit_operators.py
and real_edits.py reuse `Edit`, `Rep`, `apply` and the word tables):

    python benchmarks/mutations.py --edits 10000 --seed 1 --readme benchmarks/README.md
"""

from __future__ import annotations

import math
import random
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = ROOT / "claims" / "vietnam-guangxi.toml"
LANGS = ("en", "vi")
CHANGING, PRESERVING = "changing", "preserving"
NBSP = "\u00a0"


# --- edits -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Rep:
    """Replace text[start:end] of one version by `new`."""

    lang: str
    start: int
    end: int
    new: str

    def overlaps(self, other: Rep) -> bool:
        if self.lang != other.lang:
            return False
        if self.start == self.end or other.start == other.end:
            return self.start <= other.end and other.start <= self.end
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Edit:
    op: str
    label: str
    reps: tuple[Rep, ...]
    note: str

    @property
    def langs(self) -> set[str]:
        return {r.lang for r in self.reps}


def apply(text: str, reps: list[Rep]) -> str:
    out, pos = [], 0
    for r in sorted(reps, key=lambda r: (r.start, r.end)):
        out.append(text[pos : r.start])
        out.append(r.new)
        pos = r.end
    out.append(text[pos:])
    return "".join(out)


def edited_texts(base: dict[str, str], edit: Edit) -> dict[str, str]:
    return {lang: apply(base[lang], [r for r in edit.reps if r.lang == lang]) for lang in edit.langs}


# --- the seeds and what the claims name --------------------------------------------------


@dataclass
class Seeds:
    text: dict[str, str]
    names: dict[str, dict[str, list[tuple[str, str]]]]  # lang -> kind -> [(claim id, form)]

    @classmethod
    def load(cls) -> Seeds:
        from crosscheck.claims import load

        story = load(CLAIMS)
        text = {lang: story.seeds[lang].read_bytes().decode("utf-8-sig") for lang in LANGS}
        names: dict[str, dict[str, list[tuple[str, str]]]] = {lang: defaultdict(list) for lang in LANGS}
        for claim in story.claims:
            if claim.kind in ("person", "place"):
                for lang in LANGS:
                    for form in claim.wordings.get(lang, ()):
                        names[lang][claim.kind].append((claim.id, form))
        return cls(text, names)

    def name_spans(self, lang: str) -> list[tuple[int, int, str, str, str]]:
        """(start, end, kind, claim id, form) of every claimed person or place name, longest
        forms first, no overlaps. A one-word form that begins another claimed form of the
        language (Việt of Việt Nam, Trung of Trung Quốc) is skipped: alone it is as often a
        common word (Trung ương, Trung tâm)."""
        text = self.text[lang]
        forms = [(kind, cid, form) for kind, pairs in self.names[lang].items() for cid, form in pairs]
        firsts = {f.split()[0] for _, _, f in forms if " " in f}
        taken: list[tuple[int, int, str, str, str]] = []
        for kind, cid, form in sorted(forms, key=lambda t: -len(t[2])):
            if " " not in form and form in firsts:
                continue
            for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                if not any(m.start() < e and s < m.end() for s, e, *_ in taken):
                    taken.append((m.start(), m.end(), kind, cid, form))
        return sorted(taken)


# --- language tables (the benchmark's own, independent of crosscheck.lang) -------------

EN_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
EN_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
EN_ORD = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}
VI_DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
VI_WEEKDAYS = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
QUALIFIERS = {
    "en": {
        "about": ["approximately", "about", "around", "nearly"],
        "over": ["over", "more than", "above"],
        "under": ["under", "less than", "below"],
    },
    "vi": {"about": ["khoảng", "gần"], "over": ["trên", "hơn"], "under": ["dưới"]},
}
SCALES = {
    "en": {"thousand": 3, "million": 6, "billion": 9, "trillion": 12, "bn": 9, "mn": 6, "tn": 12},
    "vi": {"nghìn": 3, "ngàn": 3, "triệu": 6, "tỷ": 9, "tỉ": 9},
}
EN_ORDINAL_WORDS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
VI_ORDINAL_WORDS = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"]
TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]  # none, huyền, sắc, hỏi, ngã, nặng
OTHER_NAMES = {
    "en": {"person": ["Phạm Minh Chính", "Wang Yi", "Li Qiang"], "place": ["Lạng Sơn", "Yunnan", "Laos"]},
    "vi": {"person": ["Phạm Minh Chính", "Vương Nghị", "Lý Cường"], "place": ["Lạng Sơn", "Vân Nam", "Lào"]},
}


def en_cardinal(n: int) -> str:
    if n < 20:
        return EN_ONES[n]
    tens, ones = divmod(n, 10)
    return EN_TENS[tens] + (f"-{EN_ONES[ones]}" if ones else "")


def en_ordinal_word(n: int) -> str:
    words = en_cardinal(n)
    head, _, last = words.rpartition("-")
    last = EN_ORD.get(last, last[:-1] + "ieth" if last.endswith("y") else last + "th")
    return f"{head}-{last}" if head else last


def en_suffix(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def vi_cardinal(n: int) -> str:
    if n < 10:
        return VI_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "mười" if tens == 1 else f"{VI_DIGITS[tens]} mươi"
    if not ones:
        return head
    last = {1: "mốt" if tens > 1 else "một", 5: "lăm", 4: "tư" if tens > 1 else "bốn"}.get(
        ones, VI_DIGITS[ones]
    )
    return f"{head} {last}"


# --- operators: each yields every edit it can make -------------------------------------

Operator = Callable[[Seeds], Iterator[Edit]]
OPERATORS: dict[str, tuple[str, Operator]] = {}
NOISE = (
    "NFC/NFD",
    "no-break spaces",
    "tone placement",
    "dashes",
    "re-wrapped lines",
    "CRLF",
    "byte-order mark",
)


def operator(name: str, label: str) -> Callable[[Operator], Operator]:
    def register(fn: Operator) -> Operator:
        OPERATORS[name] = (label, fn)
        return fn

    return register


def _edit(op: str, lang: str, start: int, end: int, new: str, text: str) -> Edit:
    label = OPERATORS[op][0]
    return Edit(op, label, (Rep(lang, start, end, new),), f"{lang}: {text[start:end]!r} -> {new!r}")


DIGITS = re.compile(r"\d+")
NUMBER = {"en": re.compile(r"\d+(?:\.\d+)?"), "vi": re.compile(r"\d+(?:,\d+)?")}
DECIMAL = {"en": re.compile(r"(\d+)\.(\d+)"), "vi": re.compile(r"(\d+),(\d+)")}
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@operator("digit substitution", CHANGING)
def digit_substitution(seeds: Seeds) -> Iterator[Edit]:
    for lang, text in seeds.text.items():
        for m in DIGITS.finditer(text):
            for i in range(m.start(), m.end()):
                for d in "0123456789":
                    if d != text[i]:
                        yield _edit("digit substitution", lang, i, i + 1, d, text)


@operator("digit transposition", CHANGING)
def digit_transposition(seeds: Seeds) -> Iterator[Edit]:
    for lang, text in seeds.text.items():
        for m in DIGITS.finditer(text):
            for i in range(m.start(), m.end() - 1):
                if text[i] != text[i + 1]:
                    yield _edit("digit transposition", lang, i, i + 2, text[i + 1] + text[i], text)


@operator("decimal shift", CHANGING)
def decimal_shift(seeds: Seeds) -> Iterator[Edit]:
    for lang, text in seeds.text.items():
        sep = "." if lang == "en" else ","
        for m in NUMBER[lang].finditer(text):
            digits = m.group(0).replace(sep, "")
            around = text[m.start() - 1 : m.start()] + text[m.end() : m.end() + 1]
            if YEAR.fullmatch(m.group(0)) or set(around) & set("/-–"):
                continue  # years, dates and periods have no decimal point to shift
            point = m.group(0).find(sep)
            point = len(digits) if point < 0 else point
            for shift in (-1, 1):
                at = point + shift
                if at <= 0:
                    new = "0" + sep + "0" * (-at) + digits
                elif at >= len(digits):
                    new = digits + "0" * (at - len(digits))
                else:
                    new = digits[:at] + sep + digits[at:]
                new = new.lstrip("0") or "0"
                if new.startswith(sep):
                    new = "0" + new
                if new != m.group(0):
                    yield _edit("decimal shift", lang, m.start(), m.end(), new, text)


@operator("scale word", CHANGING)
def scale_word(seeds: Seeds) -> Iterator[Edit]:
    for lang, text in seeds.text.items():
        scales = SCALES[lang]
        for m in re.finditer(rf"(?<=\d)(\s?)({'|'.join(scales)})(?!\w)", text):
            for word, power in scales.items():
                if power != scales[m.group(2)]:
                    gap = "" if len(word) <= 2 else " "
                    yield _edit("scale word", lang, m.start(), m.end(), gap + word, text)


def _figure_qualifiers(lang: str, text: str) -> Iterator[tuple[re.Match[str], str]]:
    table = QUALIFIERS[lang]
    words = sorted((w for ws in table.values() for w in ws), key=len, reverse=True)
    for m in re.finditer(rf"(?<!\w)({'|'.join(words)})\s+(?=(?:US)?\$?\d)", text):
        yield m, next(cls for cls, ws in table.items() if m.group(1) in ws)


UNIT_FIGURE = {
    "en": re.compile(
        r"(?<![\w$])(?:US)?\$?\d+(?:\.\d+)?(?=\s?(?:billion|million|per cent|percent|%|consecutive))"
    ),
    "vi": re.compile(r"(?<![\w,])\d+(?:,\d+)?(?=\s?(?:tỷ|triệu|%|phần trăm|năm liên tiếp))"),
}


@operator("qualifier flip", CHANGING)
def qualifier_flip(seeds: Seeds) -> Iterator[Edit]:
    for lang, text in seeds.text.items():
        table = QUALIFIERS[lang]
        qualified = set()
        for m, cls in _figure_qualifiers(lang, text):
            qualified.add(m.end())
            for other, words in table.items():
                if other != cls:
                    for w in words:
                        yield _edit("qualifier flip", lang, m.start(), m.end(), w + " ", text)
            yield _edit("qualifier flip", lang, m.start(), m.end(), "", text)  # dropped
        for m in UNIT_FIGURE[lang].finditer(text):
            if m.start() not in qualified:
                for words in table.values():
                    for w in words:
                        yield _edit("qualifier flip", lang, m.start(), m.start(), w + " ", text)  # added


@operator("ordinal", CHANGING)
def ordinal(seeds: Seeds) -> Iterator[Edit]:
    en = seeds.text["en"]
    for m in re.finditer(r"(?<!\w)(\d+)(st|nd|rd|th)(?!\w)", en):
        n = int(m.group(1))
        for k in {n - 1, n + 1, n + 10, n + 100, n * 10} - {n, 0}:
            yield _edit("ordinal", "en", m.start(), m.end(), f"{k}{en_suffix(k)}", en)
    for m in re.finditer(rf"(?<!\w)({'|'.join(EN_ORDINAL_WORDS)})(?!\w)", en):
        for w in EN_ORDINAL_WORDS[:6]:
            if w != m.group(1):
                yield _edit("ordinal", "en", m.start(), m.end(), w, en)
    vi = seeds.text["vi"]
    for m in re.finditer(rf"(?<!\w)([Tt]hứ)\s?({'|'.join(VI_ORDINAL_WORDS)}|\d+)(?=[\s,.;])", vi):
        n = int(m.group(2)) if m.group(2).isdigit() else VI_ORDINAL_WORDS.index(m.group(2)) + 1
        for k in {n - 1, n + 1, n + 10, n + 100} - {n, 0}:
            if k > 99 and not m.group(2).isdigit():
                continue
            new = (
                str(k) if m.group(2).isdigit() else ("nhất" if k == 1 else "tư" if k == 4 else vi_cardinal(k))
            )
            yield _edit("ordinal", "vi", m.start(2), m.end(2), new, vi)
    for m in re.finditer(r"(?<!\w)đầu tiên(?!\w)", vi):
        for new in ("thứ hai", "thứ ba", "cuối cùng"):
            yield _edit("ordinal", "vi", m.start(), m.end(), new, vi)


PERIOD = re.compile(r"(?<!\d)((?:19|20)\d\d)(\s?[-–—]\s?)(\d{2}|\d{4})(?![\d-])")


@operator("period end", CHANGING)
def period_end(seeds: Seeds) -> Iterator[Edit]:
    for lang, text in seeds.text.items():
        for m in PERIOD.finditer(text):
            end = m.group(3)
            for delta in (-2, -1, 1, 2, 10):
                new = str(int(end) + delta).zfill(len(end))[-len(end) :]
                if new != end:
                    yield _edit("period end", lang, m.start(3), m.end(3), new, text)


@operator("year", CHANGING)
def year(seeds: Seeds) -> Iterator[Edit]:
    for lang, text in seeds.text.items():
        for m in YEAR.finditer(text):
            for delta in (-10, -2, -1, 1, 2, 10):
                yield _edit("year", lang, m.start(), m.end(), str(int(m.group(0)) + delta), text)


DATES = {
    "en": re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)"),
    "vi": re.compile(r"(?<=[Nn]gày )(?P<d>\d{1,2})(?P<sep>[/-])(?P<m>\d{1,2})(?:(?P=sep)(?P<y>\d{4}))?"),
}


@operator("day and month", CHANGING)
def day_and_month(seeds: Seeds) -> Iterator[Edit]:
    for lang, text in seeds.text.items():
        for m in DATES[lang].finditer(text):
            for part in ("d", "m"):
                value, width = int(m.group(part)), len(m.group(part))
                top = 12 if part == "m" else 28
                for delta in (-3, -1, 1, 2, 7):
                    new = value + delta
                    if 1 <= new <= top:
                        yield _edit(
                            "day and month", lang, m.start(part), m.end(part), str(new).zfill(width), text
                        )


@operator("weekday", CHANGING)
def weekday(seeds: Seeds) -> Iterator[Edit]:
    for lang, names in (("en", EN_WEEKDAYS), ("vi", VI_WEEKDAYS)):
        text = seeds.text[lang]
        for m in re.finditer(rf"(?<!\w)({'|'.join(names)})(?!\w)", text):
            for other in names:
                if other != m.group(1):
                    yield _edit("weekday", lang, m.start(), m.end(), other, text)


def _letters(word: str) -> Iterator[tuple[int, str]]:
    """Every one-letter substitution of a word: another plain letter of the same case,
    never the letter's own bare form (that would only drop its diacritics)."""
    for i, ch in enumerate(word):
        if not ch.isalpha():
            continue
        bare = unicodedata.normalize("NFD", ch)[0]
        for new in "abcdefghijklmnopqrstuvwxyz":
            new = new.upper() if ch.isupper() else new
            if new.lower() != bare.lower():
                yield i, new


def _retone(syllable: str) -> Iterator[str]:
    """The syllable with each other Vietnamese tone (or none)."""
    nfd = unicodedata.normalize("NFD", syllable)
    current = next((t for t in TONES[1:] if t in nfd), "")
    base = nfd.replace(current, "") if current else nfd
    vowels = [i for i, ch in enumerate(base) if ch.lower() in "aeiouy"]
    if not vowels:
        return
    marked = [i for i in vowels if i + 1 < len(base) and base[i + 1] in "\u0302\u0306\u031b"]
    at = (marked or vowels[-1:] if base[-1].lower() not in "aeiouy" else marked or vowels[:1])[-1]
    at += 2 if at in marked else 1
    for tone in TONES:
        if tone != current:
            yield unicodedata.normalize("NFC", base[:at] + tone + base[at:])


def _is_vietnamese(form: str) -> bool:
    return (
        unicodedata.normalize("NFD", form)
        != "".join(ch for ch in unicodedata.normalize("NFD", form) if not unicodedata.combining(ch))
        or "đ" in form.lower()
    )


@operator("name letter", CHANGING)
def name_letter(seeds: Seeds) -> Iterator[Edit]:
    for lang in LANGS:
        text = seeds.text[lang]
        for start, end, _, _, _ in seeds.name_spans(lang):
            for w in re.finditer(r"\w+", text[start:end]):
                if len(w.group(0)) < 3:
                    continue
                for i, new in _letters(w.group(0)):
                    at = start + w.start() + i
                    yield _edit("name letter", lang, at, at + 1, new, text)


@operator("name tone mark", CHANGING)
def name_tone_mark(seeds: Seeds) -> Iterator[Edit]:
    for lang in LANGS:
        text = seeds.text[lang]
        for start, end, _, _, form in seeds.name_spans(lang):
            if not _is_vietnamese(form):
                continue  # pinyin and English names carry no Vietnamese tones
            span = text[start:end]
            for w in re.finditer(r"\w+", span):
                for new in _retone(w.group(0)):
                    if not _is_vietnamese(span[: w.start()] + new + span[w.end() :]):
                        continue  # the name wholly without diacritics is its documented folding
                    yield _edit("name tone mark", lang, start + w.start(), start + w.end(), new, text)


@operator("name swap (claimed name)", CHANGING)
def name_swap_claimed(seeds: Seeds) -> Iterator[Edit]:
    for lang in LANGS:
        text = seeds.text[lang]
        for start, end, kind, cid, _ in seeds.name_spans(lang):
            others = {
                f
                for c, f in seeds.names[lang][kind]
                if (c != cid and " " in f) or (c != cid and kind == "place")
            }
            for other in sorted(others):
                yield _edit("name swap (claimed name)", lang, start, end, other, text)


@operator("name swap (new name)", CHANGING)
def name_swap_new(seeds: Seeds) -> Iterator[Edit]:
    for lang in LANGS:
        text = seeds.text[lang]
        for start, end, kind, _, _ in seeds.name_spans(lang):
            for other in OTHER_NAMES[lang][kind]:
                yield _edit("name swap (new name)", lang, start, end, other, text)


SENTENCE_END = re.compile(r"(?<=[.…])(?=\s+[A-ZĐÀ-Ỹ])")
INSERTS = {
    "en": [
        " Exports rose {p} per cent.",
        " Investment reached US${m} billion in {y}.",
        " The two sides signed {n} agreements.",
        " The plan runs until {y}.",
    ],
    "vi": [
        " Xuất khẩu tăng {p}%.",
        " Vốn đầu tư đạt {m} tỷ USD năm {y}.",
        " Đã ký {n} thỏa thuận.",
        " Kế hoạch kéo dài đến năm {y}.",
    ],
}


@operator("figure inserted", CHANGING)
def figure_inserted(seeds: Seeds) -> Iterator[Edit]:
    rng = random.Random(0)  # values only; where and which sentence is exhaustive
    for lang, text in seeds.text.items():
        sep = "." if lang == "en" else ","
        existing = [m.group(0) for m in NUMBER[lang].finditer(text) if sep in m.group(0)]
        for m in SENTENCE_END.finditer(text):
            for template in INSERTS[lang]:
                p = rng.choice([*existing, f"{rng.randint(1, 99)}{sep}{rng.randint(1, 9)}"])
                new = template.format(p=p, m=p, y=rng.choice([2023, 2024, 2025, 2030]), n=rng.randint(3, 9))
                yield _edit("figure inserted", lang, m.start(), m.start(), new, text)


FIGURE_SPAN = {
    "en": re.compile(
        r"(?:(?:approximately|about|over) )?(?:US\$)?\d+(?:[.\-–/]\d+)*(?:st|nd|rd|th)?"
        r"(?: ?(?:billion|per cent|consecutive years))?"
    ),
    "vi": re.compile(
        r"(?:(?:[Nn]gày|năm|khoảng|trên|lần thứ) )?\d+(?:[,/\-]\d+)*(?: – \d+)?"
        r"(?: ?(?:tỷ USD|%|năm liên tiếp))?"
    ),
}


@operator("figure deleted", CHANGING)
def figure_deleted(seeds: Seeds) -> Iterator[Edit]:
    for lang, text in seeds.text.items():
        for m in FIGURE_SPAN[lang].finditer(text):
            end = m.end() + (1 if text[m.end() : m.end() + 1] == " " else 0)
            yield _edit("figure deleted", lang, m.start(), end, "", text)
        from crosscheck.text import Document

        doc = Document.from_text(text, lang)
        starts = [*doc.sentence_starts, len(text)]
        for s, e in pairwise(starts):
            if re.search(r"\d", text[s:e]) and text[s:e].strip():
                yield _edit("figure deleted", lang, s, e, "", text)  # the whole sentence


@operator("figures swapped", CHANGING)
def figures_swapped(seeds: Seeds) -> Iterator[Edit]:
    shapes = {
        "en": [r"\d+\.\d+(?= per cent)", r"(?<=US\$)\d+\.\d+", r"(?<![\d-])(?:19|20)\d\d(?![\d-])"],
        "vi": [r"\d+(?:,\d+)?(?=%)", r"\d+,\d+(?= tỷ)", r"(?<![\d–-])(?:19|20)\d\d(?![\d-])"],
    }
    for lang, text in seeds.text.items():
        for shape in shapes[lang]:
            found = list(re.finditer(shape, text))
            for i, a in enumerate(found):
                for b in found[i + 1 :]:
                    if a.group(0) != b.group(0):
                        reps = (
                            Rep(lang, a.start(), a.end(), b.group(0)),
                            Rep(lang, b.start(), b.end(), a.group(0)),
                        )
                        yield Edit(
                            "figures swapped", CHANGING, reps, f"{lang}: {a.group(0)} <-> {b.group(0)}"
                        )


# --- meaning-preserving operators ------------------------------------------------------


def _variants(op: str, seeds: Seeds, table: dict[str, list[tuple[str, list[str]]]]) -> Iterator[Edit]:
    """Each (pattern, writings) of a language: every match rewritten in each writing, with
    \\1.. filled from the match."""
    for lang, rows in table.items():
        text = seeds.text[lang]
        for pattern, writings in rows:
            for m in re.finditer(pattern, text):
                for w in writings:
                    new = m.expand(w)
                    if new != m.group(0):
                        yield _edit(op, lang, m.start(), m.end(), new, text)


@operator("numbers", PRESERVING)
def numbers(seeds: Seeds) -> Iterator[Edit]:
    yield from _variants(
        "numbers",
        seeds,
        {
            "en": [(r"(?<![\d.])(\d+)\.(\d+)(?![\d.])", [r"\1.\g<2>0", r"\1.\g<2>00"])],
            "vi": [
                (r"(?<![\d,])(\d+),(\d+)(?![\d,])", [r"\1,\g<2>0", r"\1,\g<2>00"]),
                (r"(?<!\w)0(\d)(?= văn kiện)", [r"\1"]),
            ],
        },
    )


@operator("percentages", PRESERVING)
def percentages(seeds: Seeds) -> Iterator[Edit]:
    yield from _variants(
        "percentages",
        seeds,
        {
            "en": [
                (
                    r"(\d+(?:\.\d+)?) ?(?:per cent|percent|%)",
                    [r"\1 per cent", r"\1 percent", r"\1%", r"\1" + NBSP + "per cent", r"\1 pct"],
                )
            ],
            "vi": [
                (r"(\d+(?:,\d+)?) ?(?:%|phần trăm)", [r"\1%", r"\1 %", r"\1 phần trăm", r"\1" + NBSP + "%"])
            ],
        },
    )


@operator("money", PRESERVING)
def money(seeds: Seeds) -> Iterator[Edit]:
    def en_millions(m: re.Match[str]) -> str:
        whole, frac = m.group(1), m.group(2) or ""
        return f"{int(whole + frac.ljust(3, '0')):,}"

    def vi_millions(m: re.Match[str]) -> str:
        return f"{int(m.group(1) + (m.group(2) or '').ljust(3, '0')):,}".replace(",", ".")

    en, vi = seeds.text["en"], seeds.text["vi"]
    for m in re.finditer(r"US\$(\d+)(?:\.(\d+))? billion", en):
        n = m.group(0)[3:-8]
        for new in (
            f"${n} billion",
            f"US${n}bn",
            f"${n}bn",
            f"{n} billion USD",
            f"USD {n} billion",
            f"US$ {n} billion",
            f"{n} billion US dollars",
            f"US${en_millions(m)} million",
            f"USD{n} billion",
        ):
            yield _edit("money", "en", m.start(), m.end(), new, en)
    for m in re.finditer(r"(\d+)(?:,(\d+))? tỷ USD", vi):
        n = m.group(0)[: -len(" tỷ USD")]
        for new in (
            f"{n} tỉ USD",
            f"{n} tỷ đô la",
            f"{n} tỷ đô la Mỹ",
            f"{n} tỷ đôla",
            f"{n} tỷ USD",
            f"{vi_millions(m)} triệu USD",
            f"{n}{NBSP}tỷ USD",
            f"{n} tỷ US$",
        ):
            if new != m.group(0):
                yield _edit("money", "vi", m.start(), m.end(), new, vi)


@operator("dates", PRESERVING)
def dates(seeds: Seeds) -> Iterator[Edit]:
    en, vi = seeds.text["en"], seeds.text["vi"]
    for m in DATES["en"].finditer(en):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        month = EN_MONTHS[mo - 1]
        for new in (
            f"{month} {d}, {y}",
            f"{d} {month} {y}",
            f"{month[:3]}. {d}, {y}",
            f"{d} {month[:3]} {y}",
            f"{month} {d}",
            f"{d} {month}",
        ):
            yield _edit("dates", "en", m.start(), m.end(), new, en)
    for m in DATES["vi"].finditer(vi):
        d, mo = int(m["d"]), int(m["m"])
        for new in (
            f"{d:02}/{mo:02}",
            f"{d}/{mo}/2025",
            f"{d:02}/{mo:02}/2025",
            f"{d}-{mo}",
            f"{d} tháng {mo}",
            f"{d} tháng {mo} năm 2025",
            f"{d}.{mo}.2025",
            f"{d:02}-{mo:02}-2025",
        ):
            if new != m.group(0):
                yield _edit("dates", "vi", m.start(), m.end(), new, vi)


@operator("periods", PRESERVING)
def periods(seeds: Seeds) -> Iterator[Edit]:
    for lang, text in seeds.text.items():
        for m in PERIOD.finditer(text):
            a, b = m.group(1), m.group(3)
            full = b if len(b) == 4 else a[:2] + b
            short = full[2:]
            forms = [f"{a}-{full}", f"{a}–{full}", f"{a} – {full}", f"{a} - {full}"]
            forms += [f"{a}-{short}", f"{a}–{short}"] if lang == "en" else [f"từ {a} đến {full}"]
            for new in forms:
                if new != m.group(0):
                    yield _edit("periods", lang, m.start(), m.end(), new, text)


@operator("number words", PRESERVING)
def number_words(seeds: Seeds) -> Iterator[Edit]:
    en, vi = seeds.text["en"], seeds.text["vi"]
    for m in re.finditer(r"(?<![\w.,$-])(\d{1,2})(?= (?:consecutive|cooperation|years))", en):
        yield _edit("number words", "en", m.start(), m.end(), en_cardinal(int(m.group(1))), en)
    for m in re.finditer(r"(?<!\w)(\d{1,2})(st|nd|rd|th)(?!\w)", en):
        yield _edit("number words", "en", m.start(), m.end(), en_ordinal_word(int(m.group(1))), en)
    for i, word in enumerate(EN_ONES[1:13], 1):
        for m in re.finditer(rf"(?<!\w){word}(?= (?:\w+ )?\w+s\b)", en):
            yield _edit("number words", "en", m.start(), m.end(), str(i), en)
    for m in re.finditer(r"(?<!\w)first(?= overseas)", en):
        yield _edit("number words", "en", m.start(), m.end(), "1st", en)
    for m in re.finditer(r"(?<![\w,/])(\d{1,2})(?= (?:văn kiện|năm liên tiếp))", vi):
        n = int(m.group(1))
        for new in {vi_cardinal(n), str(n)} - {m.group(1)}:
            yield _edit("number words", "vi", m.start(), m.end(), new, vi)
    for m in re.finditer(r"(?<=lần thứ )(\d{1,2})(?!\d)", vi):
        yield _edit("number words", "vi", m.start(), m.end(), vi_cardinal(int(m.group(1))), vi)
    for m in re.finditer(r"(?<![Tt]hứ )(?<!mươi )(?<!\w)hai(?= (?:bên|nước))", vi):
        for new in ("2", "02"):
            yield _edit("number words", "vi", m.start(), m.end(), new, vi)


@operator("qualifier synonym", PRESERVING)
def qualifier_synonym(seeds: Seeds) -> Iterator[Edit]:
    for lang, text in seeds.text.items():
        for m, cls in _figure_qualifiers(lang, text):
            for w in QUALIFIERS[lang][cls]:
                if w != m.group(1):
                    yield _edit("qualifier synonym", lang, m.start(1), m.end(1), w, text)


@operator("dashes", PRESERVING)
def dashes(seeds: Seeds) -> Iterator[Edit]:
    for lang, text in seeds.text.items():
        # a spaced dash, or a hyphen between two capitalised words (Việt Nam-China)
        for m in re.finditer(r"(?<=\s)[-–—](?=\s)|(?<=[A-ZĐÀ-Ỹa-zà-ỹ])[-–](?=[A-ZĐÀ-Ỹ])", text):
            spaced = text[m.start() - 1].isspace()
            for d in "-–—" if spaced else "-–":
                if d != m.group(0):
                    yield _edit("dashes", lang, m.start(), m.end(), d, text)


WORD = re.compile(r"\w+")


@operator("NFC/NFD", PRESERVING)
def nfd(seeds: Seeds) -> Iterator[Edit]:
    for lang, text in seeds.text.items():
        for m in WORD.finditer(text):
            new = unicodedata.normalize("NFD", m.group(0))
            if new != m.group(0):
                yield _edit("NFC/NFD", lang, m.start(), m.end(), new, text)
        paragraphs = [m.span() for m in re.finditer(r"[^\n]+", text)]
        for s, e in paragraphs:
            yield _edit("NFC/NFD", lang, s, e, unicodedata.normalize("NFD", text[s:e]), text)
        yield _edit("NFC/NFD", lang, 0, len(text), unicodedata.normalize("NFD", text), text)


OLD_NEW_TONES = re.compile(r"(?i)(o[àáảãạ]|[òóỏõọ]a|o[èéẻẽẹ]|[òóỏõọ]e|u[ỳýỷỹỵ]|[ùúủũụ]y)(?!\w)")


@operator("tone placement", PRESERVING)
def tone_placement(seeds: Seeds) -> Iterator[Edit]:
    for lang, text in seeds.text.items():
        for m in OLD_NEW_TONES.finditer(text):
            nfd_pair = unicodedata.normalize("NFD", m.group(0))
            tone = next(t for t in TONES[1:] if t in nfd_pair)
            a, b = nfd_pair[0], nfd_pair.replace(tone, "")[1:]
            on_first = unicodedata.normalize("NFD", m.group(0)[0]) != m.group(0)[0]
            new = a + b + tone if on_first else a + tone + b
            yield _edit("tone placement", lang, m.start(), m.end(), unicodedata.normalize("NFC", new), text)


@operator("no-break spaces", PRESERVING)
def no_break_spaces(seeds: Seeds) -> Iterator[Edit]:
    for lang, text in seeds.text.items():
        for m in re.finditer(r"\u00a0", text):
            yield _edit("no-break spaces", lang, m.start(), m.end(), " ", text)
        # after a number, inside a name, and anywhere between words
        for m in re.finditer(r"(?<=\d) (?=\D)|(?<=[A-ZĐÀ-Ỹ]\w) (?=[A-ZĐÀ-Ỹ])|(?<=\w) (?=\w)", text):
            for space in (NBSP, "\u202f"):
                yield _edit("no-break spaces", lang, m.start(), m.end(), space, text)


@operator("re-wrapped lines", PRESERVING)
def rewrapped_lines(seeds: Seeds) -> Iterator[Edit]:
    for lang, text in seeds.text.items():
        for m in re.finditer(r"(?<=\S) (?=\S)", text):
            yield _edit("re-wrapped lines", lang, m.start(), m.end(), "\n", text)
        for width in (40, 60, 72, 80):  # every paragraph hard-wrapped at a width
            reps = []
            for p in re.finditer(r"[^\n]+", text):
                col, last_space = 0, None
                for i in range(p.start(), p.end()):
                    col += 1
                    if text[i] == " ":
                        last_space = i
                    if col > width and last_space is not None:
                        reps.append(Rep(lang, last_space, last_space + 1, "\n"))
                        col, last_space = i - last_space, None
            yield Edit("re-wrapped lines", PRESERVING, tuple(reps), f"{lang}: wrapped at {width}")


@operator("CRLF", PRESERVING)
def crlf(seeds: Seeds) -> Iterator[Edit]:
    for lang, text in seeds.text.items():
        breaks = [m.start() for m in re.finditer("\n", text)]
        for ending in ("\r\n", "\r"):
            reps = tuple(Rep(lang, i, i + 1, ending) for i in breaks)
            yield Edit("CRLF", PRESERVING, reps, f"{lang}: every line ends {ending!r}")
        for i in breaks:
            yield _edit("CRLF", lang, i, i + 1, "\r\n", text)


@operator("byte-order mark", PRESERVING)
def byte_order_mark(seeds: Seeds) -> Iterator[Edit]:
    for lang, text in seeds.text.items():
        yield _edit("byte-order mark", lang, 0, 0, "\ufeff", text)


# --- drawing the edits -----------------------------------------------------------------


def pools(seeds: Seeds) -> dict[str, list[Edit]]:
    return {name: list(fn(seeds)) for name, (_, fn) in OPERATORS.items()}


def draw(seeds: Seeds, total: int, seed: int) -> list[Edit]:
    """`total` edits, the same number from each operator: its own edits first (shuffled),
    then, to fill its share, its edits again with one or two noise edits layered on."""
    rng = random.Random(seed)
    all_pools = pools(seeds)
    small_noise = {op: [e for e in all_pools[op] if len(e.reps) <= 40] for op in NOISE}
    share = math.ceil(total / len(all_pools))
    edits: list[Edit] = []
    for name, pool in all_pools.items():
        pool = pool[:]
        rng.shuffle(pool)
        mine: list[Edit] = pool[:share]
        seen = {e.reps for e in mine}
        tries = 0
        while len(mine) < share and pool and tries < share * 20:
            tries += 1
            base = rng.choice(pool)
            reps = list(base.reps)
            notes = [base.note]
            for _ in range(rng.choice((1, 1, 2))):
                noise = rng.choice(small_noise[rng.choice(NOISE)])
                extra = [r for r in noise.reps if not any(r.overlaps(o) for o in reps)]
                if extra:
                    reps += extra
                    notes.append(f"noise {noise.op}")
            key = tuple(sorted(reps, key=lambda r: (r.lang, r.start, r.end, r.new)))
            if key in seen or len(reps) == len(base.reps):
                continue
            seen.add(key)
            mine.append(Edit(name, base.label, key, "; ".join(notes)))
        edits += mine
    return edits
