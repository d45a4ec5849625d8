"""The rule engine: a figures file against the standard, criterion by criterion, in three-valued
logic. It walks the criteria and asks each for its result; what a kind means lives in ``kinds/``."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TypeVar

from zone_gap.figures.calendar import year_end, years_left
from zone_gap.figures.quantity import Percent
from zone_gap.i18n import Message
from zone_gap.kinds.context import Evaluation
from zone_gap.maths.projected import Projection
from zone_gap.maths.result import Caveat, Report, Result, Section
from zone_gap.standard.baseline import Baseline
from zone_gap.standard.model import Standard


def evaluate(
    standard: Standard,
    baseline: Baseline,
    *,
    previous: Baseline | None = None,
    deadline: int,
    series: str | None = None,
    national_rd: Percent | None = None,
    today: date | None = None,
) -> Report:
    """Every criterion of ``standard`` for ``baseline``; ``previous`` is last year's file, if any;
    ``today`` tells a standard superseded from one yet to be (the day it runs, unless given)."""
    context = Evaluation(
        standard,
        baseline,
        previous,
        deadline,
        series,
        national_rd,
        years_left(baseline.year, deadline, baseline.as_of),
    )
    sections = tuple(
        Section(d.id, d.name, tuple(said_in(standard, c.evaluate(context)) for c in d.criteria))
        for d in standard.dimensions
    )
    return Report(
        standard.name,
        baseline.subject_name,
        baseline.year,
        deadline,
        context.years,
        sections,
        (*before_effective(standard, baseline), *zero_denominators(standard, baseline), *context.caveats),
        baseline.as_of.isoformat() if baseline.as_of else None,
        superseded(standard, baseline, today or date.today()),
        standard.subject,
    )


R = TypeVar("R", Result, Projection)


def said_in(standard: Standard, found: R) -> R:
    """``found`` (a result or a projection) and its branches, each with the word its whole numbers
    are said in: the noun of the figure its gap counts (家 for enterprises, 人 for staff)."""
    criterion = standard.find(found.id)
    noun = standard.noun(criterion.counted()) if criterion is not None else ""
    branches = tuple(said_in(standard, b) for b in found.branches)
    if noun == found.noun and all(b is a for a, b in zip(found.branches, branches, strict=True)):
        return found  # nothing to change: no copy made (a roster's pipeline judges thousands)
    return replace(found, noun=noun, branches=branches)


def superseded(standard: Standard, baseline: Baseline, today: date) -> tuple[Message, ...]:
    """A note when the standard was replaced before the end of the figures' year (or their date); in
    the future tense where that day is still to come."""
    replaced = standard.superseded
    end = baseline.as_of or year_end(baseline.year)
    if replaced is None or replaced.on > end:
        return ()
    key = "standard_superseded" if replaced.done(today) else "standard_to_be_superseded"
    return (Message(key, standard=standard.name, by=replaced.by, on=replaced.on.isoformat()),)


def before_effective(standard: Standard, baseline: Baseline) -> tuple[Caveat, ...]:
    """Figures that stand before the standard took effect: it was not in force then."""
    stands = baseline.as_of or year_end(baseline.year)
    if standard.effective is None or stands >= standard.effective:
        return ()
    message = Message(
        "figures_before_effective",
        when=stands.isoformat(),
        standard=standard.name,
        effective=standard.effective.isoformat(),
    )
    return (Caveat(("as_of",) if baseline.as_of else ("year",), message),)


def cross_checks(
    standard: Standard, baseline: Baseline, previous: Baseline | None = None
) -> tuple[Caveat, ...]:
    """Only the doubts ``evaluate`` would raise — reported shares at odds with their counts or
    amounts — for the criteria where a file gives both sides; cheap enough for every file in CI."""
    context = Evaluation(standard, baseline, previous, baseline.year, None, None, years_left(0, 0))
    for criterion in standard.numeric():
        criterion.cross_check(context)
    return (*before_effective(standard, baseline), *zero_denominators(standard, baseline), *context.caveats)


def zero_denominators(standard: Standard, baseline: Baseline) -> tuple[Caveat, ...]:
    """A share whose whole is written as 0 cannot be computed: said once per figure, at its key."""
    wholes = {whole: c.id for c in standard.numeric() for whole in c.denominators()}
    return tuple(
        Caveat((whole,), Message("zero_denominator", key=whole, criterion=criterion))
        for whole, criterion in wholes.items()
        if baseline.figure(whole) == 0
    )
