"""Any sheet drawn for the terminal with rich."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from zone_gap.render.sheet import Block, Sheet

_TONE = {"good": "green", "bad": "red", "unsure": "yellow", None: ""}


def _table(block: Block) -> Table:
    table = Table(title=block.title, title_justify="left", title_style="bold")
    for i, column in enumerate(block.columns):
        table.add_column(column, no_wrap=i == block.status_column, overflow="fold")
    for group in block.groups:
        if group.title is not None:
            table.add_row(Text(group.title, style="bold"))
        for row in group.rows:
            cells = [Text(cell) for cell in row.cells]
            if row.sub:
                cells[0].stylize("dim")
            if block.status_column is not None:
                cells[block.status_column].stylize(_TONE[row.tone])
            table.add_row(*cells)
        table.add_section()
    return table


def render_table(sheet: Sheet, *, color: bool, width: int | None) -> str:
    out = io.StringIO()
    console = Console(
        file=out, force_terminal=color, no_color=not color, width=width or 120, highlight=False, emoji=False
    )
    console.print(Text(sheet.heading, style="bold"))
    for block in sheet.blocks:
        console.print(_table(block))
        for note in block.notes:
            console.print(Text(note, style="dim"))
    for line in sheet.closing:
        console.print(Text(line))
    if sheet.warnings:
        console.print(Text(sheet.warnings_title, style="bold yellow"))
        for line in sheet.warnings:
            console.print(Text(line, style="yellow"))
    return out.getvalue()
