"""The gap table for the terminal, drawn with rich: numeric criteria, then clauses, by dimension."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from zone_gap.i18n import Lang, text
from zone_gap.problem import Problem
from zone_gap.render import cells
from zone_gap.result import Report, Status

_STYLE = {Status.MET: "green", Status.UNMET: "red", Status.UNKNOWN: "yellow"}


def _table(title: str, columns: list[str]) -> Table:
    """A table that rich fits to the terminal; only the status column never wraps."""
    table = Table(title=title, title_justify="left", title_style="bold")
    for i, column in enumerate(columns):
        table.add_column(column, no_wrap=i == 1, overflow="fold")
    return table


def _add(table: Table, group: cells.Group, rows: list[cells.Row], values: list[list[str]]) -> None:
    table.add_row(Text(group.title, style="bold"), end_section=False)
    for row, row_values in zip(rows, values, strict=True):
        table.add_row(
            Text(row_values[0], style="dim" if row.branch else ""),
            Text(row_values[1], style=_STYLE[row.result.status]),
            *row_values[2:],
        )
    table.add_section()


def render_table(
    report: Report, warnings: list[Problem], lang: Lang, *, color: bool, width: int | None
) -> str:
    out = io.StringIO()
    console = Console(
        file=out, force_terminal=color, no_color=not color, width=width or 120, highlight=False, emoji=False
    )
    console.print(Text(cells.heading(report, lang), style="bold"))
    groups = cells.groups(report, lang)
    markers, footnotes = cells.numbered(groups, lang)
    numeric = _table(text("numeric_title", lang), cells.numeric_columns(lang))
    clauses = _table(text("clause_title", lang), cells.clause_columns(lang))
    for group in groups:
        if group.numeric:
            _add(
                numeric,
                group,
                group.numeric,
                [cells.numeric_cells(r, lang, markers.get(id(r))) for r in group.numeric],
            )
        if group.clauses:
            _add(clauses, group, group.clauses, [cells.clause_cells(r, lang) for r in group.clauses])
    console.print(numeric)
    for note in footnotes:
        console.print(Text(f"[{note.marker}] {note.render(lang)}"), style="dim")
    console.print(clauses)
    console.print(Text(cells.summary(report, lang), style="bold"))
    console.print(Text(cells.rounding(lang), style="dim"))
    if warnings:
        console.print(Text(text("warnings_title", lang), style="bold yellow"))
        for line in cells.warning_lines(warnings, lang):
            console.print(Text(line, style="yellow"))
    return out.getvalue()
