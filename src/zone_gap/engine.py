"""The rule engine: a baseline against the standard, criterion by criterion, in three-valued logic."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date
from fractions import Fraction

from zone_gap.baseline import Baseline
from zone_gap.comparison import Comparison
from zone_gap.growth import (
    count_to_reach,
    growth_rate,
    minimum_path,
    required_cagr,
    required_per_year,
    whole_gap,
    years_left,
)
from zone_gap.i18n import FIGURE_NAMES, Message
from zone_gap.quantity import Percent, percent_text, plain_number
from zone_gap.result import Bounds, Caveat, Report, Result, Section, Status, any_met
from zone_gap.standard import (
    CountCriterion,
    Criterion,
    DistinctShareCriterion,
    EitherCriterion,
    GrowthCriterion,
    Numeric,
    QualitativeCriterion,
    RatioCriterion,
    Reference,
    Standard,
    Tiers,
    ValueCriterion,
    threshold_value,
    tier_values,
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

    def doubt(
        self,
        key: str | None,
        written: Percent,
        derived: Fraction,
        source: str,
        wording: str = "share_disagrees",
    ) -> None:
        """Note that the share written under ``key`` is at odds with what ``source`` gives."""
        self.caveats.append(
            Caveat(
                (key or "",),
                Message(
                    wording,
                    written=str(written),
                    derived=percent_text(derived, against=written.bounds),
                    source=source,
                    tolerance=percent_text(written.tolerance, None),
                ),
            )
        )

    def thresholds(self, criterion: Numeric) -> tuple[Fraction | None, Fraction | None, list[Message]]:
        """The threshold for the baseline's year and for the deadline, with notes on any table;
        ``None`` for tiers whose deciding figure is unknown."""
        notes: list[Message] = []
        values: list[Fraction | None] = []
        for year in (self.baseline.year, self.deadline):
            value, looked = threshold_value(
                criterion, self.standard, year, self.series, self.national_rd, self.baseline
            )
            values.append(value)
            if looked is not None:
                notes.append(looked.note())
        if self.national_rd is not None and isinstance(criterion.threshold, Reference):
            notes.append(Message("reference_override", value=str(self.national_rd)))
        if isinstance(criterion.threshold, Tiers) and values[0] is not None:
            by = criterion.threshold.tiers.by
            figure = self.baseline.figure(by)
            assert figure is not None
            notes.append(Message("tier_used", by=by, value=plain_number(figure)))
        return values[0], values[1], notes


def evaluate(
    standard: Standard,
    baseline: Baseline,
    *,
    previous: Baseline | None = None,
    deadline: int = 2023,
    series: str | None = None,
    national_rd: Percent | None = None,
) -> Report:
    """Every criterion of ``standard`` for ``baseline``; ``previous`` is last year's file, if any."""
    FIGURE_NAMES.set({key: figure.name for key, figure in standard.figures.items()})
    context = _Context(
        standard,
        baseline,
        previous,
        deadline,
        series,
        national_rd,
        years_left(baseline.year, deadline, baseline.as_of),
    )
    sections = tuple(
        Section(d.id, d.name, tuple(_evaluate(c, context) for c in d.criteria)) for d in standard.dimensions
    )
    return Report(
        standard.name,
        baseline.subject_name,
        baseline.year,
        deadline,
        context.years,
        sections,
        (*zero_denominators(standard, baseline), *context.caveats),
        baseline.as_of.isoformat() if baseline.as_of else None,
        superseded(standard, baseline),
        standard.subject,
    )


def superseded(standard: Standard, baseline: Baseline) -> tuple[Message, ...]:
    """A note when the standard was replaced before the end of the figures' year (or their date)."""
    replaced = standard.superseded
    end = baseline.as_of or date(baseline.year, 12, 31)
    if replaced is None or replaced.on > end:
        return ()
    return (
        Message("standard_superseded", standard=standard.name, by=replaced.by, on=replaced.on.isoformat()),
    )


def cross_checks(
    standard: Standard, baseline: Baseline, previous: Baseline | None = None
) -> tuple[Caveat, ...]:
    """Only the doubts ``evaluate`` would raise — reported shares at odds with their counts or
    amounts — for the criteria where a file gives both sides; cheap enough for every file in CI."""
    context = _Context(standard, baseline, previous, baseline.year, None, None, Fraction(0))
    for criterion in standard.numeric():
        if _both_sides(criterion, baseline, previous):
            _evaluate(criterion, context)
    return (*zero_denominators(standard, baseline), *context.caveats)


def zero_denominators(standard: Standard, baseline: Baseline) -> tuple[Caveat, ...]:
    """A share whose whole is written as 0 cannot be computed: said once per figure, at its key."""
    wholes = {
        c.denominator: c.id
        for c in standard.numeric()
        if isinstance(c, RatioCriterion | DistinctShareCriterion)
    }
    return tuple(
        Caveat((whole,), Message("zero_denominator", key=whole, criterion=criterion))
        for whole, criterion in wholes.items()
        if baseline.figure(whole) == 0
    )


def _both_sides(criterion: Numeric, baseline: Baseline, previous: Baseline | None) -> bool:
    reported = getattr(criterion, "reported", None)
    if reported is None or baseline.figure(reported) is None:
        return False
    match criterion:
        case RatioCriterion():
            sides = [baseline.figure(criterion.numerator), baseline.figure(criterion.denominator)]
        case DistinctShareCriterion():
            sides = [baseline.figure(criterion.parts[0]), baseline.figure(criterion.denominator)]
        case GrowthCriterion():
            sides = [
                baseline.figure(criterion.figure),
                previous.figure(criterion.figure) if previous else None,
            ]
        case _:
            return False
    return None not in sides


def _evaluate(criterion: Criterion, context: _Context) -> Result:
    match criterion:
        case QualitativeCriterion():
            return _qualitative(criterion, context.baseline)
        case CountCriterion():
            return _count(criterion, context)
        case ValueCriterion():
            return _value(criterion, context)
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


def _supply(baseline: Baseline, reported: str | None, keys: tuple[str, ...]) -> tuple[str, ...]:
    """What to write to make an unknown figure known: the reported share, or the missing amounts."""
    missing = " + ".join(k for k in keys if baseline.figure(k) is None)
    return tuple(k for k in (reported, missing) if k)


def _qualitative(criterion: QualitativeCriterion, baseline: Baseline) -> Result:
    finding = baseline.qualitative.get(criterion.id)
    if finding is None:
        return _base(
            criterion,
            Status.UNKNOWN,
            supply=(f"qualitative.{criterion.id}",),
            encouraged=criterion.encouraged,
        )
    status = Status.MET if finding.met else Status.UNMET
    return _base(criterion, status, evidence=finding.evidence or None, encouraged=criterion.encouraged)


def _count(criterion: CountCriterion, context: _Context) -> Result:
    actual = context.baseline.figure(criterion.figure)
    threshold = Fraction(criterion.at_least)
    known = {"unit": "count", "threshold": threshold, "deadline_threshold": threshold}
    if actual is None:
        return _base(criterion, Status.UNKNOWN, supply=(criterion.figure,), **known)
    gap = max(Fraction(0), threshold - actual)
    return _base(
        criterion,
        Bounds.exact(actual).status(threshold),
        actual=Bounds.exact(actual),
        gap=gap,
        gap_count=math.ceil(gap),
        required_per_year=required_per_year(actual, threshold, context.years, whole=True),
        required_cagr=required_cagr(actual, threshold, context.years),
        **known,
    )


def _share(
    criterion: RatioCriterion | DistinctShareCriterion,
    context: _Context,
    actual: Bounds,
    status: Status,
    whole: Fraction | None,
    notes: list[Message],
    supply: tuple[str, ...],
) -> Result:
    """A share's row: the gap in percentage points and, where the numerator counts enterprises and
    must rise, how many more would close it — at today's denominator, or for a nested share (the
    park's among the league/city's) with each one added to the denominator too."""
    now, end, threshold_notes = context.thresholds(criterion)
    comparison = criterion.comparison
    known = {
        "unit": "ratio",
        "comparison": comparison,
        "actual": actual,
        "threshold": now,
        "deadline_threshold": end,
        "supply": supply,
    }
    value = actual.value
    if value is None or now is None:
        return _base(criterion, status, notes=tuple(threshold_notes + notes), **known)
    gap_count = None
    amounts = isinstance(criterion, RatioCriterion) and context.standard.unit(criterion.numerator) == "amount"
    denominator = context.baseline.figure(criterion.denominator)
    if amounts and denominator and comparison.rising and status is not Status.MET:
        known["gap_amount"] = max(Fraction(0), now * denominator - value * denominator)
    if whole and comparison.rising:
        nested = isinstance(criterion, RatioCriterion) and criterion.nested
        gap_count = count_to_reach(value * whole, whole, now, nested=nested, strict=comparison.strict)
        if status is not Status.MET:
            notes.append(_count_note(criterion, value * whole, whole, now, gap_count))
    return _base(
        criterion,
        status,
        gap=comparison.distance(value, now),
        gap_count=gap_count,
        notes=tuple(threshold_notes + notes + _strict_note(comparison, value, now)),
        **_path(value, end, context.years, comparison, whole=False),
        **known,
    )


def _path(
    actual: Fraction, end: Fraction | None, years: Fraction, comparison: Comparison, *, whole: bool
) -> dict[str, object]:
    """What must change each year, and at what compound rate, to meet the deadline's threshold:
    a rise, or for a figure that must come down a fall (negative)."""
    if end is None:
        return {}
    rising = comparison.rising
    return {
        "required_per_year": required_per_year(actual, end, years, whole=whole, rising=rising),
        "required_cagr": required_cagr(actual, end, years, rising=rising),
    }


def _strict_note(comparison: Comparison, value: Fraction, threshold: Fraction) -> list[Message]:
    """At exactly the threshold of a strict comparison: not met, and said why."""
    if not comparison.strict or value != threshold:
        return []
    return [Message(f"strict_{comparison.value}")]


def _undecided(actual: Bounds, criterion: Numeric) -> Status:
    """The status where tiers decide the threshold but their deciding figure is unknown: what every
    tier agrees on, else unknown."""
    found = {actual.status(v, criterion.comparison) for v in tier_values(criterion)}
    return found.pop() if len(found) == 1 else Status.UNKNOWN


def _tier_figure(criterion: Numeric, status: Status) -> tuple[str, ...]:
    threshold = criterion.threshold
    return (threshold.tiers.by,) if isinstance(threshold, Tiers) and status is Status.UNKNOWN else ()


_UNITS = {"share": "ratio", "rate": "ratio", "count": "count", "amount": "amount", "number": "number"}


def _value(criterion: ValueCriterion, context: _Context) -> Result:
    """One figure against its threshold, compared as the standard says (above 70: 70 fails)."""
    figure = context.baseline.figure(criterion.figure)
    unit = _UNITS[context.standard.unit(criterion.figure) or "number"]
    now, end, notes = context.thresholds(criterion)
    comparison = criterion.comparison
    known = {"unit": unit, "comparison": comparison, "threshold": now, "deadline_threshold": end}
    if figure is None:
        supply = (criterion.figure, *_tier_figure(criterion, Status.UNKNOWN))
        return _base(criterion, Status.UNKNOWN, supply=supply, notes=tuple(notes), **known)
    actual = Bounds.exact(figure)
    if now is None:
        status = _undecided(actual, criterion)
        supply = _tier_figure(criterion, status)
        return _base(criterion, status, actual=actual, supply=supply, notes=tuple(notes), **known)
    whole = unit == "count"
    return _base(
        criterion,
        actual.status(now, comparison),
        actual=actual,
        gap=comparison.distance(figure, now),
        gap_count=whole_gap(figure, now, rising=comparison.rising, strict=comparison.strict)
        if whole
        else None,
        notes=tuple(notes + _strict_note(comparison, figure, now)),
        **_path(figure, end, context.years, comparison, whole=whole),
        **known,
    )


def _count_note(
    criterion: RatioCriterion | DistinctShareCriterion,
    part: Fraction,
    whole: Fraction,
    threshold: Fraction,
    more: int | None,
) -> Message:
    """How many enterprises close the gap, and on which assumption the number rests."""
    shown = percent_text(threshold, None)
    if not (isinstance(criterion, RatioCriterion) and criterion.nested):
        total = math.ceil(threshold * whole)
        return Message("count_needed", total=total, whole=plain_number(whole), threshold=shown)
    if more is None:
        return Message("count_unreachable_nested", denominator=criterion.denominator, threshold=shown)
    return Message(
        "count_needed_nested",
        denominator=criterion.denominator,
        part=plain_number(part),
        whole=plain_number(whole),
        added=more,
        threshold=shown,
    )


def _ratio(criterion: RatioCriterion, context: _Context) -> Result:
    baseline = context.baseline
    numerator, denominator = baseline.figure(criterion.numerator), baseline.figure(criterion.denominator)
    reported = baseline.reported(criterion.reported)
    derived = numerator / denominator if numerator is not None and denominator else None
    if reported is not None and derived is not None and not reported.agrees_with(derived):
        context.doubt(
            criterion.reported, reported, derived, f"{criterion.numerator} / {criterion.denominator}"
        )
    value = derived if derived is not None else (reported.value if reported is not None else None)
    actual = Bounds(value, value)
    now, _, _ = context.thresholds(criterion)
    status = actual.status(now, criterion.comparison) if now is not None else _undecided(actual, criterion)
    counts = context.standard.counts(criterion.numerator) and derived is not None
    supply = (
        _supply(baseline, criterion.reported, (criterion.numerator, criterion.denominator))
        if value is None
        else ()
    )
    if status is Status.UNKNOWN:
        supply += tuple(f for f in _tier_figure(criterion, status) if baseline.figure(f) is None)
    return _share(criterion, context, actual, status, denominator if counts else None, [], supply)


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
    """Exact counts decide; otherwise the reported share, which counts that prove the bar is reached
    can still overrule; otherwise whatever bounds the counts give."""
    baseline = context.baseline
    counted, notes = _distinct_bounds(criterion, baseline)
    reported = baseline.reported(criterion.reported)
    if reported is not None and counted.low is not None:
        _check_against_counts(criterion, reported, counted, context)
    now = criterion.at_least.value
    use_reported = counted.value is None and reported is not None
    actual = Bounds.exact(reported.value) if use_reported and reported is not None else counted
    status = Status.MET if counted.status(now) is Status.MET else actual.status(now)
    supply: tuple[str, ...] = ()
    if status is Status.UNKNOWN:
        keys = (*criterion.parts, criterion.overlap, criterion.denominator)
        supply = _supply(baseline, None if reported is not None else criterion.reported, keys)
    return _share(criterion, context, actual, status, baseline.figure(criterion.denominator), notes, supply)


def _check_against_counts(
    criterion: DistinctShareCriterion, reported: Percent, counted: Bounds, context: _Context
) -> None:
    baseline = context.baseline
    known = [p for p in (*criterion.parts, criterion.denominator) if baseline.figure(p) is not None]
    source = " / ".join(f"{p} ({plain_number(baseline.figure(p) or Fraction(0))})" for p in known)
    if counted.value is not None:
        if not reported.agrees_with(counted.value):
            context.doubt(criterion.reported, reported, counted.value, source)
        return
    if counted.low is not None and reported.value + reported.tolerance < counted.low:
        context.doubt(criterion.reported, reported, counted.low, source, "share_below_bound")
    if counted.high is not None and reported.value - reported.tolerance > counted.high:
        context.doubt(criterion.reported, reported, counted.high, source, "share_above_bound")


def _growth(criterion: GrowthCriterion, context: _Context) -> Result:
    """Year on year from last year's file where there is one, else the growth as reported."""
    baseline, previous = context.baseline, context.previous
    threshold = criterion.at_least.value
    current = baseline.figure(criterion.figure)
    before = previous.figure(criterion.figure) if previous is not None else None
    reported = baseline.reported(criterion.reported)
    known = {
        "unit": "ratio",
        "threshold": threshold,
        "deadline_threshold": threshold,
        "required_cagr": float(threshold),
    }
    notes = _growth_path(criterion, context, current)
    rate = reported.value if reported is not None else None
    if current is not None and before is not None:
        notes.insert(
            0, Message("growth_from_files", before=plain_number(before), after=plain_number(current))
        )
        rate = growth_rate(before, current)
        if rate is None:  # from a zero base no rate exists; any increase counts as growth
            notes.append(Message("growth_from_zero"))
            return _base(criterion, Status.MET if current > 0 else Status.UNMET, notes=tuple(notes), **known)
        if reported is not None and not reported.agrees_with(rate):
            source = f"{criterion.figure} {plain_number(before)} → {plain_number(current)}"
            context.doubt(criterion.reported, reported, rate, source)
    if rate is None:
        figures = [criterion.figure] if current is None else []
        figures += [f"{baseline.year - 1}.yaml: {criterion.figure}"] if before is None else []
        supply = (criterion.reported or "", " + ".join(figures))
        return _base(criterion, Status.UNKNOWN, supply=supply, notes=tuple(notes), **known)
    gap_count = (
        max(0, math.ceil(before * (1 + threshold) - current)) if before and current is not None else None
    )
    return _base(
        criterion,
        Bounds.exact(rate).status(threshold),
        actual=Bounds.exact(rate),
        gap=max(Fraction(0), threshold - rate),
        gap_count=gap_count,
        notes=tuple(notes),
        **known,
    )


def _growth_path(criterion: GrowthCriterion, context: _Context, current: Fraction | None) -> list[Message]:
    """The smallest whole counts that keep the growth every year until the deadline."""
    if current is None:
        return []
    years = max(0, context.deadline - context.baseline.year)
    path = minimum_path(int(current), criterion.at_least.value, years)
    if not path:
        return []
    return [
        Message(
            "growth_path",
            first=context.baseline.year + 1,
            path=" → ".join(map(str, path)),
            rate=str(criterion.at_least),
        )
    ]


def _either(criterion: EitherCriterion, context: _Context) -> Result:
    branches = tuple(_evaluate(b, context) for b in criterion.branches)
    status = any_met(b.status for b in branches)
    decider = _decider(branches, status)
    supply = tuple(s for b in branches if b.status is Status.UNKNOWN for s in b.supply)
    return replace(
        decider,
        id=criterion.id,
        kind=criterion.kind,
        name=criterion.name,
        clause=criterion.clause,
        status=status,
        supply=supply if status is Status.UNKNOWN else (),
        notes=(),
        branches=branches,
        decided_by=decider.id,
    )


def _decider(branches: tuple[Result, ...], status: Status) -> Result:
    """The branch the verdict turns on: the met one; else an unknown one; else the nearest to its bar."""
    if status is not Status.UNMET:
        return next(b for b in branches if b.status is status)
    return min(branches, key=lambda b: (b.gap or Fraction(0)) / (b.threshold or Fraction(1)))
