"""Growth maths: year-on-year change, what must be added each year, and compound rates."""

from __future__ import annotations

import math
from fractions import Fraction


def growth_rate(previous: Fraction, current: Fraction) -> Fraction | None:
    """(this year − last year) / last year; ``None`` from a zero base, where no rate exists."""
    if previous == 0:
        return None
    return (current - previous) / previous


def required_per_year(
    actual: Fraction, target: Fraction, years: Fraction, *, whole: bool, rising: bool = True
) -> Fraction | None:
    """What must be added each year to reach ``target`` by the deadline; for a figure that must come
    down to its target (``rising`` false), the fall needed, as a negative number.

    ``whole`` (counts of enterprises): rounded away from zero, since 12.7 enterprises a year is 13.
    ``None`` when no year is left.
    """
    if years <= 0:
        return None
    short = max(Fraction(0), target - actual if rising else actual - target) / years
    magnitude = Fraction(math.ceil(short)) if whole else short
    return magnitude if rising else -magnitude


def required_cagr(
    actual: Fraction, target: Fraction, years: Fraction, *, rising: bool = True
) -> float | None:
    """The compound annual rate that takes ``actual`` to ``target`` in ``years``: a growth rate, or
    for a figure that must come down (``rising`` false) a negative rate of fall.

    ``None`` when no year is left, the start is zero (no rate multiplies zero upward) or the target
    is zero or below while the figure must fall (no rate of fall reaches it).
    """
    if years <= 0 or actual <= 0:
        return None
    if (actual >= target) if rising else (actual <= target):
        return 0.0
    if target <= 0:
        return None
    rate: float = float(target / actual) ** (1 / float(years)) - 1
    return rate


def whole_gap(value: Fraction, threshold: Fraction, *, rising: bool, strict: bool) -> int:
    """How many whole units ``value`` must move to meet ``threshold``: 38 enterprises short of
    "at least 200", and one more than the distance where the standard asks for more than it."""
    distance = threshold - value if rising else value - threshold
    if distance < 0 or (distance == 0 and not strict):
        return 0
    return math.floor(distance) + 1 if strict else math.ceil(distance)


def minimum_path(
    current: Fraction, rate: Fraction, years: int, step: Fraction = Fraction(1)
) -> list[Fraction]:
    """The smallest figures that grow by at least ``rate`` every year, for ``years`` years, each in
    whole ``step``s: whole enterprises, or an amount to the places it is written to (0.01 万元)."""
    path: list[Fraction] = []
    for _ in range(years):
        current = math.ceil(current * (1 + rate) / step) * step
        path.append(current)
    return path


def count_to_reach(
    part: Fraction, whole: Fraction, threshold: Fraction, *, nested: bool, strict: bool = False
) -> int | None:
    """How many more enterprises in the numerator bring ``part / whole`` to ``threshold``.

    At today's denominator (``nested`` false: enterprises already in the whole become qualifying
    ones): ⌈threshold × whole − part⌉. ``nested``: each one added is added to the whole as well, so
    the least x with (part + x) / (whole + x) ≥ threshold, ⌈(threshold × whole − part) / (1 −
    threshold)⌉. ``None`` where no number of additions reaches the bar (100% of a whole not yet
    all in the part). ``strict``: the share must exceed the threshold, so reaching it is one short.
    """
    reached = part > threshold * whole if strict else part >= threshold * whole
    if reached:
        return 0
    if nested and threshold >= 1:
        return None
    needed = (threshold * whole - part) / (1 - threshold) if nested else threshold * whole - part
    return math.floor(needed) + 1 if strict else math.ceil(needed)
