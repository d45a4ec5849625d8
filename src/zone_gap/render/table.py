"""Any sheet drawn for the terminal with rich. Every string passes through ``visible`` first: rich keeps
ESC and other control characters, so text from an input file could otherwise drive the terminal.

Widths: with no width (output piped to a file or another program) each table is drawn at its natural
width, every cell on as few lines as its own line breaks allow. At a given width a table is drawn when
each column can keep ``MIN_COLUMN`` cells (or its whole text, if shorter), no cell need fold into more
than ``MAX_LINES`` lines, and the first column keeps its longest group heading whole (a department's
name is never broken); below that the table becomes a list: each row's name and status on a line,
then one line per filled cell, headed by its column."""

from __future__ import annotations

import io

from rich.cells import cell_len
from rich.console import Console, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from zone_gap.i18n import Lang, text
from zone_gap.render.sheet import Block, Row, Sheet
from zone_gap.render.visible import visible

_TONE = {"good": "green", "bad": "red", "unsure": "dark_orange3", None: ""}
"""Readable on a dark terminal and on a white one (plain yellow is not, on white)."""

MIN_COLUMN = 8
"""The narrowest column worth drawing, in terminal cells: four Chinese characters, or ``≥20.00%``."""

MAX_LINES = 8
"""The most lines a cell's longest line may fold into: a column is never narrower than that needs."""

NATURAL = 100_000
"""The console width that lets a table take its natural width when output is not a terminal."""

INDENT = 2


def _text(value: str, style: str = "") -> Text:
    """A string shown as it is: no markup read from it, no control character let through."""
    return Text(visible(value), style=style)


def _cells(value: str) -> int:
    """The width of ``value``'s longest line in terminal cells (a Chinese character takes two)."""
    return max((cell_len(line) for line in visible(value).split("\n")), default=0)


def column_widths(block: Block, width: int | None) -> list[int] | None:
    """Each column's width (without padding) for a table that fits ``width``; every column at its
    natural width when ``width`` is ``None``; ``None`` when the table cannot fit usably."""
    natural = [_cells(c) for c in block.columns]
    titles = [_cells(g.title) for g in block.groups if g.title is not None]
    natural[0] = max([natural[0], *titles])
    longest = [0] * len(natural)  # of the cells alone: a column's heading may fold
    for row in (r for g in block.groups for r in g.rows):
        longest = [max(n, _cells(c)) for n, c in zip(longest, row.cells, strict=True)]
    natural = [max(n, c) for n, c in zip(natural, longest, strict=True)]
    if width is None:
        return natural
    floors = [max(min(n, MIN_COLUMN), -(-n // MAX_LINES)) for n in natural]
    floors[0] = max([floors[0], *titles])
    whole = [*block.unbroken, *([] if block.status_column is None else [block.status_column])]
    for i in whole:  # never broken, and the status drawn on one line (``no_wrap``): never cut
        floors[i] = max(longest[i], floors[i] if i == 0 else 0)
    room = width - (3 * len(natural) + 1)  # a border left of each column and one at the end, padding 1+1
    if sum(floors) > room:
        return None
    widths = list(natural)
    for _ in range(sum(widths) - room):  # one cell at a time from the widest column that can give
        i = max((k for k in range(len(widths)) if widths[k] > floors[k]), key=lambda k: widths[k])
        widths[i] -= 1
    return widths


def _table(block: Block, widths: list[int]) -> Table:
    table = Table(title=_text(block.title), title_justify="left", title_style="bold")
    for i, (column, size) in enumerate(zip(block.columns, widths, strict=True)):
        table.add_column(_text(column), width=size, no_wrap=i == block.status_column, overflow="fold")
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


def _listed_row(block: Block, row: Row, lang: Lang, depth: int) -> list[RenderableType]:
    """A row as a list item: its name (and status), then each filled cell under its column's name."""
    status = block.status_column
    name = _text(row.cells[0], "dim" if row.sub else "bold")
    if status is not None and row.cells[status]:
        name = Text.assemble(name, " — ", _text(row.cells[status], _TONE[row.tone]))
    lines: list[RenderableType] = [Padding(name, (0, 0, 0, INDENT * depth), expand=False)]
    for i, (column, cell) in enumerate(zip(block.columns, row.cells, strict=True)):
        if i in (0, status) or not cell:
            continue
        field = _text(text("footnote", lang, label=column, notes=cell))
        lines.append(Padding(field, (0, 0, 0, INDENT * (depth + 1)), expand=False))
    return lines


def _list(block: Block, lang: Lang) -> list[RenderableType]:
    parts: list[RenderableType] = [_text(block.title, "bold")]
    for group in block.groups:
        depth = 0
        if group.title is not None:
            parts.append(_text(group.title, "bold"))
            depth = 1
        for row in group.rows:
            parts += _listed_row(block, row, lang, depth + row.sub)
    return parts


def render_table(sheet: Sheet, *, color: bool, width: int | None, lang: Lang = Lang.ZH) -> str:
    """``sheet`` for the terminal at ``width`` (``None``: each table at its natural width)."""
    out = io.StringIO()
    console = Console(
        file=out,
        force_terminal=color,
        no_color=not color,
        width=width or NATURAL,
        highlight=False,
        emoji=False,
    )
    console.print(_text(sheet.heading, "bold"))
    for block in sheet.blocks:
        widths = column_widths(block, width)
        for part in _list(block, lang) if widths is None else [_table(block, widths)]:
            console.print(part)
        for note in block.notes:
            console.print(_text(note, "dim"))
    for line in sheet.closing:
        console.print(_text(line))
    if sheet.warnings:
        console.print(_text(sheet.warnings_title, "bold yellow"))
        for line in sheet.warnings:
            console.print(_text(line, "yellow"))
    return out.getvalue()
