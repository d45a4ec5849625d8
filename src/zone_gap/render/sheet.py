"""A report laid out for reading, before any format: headings, tables of text cells, notes.

Each command turns its report into a ``Sheet``; the terminal table and Markdown renderers draw any
sheet the same way, so a new command needs no renderer of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Row:
    cells: list[str]
    tone: str | None = None
    """How the status cell reads: ``good``, ``bad``, ``unsure`` or ``None``."""
    sub: bool = False
    """A branch under the row above, drawn dimmer."""


@dataclass(frozen=True)
class Group:
    """Rows under a heading row (a dimension, a department), or under none."""

    title: str | None
    rows: list[Row]


@dataclass(frozen=True)
class Block:
    title: str
    columns: list[str]
    groups: list[Group]
    notes: list[str] = field(default_factory=list)
    """Numbered notes drawn under the table: rows point to them as [1], [2] …"""
    status_column: int | None = 1
    unbroken: tuple[int, ...] = ()
    """Columns of identifiers (keys, credit codes, numbers) never broken inside a cell: where they
    cannot keep their whole width the table becomes a list."""


@dataclass(frozen=True)
class Sheet:
    heading: str
    blocks: list[Block]
    closing: list[str] = field(default_factory=list)
    warnings_title: str = ""
    warnings: list[str] = field(default_factory=list)
    separator: str = "; "
    """What stands between the lines of a cell where a format cannot break them (Markdown in Word)."""
