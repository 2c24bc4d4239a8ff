"""Vietnamese: decimal comma, dot or no-break-space groups, number words with mốt, lăm, tư."""

from __future__ import annotations

import re
from typing import TypeVar

from crosscheck.lang import Language, cldr, with_powers
from crosscheck.lang.vocabulary import known
from crosscheck.text import other_placement, word_key

DIGITS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
          "chín": 9}  # fmt: skip
# After "mươi" (tens) a unit may take another form: 21 is "hai mươi mốt", 24 may be
# "hai mươi tư", 25 is "hai mươi lăm"; after "mười", 15 is "mười lăm".
AFTER_TENS = DIGITS | {"mốt": 1, "tư": 4, "lăm": 5}
AFTER_TEN = {k: v for k, v in DIGITS.items() if k not in ("một",)} | {"một": 1, "lăm": 5}

_S = r"[\s\u00a0]+"
_UNIT = "hai|ba|bốn|năm|sáu|bảy|tám|chín"
# Alone, "một" is rarely a count ("một số" is "some", "một chiều" is "direct current")
# and "năm" is a year far more often than five, so neither stands alone as a count.
# Before a unit or a counted noun they are numbers again: "năm năm" is five years,
# "một triệu" one million. "ngã ba" (a junction) and "cả hai" (both) are not counts.
_SCALED = r"trăm|nghìn|ngàn|triệu|tỷ|tỉ|phần trăm"
# "một người" is "a person" and "năm tháng" is "years": only these nouns make them numbers.
# "cả hai bên" (both sides), "bộ ba" (a trio) are read, but count only before a counted
# noun ("cả ba công ty", all three companies): see `COUNTED`.
# "năm" is five before a noun ("năm nạn nhân", "năm tháng"), and a year before these
# words or after these ("năm nay", "năm 2024", "mỗi năm", "cuối năm").
_YEAR_AFTER = "nay|ngoái|qua|trước|tới|sau|đó|này|kia|học|mới|tài|ấy|rồi|thứ|nào|sinh|đầu|cuối|tuổi"
# "năm tháng" is "the years" unless a time word follows: "năm tháng qua" is five months,
# and so is "năm tháng đầu năm" (the first five months; "những năm tháng đầu đời" is no
# count, "những" before it).
_MONTHS_IDIOM = r"tháng(?![\s\u00a0]+(?:vừa qua|qua|tới|sau|trước|nữa|liên tiếp|đầu|cuối))"
_YEAR_BEFORE = ("mỗi ", "hàng ", "cả ", "cuối ", "đầu ", "giữa ", "các ", "vài ", "mấy ", "của ", "năm ",
                "một ", "nhiều ", "những ", "từng ", "lâu ")  # fmt: skip
# "năm tới" is "next year", but "năm tới mười năm" is five to ten years: a range is evidence.
_FIVE_TO = rf"{_S}(?:đến|tới){_S}(?:\d|một|hai|ba|bốn|sáu|bảy|tám|chín|mười)"
# (the word first, then the look-behinds: "năm" is too common a word to try them everywhere)
_FIVE = (
    r"(?=năm)"
    + "".join(rf"(?<!{w})" for w in _YEAR_BEFORE)
    + rf"năm(?={_FIVE_TO}|[\s\u00a0]+(?!(?:{_YEAR_AFTER}|{_MONTHS_IDIOM})(?!\w))[^\W\d_])"
)
# ... and as the first end of a range, which takes the unit of the other ("trong một đến
# hai năm tới" is "in the next one to two years")
_ONE_OF = (
    rf"(?=[\s\u00a0]+(?:{_SCALED})(?!\w)"
    rf"|[\s\u00a0]+(?:đến|tới)[\s\u00a0]+(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d)(?!\w))"
)
# "ngàn năm", "trăm năm": a scale word alone is one of it; "hàng ngàn" (thousands), "vài
# trăm" (a few hundred) and "phần trăm" (percent) are not. (Not "tỷ", "triệu": "tỷ lệ" is a
# rate, "triệu chứng" a symptom.)
# "hơn chục tỷ đồng" is more than ten billion dong, "gần chục người" nearly ten people; "hàng
# chục", "vài chục", "dăm chục", "cả chục" are round words (tens of, a few tens), and "một
# chục" as often stands for English's "a dozen" (left unread, as before).
_BARE_SCALE = (
    "(?=ngàn|nghìn|trăm|chục)"
    + "".join(
        rf"(?<!{w} )"
        for w in (
            "phần",
            "hàng",
            "vài",
            "mấy",
            "nhiều",
            "chục",
            "mười",
            "trăm",
            "ngàn",
            "nghìn",
            "dăm",
            "cả",
            "một",
        )
    )
    + r"(?:ngàn|nghìn|trăm|chục)"
)  # (the look-ahead first: cheaper than ten look-behinds at every word)
BARE_SCALES = {"ngàn": 1000, "nghìn": 1000, "trăm": 100, "chục": 10}
CARDINAL = (
    rf"(?:(?:{_UNIT}){_S}mươi(?:{_S}(?:mốt|hai|ba|tư|bốn|lăm|sáu|bảy|tám|chín))?"
    rf"|mười(?:{_S}(?:một|hai|ba|bốn|lăm|sáu|bảy|tám|chín))?"
    rf"|(?<!ngã )(?:hai|ba|bốn|sáu|bảy|tám|chín)"
    rf"|{_FIVE}|một{_ONE_OF}|{_BARE_SCALE})"
)
_ORDINAL_WORDS = "nhất|nhì|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười"
# Roman numerals count terms, congresses and centuries: "Quốc hội khóa XV" is the 15th
# National Assembly, "Đại hội lần thứ XIII" and "Nghị quyết Đại hội XIII" the 13th Congress,
# "thế kỷ XXI" the 21st century. Upper case only: "thứ vi" is no six.
_ROMAN = r"(?-i:(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"
ORDINAL = (
    rf"(?:(?:[Tt]hứ|THỨ|[Kk]hóa|[Kk]hoá|KHÓA|[Tt]hế{_S}k[ỷỉ]|THẾ{_S}K[ỶỈ]|[Đđ]ại{_S}hội|ĐẠI{_S}HỘI)"
    rf"{_S}{_ROMAN}(?![\w])"
    rf"|(?:[Tt]hứ|THỨ){_S}(?:{CARDINAL}|{_ORDINAL_WORDS}|\d{{1,3}}(?:\.\d{{3}})*)(?![\w]|[.,]\d)"
    rf"|đầu{_S}tiên|(?:[Qq]uý|QUÝ){_S}(?:[1-4]|I{{1,3}}|IV|một|hai|ba|bốn|tư)(?!\w))"
)


def _words(text: str) -> list[str]:
    return [word_key(w) for w in re.split(r"[\s\u00a0]+", text.strip())]


_DIGIT_KEYS = {word_key(k): v for k, v in DIGITS.items()}
_AFTER_TENS = {word_key(k): v for k, v in AFTER_TENS.items()}
_AFTER_TEN = {word_key(k): v for k, v in AFTER_TEN.items()}
_BARE_SCALE_KEYS = {word_key(k): v for k, v in BARE_SCALES.items()}


def read_cardinal(text: str) -> int | None:
    """>>> read_cardinal("hai mươi sáu"), read_cardinal("hai mươi mốt"), read_cardinal("mười lăm")
    (26, 21, 15)
    >>> read_cardinal("hai"), read_cardinal("hai mươi tư"), read_cardinal("ba mươi")
    (2, 24, 30)
    """
    words = _words(text)
    if len(words) == 1:
        if words[0] == word_key("mười"):
            return 10
        if words[0] in _BARE_SCALE_KEYS:
            return _BARE_SCALE_KEYS[words[0]]
        return _DIGIT_KEYS.get(words[0])
    if words[0] == word_key("mười") and len(words) == 2:
        unit = _AFTER_TEN.get(words[1])
        return None if unit is None else 10 + unit
    if len(words) in (2, 3) and words[1] == word_key("mươi"):
        tens = _DIGIT_KEYS.get(words[0])
        if tens is None or tens < 2:
            return None
        if len(words) == 2:
            return 10 * tens
        unit = _AFTER_TENS.get(words[2])
        return None if unit is None else 10 * tens + unit
    return None


def _roman(word: str) -> int | None:
    """>>> _roman("xiii"), _roman("xv"), _roman("iv"), _roman("tư")
    (13, 15, 4, None)
    """
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    if not word or any(ch not in values for ch in word):
        return None
    total = 0
    for ch, after in zip(word, [*word[1:], ""], strict=True):
        total += -values[ch] if after and values[after] > values[ch] else values[ch]
    return total


def read_ordinal(text: str) -> int | None:
    """>>> read_ordinal("thứ tư"), read_ordinal("lần thứ 22"), read_ordinal("đầu tiên")
    (4, 22, 1)
    """
    words = _words(text)
    if words == [word_key("đầu"), word_key("tiên")]:
        return 1
    if len(words) == 2 and words[0] == word_key("quý"):  # "quý 2", "quý II": the second quarter
        roman = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
        return roman.get(words[1]) or (
            int(words[1])
            if words[1].isdigit()
            else read_cardinal(words[1]) or (4 if words[1] == word_key("tư") else None)
        )
    cues = (
        [word_key("thứ")],
        [word_key("khóa")],
        [word_key("đại"), word_key("hội")],
        [word_key("thế"), word_key("kỷ")],
        [word_key("thế"), word_key("kỉ")],
    )
    if len(words) >= 2 and words[:-1] in cues and _roman(words[-1]):
        return _roman(words[-1])
    if word_key("thứ") not in words:
        return None
    rest = words[words.index(word_key("thứ")) + 1 :]
    if not rest:
        return None
    if len(rest) == 1 and rest[0].replace(".", "").isdigit():  # "thứ 1.000"
        return int(rest[0].replace(".", ""))
    if rest in ([word_key("nhất")], [word_key("nhì")]):
        return 1 if rest[0] == word_key("nhất") else 2
    if rest == [word_key("tư")]:
        return 4
    return read_cardinal(" ".join(rest)) or (5 if rest == [word_key("năm")] else None)


# Festivals on a day of the lunar calendar (month, day), by the names Vietnamese gives them.
LUNAR_FESTIVALS = {
    "Tết Nguyên đán": (1, 1), "Tết Nguyên tiêu": (1, 15), "Giỗ Tổ Hùng Vương": (3, 10),
    "Tết Đoan ngọ": (5, 5), "Tết Đoan Ngọ": (5, 5), "lễ Vu Lan": (7, 15), "Lễ Vu Lan": (7, 15),
    "Tết Trung thu": (8, 15), "Trung thu": (8, 15), "Tết ông Công ông Táo": (12, 23),
}  # fmt: skip


# What reports a statement ("cho biết", "thông báo"): a weekday beside one dates it.
SAYING_VERBS = ("cho biết", "cho hay", "nói", "tuyên bố", "thông báo", "khẳng định", "phát biểu",
                "công bố", "cảnh báo", "đưa tin", "nhấn mạnh", "xác nhận", "trả lời")  # fmt: skip


# Verbs of change, up and down ("VN-Index tăng 1,2%", "xuất khẩu giảm khoảng 4%").
CHANGE_WORDS = {
    **dict.fromkeys(["tăng", "tăng trưởng", "nhích", "leo", "đi lên", "phục hồi"], 1),
    **dict.fromkeys(["giảm", "sụt", "sụt giảm", "lao dốc", "đi xuống", "hạ nhiệt"], -1),
    # the side of the market: "khối ngoại mua ròng 560 tỷ đồng" (net buying), "bán ròng"
    "mua ròng": 1,
    "bán ròng": -1,
}


QUALIFIERS = {
    "khoảng": "about", "gần": "about", "xấp xỉ": "about", "chừng": "about",
    "ước tính": "about", "trên": "over", "hơn": "over", "vượt": "over",
    "dưới": "under", "chưa đến": "under", "chưa tới": "under", "không đến": "under",
    "ít hơn": "under", "trên dưới": "about",  # ("trên dưới 300 tấn": around 300 tonnes)
    # "dưới" denied is a floor: "không dưới 700" is no fewer than 700, never under it
    "không dưới": "over", "không ít hơn": "over",
}  # fmt: skip

# Not in CLDR: the spelling tỉ beside tỷ, ngàn beside nghìn (both correct).
EXTRA_SCALES = {"tỉ": 10**9, "ngàn": 10**3, "ngàn tỷ": 10**12, "nghìn tỉ": 10**12,
                "ngàn tỉ": 10**12, "trăm": 100, "trăm nghìn": 10**5, "trăm ngàn": 10**5,
                "trăm triệu": 10**8, "trăm tỷ": 10**11, "trăm tỉ": 10**11,
                "chục": 10,
                # the shorthand of salaries and prices: "21,5 tr.đ/tháng", "15 tr đồng"
                "tr.": 10**6, "tr": 10**6}  # fmt: skip
# ("hơn hai chục người" is "more than 20 people": "chục" is ten, as "trăm" is a hundred)

CURRENCY_PREFIXES = {"us$": "USD", "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "a$": "AUD",
                     "aud$": "AUD", "c$": "CAD", "cad$": "CAD", "nz$": "NZD"}  # fmt: skip


def _english_currency_names() -> dict[str, str]:
    """Vietnamese news also writes a foreign currency by its English name after the figure
    ("7,3 tỷ yen", "500 triệu baht", "2 tỷ ringgit"): the one-word names from the English
    table (CLDR). Not "pound", which is a weight as often as sterling."""
    from crosscheck.lang import get as get_language  # (built on first use, like this table)

    english = get_language("en").currency_words
    return {w: iso for w, iso in english.items() if w.isalpha() and w.islower() and len(w) >= 3
            and not w.startswith("pound")}  # fmt: skip


EXTRA_CURRENCY_WORDS = {
    "đô la": "USD", "đô-la": "USD", "đôla": "USD", "đô": "USD", "usd": "USD",
    "đồng": "VND", "vnđ": "VND", "vnd": "VND", "đ": "VND", "bảng": "GBP", "yên": "JPY",
    "nhân dân tệ": "CNY", "tệ": "CNY", "euro": "EUR", "won": "KRW", "rupee": "INR",
    # the region's currencies by their bare names ("500 baht (khoảng 15 USD)")
    "baht": "THB", "bạt": "THB", "ringgit": "MYR", "rupiah": "IDR", "riel": "KHR", "kíp": "LAK",
    # and the Taiwan dollar as the press names it ("57,7 tỷ Đài tệ")
    "đài tệ": "TWD",
}  # fmt: skip

# "điểm cơ bản" is a basis point, a hundredth of "điểm phần trăm" (figures.py divides).
PERCENT_WORDS = {
    "%": "percent",
    "phần trăm": "percent",
    "điểm phần trăm": "point",
    "điểm %": "point",  # the newsroom's short form
    "điểm cơ bản": "basis point",
}

# CLDR's word for the acre, but in news "mẫu" is as often a model ("3 mẫu xe") or the
# Vietnamese land measure; "mẫu Anh" is the acre.
NOT_UNITS = frozenset({"mẫu"})
# Units that open other words after "một": "một độ tuổi" (an age group), "một khối" (a
# bloc), "một tấn công" (an attack) are no measure of one.
NOT_AFTER_ONE = frozenset({"độ", "khối", "tấn"})
# Days named from the story's own day: "hôm qua" (yesterday), "tuần trước" (last week).
RELATIVE_DAYS = tuple(
    ["hôm qua", "hôm nay", "ngày mai", "đêm qua", "tối qua", "sáng nay", "chiều nay", "tối nay", "cuối tuần"]
    + [f"{span} {when}" for span in ("tuần", "tháng") for when in ("trước", "qua", "này", "tới", "sau")]
    # a day named from a day the story told before: "hôm đó", "cùng ngày", "hôm trước"
    + ["hôm đó", "ngày hôm đó", "cùng ngày", "hôm trước", "ngày hôm trước", "hôm sau", "ngày hôm sau"]
)  # fmt: skip

# Counts said in round words: "hàng trăm ngôi nhà" (hundreds of houses), "vài chục" (a few dozen).
VAGUE_COUNTS = {
    "hàng chục": (10, 99), "vài chục": (20, 99), "mấy chục": (20, 99), "hàng trăm": (100, 999),
    "vài trăm": (200, 999), "hàng nghìn": (1000, 99_999), "hàng ngàn": (1000, 99_999),
    "hàng chục nghìn": (10_000, 99_999), "hàng chục ngàn": (10_000, 99_999),
    "hàng trăm nghìn": (100_000, 999_999), "hàng trăm ngàn": (100_000, 999_999),
    "hàng triệu": (10**6, 999 * 10**6),
}  # fmt: skip

# Parts of the day, in hours from midnight (past 24: the next morning).
DAY_PARTS = {"sáng": (5, 12), "trưa": (11, 14), "chiều": (12, 19), "tối": (18, 24), "đêm": (21, 30),
             "khuya": (22, 27), "rạng sáng": (0, 6), "nửa đêm": (23, 25)}  # fmt: skip

# Time zones as a Vietnamese desk labels a time, with their offsets from UTC in minutes
# (a zone named without saying summer or winter time has both).
_H = 60
TIME_ZONES = {
    "giờ Hà Nội": (7 * _H,), "giờ Việt Nam": (7 * _H,), "theo giờ Hà Nội": (7 * _H,),
    "theo giờ Việt Nam": (7 * _H,), "giờ GMT": (0,), "giờ quốc tế": (0,),
    "giờ miền Đông nước Mỹ": (-5 * _H, -4 * _H), "giờ miền Đông Mỹ": (-5 * _H, -4 * _H),
    "giờ miền Đông": (-5 * _H, -4 * _H), "giờ miền Tây nước Mỹ": (-8 * _H, -7 * _H),
    "giờ miền Tây Mỹ": (-8 * _H, -7 * _H), "giờ Washington": (-5 * _H, -4 * _H),
    "giờ New York": (-5 * _H, -4 * _H), "giờ London": (0, _H), "giờ Anh": (0, _H),
    "giờ Paris": (_H, 2 * _H), "giờ Pháp": (_H, 2 * _H), "giờ Moscow": (3 * _H,),
    "giờ Bắc Kinh": (8 * _H,), "giờ Tokyo": (9 * _H,), "giờ Seoul": (9 * _H,),
}  # fmt: skip

# The sixty-year cycle that names a lunar year: "Giáp Thìn" is 2024, "Bính Ngọ" 2026. The
# ten stems (Giáp for a year ending in 4) and twelve branches (Tý for 2020, 2032 ...).
YEAR_STEMS = (("Giáp",), ("Ất",), ("Bính",), ("Đinh",), ("Mậu",), ("Kỷ", "Kỉ"), ("Canh",), ("Tân",),
              ("Nhâm",), ("Quý", "Quí"))  # fmt: skip
YEAR_BRANCHES = (("Tý", "Tí"), ("Sửu",), ("Dần",), ("Mão", "Mẹo"), ("Thìn",), ("Tỵ", "Tị"), ("Ngọ",),
                 ("Mùi",), ("Thân",), ("Dậu",), ("Tuất",), ("Hợi",))  # fmt: skip

EXTRA_UNITS = {
    "tấn": "metric_ton", "cây số": "kilometer", "ki-lô-mét": "kilometer", "mét": "meter",
    "ha": "hectare", "héc-ta": "hectare", "kv": "kilovolt", "mw": "megawatt",
    "kwh": "kilowatt_hour", "độ c": "degC", "độ": "degC", "°c": "degC", "kg": "kilogram",
    "lít": "liter", "dặm": "mile", "thước anh": "yard", "dặm trên giờ": "mile/hour", "dặm/giờ": "mile/hour",
    "km/giờ": "kilometer/hour", "km/h": "kilometer/hour", "km trên giờ": "kilometer/hour",
    "km/s": "kilometer/second", "m/s": "meter/second",
    "km/giây": "kilometer/second", "m/giây": "meter/second",
    "m": "meter", "yard": "yard", "feet": "foot",
    # the northern words for CLDR's "muỗng cà phê", "muỗng canh" (a recipe's spoons)
    "thìa cà phê": "teaspoon", "thìa canh": "tablespoon",
    # "lượng vàng" is a tael of gold (37,5 g); alone "lượng" is a unit only as what a price
    # is per (`figures.PRICE_UNITS`: "183 lượng khí thải" is 183 emissions)
    "lượng vàng": "tael", "chỉ vàng": "chi", "mb": "megabyte", "gb": "gigabyte", "tb": "terabyte",
    "pb": "petabyte", "megabyte": "megabyte", "gigabyte": "gigabyte", "terabyte": "terabyte",
    "petabyte": "petabyte",
    **{f"{prefix}bit{per}": f"{prefix}bit{rate}" for prefix in ("mega", "giga", "tera")
       for per, rate in (("", ""), ("/giây", "/second"), ("/s", "/second"))},
    "mbps": "megabit/second", "gbps": "gigabit/second", "tbps": "terabit/second",
    "km vuông": "kilometer**2", "km2": "kilometer**2", "km²": "kilometer**2", "m2": "meter**2",
    "m²": "meter**2", "dặm vuông": "mile**2", "ki-lô-mét vuông": "kilometer**2",
    "m3": "meter**3", "m³": "meter**3", "khối": "meter**3", "dặm một giờ": "mile/hour",
    "dặm/h": "mile/hour", "lb": "pound", "pound": "pound", "mph": "mile/hour",
    "mẫu anh": "acre", "gigaton": "gigametric_ton", "gigatấn": "gigametric_ton",
    "triệu tấn": "megametric_ton",
}  # fmt: skip
EXTRA_DURATIONS = {"tiếng": "hour", "thập kỷ": "decade_span", "thập niên": "decade_span",
                   "thế kỷ": "century"}  # fmt: skip

# Capitalised words of titles and institutions that are not names on their own.
TITLES = frozenset(
    """Bộ trưởng|Thứ trưởng|Bí thư|Tổng Bí thư|Chủ tịch|Phó Chủ tịch|Thủ tướng|Phó Thủ tướng
    |Ủy viên|Đại sứ|Tổng thống|Phó Tổng thống|Giám đốc|Tổng Giám đốc|Thống đốc|Ông|Bà|Ngài
    |Thị trưởng|Tỉnh trưởng|Người phát ngôn|Trưởng|Phó|Bộ|Sở|Ban|Ngành|Tỉnh|Thành phố
    |Nhà nước|Chính phủ|Đảng|Trung ương""".replace("\n", "").split("|")
)
TITLES = frozenset(t.strip() for t in TITLES)


# Common words that a capital at a sentence start must not turn into a near miss of a
# name ("Trong" is not "Trung", "Viết" is not "Việt").
FUNCTION_WORDS = frozenset(
    """trong ngoài những các của và với cho được này đó khi theo tại từ đến về như nhưng
        cũng đã sẽ là có không một hai ba bốn năm nhiều mọi mỗi sau trước trên dưới giữa
        nếu thì vì do bởi để nhằm tuy dù hoặc hay còn đây kia ai gì nào viết nói cho rằng
        ông bà anh chị họ chúng tôi ta mình nên cần phải vẫn đang rất hơn nhất""".split()
)


# Names of institutions and documents: a capitalised head whose name runs on in lower
# case ("Kế hoạch hành động", "Sở Thương mại Quảng Tây") until one of the stop words, a
# figure or punctuation. Person titles are not part of the name they precede.
PERSON_TITLES = (
    "Tổng Bí thư",
    "Bí thư",
    "Bộ trưởng",
    "Thứ trưởng",
    "Phó Thủ tướng",
    "Thủ tướng",
    "Phó Chủ tịch",
    "Chủ tịch",
    "Ủy viên",
    "Đại sứ",
    "Phó Tổng thống",
    "Tổng thống",
    "Tổng Giám đốc",
    "Giám đốc",
    "Thống đốc",
    "Người phát ngôn",
    "Ông",
    "Bà",
    "Ngài",
)
NAME_STOPS = frozenset(
    """của và với cho tại ở là đã được trong từ đến nhằm để giữa lần giai đoạn các những
        này đó như theo khi sẽ đang có không cũng nhưng hoặc hay thì mà vì do bởi sau trước
        trên dưới qua nói rằng""".split()
)


# Classifiers and nouns that news counts (from Vietnamese grammars' classifier lists and
# the counted nouns of the development corpora): "năm người", "ba trận", "hai chiếc".
# Units, durations and scale words count as well; they come from the tables above.
# Not "lần" or "lượt": "hai lần" is "twice", an adverb English rarely writes as a figure.
# The parties of a relation: "quan hệ hai nước", "lãnh đạo hai bên" are "bilateral
# relations", "the leaders of both sides". Vietnamese has no article to mark them as
# referring back, so "hai" before one of these nouns is read that way.
PARTY_NOUNS = frozenset(
    w.strip()
    for w in """bên | nước | phía | quốc gia | nhà lãnh đạo | lãnh đạo | đảng | chính phủ | dân tộc
        | nền kinh tế | đoàn | bộ trưởng | nguyên thủ | đối tác | thủ tướng | tổng thống""".split("|")
)

COUNTED = frozenset(
    w.strip()
    for w in """người | ca | chiếc | con | cái | quả | trái | bức | cuốn | quyển | tờ | lá | căn | ngôi
        | toà | tòa | nhà | tầng | trận | vòng | hiệp | bàn | điểm | huy chương | giải | ván | set
        | nước | quốc gia | tỉnh | thành phố | huyện | xã | quận | làng | bang | vùng | khu
        | đứa | em | cháu | vị | thành viên | nạn nhân | bệnh nhân | học sinh | sinh viên
        | binh sĩ | chiến sĩ | cảnh sát | công nhân | tù nhân | phi công | cầu thủ | vận động viên
        | bài | đoạn | câu | chương | trang | tập | phần | mục | điều | khoản | văn kiện | văn bản
        | dự án | loại | kiểu | mẫu | giống | loài | dòng | hạng | cấp | bậc | lớp | nhóm | đội | phe
        | liều | viên | mũi | ổ | gói | thùng | bao | túi | chai | cốc | ly | chén | bát
        | máy | xe | tàu | thuyền | ô tô | máy bay | đoàn | chuyến | đợt | cơn | động đất
        | tuổi | đời | thế hệ | nhiệm kỳ | mùa | vụ | kỳ | khoá | khóa | buổi | phiên
        | triệu | tỷ | tỉ | nghìn | ngàn | trăm | mươi | chục""".split("|")
)


# "gấp đôi" is double, "gấp rưỡi" one and a half times. ("gấp ba", "gấp 3 lần": the number
# after "gấp" is read by the figure reader, and "gấp" is its evidence.)
MULTIPLES: dict[str, float] = {"gấp đôi": 2, "gấp rưỡi": 1.5}
# A player's goals in football's words: "ghi cú đúp" is "scored twice", "cú hat-trick" three
# goals. Weak: "cú đúp" is also a club's double of titles, which English may not count.
# "nhân đôi cách biệt" is "doubled the lead", "nhân đôi lợi nhuận" "doubled profit"; weak
# too, since "công nhân đôi khi" (workers sometimes) and "bệnh nhân đôi" run the syllables
# together.
MAYBE_MULTIPLES: dict[str, float] = {"cú đúp": 2, "cú hat-trick": 3, "hat-trick": 3, "cú poker": 4,
                                     "nhân đôi": 2}  # fmt: skip


V = TypeVar("V", int, str)


def _either_placement(table: dict[str, V]) -> dict[str, V]:
    """Each word of a table also with its tone on the other vowel of "oa", "oe", "uy":
    CLDR writes "franc Thụy Sĩ", and a newsroom on the other convention "franc Thuỵ Sĩ"."""
    return {other_placement(word): value for word, value in table.items()} | table


def build() -> Language:
    return Language(
        code="vi",
        decimal=",",
        groups=".\u00a0",
        read_cardinal=read_cardinal,
        cardinal_pattern=CARDINAL,
        read_ordinal=read_ordinal,
        ordinal_pattern=ORDINAL,
        qualifiers=QUALIFIERS,
        scales=_either_placement(known("vi", "scales", cldr.scale_words("vi")) | EXTRA_SCALES),
        glued_scales={"k": 10**3},  # ("cốc trà chanh giá 15k": 15 nghìn đồng)
        currency_prefixes=CURRENCY_PREFIXES,
        currency_words=_either_placement(
            known("vi", "currencies", cldr.currency_words("vi"))
            | _english_currency_names()
            | EXTRA_CURRENCY_WORDS
        ),
        percent_words=PERCENT_WORDS,
        units=_either_placement(
            {
                word: unit
                for word, unit in with_powers(
                    known("vi", "units", cldr.unit_words("vi")) | EXTRA_UNITS
                ).items()
                if word not in NOT_UNITS
            }
        ),
        unit_adjectives=(),
        rate_words=("mỗi", "một", "trên", "trong một"),  # ("kWh trong một ngày": per day)
        document_words=(
            "nghị định",
            "nghị quyết",
            "thông tư",
            "quyết định",
            "chỉ thị",
            "công điện",
            "công văn",
            "pháp lệnh",
        ),
        rate_adverbs={
            f"{every} {word}": unit
            for every in ("hằng", "hàng")
            for word, unit in (("năm", "year"), ("tháng", "month"), ("tuần", "week"), ("ngày", "day"))
        },
        relative_days=RELATIVE_DAYS,
        relative_months=tuple(w for w in RELATIVE_DAYS if w.startswith("tháng")),
        relative_years={
            "năm ngoái": -1,
            "năm nay": 0,
            "năm tới": 1,
            "năm sau": 1,
            "năm trước": -1,
            "năm qua": -1,
            "năm học này": 0,
            "năm học tới": 1,
            "năm học trước": -1,
        },
        saying_verbs=SAYING_VERBS,
        change_words=CHANGE_WORDS,
        # (not "từ": "giảm từ 8%" names the level before, no change of its own)
        change_fillers=tuple(
            "thêm tới đến khoảng gần hơn trên dưới mức lên xuống ở còn nhẹ mạnh tiếp chỉ".split()
        ),
        statement_words=frozenset(
            "hôm vào ngày tối sáng chiều trưa đêm trong tại buổi họp báo thông cáo".split()
        ),
        plural_markers=frozenset("những các nhiều mấy vài mọi mỗi".split()),
        vague_counts=VAGUE_COUNTS,
        day_parts=DAY_PARTS,
        # ("trong quý I" names its quarter: `period_references` reads these only before no numeral)
        period_references={"trong kỳ": 0, "trong giai đoạn này": 0, "trong quý": 3, "quý này": 3},
        first_halves=("nửa đầu năm",),
        minus_words=("âm",),
        each_words=("mỗi", "từng"),
        weekend_words=("cuối tuần",),
        occasion_before=(
            "lần",
            "khóa",
            "khoá",
            "vòng",
            "kỷ niệm",
            "kỉ niệm",
            "đại hội",
            "kỳ họp",
            "phiên họp",
            "mùa",
        ),
        match_clock={"sau giờ nghỉ": 45, "sau giờ nghỉ giữa hiệp": 45, "trước giờ nghỉ": -45},
        time_zones=TIME_ZONES,
        that_is=("tức", "tức là", "tương đương", "tương đương với", "hay"),
        year_stems=YEAR_STEMS,
        year_branches=YEAR_BRANCHES,
        place_heads=("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "phường", "xã"),
        new_year_names=("Tết", "Nguyên đán", "Nguyên Đán", "năm mới âm lịch", "Xuân"),
        lunar_festivals=LUNAR_FESTIVALS,
        halves=("rưỡi",),
        half_numbers=("nửa",),
        party_nouns=PARTY_NOUNS,
        # "lần thứ ba", "lần điều chỉnh thứ ba": the third time; "vòng đàm phán thứ ba": the
        # third round of talks, the third time they sat down
        occurrence_before=("lần", "vòng"),
        occurrence_after=("liên tiếp", "trong năm"),
        durations=_either_placement(known("vi", "durations", cldr.duration_words("vi")) | EXTRA_DURATIONS),
        months=_either_placement(known("vi", "months", cldr.month_names("vi"))),
        weekdays=_either_placement(known("vi", "weekdays", cldr.weekday_names("vi"))),
        titles=TITLES,
        function_words=FUNCTION_WORDS,
        compound_currencies=frozenset({"đồng"}),
        currency_compounds={"đồng": frozenset("xu hồ bào chí nghiệp phạm minh đội hương bằng ruộng".split())},
        person_titles=PERSON_TITLES,
        name_stops=NAME_STOPS,
        counted=COUNTED,
        one_words=("một",),
        one_word="một",
        not_after_one=NOT_AFTER_ONE,
        multiples=MULTIPLES,
        maybe_multiples=MAYBE_MULTIPLES,
    )
