"""What every criterion kind shares: its id, name and clause; thresholds (a number, a percentage, a
reference table, tiers) compared in one of the four ways; and the questions each kind answers for
the walkers (evaluation, projection, the plan check, the standard's own checks).

A kind overrides only what it means differently; no walker asks which kind it holds.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import cached_property
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, Union

from pydantic import (
    AfterValidator,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    ValidatorFunctionWrapHandler,
    WrapValidator,
    model_validator,
)
from pydantic_core import PydanticCustomError
from typing_extensions import TypeAliasType

from zone_gap.figures.comparison import COMPARISONS, Comparison
from zone_gap.figures.quantity import Number, Percent, Rate, plain_number
from zone_gap.i18n import Message
from zone_gap.io.document import KeyPath
from zone_gap.io.model import FileModel, Id, Names
from zone_gap.maths.growth import required_cagr, required_per_year
from zone_gap.maths.result import Bounds, Result, Status

if TYPE_CHECKING:
    from zone_gap.kinds.context import Evaluation, PlanContext, Series
    from zone_gap.maths.projected import Projection
    from zone_gap.standard.baseline import Baseline, Figures
    from zone_gap.standard.model import Lookup, Standard

Unit = Literal["count", "amount", "share", "rate", "number"]
PERCENT_UNITS = ("share", "rate")


def _bar(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    """A threshold or a band's edge as written: a number or a percentage. A yes/no (``yes``, ``true``)
    or a quoted number (``'200'``) is refused in words that say so, before the number's own
    validators see it (they would call ``true`` an unreadable percentage)."""
    if isinstance(value, bool):
        raise PydanticCustomError("threshold_bool", "a threshold is a number", {})
    if isinstance(value, str):
        try:
            Percent.parse(value)
        except ValueError:
            raise _text_bar(value) from None
    return handler(value)


def _text_bar(value: str) -> PydanticCustomError:
    try:
        number = Decimal(value.strip())
    except InvalidOperation:
        number = None
    if number is not None and number.is_finite():
        return PydanticCustomError(
            "threshold_quoted", "a number, unquoted", {"value": value, "plain": value.strip()}
        )
    return PydanticCustomError("threshold_text", "a threshold is a number", {"value": value})


Bar = WrapValidator(_bar)
"""On every threshold, band edge and band value a standard writes."""


class Reference(FileModel):
    """A threshold read from a reference table for the figures' year."""

    reference: str


class Band(FileModel):
    """One tier: applies while the ``by`` figure is at most ``up_to`` (含); the last has no ``up_to``."""

    up_to: Annotated[Rate | Number, Bar] | None = None
    value: Annotated[Rate | Number, Bar]


def _two_bands(bands: list[Band]) -> list[Band]:
    if len(bands) < 2:
        raise PydanticCustomError("threshold_one_band", "tiers need two bands", {"count": len(bands)})
    return bands


class TierRule(FileModel):
    by: str
    bands: Annotated[list[Band], AfterValidator(_two_bands), Field(json_schema_extra={"minItems": 2})]
    """Two bands at least: one band is a plain threshold (said so, as one error, not as every way the
    threshold could have been read)."""


class Tiers(FileModel):
    """A threshold chosen by the band another figure falls in (R&D ≥ 5% / 4% / 3% by sales)."""

    tiers: TierRule

    def pick(self, by: Fraction) -> Percent | Fraction:
        return next(b.value for b in self.tiers.bands if b.up_to is None or by <= fraction(b.up_to))


def _threshold_kind(value: Any) -> str:
    """Which way a threshold is written, told from its shape: tiers, a reference table, a percentage
    (text) or a number. Only that reading's complaints are said, not those of every other."""
    if isinstance(value, dict):
        return "tiered" if "tiers" in value else "table"
    return "percent" if isinstance(value, str) else "number"


Threshold = TypeAliasType(
    "Threshold",
    Annotated[
        Union[  # noqa: UP007 - each member tagged for the discriminator
            Annotated[Rate, Tag("percent")],
            Annotated[Number, Tag("number")],
            Annotated[Reference, Tag("table")],
            Annotated[Tiers, Tag("tiered")],
        ],
        Discriminator(_threshold_kind),
        Bar,
    ],
)
"""Built once in a standard's schema and referred to by each comparison of each criterion: the
schema of a standard is built on every run, and four copies of it a criterion cost 7–10 ms. The
tags (not keys of a file) keep an error's path to the keys written."""


def fraction(value: Percent | Fraction | int) -> Fraction:
    return value.value if isinstance(value, Percent) else Fraction(value)


@dataclass(frozen=True)
class Reach:
    """The values a criterion's measure can take, and why (a count is never below 0; a part over its
    whole lies within 0% to 100%): a threshold outside them is met by every file, or by none."""

    low: Fraction | None
    high: Fraction | None
    why: Message

    def problem(self, comparison: Comparison, value: Fraction, written: str) -> Message | None:
        """A bar that every value meets (``at_least: -5`` on a count) or none can (``at_most: -1``)."""
        hardest, easiest = (self.low, self.high) if comparison.rising else (self.high, self.low)
        bar = f"{comparison.symbol}{written}"
        if hardest is not None and comparison.holds(hardest, value):
            return Message("threshold_always", bar=bar, why=self.why)
        if easiest is not None and not comparison.holds(easiest, value):
            return Message("threshold_never", bar=bar, why=self.why)
        return None


_UNIT_REACH: dict[str, tuple[Fraction | None, Fraction | None]] = {
    "count": (Fraction(0), None),
    "amount": (Fraction(0), None),
    "share": (Fraction(0), Fraction(1)),
    "rate": (Fraction(-1), None),
}


def unit_reach(unit: Unit | None) -> Reach | None:
    """What a figure of ``unit`` can be: none for a plain number (a profit may be anything)."""
    if unit not in _UNIT_REACH:
        return None
    low, high = _UNIT_REACH[unit]
    return Reach(low, high, Message(f"reach_{unit}"))


def written(value: Percent | Fraction | int) -> str:
    """A threshold as a standard writes it: ``-5``, ``150%``."""
    return str(value) if isinstance(value, Percent) else plain_number(Fraction(value))


@dataclass(frozen=True)
class PlanBar:
    """What the standard asks at the deadline of the very figure a plan target moves: a threshold
    compared as the standard compares it, or (growth) whether every planned year is enough."""

    threshold: Fraction | None
    comparison: Comparison = Comparison.AT_LEAST
    notes: tuple[Message, ...] = ()
    ok: bool | None = None


class Criterion(FileModel):
    """A criterion of any kind. ``numeric`` kinds are measured; a qualitative clause is not."""

    id: Id
    name: Names
    clause: str

    numeric: ClassVar[bool] = True
    scored: ClassVar[bool] = False
    """Its result's actual value is a total of points."""

    def members(self, path: KeyPath = ()) -> Iterator[tuple[Criterion, KeyPath]]:
        """This criterion and any criteria within it, each with the path of its node."""
        yield self, path

    def figure_keys(self) -> Iterator[tuple[str, KeyPath]]:
        """Each figure this criterion itself names, with the path of the key that names it."""
        return iter(())

    def figure_units(self) -> dict[str, tuple[Unit, ...]]:
        """The units each figure key (by its first path part) may have."""
        return {}

    def problems(self, standard: Standard) -> Iterator[tuple[KeyPath, Message]]:
        """A figure of the wrong unit for its place; kinds add their own (thresholds, tiers)."""
        units = self.figure_units()
        for figure, key in self.figure_keys():
            unit, wanted = standard.unit(figure), units.get(str(key[0]))
            if unit is not None and wanted is not None and unit not in wanted:
                yield key, Message("figure_unit", key=figure, unit=unit, wanted=" | ".join(wanted))

    def tables(self) -> set[str]:
        """The reference tables this criterion reads."""
        return set()

    def denominators(self) -> Iterator[str]:
        """The figures this criterion divides by (a 0 there leaves it unknown)."""
        return iter(())

    def marks(self) -> Iterator[tuple[str, int, bool]]:
        """Each figure a file types this criterion's points in (an expert's mark), with the most it
        may hold (the least is 0) and whether it is a whole number; none for a kind without points."""
        return iter(())

    def relations(self, baseline: Figures) -> list[tuple[KeyPath, Message]]:
        """Figures of a file that cannot all be true at once, as this kind sees them."""
        return []

    def evaluate(self, context: Evaluation) -> Result:
        raise NotImplementedError

    def cross_check(self, context: Evaluation) -> None:
        """Raise the doubts evaluation would raise where a file gives both sides; cheap."""

    def project(self, context: Series) -> Projection | None:
        """The projection to the deadline; none for a criterion that is not measured."""
        return None

    def plan_bar(self, figure: str, context: PlanContext) -> PlanBar | None:
        """The standard's bar on ``figure`` at the plan's deadline, where this criterion sets one."""
        return None

    def caps(self, figure: str) -> bool:
        """Whether this criterion holds ``figure`` down (at most, below): a plan may lower it."""
        return False

    def growth_of(self, figure: str) -> Percent | None:
        """The year-on-year growth this criterion asks of ``figure``, where it asks one."""
        return None

    def counted(self) -> str | None:
        """The figure whose whole number its gap is counted in (a ratio's numerator), if any."""
        return None

    def result(self, status: Status, **fields: object) -> Result:
        return Result(self.id, self.kind, self.name, self.clause, status, **fields)  # type: ignore[attr-defined,arg-type]


class Measured(Criterion):
    """A numeric criterion: a comparison and its threshold. The kinds whose value a file may give as
    reported (a share, a growth rate) declare ``reported`` themselves; the others refuse the key."""

    @property
    def comparison(self) -> Comparison:
        return Comparison.AT_LEAST

    @property
    def threshold(self) -> Threshold:
        return self.at_least  # type: ignore[attr-defined,no-any-return]

    def figure_keys(self) -> Iterator[tuple[str, KeyPath]]:
        reported = getattr(self, "reported", None)
        if reported is not None:
            yield reported, ("reported",)
        if isinstance(self.threshold, Tiers):
            yield self.threshold.tiers.by, (self.comparison.value, "tiers", "by")

    def figure_units(self) -> dict[str, tuple[Unit, ...]]:
        return {"reported": ("share",)}

    def reach(self, standard: Standard) -> Reach | None:
        """The values this criterion's measure can take; none where any value may be (a number)."""
        return None

    def problems(self, standard: Standard) -> Iterator[tuple[KeyPath, Message]]:
        """A threshold, or a tier's, that no file can fail or none can meet."""
        yield from super().problems(standard)
        reach = self.reach(standard)
        if reach is not None:
            for key, value in self._bars(standard):
                found = reach.problem(self.comparison, fraction(value), written(value))
                if found is not None:
                    yield key, found
        threshold = self.threshold
        if isinstance(threshold, Tiers):
            yield from _tier_reach(threshold.tiers, standard.unit(threshold.tiers.by), self.comparison)

    def _bars(self, standard: Standard) -> Iterator[tuple[KeyPath, Percent | Fraction | int]]:
        """Each number the threshold sets, with its place: itself, or each tier's value."""
        threshold, where = self.threshold, self.comparison.value
        if isinstance(threshold, Tiers):
            yield from (
                ((where, "tiers", "bands", i, "value"), b.value) for i, b in enumerate(threshold.tiers.bands)
            )
        elif not isinstance(threshold, Reference):
            yield (where,), threshold

    def tables(self) -> set[str]:
        return {self.threshold.reference} if isinstance(self.threshold, Reference) else set()

    def threshold_at(
        self,
        standard: Standard,
        year: int,
        series: str | None,
        override: Percent | None,
        figures: Baseline | None = None,
    ) -> tuple[Fraction | None, Lookup | None]:
        """The threshold for ``year``, and the table look-up behind it where there is one; ``None``
        for tiers whose deciding figure is not known."""
        threshold = self.threshold
        if isinstance(threshold, Reference):
            if override is not None:
                return override.value, None
            found = standard.look_up(threshold.reference, year, series)
            return found.value, found
        if isinstance(threshold, Tiers):
            by = figures.figure(threshold.tiers.by) if figures is not None else None
            return (None, None) if by is None else (fraction(threshold.pick(by)), None)
        return fraction(threshold), None

    def tier_values(self) -> list[Fraction]:
        """Every value a tiered threshold can take (none for any other threshold)."""
        threshold = self.threshold
        return [fraction(b.value) for b in threshold.tiers.bands] if isinstance(threshold, Tiers) else []

    def undecided(self, actual: Bounds) -> Status:
        """The status where tiers decide the threshold but their deciding figure is unknown: what
        every tier agrees on, else unknown."""
        found = {actual.status(v, self.comparison) for v in self.tier_values()}
        return found.pop() if len(found) == 1 else Status.UNKNOWN

    def tier_figure(self, status: Status) -> tuple[str, ...]:
        """The figure that picks the tier, where not knowing it leaves the status unknown."""
        threshold = self.threshold
        return (threshold.tiers.by,) if isinstance(threshold, Tiers) and status is Status.UNKNOWN else ()

    def plan_bar(self, figure: str, context: PlanContext) -> PlanBar | None:
        if figure not in self.plan_figures():
            return None
        return PlanBar(context.threshold(self), self.comparison)

    def plan_figures(self) -> tuple[str, ...]:
        """The figures a plan target can move for this criterion's bar to apply to it directly."""
        return ()

    def caps(self, figure: str) -> bool:
        return figure in self.plan_figures() and not self.comparison.rising


class Compared(Measured):
    """A criterion with exactly one of the four comparisons and its threshold."""

    model_config = ConfigDict(json_schema_extra={"oneOf": [{"required": [c]} for c in COMPARISONS]})
    at_least: Threshold | None = None
    above: Threshold | None = None
    at_most: Threshold | None = None
    below: Threshold | None = None

    @model_validator(mode="after")
    def _one_comparison(self) -> Compared:
        given = [c for c in COMPARISONS if getattr(self, c) is not None]
        if len(given) != 1:
            raise PydanticCustomError(
                "criterion_comparisons",
                "exactly one comparison",
                {"given": ", ".join(given) or "—", "choices": ", ".join(COMPARISONS)},
            )
        return self

    @cached_property
    def comparison(self) -> Comparison:
        """The one comparison the criterion states (found once: a roster's pipeline asks it of
        thousands of enterprises)."""
        return next(Comparison(c) for c in COMPARISONS if getattr(self, c) is not None)

    @property
    def threshold(self) -> Threshold:
        found: Threshold = getattr(self, self.comparison.value)
        return found

    def percent(self, standard: Standard) -> bool:
        """Whether the threshold is a percentage (else a plain number)."""
        raise NotImplementedError

    def _bars(self, standard: Standard) -> Iterator[tuple[KeyPath, Percent | Fraction | int]]:
        percent = self.percent(standard)  # a bar of the wrong kind is said so, and not measured
        return ((key, v) for key, v in super()._bars(standard) if isinstance(v, Percent) == percent)

    def problems(self, standard: Standard) -> Iterator[tuple[KeyPath, Message]]:
        yield from super().problems(standard)
        yield from self._threshold_problems(standard)

    def _threshold_problems(self, standard: Standard) -> Iterator[tuple[KeyPath, Message]]:
        where = self.comparison.value
        threshold = self.threshold
        percent = self.percent(standard)
        wrong = Message("threshold_percent" if percent else "threshold_number")
        if isinstance(threshold, Reference):
            table = standard.references.get(threshold.reference)
            if table is not None and not percent:  # every table holds percentages
                yield (where, "reference"), wrong
            return
        if not isinstance(threshold, Tiers):
            if isinstance(threshold, Percent) != percent:
                yield (where,), wrong
            return
        rule = threshold.tiers
        by_percent = standard.unit(rule.by) in PERCENT_UNITS
        last = len(rule.bands) - 1
        previous: Fraction | None = None
        for i, band in enumerate(rule.bands):
            here: KeyPath = (where, "tiers", "bands", i)
            if isinstance(band.value, Percent) != percent:
                yield (*here, "value"), wrong
            if band.up_to is None:
                if i != last:
                    yield here, Message("tiers_open_band")
                continue
            if i == last:
                yield (*here, "up_to"), Message("tiers_last_band")
            if isinstance(band.up_to, Percent) != by_percent:
                yield (*here, "up_to"), Message("threshold_percent" if by_percent else "threshold_number")
            bound = fraction(band.up_to)
            if previous is not None and bound <= previous:
                yield (*here, "up_to"), Message("tiers_order", value=plain_number(bound))
            previous = bound


def _tier_reach(
    rule: TierRule, unit: Unit | None, comparison: Comparison
) -> Iterator[tuple[KeyPath, Message]]:
    """A tier its ``by`` figure never falls in (``up_to: -5`` on a count), or one that takes every
    value it can have, leaving the tiers after it unused (``up_to: 100%`` on a share)."""
    reach, percent = unit_reach(unit), unit in PERCENT_UNITS
    if reach is None:
        return
    last = len(rule.bands) - 1
    for i, band in enumerate(rule.bands):
        if band.up_to is None or isinstance(band.up_to, Percent) != percent:
            continue
        bound, shown = fraction(band.up_to), written(band.up_to)
        where: KeyPath = (comparison.value, "tiers", "bands", i, "up_to")
        if reach.low is not None and bound < reach.low:
            yield where, Message("tiers_band_never", value=shown, by=rule.by, why=reach.why)
        elif reach.high is not None and bound >= reach.high and i < last:
            yield where, Message("tiers_rest_never", value=shown, by=rule.by, why=reach.why)


def required_change(
    actual: Fraction, end: Fraction | None, years: Fraction, comparison: Comparison, *, whole: bool
) -> dict[str, object]:
    """What must change each year, and at what compound rate, to meet the deadline's threshold: a
    rise, or for a figure that must come down a fall (negative). A strict bar (above, below) is not
    met at the bar itself: a whole figure aims at the least whole number past it (above 200 → 201);
    any other is marked ``required_strict`` (more than the change shown)."""
    if end is None:
        return {}
    rising = comparison.rising
    strict = comparison.strict and not comparison.holds(actual, end)
    if strict and whole:
        end = comparison.whole_past(end)
    return {
        "required_per_year": required_per_year(actual, end, years, whole=whole, rising=rising),
        "required_cagr": required_cagr(actual, end, years, rising=rising),
        "required_strict": strict and not whole,
    }


def strict_note(comparison: Comparison, value: Fraction, threshold: Fraction) -> list[Message]:
    """At exactly the threshold of a strict comparison: not met, and said why."""
    if not comparison.strict or value != threshold:
        return []
    return [Message(f"strict_{comparison.value}")]
