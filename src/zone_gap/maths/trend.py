"""Trend maths: when each file's figures stand, least-squares slopes, and the progress category.

The categories and their cut-offs are those Statistics Canada and the Open SDG platform use for
targets with a deadline: R = observed change per year / required change per year.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

ON_TRACK = Fraction(95, 100)
ACCELERATION = Fraction(60, 100)


class Category(StrEnum):
    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    ACCELERATION_NEEDED = "acceleration_needed"
    LIMITED_PROGRESS = "limited_progress"
    DETERIORATION = "deterioration"
    INSUFFICIENT_DATA = "insufficient_data"


RANK = {c: i for i, c in enumerate(reversed(list(Category)))}
"""Higher is better: achieved highest, insufficient data lowest."""


@dataclass(frozen=True)
class Trend:
    """A figure's known points in time order and their least-squares line."""

    times: tuple[Fraction, ...]
    values: tuple[Fraction, ...]

    @property
    def slope(self) -> Fraction | None:
        """The least-squares slope per year; ``None`` with fewer than two points in time."""
        n = len(self.times)
        if n < 2:
            return None
        mean_t, mean_v = sum(self.times, Fraction(0)) / n, sum(self.values, Fraction(0)) / n
        sxx = sum(((t - mean_t) ** 2 for t in self.times), Fraction(0))
        if sxx == 0:
            return None
        sxy = sum(
            ((t - mean_t) * (v - mean_v) for t, v in zip(self.times, self.values, strict=True)), Fraction(0)
        )
        return sxy / sxx

    @property
    def latest(self) -> Fraction:
        return self.values[-1]

    def at(self, time: Fraction) -> Fraction | None:
        """The latest figure plus the slope times the years from it; ``None`` without a slope."""
        slope = self.slope
        return None if slope is None else self.latest + slope * (time - self.times[-1])

    def cagr(self) -> float | None:
        """The compound annual rate between the first and the last point; ``None`` from zero."""
        if len(self.values) < 2:
            return None
        first, span = self.values[0], self.times[-1] - self.times[0]
        if first <= 0 or span <= 0 or self.latest < 0:
            return None
        rate: float = float(self.latest / first) ** (1 / float(span)) - 1
        return rate


def trend(points: list[tuple[Fraction, Fraction | None]]) -> Trend:
    """The trend of the points whose value is known."""
    known = sorted((t, v) for t, v in points if v is not None)
    return Trend(tuple(t for t, _ in known), tuple(v for _, v in known))


def categorize(
    points: int, met_now: bool, projected_met: bool, ratio: Fraction | None, observed: Fraction | None
) -> Category:
    """The progress category, from how many points there are, where the figure stands and goes."""
    if points < 2 or observed is None:
        return Category.INSUFFICIENT_DATA
    if met_now and projected_met:
        return Category.ACHIEVED
    if ratio is None:  # nothing is required: the bar is reached today, or stood at where it is strict
        if projected_met:
            return Category.ACHIEVED
        return Category.LIMITED_PROGRESS if observed == 0 else Category.DETERIORATION
    if ratio >= ON_TRACK:
        return Category.ON_TRACK
    if ratio >= ACCELERATION:
        return Category.ACCELERATION_NEEDED
    if ratio >= 0:
        return Category.LIMITED_PROGRESS
    return Category.DETERIORATION
