"""``count``: a number of whole things (enterprises, institutions) at least a threshold.

PASS: ``enterprises: 200`` against ``at_least: 200`` (以上 includes the number).
FAIL: ``enterprises: 162`` — 38 short; 12.67 a year over three years is 13 (whole things round up).
UNKNOWN: the figure not given, never taken as 0.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from fractions import Fraction
from typing import TYPE_CHECKING, Annotated, Literal

from zone_gap.io.document import KeyPath
from zone_gap.kinds._base import Bar, Measured, Reach, Unit, required_change, unit_reach
from zone_gap.maths.result import Bounds, Result, Status

if TYPE_CHECKING:
    from zone_gap.kinds.context import Evaluation, Series
    from zone_gap.maths.projected import Projection
    from zone_gap.standard.model import Standard

KIND = "count"


class CountCriterion(Measured):
    kind: Literal["count"]
    figure: str
    at_least: Annotated[int, Bar]

    def counted(self) -> str | None:
        return self.figure

    def figure_keys(self) -> Iterator[tuple[str, KeyPath]]:
        yield self.figure, ("figure",)
        yield from super().figure_keys()

    def figure_units(self) -> dict[str, tuple[Unit, ...]]:
        return {"figure": ("count",)}

    def plan_figures(self) -> tuple[str, ...]:
        return (self.figure,)

    def reach(self, standard: Standard) -> Reach | None:
        return unit_reach("count")

    def evaluate(self, context: Evaluation) -> Result:
        actual = context.figure(self.figure)
        threshold = Fraction(self.at_least)
        known = {"unit": "count", "threshold": threshold, "deadline_threshold": threshold}
        if actual is None:
            return self.result(Status.UNKNOWN, supply=(context.need(self.figure),), **known)
        gap = self.comparison.distance(actual, threshold)
        return self.result(
            Bounds.exact(actual).status(threshold, self.comparison),
            actual=Bounds.exact(actual),
            gap=gap,
            gap_count=math.ceil(gap),
            **required_change(actual, threshold, context.years, self.comparison, whole=True),
            **known,
        )

    def project(self, context: Series) -> Projection:
        from zone_gap.kinds import _projecting  # only `project` and `report` project

        line = context.figure(self.figure)
        latest = line.latest if line.values else None
        return _projecting.finish(self, context, "count", latest, line.at, line, [])
