"""Growth maths: year-on-year change, what must be added each year, and compound rates."""

from __future__ import annotations

import math
from datetime import date
from fractions import Fraction


def years_left(year: int, deadline: int, as_of: date | None = None) -> Fraction:
    """Years from the figures' date to the end of ``deadline``.

    Figures are for the end of their ``year``; ``as_of`` (mid-year figures) moves that point,
    counted in days of its own year.
    """
    if as_of is None:
        return Fraction(deadline - year)
    end_of_year = date(as_of.year, 12, 31)
    days_in_year = (end_of_year - date(as_of.year - 1, 12, 31)).days
    return Fraction(deadline - as_of.year) + Fraction((end_of_year - as_of).days, days_in_year)


def growth_rate(previous: Fraction, current: Fraction) -> Fraction | None:
    """(this year − last year) / last year; ``None`` from a zero base, where no rate exists."""
    if previous == 0:
        return None
    return (current - previous) / previous


def required_per_year(actual: Fraction, target: Fraction, years: Fraction, *, whole: bool) -> Fraction | None:
    """What must be added each year to reach ``target`` by the deadline.

    ``whole`` (counts of enterprises): rounded up, since 12.7 enterprises a year is 13.
    ``None`` when no year is left.
    """
    if years <= 0:
        return None
    per_year = max(Fraction(0), target - actual) / years
    return Fraction(math.ceil(per_year)) if whole else per_year


def required_cagr(actual: Fraction, target: Fraction, years: Fraction) -> float | None:
    """The compound annual growth rate that takes ``actual`` to ``target`` in ``years``.

    ``None`` when no year is left or the start is zero (no rate multiplies zero upward).
    """
    if years <= 0 or actual <= 0:
        return None
    if actual >= target:
        return 0.0
    rate: float = float(target / actual) ** (1 / float(years)) - 1
    return rate


def minimum_path(current: int, rate: Fraction, years: int) -> list[int]:
    """The smallest whole counts that grow by at least ``rate`` every year, for ``years`` years."""
    path: list[int] = []
    for _ in range(years):
        current = math.ceil(current * (1 + rate))
        path.append(current)
    return path


def count_to_reach(part: Fraction, whole: Fraction, threshold: Fraction, *, nested: bool) -> int | None:
    """How many more enterprises in the numerator bring ``part / whole`` to ``threshold``.

    At today's denominator (``nested`` false: enterprises already in the whole become qualifying
    ones): ⌈threshold × whole − part⌉. ``nested``: each one added is added to the whole as well, so
    the least x with (part + x) / (whole + x) ≥ threshold, ⌈(threshold × whole − part) / (1 −
    threshold)⌉. ``None`` where no number of additions reaches the bar (100% of a whole not yet
    all in the part).
    """
    if part >= threshold * whole:
        return 0
    if not nested:
        return math.ceil(threshold * whole - part)
    if threshold >= 1:
        return None
    return math.ceil((threshold * whole - part) / (1 - threshold))
