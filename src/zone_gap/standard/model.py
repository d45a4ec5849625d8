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

from pydantic import AliasChoices, Field

from zone_gap.figures.quantity import Rate, percent_text
from zone_gap.i18n import Message
from zone_gap.io.document import Document, KeyPath, load_document
from zone_gap.io.model import FileModel, Id, Names, closest, misread_id, parse_model, repeated_ids
from zone_gap.io.problem import InputError, Problem
from zone_gap.io.shipped import default_standard_path as default_path
from zone_gap.io.shipped import shipped_standards
from zone_gap.kinds import AnyCriterion, Criterion, Measured, Unit

if TYPE_CHECKING:
    from zone_gap.standard.baseline import Baseline

RESERVED = (
    "park",
    "enterprise",
    "year",
    "as_of",
    "standard",
    "qualitative",
    "subject",
    "subject_name",
    "figure",
    "reported",
)
"""Keys of a figures file that are not figures (the subject's name, the year, …) and the names its
model answers to (``figure``, ``reported``): a figure cannot take any of them, nor a name that
starts with ``_`` or ``model_`` (pydantic's own)."""


def reserved(name: str) -> bool:
    return name in RESERVED or name.startswith(("_", "model_"))


class Figure(FileModel):
    """One figure a file of the standard's subject gives: a count, an amount (万元), a share, a rate
    of change or any other number."""

    unit: Unit
    name: Names
    description: str = ""
    """Shown when hovering over the key in an editor, and as the template's comment."""
    part_of: str | list[str] | None = None
    """Figures this one can never exceed (the park's high-tech enterprises ≤ its enterprises)."""
    noun: str | None = None
    """The word a count of it is said in, in Chinese (人 for staff, 件 for patents); a count without
    one is of enterprises or institutions, 家."""
    columns: list[str] = []
    """The headers an enterprise roster may give this figure under, besides its key and its Chinese
    name (职工总数（人）, 职工人数): a roster's column is read as the figure whose header it matches."""

    @property
    def wholes(self) -> list[str]:
        return [self.part_of] if isinstance(self.part_of, str) else list(self.part_of or ())


class Superseded(FileModel):
    by: str
    on: date = Field(validation_alias=AliasChoices("date", "on"))
    """Written ``date:``; ``on:`` is read too, though YAML 1.1 tools read that key as ``true``."""

    def done(self, today: date) -> bool:
        """Whether the standard is superseded by ``today`` (else it is yet to be: said so, not in the
        past tense)."""
        return self.on <= today


Numeric = Measured
"""A criterion or branch that is measured against a threshold."""


class Dimension(FileModel):
    id: Id
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
    values: dict[int, Annotated[dict[str, ReferenceValue], Field(min_length=1)]] = Field(min_length=1)


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
    id: Id
    name: Names
    source: str
    subject: Subject = "park"
    """What a figures file describes, and so the key that names it (``park:`` or ``enterprise:``)."""
    effective: date | None = None
    superseded: Superseded | None = None
    counts_as: str | None = None
    """For an enterprise standard: the park's figure an enterprise that meets it counts in
    (``high_tech_enterprises``, ``tech_smes``); a roster's candidates are judged against it for the
    park's criteria that read that figure."""
    figures: dict[Id, Figure] = Field(min_length=1)
    dimensions: list[Dimension]
    references: dict[str, ReferenceTable] = {}

    def numeric(self) -> list[Numeric]:
        return list(self.numeric_criteria)

    @cached_property
    def numeric_criteria(self) -> tuple[Numeric, ...]:
        """Every measured criterion and branch, found once: `validate` asks for each file."""
        return tuple(c for c, _ in self.members() if isinstance(c, Measured))

    @cached_property
    def parts_and_wholes(self) -> tuple[tuple[str, str], ...]:
        """Each figure declared a part of another (``part_of``), with that whole, found once: a
        roster holds every row that gives figures to them."""
        return tuple((part, whole) for part, figure in self.figures.items() for whole in figure.wholes)

    @cached_property
    def relating(self) -> tuple[Numeric, ...]:
        """The measured criteria whose kind finds figures that cannot all be true at once."""
        return tuple(c for c in self.numeric_criteria if type(c).relations is not Measured.relations)

    def members(self) -> Iterator[tuple[AnyCriterion, KeyPath]]:
        """Every criterion, clause and branch, with the path of its node in the file."""
        for d, dimension in enumerate(self.dimensions):
            for c, criterion in enumerate(dimension.criteria):
                yield from criterion.members(("dimensions", d, "criteria", c))

    def criterion_ids(self) -> list[str]:
        """Every criterion, clause and branch id."""
        return [criterion.id for criterion, _ in self.members()]

    def find(self, criterion_id: str) -> AnyCriterion | None:
        """The criterion or branch with ``criterion_id``."""
        return self._by_id.get(criterion_id)

    @cached_property
    def _by_id(self) -> dict[str, AnyCriterion]:
        """Every criterion and branch by id, the first where an id is taken twice (an error the
        standard's checks report): found once, as ``find`` is asked for every result."""
        found: dict[str, AnyCriterion] = {}
        for criterion, _ in self.members():
            found.setdefault(criterion.id, criterion)
        return found

    def clause_ids(self) -> list[str]:
        return list(self.clause_id_tuple)

    @cached_property
    def clause_id_tuple(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.clauses())

    def clauses(self) -> list[AnyCriterion]:
        """The qualitative clauses (the criteria not measured), in the standard's order, those within
        an all-of or any-of group included."""
        return [c for c, _ in self.members() if not c.numeric]

    def unit(self, figure: str) -> Unit | None:
        found = self.figures.get(figure)
        return found.unit if found is not None else None

    def noun(self, figure: str | None) -> str:
        """The word a whole number of ``figure`` is said in (家, 人, 件); none for what is not a count."""
        found = self.figures.get(figure) if figure is not None else None
        if found is None or found.unit != "count":
            return ""
        return found.noun if found.noun is not None else "家"

    def counts(self, figure: str) -> bool:
        """Whether ``figure`` counts whole things (enterprises, institutions)."""
        return self.unit(figure) == "count"

    def columns(self) -> Iterator[tuple[str, str]]:
        """Every header a roster may give a figure under, with the figure's key: the key, its
        Chinese name and the ``columns`` it declares."""
        for key, figure in self.figures.items():
            for heading in (key, figure.name.zh, *figure.columns):
                yield heading, key

    def tables(self) -> set[str]:
        """The reference tables the criteria read."""
        return {t for c, _ in self.members() for t in c.tables()}

    @cached_property
    def figures_model(self) -> type[Baseline]:
        """The model of a figures file of this standard: its subject's name, year, figures, clauses."""
        from zone_gap.standard.baseline import figures_model  # baseline builds on the standard, not back

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


def criterion_figures(criterion: AnyCriterion) -> set[str]:
    """The figures a criterion (or any of its branches) is computed from, reported as, or tiered by."""
    return {figure for member, _ in criterion.members() for figure, _ in member.figure_keys()}


def default_standard_path() -> Path:
    return default_path()


def shipped() -> list[Standard]:
    """Every shipped standard, read and checked."""
    return [load_standard(path) for path in shipped_standards().values()]


def load_standard(path: Path) -> Standard:
    return check_standard(load_document(path))


def enterprise_standards(given: Standard | None = None) -> list[Standard]:
    """The standards an enterprise is judged against, in the order of their ids: every shipped and
    project standard whose subject is an enterprise, ``given`` in place of the one with its id."""
    found = {}
    for standard_id, path in shipped_standards().items():
        document = load_document(path)
        if isinstance(document.data, dict) and document.data.get("subject") == "enterprise":
            found[standard_id] = check_standard(document)
    if given is not None and given.subject == "enterprise":
        found[given.id] = given
    return [found[k] for k in sorted(found)]


def check_standard(document: Document) -> Standard:
    """A standard from its document, refused when two criteria or branches share an id, a criterion
    names a figure the file does not declare or of the wrong unit, a threshold names a reference
    table the file does not have, tiers are out of order, figures are part of each other in a
    circle, or nothing is counted towards the verdict; every problem located, at once."""
    standard = parse_model(document, Standard)
    problems = repeated_ids(document, ((c.id, (*path, "id")) for c, path in standard.members()))
    problems += _figure_problems(standard, document)
    problems += _unknown_tables(standard, document)
    problems += _superseded_before(standard, document)
    for criterion, path in standard.members():
        problems += [
            document.problem((*path, *key), message) for key, message in criterion.problems(standard)
        ]
    if standard.counts_as is not None and standard.subject != "enterprise":
        problems.append(
            document.problem(("counts_as",), Message("counts_as_park", figure=standard.counts_as))
        )
    if not any(not getattr(c, "encouraged", False) for d in standard.dimensions for c in d.criteria):
        problems.append(document.problem(("dimensions",), Message("standard_nothing_counted")))
    if problems:  # one problem once, though a YAML alias puts two nodes at one place
        raise InputError(sorted(dict.fromkeys(problems), key=Problem.order))
    return standard


def _figure_problems(standard: Standard, document: Document) -> list[Problem]:
    """Figures named that the file does not declare, declared under a reserved key, or part of an
    unknown figure, of one in another unit, or of themselves through others."""
    declared = list(standard.figures)
    problems = [
        document.problem(("figures", name), Message("figure_reserved", key=name), key=True)
        for name in declared
        if reserved(name)
    ]
    for name in declared:  # `on:` is kept as text here, but YAML 1.1 tools read it as true
        misread = misread_id(document, ("figures", name), key=True)
        if misread is not None:
            problems.append(document.problem(("figures", name), misread, key=True))
    for name, figure in standard.figures.items():
        for i, whole in enumerate(figure.wholes):
            where = ("figures", name, "part_of", *((i,) if isinstance(figure.part_of, list) else ()))
            if whole not in standard.figures or whole == name:
                message = Message("figure_undeclared", value=whole, hint=closest(whole, declared))
                problems.append(document.problem(where, message))
            elif standard.figures[whole].unit != figure.unit:
                message = Message("part_of_unit", key=name, whole=whole)
                problems.append(document.problem(where, message))
        circle = _part_of_circle(standard, name)
        if circle and circle[0] == min(circle):  # said once, at the first figure of the circle
            message = Message("part_of_cycle", figures=" ⊂ ".join((*circle, circle[0])))
            problems.append(document.problem(("figures", name, "part_of"), message))
    for criterion, path in standard.members():
        for named, key in criterion.figure_keys():
            if named not in standard.figures:
                message = Message("figure_undeclared", value=named, hint=closest(named, declared))
                problems.append(document.problem((*path, *key), message))
    return problems


def _superseded_before(standard: Standard, document: Document) -> list[Problem]:
    """A standard superseded before it took effect: one of the two dates is wrong."""
    replaced, effective = standard.superseded, standard.effective
    if replaced is None or effective is None or replaced.on >= effective:
        return []
    key = "date" if ("superseded", "date") in document.values else "on"
    message = Message(
        "superseded_before_effective", on=replaced.on.isoformat(), effective=effective.isoformat()
    )
    return [document.problem(("superseded", key), message)]


def _part_of_circle(standard: Standard, start: str) -> tuple[str, ...]:
    """The figures from ``start`` back to itself through ``part_of``, if it is part of itself."""
    trail: list[str] = []

    def walk(name: str) -> bool:
        figure = standard.figures.get(name)
        if figure is None or name in trail:
            return name == start
        trail.append(name)
        if any(w != name and walk(w) for w in figure.wholes):
            return True
        trail.pop()
        return False

    return tuple(trail) if walk(start) else ()


def _unknown_tables(standard: Standard, document: Document) -> list[Problem]:
    tables = ", ".join(standard.references) or "—"
    problems = []
    for criterion, path in standard.members():
        for wanted in criterion.tables():
            if wanted not in standard.references:
                message = Message("unknown_table", table=wanted, tables=tables)
                where = (*path, criterion.comparison.value, "reference")  # type: ignore[attr-defined]
                problems.append(document.problem(where, message))
    for name, table in standard.references.items():
        named = [table.default_series, *(s for row in table.values.values() for s in row)]
        for series in dict.fromkeys(s for s in named if s not in table.series):
            known = ", ".join(table.series)
            message = Message("series_undeclared", series=series, table=name, known=known)
            problems.append(document.problem(("references", name), message, key=True))
    return problems
