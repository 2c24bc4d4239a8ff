"""What CLDR (through Babel) knows about a language, read once and on first use.

Month and weekday names, the scale words of compact numbers (thousand, triệu, tỷ),
currency names and symbols, and unit words all come from here rather than being typed
by hand. Babel is imported inside the functions so that importing crosscheck stays cheap.
"""

from __future__ import annotations

import re
from functools import cache

# CLDR unit ids and the pint unit each one means.
CLDR_UNITS = {
    "length-kilometer": "kilometer",
    "length-meter": "meter",
    "length-centimeter": "centimeter",
    "length-millimeter": "millimeter",
    "length-mile": "mile",
    "length-yard": "yard",
    "length-foot": "foot",
    "length-inch": "inch",
    "area-hectare": "hectare",
    "area-square-kilometer": "kilometer**2",
    "area-square-meter": "meter**2",
    "area-square-mile": "mile**2",
    "area-acre": "acre",
    "area-square-foot": "foot**2",
    "mass-kilogram": "kilogram",
    "mass-gram": "gram",
    "mass-tonne": "metric_ton",
    "mass-pound": "pound",
    "volume-liter": "liter",
    "volume-gallon": "gallon",
    # the spoons of recipes ("two tablespoons of fish sauce" is "2 muỗng canh nước mắm")
    "volume-teaspoon": "teaspoon",
    "volume-tablespoon": "tablespoon",
    "mass-ounce": "ounce",
    "length-nautical-mile": "nautical_mile",
    "speed-knot": "knot",
    "volume-cubic-meter": "meter**3",
    "power-megawatt": "megawatt",
    "power-kilowatt": "kilowatt",
    "power-gigawatt": "gigawatt",
    "energy-kilowatt-hour": "kilowatt_hour",
    "speed-kilometer-per-hour": "kilometer/hour",
    "speed-mile-per-hour": "mile/hour",
    "temperature-celsius": "degC",
    "temperature-fahrenheit": "degF",
}

CLDR_DURATIONS = {
    "duration-century": "century",
    "duration-decade": "decade_span",
    "duration-year": "year",
    "duration-month": "month",
    "duration-week": "week",
    "duration-day": "day",
    "duration-hour": "hour",
    "duration-minute": "minute",
    "duration-second": "second",
}

# Currencies the readers know by name; any ISO code next to a figure is read as well.
COMMON_CURRENCIES = (
    "USD", "EUR", "GBP", "JPY", "CNY", "VND", "KRW", "AUD", "CAD", "CHF", "SGD",
    "THB", "INR", "RUB", "HKD", "TWD", "NZD", "LAK", "KHR", "MYR", "IDR", "PHP",
)  # fmt: skip


def _locale(code: str) -> object:
    from babel import Locale

    return Locale.parse(code)


@cache
def month_names(code: str) -> dict[str, int]:
    """Lower-cased month names (wide and abbreviated) mapped to 1..12."""
    from babel.dates import get_month_names

    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, locale=code).items():
                names[name.lower().rstrip(".")] = number
    return names


@cache
def weekday_names(code: str) -> dict[str, int]:
    """Lower-cased weekday names mapped to 0 (Monday) .. 6 (Sunday)."""
    from babel.dates import get_day_names

    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_day_names(width, locale=code).items():
            names[name.lower()] = number
    return names


@cache
def scale_words(code: str) -> dict[str, int]:
    """Scale words of the long compact format ("0 thousand", "0 nghìn tỷ") -> 10**n."""
    locale = _locale(code)
    formats = locale.compact_decimal_formats["long"]["other"]  # type: ignore[attr-defined]
    scales: dict[str, int] = {}
    for magnitude, pattern in formats.items():
        word = re.sub(r"[0#.,]+", "", pattern.pattern).strip()
        zeros = len(re.findall("0", pattern.pattern))
        if word:
            scales.setdefault(word.lower(), int(magnitude) // 10 ** (zeros - 1))
    return scales


@cache
def currency_words(code: str) -> dict[str, str]:
    """Names, plural names and symbols of the common currencies -> ISO code."""
    from babel.numbers import get_currency_name, get_currency_symbol

    words: dict[str, str] = {}
    for iso in COMMON_CURRENCIES:
        for count in (1, 2):
            words[get_currency_name(iso, count=count, locale=code).lower()] = iso
        words[get_currency_symbol(iso, locale=code).lower()] = iso
        words[iso.lower()] = iso
    return words


def _unit_words(code: str, table: dict[str, str]) -> dict[str, str]:
    patterns = _locale(code)._data["unit_patterns"]  # type: ignore[attr-defined]
    words: dict[str, str] = {}
    for cldr_id, pint_name in table.items():
        for width, forms in patterns.get(cldr_id, {}).items():
            if width == "narrow":  # "5m" is minutes in one place and metres in another
                continue
            for plural, pattern in forms.items():
                if plural == "per" or not isinstance(pattern, str):
                    continue
                word = pattern.replace("{0}", "").strip().lower()
                if len(word) > 1:  # "c" is a century in one place and Celsius in another
                    words.setdefault(word, pint_name)
    return words


# English news from Vietnam, like British news, spells "millimetres", "litres", "tonnes":
# those forms were taken once from CLDR's British English (en_GB) into data/vocabulary.toml,
# which supplies them; loading a second locale on every start would cost more than the list.
@cache
def unit_words(code: str) -> dict[str, str]:
    """Unit words of measures (km, dặm, tấn hệ mét) -> pint unit expression."""
    return _unit_words(code, CLDR_UNITS)


@cache
def duration_words(code: str) -> dict[str, str]:
    """Unit words of time spans (years, năm, tháng) -> pint unit."""
    return _unit_words(code, CLDR_DURATIONS)


@cache
def language_names(code: str) -> frozenset[str]:
    """Names of languages that double as English demonyms (Vietnamese, Chinese, French).

    Only those shaped like adjectives: "Zhuang" or "Hmong" name a people as well and
    must stay names.
    """
    locale = _locale(code)
    demonym = re.compile(r"(?:ese|ian|ish|an|ic|ch|ai|ek|i)$")
    names = locale.languages.values()  # type: ignore[attr-defined]
    return frozenset(name for name in names if " " not in name and demonym.search(name))


@cache
def territory_names(code: str) -> dict[str, str]:
    """Country and territory names -> region code."""
    locale = _locale(code)
    return {name: region for region, name in locale.territories.items() if region.isalpha()}  # type: ignore[attr-defined]
