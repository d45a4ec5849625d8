"""Projecting every numeric criterion from a series of baselines to the deadline.

Linear is the primary method (the plan itself is written in yearly increments): the projected value
is the latest figure plus the least-squares slope times the years left. Shares are projected through
their numerator and denominator, each on its own trend, where the files give both.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from fractions import Fraction

from zone_gap.baseline import Baseline
from zone_gap.engine import evaluate
from zone_gap.i18n import Message
from zone_gap.model import Names
from zone_gap.quantity import Percent, percent_text
from zone_gap.result import Report, Result, Status
from zone_gap.standard import (
    PERCENT_UNITS,
    CountCriterion,
    Criterion,
    DistinctShareCriterion,
    EitherCriterion,
    GrowthCriterion,
    Numeric,
    QualitativeCriterion,
    RatioCriterion,
    Standard,
    ValueCriterion,
    threshold_value,
)
from zone_gap.trend import RANK, Category, Trend, categorize, point_time, trend

HORIZON = 50  # years after the latest point in which to look for the year the trend reaches the bar


@dataclass(frozen=True)
class Projection:
    id: str
    kind: str
    name: Names
    unit: str  # "count" | "ratio"
    category: Category
    points: int
    latest: Fraction | None = None
    projected: Fraction | None = None
    threshold: Fraction | None = None
    required_per_year: Fraction | None = None
    observed_per_year: Fraction | None = None
    ratio: Fraction | None = None
    reach_year: int | None = None
    at_risk: bool = False
    observed_cagr: float | None = None
    series: tuple[tuple[Fraction, Fraction], ...] = ()
    notes: tuple[Message, ...] = ()
    branches: tuple[Projection, ...] = ()
    best_branch: str | None = None


@dataclass(frozen=True)
class ProjectionSection:
    id: str
    name: Names
    projections: tuple[Projection, ...]


@dataclass(frozen=True)
class ProjectionReport:
    standard: Names
    park: str
    deadline: int
    latest_year: int
    years_left: Fraction
    years: tuple[int, ...]
    mid_year: tuple[str, ...]
    """The files whose figures are mid-year, as ``2022 (2022-06-30)``."""
    sections: tuple[ProjectionSection, ...]

    def by_id(self) -> dict[str, Projection]:
        """Every criterion's and branch's projection by its id."""
        found: dict[str, Projection] = {}
        for section in self.sections:
            for projection in section.projections:
                found[projection.id] = projection
                found.update({b.id: b for b in projection.branches})
        return found


@dataclass
class _Series:
    """The baselines in time order, each evaluated by the engine, and what the projection needs."""

    standard: Standard
    baselines: list[Baseline]
    reports: list[Report]
    deadline: int
    series: str | None
    national_rd: Percent | None

    @property
    def times(self) -> list[Fraction]:
        return [point_time(b.year, b.as_of) for b in self.baselines]

    @property
    def end(self) -> Fraction:
        return Fraction(self.deadline)

    @property
    def years_left(self) -> Fraction:
        return self.end - self.times[-1]

    def results(self, criterion_id: str) -> list[Result]:
        return [report.by_id()[criterion_id] for report in self.reports]

    def figure(self, key: str) -> Trend:
        return trend([(t, b.figure(key)) for t, b in zip(self.times, self.baselines, strict=True)])

    def threshold(self, criterion: Numeric, year: int) -> Fraction | None:
        """The threshold for ``year``; tiers are chosen by the latest file's figure."""
        latest = self.baselines[-1]
        return threshold_value(criterion, self.standard, year, self.series, self.national_rd, latest)[0]

    def threshold_notes(self, criterion: Numeric) -> list[Message]:
        looked = threshold_value(criterion, self.standard, self.deadline, self.series, self.national_rd)[1]
        return [looked.note()] if looked is not None else []


def project(
    standard: Standard,
    baselines: list[Baseline],
    *,
    deadline: int,
    series: str | None = None,
    national_rd: Percent | None = None,
) -> ProjectionReport:
    """Every numeric criterion of ``standard`` projected from ``baselines`` to the end of ``deadline``."""
    ordered = sorted(baselines, key=lambda b: point_time(b.year, b.as_of))
    by_year = {b.year: b for b in ordered if b.as_of is None}
    reports = [
        evaluate(
            standard,
            b,
            previous=by_year.get(b.year - 1),
            deadline=deadline,
            series=series,
            national_rd=national_rd,
        )
        for b in ordered
    ]
    context = _Series(standard, ordered, reports, deadline, series, national_rd)
    sections = tuple(
        ProjectionSection(
            d.id,
            d.name,
            tuple(_project(c, context) for c in d.criteria if not isinstance(c, QualitativeCriterion)),
        )
        for d in standard.dimensions
    )
    latest = ordered[-1]
    return ProjectionReport(
        standard.name,
        latest.subject_name,
        deadline,
        latest.year,
        context.years_left,
        tuple(b.year for b in ordered),
        tuple(f"{b.year} ({b.as_of.isoformat()})" for b in ordered if b.as_of is not None),
        tuple(s for s in sections if s.projections),
    )


def _project(criterion: Criterion, context: _Series) -> Projection:
    match criterion:
        case CountCriterion() | ValueCriterion():
            line = context.figure(criterion.figure)
            unit = "ratio" if context.standard.unit(criterion.figure) in PERCENT_UNITS else "count"
            return _finish(criterion, context, unit, line.latest if line.values else None, line.at, line, [])
        case RatioCriterion() | DistinctShareCriterion():
            return _share(criterion, context)
        case GrowthCriterion():
            return _growth(criterion, context)
        case EitherCriterion():
            return _either(criterion, context)
        case QualitativeCriterion():  # pragma: no cover - filtered out by the caller
            raise ValueError(criterion.id)


def _finish(
    criterion: Numeric,
    context: _Series,
    unit: str,
    latest: Fraction | None,
    value_at: Callable[[Fraction], Fraction | None],
    line: Trend,
    notes: list[Message],
) -> Projection:
    """Projected value, required and observed change, R, category and the year the bar is reached."""
    met_now = context.results(criterion.id)[-1].status is Status.MET
    base = _start(criterion, unit, line)
    notes = notes + context.threshold_notes(criterion)
    notes += _zero_base(line)
    threshold = context.threshold(criterion, context.deadline)
    years = context.years_left
    projected = value_at(context.end)
    if latest is None or projected is None or threshold is None or years <= 0:
        category = Category.INSUFFICIENT_DATA
        return replace(base, category=category, latest=latest, threshold=threshold, notes=tuple(notes))
    comparison = criterion.comparison
    required = (threshold - latest) / years  # negative where the figure must come down
    observed = (projected - latest) / years
    ratio = observed / required if (required > 0 if comparison.rising else required < 0) else None
    projected_met = comparison.holds(projected, threshold)
    return replace(
        base,
        category=categorize(len(line.values), met_now, projected_met, ratio, observed),
        latest=latest,
        projected=projected,
        threshold=threshold,
        required_per_year=required,
        observed_per_year=observed,
        ratio=ratio,
        reach_year=_reach_year(criterion, context, value_at, met_now),
        at_risk=met_now and not projected_met,
        notes=tuple(notes),
    )


def _zero_base(line: Trend) -> list[Message]:
    """A series that starts at zero has no compound rate: say that only the linear method applies."""
    return [Message("zero_base_linear")] if len(line.values) > 1 and line.values[0] == 0 else []


def _start(criterion: Numeric, unit: str, line: Trend) -> Projection:
    """A criterion's projection before anything is projected: insufficient data."""
    return Projection(
        id=criterion.id,
        kind=criterion.kind,
        name=criterion.name,
        unit=unit,
        category=Category.INSUFFICIENT_DATA,
        points=len(line.values),
        series=tuple(zip(line.times, line.values, strict=True)),
        observed_cagr=line.cagr(),
    )


def _reach_year(
    criterion: Numeric, context: _Series, value_at: Callable[[Fraction], Fraction | None], met_now: bool
) -> int | None:
    if met_now:  # reached already: in the year of the latest file
        return context.baselines[-1].year
    latest_year = math.floor(context.times[-1])
    for year in range(latest_year + 1, latest_year + HORIZON + 1):
        value, threshold = value_at(Fraction(year)), context.threshold(criterion, year)
        if value is not None and threshold is not None and criterion.comparison.holds(value, threshold):
            return year
    return None


def _share(criterion: RatioCriterion | DistinctShareCriterion, context: _Series) -> Projection:
    """Through numerator and denominator where every file that has the share also has both."""
    shares = trend(
        [
            (t, r.actual.value if r.actual else None)
            for t, r in zip(context.times, context.results(criterion.id), strict=True)
        ]
    )
    numerator, denominator = _components(criterion, context)
    if len(numerator.values) >= 2 and numerator.times == denominator.times == shares.times:

        def share_at(time: Fraction) -> Fraction | None:
            top, bottom = numerator.at(time), denominator.at(time)
            return top / bottom if top is not None and bottom else None

        notes = [Message("projected_by_parts")]
        return _finish(criterion, context, "ratio", shares.latest, share_at, shares, notes)
    notes = [Message("projected_as_share")] if len(shares.values) >= 2 else []
    return _finish(
        criterion, context, "ratio", shares.latest if shares.values else None, shares.at, shares, notes
    )


def _components(criterion: RatioCriterion | DistinctShareCriterion, context: _Series) -> tuple[Trend, Trend]:
    if isinstance(criterion, RatioCriterion):
        return context.figure(criterion.numerator), context.figure(criterion.denominator)
    distinct = [(t, _distinct(criterion, b)) for t, b in zip(context.times, context.baselines, strict=True)]
    return trend(distinct), context.figure(criterion.denominator)


def _distinct(criterion: DistinctShareCriterion, baseline: Baseline) -> Fraction | None:
    """Enterprises in either part, counted once: known only when the overlap is."""
    first, second = (baseline.figure(p) for p in criterion.parts)
    overlap = baseline.figure(criterion.overlap)
    if first is None or second is None or overlap is None:
        return None
    return first + second - overlap


def _growth(criterion: GrowthCriterion, context: _Series) -> Projection:
    """Checked for every year in the series, and for the growth the linear trend implies each year
    to the deadline (a constant increase is a falling rate: 9 → 12 → 16 → 19.5 is 22% in the end)."""
    threshold = criterion.at_least.value
    line = context.figure(criterion.figure)
    results = context.results(criterion.id)
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
    base = replace(_start(criterion, "ratio", line), threshold=threshold, required_per_year=threshold)
    notes += _zero_base(line)
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
    projected_met = all(g >= threshold for _, g in implied)
    ratio = final / threshold
    reach = context.baselines[-1].year if met_now else next((y for y, g in implied if g >= threshold), None)
    return replace(
        base,
        category=categorize(len(line.values), met_now, projected_met, ratio, final),
        latest=latest,
        projected=final,
        observed_per_year=final,
        ratio=ratio,
        reach_year=reach,
        at_risk=met_now and not projected_met,
        notes=tuple(notes),
    )


def _implied_growth(line: Trend, context: _Series) -> list[tuple[int, Fraction]]:
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


def _either(criterion: EitherCriterion, context: _Series) -> Projection:
    """Each branch projected; the criterion takes the branch most likely to make it."""
    branches = tuple(_project(b, context) for b in criterion.branches)
    best = max(branches, key=lambda b: (RANK[b.category], b.ratio if b.ratio is not None else -math.inf))
    met_now = context.results(criterion.id)[-1].status is Status.MET
    projected_met = any(
        b.category is Category.ACHIEVED
        or (b.projected is not None and b.threshold is not None and b.projected >= b.threshold)
        for b in branches
    )
    return replace(
        best,
        id=criterion.id,
        kind=criterion.kind,
        name=criterion.name,
        branches=branches,
        best_branch=best.id,
        at_risk=met_now and not projected_met,
        notes=(),
    )
