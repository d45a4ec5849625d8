"""``growth``: year-on-year growth of a figure, (this year − last year) / last year, at least a rate.

From last year's file where there is one, else the growth as the file reports it. From a zero base
no rate exists and any increase counts as growth. PASS: 10 → 13 against ``at_least: 30%``.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import replace
from fractions import Fraction
from typing import TYPE_CHECKING, Annotated, Literal

from zone_gap.figures.quantity import PLACES, Percent, Rate, decimal_places, percent_text, plain_number
from zone_gap.figures.vocabulary import Need, Noun
from zone_gap.i18n import Message
from zone_gap.io.document import KeyPath
from zone_gap.kinds._base import Bar, Measured, PlanBar, Reach, Unit, unit_reach
from zone_gap.maths.growth import growth_rate, minimum_path
from zone_gap.maths.result import Bounds, Result, Status
from zone_gap.maths.trend import Trend, categorize

if TYPE_CHECKING:
    from zone_gap.kinds.context import Evaluation, PlanContext, Series
    from zone_gap.maths.projected import Projection
    from zone_gap.standard.model import Standard

KIND = "growth"


class GrowthCriterion(Measured):
    """Year-on-year growth of a figure: (this year − last year) / last year."""

    kind: Literal["growth"]
    figure: str
    reported: str | None = None
    at_least: Annotated[Rate, Bar]

    def counted(self) -> str | None:
        return self.figure

    def figure_keys(self) -> Iterator[tuple[str, KeyPath]]:
        yield self.figure, ("figure",)
        yield from super().figure_keys()

    def figure_units(self) -> dict[str, tuple[Unit, ...]]:
        return {"figure": ("count", "amount", "number"), "reported": ("rate",)}

    def growth_of(self, figure: str) -> Percent | None:
        return self.at_least if figure == self.figure else None

    def reach(self, standard: Standard) -> Reach | None:
        """A figure never below 0 never falls more than 100%; a plain number may."""
        return unit_reach("rate") if standard.unit(self.figure) in ("count", "amount") else None

    def cross_check(self, context: Evaluation) -> None:
        before = context.previous.figure(self.figure) if context.previous is not None else None
        sides = (context.figure(self.figure), before)
        if context.baseline.reported(self.reported) is not None and None not in sides:
            self.evaluate(context)

    def evaluate(self, context: Evaluation) -> Result:
        """Year on year from last year's file where there is one, else the growth as reported."""
        baseline, previous = context.baseline, context.previous
        threshold = self.at_least.value
        current = baseline.figure(self.figure)
        before = previous.figure(self.figure) if previous is not None else None
        reported = baseline.reported(self.reported)
        known = {
            "unit": "ratio",
            "threshold": threshold,
            "deadline_threshold": threshold,
            "required_cagr": float(threshold),
        }
        notes = self._path(context, current)
        rate = reported.value if reported is not None else None
        unit = _unit_word(context.standard, self.figure)
        if current is not None and before is not None:
            shown = {"before": plain_number(before), "after": plain_number(current), "unit": unit}
            notes.insert(0, Message("growth_from_files", **shown))
            rate = growth_rate(before, current)
            if rate is None:  # from a zero base no rate exists; any increase counts as growth
                notes.append(Message("growth_from_zero", unit=unit))
                status = Status.MET if current > 0 else Status.UNMET
                return self.result(status, notes=tuple(notes), **known)
            if reported is not None and not reported.agrees_with(rate):
                source = f"{self.figure} {plain_number(before)} → {plain_number(current)}"
                context.doubt(self.reported, reported, rate, source)
        if rate is None:
            supply = tuple(context.need(k) for k in (self.reported,) if k)
            this = [context.ref(self.figure)] if current is None else []
            last = [context.ref(self.figure, baseline.year - 1)] if before is None else []
            if this or last:
                supply += (Need((*this, *last)),)
            return self.result(Status.UNKNOWN, supply=supply, notes=tuple(notes), **known)
        gap_count = None  # how many more enterprises make the rate; an amount short is no count
        if context.standard.counts(self.figure) and before and current is not None:
            gap_count = max(0, math.ceil(before * (1 + threshold) - current))
        return self.result(
            Bounds.exact(rate).status(threshold, self.comparison),
            actual=Bounds.exact(rate),
            gap=self.comparison.distance(rate, threshold),
            gap_count=gap_count,
            notes=tuple(notes),
            **known,
        )

    def _path(self, context: Evaluation, current: Fraction | None) -> list[Message]:
        """The smallest figures that keep the growth every year until the deadline, in the figure's
        own unit and precision (whole enterprises; an amount to the places it is written to). From
        zero or below no rate leads anywhere: said so, with no path."""
        years = max(0, context.deadline - context.baseline.year)
        if current is None or not years:
            return []
        unit = context.standard.unit(self.figure)
        shown = {"rate": str(self.at_least), "unit": _unit_word(context.standard, self.figure)}
        if current <= 0:
            year = context.baseline.year
            return [Message("growth_path_no_base", year=year, value=plain_number(current), **shown)]
        places = 0 if unit == "count" else decimal_places(current)
        step = Fraction(1, 10 ** (PLACES if places is None else places))
        path = minimum_path(current, self.at_least.value, years, step)
        first = context.baseline.year + 1
        return [Message("growth_path", first=first, path=" → ".join(map(plain_number, path)), **shown)]

    def project(self, context: Series) -> Projection:
        """Checked for every year in the series, and for the growth the linear trend implies each
        year to the deadline (a constant increase is a falling rate: 9 → 12 → 16 → 19.5 is 22%)."""
        from zone_gap.kinds import _projecting  # only `project` and `report` project

        threshold = self.at_least.value
        line = context.figure(self.figure)
        results = context.results(self.id)
        met_now = results[-1].status is Status.MET
        notes = [
            Message(
                "growth_year",
                year=b.year,
                rate=percent_text(r.actual.value, against=[threshold]),
                status=Message(f"status_{r.status}"),
            )
            for b, r in zip(context.baselines, results, strict=True)
            if r.actual and r.actual.value is not None
        ]
        base = replace(
            _projecting.start(self, "ratio", line),
            threshold=threshold,
            required_per_year=threshold,
            growth=threshold,
            grows=context.ref(self.figure),
            grows_unit=context.standard.unit(self.figure) or "number",
        )
        notes += _projecting.zero_base(line)
        implied = _implied_growth(line, context)
        latest = results[-1].actual.value if results[-1].actual else None
        if not implied:
            return replace(base, latest=latest, notes=tuple(notes))
        notes.append(
            Message(
                "growth_implied",
                rates=" → ".join(f"{y}: {percent_text(g, 1, against=[threshold])}" for y, g in implied),
            )
        )
        final = implied[-1][1]
        projected_met = all(self.comparison.holds(g, threshold) for _, g in implied)
        ratio = final / threshold
        reached = (y for y, g in implied if self.comparison.holds(g, threshold))
        reach = context.baselines[-1].year if met_now else next(reached, None)
        return replace(
            base,
            category=categorize(len(line.values), met_now, projected_met, ratio, final),
            latest=latest,
            projected=final,
            observed_per_year=final,
            ratio=ratio,
            reach_year=reach,
            at_risk=met_now and not projected_met,
            projected_met=projected_met,
            notes=tuple(notes),
        )

    def plan_bar(self, figure: str, context: PlanContext) -> PlanBar | None:
        """Whether every planned year grows at least the criterion's rate."""
        if figure != self.figure or context.start is None:
            return None
        rates: list[tuple[int, Fraction | None]] = []
        before = context.start
        for k, planned in enumerate(context.path, start=1):
            rates.append((context.plan.base_year + k, growth_rate(before, planned)))
            before = planned
        bar = self.at_least.value
        ok = all(r is not None and self.comparison.holds(r, bar) for _, r in rates)
        shown = " → ".join(
            f"{y}: {percent_text(r, 1, against=[bar])}" if r is not None else f"{y}: —" for y, r in rates
        )
        verdict = Message("plan_growth_ok" if ok else "plan_growth_short")
        note = Message("plan_growth", rates=shown, rate=str(self.at_least), verdict=verdict)
        return PlanBar(None, self.comparison, (note,), ok)


def _unit_word(standard: Standard, figure: str) -> Message:
    """What follows a figure in a sentence: its count's word (家, 人), 万元, or nothing."""
    return Message(f"unit_word_{standard.unit(figure) or 'number'}", noun=Noun(standard.noun(figure)))


def _implied_growth(line: Trend, context: Series) -> list[tuple[int, Fraction]]:
    """Year-on-year growth along the trend, for each year from the latest point to the deadline.
    A year whose base on the trend is zero or below has no rate and is left out."""
    slope = line.slope
    if slope is None:
        return []
    found = []
    latest_year = math.floor(context.times[-1])
    for year in range(latest_year + 1, context.deadline + 1):
        before = line.at(Fraction(year - 1))
        if before is not None and before > 0:
            found.append((year, slope / before))
    return found
