"""A standard as data: the figures it names, its dimensions and criteria by kind, reference tables.

A new standard is one YAML file: the figures a file of its subject (a park, an enterprise) gives,
criteria over them, thresholds as numbers, percentages, reference tables or tiers.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import AliasChoices, Field, model_validator
from pydantic_core import PydanticCustomError

from zone_gap.comparison import COMPARISONS, Comparison
from zone_gap.document import Document, KeyPath, load_document
from zone_gap.i18n import Message
from zone_gap.model import FileModel, Names, closest, parse_model, repeated_ids
from zone_gap.problem import InputError, Problem
from zone_gap.quantity import Number, Percent, Rate, Share, percent_text, plain_number
from zone_gap.shipped import STANDARD, shipped_path, shipped_standards

if TYPE_CHECKING:
    from zone_gap.baseline import Baseline

Unit = Literal["count", "amount", "share", "rate", "number"]
PERCENT_UNITS = ("share", "rate")
RESERVED = ("park", "enterprise", "year", "as_of", "standard", "qualitative")
"""Keys of a figures file that are not figures: the subject's name, the year, and so on."""


class Figure(FileModel):
    """One figure a file of the standard's subject gives: a count, an amount (万元), a share, a rate
    of change or any other number."""

    unit: Unit
    name: Names
    description: str = ""
    """Shown when hovering over the key in an editor, and as the template's comment."""
    part_of: str | list[str] | None = None
    """Figures this one can never exceed (the park's high-tech enterprises ≤ its enterprises)."""

    @property
    def wholes(self) -> list[str]:
        return [self.part_of] if isinstance(self.part_of, str) else list(self.part_of or ())


class Superseded(FileModel):
    by: str
    on: date = Field(validation_alias=AliasChoices("date", "on"))
    """Written ``date:``; ``on:`` is read too, though YAML 1.1 tools read that key as ``true``."""


class Reference(FileModel):
    """A threshold read from a reference table for the figures' year."""

    reference: str


class Band(FileModel):
    """One tier: applies while the ``by`` figure is at most ``up_to`` (含); the last has no ``up_to``."""

    up_to: Rate | Number | None = None
    value: Rate | Number


class TierRule(FileModel):
    by: str
    bands: list[Band] = Field(min_length=2)


class Tiers(FileModel):
    """A threshold chosen by the band another figure falls in (R&D ≥ 5% / 4% / 3% by sales)."""

    tiers: TierRule

    def pick(self, by: Fraction) -> Percent | Fraction:
        return next(b.value for b in self.tiers.bands if b.up_to is None or by <= _fraction(b.up_to))


Threshold = Rate | Number | Reference | Tiers


def _fraction(value: Percent | Fraction | int) -> Fraction:
    return value.value if isinstance(value, Percent) else Fraction(value)


class _Criterion(FileModel):
    id: str
    name: Names
    clause: str


class QualitativeCriterion(_Criterion):
    kind: Literal["qualitative"]
    encouraged: bool = False
    """Worded as encouragement (鼓励): shown, but not counted towards the verdict."""


class _AtLeast(_Criterion):
    """A criterion whose wording only ever asks for at least its threshold."""

    @property
    def comparison(self) -> Comparison:
        return Comparison.AT_LEAST

    @property
    def threshold(self) -> Threshold:
        return self.at_least  # type: ignore[attr-defined,no-any-return]


class _Compared(_Criterion):
    """A criterion with exactly one of the four comparisons and its threshold."""

    at_least: Threshold | None = None
    above: Threshold | None = None
    at_most: Threshold | None = None
    below: Threshold | None = None

    @model_validator(mode="after")
    def _one_comparison(self) -> _Compared:
        given = [c for c in COMPARISONS if getattr(self, c) is not None]
        if len(given) != 1:
            raise PydanticCustomError(
                "criterion_comparisons",
                "exactly one comparison",
                {"given": ", ".join(given) or "—", "choices": ", ".join(COMPARISONS)},
            )
        return self

    @property
    def comparison(self) -> Comparison:
        return next(Comparison(c) for c in COMPARISONS if getattr(self, c) is not None)

    @property
    def threshold(self) -> Threshold:
        found: Threshold = getattr(self, self.comparison.value)
        return found


class CountCriterion(_AtLeast):
    kind: Literal["count"]
    figure: str
    at_least: int


class ValueCriterion(_Compared):
    """One figure of any unit against its threshold: the innovation score above 70."""

    kind: Literal["value"]
    figure: str


class RatioCriterion(_Compared):
    kind: Literal["ratio"]
    numerator: str
    denominator: str
    reported: str | None = None
    nested: bool = False
    """The numerator is part of the denominator's total: each unit added to the numerator is also
    added to the denominator (the park's high-tech enterprises are among the league/city's)."""


class DistinctShareCriterion(_AtLeast):
    """Distinct enterprises in any of ``parts`` (two sets that may overlap) over a whole."""

    kind: Literal["distinct_share"]
    parts: tuple[str, str]
    overlap: str
    denominator: str
    reported: str | None = None
    at_least: Share


class GrowthCriterion(_AtLeast):
    """Year-on-year growth of a figure: (this year − last year) / last year."""

    kind: Literal["growth"]
    figure: str
    reported: str | None = None
    at_least: Rate


Branch = Annotated[
    CountCriterion | ValueCriterion | RatioCriterion | DistinctShareCriterion, Field(discriminator="kind")
]


class EitherCriterion(_Criterion):
    """Met when any branch is met; unmet only when every branch is known and unmet."""

    kind: Literal["either"]
    branches: list[Branch] = Field(min_length=2)


Criterion = Annotated[
    QualitativeCriterion
    | CountCriterion
    | ValueCriterion
    | RatioCriterion
    | DistinctShareCriterion
    | GrowthCriterion
    | EitherCriterion,
    Field(discriminator="kind"),
]
Numeric = CountCriterion | ValueCriterion | RatioCriterion | DistinctShareCriterion | GrowthCriterion


class Dimension(FileModel):
    id: str
    name: Names
    criteria: list[Criterion]


class ReferenceValue(FileModel):
    value: Rate
    source: str


class Series(FileModel):
    name: Names
    source: str = ""


class ReferenceTable(FileModel):
    name: Names
    short: Names | None = None
    """How a note names the table (全国平均); the name when not given."""
    default_series: str
    series: dict[str, Series]
    values: dict[int, dict[str, ReferenceValue]]


@dataclass(frozen=True)
class Lookup:
    """A value read from a reference table, and how: for which year and series it stands."""

    value: Fraction
    year: int
    series: str
    source: str
    asked_year: int
    asked_series: str
    series_name: Names
    asked_series_name: Names
    table: Names

    @property
    def exact(self) -> bool:
        return self.year == self.asked_year and self.series == self.asked_series

    def note(self) -> Message:
        """Which value was used: the year's own, or the latest known one in its stead."""
        value = percent_text(self.value)
        if self.exact:
            return Message(
                "reference_used", year=self.year, value=value, series=self.series_name, table=self.table
            )
        return Message(
            "reference_fallback",
            asked=self.asked_year,
            year=self.year,
            value=value,
            series=self.series_name,
            asked_series=self.asked_series_name,
            table=self.table,
        )


Subject = Literal["park", "enterprise"]


class Standard(FileModel):
    id: str
    name: Names
    source: str
    subject: Subject = "park"
    """What a figures file describes, and so the key that names it (``park:`` or ``enterprise:``)."""
    effective: date | None = None
    superseded: Superseded | None = None
    figures: dict[str, Figure] = Field(min_length=1)
    dimensions: list[Dimension]
    references: dict[str, ReferenceTable] = {}

    def numeric(self) -> list[Numeric]:
        return list(self.numeric_criteria)

    @cached_property
    def numeric_criteria(self) -> tuple[Numeric, ...]:
        """Every numeric criterion and branch, found once: `validate` asks for each file."""
        found: list[Numeric] = []
        for dimension in self.dimensions:
            for criterion in dimension.criteria:
                if isinstance(criterion, EitherCriterion):
                    found.extend(criterion.branches)
                elif not isinstance(criterion, QualitativeCriterion):
                    found.append(criterion)
        return tuple(found)

    def criterion_ids(self) -> list[str]:
        """Every criterion, clause and branch id."""
        return [criterion.id for criterion, _ in _criterion_paths(self)]

    def find(self, criterion_id: str) -> Criterion | Numeric | None:
        """The criterion or branch with ``criterion_id``."""
        return next((c for c, _ in _criterion_paths(self) if c.id == criterion_id), None)

    def clause_ids(self) -> list[str]:
        return list(self.clause_id_tuple)

    @cached_property
    def clause_id_tuple(self) -> tuple[str, ...]:
        return tuple(c.id for d in self.dimensions for c in d.criteria if isinstance(c, QualitativeCriterion))

    def unit(self, figure: str) -> Unit | None:
        found = self.figures.get(figure)
        return found.unit if found is not None else None

    def counts(self, figure: str) -> bool:
        """Whether ``figure`` counts whole things (enterprises, institutions)."""
        return self.unit(figure) == "count"

    def tables(self) -> set[str]:
        """The reference tables the criteria read."""
        return {t.reference for c in self.numeric() if isinstance(t := c.threshold, Reference)}

    @cached_property
    def figures_model(self) -> type[Baseline]:
        """The model of a figures file of this standard: its subject's name, year, figures, clauses."""
        from zone_gap.baseline import figures_model

        return figures_model(self)

    def look_up(self, table: str, year: int, series: str | None = None) -> Lookup:
        """The table's value for ``year`` in ``series``; failing that, the default series' value of
        that year; failing that, the latest year known before it (or the earliest after it)."""
        reference = self.references[table]
        asked = series or reference.default_series
        years = sorted(reference.values)
        used = year if year in reference.values else max((y for y in years if y <= year), default=years[0])
        row = reference.values[used]
        chosen = asked if asked in row else reference.default_series
        if chosen not in row:  # the default series lacks that year too: any series of it
            chosen = next(iter(row))
        entry = row[chosen]
        names = reference.series
        return Lookup(
            entry.value.value,
            used,
            chosen,
            entry.source,
            year,
            asked,
            names[chosen].name,
            names[asked].name if asked in names else Names(zh=asked, en=asked),
            reference.short or reference.name,
        )


def criterion_figures(criterion: Criterion | Numeric) -> set[str]:
    """The figures a criterion (or any of its branches) is computed from, reported as, or tiered by."""
    return {figure for figure, _ in _figure_keys(criterion)}


def _figure_keys(criterion: Criterion | Numeric) -> Iterator[tuple[str, KeyPath]]:
    """Each figure a criterion names, with the path of the key that names it."""
    match criterion:
        case CountCriterion() | GrowthCriterion() | ValueCriterion():
            yield criterion.figure, ("figure",)
        case RatioCriterion():
            yield from ((criterion.numerator, ("numerator",)), (criterion.denominator, ("denominator",)))
        case DistinctShareCriterion():
            yield from ((p, ("parts", i)) for i, p in enumerate(criterion.parts))
            yield from ((criterion.overlap, ("overlap",)), (criterion.denominator, ("denominator",)))
        case EitherCriterion():
            for b, branch in enumerate(criterion.branches):
                yield from ((f, ("branches", b, *path)) for f, path in _figure_keys(branch))
    if (reported := getattr(criterion, "reported", None)) is not None:
        yield reported, ("reported",)
    if isinstance(criterion, _Compared) and isinstance(criterion.threshold, Tiers):
        yield criterion.threshold.tiers.by, (criterion.comparison.value, "tiers", "by")


def threshold_value(
    criterion: Numeric,
    standard: Standard,
    year: int,
    series: str | None,
    override: Percent | None,
    figures: Baseline | None = None,
) -> tuple[Fraction | None, Lookup | None]:
    """The criterion's threshold for ``year``, and the table look-up behind it where there is one;
    ``None`` for tiers whose deciding figure is not known."""
    threshold = criterion.threshold
    if isinstance(threshold, Reference):
        if override is not None:
            return override.value, None
        found = standard.look_up(threshold.reference, year, series)
        return found.value, found
    if isinstance(threshold, Tiers):
        by = figures.figure(threshold.tiers.by) if figures is not None else None
        return (None, None) if by is None else (_fraction(threshold.pick(by)), None)
    return _fraction(threshold), None


def tier_values(criterion: Numeric) -> list[Fraction]:
    """Every value a tiered threshold can take (none for any other threshold)."""
    threshold = criterion.threshold
    if isinstance(threshold, Tiers):
        return [_fraction(b.value) for b in threshold.tiers.bands]
    return []


def default_standard_path() -> Path:
    return shipped_path(*STANDARD)


def shipped() -> list[Standard]:
    """Every shipped standard, read and checked."""
    return [load_standard(path) for path in shipped_standards().values()]


def load_standard(path: Path) -> Standard:
    return check_standard(load_document(path))


def check_standard(document: Document) -> Standard:
    """A standard from its document, refused when two criteria or branches share an id, a criterion
    names a figure the file does not declare or of the wrong unit, a threshold names a reference
    table the file does not have, or tiers are out of order; every problem located, at once."""
    standard = parse_model(document, Standard)
    problems = repeated_ids(document, ((c.id, (*path, "id")) for c, path in _criterion_paths(standard)))
    problems += _figure_problems(standard, document)
    problems += _unknown_tables(standard, document)
    for criterion, path in _criterion_paths(standard):
        found = _criterion_problems(criterion, standard)
        problems += [document.problem((*path, *key), message) for key, message in found]
    if problems:
        raise InputError(sorted(problems, key=Problem.order))
    return standard


def _criterion_paths(standard: Standard) -> Iterator[tuple[Numeric | Criterion, KeyPath]]:
    """Every criterion and branch with the path of its node in the file."""
    for d, dimension in enumerate(standard.dimensions):
        for c, criterion in enumerate(dimension.criteria):
            here: KeyPath = ("dimensions", d, "criteria", c)
            yield criterion, here
            if isinstance(criterion, EitherCriterion):
                for b, branch in enumerate(criterion.branches):
                    yield branch, (*here, "branches", b)


def _figure_problems(standard: Standard, document: Document) -> list[Problem]:
    """Figures named that the file does not declare, declared under a reserved key, or part of an
    unknown figure or of one in another unit."""
    declared = list(standard.figures)
    problems = [
        document.problem(("figures", name), Message("figure_reserved", key=name), key=True)
        for name in declared
        if name in RESERVED
    ]
    for name, figure in standard.figures.items():
        for i, whole in enumerate(figure.wholes):
            where = ("figures", name, "part_of", *((i,) if isinstance(figure.part_of, list) else ()))
            if whole not in standard.figures or whole == name:
                message = Message("figure_undeclared", value=whole, hint=closest(whole, declared))
                problems.append(document.problem(where, message))
            elif standard.figures[whole].unit != figure.unit:
                message = Message("part_of_unit", key=name, whole=whole)
                problems.append(document.problem(where, message))
    for criterion, path in _criterion_paths(standard):
        if isinstance(criterion, EitherCriterion):
            continue  # its branches are walked on their own
        for named, key in _figure_keys(criterion):
            if named not in standard.figures:
                message = Message("figure_undeclared", value=named, hint=closest(named, declared))
                problems.append(document.problem((*path, *key), message))
    return problems


_UNITS: dict[str, dict[str, tuple[str, ...]]] = {
    "count": {"figure": ("count",)},
    "ratio": {"numerator": ("count", "amount", "number"), "denominator": ("count", "amount", "number")},
    "distinct_share": {"overlap": ("count",), "denominator": ("count",)},
    "growth": {"figure": ("count", "amount", "number")},
}


def _criterion_problems(
    criterion: Criterion | Numeric, standard: Standard
) -> Iterator[tuple[KeyPath, Message]]:
    """A figure of the wrong unit for its place, a threshold of the wrong kind, tiers out of order."""
    units = dict(_UNITS.get(criterion.kind, {}))
    if isinstance(criterion, DistinctShareCriterion):
        units.update({"parts": ("count",)})
    if hasattr(criterion, "reported"):
        units["reported"] = ("share",) if criterion.kind != "growth" else ("rate",)
    for figure, key in _figure_keys(criterion):
        unit, wanted = standard.unit(figure), units.get(str(key[0]))
        if unit is not None and wanted is not None and unit not in wanted:
            yield key, Message("figure_unit", key=figure, unit=unit, wanted=" | ".join(wanted))
    if isinstance(criterion, _Compared):
        yield from _threshold_problems(criterion, standard)


def _threshold_problems(
    criterion: ValueCriterion | RatioCriterion, standard: Standard
) -> Iterator[tuple[KeyPath, Message]]:
    where = criterion.comparison.value
    threshold = criterion.threshold
    percent = isinstance(criterion, RatioCriterion) or standard.unit(criterion.figure) in PERCENT_UNITS
    if isinstance(threshold, Reference):
        return
    if not isinstance(threshold, Tiers):
        if isinstance(threshold, Percent) != percent:
            yield (where,), Message("threshold_percent" if percent else "threshold_number")
        return
    rule = threshold.tiers
    by_percent = standard.unit(rule.by) in PERCENT_UNITS
    last = len(rule.bands) - 1
    previous: Fraction | None = None
    for i, band in enumerate(rule.bands):
        here: KeyPath = (where, "tiers", "bands", i)
        if isinstance(band.value, Percent) != percent:
            yield (*here, "value"), Message("threshold_percent" if percent else "threshold_number")
        if band.up_to is None:
            if i != last:
                yield here, Message("tiers_open_band")
            continue
        if i == last:
            yield (*here, "up_to"), Message("tiers_last_band")
        if isinstance(band.up_to, Percent) != by_percent:
            yield (*here, "up_to"), Message("threshold_percent" if by_percent else "threshold_number")
        bound = _fraction(band.up_to)
        if previous is not None and bound <= previous:
            yield (*here, "up_to"), Message("tiers_order", value=plain_number(bound))
        previous = bound


def _unknown_tables(standard: Standard, document: Document) -> list[Problem]:
    tables = ", ".join(standard.references) or "—"
    problems = []
    for criterion, path in _criterion_paths(standard):
        if isinstance(criterion, EitherCriterion | QualitativeCriterion):
            continue
        threshold = criterion.threshold
        if isinstance(threshold, Reference) and threshold.reference not in standard.references:
            message = Message("unknown_table", table=threshold.reference, tables=tables)
            problems.append(document.problem((*path, criterion.comparison.value, "reference"), message))
    for name, table in standard.references.items():
        named = [table.default_series, *(s for row in table.values.values() for s in row)]
        for series in dict.fromkeys(s for s in named if s not in table.series):
            known = ", ".join(table.series)
            message = Message("series_undeclared", series=series, table=name, known=known)
            problems.append(document.problem(("references", name), message, key=True))
    return problems
