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
    match fmt:
        case Format.TABLE:
            from zone_gap.render.table import render_table

            return render_table(report, warnings, lang, color=color, width=width)
        case Format.JSON:
            from zone_gap.render.json import render_json

            return render_json(report, warnings, lang)
        case Format.MARKDOWN:
            from zone_gap.render.markdown import render_markdown

            return render_markdown(report, warnings, lang)
        case _:
            assert_never(fmt)
