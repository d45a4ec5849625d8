"""Figures as people read them: percentages rounded half-up, as a person checking by hand does
(not Python's round-half-even on a binary float), and whole counts."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from zone_gap.quantity import percent_decimal

DECIMALS = 2


def percent(value: Fraction, *, sign: bool = False) -> str:
    """``value`` (a fraction: 0.055) as a percentage rounded half-up to two decimals."""
    rounded = percent_decimal(value, DECIMALS)
    return f"{rounded:+}%" if sign else f"{rounded}%"


def points(value: Fraction, *, sign: bool = False) -> str:
    """``value`` (a fraction) as percentage points, two decimals, half-up."""
    return percent(value, sign=sign).rstrip("%")


def count(value: Fraction, *, sign: bool = False) -> str:
    """A count: whole where it is whole, else with two decimals (a trend's 19.5)."""
    if value.denominator == 1:
        return f"{value.numerator:+d}" if sign else str(value.numerator)
    shown = Decimal(value.numerator) / Decimal(value.denominator)
    rounded = shown.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{rounded:+}" if sign else f"{rounded}"


def rate(value: float) -> str:
    """A growth rate given as a float fraction (0.0728) as a percentage."""
    return percent(Fraction(value).limit_denominator(10**9))


def figure(unit: str | None, value: Fraction | None) -> str:
    """A count as a count, anything else (a share, a rate) as a percentage; nothing for unknown."""
    if value is None:
        return ""
    return count(value) if unit == "count" else percent(value)
