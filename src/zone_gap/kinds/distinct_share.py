"""``distinct_share``: enterprises in either of two sets that may overlap (high-tech enterprises,
tech-based SMEs), each counted once, as a share of a whole — at least a percentage.

Exact counts decide; where the overlap is unknown only a range is known (the larger part to the
sum of both), and a reported share is used where the counts prove nothing — counts that prove the
bar is reached still overrule it. A missing part leaves a lower bound only.
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction
from typing import TYPE_CHECKING, Annotated, Literal

from zone_gap.figures.quantity import Percent, Share, plain_number
from zone_gap.figures.vocabulary import Need
from zone_gap.i18n import Message
from zone_gap.io.document import KeyPath
from zone_gap.kinds._base import Bar, Measured, Reach, Unit, unit_reach
from zone_gap.kinds._shares import share_result
from zone_gap.maths.result import Bounds, Result, Status
from zone_gap.maths.trend import trend

if TYPE_CHECKING:
    from zone_gap.kinds.context import Evaluation, Series
    from zone_gap.maths.projected import Projection
    from zone_gap.standard.baseline import Baseline, Figures
    from zone_gap.standard.model import Standard

KIND = "distinct_share"


class DistinctShareCriterion(Measured):
    """Distinct enterprises in any of ``parts`` (two sets that may overlap) over a whole. Counts that
    prove the bar met or missed decide, whatever share is written beside them."""

    kind: Literal["distinct_share"]
    parts: tuple[str, str]
    overlap: str
    denominator: str
    reported: str | None = None
    at_least: Annotated[Share, Bar]

    def counted(self) -> str | None:
        return self.parts[0]

    def figure_keys(self) -> Iterator[tuple[str, KeyPath]]:
        yield from ((p, ("parts", i)) for i, p in enumerate(self.parts))
        yield self.overlap, ("overlap",)
        yield self.denominator, ("denominator",)
        yield from super().figure_keys()

    def figure_units(self) -> dict[str, tuple[Unit, ...]]:
        return {"parts": ("count",), "overlap": ("count",), "denominator": ("count",), "reported": ("share",)}

    def problems(self, standard: Standard) -> Iterator[tuple[KeyPath, Message]]:
        """Two parts that are one figure (each enterprise counted twice); an overlap not declared
        part of both parts (a figures file could then hold more in both than in either)."""
        yield from super().problems(standard)
        if self.parts[0] == self.parts[1]:
            yield ("parts", 1), Message("parts_same", part=self.parts[0])
        overlap = standard.figures.get(self.overlap)
        missing = [p for p in self.parts if p in standard.figures and overlap and p not in overlap.wholes]
        if overlap is not None and missing:
            parts = ", ".join(self.parts)
            yield ("overlap",), Message("overlap_not_part", overlap=self.overlap, parts=parts)

    def denominators(self) -> Iterator[str]:
        yield self.denominator

    def reach(self, standard: Standard) -> Reach | None:
        return unit_reach("share")

    def plan_figures(self) -> tuple[str, ...]:
        return (self.reported,) if self.reported else ()

    def distinct(self, baseline: Baseline) -> Fraction | None:
        """Enterprises in either part, counted once: known only when the overlap is."""
        first, second = (baseline.figure(p) for p in self.parts)
        overlap = baseline.figure(self.overlap)
        if first is None or second is None or overlap is None:
            return None
        return first + second - overlap

    def bounds(self, context: Evaluation) -> tuple[Bounds, list[Message]]:
        """What the counts prove about the share of distinct enterprises in either part."""
        baseline = context.baseline
        first, second = (baseline.figure(p) for p in self.parts)
        whole = baseline.figure(self.denominator)
        if first is None or not whole:
            return Bounds(None, None), []
        if second is None:
            return Bounds(first / whole, None), [Message("lower_bound_only", part=context.ref(self.parts[1]))]
        exact = self.distinct(baseline)
        if exact is not None:
            return Bounds.exact(exact / whole), []
        low, high = max(first, second), min(first + second, whole)
        return Bounds(low / whole, high / whole), [
            Message("overlap_unknown", overlap=context.ref(self.overlap))
        ]

    def relations(self, baseline: Figures) -> list[tuple[KeyPath, Message]]:
        """Two sets that hold more distinct members than their whole (the overlap above a part is
        the part_of relation the standard declares)."""
        first, second = (baseline.figure(p) for p in self.parts)
        overlap = baseline.figure(self.overlap)
        whole = baseline.figure(self.denominator)
        if first is None or second is None or whole is None:
            return []
        distinct = first + second - (min(first, second) if overlap is None else overlap)
        if distinct <= whole:
            return []
        message = Message(
            "distinct_more_than",
            first=self.parts[0],
            second=self.parts[1],
            count=plain_number(distinct),
            whole=self.denominator,
            whole_value=plain_number(whole),
        )
        return [((self.parts[1],), message)]

    def cross_check(self, context: Evaluation) -> None:
        sides = (context.figure(self.parts[0]), context.figure(self.denominator))
        if context.baseline.reported(self.reported) is not None and None not in sides:
            self.evaluate(context)

    def evaluate(self, context: Evaluation) -> Result:
        baseline = context.baseline
        counted, notes = self.bounds(context)
        reported = baseline.reported(self.reported)
        if reported is not None and counted.low is not None:
            self._check_against_counts(reported, counted, context)
        now = self.at_least.value
        proven = counted.status(now, self.comparison) is not Status.UNKNOWN
        actual = counted if proven or reported is None else Bounds.exact(reported.value)
        status = actual.status(now, self.comparison)
        supply: tuple[Need, ...] = ()
        if status is Status.UNKNOWN:
            asked = None if reported is not None else self.reported
            supply = context.supply(asked, *self.parts, self.overlap, self.denominator)
        whole = baseline.figure(self.denominator)
        return share_result(self, context, actual, status, whole, notes, supply)

    def _check_against_counts(self, reported: Percent, counted: Bounds, context: Evaluation) -> None:
        baseline = context.baseline
        known = [p for p in (*self.parts, self.denominator) if baseline.figure(p) is not None]
        source = " / ".join(f"{p} ({plain_number(baseline.figure(p) or Fraction(0))})" for p in known)
        if counted.value is not None:
            if not reported.agrees_with(counted.value):
                context.doubt(self.reported, reported, counted.value, source)
            return
        if counted.low is not None and reported.value + reported.tolerance < counted.low:
            context.doubt(self.reported, reported, counted.low, source, "share_below_bound")
        if counted.high is not None and reported.value - reported.tolerance > counted.high:
            context.doubt(self.reported, reported, counted.high, source, "share_above_bound")

    def project(self, context: Series) -> Projection:
        from zone_gap.kinds._shares import project_share  # only `project` and `report` project

        distinct = trend(
            [(t, self.distinct(b)) for t, b in zip(context.times, context.baselines, strict=True)]
        )
        return project_share(self, context, distinct, context.figure(self.denominator))
