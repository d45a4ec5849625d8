"""Renderers, one per ``--format``; each returns text, but for the workbook (bytes). rich is imported
only by ``table``."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, assert_never

from typing_extensions import TypeIs

if TYPE_CHECKING:  # kept out of start-up: the CLI imports this module for ``Format`` alone
    from zone_gap.analysis.plan_check import PlanReport
    from zone_gap.analysis.projection import ProjectionReport
    from zone_gap.i18n import Lang
    from zone_gap.io.problem import Problem
    from zone_gap.maths.result import Report
    from zone_gap.render.sheet import Sheet
    from zone_gap.standard.plan import Lead


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"
    MARKDOWN = "markdown"
    CSV = "csv"
    XLSX = "xlsx"


def render(
    report: Report | ProjectionReport | PlanReport,
    fmt: Format,
    lang: Lang,
    *,
    warnings: list[Problem] | None = None,
    leads: dict[str, list[Lead]] | None = None,
    color: bool = False,
    width: int | None = None,
) -> str:
    """``report`` in ``fmt``: JSON for programs, else its sheet drawn as a table or Markdown. A table
    is drawn at ``width`` terminal cells, or (``None``, output not to a terminal) at its natural width.
    ``leads`` (the plan's lead departments) groups the rows as the department ledger. The workbook
    is bytes, from ``render_workbook``."""
    if fmt is Format.CSV:
        from zone_gap.render import spreadsheet

        if _is_check(report):
            return spreadsheet.check_csv(report, lang, leads, warnings)
        if _is_projection(report):
            return spreadsheet.project_csv(report, lang, leads)
        return spreadsheet.plan_csv(report, lang)
    if fmt is Format.JSON:
        from zone_gap.render import json

        if _is_check(report):
            return json.render_json(report, warnings or [], lang, leads)
        if _is_projection(report):
            return json.render_project_json(report, lang, leads)
        return json.render_plan_json(report, lang)
    return _draw(_sheet(report, lang, warnings or [], leads), fmt, lang, color=color, width=width)


def _is_check(report: Report | ProjectionReport | PlanReport) -> TypeIs[Report]:
    """Told without importing the projection and the plan check, which cost `check` some 10 ms of
    start-up."""
    from zone_gap.maths.result import Report

    return isinstance(report, Report)


def _is_projection(report: Report | ProjectionReport | PlanReport) -> TypeIs[ProjectionReport]:
    from zone_gap.analysis.projection import ProjectionReport

    return isinstance(report, ProjectionReport)


def render_workbook(
    report: Report | ProjectionReport | PlanReport,
    lang: Lang,
    *,
    warnings: list[Problem] | None = None,
    leads: dict[str, list[Lead]] | None = None,
) -> bytes:
    """``report`` as an ``.xlsx`` workbook: the CSV's table, the input warnings on a sheet of their own."""
    from zone_gap.i18n import text
    from zone_gap.render import spreadsheet
    from zone_gap.render.workbook import render_xlsx

    if _is_check(report):
        grid = spreadsheet.check_grid(report, warnings or [], lang, leads)
        return render_xlsx(grid, lang, text("sheet_check", lang))
    if _is_projection(report):
        return render_xlsx(spreadsheet.project_grid(report, lang, leads), lang, text("sheet_project", lang))
    return render_xlsx(spreadsheet.plan_grid(report, lang), lang, text("sheet_plan", lang))


def _sheet(
    report: Report | ProjectionReport | PlanReport,
    lang: Lang,
    warnings: list[Problem],
    leads: dict[str, list[Lead]] | None,
) -> Sheet:
    if _is_check(report):
        from zone_gap.render.check_sheet import check_sheet

        return check_sheet(report, warnings, lang, leads)
    if _is_projection(report):
        from zone_gap.render.project_sheet import project_sheet

        return project_sheet(report, lang, leads)
    from zone_gap.render.plan_sheet import plan_sheet

    return plan_sheet(report, lang)


def _draw(sheet: Sheet, fmt: Format, lang: Lang, *, color: bool, width: int | None) -> str:
    match fmt:
        case Format.TABLE:
            from zone_gap.render.table import render_table

            return render_table(sheet, color=color, width=width, lang=lang)
        case Format.MARKDOWN:
            from zone_gap.render.markdown import render_markdown

            return render_markdown(sheet)
        case Format.JSON | Format.CSV | Format.XLSX:  # pragma: no cover - written from the report
            raise ValueError(fmt)
        case _:
            assert_never(fmt)
