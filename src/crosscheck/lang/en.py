"""English: decimal point, comma groups, number words, and the words news uses around figures."""

from __future__ import annotations

import re

from crosscheck.lang import Language, cldr, with_powers
from crosscheck.lang.vocabulary import known

UNITS = """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen""".split()
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINAL_UNITS = """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth""".split()
ORDINAL_TENS = [t[:-1] + "ieth" for t in TENS]  # twentieth .. ninetieth

_VALUE = {w: i + 1 for i, w in enumerate(UNITS)} | {w: 20 + 10 * i for i, w in enumerate(TENS)} | {"zero": 0}
_VALUE["a"] = 1  # only ever read before a scale word (see _A)
_ORDINAL = {w: i + 1 for i, w in enumerate(ORDINAL_UNITS)} | {
    w: 20 + 10 * i for i, w in enumerate(ORDINAL_TENS)
}
_SEP = r"(?:-|\s+)"

# "one" counts only before a scale or a percent ("one million", "one percent"): alone,
# "one of the", "one between the ministry" are not counts.
# ("One" after a word of a name, "Formula One", is read apart: figures.names_one)
_ONE = r"one(?=[\s\u00a0-]+(?:per[\s\u00a0]?cent|percent|hundred|thousand|million|billion|trillion)\b)"
# ... and as the first end of a range, which takes the unit of the other ("in the next one
# to two years" is "trong 1-2 năm tới")
_ONE += r"|one(?=[\s\u00a0]+to[\s\u00a0]+(?:two|three|four|five|six|seven|eight|nine|ten|\d)\b)"
# "a hundred times", "almost a thousand years": "a" is one before a scale word.
_A = r"(?=a[\s\u00a0])(?<![\w'’-])a(?=[\s\u00a0]+(?:hundred|thousand|million|billion|trillion|dozen)\b)"
CARDINAL = (
    rf"(?:(?:{'|'.join(TENS)})(?:{_SEP}(?:{'|'.join(UNITS[:9])}))?"
    rf"|{'|'.join(u for u in sorted(UNITS, key=len, reverse=True) if u != 'one')}|zero|{_ONE}|{_A})"
)
ORDINAL = (
    r"(?-i:Q[1-4])(?!\w)|"  # a quarter: "Q1 2024" is "quý I/2024"
    rf"(?:(?:{'|'.join(TENS)}){_SEP}(?:{'|'.join(ORDINAL_UNITS[:9])})"
    rf"|{'|'.join(sorted(ORDINAL_UNITS + ORDINAL_TENS, key=len, reverse=True))})"
)


def _words(text: str) -> list[str]:
    return re.split(r"[-\s\u00a0]+", text.strip().lower())


def read_cardinal(text: str) -> int | None:
    """>>> read_cardinal("Twenty-six"), read_cardinal("two"), read_cardinal("twenty two")
    (26, 2, 22)
    """
    words = _words(text)
    if not words or any(w not in _VALUE for w in words):
        return None
    if len(words) == 1:
        return _VALUE[words[0]]
    if len(words) == 2 and words[0] in TENS and _VALUE[words[1]] < 10:
        return _VALUE[words[0]] + _VALUE[words[1]]
    return None


def read_ordinal(text: str) -> int | None:
    """>>> read_ordinal("twenty-second"), read_ordinal("22nd"), read_ordinal("first")
    (22, 22, 1)
    """
    text = text.strip().lower().replace(",", "")
    if re.fullmatch(r"q[1-4]", text):
        return int(text[1])
    digits = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", text)
    if digits:
        return int(digits.group(1))
    words = _words(text)
    if len(words) == 1:
        return _ORDINAL.get(words[0])
    if len(words) == 2 and words[0] in TENS and words[1] in ORDINAL_UNITS[:9]:
        return _VALUE[words[0]] + _ORDINAL[words[1]]
    return None


QUALIFIERS = {
    "approximately": "about", "about": "about", "around": "about", "roughly": "about",
    "some": "about", "nearly": "about", "almost": "about", "close to": "about",
    "an estimated": "about", "estimated": "about", "approx.": "about", "approx": "about",
    "over": "over", "more than": "over", "above": "over",
    "in excess of": "over", "upwards of": "over", "exceeding": "over",
    "under": "under", "less than": "under", "below": "under", "fewer than": "under",
    # a comparison denied turns round: "no less than 700" is a floor, "no more than" a cap
    "no less than": "over", "no fewer than": "over", "not less than": "over", "not fewer than": "over",
    "no more than": "under", "not more than": "under",
}  # fmt: skip

# Not in CLDR: the newsroom abbreviations of scale words ("£2.8bn", "$5m").
# Not in CLDR: newsroom abbreviations written onto the digits. "m" and "k" are millions
# and thousands only after a currency ("$5m"); "100m" alone is a hundred metres.
# (headlines write "$430B", "1.08B kWh": "B" glued to a number is billions, as "bn" is)
GLUED_SCALES = {"bn": 10**9, "tn": 10**12, "mn": 10**6, "m": 10**6, "k": 10**3, "b": 10**9}

CURRENCY_PREFIXES = {
    "us$": "USD", "$": "USD", "usd": "USD", "£": "GBP", "€": "EUR", "¥": "JPY",
    "a$": "AUD", "c$": "CAD", "hk$": "HKD", "s$": "SGD", "aud$": "AUD", "au$": "AUD",
    "cad$": "CAD", "nz$": "NZD", "nt$": "TWD", "t$": "TWD", "₫": "VND", "vnd": "VND", "vnđ": "VND",
    "rmb": "CNY", "yuan": "CNY", "rs": "INR", "rs.": "INR", "₹": "INR",
}  # fmt: skip
EXTRA_CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "pounds": "GBP",
    "pounds sterling": "GBP", "yuan": "CNY", "renminbi": "CNY", "dong": "VND",
    "đồng": "VND", "yen": "JPY", "won": "KRW", "euros": "EUR", "euro": "EUR",
    # the region's currencies by their bare names, as travel and business copy writes them
    "baht": "THB", "ringgit": "MYR", "rupiah": "IDR", "riel": "KHR", "rupee": "INR", "rupees": "INR",
}  # fmt: skip

PERCENT_WORDS = {"%": "percent", "per cent": "percent", "percent": "percent", "pc": "percent",
                 "pct": "percent", "percentage points": "point", "percentage point": "point",
                 # A basis point is a hundredth of a percentage point (figures.py divides):
                 # "cut by 50 basis points" is "giảm 0,5 điểm phần trăm". ("bp" alone is
                 # also a base pair of DNA, so only the plural abbreviation.)
                 "basis points": "basis point", "basis point": "basis point",
                 "bps": "basis point"}  # fmt: skip

EXTRA_UNITS = {
    "kilometres": "kilometer", "kilometre": "kilometer", "metres": "meter", "metre": "meter",
    "tonnes": "metric_ton", "tonne": "metric_ton", "tons": "metric_ton",
    "square kilometres": "kilometer**2", "hectares": "hectare", "kv": "kilovolt",
    "kilovolts": "kilovolt", "mw": "megawatt", "gw": "gigawatt", "kwh": "kilowatt_hour",
    "degrees celsius": "degC", "degrees": "degC", "c": "degC", "°c": "degC",
    "degrees fahrenheit": "degF", "°f": "degF", "m": "meter", "f": "degF",  # "71C (160F)"
    "feet": "foot", "miles": "mile", "mile": "mile", "yards": "yard",
    "km2": "kilometer**2", "km²": "kilometer**2", "sq km": "kilometer**2", "m2": "meter**2",
    "m²": "meter**2", "square metres": "meter**2",
    "sq mi": "mile**2", "gigatons": "gigametric_ton", "gigatonnes": "gigametric_ton",
    "megatons": "megametric_ton", "megatonnes": "megametric_ton",
    # emissions in megatonnes of CO2 (equivalent): "474 MtCO2e" is "474 triệu tấn CO2"
    "mt": "megametric_ton", "mtco2": "megametric_ton", "mtco2e": "megametric_ton",
    "gtco2": "gigametric_ton", "gtco2e": "gigametric_ton",
    "mi": "mile", "lb": "pound", "lbs": "pound", "kph": "kilometer/hour", "m3": "meter**3",
    "km/s": "kilometer/second", "m/s": "meter/second",
    "m³": "meter**3", "cubic metres": "meter**3",
    # gold in Vietnam is priced by the tael (lượng, 37.5 g); storage by decimal bytes
    "tael": "tael", "taels": "tael",
    "mb": "megabyte", "megabyte": "megabyte", "megabytes": "megabyte",
    "gb": "gigabyte", "gigabyte": "gigabyte", "gigabytes": "gigabyte",
    "tb": "terabyte", "terabyte": "terabyte", "terabytes": "terabyte",
    "pb": "petabyte", "petabyte": "petabyte", "petabytes": "petabyte",
    **{f"{prefix}bit{s}": f"{prefix}bit" for prefix in ("mega", "giga", "tera") for s in ("", "s")},
    "mbps": "megabit/second", "gbps": "gigabit/second", "tbps": "terabit/second",
}  # fmt: skip

TITLES = frozenset(
    """Minister Ministers Secretary President Vice Prime Deputy Chairman Chairwoman Chair
        General Director Ambassador Governor Mayor Chief Executive Officer Mr Mrs Ms Dr Sir
        Madam King Queen Prince Princess Senator Premier Chancellor Commissioner
        Spokesperson Spokesman Spokeswoman Head Leader Member Party Committee Government
        Central Ministry Department State National People Republic Provincial Province City
        Region Autonomous Northern Southern Eastern Western North South East West I""".split()
)

FUNCTION_WORDS = frozenset(
    """the a an and or but if then than that this these those there their they them he she
        it its we our you your his her when where while what which who whom why how in on
        at to of for by with from as is are was were be been also after before over under
        since until during about into onto upon not no yes all any each every some such
        many much more most other another both either neither now still yet so""".split()
)


PERSON_TITLES = ("Prime Minister", "Deputy Prime Minister", "Minister", "Secretary", "President",
                 "Vice President", "Chairman", "Chairwoman", "Ambassador", "Governor", "Mayor",
                 "Mr", "Mrs", "Ms", "Dr", "Sir", "Senator", "Sen", "Rep")  # fmt: skip


# Days named from the story's own day, as wire copy writes them.
RELATIVE_DAYS = tuple(
    ["yesterday", "today", "tonight", "tomorrow", "overnight"]
    + [f"{when} {span}"
       for when in ("last", "this", "next", "earlier this", "later this", "late last", "early next")
       for span in ("week", "weekend", "month", "night", "morning", "afternoon", "evening")]
    # a day named from a day the story told before: "closed higher that day", "on the same day"
    + ["that day", "the same day", "the previous day", "the day before", "the following day", "the next day"]
)  # fmt: skip


# What reports a statement ("the office said on Sunday", "told reporters on Monday",
# "figures released on Friday"): the weekday beside one dates the statement.
# "In the quarter", "during the period": the quarter or months the story has named (its
# dateline, its headline), with their length in months; "the same period" is a base, not one.
PERIOD_REFERENCES = {
    f"{before} the {noun}": months
    for before in ("in", "during", "over", "for", "through")
    for noun, months in (("period", 0), ("quarter", 3), ("half", 6), ("half-year", 6))
}

MATCH_CLOCK = {
    **{f"{cue} {brk}": 45 for cue in ("after", "past") for brk in ("the break", "half-time", "halftime",
                                                                    "the interval", "the restart")},
    "into the second half": 45,
    **{f"before {brk}": -45 for brk in ("the break", "half-time", "halftime", "the interval")},
    **{f"{cue} {end}": -90 for cue in ("from", "before") for end in ("time", "full-time", "full time")},
    "into extra time": 90,
}  # fmt: skip


SAYING_VERBS = tuple(
    "said says say told tells announced announces reported reports confirmed stated added warned "
    "declared noted wrote posted tweeted disclosed revealed released published issued showed shows".split()
)


# Verbs of change, up and down ("the index rose 1.2%", "exports fell by about 4%").
CHANGE_WORDS = {
    **dict.fromkeys(
        "rose rise rises rising risen up increase increased increases increasing grew grow grows growing "
        "grown growth gained gain gains gaining climb climbed climbs climbing jump jumped jumps surge "
        "surged surges soared soars advanced rallied".split(), 1
    ),
    **dict.fromkeys(
        "fell fall falls falling fallen down decrease decreased decreases decreasing decline declined "
        "declines declining drop dropped drops dropping slid slides slipped slips plunged plunges "
        "tumbled sank shed shrank contracted dipped eased lowered reduced".split(), -1
    ),
    # foreign investors' side of the market: "net buyers of VND560 billion", "net sold"
    **dict.fromkeys(["net buyers", "net buyer", "net bought", "net buying", "net purchases"], 1),
    **dict.fromkeys(["net sellers", "net seller", "net sold", "net selling", "net sales"], -1),
}  # fmt: skip
# (not "from": "down from about 16%" names the level before, no change of its own)
CHANGE_FILLERS = tuple(
    "by of to some about around nearly almost roughly approximately more less than over under "
    "another further just only a an".split()
)


# Festivals on a day of the lunar calendar (month, day), as English copy names them.
LUNAR_FESTIVALS = {
    "Lunar New Year": (1, 1), "Lantern Festival": (1, 15), "Hung Kings' Commemoration": (3, 10),
    "Hung Kings Commemoration": (3, 10), "Hung Kings' Temple Festival": (3, 10),
    "Dragon Boat Festival": (5, 5), "Doan Ngo Festival": (5, 5), "Double Fifth Festival": (5, 5),
    "Ghost Festival": (7, 15), "Vu Lan Festival": (7, 15), "Mid-Autumn Festival": (8, 15),
    "Mid-Autumn festival": (8, 15), "Kitchen Gods' Day": (12, 23), "Kitchen Guardians' Day": (12, 23),
}  # fmt: skip


# Counts said in round words, and the counts they cover: "dozens of people" may be 23.
VAGUE_COUNTS = {
    "dozens": (13, 99), "scores": (20, 99), "hundreds": (100, 999), "thousands": (1000, 99_999),
    "tens of thousands": (10_000, 99_999), "hundreds of thousands": (100_000, 999_999),
    "millions": (10**6, 999 * 10**6),
}  # fmt: skip


# Parts of the day, in hours from midnight (past 24: the next morning).
DAY_PARTS = {"morning": (5, 12), "noon": (11, 13), "midday": (11, 13), "afternoon": (12, 18),
             "evening": (17, 23), "night": (18, 30), "tonight": (18, 30), "midnight": (23, 25),
             "dawn": (4, 7), "early hours": (0, 7), "overnight": (20, 31)}  # fmt: skip


def _day_parts(weekdays: dict[str, int]) -> dict[str, tuple[int, int]]:
    """The parts of the day, with a weekday's small hours and late evening as wire copy
    writes them: "early Sunday" or "early on Sunday" is "2h sáng Chủ nhật", "late Friday"
    "23h thứ Sáu"."""
    edges = {
        f"{edge} {on}{day}": hours
        for day in weekdays
        if len(day) > 3  # (not "early sun")
        for edge, hours in (("early", (0, 9)), ("late", (18, 27)))
        for on in ("", "on ")  # (and "early on Sunday", "late on Friday")
    }
    return DAY_PARTS | edges


# Time zones as wire copy labels a time, with their offsets from UTC in minutes (the IANA
# abbreviations; a zone named without saying summer or winter time has both).
_H = 60
TIME_ZONES = {
    "GMT": (0,), "UTC": (0,), "BST": (_H,), "CET": (_H,), "CEST": (2 * _H,), "EET": (2 * _H,),
    "EEST": (3 * _H,), "MSK": (3 * _H,), "IST": (330,), "ICT": (7 * _H,), "SGT": (8 * _H,),
    "HKT": (8 * _H,), "JST": (9 * _H,), "KST": (9 * _H,), "AEST": (10 * _H,), "AEDT": (11 * _H,),
    "EST": (-5 * _H,), "EDT": (-4 * _H,), "ET": (-5 * _H, -4 * _H), "CST": (-6 * _H,),
    "CDT": (-5 * _H,), "CT": (-6 * _H, -5 * _H), "MST": (-7 * _H,), "MDT": (-6 * _H,),
    "PST": (-8 * _H,), "PDT": (-7 * _H,), "PT": (-8 * _H, -7 * _H),
    "Hanoi time": (7 * _H,), "Vietnam time": (7 * _H,), "Vietnamese time": (7 * _H,),
    "Beijing time": (8 * _H,), "Tokyo time": (9 * _H,), "Moscow time": (3 * _H,),
}  # fmt: skip

# Temperatures in bands of ten, as US and British weather copy says them: "the teens
# Fahrenheit" (10 to 19), "the low 30s Celsius" (30 to 33), "the mid-80s F", "the upper 90s".
TEMPERATURE_BANDS = {"teens": (10, 19), "single digits": (0, 9), "single figures": (0, 9)}
BAND_PARTS = {"low": (0, 3), "lower": (0, 3), "mid": (3, 7), "middle": (3, 7), "high": (6, 9),
              "upper": (6, 9)}  # fmt: skip
TEMPERATURE_SCALES = {"fahrenheit": "degF", "f": "degF", "celsius": "degC", "c": "degC", "centigrade": "degC"}

# The twelve animals that name a lunar year, from the Rat (2020, 2032 ...).
YEAR_ANIMALS = (("Rat", "Mouse"), ("Ox", "Buffalo"), ("Tiger",), ("Rabbit", "Cat"), ("Dragon",),
                ("Snake",), ("Horse",), ("Goat", "Sheep", "Ram"), ("Monkey",), ("Rooster",),
                ("Dog",), ("Pig", "Boar"))  # fmt: skip


# Multiples said as verbs or adverbs: "exports tripled" is "xuất khẩu tăng gấp ba". Only
# forms that are never nouns or adjectives ("a double room", "the set of triples").
MULTIPLES: dict[str, float] = {
    "doubled": 2, "doubling": 2, "twice": 2, "tripled": 3, "tripling": 3, "trebled": 3,
    "quadrupled": 4, "quadrupling": 4, "hundredfold": 100, "thousandfold": 1000,
    # "-fold" after any number word: "twofold", "fivefold", "tenfold", "twentyfold"
    **{f"{word}fold": value for value, word in enumerate(UNITS[1:19], start=2)},
    **{f"{word}fold": 20 + 10 * i for i, word in enumerate(TENS)},
}  # fmt: skip
# ("into thirds" is "thành ba phần": the number of parts, read the same weak way)
MAYBE_MULTIPLES: dict[str, float] = {"double": 2, "doubles": 2, "triple": 3, "triples": 3, "treble": 3,
                                     "quadruple": 4, "thirds": 3, "twin": 2,
                                     # a player's goals: "scored a brace" is "ghi cú đúp"
                                     "brace": 2, "hat-trick": 3, "hat trick": 3}  # fmt: skip


# Number words as nouns: cricket's "fours" and "sixes" are "bóng 4 điểm", "bóng 6 điểm".
# ("tens", "hundreds" and above are amounts of their own: "tens of thousands".)
NUMBER_NOUNS: dict[str, float] = {
    **{("sixes" if word == "six" else word + "s"): value for value, word in enumerate(UNITS[1:9], start=2)},
    # US coins by their names, worth so many cents: "Nickels also cost more to make" is
    # "Đồng 5 cent ...", "300 billion pennies" "300 tỷ đồng xu 1 cent". (Plural only: the
    # metal nickel is never counted; "quarter" is too many other things.)
    "pennies": 1,
    "nickels": 5,
    "dimes": 10,
}


# The parties of a relation: "two sides" is "hai bên", and it counts nothing new.
PARTY_NOUNS = frozenset(
    """sides countries nations leaders parties governments peoples economies delegations
    ministers presidents partners neighbours neighbors""".split()
)

# After an ordinal, what makes it a count of occurrences: "the second increase this year",
# "the third straight", "for the fourth time", "a fourth round of negotiations".
OCCURRENCE_AFTER = (
    "time",
    "round",
    "straight",
    "consecutive",
    "successive",
    "in a row",
    "this year",
    "so far this year",
)


# What a figure elsewhere in its sentence is per: "produces 300 tonnes of rice paper annually".
RATE_ADVERBS = {f"every {unit}": unit for unit in ("year", "month", "week", "day", "hour")} | {
    "annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day",
}  # fmt: skip


def build() -> Language:
    return Language(
        code="en",
        decimal=".",
        groups=",",
        read_cardinal=read_cardinal,
        cardinal_pattern=CARDINAL,
        read_ordinal=read_ordinal,
        ordinal_pattern=ORDINAL,
        qualifiers=QUALIFIERS,
        scales=known("en", "scales", cldr.scale_words("en"))
        # newsroom abbreviations apart from the digits; "5 m" is metres, not millions
        | {
            "bn": 10**9,
            "tn": 10**12,
            "bln": 10**9,
            "mln": 10**6,
            "hundred": 100,
            "dozen": 12,
            # the Indian system, in Indian and wire copy: "Rs 48 lakh crore" is 48 trillion rupees
            "lakh": 10**5,
            "crore": 10**7,
            "lakh crore": 10**12,
            "hundred thousand": 10**5,
            "hundred million": 10**8,
            "hundred billion": 10**11,
            # (beyond CLDR's compact formats, which stop at trillion: "VND1.2 quadrillion"
            # is Vietnamese "1,2 triệu tỷ đồng")
            "quadrillion": 10**15,
            # (and the short scale beyond: "10 septillion years" is "10 triệu tỷ tỷ năm")
            "quintillion": 10**18,
            "sextillion": 10**21,
            "septillion": 10**24,
        },
        glued_scales=GLUED_SCALES,
        currency_prefixes=CURRENCY_PREFIXES,
        currency_words=known("en", "currencies", cldr.currency_words("en")) | EXTRA_CURRENCY_WORDS,
        percent_words=PERCENT_WORDS,
        units={
            word: unit
            for word, unit in with_powers(known("en", "units", cldr.unit_words("en")) | EXTRA_UNITS).items()
            if word not in FUNCTION_WORDS  # "in" is a preposition before it is an inch
        },
        unit_adjectives=("consecutive", "straight", "successive", "running", "full"),
        # ("a record 1.08B kWh in a day" is the day's use: "1,08 tỷ kWh/ngày")
        rate_words=("per", "an", "a", "each", "in a", "in one", "in a single"),
        rate_adverbs=RATE_ADVERBS,
        document_words=("Decree", "Resolution", "Circular", "Decision", "Directive", "Dispatch", "Ordinance"),
        relative_days=RELATIVE_DAYS,
        relative_months=tuple(w for w in RELATIVE_DAYS if w.endswith("month")),
        relative_years={
            "last year": -1,
            "this year": 0,
            "next year": 1,
            "the previous year": -1,
            "the following year": 1,
            "the coming year": 1,
            "a year earlier": -1,
            "a year ago": -1,
            "a year later": 1,
            # ("the Sports Authority's year-end review" against "hội nghị tổng kết năm 2025":
            # the review of the year just ending, named without its number)
            "year-end": 0,
            # (a school year or a season runs across two years: "năm học 2025-2026")
            **{
                f"{when} {span}": offset
                for when, offset in (("last", -1), ("this", 0), ("next", 1), ("the new", 0))
                for span in ("school year", "academic year")
            },
        },
        saying_verbs=SAYING_VERBS,
        change_words=CHANGE_WORDS,
        change_fillers=CHANGE_FILLERS,
        statement_words=frozenset(
            "on late early in at to a an the its his her their statement news press conference briefing "
            "interview report reporters journalists".split()
        ),
        vague_counts=VAGUE_COUNTS,
        day_parts=_day_parts(known("en", "weekdays", cldr.weekday_names("en"))),
        time_zones=TIME_ZONES,
        that_is=("i.e.", "i.e.,", "that is", "or", "which is"),
        year_branches=YEAR_ANIMALS,
        temperature_bands=TEMPERATURE_BANDS,
        band_parts=BAND_PARTS,
        temperature_scales=TEMPERATURE_SCALES,
        period_references=PERIOD_REFERENCES,
        first_halves=("first half", "first-half", "H1"),
        match_clock=MATCH_CLOCK,
        minus_words=("minus", "negative"),
        occasion_before=("round", "matchday", "season"),
        each_words=("each", "every", "per", "apiece"),
        weekend_words=("weekend", "weekends"),
        occasion_after=(
            "edition",
            "anniversary",
            "session",
            "congress",
            "legislature",
            "national assembly",
            "round",
        ),
        place_heads=("province", "city", "district", "commune", "ward", "town", "village"),
        new_year_names=("Lunar New Year", "Tet", "Tết", "Chinese New Year", "Spring Festival", "Year of the"),
        lunar_festivals=LUNAR_FESTIVALS,
        halves=("and a half", "and-a-half"),
        half_numbers=("half a",),
        definite_words=frozenset({"the", "these", "those"}),
        party_nouns=PARTY_NOUNS,
        occurrence_after=OCCURRENCE_AFTER,
        verb_currencies=frozenset({"won"}),
        durations=known("en", "durations", cldr.duration_words("en")),
        months=known("en", "months", cldr.month_names("en")) | {"sept": 9},
        weekdays=known("en", "weekdays", cldr.weekday_names("en")),
        titles=TITLES | cldr.language_names("en"),
        function_words=FUNCTION_WORDS,
        person_titles=PERSON_TITLES,
        # With the lower-case particles of foreign names: "Miguel de la Madrid", "Walid
        # al-Moualem", "Hermann von François" are one name each, as the Vietnamese reads them.
        name_connectors=frozenset(
            "of the for on and de la da di du del della der von van bin ibn al".split()
        ),
        counted=frozenset("people children men women times hundred dozen".split()),
        counts_plurals=True,
        one_words=("one", "a"),
        one_word="one",
        not_after_one=frozenset({"yard", "ton", "foot", "pound", "knot"}),  # a courtyard, "a ton of", a tie
        multiples=MULTIPLES,
        maybe_multiples=MAYBE_MULTIPLES,
        number_nouns=NUMBER_NOUNS,
    )
