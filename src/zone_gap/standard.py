"""The region's creation standard as data: dimensions, criteria by kind, reference tables."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, Field
from pydantic_core import PydanticCustomError

from zone_gap.baseline import FIGURES
from zone_gap.document import Document, KeyPath, load_document
from zone_gap.i18n import Message
from zone_gap.model import FileModel, Names, parse_model, repeated_ids
from zone_gap.problem import InputError, Problem
from zone_gap.quantity import Percent, Rate, Share, percent_text
from zone_gap.shipped import STANDARD, shipped_path


def _known_figure(name: str) -> str:
    if name not in FIGURES:
        close = difflib.get_close_matches(name, sorted(FIGURES), n=1)
        raise PydanticCustomError(
            "figure_unknown",
            "not a baseline key",
            {"value": name, "suggestion": close[0] if close else "", "keys": ", ".join(sorted(FIGURES))},
        )
    return name


FigureName = Annotated[str, AfterValidator(_known_figure)]


class Reference(FileModel):
    """A threshold read from a reference table for the baseline's year."""

    reference: str


class _Criterion(FileModel):
    id: str
    name: Names
    clause: str


class QualitativeCriterion(_Criterion):
    kind: Literal["qualitative"]
    encouraged: bool = False
    """Worded as encouragement (鼓励): shown, but not counted towards the verdict."""


class CountCriterion(_Criterion):
    kind: Literal["count"]
    figure: FigureName
    at_least: int


class RatioCriterion(_Criterion):
    kind: Literal["ratio"]
    numerator: FigureName
    denominator: FigureName
    reported: FigureName | None = None
    at_least: Share | Reference
    nested: bool = False
    """The numerator is part of the denominator's total: each unit added to the numerator is also
    added to the denominator (the park's high-tech enterprises are among the league/city's)."""


class DistinctShareCriterion(_Criterion):
    """Distinct enterprises in any of ``parts`` (two sets that may overlap) over a whole."""

    kind: Literal["distinct_share"]
    parts: tuple[FigureName, FigureName]
    overlap: FigureName
    denominator: FigureName
    reported: FigureName | None = None
    at_least: Share


class GrowthCriterion(_Criterion):
    """Year-on-year growth of a figure: (this year − last year) / last year."""

    kind: Literal["growth"]
    figure: FigureName
    reported: FigureName | None = None
    at_least: Rate


Branch = Annotated[CountCriterion | RatioCriterion | DistinctShareCriterion, Field(discriminator="kind")]


class EitherCriterion(_Criterion):
    """Met when any branch is met; unmet only when every branch is known and unmet."""

    kind: Literal["either"]
    branches: list[Branch] = Field(min_length=2)


Criterion = Annotated[
    QualitativeCriterion
    | CountCriterion
    | RatioCriterion
    | DistinctShareCriterion
    | GrowthCriterion
    | EitherCriterion,
    Field(discriminator="kind"),
]
Numeric = CountCriterion | RatioCriterion | DistinctShareCriterion | GrowthCriterion


class Dimension(FileModel):
    id: str
    name: Names
    criteria: list[Criterion]


class ReferenceValue(FileModel):
    value: Share
    source: str


class Series(FileModel):
    name: Names


class ReferenceTable(FileModel):
    name: Names
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

    @property
    def exact(self) -> bool:
        return self.year == self.asked_year and self.series == self.asked_series

    def note(self) -> Message:
        """Which value was used: the year's own, or the latest known one in its stead."""
        value = percent_text(self.value)
        if self.exact:
            return Message("reference_used", year=self.year, value=value, series=self.series_name)
        return Message(
            "reference_fallback",
            asked=self.asked_year,
            year=self.year,
            value=value,
            series=self.series_name,
            asked_series=self.asked_series_name,
        )


class Standard(FileModel):
    id: str
    name: Names
    source: str
    dimensions: list[Dimension]
    references: dict[str, ReferenceTable] = {}

    def numeric(self) -> list[Numeric]:
        found: list[Numeric] = []
        for dimension in self.dimensions:
            for criterion in dimension.criteria:
                if isinstance(criterion, EitherCriterion):
                    found.extend(criterion.branches)
                elif not isinstance(criterion, QualitativeCriterion):
                    found.append(criterion)
        return found

    def criterion_ids(self) -> list[str]:
        """Every criterion, clause and branch id."""
        return [criterion.id for criterion, _ in _criterion_paths(self)]

    def find(self, criterion_id: str) -> Criterion | Numeric | None:
        """The criterion or branch with ``criterion_id``."""
        return next((c for c, _ in _criterion_paths(self) if c.id == criterion_id), None)

    def clause_ids(self) -> list[str]:
        return [c.id for d in self.dimensions for c in d.criteria if isinstance(c, QualitativeCriterion)]

    def look_up(self, table: str, year: int, series: str | None = None) -> Lookup:
        """The table's value for ``year`` in ``series``; failing that, the published value of that
        year; failing that, the latest year known before it (or the earliest after it)."""
        reference = self.references[table]
        asked = series or reference.default_series
        years = sorted(reference.values)
        used = year if year in reference.values else max((y for y in years if y <= year), default=years[0])
        row = reference.values[used]
        chosen = asked if asked in row else reference.default_series
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
        )


def criterion_figures(criterion: Criterion | Numeric) -> set[str]:
    """The baseline figures a criterion (or any of its branches) is computed from or reported as."""
    reported = {r} if (r := getattr(criterion, "reported", None)) else set()
    match criterion:
        case CountCriterion() | GrowthCriterion():
            return {criterion.figure} | reported
        case RatioCriterion():
            return {criterion.numerator, criterion.denominator} | reported
        case DistinctShareCriterion():
            return {*criterion.parts, criterion.overlap, criterion.denominator} | reported
        case EitherCriterion():
            return {f for b in criterion.branches for f in criterion_figures(b)}
    return set()


def threshold_value(
    criterion: Numeric, standard: Standard, year: int, series: str | None, override: Percent | None
) -> tuple[Fraction, Lookup | None]:
    """The criterion's threshold for ``year``, and the table look-up behind it where there is one."""
    threshold = criterion.at_least
    if isinstance(threshold, Reference):
        if override is not None:
            return override.value, None
        found = standard.look_up(threshold.reference, year, series)
        return found.value, found
    if isinstance(threshold, Percent):
        return threshold.value, None
    return Fraction(threshold), None


def default_standard_path() -> Path:
    return shipped_path(*STANDARD)


def load_standard(path: Path) -> Standard:
    return check_standard(load_document(path))


def check_standard(document: Document) -> Standard:
    """A standard from its document, refused when two criteria or branches share an id or a
    threshold names a reference table the file does not have; every problem located, at once."""
    standard = parse_model(document, Standard)
    problems = repeated_ids(document, ((c.id, (*path, "id")) for c, path in _criterion_paths(standard)))
    problems += _unknown_tables(standard, document)
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


def _unknown_tables(standard: Standard, document: Document) -> list[Problem]:
    tables = ", ".join(standard.references) or "—"
    problems = []
    for criterion, path in _criterion_paths(standard):
        threshold = getattr(criterion, "at_least", None)
        if isinstance(threshold, Reference) and threshold.reference not in standard.references:
            message = Message("unknown_table", table=threshold.reference, tables=tables)
            problems.append(document.problem((*path, "at_least", "reference"), message))
    return problems
