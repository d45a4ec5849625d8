"""What a kind is given when the walkers ask it something: the figures of one file (evaluation), a
series of files (projection), or a plan (the plan check). Each carries the standard, so a kind names
figures with the standard's own words (``ref``, ``need``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING

from zone_gap.figures.calendar import point_time
from zone_gap.figures.quantity import Percent, percent_text, plain_number
from zone_gap.figures.vocabulary import FigureRef, Need
from zone_gap.i18n import Message
from zone_gap.kinds._base import Reference, Tiers
from zone_gap.maths.result import Caveat, Report, Result, Status
from zone_gap.maths.trend import Trend, trend

if TYPE_CHECKING:
    from zone_gap.kinds._base import Measured
    from zone_gap.standard.baseline import Baseline
    from zone_gap.standard.model import Standard
    from zone_gap.standard.plan import Plan


@dataclass
class Words:
    """The standard's names for its figures."""

    standard: Standard

    def ref(self, key: str, year: int | None = None) -> FigureRef:
        figure = self.standard.figures.get(key)
        return FigureRef(key, figure.name if figure is not None else None, year)

    def need(self, *keys: str) -> Need:
        return Need(tuple(self.ref(k) for k in keys))


@dataclass
class Evaluation(Words):
    """One file's figures, last year's file where there is one, and the deadline."""

    baseline: Baseline
    previous: Baseline | None
    deadline: int
    series: str | None
    national_rd: Percent | None
    years: Fraction
    caveats: list[Caveat] = field(default_factory=list)

    def figure(self, key: str) -> Fraction | None:
        return self.baseline.figure(key)

    def missing(self, *keys: str) -> tuple[str, ...]:
        return tuple(k for k in keys if self.baseline.figure(k) is None)

    def supply(self, reported: str | None, *keys: str) -> tuple[Need, ...]:
        """What would make an unknown share known: the share as reported, or else every one of
        ``keys`` that is missing."""
        ways = ((reported,) if reported else (), self.missing(*keys))
        return tuple(self.need(*way) for way in ways if way)

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

    def thresholds(self, criterion: Measured) -> tuple[Fraction | None, Fraction | None, list[Message]]:
        """The threshold for the file's year and for the deadline, with notes on any table;
        ``None`` for tiers whose deciding figure is unknown."""
        notes: list[Message] = []
        values: list[Fraction | None] = []
        for year in (self.baseline.year, self.deadline):
            value, looked = criterion.threshold_at(
                self.standard, year, self.series, self.national_rd, self.baseline
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
            notes.append(Message("tier_used", by=self.ref(by), value=plain_number(figure)))
        return values[0], values[1], notes


@dataclass
class Series(Words):
    """The files in time order, each evaluated, and what a projection needs of them."""

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

    def met_now(self, criterion_id: str) -> bool:
        return self.results(criterion_id)[-1].status is Status.MET

    def figure(self, key: str) -> Trend:
        return trend([(t, b.figure(key)) for t, b in zip(self.times, self.baselines, strict=True)])

    def threshold(self, criterion: Measured, year: int) -> Fraction | None:
        """The threshold for ``year``; tiers are chosen by the latest file's figure."""
        latest = self.baselines[-1]
        return criterion.threshold_at(self.standard, year, self.series, self.national_rd, latest)[0]

    def threshold_notes(self, criterion: Measured) -> list[Message]:
        looked = criterion.threshold_at(self.standard, self.deadline, self.series, self.national_rd)[1]
        return [looked.note()] if looked is not None else []


@dataclass
class PlanContext(Words):
    """A plan's path for one figure: where it starts, and the planned value of each year."""

    plan: Plan
    series: str | None
    national_rd: Percent | None
    start: Fraction | None = None
    path: tuple[Fraction, ...] = ()

    def threshold(self, criterion: Measured) -> Fraction | None:
        return criterion.threshold_at(self.standard, self.plan.deadline, self.series, self.national_rd)[0]
