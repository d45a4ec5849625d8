"""The projection every measured kind shares: the latest value carried along its trend to the
deadline, set against the bar as the criterion compares, the year the bar is reached, and the
progress category (Statistics Canada's R = observed change a year / required change a year).

Linear is the primary method (the plan itself is written in yearly increments).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from fractions import Fraction
from typing import TYPE_CHECKING

from zone_gap.i18n import Message
from zone_gap.kinds._base import required_change
from zone_gap.maths.projected import Projection
from zone_gap.maths.trend import Category, Trend, categorize

if TYPE_CHECKING:
    from zone_gap.kinds._base import Measured
    from zone_gap.kinds.context import Series

HORIZON = 50  # years after the latest point in which to look for the year the trend reaches the bar


def start(criterion: Measured, unit: str, line: Trend) -> Projection:
    """A criterion's projection before anything is projected: insufficient data."""
    return Projection(
        id=criterion.id,
        kind=criterion.kind,  # type: ignore[attr-defined]
        name=criterion.name,
        unit=unit,
        comparison=criterion.comparison,
        category=Category.INSUFFICIENT_DATA,
        points=len(line.values),
        series=tuple(zip(line.times, line.values, strict=True)),
        observed_cagr=line.cagr(),
    )


def zero_base(line: Trend) -> list[Message]:
    """A series that starts at zero has no compound rate: say that only the linear method applies."""
    return [Message("zero_base_linear")] if len(line.values) > 1 and line.values[0] == 0 else []


def finish(
    criterion: Measured,
    context: Series,
    unit: str,
    latest: Fraction | None,
    value_at: Callable[[Fraction], Fraction | None],
    line: Trend,
    notes: list[Message],
) -> Projection:
    """Projected value, required and observed change, R, category and the year the bar is reached."""
    met_now = context.met_now(criterion.id)
    base = start(criterion, unit, line)
    notes = notes + context.threshold_notes(criterion) + zero_base(line)
    threshold = context.threshold(criterion, context.deadline)
    years = context.years_left
    projected = value_at(context.end)
    if latest is None or projected is None or threshold is None or years <= 0:
        category = Category.INSUFFICIENT_DATA
        return replace(base, category=category, latest=latest, threshold=threshold, notes=tuple(notes))
    comparison = criterion.comparison
    # what `check` asks: towards a strict bar's least passing whole number, never past a bar met
    change = required_change(latest, threshold, years, comparison, whole=unit == "count")
    required = change["required_per_year"]
    assert isinstance(required, Fraction)
    observed = (projected - latest) / years
    ratio = observed / required if required else None
    projected_met = comparison.holds(projected, threshold)
    return replace(
        base,
        category=categorize(len(line.values), met_now, projected_met, ratio, observed),
        latest=latest,
        projected=projected,
        threshold=threshold,
        required_per_year=required,
        required_strict=bool(change["required_strict"]),
        observed_per_year=observed,
        ratio=ratio,
        reach_year=_reach_year(criterion, context, value_at, met_now),
        at_risk=met_now and not projected_met,
        projected_met=projected_met,
        notes=tuple(notes),
    )


def _reach_year(
    criterion: Measured, context: Series, value_at: Callable[[Fraction], Fraction | None], met_now: bool
) -> int | None:
    if met_now:  # reached already: in the year of the latest file
        return context.baselines[-1].year
    latest_year = math.floor(context.times[-1])
    for year in range(latest_year + 1, latest_year + HORIZON + 1):
        value, threshold = value_at(Fraction(year)), context.threshold(criterion, year)
        if value is not None and threshold is not None and criterion.comparison.holds(value, threshold):
            return year
    return None
