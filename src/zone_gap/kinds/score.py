"""``score``: a total of points from parts, against a bar (at least 60; above 70).

Each part gives points from bands over a figure or a ratio of two figures (the first band whose
lower edge the value reaches: ``{at_least: 25%, points: 16}`` is 25% ≤ x, below the band before it),
or the better of several such scales (``best_of``: "choose one of the two R&D indicators"), or a
figure typed as points (``typed``: an expert's mark), or the sum of parts of its own, capped at the
part's ``max``. Points may be a range experts pick within (``[9, 10]``); a figure not given makes
its part a range from 0 to its maximum, never 0. The total is then a range too, and the verdict
three-valued: met when the least total passes, unmet when the greatest fails, else unknown.
``whole: true`` (the texts' 各级指标均按整数打分): a strict bar's least passing score is the next whole
number (above 70: 71), and a typed mark that is not whole is an error. ``require`` adds bars on
parts' points ("the staff part must not score 0": ``{part: staff, above: 0}``).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property
from typing import TYPE_CHECKING, Annotated, ClassVar, Literal

from pydantic import ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from zone_gap.figures.comparison import COMPARISONS, Comparison
from zone_gap.figures.quantity import Number, Percent, Rate, plain_number
from zone_gap.i18n import Lang, Message
from zone_gap.io.document import KeyPath
from zone_gap.io.model import FileModel, Id, Names
from zone_gap.kinds._base import PERCENT_UNITS, Bar, Compared, Reach, Unit, fraction
from zone_gap.maths.result import Bounds, Result, Status

if TYPE_CHECKING:
    from zone_gap.figures.vocabulary import Need
    from zone_gap.kinds.context import Evaluation
    from zone_gap.standard.baseline import Figures
    from zone_gap.standard.model import Standard

KIND = "score"

Points = int | tuple[int, int]
"""Points, or the range experts pick within (``[9, 10]``)."""


class PointsBand(FileModel):
    """Points for a value from a lower edge up (``at_least``: the edge included, ``above``: not), or
    for any value left (no edge: the last band)."""

    model_config = ConfigDict(json_schema_extra={"not": {"required": ["at_least", "above"]}})

    at_least: Annotated[Rate | Number, Bar] | None = None
    above: Annotated[Rate | Number, Bar] | None = None
    points: Points

    @model_validator(mode="after")
    def _one_edge(self) -> PointsBand:
        if self.at_least is not None and self.above is not None:
            raise PydanticCustomError("band_edges", "one edge", {})
        return self

    @property
    def edge(self) -> tuple[Comparison, Percent | Fraction] | None:
        if self.at_least is not None:
            return Comparison.AT_LEAST, self.at_least
        if self.above is not None:
            return Comparison.ABOVE, self.above
        return None

    @cached_property
    def range(self) -> tuple[Fraction, Fraction]:
        low, high = self.points if isinstance(self.points, tuple) else (self.points, self.points)
        return Fraction(low), Fraction(high)


class Scale(FileModel):
    """A figure, the ratio of two, or the mean growth over three years' figures (earliest first), and
    the bands that turn it into points."""

    figure: str | None = None
    ratio: tuple[str, str] | None = None
    mean_growth: tuple[str, str, str] | None = None
    bands: list[PointsBand] = Field(min_length=1)

    @model_validator(mode="after")
    def _one_measure(self) -> Scale:
        if sum(m is not None for m in (self.figure, self.ratio, self.mean_growth)) != 1:
            raise PydanticCustomError("scale_measure", "one measure", {})
        return self

    def figures(self) -> tuple[str, ...]:
        return (self.figure,) if self.figure is not None else self.ratio or self.mean_growth or ()


class Part(FileModel):
    """One part of a score, up to ``max`` points: a scale, the best of several, a typed mark, or
    parts of its own summed and capped."""

    id: Id
    name: Names
    max: int = Field(ge=0)
    figure: str | None = None
    ratio: tuple[str, str] | None = None
    mean_growth: tuple[str, str, str] | None = None
    bands: list[PointsBand] | None = None
    best_of: list[Scale] | None = Field(default=None, min_length=2)
    typed: str | None = None
    """A figure holding the part's points as typed (an expert's mark); with another source beside
    it, the typed mark where it is given, else the points that source computes."""
    parts: list[Part] | None = Field(default=None, min_length=1)

    @model_validator(mode="after")
    def _one_source(self) -> Part:
        measures = sum(m is not None for m in (self.figure, self.ratio, self.mean_growth))
        scale = measures > 0 or self.bands is not None
        computed = [scale, self.best_of is not None, self.parts is not None]
        if sum(computed) > 1 or (sum(computed) == 0 and self.typed is None):
            raise PydanticCustomError("part_source", "one source", {"part": self.id})
        if scale and (self.bands is None or measures != 1):
            raise PydanticCustomError("part_source", "one source", {"part": self.id})
        return self

    def scales(self) -> list[Scale]:
        if self.best_of is not None:
            return self.best_of
        if self.bands is not None:
            measure = {"figure": self.figure, "ratio": self.ratio, "mean_growth": self.mean_growth}
            return [Scale(**measure, bands=self.bands)]
        return []


class PartBar(FileModel):
    """A bar on one part's points (the staff part above 0)."""

    model_config = ConfigDict(
        json_schema_extra={"oneOf": [{"required": ["at_least"]}, {"required": ["above"]}]}
    )

    part: str
    at_least: Annotated[Number, Bar] | None = None
    above: Annotated[Number, Bar] | None = None

    @model_validator(mode="after")
    def _one_edge(self) -> PartBar:
        if (self.at_least is None) == (self.above is None):
            raise PydanticCustomError("band_bar", "one edge", {})
        return self

    @property
    def bar(self) -> tuple[Comparison, Fraction]:
        found = next(c for c in COMPARISONS[:2] if getattr(self, c) is not None)
        return Comparison(found), fraction(getattr(self, found))


@dataclass(frozen=True)
class Breakdown:
    """How a total was made, part by part, in the reader's language: 科技人员 16 + 研发投入 40."""

    parts: tuple[tuple[Names, str], ...]

    def text(self, lang: Lang) -> str:
        return " + ".join(f"{name.text(lang)} {points}" for name, points in self.parts)


@dataclass(frozen=True)
class Span:
    """What is known of a part's points: from ``low`` to ``high``, and the figures that would narrow
    it where they are missing."""

    low: Fraction
    high: Fraction
    missing: tuple[str, ...] = ()

    def __add__(self, other: Span) -> Span:
        return Span(self.low + other.low, self.high + other.high, (*self.missing, *other.missing))

    def capped(self, top: int) -> Span:
        return Span(min(self.low, Fraction(top)), min(self.high, Fraction(top)), self.missing)

    def text(self) -> str:
        if self.low == self.high:
            return plain_number(self.low)
        return f"{plain_number(self.low)}–{plain_number(self.high)}"


class ScoreCriterion(Compared):
    kind: Literal["score"]
    scored: ClassVar[bool] = True
    parts: list[Part] = Field(min_length=1)
    whole: bool = True
    require: list[PartBar] = []
    typed: str | None = None
    """A figure holding the total as typed: where it is given it stands on its own, the parts
    unasked."""

    def _all_parts(self) -> Iterator[tuple[Part, KeyPath]]:
        def walk(parts: list[Part], path: KeyPath) -> Iterator[tuple[Part, KeyPath]]:
            for i, part in enumerate(parts):
                here: KeyPath = (*path, i)
                yield part, here
                if part.parts is not None:
                    yield from walk(part.parts, (*here, "parts"))

        return walk(self.parts, ("parts",))

    def figure_keys(self) -> Iterator[tuple[str, KeyPath]]:
        for part, path in self._all_parts():
            if part.typed is not None:
                yield part.typed, (*path, "typed")
            if part.best_of is not None:
                for s, scale in enumerate(part.best_of):
                    yield from _scale_keys(scale, (*path, "best_of", s))
            else:
                for scale in part.scales():
                    yield from _scale_keys(scale, path)
        if self.typed is not None:
            yield self.typed, ("typed",)
        yield from super().figure_keys()

    def figure_units(self) -> dict[str, tuple[Unit, ...]]:
        return {"parts": ("count", "amount", "number", "share", "rate")}

    def percent(self, standard: Standard) -> bool:
        return False

    def reach(self, standard: Standard) -> Reach | None:
        """Never below 0; the most the parts give is `score_unreachable`'s to say."""
        return Reach(Fraction(0), None, Message("reach_score"))

    def problems(self, standard: Standard) -> Iterator[tuple[KeyPath, Message]]:
        yield from super().problems(standard)
        ids = [part.id for part, _ in self._all_parts()]
        seen: set[str] = set()
        for part, path in self._all_parts():
            if part.id in seen:
                yield (*path, "id"), Message("score_part_twice", part=part.id)
            seen.add(part.id)
            for s, scale in enumerate(part.scales()):
                where = (*path, "best_of", s) if part.best_of is not None else path
                yield from _band_problems(scale, part.max, standard, (*where, "bands"))
            if part.parts is not None and sum(p.max for p in part.parts) < part.max:
                yield (*path, "max"), Message("score_parts_short", part=part.id, most=part.max)
        top = sum(_top(part) for part in self.parts)
        comparison, threshold = self.comparison, fraction(self.threshold)  # type: ignore[arg-type]
        if not comparison.holds(Fraction(top), threshold):
            yield (comparison.value,), Message("score_unreachable", most=top)
        tops = {part.id: _top(part) for part, _ in self._all_parts()}
        for i, bar in enumerate(self.require):
            if bar.part not in ids:
                yield ("require", i, "part"), Message("unknown_part", key=bar.part, parts=", ".join(ids))
                continue
            how, value = bar.bar
            if not how.holds(Fraction(tops[bar.part]), value):
                yield ("require", i, how.value), Message("score_unreachable", most=tops[bar.part])

    def marks(self) -> Iterator[tuple[str, int, bool]]:
        return iter(self._marks)

    @cached_property
    def _marks(self) -> tuple[tuple[str, int, bool], ...]:
        """``marks``, found once: a roster asks them of every row that gives a figure."""
        parts = [(part.typed, part.max) for part, _ in self._all_parts()]
        every = [*parts, (self.typed, sum(part.max for part in self.parts))]
        return tuple((typed, most, self.whole) for typed, most in every if typed is not None)

    def relations(self, baseline: Figures) -> list[tuple[KeyPath, Message]]:
        """A typed mark outside its part's range, or not whole where scores are whole."""
        found: list[tuple[KeyPath, Message]] = []
        for typed, most, _ in self._marks:
            value = baseline.figure(typed)
            if value is None:
                continue
            shown = plain_number(value)
            if not 0 <= value <= most:
                found.append(((typed,), Message("score_typed_range", value=shown, most=most)))
            elif self.whole and value.denominator != 1:
                found.append(((typed,), Message("score_typed_whole", value=shown)))
        return found

    def evaluate(self, context: Evaluation) -> Result:
        typed = context.figure(self.typed) if self.typed is not None else None
        by_id = {part.id: _span(part, context) for part, _ in self._all_parts()}  # ids are unique
        spans = [by_id[part.id] for part in self.parts]
        total = sum(spans[1:], spans[0]) if typed is None else Span(typed, typed)
        threshold = fraction(self.threshold)  # type: ignore[arg-type]
        comparison = self.comparison
        actual = Bounds(total.low, total.high)
        statuses = [actual.status(threshold, comparison)]
        names = {part.id: part.name for part, _ in self._all_parts()}
        made = Breakdown(tuple((p.name, s.text()) for p, s in zip(self.parts, spans, strict=True)))
        notes = [Message("score_made", parts=made, total=total.text())] if typed is None else []
        for bar in self.require if typed is None else ():
            span = by_id.get(bar.part)
            if span is None:
                continue
            how, value = bar.bar
            statuses.append(Bounds(span.low, span.high).status(value, how))
            if statuses[-1] is not Status.MET:
                shown = plain_number(value)
                notes.append(Message("score_part_bar", part=names[bar.part], symbol=how.symbol, value=shown))
        status = _all_met(statuses)
        least = self._least_passing(threshold)
        # the points the greatest total lacks, where the total itself fails (not a part's bar)
        # the points the greatest total lacks where the total fails; nothing where only a part's bar does
        gap = {Status.UNMET: least - total.high, Status.MET: Fraction(0)}.get(statuses[0])
        if statuses[0] is Status.MET and status is not Status.MET:
            gap = None
        missing = tuple(dict.fromkeys(total.missing))
        supply: tuple[Need, ...] = ()
        if status is Status.UNKNOWN:  # the total as typed, or else what its parts lack
            typed_total = (context.need(self.typed),) if self.typed is not None else ()
            supply = typed_total + ((context.need(*missing),) if missing else ())
        return self.result(
            status,
            unit="number",
            comparison=comparison,
            actual=actual,
            threshold=threshold,
            deadline_threshold=threshold,
            gap=gap,
            supply=supply,
            notes=tuple(notes),
        )

    def _least_passing(self, threshold: Fraction) -> Fraction:
        """The least total that passes: the bar itself, or past a strict bar the next whole number."""
        if not self.whole:
            return threshold
        if not self.comparison.strict:  # at least 59.5 in whole points: 60
            return Fraction(math.ceil(threshold))
        return self.comparison.whole_past(threshold)


def _top(part: Part) -> int:
    """The most a part can give: its maximum, or less where its bands or parts cannot reach it."""
    if part.typed is not None and not part.scales() and part.parts is None:
        return part.max
    if part.parts is not None:
        return min(part.max, sum(_top(p) for p in part.parts))
    most = max(max(band.range[1] for band in scale.bands) for scale in part.scales())
    return min(part.max, int(most))


def _all_met(statuses: list[Status]) -> Status:
    """All of: unmet if any is unmet, met only if every one is met, else unknown."""
    if Status.UNMET in statuses:
        return Status.UNMET
    return Status.MET if all(s is Status.MET for s in statuses) else Status.UNKNOWN


def _span(part: Part, context: Evaluation) -> Span:
    """A part's points as far as the figures tell them."""
    if part.typed is not None:  # the typed mark where it is given, else what computes it
        value = context.figure(part.typed)
        if value is not None:
            return Span(value, value)
        if part.parts is None and not part.scales():
            return Span(Fraction(0), Fraction(part.max), (part.typed,))
    if part.parts is not None:
        spans = [_span(p, context) for p in part.parts]
        return sum(spans[1:], spans[0]).capped(part.max)
    found = [_scale_span(scale, part.max, context) for scale in part.scales()]
    best = Span(max(s.low for s in found), max(s.high for s in found))
    missing = tuple(m for s in found for m in s.missing) if best.low != best.high else ()
    return Span(best.low, best.high, missing)


def _scale_span(scale: Scale, top: int, context: Evaluation) -> Span:
    if scale.mean_growth is not None and context.figure(scale.mean_growth[1]) == 0:
        return Span(Fraction(0), Fraction(0))  # the guideline: a second year of 0 scores 0
    if scale.ratio is not None and context.figure(scale.ratio[1]) == 0:
        return Span(Fraction(0), Fraction(0))  # nothing to divide by: this measure scores nothing
    value = _measure(scale, context)
    if value is None:
        most = min(Fraction(top), max(band.range[1] for band in scale.bands))
        return Span(Fraction(0), most, context.missing(*scale.figures()))
    for band in scale.bands:
        edge = band.edge
        if edge is None or edge[0].holds(value, fraction(edge[1])):
            low, high = band.range
            return Span(low, high)
    return Span(Fraction(0), Fraction(0))


def _measure(scale: Scale, context: Evaluation) -> Fraction | None:
    if scale.figure is not None:
        return context.figure(scale.figure)
    if scale.mean_growth is not None:
        return mean_growth(*(context.figure(f) for f in scale.mean_growth))
    assert scale.ratio is not None
    top, bottom = (context.figure(f) for f in scale.ratio)
    return top / bottom if top is not None and bottom else None


def mean_growth(first: Fraction | None, second: Fraction | None, third: Fraction | None) -> Fraction | None:
    """The high-tech guideline's growth rate over three years: ½(second ÷ first + third ÷ second) − 1;
    from a first year of 0, the last two years' growth (third ÷ second − 1). ``None`` where a figure
    it needs is unknown, or the second year is 0 (which the guideline scores 0 whatever the rate)."""
    if second is None or third is None or second == 0:
        return None
    if first == 0:
        return third / second - 1
    if first is None:
        return None
    return (second / first + third / second) / 2 - 1


def _scale_keys(scale: Scale, path: KeyPath) -> Iterator[tuple[str, KeyPath]]:
    if scale.figure is not None:
        yield scale.figure, (*path, "figure")
    for i, figure in enumerate(scale.ratio or ()):
        yield figure, (*path, "ratio", i)
    for i, figure in enumerate(scale.mean_growth or ()):
        yield figure, (*path, "mean_growth", i)


def _band_problems(
    scale: Scale, top: int, standard: Standard, path: KeyPath
) -> Iterator[tuple[KeyPath, Message]]:
    """Bands out of order (each edge below the one before), a band after the open one, an open band
    missing, an edge of the wrong kind (a percentage for a ratio or a share), points outside 0 to
    the part's maximum or a range upside down."""
    percent = scale.figure is None or standard.unit(scale.figure) in PERCENT_UNITS
    previous: tuple[Fraction, bool] | None = None
    for i, band in enumerate(scale.bands):
        here: KeyPath = (*path, i)
        low, high = band.range
        if not 0 <= low <= high <= top:
            points = plain_number(low) if low == high else f"{plain_number(low)}–{plain_number(high)}"
            yield (*here, "points"), Message("score_points_range", points=points, most=top)
        edge = band.edge
        if edge is None:
            if i != len(scale.bands) - 1:
                yield here, Message("tiers_open_band")
            continue
        if isinstance(edge[1], Percent) != percent:
            yield (*here, edge[0].value), Message("threshold_percent" if percent else "threshold_number")
        # descending: a lower edge, or the same edge taken in (above 0%, then at least 0%)
        here_edge = (fraction(edge[1]), edge[0].strict)
        if previous is not None and here_edge >= previous:
            yield (*here, edge[0].value), Message("score_bands_order", value=plain_number(here_edge[0]))
        previous = here_edge
    if scale.bands[-1].edge is not None:
        yield (*path, len(scale.bands) - 1), Message("score_band_open_missing")
