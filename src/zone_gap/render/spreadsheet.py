"""Reports as CSV for Excel and WPS: UTF-8 with a byte-order mark (so Chinese is not garbled), one
row per criterion or branch, figures as numbers. A share is given in percent with ``%`` in the unit
column (5.5, not "5.50%" nor 0.055); a change of a share in percentage points likewise. A text cell
that a spreadsheet would run as a formula (``=HYPERLINK(…)`` in a park name) gets a leading ``'``."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from fractions import Fraction

from zone_gap.i18n import Lang, text
from zone_gap.plan import Lead
from zone_gap.plan_check import PlanReport
from zone_gap.projection import ProjectionReport
from zone_gap.quantity import decimal_text
from zone_gap.render.ledger import assignments
from zone_gap.result import Report
from zone_gap.trend import ACCELERATION, ON_TRACK

BOM = "\ufeff"
PLACES = 6
ZERO = (Fraction(0),)


def _number(
    value: Fraction | float | None, unit: str | None, against: Iterable[Fraction | float | None] = ()
) -> str:
    """A figure as a number, to six places, half-up, trailing zeros dropped — with more places where
    six would print it equal to a figure in ``against`` (19.99999999% is not 20)."""
    if value is None:
        return ""
    scale = 100 if unit == "ratio" else 1
    scaled = Fraction(value) * scale
    if scaled.denominator == 1:
        return str(scaled.numerator)
    others = [Fraction(o) * scale for o in against if o is not None]
    shown = decimal_text(scaled, PLACES, others)
    return shown.rstrip("0").rstrip(".") if "." in shown else shown


def _unit(unit: str | None, lang: Lang) -> str:
    return {"ratio": "%", "count": text("unit_count", lang)}.get(unit or "", "")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def inert(cell: str) -> str:
    """A cell Excel and WPS take as it is: text starting with ``=``, ``+``, ``-``, ``@``, tab or CR
    (which they would run as a formula) behind an apostrophe; a number such as ``-3.5`` untouched."""
    if cell.startswith(_FORMULA_START) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def _write(header: list[str], rows: Iterable[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([inert(c) for c in header])
    writer.writerows([inert(c) for c in row] for row in rows)
    return BOM + out.getvalue()


def _ledger(
    rows: list[tuple[str, list[str]]], leads: dict[str, list[Lead]] | None, lang: Lang
) -> Iterable[list[str]]:
    """Each row once, or once per lead department with the tasks and responsible departments."""
    separator = text("list_separator", lang)
    for criterion, row in rows:
        if leads is None:
            yield row
            continue
        found = assignments(criterion, leads, lang)
        if not found:
            yield [*row, "", "", ""]
        for entry in found:
            yield [*row, entry.department, separator.join(entry.tasks), separator.join(entry.responsible)]


def _ledger_header(leads: dict[str, list[Lead]] | None, lang: Lang) -> list[str]:
    keys = ("lead_department", "tasks", "responsible")
    return [text(f"csv_{k}", lang) for k in keys] if leads is not None else []


def check_csv(report: Report, lang: Lang, leads: dict[str, list[Lead]] | None = None) -> str:
    keys = (
        "dimension",
        "id",
        "name",
        "branch_of",
        "status",
        "unit",
        "actual",
        "actual_low",
        "actual_high",
        "threshold",
        "deadline_threshold",
        "gap",
        "gap_count",
        "required_per_year",
        "required_cagr_pct",
        "notes",
    )
    rows = []
    for section in report.sections:
        for top in section.results:
            for result in (top, *top.branches):
                unit = result.unit
                actual = result.actual
                bars = (result.threshold, result.deadline_threshold)
                values = (actual.value, actual.low, actual.high) if actual else ()
                rows.append(
                    (
                        top.id,
                        [
                            section.id,
                            result.id,
                            result.name.text(lang),
                            top.id if result is not top else "",
                            text(f"status_{result.status}", lang),
                            _unit(unit, lang),
                            _number(actual.value if actual else None, unit, bars),
                            _number(actual.low if actual else None, unit, bars),
                            _number(actual.high if actual else None, unit, bars),
                            _number(result.threshold, unit, values),
                            _number(result.deadline_threshold, unit, values),
                            _number(result.gap, unit, ZERO),
                            "" if result.gap_count is None else str(result.gap_count),
                            _number(result.required_per_year, unit, ZERO),
                            _number(result.required_cagr, "ratio", ZERO),
                            text("separator", lang).join(
                                part
                                for part in (result.evidence, *(m.render(lang) for m in result.notes))
                                if part
                            ),
                        ],
                    )
                )
    header = [text(f"csv_{k}", lang) for k in keys] + _ledger_header(leads, lang)
    return _write(header, _ledger(rows, leads, lang))


def project_csv(report: ProjectionReport, lang: Lang, leads: dict[str, list[Lead]] | None = None) -> str:
    keys = (
        "dimension",
        "id",
        "name",
        "branch_of",
        "category",
        "unit",
        "latest",
        "projected",
        "threshold",
        "required_per_year",
        "observed_per_year",
        "ratio",
        "reach_year",
        "at_risk",
        "observed_cagr_pct",
    )
    rows = []
    for section in report.sections:
        for top in section.projections:
            for row in (top, *top.branches):
                unit = "ratio" if row.kind == "growth" else row.unit
                rows.append(
                    (
                        top.id,
                        [
                            section.id,
                            row.id,
                            row.name.text(lang),
                            top.id if row is not top else "",
                            text(f"category_{row.category}", lang),
                            _unit(unit, lang),
                            _number(row.latest, unit, [row.threshold]),
                            _number(row.projected, unit, [row.threshold]),
                            _number(row.threshold, unit, [row.latest, row.projected]),
                            _number(row.required_per_year, unit, ZERO),
                            _number(row.observed_per_year, unit, ZERO),
                            _number(row.ratio, None, (ON_TRACK, ACCELERATION, 0)),
                            "" if row.reach_year is None else str(row.reach_year),
                            "1" if row.at_risk else "0",
                            _number(row.observed_cagr, "ratio"),
                        ],
                    )
                )
    header = [text(f"csv_{k}", lang) for k in keys] + _ledger_header(leads, lang)
    return _write(header, _ledger(rows, leads, lang))


def plan_csv(report: PlanReport, lang: Lang) -> str:
    years = list(range(report.base_year + 1, report.deadline + 1))
    keys = ("id", "name", "unit", "base", "per_year")
    header = (
        [text(f"csv_{k}", lang) for k in keys]
        + [str(y) for y in years]
        + [text(f"csv_{k}", lang) for k in ("target", "standard", "reaches", "shortfall", "enough_per_year")]
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
                _number(target.standard, unit, [target.planned, target.target]),
                "" if target.reaches is None else str(int(target.reaches)),
                _number(target.shortfall or (0 if target.reaches is not None else None), unit, ZERO),
                _number(target.enough_per_year, unit, [target.per_year]),
            ]
        )
    return _write(header, rows)
