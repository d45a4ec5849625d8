"""Any sheet drawn for the terminal with rich. Every string passes through ``visible`` first: rich keeps
ESC and other control characters, so text from an input file could otherwise drive the terminal."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from zone_gap.render.sheet import Block, Sheet
from zone_gap.render.visible import visible

_TONE = {"good": "green", "bad": "red", "unsure": "yellow", None: ""}


def _text(value: str, style: str = "") -> Text:
    """A string shown as it is: no markup read from it, no control character let through."""
    return Text(visible(value), style=style)


def _table(block: Block) -> Table:
    table = Table(title=_text(block.title), title_justify="left", title_style="bold")
    for i, column in enumerate(block.columns):
        table.add_column(_text(column), no_wrap=i == block.status_column, overflow="fold")
    for group in block.groups:
        if group.title is not None:
            table.add_row(_text(group.title, "bold"))
        for row in group.rows:
            cells = [_text(cell) for cell in row.cells]
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
    console.print(_text(sheet.heading, "bold"))
    for block in sheet.blocks:
        console.print(_table(block))
        for note in block.notes:
            console.print(_text(note, "dim"))
    for line in sheet.closing:
        console.print(_text(line))
    if sheet.warnings:
        console.print(_text(sheet.warnings_title, "bold yellow"))
        for line in sheet.warnings:
            console.print(_text(line, "yellow"))
    return out.getvalue()
