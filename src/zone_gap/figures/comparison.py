"""The four ways a standard compares a figure with its threshold, as its wording says them."""

from __future__ import annotations

import math
from enum import StrEnum
from fractions import Fraction


class Comparison(StrEnum):
    """``at_least`` (以上、不低于、达到: includes the number), ``above`` (高于、超过、以上（不含）:
    strictly greater), ``at_most`` (不高于、以下), ``below`` (低于)."""

    AT_LEAST = "at_least"
    ABOVE = "above"
    AT_MOST = "at_most"
    BELOW = "below"

    @property
    def rising(self) -> bool:
        """Whether the figure must reach up to the threshold (else it must come down to it)."""
        return self in (Comparison.AT_LEAST, Comparison.ABOVE)

    @property
    def strict(self) -> bool:
        return self in (Comparison.ABOVE, Comparison.BELOW)

    @property
    def symbol(self) -> str:
        return _SYMBOLS[self]

    def holds(self, value: Fraction, threshold: Fraction) -> bool:
        match self:
            case Comparison.AT_LEAST:
                return value >= threshold
            case Comparison.ABOVE:
                return value > threshold
            case Comparison.AT_MOST:
                return value <= threshold
            case Comparison.BELOW:
                return value < threshold

    def whole_past(self, threshold: Fraction) -> Fraction:
        """The whole number nearest ``threshold`` that a strict bar lets pass: above 200 → 201,
        below 3 → 2 (a whole count or a score in whole points); a bar that includes itself, as is."""
        if not self.strict:
            return threshold
        return Fraction(math.floor(threshold) + 1) if self.rising else Fraction(math.ceil(threshold) - 1)

    def distance(self, value: Fraction, threshold: Fraction) -> Fraction:
        """How far ``value`` stands from the threshold on the side it must cross; never negative."""
        return max(Fraction(0), threshold - value if self.rising else value - threshold)


_SYMBOLS = {
    Comparison.AT_LEAST: "≥",
    Comparison.ABOVE: ">",
    Comparison.AT_MOST: "≤",
    Comparison.BELOW: "<",
}

COMPARISONS = tuple(c.value for c in Comparison)
