"""Reports as one table for a spreadsheet: CSV for Excel, WPS and LibreOffice, and the grid the
workbook (``.xlsx``) is written from. One row per criterion or branch, figures as numbers with the
places the tables give them: a share in percent with ``%`` in the unit column (5.5, not "5.50%" nor
0.055), a change of a share in percentage points likewise. Every word is in the language asked for:
dimension names, statuses, yes and no (是/否). The CSV is UTF-8 with a byte-order mark (so Chinese is
not garbled); a text cell that a spreadsheet would run as a formula (``=HYPERLINK(…)`` in a park
name) gets a leading ``'``. The input warnings follow the criteria as rows of their own."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from fractions import Fraction

from zone_gap.analysis.plan_check import PlanReport
from zone_gap.analysis.projection import Projection, ProjectionReport
from zone_gap.figures.calendar import year_end
from zone_gap.figures.quantity import decimal_text
from zone_gap.figures.vocabulary import Noun
from zone_gap.i18n import Lang, text
from zone_gap.io.problem import Problem
from zone_gap.maths.result import Report, Result
from zone_gap.maths.trend import ACCELERATION, ON_TRACK
from zone_gap.render.check_sheet import notes as check_notes
from zone_gap.render.ledger import assignments
from zone_gap.render.numbers import DECIMALS
from zone_gap.render.project_sheet import notes as project_notes
from zone_gap.standard.plan import Lead

BOM = "\ufeff"
ZERO = (Fraction(0),)


@dataclass(frozen=True)
class Grid:
    """A report as one table: the header, rows of text cells (a number as its decimal text, a date
    as ``2020-06-30``, an unknown as ""), the columns that hold numbers and those that hold dates,
    and the input warnings as located problems."""

    header: list[str]
    rows: list[list[str]]
    numbers: frozenset[int]
    warnings: list[Problem] = field(default_factory=list)
    dates: frozenset[int] = frozenset()


def _number(
    value: Fraction | float | None, unit: str | None, against: Iterable[Fraction | float | None] = ()
) -> str:
    """A figure as a number with its natural places: as the tables show it, to two places, half-up,
    trailing zeros dropped (5.5, 162, 53.78, not 53.776192) — with more places where two would print
    it equal to a figure in ``against`` (19.9999% is not 20, a gap of 0.0001 not 0)."""
    if value is None:
        return ""
    scale = 100 if unit == "ratio" else 1
    scaled = Fraction(value) * scale
    if scaled.denominator == 1:
        return str(scaled.numerator)
    others = [Fraction(o) * scale for o in against if o is not None]
    shown = decimal_text(scaled, DECIMALS, others)
    return shown.rstrip("0").rstrip(".") if "." in shown else shown


def _unit(unit: str | None, lang: Lang, noun: str = "家") -> str:
    """The unit column: % for a share, a count's word in Chinese (家, 人), ``count`` in English."""
    return {"ratio": "%", "count": text("unit_count", lang, noun=Noun(noun))}.get(unit or "", "")


def _yes_no(value: bool | None, lang: Lang) -> str:
    return "" if value is None else text("yes" if value else "no", lang)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def inert(cell: str) -> str:
    """A cell Excel and WPS take as it is: text starting with ``=``, ``+``, ``-``, ``@``, tab or CR
    (which they would run as a formula) behind an apostrophe; a number such as ``-3.5`` untouched."""
    if cell.startswith(_FORMULA_START) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def warning_row(problem: Problem, header: list[str], lang: Lang) -> list[str]:
    """A warning as a row of the criteria table: under the dimension "input warnings", its place in
    the file as the name, "warning" as the status, and the message as the notes."""
    where = problem.file
    if problem.position is not None:
        where += f":{problem.position.line}:{problem.position.column}"
    cells = dict.fromkeys(header, "")
    cells[text("csv_dimension", lang)] = text("warnings_title", lang)
    cells[text("csv_name", lang)] = where
    cells[text("csv_status", lang)] = text("csv_warning", lang)
    cells[text("csv_notes", lang)] = problem.message.render(lang)
    return list(cells.values())


def render_csv(grid: Grid, lang: Lang) -> str:
    """The grid as CSV, the warnings as rows after the criteria."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([inert(c) for c in grid.header])
    writer.writerows([inert(c) for c in row] for row in grid.rows)
    writer.writerows([inert(c) for c in warning_row(w, grid.header, lang)] for w in grid.warnings)
    return BOM + out.getvalue()


def _ledger(
    rows: list[tuple[str, list[str]]], leads: dict[str, list[Lead]] | None, lang: Lang
) -> list[list[str]]:
    """Each row once, or once per lead department with the tasks and responsible departments."""
    separator = text("list_separator", lang)
    found_rows: list[list[str]] = []
    for criterion, row in rows:
        if leads is None:
            found_rows.append(row)
            continue
        found = assignments(criterion, leads, lang)
        if not found:
            found_rows.append([*row, "", "", ""])
        for entry in found:
            tasks, responsible = separator.join(entry.tasks), separator.join(entry.responsible)
            found_rows.append([*row, entry.department, tasks, responsible])
    return found_rows


def _header(keys: Iterable[str], leads: dict[str, list[Lead]] | None, lang: Lang) -> list[str]:
    ledger = ("lead_department", "tasks", "responsible") if leads is not None else ()
    return [text(f"csv_{k}", lang) for k in (*keys, *ledger)]


def _columns(header_keys: tuple[str, ...], keys: set[str]) -> frozenset[int]:
    """Where ``keys`` stand among the columns."""
    return frozenset(i for i, k in enumerate(header_keys) if k in keys)


CHECK_KEYS = (
    "dimension",
    "id",
    "name",
    "branch_of",
    "status",
    "unit",
    "actual",
    "actual_low",
    "actual_high",
    "as_of",
    "comparison",
    "threshold",
    "deadline_threshold",
    "gap",
    "gap_count",
    "required_per_year",
    "required_cagr_pct",
    "notes",
)


def _check_figures(result: Result, lang: Lang, as_of: str) -> list[str]:
    """A row's figures from its unit to its required growth, with the day they stand at. An either/or
    criterion has none of its own — its branches carry them, and its notes say which branch decides
    — in every format."""
    if result.branches:
        return [""] * 12
    unit, actual = result.unit, result.actual
    bars = (result.threshold, result.deadline_threshold)
    values = (actual.value, actual.low, actual.high) if actual else ()
    return [
        _unit(unit, lang, result.noun),
        _number(actual.value if actual else None, unit, bars),
        _number(actual.low if actual else None, unit, bars),
        _number(actual.high if actual else None, unit, bars),
        as_of if unit is not None else "",
        result.comparison.symbol if result.threshold is not None else "",
        _number(result.threshold, unit, values),
        _number(result.deadline_threshold, unit, values),
        _number(result.gap, unit, ZERO),
        "" if result.gap_count is None else str(result.gap_count),
        _number(result.required_per_year, unit, ZERO),
        _number(result.required_cagr, "ratio", ZERO),
    ]


def _with_members(result: Result, parent: str) -> Iterator[tuple[Result, str]]:
    """A criterion, then its branches or members however deep, each with the id it belongs to."""
    yield result, parent
    for member in result.branches:
        yield from _with_members(member, result.id)


def check_grid(
    report: Report, warnings: list[Problem], lang: Lang, leads: dict[str, list[Lead]] | None = None
) -> Grid:
    rows = []
    as_of = report.as_of or year_end(report.year).isoformat()  # figures stand at their year's end
    for section in report.sections:
        for top in section.results:
            for result, parent in _with_members(top, ""):
                notes = check_notes(result, lang, supply_always=True)
                cells = [
                    section.name.text(lang),
                    result.id,
                    result.name.text(lang),
                    parent,
                    text(f"status_{result.status}", lang),
                    *_check_figures(result, lang, as_of),
                    text("separator", lang).join(notes),
                ]
                rows.append((top.id, cells))
    numeric = {"actual", "actual_low", "actual_high", "threshold", "deadline_threshold", "gap"}
    numeric |= {"gap_count", "required_per_year", "required_cagr_pct"}
    return Grid(
        _header(CHECK_KEYS, leads, lang),
        _ledger(rows, leads, lang),
        _columns(CHECK_KEYS, numeric),
        warnings,
        _columns(CHECK_KEYS, {"as_of"}),
    )


def check_csv(
    report: Report,
    lang: Lang,
    leads: dict[str, list[Lead]] | None = None,
    warnings: list[Problem] | None = None,
) -> str:
    return render_csv(check_grid(report, warnings or [], lang, leads), lang)


PROJECT_KEYS = (
    "dimension",
    "id",
    "name",
    "branch_of",
    "category",
    "unit",
    "latest",
    "projected",
    "comparison",
    "threshold",
    "required_per_year",
    "observed_per_year",
    "ratio",
    "reach_year",
    "at_risk",
    "observed_cagr_pct",
    "notes",
)


def _project_figures(row: Projection, lang: Lang) -> list[str]:
    """A row's figures from its unit to its reach year; none for an either/or criterion, as in check."""
    if row.branches:
        return [""] * 9
    unit = "ratio" if row.kind == "growth" else row.unit
    return [
        _unit(unit, lang, row.noun),
        _number(row.latest, unit, [row.threshold]),
        _number(row.projected, unit, [row.threshold]),
        row.comparison.symbol if row.threshold is not None else "",
        _number(row.threshold, unit, [row.latest, row.projected]),
        _number(row.required_per_year, unit, ZERO),
        _number(row.observed_per_year, unit, ZERO),
        _number(row.ratio, None, (ON_TRACK, ACCELERATION, 0)),
        "" if row.reach_year is None else str(row.reach_year),
    ]


def project_grid(report: ProjectionReport, lang: Lang, leads: dict[str, list[Lead]] | None = None) -> Grid:
    rows = []
    for section in report.sections:
        for top in section.projections:
            for row in (top, *top.branches):
                cells = [
                    section.name.text(lang),
                    row.id,
                    row.name.text(lang),
                    top.id if row is not top else "",
                    text(f"category_{row.category}", lang),
                    *_project_figures(row, lang),
                    _yes_no(row.at_risk, lang),
                    "" if row.branches else _number(row.observed_cagr, "ratio"),
                    text("separator", lang).join(project_notes(row, lang, with_cagr=False)),
                ]
                rows.append((top.id, cells))
    numeric = {"latest", "projected", "threshold", "required_per_year", "observed_per_year", "ratio"}
    numeric |= {"reach_year", "observed_cagr_pct"}
    return Grid(
        _header(PROJECT_KEYS, leads, lang), _ledger(rows, leads, lang), _columns(PROJECT_KEYS, numeric)
    )


def project_csv(report: ProjectionReport, lang: Lang, leads: dict[str, list[Lead]] | None = None) -> str:
    return render_csv(project_grid(report, lang, leads), lang)


def plan_grid(report: PlanReport, lang: Lang) -> Grid:
    years = list(range(report.base_year + 1, report.deadline + 1))
    header = (
        [text(f"csv_{k}", lang) for k in ("id", "name", "unit", "base", "per_year")]
        + [text("csv_planned_in", lang, year=y) for y in years]
        + [text(f"csv_{k}", lang) for k in ("target", "comparison", "standard", "reaches", "shortfall")]
        + [text("csv_enough_per_year", lang)]
    )
    rows = []
    for target in report.targets:
        unit = target.unit
        planned = {s.year: s.planned for s in target.path}
        bars = (target.target, target.standard)
        rows.append(
            [
                target.id,
                target.name.text(lang),
                _unit(unit, lang),
                _number(target.base, unit),
                _number(target.per_year, unit, [target.enough_per_year]),
                *(_number(planned.get(y), unit, bars) for y in years),
                _number(target.target, unit, [target.planned, target.standard]),
                target.comparison.symbol if target.standard is not None else "",
                _number(target.standard, unit, [target.planned, target.target]),
                _yes_no(target.reaches, lang),
                _number(target.shortfall or (0 if target.reaches is not None else None), unit, ZERO),
                _number(target.enough_per_year, unit, [target.per_year]),
            ]
        )
    words = (len(header) - 5, len(header) - 3)  # the comparison and whether it reaches
    numeric = frozenset(i for i in range(3, len(header)) if i not in words)
    return Grid(header, rows, numeric)


def plan_csv(report: PlanReport, lang: Lang) -> str:
    return render_csv(plan_grid(report, lang), lang)
