"""``either``: met when any branch is met; unmet only when every branch is known and unmet;
otherwise unknown (三值逻辑). Each branch is a criterion of its own kind and compares as its kind
says, in evaluation and in projection alike.

PASS: the park's share of its enterprises 12% (unmet) or its share of the city's 30% (met).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field

from zone_gap.io.document import KeyPath
from zone_gap.kinds._base import Criterion
from zone_gap.kinds.count import CountCriterion
from zone_gap.kinds.distinct_share import DistinctShareCriterion
from zone_gap.kinds.ratio import RatioCriterion
from zone_gap.kinds.value import ValueCriterion
from zone_gap.maths.result import Result, Status, any_met
from zone_gap.maths.trend import RANK

if TYPE_CHECKING:
    from zone_gap.kinds._base import PlanBar
    from zone_gap.kinds.context import Evaluation, PlanContext, Series
    from zone_gap.maths.projected import Projection

KIND = "either"

Branch = Annotated[
    CountCriterion | ValueCriterion | RatioCriterion | DistinctShareCriterion, Field(discriminator="kind")
]


class EitherCriterion(Criterion):
    """Met when any branch is met; unmet only when every branch is known and unmet."""

    kind: Literal["either"]
    branches: list[Branch] = Field(min_length=2)

    def members(self, path: KeyPath = ()) -> Iterator[tuple[Criterion, KeyPath]]:
        yield self, path
        for b, branch in enumerate(self.branches):
            yield from branch.members((*path, "branches", b))

    def evaluate(self, context: Evaluation) -> Result:
        branches = tuple(b.evaluate(context) for b in self.branches)
        status = any_met(b.status for b in branches)
        decider = _decider(branches, status)
        decided_by = decider.id if decider is not None else None
        decider = decider or branches[0]  # none is nearer than another: its figures are not shown
        supply = tuple(s for b in branches if b.status is Status.UNKNOWN for s in b.supply)
        return replace(
            decider,
            id=self.id,
            kind=self.kind,
            name=self.name,
            clause=self.clause,
            status=status,
            supply=supply if status is Status.UNKNOWN else (),
            notes=(),
            branches=branches,
            decided_by=decided_by,
        )

    def plan_bar(self, figure: str, context: PlanContext) -> PlanBar | None:
        """The bar of the branch that measures ``figure``: a plan target serves one branch."""
        return next((bar for b in self.branches if (bar := b.plan_bar(figure, context)) is not None), None)

    def caps(self, figure: str) -> bool:
        return any(b.caps(figure) for b in self.branches)

    def project(self, context: Series) -> Projection:
        """Each branch projected; the criterion takes the branch most likely to make it, and is at
        risk when met now while no branch is projected to meet its own bar."""
        branches = tuple(b.project(context) for b in self.branches)
        best = max(branches, key=lambda b: (RANK[b.category], b.ratio if b.ratio is not None else -math.inf))
        projected_met = any(b.projected_met for b in branches)
        return replace(
            best,
            id=self.id,
            kind=self.kind,
            name=self.name,
            branches=branches,
            best_branch=best.id,
            at_risk=context.met_now(self.id) and not projected_met,
            projected_met=projected_met,
            notes=(),
        )


def _decider(branches: tuple[Result, ...], status: Status) -> Result | None:
    """The branch the verdict turns on: the met one; else an unknown one; else the nearest to its bar,
    by its gap as a part of its bar; none where no unmet branch's gap is known (failing a condition
    beside its bar), for then none can be called the nearest."""
    if status is not Status.UNMET:
        return next(b for b in branches if b.status is status)
    known = [
        (b.gap / b.threshold if b.threshold else b.gap, i)
        for i, b in enumerate(branches)
        if b.gap is not None
    ]
    return branches[min(known)[1]] if known else None
