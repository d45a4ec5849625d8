"""Where `-o` sends the output, and in which format: standard output (no `-o`, or `-o -`) or a
file, whose name must not contradict the format, and which must not be one of the command's inputs.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from zone_gap.i18n import Message
from zone_gap.io.problem import UsageError
from zone_gap.render import Format

STDOUT = "-"
"""`-o -`: standard output. A file named ``-`` is written as ``./-``."""

NAMED = {
    ".csv": "csv",
    ".xlsx": "xlsx",
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".yaml": "yaml",
    ".yml": "yaml",
}
"""The format a file's extension names; any other extension names none, and fits any format."""

_SUFFIX = {
    "csv": ".csv",
    "xlsx": ".xlsx",
    "markdown": ".md",
    "json": ".json",
    "html": ".html",
    "table": ".txt",
}
_SHOWN = {
    "csv": "CSV",
    "xlsx": "XLSX",
    "markdown": "Markdown",
    "json": "JSON",
    "html": "HTML",
    "yaml": "YAML",
}

F = TypeVar("F", bound=StrEnum)


def output_path(output: str | None) -> Path | None:
    """The file `-o` names; ``None`` for standard output."""
    return None if output is None or output == STDOUT else Path(output)


def chosen_format(fmt: F | None, output: str | None, formats: type[F], default: F) -> F:
    """The format asked for, else the one the file's extension names, else ``default``. A name that
    names another format than the one asked for, or one the command does not write, is refused."""
    path = output_path(output)
    named = NAMED.get(path.suffix.lower()) if path is not None else None
    writes = [f.value for f in formats]
    wanted = fmt if fmt is not None else default
    if named is None or (fmt is not None and named == fmt.value):
        return wanted
    if fmt is None and named in writes:
        return formats(named)
    assert path is not None  # a name names a format
    suggestion = str(path.with_suffix(_SUFFIX.get(wanted.value, ".txt")))
    if named in writes:
        raise UsageError(
            Message(
                "output_name_other_format",
                path=str(path),
                named=_SHOWN[named],
                format=wanted.value,
                value=named,
                suggestion=suggestion,
            )
        )
    raise UsageError(
        Message(
            "output_name_unwritten_format",
            path=str(path),
            named=_SHOWN[named],
            formats=", ".join(writes),
            suggestion=suggestion,
        )
    )


def table_format(fmt: Format | None, output: str | None, *, terminal: bool) -> Format:
    """``chosen_format`` for `check`, `project` and `plan` (see ``sheet_format``)."""
    return sheet_format(fmt, output, Format, Format.TABLE, terminal=terminal)


def sheet_format(fmt: F | None, output: str | None, formats: type[F], default: F, *, terminal: bool) -> F:
    """``chosen_format`` for a command that writes tables. A workbook is bytes: it goes to a file, or
    with `-o -` to standard output when that is not a terminal."""
    chosen = chosen_format(fmt, output, formats, default)
    if chosen.value == "xlsx" and output is None:
        raise UsageError(Message("xlsx_needs_output"))
    if chosen.value == "xlsx" and output == STDOUT and terminal:
        raise UsageError(Message("xlsx_to_terminal"))
    return chosen


def refuse_inputs(output: str | None, inputs: Iterable[Path]) -> None:
    """A ``UsageError`` when `-o` names one of ``inputs``; said before what its extension implies."""
    from zone_gap.io.write import refuse_input

    path = output_path(output)
    if path is not None:
        refuse_input(path, inputs)
