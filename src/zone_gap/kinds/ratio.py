"""``ratio``: one figure over another (high-tech revenue / park revenue), compared in any of the
four ways with a percentage, a reference table or tiers.

The share is computed from its two figures where both are given, else taken as reported; a reported
share at odds with its figures is a doubt said beside the result. ``nested: true``: the numerator
is part of the denominator's total, so each enterprise added to it is added to the whole as well
(15 of 230 league/city high-tech enterprises → 25% needs 57 more, not 43).
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction
from typing import TYPE_CHECKING, Literal

from zone_gap.i18n import Message
from zone_gap.io.document import KeyPath
from zone_gap.kinds._base import Compared, Reach, Unit
from zone_gap.kinds._shares import share_result
from zone_gap.maths.result import Bounds, Result, Status

if TYPE_CHECKING:
    from zone_gap.kinds.context import Evaluation, Series
    from zone_gap.maths.projected import Projection
    from zone_gap.standard.model import Standard

KIND = "ratio"

_SIDE: tuple[Unit, ...] = ("count", "amount", "number")


class RatioCriterion(Compared):
    kind: Literal["ratio"]
    numerator: str
    denominator: str
    reported: str | None = None
    nested: bool = False
    """The numerator is part of the denominator's total: each unit added to the numerator is also
    added to the denominator (the park's high-tech enterprises are among the league/city's)."""

    def counted(self) -> str | None:
        return self.numerator

    def figure_keys(self) -> Iterator[tuple[str, KeyPath]]:
        yield self.numerator, ("numerator",)
        yield self.denominator, ("denominator",)
        yield from super().figure_keys()

    def figure_units(self) -> dict[str, tuple[Unit, ...]]:
        return {"numerator": _SIDE, "denominator": _SIDE, "reported": ("share",)}

    def percent(self, standard: Standard) -> bool:
        return True

    def problems(self, standard: Standard) -> Iterator[tuple[KeyPath, Message]]:
        yield from super().problems(standard)
        numerator = standard.figures.get(self.numerator)
        if self.nested and numerator is not None and self.denominator not in numerator.wholes:
            message = Message("nested_not_part", numerator=self.numerator, denominator=self.denominator)
            yield ("nested",), message

    def denominators(self) -> Iterator[str]:
        yield self.denominator

    def reach(self, standard: Standard) -> Reach | None:
        """Never below 0% where neither side is ever negative; within 100% too where the numerator
        is part of the denominator (``part_of``, directly or through other figures)."""
        if any(standard.unit(f) not in ("count", "amount") for f in (self.numerator, self.denominator)):
            return None
        sides = {"numerator": self.numerator, "denominator": self.denominator}
        if _within(standard, self.numerator, self.denominator):
            return Reach(Fraction(0), Fraction(1), Message("reach_part_of", **sides))
        return Reach(Fraction(0), None, Message("reach_ratio", **sides))

    def plan_figures(self) -> tuple[str, ...]:
        return (self.reported,) if self.reported else ()

    def cross_check(self, context: Evaluation) -> None:
        sides = (context.figure(self.numerator), context.figure(self.denominator))
        if context.baseline.reported(self.reported) is not None and None not in sides:
            self.evaluate(context)

    def evaluate(self, context: Evaluation) -> Result:
        numerator, denominator = context.figure(self.numerator), context.figure(self.denominator)
        reported = context.baseline.reported(self.reported)
        derived = numerator / denominator if numerator is not None and denominator else None
        if reported is not None and derived is not None and not reported.agrees_with(derived):
            context.doubt(self.reported, reported, derived, f"{self.numerator} / {self.denominator}")
        value = derived if derived is not None else (reported.value if reported is not None else None)
        actual = Bounds(value, value)
        now, _, _ = context.thresholds(self)
        status = actual.status(now, self.comparison) if now is not None else self.undecided(actual)
        supply = context.supply(self.reported, self.numerator, self.denominator) if value is None else ()
        if status is Status.UNKNOWN:
            supply += tuple(context.need(f) for f in context.missing(*self.tier_figure(status)))
        counts = context.standard.counts(self.numerator) and derived is not None
        amounts = context.standard.unit(self.numerator) == "amount"
        return share_result(
            self,
            context,
            actual,
            status,
            denominator if counts else None,
            [],
            supply,
            nested=self.nested,
            amounts_of=self.denominator if amounts else None,
        )

    def project(self, context: Series) -> Projection:
        from zone_gap.kinds._shares import project_share  # only `project` and `report` project

        return project_share(self, context, context.figure(self.numerator), context.figure(self.denominator))


def _within(standard: Standard, part: str, whole: str) -> bool:
    """Whether ``part`` is declared part of ``whole``, directly or through other figures."""
    seen: set[str] = set()
    todo = [part]
    while todo:
        name = todo.pop()
        figure = standard.figures.get(name)
        if name in seen or figure is None:
            continue
        seen.add(name)
        if whole in figure.wholes:
            return True
        todo += figure.wholes
    return False
