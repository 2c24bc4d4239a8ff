"""Language knowledge: one module per language (`en`, `vi`), plus Chinese names (`zh`).

Every reader in `crosscheck.kinds` asks a `Language` for words and separators instead of
carrying its own; adding a language is adding a module that builds one.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

LANGS = ("en", "vi")


@dataclass(frozen=True)
class Language:
    code: str
    decimal: str  # the decimal separator
    groups: str  # characters that may group thousands
    read_cardinal: Callable[[str], int | None]  # spelled number -> value
    cardinal_pattern: str  # regex of a spelled number (no groups)
    read_ordinal: Callable[[str], int | None]  # "twenty-second", "thứ tư" -> value
    ordinal_pattern: str
    qualifiers: dict[str, str]  # phrase -> "about" | "over" | "under"
    scales: dict[str, int]  # scale word -> multiplier
    glued_scales: dict[str, int]  # abbreviations written onto the digits: "£2.8bn", "$5m"
    currency_prefixes: dict[str, str]  # symbol written before a figure -> ISO code
    currency_words: dict[str, str]  # word written after a figure -> ISO code
    percent_words: dict[str, str]  # "%" / "per cent" -> "percent"; "percentage points" -> "point"
    units: dict[str, str]  # unit word -> pint expression
    durations: dict[str, str]  # time-span word -> pint unit
    unit_adjectives: tuple[str, ...]  # "26 consecutive years"
    months: dict[str, int]
    weekdays: dict[str, int]
    titles: frozenset[str]  # capitalised words that are not names (titles, demonyms)
    function_words: frozenset[str]  # never a near miss of a name ("Then" is not "Chen")
    person_titles: tuple[str, ...] = ()  # stripped from the front of a name ("Bộ trưởng", "Minister")
    name_connectors: frozenset[str] = frozenset()  # lower-case words inside names ("of", "the")
    name_stops: frozenset[str] = frozenset()  # words that end a name running on in lower case
    # Nouns and classifiers a spelled number counts ("năm người", "ba trận"): the positive
    # evidence that a number word is a figure and not an idiom ("nấu chín", "quanh năm").
    counted: frozenset[str] = frozenset()
    counts_plurals: bool = False  # English: any plural noun after a number word is counted
    # The words for one, articles as often as numbers ("one of them", "một số", "a"), are a
    # figure before a unit of measure ("less than one metre", "một mét", "about a mile"):
    # read there, weakly (`figures.ONE_UNIT`), except before the units that open other
    # words ("một độ tuổi", "a yard").
    one_words: tuple[str, ...] = ()
    # The number word for one itself ("one", "một"; not the article "a"): spelled where the
    # other version writes the digit 1, it is that figure (`one_spelled`).
    one_word: str = ""
    not_after_one: frozenset[str] = frozenset()
    multiples: dict[str, float] = field(default_factory=dict)  # "tripled", "gấp đôi" -> 3, 2
    # Forms that are multiples or nouns ("to double" or "a double"): read, but never flag alone.
    maybe_multiples: dict[str, float] = field(default_factory=dict)
    # Number words used as nouns ("hit 11 fours", "in twos and threes"): the same weak reading.
    number_nouns: dict[str, float] = field(default_factory=dict)
    # Words that make a unit a rate with a unit of time after them: "350 km per hour",
    # "20 metres a second", "60 km mỗi giờ".
    rate_words: tuple[str, ...] = ()
    # Phrases that say what a figure elsewhere in the sentence is per, with that unit of
    # time: "annually", "every year", "hằng năm" ("Mỗi năm" is a rate word and a unit).
    rate_adverbs: dict[str, str] = field(default_factory=dict)
    # The kinds of legal document a number after them names ("Nghị định 100", "Decree 100"):
    # that number is the document's, an identifier (`document_numbers`).
    document_words: tuple[str, ...] = ()
    # Words that add a half to the figure before them: "two and a half days" (after the
    # number), "hai ngày rưỡi", "hai triệu rưỡi" (after the unit or the scale word).
    halves: tuple[str, ...] = ()
    # A half as the number before a scale word: "half a million", "nửa triệu" (500,000).
    half_numbers: tuple[str, ...] = ()
    # A spelled count of the parties of a relation, already named, is no figure to check:
    # "the two sides", "these three countries"; in a language with no article, "two"
    # before such a noun ("hai nước", "hai bên").
    definite_words: frozenset[str] = frozenset()
    party_nouns: frozenset[str] = frozenset()
    # A spelled ordinal counts occurrences (a fact to check) with one of these words up to
    # two words before it ("lần điều chỉnh thứ ba") or after it ("the second increase this
    # year", "the third straight", "for the fourth time").
    occurrence_before: tuple[str, ...] = ()
    # Currency words that are verbs too ("won"): money after digits or a scale word only.
    verb_currencies: frozenset[str] = frozenset()
    # Currency words that open other words too ("đồng phạm" is a co-defendant, "đồng hồ" a
    # clock, "đồng ý" to agree): read as money, a small sum of them before another word
    # may be a count of that word instead ("50 đồng phạm"), which `align` lets agree.
    compound_currencies: frozenset[str] = frozenset()
    # Words after a currency word that make it another noun outright: "300 tỷ đồng xu" is
    # 300 billion coins, "hai đồng hồ" two clocks; the figure is a count of that noun.
    currency_compounds: dict[str, frozenset[str]] = field(default_factory=dict)
    occurrence_after: tuple[str, ...] = ()
    # Days named from the story's own day ("yesterday", "last week", "hôm qua"): where the
    # other version gives a date, the two cannot be checked without the dateline.
    relative_days: tuple[str, ...] = ()
    # Years named from the story's own year ("next year", "năm ngoái"): the same, for years;
    # and months from its month ("last month", "đầu tháng này"), for months.
    relative_years: dict[str, int] = field(default_factory=dict)  # each with its offset, +1 next year
    relative_months: tuple[str, ...] = ()
    # Verbs that report a statement ("said", "cho biết"): a weekday beside one dates the
    # statement, which wire style gives and a version may leave to its dateline. Between
    # the verb and the weekday, only names and these words ("told reporters late on").
    saying_verbs: tuple[str, ...] = ()
    # Verbs of change and their direction, 1 up and -1 down ("rose", "giảm"), and the small
    # words that may stand between one and its figure ("by", "about", "thêm", "khoảng").
    change_words: dict[str, int] = field(default_factory=dict)
    change_fillers: tuple[str, ...] = ()
    statement_words: frozenset[str] = frozenset()
    # Words that make the noun after them plural or counted ("những năm sau" is "in the
    # years after", no year named from the story's)
    plural_markers: frozenset[str] = frozenset()
    # Counts said in round words ("dozens", "hàng trăm"): the least and most they may be.
    vague_counts: dict[str, tuple[int, int]] = field(default_factory=dict)
    # Parts of the day and the hours they cover ("afternoon" 12 to 18, "tối" 18 to 23):
    # a clock time agrees with the part the other version names. Hours past 24 wrap.
    day_parts: dict[str, tuple[int, int]] = field(default_factory=dict)
    # Time zones a time is labelled with ("EDT", "giờ Hà Nội") and their offsets from UTC
    # in minutes; a label for a zone with summer time has both ("ET": -300 and -240).
    time_zones: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # Words that open a restatement of the figure before them ("tức", "i.e."): one moment
    # said again in another time zone.
    that_is: tuple[str, ...] = ()
    # The sixty-year cycle that names a lunar year ("Bính Ngọ" is 2026): its ten stems and
    # twelve branches in order from a year ≡ 4 (mod 60), each with its spellings. English
    # names only the branch, as an animal ("the Year of the Horse").
    year_stems: tuple[tuple[str, ...], ...] = ()
    year_branches: tuple[tuple[str, ...], ...] = ()
    # Names of the festival of the lunar new year ("Lunar New Year", "Tết").
    # Words for a kind of place written beside its name: before it in Vietnamese ("tỉnh
    # Nghệ An", "thành phố Huế"), after it in English ("Lạng Sơn Province").
    place_heads: tuple[str, ...] = ()
    new_year_names: tuple[str, ...] = ()
    # Festivals held on a day of the lunar calendar, by name, with that (month, day):
    # "the Mid-Autumn Festival" is "rằm tháng Tám", the 15th of the eighth month.
    lunar_festivals: dict[str, tuple[int, int]] = field(default_factory=dict)
    # Temperatures said as a band of ten ("the teens Fahrenheit", "the low 30s Celsius"):
    # the bands said in words with their degrees, the parts of a band by the degrees past
    # its first, and the words naming each scale.
    temperature_bands: dict[str, tuple[int, int]] = field(default_factory=dict)
    band_parts: dict[str, tuple[int, int]] = field(default_factory=dict)
    temperature_scales: dict[str, str] = field(default_factory=dict)
    # A period the story has named (the dateline's quarter, the months so far), referred to
    # without its figures: "in the quarter", "trong kỳ", each with its length in months (0:
    # any). A period against one of these cannot be checked; against another figure it is.
    period_references: dict[str, int] = field(default_factory=dict)
    # The first half of a year said as such ("first-half deliveries", "nửa đầu năm"): the
    # six months from January that "6 tháng đầu năm" counts.
    first_halves: tuple[str, ...] = ()
    # A match's clock said from the break or the end: the words after "ten minutes" and
    # the minute they count from, negative when counted back ("before half-time" -45,
    # "from time" -90). "Ten minutes after the break" is the 55th minute, "phút 55".
    match_clock: dict[str, int] = field(default_factory=dict)
    # Words for a minus sign before a temperature ("minus 2 degrees", "âm 2 độ C").
    minus_words: tuple[str, ...] = ()
    # Words that make a number the index of an occasion, not a quantity: its edition, round,
    # term or anniversary, just before the number ("lần thứ 12", "vòng 18", "khóa XVI", "kỷ
    # niệm 79 năm") or just after it ("the 12th edition", "79th anniversary").
    occasion_before: tuple[str, ...] = ()
    occasion_after: tuple[str, ...] = ()
    # Words that name one of a thing by distributing over it ("two candidates for each
    # seat", "mỗi người"): one said so, where the other version writes "1" ("chọn 1").
    each_words: tuple[str, ...] = ()
    # Words that name a weekend ("weekend", "cuối tuần"): two days, which the other version
    # may count ("hai ngày cuối tuần" against "its first weekend").
    weekend_words: tuple[str, ...] = ()

    def is_counted(self, following: str) -> bool:
        """Whether a number word followed by these words ("người", "máy bay", "inmates")
        states a figure: the first one to three of them name a unit or a counted noun."""
        words = following.split()
        tables = (self.counted, self.units, self.durations, self.scales)
        for size in (3, 2, 1):
            phrase = " ".join(words[:size]).lower()
            if len(words) >= size and any(phrase in table for table in tables):
                return True
        first = words[0] if words else ""
        plural = len(first) > 3 and first.endswith("s") and first.isalpha() and first.islower()
        return self.counts_plurals and plural and first not in self.function_words

    def counts_occurrences(self, before: str, after: str) -> bool:
        """Whether an ordinal between these stretches of text counts occurrences: a cue at
        most two words before it, or at most two words after it ("the second increase
        this year"). `before` ends, and `after` starts, at the ordinal."""
        if any(word in self.occurrence_before for word in re.findall(r"\w+", before.lower())[-3:]):
            return True
        words = re.findall(r"\w+", after.lower())[:5]
        return any(
            words[skip : skip + len(cue.split())] == cue.split()
            for cue in self.occurrence_after
            for skip in range(3)
        )

    def refers_back(self, word_before: str, value: int | None, following: str) -> bool:
        """Whether a spelled count ("two") between these words names parties already
        spoken of ("the two sides", "lãnh đạo hai nước") rather than stating a figure."""
        words = following.lower().split()
        if not any(" ".join(words[:size]) in self.party_nouns for size in (1, 2, 3)):
            return False
        if self.definite_words:
            return word_before.lower() in self.definite_words
        return value == 2


@cache
def get(code: str) -> Language:
    """The knowledge of one language, built on first use."""
    if code not in LANGS:
        raise KeyError(f"unknown language {code!r}; crosscheck knows {', '.join(LANGS)}")
    module = importlib.import_module(f"crosscheck.lang.{code}")
    language: Language = module.build()
    return language


_LENGTHS = frozenset({"kilometer", "meter", "centimeter", "millimeter", "mile", "foot"})


def with_powers(units: dict[str, str]) -> dict[str, str]:
    """A language's unit words, with areas and volumes written by a length symbol and its
    power as a digit or a superscript: "23,600 km3" and "23.600 km³" are cubic kilometres,
    "500 cm2" square centimetres. Only symbols (short, one word): "metres2" is no unit."""
    powers = {
        f"{word}{mark}": f"{unit}**{power}"
        for word, unit in units.items()
        if unit in _LENGTHS and len(word) <= 3 and word.isascii() and word.isalpha()
        for power, marks in ((2, ("2", "²")), (3, ("3", "³")))
        for mark in marks
    }
    return powers | units


def table_key(matched: str) -> str:
    """The key a table word matched by `alternation` is looked up by: its spaces may be any
    run of whitespace in the text ("gấp\u00a0đôi", a line break inside "early on
    Sunday"), the table's are one plain space each, and its case is lower.

    >>> table_key("Gấp\u00a0 đôi\n")
    'gấp đôi'
    """
    return " ".join(matched.split()).lower()


def alternation(words: object) -> str:
    """A regex alternation of literal words that prefers the longest ("per cent" beats "per"),
    written as a trie: with each prefix shared, the regex engine tests one letter where a
    flat list would try every word, and readers try these at every word of a text."""
    items = {str(w) for w in words if w}  # type: ignore[attr-defined]
    trie: _Trie = {}
    for word in items:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    if _case_clash(trie):  # under re.IGNORECASE, "Ab" and "aB" would share a branch
        ordered = sorted(items, key=lambda w: (-len(w), w))
        return "|".join(re.escape(w).replace(r"\ ", r"[\s\u00a0]+") for w in ordered)
    return _trie_pattern(trie)[0]


@cache
def words_pattern(code: str, table: str) -> re.Pattern[str]:
    """One of a language's word tables (`relative_days`, `relative_years`, `relative_months`,
    `day_parts`, `vague_counts`, `saying_verbs`) as a pattern of whole words, any case; a
    pattern that never matches for an empty table."""
    words = getattr(get(code), table)
    if not words:
        return re.compile("(?!)")
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.IGNORECASE)


_Trie = dict[str, "_Trie"]


def _case_clash(node: _Trie) -> bool:
    """Whether two branches of a node differ only in case ("A..." and "a...")."""
    keys = [k for k in node if k]
    return len({k.lower() for k in keys}) < len(keys) or any(_case_clash(child) for child in node.values())


def _trie_pattern(node: _Trie) -> tuple[str, int]:
    """The pattern of a trie node and the length of its longest word; the longer branch is
    tried first, and ending here comes last, so the longest word that fits wins."""
    branches = []
    for ch, child in node.items():
        if ch:
            rest, depth = _trie_pattern(child)
            token = r"[\s\u00a0]+" if ch == " " else re.escape(ch)
            branches.append((-depth, ch, token + rest))
    branches.sort()
    if not branches:
        return "", 0
    body = branches[0][2] if len(branches) == 1 else "(?:" + "|".join(b[2] for b in branches) + ")"
    return (f"(?:{body})?" if "" in node else body), 1 - branches[0][0]
