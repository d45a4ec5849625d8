"""Does the plan add up? Its yearly increments from the base year, against its own end targets
and the standard's thresholds at the deadline, and against what the park actually reached."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from fractions import Fraction

from zone_gap.baseline import Baseline
from zone_gap.growth import growth_rate
from zone_gap.i18n import FIGURE_NAMES, Message
from zone_gap.model import Names
from zone_gap.plan import Plan, Target
from zone_gap.quantity import Percent, percent_text
from zone_gap.standard import (
    CountCriterion,
    GrowthCriterion,
    Numeric,
    RatioCriterion,
    Reference,
    Standard,
    threshold_value,
)
from zone_gap.trend import point_time


@dataclass(frozen=True)
class Step:
    """One point of the planned path, with the park's actual figure where a file gives it."""

    year: int
    planned: Fraction | None
    actual: Fraction | None = None
    as_of: str | None = None

    @property
    def difference(self) -> Fraction | None:
        """Actual − planned: ahead when positive, behind when negative."""
        return None if self.actual is None or self.planned is None else self.actual - self.planned


@dataclass(frozen=True)
class TargetCheck:
    id: str
    name: Names
    unit: str  # "count" | "ratio"
    base: Fraction | None
    per_year: Fraction
    path: tuple[Step, ...]
    target: Fraction
    standard: Fraction | None
    actual: tuple[Step, ...] = ()
    planned: Fraction | None = None
    reaches: bool | None = None
    shortfall: Fraction | None = None
    enough_per_year: Fraction | None = None
    notes: tuple[Message, ...] = ()


@dataclass(frozen=True)
class PlanReport:
    plan: Names
    base_year: int
    deadline: int
    targets: tuple[TargetCheck, ...]
    park: str | None = None

    @property
    def adds_up(self) -> bool:
        return all(t.reaches for t in self.targets)


@dataclass(frozen=True)
class _Context:
    plan: Plan
    standard: Standard
    baselines: list[Baseline]
    series: str | None
    national_rd: Percent | None

    @property
    def years(self) -> int:
        return self.plan.deadline - self.plan.base_year

    def threshold(self, criterion: Numeric) -> Fraction | None:
        return threshold_value(criterion, self.standard, self.plan.deadline, self.series, self.national_rd)[0]


def check_plan(
    plan: Plan,
    standard: Standard,
    baselines: list[Baseline],
    *,
    series: str | None = None,
    national_rd: Percent | None = None,
) -> PlanReport:
    FIGURE_NAMES.set({key: figure.name for key, figure in standard.figures.items()})
    base = next((b for b in baselines if b.year == plan.base_year and b.as_of is None), None)
    context = _Context(plan, standard, baselines, series, national_rd)
    targets = tuple(_target(t, context, base) for t in plan.targets)
    park = base.subject_name if base else (baselines[-1].subject_name if baselines else None)
    return PlanReport(plan.name, plan.base_year, plan.deadline, targets, park)


def _value(value: int | Percent) -> Fraction:
    return value.value if isinstance(value, Percent) else Fraction(value)


def _target(target: Target, context: _Context, base: Baseline | None) -> TargetCheck:
    """The planned path from the base year, and whether it reaches the higher of the plan's own target
    and the standard's bar; with the increment that would have been enough."""
    plan, count = context.plan, context.standard.counts(target.id)
    step = _value(target.per_year)
    start = base.figure(target.id) if base is not None else None
    path = tuple(
        Step(plan.base_year + k, None if start is None else start + step * k)
        for k in range(1, context.years + 1)
    )
    goal, notes = _goal(target, context)
    bar, growth_notes, growth_ok = _standard_bar(target, context, start, path)
    found = TargetCheck(
        target.id,
        target.name,
        "count" if count else "ratio",
        start,
        step,
        path,
        goal,
        bar,
        notes=tuple(notes + growth_notes),
    )
    if start is None:
        return replace(
            found, notes=(*found.notes, Message("plan_base_missing", key=target.id, year=plan.base_year))
        )
    planned = path[-1].planned if path else start
    assert planned is not None
    needed = max(goal, bar) if bar is not None else goal
    shortfall = max(Fraction(0), needed - planned)
    enough = (needed - start) / context.years
    return replace(
        found,
        actual=_actual(target, context, start, step),
        planned=planned,
        reaches=shortfall == 0 and growth_ok is not False,
        shortfall=shortfall or None,
        enough_per_year=Fraction(math.ceil(enough)) if count else enough,
    )


def _goal(target: Target, context: _Context) -> tuple[Fraction, list[Message]]:
    """The plan's own end target; a reference (the national average) read for the deadline year."""
    if not isinstance(target.at_least, Reference):
        return _value(target.at_least), []
    if context.national_rd is not None:
        return context.national_rd.value, [Message("reference_override", value=str(context.national_rd))]
    found = context.standard.look_up(target.at_least.reference, context.plan.deadline, context.series)
    return found.value, [found.note()]


def _standard_bar(
    target: Target, context: _Context, start: Fraction | None, path: tuple[Step, ...]
) -> tuple[Fraction | None, list[Message], bool | None]:
    """The standard's threshold at the deadline for the criterion the target serves, where it is a
    bar on this very figure; for a growth criterion, whether every planned year grows enough."""
    criterion = next((c for c in context.standard.numeric() if c.id == target.criterion), None)
    same_figure = (isinstance(criterion, CountCriterion) and criterion.figure == target.id) or (
        isinstance(criterion, RatioCriterion) and criterion.reported == target.id
    )
    if same_figure:
        assert criterion is not None
        return context.threshold(criterion), [], None
    if isinstance(criterion, GrowthCriterion) and criterion.figure == target.id and start is not None:
        return _planned_growth(criterion, start, path)
    return None, [], None


def _planned_growth(
    criterion: GrowthCriterion, start: Fraction, path: tuple[Step, ...]
) -> tuple[None, list[Message], bool]:
    """Year-on-year growth along the planned path, against the criterion's rate."""
    rates: list[tuple[int, Fraction | None]] = []
    before = start
    for step in path:
        assert step.planned is not None
        rates.append((step.year, growth_rate(before, step.planned)))
        before = step.planned
    bar = criterion.at_least.value
    ok = all(r is not None and r >= bar for _, r in rates)
    shown = " → ".join(
        f"{y}: {percent_text(r, 1, against=[bar])}" if r is not None else f"{y}: —" for y, r in rates
    )
    verdict = Message("plan_growth_ok" if ok else "plan_growth_short")
    return None, [Message("plan_growth", rates=shown, rate=str(criterion.at_least), verdict=verdict)], ok


def _actual(target: Target, context: _Context, start: Fraction, step: Fraction) -> tuple[Step, ...]:
    """The park's figures after the base year, each against the planned path at its date."""
    found = []
    base_year = context.plan.base_year
    for baseline in context.baselines:
        time = point_time(baseline.year, baseline.as_of)
        value = baseline.figure(target.id)
        if time <= base_year or value is None:
            continue
        as_of = baseline.as_of.isoformat() if baseline.as_of else None
        found.append(Step(baseline.year, start + step * (time - base_year), value, as_of))
    return tuple(found)
