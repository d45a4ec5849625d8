"""What the two share kinds (``ratio``, ``distinct_share``) have in common: a share's row with its
gap in percentage points, and how many enterprises would close it."""

from __future__ import annotations

import math
from fractions import Fraction
from typing import TYPE_CHECKING

from zone_gap.figures.quantity import percent_text, plain_number
from zone_gap.figures.vocabulary import Need, Noun
from zone_gap.i18n import Message
from zone_gap.kinds._base import Measured, required_change, strict_note
from zone_gap.maths.growth import count_to_reach
from zone_gap.maths.result import Bounds, Result, Status
from zone_gap.maths.trend import Trend, trend

if TYPE_CHECKING:
    from zone_gap.kinds.context import Evaluation, Series
    from zone_gap.maths.projected import Projection


def share_result(
    criterion: Measured,
    context: Evaluation,
    actual: Bounds,
    status: Status,
    whole: Fraction | None,
    notes: list[Message],
    supply: tuple[Need, ...],
    *,
    nested: bool = False,
    amounts_of: str | None = None,
) -> Result:
    """A share's row: the gap in percentage points and, where the numerator counts enterprises and
    must rise, how many more would close it — at today's denominator, or for a nested share (the
    park's among the league/city's) with each one added to the denominator too. ``amounts_of``: the
    denominator of a share of amounts, for the amount the numerator is short by."""
    now, end, threshold_notes = context.thresholds(criterion)
    comparison = criterion.comparison
    known: dict[str, object] = {
        "unit": "ratio",
        "comparison": comparison,
        "actual": actual,
        "threshold": now,
        "deadline_threshold": end,
        "supply": supply,
    }
    value = actual.value
    if value is None and status is Status.MET:  # the bounds prove it: measured from the nearer one
        value = actual.low if comparison.rising else actual.high
    if value is None or now is None:
        return criterion.result(status, notes=tuple(threshold_notes + notes), **known)
    gap_count = None
    denominator = context.figure(amounts_of) if amounts_of else None
    if denominator and comparison.rising and status is not Status.MET:
        known["gap_amount"] = max(Fraction(0), now * denominator - value * denominator)
    if whole and comparison.rising:
        gap_count = count_to_reach(value * whole, whole, now, nested=nested, strict=comparison.strict)
        if status is not Status.MET:
            notes.append(_count_note(criterion, context, value * whole, whole, now, gap_count, nested))
    return criterion.result(
        status,
        gap=comparison.distance(value, now),
        gap_count=gap_count,
        notes=tuple(threshold_notes + notes + strict_note(comparison, value, now)),
        **required_change(value, end, context.years, comparison, whole=False),
        **known,
    )


def _count_note(
    criterion: Measured,
    context: Evaluation,
    part: Fraction,
    whole: Fraction,
    threshold: Fraction,
    more: int | None,
    nested: bool,
) -> Message:
    """How many enterprises close the gap, and on which assumption the number rests; a strict bar
    (above 20%) needs one more than the bar itself where the bar falls on a whole number."""
    shown = percent_text(threshold, None)
    symbol = criterion.comparison.symbol
    noun = Noun(context.standard.noun(criterion.counted()))
    denominator = context.ref(criterion.denominator)  # type: ignore[attr-defined]
    if not nested:
        exact = threshold * whole
        total = math.floor(exact) + 1 if criterion.comparison.strict else math.ceil(exact)
        return Message(
            "count_needed", total=total, whole=plain_number(whole), threshold=shown, symbol=symbol, noun=noun
        )
    if more is None:
        return Message(
            "count_unreachable_nested", denominator=denominator, threshold=shown, symbol=symbol, noun=noun
        )
    return Message(
        "count_needed_nested",
        denominator=denominator,
        part=plain_number(part),
        whole=plain_number(whole),
        added=more,
        threshold=shown,
        symbol=symbol,
        noun=noun,
    )


def project_share(criterion: Measured, context: Series, numerator: Trend, denominator: Trend) -> Projection:
    """Through numerator and denominator where every file that has the share also has both; else
    the share's own trend."""
    from zone_gap.kinds import _projecting  # only `project` and `report` project

    results = context.results(criterion.id)
    shares = trend(
        [(t, r.actual.value if r.actual else None) for t, r in zip(context.times, results, strict=True)]
    )
    if len(numerator.values) >= 2 and numerator.times == denominator.times == shares.times:

        def share_at(time: Fraction) -> Fraction | None:
            top, bottom = numerator.at(time), denominator.at(time)
            return top / bottom if top is not None and bottom else None

        notes = [Message("projected_by_parts")]
        return _projecting.finish(criterion, context, "ratio", shares.latest, share_at, shares, notes)
    notes = [Message("projected_as_share")] if len(shares.values) >= 2 else []
    latest = shares.latest if shares.values else None
    return _projecting.finish(criterion, context, "ratio", latest, shares.at, shares, notes)
