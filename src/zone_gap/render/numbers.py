"""Figures as people read them: percentages rounded half-up, as a person checking by hand does
(not Python's round-half-even on a binary float), and whole counts.

Rounding never misleads: a figure is formatted *against* what it is shown beside — a value against
its threshold, a threshold against the value, a gap against zero — and gets the extra decimals that
make the difference visible (19.999% beside ≥20.00%, never 20.00%; a gap of 0.004, never 0.00).
"""

from __future__ import annotations

from fractions import Fraction

from zone_gap.figures.quantity import Against, decimal_text, percent_text

DECIMALS = 2
ZERO: Against = (Fraction(0),)
"""What a gap or a change is shown against: a positive gap never reads as 0.00."""


def _signed(text: str, sign: bool) -> str:
    return text if not sign or text.startswith("-") else "+" + text


def percent(value: Fraction, *, sign: bool = False, against: Against = ()) -> str:
    """``value`` (a fraction: 0.055) as a percentage rounded half-up to two decimals, or more where
    two would print it equal to a figure in ``against``."""
    return _signed(percent_text(value, DECIMALS, against), sign)


def points(value: Fraction, *, sign: bool = False, against: Against = ()) -> str:
    """``value`` (a fraction) as percentage points, two decimals, half-up (more as ``percent``)."""
    return percent(value, sign=sign, against=against).rstrip("%")


def count(value: Fraction, *, sign: bool = False, against: Against = ()) -> str:
    """A count: whole where it is whole, else with two decimals (a trend's 19.5), or more where two
    would print it equal to a figure in ``against`` (199.996 against 200)."""
    if value.denominator == 1:
        return f"{value.numerator:+d}" if sign else str(value.numerator)
    return _signed(decimal_text(value, DECIMALS, against), sign)


def years(value: Fraction) -> str:
    """Years left to a deadline: ``3``, or to one place for figures that stand mid-year (``1.5``)."""
    return count(value) if value.denominator == 1 else f"{float(value):.1f}"


def decimal(value: Fraction, against: Against = ()) -> str:
    """A plain number (R, the ratio of observed to required) to two decimals, or more where two would
    print it equal to a figure in ``against`` (R = 0.9499 beside the cut-off 0.95)."""
    return decimal_text(value, DECIMALS, against)


def rate(value: float, *, against: Against = ()) -> str:
    """A growth rate given as a float fraction (0.0728) as a percentage."""
    exact = Fraction(value)
    shown = exact.limit_denominator(10**9)
    return percent(shown if shown or not exact else exact, against=against)


def figure(unit: str | None, value: Fraction | None, *, against: Against = ()) -> str:
    """A share or a rate (unit ``ratio``) as a percentage, anything else (a count, an amount, a score)
    as a number; nothing for unknown.
    ``against``: the figures it is shown beside, which it must not look equal to."""
    if value is None:
        return ""
    return percent(value, against=against) if unit == "ratio" else count(value, against=against)
