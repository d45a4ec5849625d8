"""The rule engine: a baseline against the standard, criterion by criterion, in three-valued logic."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from fractions import Fraction

from zone_gap.baseline import COUNT_FIGURES, Baseline
from zone_gap.growth import growth_rate, minimum_path, required_cagr, required_per_year, years_left
from zone_gap.i18n import Message
from zone_gap.quantity import Percent
from zone_gap.result import Bounds, Caveat, Report, Result, Section, Status, any_met
from zone_gap.standard import (
    CountCriterion,
    Criterion,
    DistinctShareCriterion,
    EitherCriterion,
    GrowthCriterion,
    Lookup,
    Numeric,
    QualitativeCriterion,
    RatioCriterion,
    Reference,
    Standard,
    threshold_value,
)


@dataclass
class _Context:
    standard: Standard
    baseline: Baseline
    previous: Baseline | None
    deadline: int
    series: str | None
    national_rd: Percent | None
    years: Fraction
    caveats: list[Caveat] = field(default_factory=list)

    def thresholds(self, criterion: Numeric) -> tuple[Fraction, Fraction, list[Message]]:
        """The threshold for the baseline's year and for the deadline, with notes on any table."""
        notes: list[Message] = []
        values: list[Fraction] = []
        for year in (self.baseline.year, self.deadline):
            value, looked = threshold_value(criterion, self.standard, year, self.series, self.national_rd)
            values.append(value)
            if looked is not None:
                notes.append(_lookup_note(looked))
        if self.national_rd is not None and isinstance(criterion.at_least, Reference):
            notes.append(Message("reference_override", value=str(self.national_rd)))
        return values[0], values[1], notes


def _lookup_note(found: Lookup) -> Message:
    value = f"{float(found.value * 100):.2f}%"
    if found.exact:
        return Message("reference_used", year=found.year, value=value, series=found.series_name)
    return Message("reference_fallback", asked=found.asked_year, year=found.year, value=value,
                   series=found.series_name, asked_series=found.asked_series_name)


def evaluate(standard: Standard, baseline: Baseline, *, previous: Baseline | None = None,
             deadline: int = 2023, series: str | None = None, national_rd: Percent | None = None) -> Report:
    """Every criterion of ``standard`` for ``baseline``; ``previous`` is last year's file, if any."""
    context = _Context(standard, baseline, previous, deadline, series, national_rd,
                       years_left(baseline.year, deadline, baseline.as_of))
    sections = tuple(
        Section(d.id, d.name, tuple(_evaluate(c, context) for c in d.criteria)) for d in standard.dimensions
    )
    return Report(standard.name, baseline.park, baseline.year, deadline, context.years, sections,
                  tuple(context.caveats), baseline.as_of.isoformat() if baseline.as_of else None)


def _evaluate(criterion: Criterion, context: _Context) -> Result:
    match criterion:
        case QualitativeCriterion():
            return _qualitative(criterion, context.baseline)
        case CountCriterion():
            return _count(criterion, context)
        case RatioCriterion():
            return _ratio(criterion, context)
        case DistinctShareCriterion():
            return _distinct_share(criterion, context)
        case GrowthCriterion():
            return _growth(criterion, context)
        case EitherCriterion():
            return _either(criterion, context)


def _base(criterion: Criterion, status: Status, **fields: object) -> Result:
    return Result(criterion.id, criterion.kind, criterion.name, criterion.clause, status, **fields)  # type: ignore[arg-type]


def _qualitative(criterion: QualitativeCriterion, baseline: Baseline) -> Result:
    finding = baseline.qualitative.get(criterion.id)
    if finding is None:
        return _base(criterion, Status.UNKNOWN, supply=(f"qualitative.{criterion.id}",),
                     encouraged=criterion.encouraged)
    status = Status.MET if finding.met else Status.UNMET
    return _base(criterion, status, evidence=finding.evidence or None, encouraged=criterion.encouraged)


def _count(criterion: CountCriterion, context: _Context) -> Result:
    actual = context.baseline.figure(criterion.figure)
    threshold = Fraction(criterion.at_least)
    if actual is None:
        return _base(criterion, Status.UNKNOWN, unit="count", threshold=threshold,
                     deadline_threshold=threshold, supply=(criterion.figure,))
    gap = max(Fraction(0), threshold - actual)
    return _base(
        criterion, Bounds.exact(actual).status(threshold), unit="count", actual=Bounds.exact(actual),
        threshold=threshold, deadline_threshold=threshold, gap=gap, gap_count=math.ceil(gap),
        required_per_year=required_per_year(actual, threshold, context.years, whole=True),
        required_cagr=required_cagr(actual, threshold, context.years),
    )


def _share_result(criterion: RatioCriterion | DistinctShareCriterion, context: _Context, actual: Bounds,
                  status: Status, denominator: Fraction | None, numerator_is_count: bool,
                  notes: list[Message], supply: tuple[str, ...] = ()) -> Result:
    """A ratio criterion's row: gap in percentage points, and what closes it at today's denominator."""
    now, end, threshold_notes = context.thresholds(criterion)
    value = actual.value
    if value is None:
        return _base(criterion, status, unit="ratio", actual=actual, threshold=now, deadline_threshold=end,
                     supply=supply, notes=tuple(threshold_notes + notes))
    gap = max(Fraction(0), now - value)
    gap_count = None
    if numerator_is_count and denominator:
        gap_count = max(0, math.ceil(now * denominator - value * denominator))
        if status is not Status.MET:
            notes.append(Message("count_needed", total=math.ceil(now * denominator),
                                 threshold=f"{float(now * 100):g}%", whole=_plain(denominator)))
    return _base(
        criterion, status, unit="ratio", actual=actual, threshold=now, deadline_threshold=end, gap=gap,
        gap_count=gap_count, required_per_year=required_per_year(value, end, context.years, whole=False),
        required_cagr=required_cagr(value, end, context.years), notes=tuple(threshold_notes + notes),
    )


def _plain(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else f"{float(value):g}"


def _ratio(criterion: RatioCriterion, context: _Context) -> Result:
    baseline = context.baseline
    numerator, denominator = baseline.figure(criterion.numerator), baseline.figure(criterion.denominator)
    reported = baseline.reported(criterion.reported)
    derived = numerator / denominator if numerator is not None and denominator else None
    if reported is not None and derived is not None and not reported.agrees_with(derived):
        context.caveats.append(Caveat("baseline", (criterion.reported or "",), Message(
            "share_disagrees", written=str(reported), derived=_percent(derived), tolerance=_tolerance(reported),
            source=f"{criterion.numerator} / {criterion.denominator}")))
    value = derived if derived is not None else (reported.value if reported is not None else None)
    now, _, _ = context.thresholds(criterion)
    if value is None:
        missing = [k for k in (criterion.numerator, criterion.denominator) if baseline.figure(k) is None]
        supply = (*([criterion.reported] if criterion.reported else []), " + ".join(missing))
        return _share_result(criterion, context, Bounds(None, None), Status.UNKNOWN, denominator, False, [],
                             supply)
    actual = Bounds.exact(value)
    return _share_result(criterion, context, actual, actual.status(now), denominator,
                         criterion.numerator in COUNT_FIGURES and derived is not None, [])


def _percent(value: Fraction) -> str:
    return f"{float(value * 100):.2f}%"


def _tolerance(written: Percent) -> str:
    return f"{float(written.tolerance * 100):g}%"


def _distinct_bounds(criterion: DistinctShareCriterion, baseline: Baseline) -> tuple[Bounds, list[Message]]:
    """What the counts prove about the share of distinct enterprises in either part."""
    first, second = (baseline.figure(p) for p in criterion.parts)
    overlap, whole = baseline.figure(criterion.overlap), baseline.figure(criterion.denominator)
    if first is None or not whole:
        return Bounds(None, None), []
    if second is None:
        return Bounds(first / whole, None), [Message("lower_bound_only", part=criterion.parts[1])]
    if overlap is not None:
        return Bounds.exact((first + second - overlap) / whole), []
    low, high = max(first, second), min(first + second, whole)
    return Bounds(low / whole, high / whole), [Message("overlap_unknown", overlap=criterion.overlap)]


def _distinct_share(criterion: DistinctShareCriterion, context: _Context) -> Result:
    baseline = context.baseline
    counted, notes = _distinct_bounds(criterion, baseline)
    reported = baseline.reported(criterion.reported)
    if reported is not None and counted.low is not None:
        _check_against_bounds(criterion, reported, counted, context)
    now, _, _ = context.thresholds(criterion)
    if counted.value is not None or reported is None:
        actual = counted
    else:
        actual = Bounds.exact(reported.value)
    status = any_met([actual.status(now), counted.status(now)]) if actual is not counted else actual.status(now)
    supply: tuple[str, ...] = ()
    if status is Status.UNKNOWN:
        missing = [k for k in (*criterion.parts, criterion.overlap, criterion.denominator)
                   if baseline.figure(k) is None]
        supply = (*([criterion.reported] if reported is None and criterion.reported else []), " + ".join(missing))
    denominator = baseline.figure(criterion.denominator)
    return _share_result(criterion, context, actual, status, denominator, True, notes, supply)


def _check_against_bounds(criterion: DistinctShareCriterion, reported: Percent, counted: Bounds,
                          context: _Context) -> None:
    known = [p for p in criterion.parts if context.baseline.figure(p) is not None]
    source = " + ".join(f"{p} ({_plain(context.baseline.figure(p) or Fraction(0))})" for p in known)
    whole = context.baseline.figure(criterion.denominator) or Fraction(0)
    source += f" / {criterion.denominator} ({_plain(whole)})"
    path = (criterion.reported or "",)
    if counted.value is not None:
        if not reported.agrees_with(counted.value):
            context.caveats.append(Caveat("baseline", path, Message(
                "share_disagrees", written=str(reported), derived=_percent(counted.value),
                tolerance=_tolerance(reported), source=source)))
        return
    assert counted.low is not None
    if reported.value + reported.tolerance < counted.low:
        context.caveats.append(Caveat("baseline", path, Message(
            "share_below_bound", written=str(reported), derived=_percent(counted.low),
            tolerance=_tolerance(reported), source=source)))
    if counted.high is not None and reported.value - reported.tolerance > counted.high:
        context.caveats.append(Caveat("baseline", path, Message(
            "share_above_bound", written=str(reported), derived=_percent(counted.high),
            tolerance=_tolerance(reported), source=source)))


def _growth(criterion: GrowthCriterion, context: _Context) -> Result:
    baseline, previous = context.baseline, context.previous
    threshold = criterion.at_least.value
    current = baseline.figure(criterion.figure)
    before = previous.figure(criterion.figure) if previous is not None else None
    reported = baseline.reported(criterion.reported)
    notes: list[Message] = []
    if current is not None:
        path = minimum_path(int(current), threshold, max(0, context.deadline - baseline.year))
        if path:
            notes.append(Message("growth_path", first=baseline.year + 1, path=" → ".join(map(str, path)),
                                 rate=str(criterion.at_least)))
    if current is not None and before is not None:
        rate = growth_rate(before, current)
        if rate is None:
            notes.append(Message("growth_from_zero"))
            status = Status.MET if current > 0 else Status.UNMET
            return _base(criterion, status, unit="ratio", threshold=threshold, deadline_threshold=threshold,
                         required_cagr=float(threshold), notes=tuple(notes))
        if reported is not None and not reported.agrees_with(rate):
            context.caveats.append(Caveat("baseline", (criterion.reported or "",), Message(
                "share_disagrees", written=str(reported), derived=_percent(rate), tolerance=_tolerance(reported),
                source=f"{baseline.year - 1} → {baseline.year} {criterion.figure}")))
        notes.insert(0, Message("growth_from_files", before=_plain(before), after=_plain(current)))
    else:
        rate = reported.value if reported is not None else None
    if rate is None:
        return _base(criterion, Status.UNKNOWN, unit="ratio", threshold=threshold, deadline_threshold=threshold,
                     supply=(criterion.reported or "", f"{baseline.year - 1}.yaml: {criterion.figure}"),
                     notes=tuple(notes))
    gap = max(Fraction(0), threshold - rate)
    gap_count = max(0, math.ceil(before * (1 + threshold) - current)) if before and current is not None else None
    return _base(criterion, Bounds.exact(rate).status(threshold), unit="ratio", actual=Bounds.exact(rate),
                 threshold=threshold, deadline_threshold=threshold, gap=gap, gap_count=gap_count,
                 required_cagr=float(threshold), notes=tuple(notes))


def _either(criterion: EitherCriterion, context: _Context) -> Result:
    branches = tuple(_evaluate(b, context) for b in criterion.branches)
    status = any_met(b.status for b in branches)
    decider = _decider(branches, status)
    supply = tuple(s for b in branches if b.status is Status.UNKNOWN for s in b.supply)
    return Result(
        criterion.id, criterion.kind, criterion.name, criterion.clause, status, unit=decider.unit,
        actual=decider.actual, threshold=decider.threshold, deadline_threshold=decider.deadline_threshold,
        gap=decider.gap, gap_count=decider.gap_count, required_per_year=decider.required_per_year,
        required_cagr=decider.required_cagr, supply=supply if status is Status.UNKNOWN else (),
        branches=branches, decided_by=decider.id,
    )


def _decider(branches: tuple[Result, ...], status: Status) -> Result:
    """The branch the verdict turns on: the met one; else an unknown one; else the nearest to its bar."""
    for wanted in (Status.MET, Status.UNKNOWN):
        if status is wanted:
            return next(b for b in branches if b.status is wanted)

    def relative_gap(branch: Result) -> Fraction:
        assert branch.gap is not None and branch.threshold
        return branch.gap / branch.threshold

    return min(branches, key=relative_gap)
