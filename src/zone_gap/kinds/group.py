"""``all_of`` and ``any_of``: criteria of any kind taken together, clauses included, so that a
standard can write "qualifies directly" paths: either (score ≥ 60 and the staff part above 0) or
(conditions 1–4 and any one of: a valid high-tech certificate, a national award, …).

Three-valued: all of — unmet if any member is unmet, met only if every one is met; any of — met if
any member is met, unmet only if every one is known and unmet; otherwise unknown.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Annotated, ClassVar, Literal

from pydantic import Field

from zone_gap.io.document import KeyPath
from zone_gap.kinds._base import Criterion
from zone_gap.kinds.count import CountCriterion
from zone_gap.kinds.distinct_share import DistinctShareCriterion
from zone_gap.kinds.either import EitherCriterion
from zone_gap.kinds.growth import GrowthCriterion
from zone_gap.kinds.qualitative import QualitativeCriterion
from zone_gap.kinds.ratio import RatioCriterion
from zone_gap.kinds.score import ScoreCriterion
from zone_gap.kinds.value import ValueCriterion
from zone_gap.maths.result import Result, Status, any_met

if TYPE_CHECKING:
    from zone_gap.kinds.context import Evaluation

KIND = "all_of"
"""The module holds two kinds, `all_of` and `any_of`; both are registered."""


class _Group(Criterion):
    of: list[Member] = Field(min_length=2)
    """The criteria taken together (``kind: any_of``, ``of: [...]``)."""

    numeric: ClassVar[bool] = True  # counted with the criteria, shown with its members below it

    def members(self, path: KeyPath = ()) -> Iterator[tuple[Criterion, KeyPath]]:
        yield self, path
        for m, member in enumerate(self.of):
            yield from member.members((*path, "of", m))

    def combine(self, statuses: list[Status]) -> Status:
        raise NotImplementedError

    def evaluate(self, context: Evaluation) -> Result:
        found = tuple(m.evaluate(context) for m in self.of)
        status = self.combine([r.status for r in found])
        supply = tuple(s for r in found if r.status is Status.UNKNOWN for s in r.supply)
        return replace(
            self.result(status),
            supply=supply if status is Status.UNKNOWN else (),
            branches=found,
        )


class AllOfCriterion(_Group):
    """Met when every member is met; unmet when any one is."""

    kind: Literal["all_of"]

    def combine(self, statuses: list[Status]) -> Status:
        if Status.UNMET in statuses:
            return Status.UNMET
        return Status.MET if all(s is Status.MET for s in statuses) else Status.UNKNOWN


class AnyOfCriterion(_Group):
    """Met when any member is met; unmet only when every one is known and unmet."""

    kind: Literal["any_of"]

    def combine(self, statuses: list[Status]) -> Status:
        return any_met(statuses)


Member = Annotated[  # every kind; kinds/__init__.py names it Criterion
    QualitativeCriterion
    | CountCriterion
    | ValueCriterion
    | RatioCriterion
    | DistinctShareCriterion
    | GrowthCriterion
    | ScoreCriterion
    | EitherCriterion
    | AllOfCriterion
    | AnyOfCriterion,
    Field(discriminator="kind"),
]
