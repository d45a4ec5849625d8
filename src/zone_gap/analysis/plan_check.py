"""Does the plan add up? Its yearly increments from the base year, against its own end targets
and the standard's thresholds at the deadline, and against what the park actually reached."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from fractions import Fraction

from zone_gap.figures.calendar import point_time
from zone_gap.figures.comparison import Comparison
from zone_gap.figures.quantity import Percent, percent_text, plain_number
from zone_gap.i18n import Message
from zone_gap.io.model import Names
from zone_gap.kinds import PlanBar, Reference
from zone_gap.kinds.context import PlanContext
from zone_gap.standard.baseline import Baseline
from zone_gap.standard.model import Standard
from zone_gap.standard.plan import Plan, Target


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
    unit: str  # "count" | "ratio" | "amount" | "number"
    base: Fraction | None
    per_year: Fraction
    path: tuple[Step, ...]
    target: Fraction
    standard: Fraction | None
    comparison: Comparison = Comparison.AT_LEAST
    """How the standard compares the figure with ``standard``, its bar."""
    actual: tuple[Step, ...] = ()
    planned: Fraction | None = None
    reaches: bool | None = None
    shortfall: Fraction | None = None
    excess: Fraction | None = None
    """Where the standard caps the figure (at most, below): how far the planned end is past the cap."""
    enough_per_year: Fraction | None = None
    notes: tuple[Message, ...] = ()

    def ahead(self, step: Step) -> bool:
        """Whether the actual figure is ahead of the planned path: above it, or for a figure the
        standard caps, below it."""
        difference = step.difference
        assert difference is not None
        return difference >= 0 if self.comparison.rising else difference <= 0


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
    context = PlanContext(standard, plan, series, national_rd)
    targets = tuple(_target(t, context, base, baselines) for t in plan.targets)
    park = base.subject_name if base else (baselines[-1].subject_name if baselines else None)
    return PlanReport(plan.name, plan.base_year, plan.deadline, targets, park)


def _value(value: int | Fraction | Percent) -> Fraction:
    return value.value if isinstance(value, Percent) else Fraction(value)


def _target(
    target: Target, context: PlanContext, base: Baseline | None, baselines: list[Baseline]
) -> TargetCheck:
    """The planned path from the base year, and whether it reaches the plan's own target and meets
    the standard's bar on the same figure, compared as the standard compares it; with the increment
    that would have been enough."""
    plan, count = context.plan, context.standard.counts(target.id)
    unit = _UNITS[context.standard.unit(target.id) or "number"]
    years = plan.deadline - plan.base_year
    step = _value(target.per_year)
    start = base.figure(target.id) if base is not None else None
    path = tuple(
        Step(plan.base_year + k, None if start is None else start + step * k) for k in range(1, years + 1)
    )
    here = replace(context, start=start, path=tuple(s.planned for s in path if s.planned is not None))
    goal, notes = _goal(target, here)
    criterion = context.standard.find(target.criterion) if target.criterion else None
    bar = criterion.plan_bar(target.id, here) if criterion is not None else None
    found = TargetCheck(
        target.id,
        target.name,
        unit,
        start,
        step,
        path,
        goal,
        bar.threshold if bar else None,
        comparison=bar.comparison if bar else Comparison.AT_LEAST,
        notes=tuple(notes) + (bar.notes if bar else ()),
    )
    if start is None:
        missing = Message("plan_base_missing", key=context.ref(target.id), year=plan.base_year)
        return replace(found, notes=(*found.notes, missing))
    planned = path[-1].planned if path else start
    assert planned is not None
    notes = list(found.notes)
    needed, cap = _needed(bar, goal, count)
    shortfall = max(Fraction(0), needed - planned)
    holds = bar is None or bar.threshold is None or bar.comparison.holds(planned, bar.threshold)
    excess = planned - cap if cap is not None and not holds else None
    if bar is not None and cap is not None:  # at most so much a year keeps the figure within its cap
        allowed = (cap - start) / years
        notes.append(Message("plan_cap", symbol=bar.comparison.symbol, allowed=_shown(allowed, unit)))
    enough = max(Fraction(0), needed - start) / years if cap is None else (cap - start) / years
    return replace(
        found,
        actual=_actual(target, plan.base_year, baselines, start, step),
        planned=planned,
        reaches=shortfall == 0 and holds and (bar is None or bar.ok is not False),
        shortfall=shortfall or None,
        excess=excess,
        enough_per_year=(
            Fraction(math.ceil(enough) if cap is None else math.floor(enough)) if count else enough
        ),
        notes=tuple(notes),
    )


_UNITS = {"count": "count", "share": "ratio", "rate": "ratio", "amount": "amount", "number": "number"}


def _shown(value: Fraction, unit: str) -> str:
    """An allowance as text, rounded down where it is not exact (at most 0.66 of 2/3: 0.67 is too
    much; whole enterprises: at most −2 of −1.33)."""
    places = {"ratio": 4, "count": 0}.get(unit, 2)
    floored = Fraction(math.floor(value * 10**places), 10**places)
    return percent_text(floored, None) if unit == "ratio" else plain_number(floored)


def _needed(bar: PlanBar | None, goal: Fraction, count: bool) -> tuple[Fraction, Fraction | None]:
    """Where the planned end must reach (the higher of the plan's goal and a rising bar), and the cap
    it must stay within (a falling bar); a whole count past a strict bar: above 20 is 21."""
    if bar is None or bar.threshold is None:
        return goal, None
    comparison, least = bar.comparison, bar.threshold
    if count:
        least = comparison.whole_past(least)
    return (max(goal, least), None) if comparison.rising else (goal, least)


def _goal(target: Target, context: PlanContext) -> tuple[Fraction, list[Message]]:
    """The plan's own end target; a reference (the national average) read for the deadline year."""
    if not isinstance(target.at_least, Reference):
        return _value(target.at_least), []
    if context.national_rd is not None:
        return context.national_rd.value, [Message("reference_override", value=str(context.national_rd))]
    found = context.standard.look_up(target.at_least.reference, context.plan.deadline, context.series)
    return found.value, [found.note()]


def _actual(
    target: Target, base_year: int, baselines: list[Baseline], start: Fraction, step: Fraction
) -> tuple[Step, ...]:
    """The park's figures after the base year, each against the planned path at its date."""
    found = []
    for baseline in baselines:
        time = point_time(baseline.year, baseline.as_of)
        value = baseline.figure(target.id)
        if time <= base_year or value is None:
            continue
        as_of = baseline.as_of.isoformat() if baseline.as_of else None
        found.append(Step(baseline.year, start + step * (time - base_year), value, as_of))
    return tuple(found)
