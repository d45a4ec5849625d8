"""``value``: one figure of any unit against its threshold, compared in any of the four ways.

PASS: ``innovation_score: 71`` against ``above: 70``.
FAIL: ``innovation_score: 70`` against ``above: 70`` — exactly the bar fails a strict comparison.
A threshold may be a number, a percentage, a reference table or tiers by another figure; tiers whose
deciding figure is unknown decide only where every band agrees.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

from zone_gap.io.document import KeyPath
from zone_gap.kinds._base import PERCENT_UNITS, Compared, Reach, required_change, strict_note, unit_reach
from zone_gap.maths.growth import whole_gap
from zone_gap.maths.result import Bounds, Result, Status

if TYPE_CHECKING:
    from zone_gap.kinds.context import Evaluation, Series
    from zone_gap.maths.projected import Projection
    from zone_gap.standard.model import Standard

KIND = "value"

_SHOWN = {"share": "ratio", "rate": "ratio", "count": "count", "amount": "amount", "number": "number"}


class ValueCriterion(Compared):
    """One figure of any unit against its threshold: the innovation score above 70."""

    kind: Literal["value"]
    figure: str

    def counted(self) -> str | None:
        return self.figure

    def figure_keys(self) -> Iterator[tuple[str, KeyPath]]:
        yield self.figure, ("figure",)
        yield from super().figure_keys()

    def percent(self, standard: Standard) -> bool:
        return standard.unit(self.figure) in PERCENT_UNITS

    def plan_figures(self) -> tuple[str, ...]:
        return (self.figure,)

    def reach(self, standard: Standard) -> Reach | None:
        return unit_reach(standard.unit(self.figure))

    def evaluate(self, context: Evaluation) -> Result:
        figure = context.figure(self.figure)
        unit = _SHOWN[context.standard.unit(self.figure) or "number"]
        now, end, notes = context.thresholds(self)
        comparison = self.comparison
        known = {"unit": unit, "comparison": comparison, "threshold": now, "deadline_threshold": end}
        if figure is None:
            keys = (self.figure, *self.tier_figure(Status.UNKNOWN))
            supply = tuple(context.need(k) for k in keys)
            return self.result(Status.UNKNOWN, supply=supply, notes=tuple(notes), **known)
        actual = Bounds.exact(figure)
        if now is None:
            status = self.undecided(actual)
            supply = tuple(context.need(k) for k in self.tier_figure(status))
            return self.result(status, actual=actual, supply=supply, notes=tuple(notes), **known)
        whole = unit == "count"
        return self.result(
            actual.status(now, comparison),
            actual=actual,
            gap=comparison.distance(figure, now),
            gap_count=whole_gap(figure, now, rising=comparison.rising, strict=comparison.strict)
            if whole
            else None,
            notes=tuple(notes + strict_note(comparison, figure, now)),
            **required_change(figure, end, context.years, comparison, whole=whole),
            **known,
        )

    def project(self, context: Series) -> Projection:
        from zone_gap.kinds import _projecting  # only `project` and `report` project

        line = context.figure(self.figure)
        unit = _SHOWN[context.standard.unit(self.figure) or "number"]
        latest = line.latest if line.values else None
        return _projecting.finish(self, context, unit, latest, line.at, line, [])
