"""pint, built once and only when a measure has to be converted.

Importing pint and building its default registry costs a few hundred milliseconds, so
nothing here runs at import time. Currencies get a dimension each: no exchange rate is a
fact of the story, so US$ and đồng never compare equal.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import Any

from crosscheck.figures import Amount


@cache
def registry() -> Any:
    """pint with crosscheck's own small definitions file (data/units.txt)."""
    from importlib.resources import as_file, files

    import pint

    with as_file(files("crosscheck") / "data" / "units.txt") as path:
        return pint.UnitRegistry(str(path), non_int_type=Decimal, cache_folder=None)


def _quantity(amount: Amount) -> Any:
    ureg = registry()
    return ureg.Quantity(amount.value, ureg.parse_units(amount.unit or "dimensionless"))


def same_measure(a: Amount, b: Amount) -> bool:
    """Equal after conversion, within the coarser precision the two texts state.

    The same unit compares exactly (41.6 is not 41.7); different units compare within
    one step of the less precise figure ("5 miles" is "8 km", "30 yards" is not "30 m").
    """
    if a.qualifier != b.qualifier:
        return False
    if a.unit == b.unit:
        return a.value == b.value
    import pint

    try:
        qa, qb = _quantity(a), _quantity(b)
        diff = abs(qa.to(qb.units).magnitude - qb.magnitude)
        step_a = abs(registry().Quantity(a.step, qa.units).to(qb.units).magnitude)
    except (pint.errors.PintError, ValueError, TypeError):
        return False
    tolerance = max(Decimal(str(step_a)), b.step) / 2
    return Decimal(str(diff)) <= tolerance


# A conversion in brackets is rounded or cut at the precision its writer chose: "1,200 km
# (745 miles)" is 745.6 miles cut, "(khoảng 16.000 ha)" 16,187 ha rounded to thousands.


def _written_step(amount: Amount) -> Decimal:
    """The precision a figure is written to; a whole number's trailing zeros are rounding
    ("16.000" is to the thousand), but two significant digits always count."""
    step = amount.step
    if amount.decimals == 0 and amount.number == amount.number.to_integral_value():
        digits = str(int(abs(amount.number)))
        zeros = min(len(digits) - len(digits.rstrip("0")), max(0, len(digits) - 2))
        step *= 10**zeros
    return step


def converts(a: Amount, b: Amount, differences: bool = True) -> bool:
    """Whether `b` is `a` converted, then rounded or cut to the precision `b` is written
    to; as a measure or, for temperatures, as a difference ("1.55 degrees Celsius (2.8
    degrees Fahrenheit)" above a baseline is a rise of 2.8 °F, not 34.8 °F), unless
    `differences` is False (a figure apart from its conversion's brackets)."""
    import pint

    if same_measure(a, b):
        return True
    ureg = registry()
    step = _written_step(b)
    deltas = (_DELTAS.get(a.unit or ""), _DELTAS.get(b.unit or "")) if differences else (None, None)
    for unit_a, unit_b in ((a.unit, b.unit), deltas):
        if not (unit_a and unit_b):
            continue
        try:
            quantity = ureg.Quantity(a.value, ureg.parse_units(unit_a))
            converted = Decimal(str(quantity.to(ureg.parse_units(unit_b)).magnitude))
        except (pint.errors.PintError, ValueError, TypeError):
            continue
        gap = converted - b.value
        toward_zero = -gap if b.value < 0 else gap  # (-10.56 °C cut is -10)
        if abs(gap) <= step / 2 or Decimal(0) <= toward_zero < step:  # rounded, or cut
            return True
    return False


_DELTAS = {"degC": "delta_degC", "degF": "delta_degF", "kelvin": "kelvin"}
