"""Does the plan add up? Its yearly increments from the base year, against its own end targets
and the standard's thresholds at the deadline, and against what the park actually reached."""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from zone_gap.baseline import COUNT_FIGURES, Baseline
from zone_gap.growth import growth_rate
from zone_gap.i18n import Message
from zone_gap.model import Names
from zone_gap.plan import Plan, Target
from zone_gap.quantity import Percent
from zone_gap.standard import (
    CountCriterion,
    GrowthCriterion,
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
    actual: tuple[Step, ...]
    planned: Fraction | None
    target: Fraction
    standard: Fraction | None
    reaches: bool | None
    shortfall: Fraction | None
    enough_per_year: Fraction | None
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


def check_plan(
    plan: Plan,
    standard: Standard,
    baselines: list[Baseline],
    *,
    series: str | None = None,
    national_rd: Percent | None = None,
) -> PlanReport:
    base = next((b for b in baselines if b.year == plan.base_year and b.as_of is None), None)
    targets = tuple(_target(t, plan, standard, base, baselines, series, national_rd) for t in plan.targets)
    park = base.park if base else (baselines[-1].park if baselines else None)
    return PlanReport(plan.name, plan.base_year, plan.deadline, targets, park)


def _value(value: int | Percent) -> Fraction:
    return value.value if isinstance(value, Percent) else Fraction(value)


def _target(
    target: Target,
    plan: Plan,
    standard: Standard,
    base: Baseline | None,
    baselines: list[Baseline],
    series: str | None,
    national_rd: Percent | None,
) -> TargetCheck:
    count = target.id in COUNT_FIGURES
    step = _value(target.per_year)
    years = plan.deadline - plan.base_year
    start = base.figure(target.id) if base is not None else None
    path = tuple(
        Step(plan.base_year + k, None if start is None else start + step * k) for k in range(1, years + 1)
    )
    planned = path[-1].planned if path else start
    goal, notes = _goal(target, plan, standard, series, national_rd)
    bar, growth_notes, growth_ok = _standard_bar(target, standard, plan, series, national_rd, start, path)
    notes += growth_notes
    needed = max(goal, bar) if bar is not None else goal
    if start is None:
        notes.append(Message("plan_base_missing", key=target.id, year=plan.base_year))
        return TargetCheck(
            target.id,
            target.name,
            "count" if count else "ratio",
            None,
            step,
            path,
            (),
            None,
            goal,
            bar,
            None,
            None,
            None,
            tuple(notes),
        )
    assert planned is not None
    shortfall = max(Fraction(0), needed - planned)
    enough = (needed - start) / years
    return TargetCheck(
        target.id,
        target.name,
        "count" if count else "ratio",
        start,
        step,
        path,
        _actual(target, plan, start, step, baselines),
        planned,
        goal,
        bar,
        shortfall == 0 and growth_ok is not False,
        shortfall or None,
        Fraction(math.ceil(enough)) if count else enough,
        tuple(notes),
    )


def _goal(
    target: Target, plan: Plan, standard: Standard, series: str | None, national_rd: Percent | None
) -> tuple[Fraction, list[Message]]:
    """The plan's own end target; a reference (the national average) read for the deadline year."""
    if not isinstance(target.at_least, Reference):
        return _value(target.at_least), []
    if national_rd is not None:
        return national_rd.value, [Message("reference_override", value=str(national_rd))]
    found = standard.look_up(target.at_least.reference, plan.deadline, series)
    return found.value, [found.note()]


def _standard_bar(
    target: Target,
    standard: Standard,
    plan: Plan,
    series: str | None,
    national_rd: Percent | None,
    start: Fraction | None,
    path: tuple[Step, ...],
) -> tuple[Fraction | None, list[Message], bool | None]:
    """The standard's threshold at the deadline for the criterion the target serves, where it is a
    bar on this very figure; for a growth criterion, whether every planned year grows enough."""
    criterion = next((c for c in standard.numeric() if c.id == target.criterion), None)
    if (
        isinstance(criterion, CountCriterion)
        and criterion.figure == target.id
        or (isinstance(criterion, RatioCriterion) and criterion.reported == target.id)
    ):
        return threshold_value(criterion, standard, plan.deadline, series, national_rd)[0], [], None
    if isinstance(criterion, GrowthCriterion) and criterion.figure == target.id and start is not None:
        rates = []
        before = start
        for step in path:
            assert step.planned is not None
            rates.append((step.year, growth_rate(before, step.planned)))
            before = step.planned
        bar = criterion.at_least.value
        ok = all(r is not None and r >= bar for _, r in rates)
        shown = " → ".join(f"{y}: {float(r) * 100:.1f}%" if r is not None else f"{y}: —" for y, r in rates)
        return (
            None,
            [
                Message(
                    "plan_growth",
                    rates=shown,
                    rate=str(criterion.at_least),
                    verdict=Message("plan_growth_ok" if ok else "plan_growth_short"),
                )
            ],
            ok,
        )
    return None, [], None


def _actual(
    target: Target, plan: Plan, start: Fraction, step: Fraction, baselines: list[Baseline]
) -> tuple[Step, ...]:
    """The park's figures after the base year, each against the planned path at its date."""
    found = []
    for baseline in baselines:
        time = point_time(baseline.year, baseline.as_of)
        value = baseline.figure(target.id)
        if time <= plan.base_year or value is None:
            continue
        planned = start + step * (time - plan.base_year)
        found.append(
            Step(baseline.year, planned, value, baseline.as_of.isoformat() if baseline.as_of else None)
        )
    return tuple(found)
