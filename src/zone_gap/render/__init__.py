"""Renderers, one per ``--format``; each returns text. rich is imported only by ``table``."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, assert_never

if TYPE_CHECKING:  # kept out of start-up: the CLI imports this module for ``Format`` alone
    from zone_gap.i18n import Lang
    from zone_gap.problem import Problem
    from zone_gap.result import Report


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"
    MARKDOWN = "markdown"


def render(
    report: Report,
    warnings: list[Problem],
    fmt: Format,
    lang: Lang,
    *,
    color: bool = False,
    width: int | None = None,
) -> str:
    """``report`` in ``fmt``: JSON for programs, else its sheet drawn as a table or Markdown."""
    if fmt is Format.JSON:
        from zone_gap.render.json import render_json

        return render_json(report, warnings, lang)
    from zone_gap.render.check_sheet import check_sheet

    sheet = check_sheet(report, warnings, lang)
    match fmt:
        case Format.TABLE:
            from zone_gap.render.table import render_table

            return render_table(sheet, color=color, width=width)
        case Format.MARKDOWN:
            from zone_gap.render.markdown import render_markdown

            return render_markdown(sheet)
        case _:
            assert_never(fmt)
