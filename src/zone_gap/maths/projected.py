"""A criterion, or a branch, projected from a series of figures files to the deadline: only
`project` and `report` build these, so `check` never loads them."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from zone_gap.figures.comparison import Comparison
from zone_gap.figures.vocabulary import FigureRef
from zone_gap.i18n import Message
from zone_gap.io.model import Names
from zone_gap.maths.trend import Category


@dataclass(frozen=True)
class Projection:
    """One criterion, or one branch, projected from a series of files to the deadline."""

    id: str
    kind: str
    name: Names
    unit: str  # "count" | "ratio"
    category: Category
    points: int
    latest: Fraction | None = None
    projected: Fraction | None = None
    threshold: Fraction | None = None
    comparison: Comparison = Comparison.AT_LEAST
    """How the standard compares the figure with ``threshold``."""
    required_per_year: Fraction | None = None
    required_strict: bool = False
    """Past a strict bar with a figure that is not whole: more than ``required_per_year`` a year."""
    observed_per_year: Fraction | None = None
    ratio: Fraction | None = None
    reach_year: int | None = None
    at_risk: bool = False
    observed_cagr: float | None = None
    series: tuple[tuple[Fraction, Fraction], ...] = ()
    notes: tuple[Message, ...] = ()
    branches: tuple[Projection, ...] = ()
    best_branch: str | None = None
    growth: Fraction | None = None
    """For a growth criterion: the rate each year must reach (its chart draws that path)."""
    grows: FigureRef | None = None
    """For a growth criterion: the figure that grows, which its ``series`` and chart hold."""
    grows_unit: str = "count"
    noun: str = ""
    """The word its whole numbers are said in, in Chinese (家, 人); none where it counts nothing."""
    """That figure's unit (``count``, ``amount``, ``number``): its chart is drawn in it."""
    projected_met: bool | None = None
    """Whether the projected value meets the bar at the deadline (``None`` where unknown)."""
