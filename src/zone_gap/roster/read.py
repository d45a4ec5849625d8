"""A roster's cells as the spreadsheet shows them: CSV (UTF-8 with or without a byte-order mark, or
GB18030 as Excel and WPS save it in China) or XLSX (one sheet), each row with the number the
spreadsheet gives it. Only reading: nothing here knows what a column means.

The rows are given one at a time, as they are read, so that a roster of 100,000 rows is never held
as 100,000 lists of cells: what is kept of a row is what the caller makes of it."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from zone_gap.i18n import Message
from zone_gap.io.document import decode, read_bytes
from zone_gap.io.problem import InputError, Problem, UsageError

if TYPE_CHECKING:
    from python_calamine import CalamineSheet

Cell = str | float | int | bool | date | datetime | time | timedelta | None
MAX_BYTES = 64 * 1024 * 1024
"""Far above a 10,000-row roster (about 1 MB as CSV, 0.6 MB as XLSX), and above a province's
100,000 rows with every column of the example filled (about 14 MB as CSV, 8 MB as XLSX)."""
SUFFIXES = (".csv", ".xlsx")


@dataclass(frozen=True)
class Rows:
    """The rows of one sheet, each with its number as the spreadsheet shows it (from 1), read as
    they are iterated over (once): a CSV the csv module cannot split raises its ``InputError`` there."""

    name: str
    rows: Iterable[tuple[int, Sequence[Cell]]]
    warnings: list[Problem]


def letter(index: int) -> str:
    """The spreadsheet letter of a column counted from 0: 0 → A, 25 → Z, 26 → AA."""
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(ord("A") + rest) + text
    return text


def read_rows(path: Path, *, sheet: str | None = None) -> Rows:
    name = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError([Problem(name, None, Message("roster_suffix", suffix=path.suffix or path.name))])
    raw = read_bytes(path, MAX_BYTES)
    if suffix == ".csv":
        if sheet is not None:
            raise UsageError(Message("roster_sheet_csv"))
        return _csv(raw, name)
    return _xlsx(raw, name, sheet)


def _csv(raw: bytes, name: str) -> Rows:
    """Decoded as every file is (UTF-8, else GB18030, which Excel and WPS write by default in China;
    a GB18030 roster is usual, so it is read without the warning a YAML file gets)."""
    text, found = decode(raw, name, MAX_BYTES)
    warnings = [w for w in found if w.message.key != "gb18030"]
    return Rows(name, _records(text, name), warnings)


def _records(text: str, name: str) -> Iterator[tuple[int, Sequence[Cell]]]:
    try:
        yield from enumerate(csv.reader(_lines(text)), start=1)
    except csv.Error as e:
        raise InputError([Problem(name, None, Message("roster_csv", detail=str(e)))]) from e


_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+")


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` as ``io.StringIO(text, newline="")`` gives them (ending at ``\r\n``,
    ``\r`` or ``\n``, each with its ending), one at a time: a StringIO first copies the whole text
    at four bytes a character (40 MiB for a 13 MiB roster)."""
    return map(re.Match.group, _LINE.finditer(text))


def _xlsx(raw: bytes, name: str, sheet: str | None) -> Rows:
    try:
        from python_calamine import CalamineWorkbook
    except ImportError:  # pragma: no cover - a core dependency; an install without it is broken
        raise UsageError(Message("roster_xlsx_reader")) from None
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(raw))
        names = book.sheet_names
        if sheet is not None and sheet not in names:
            raise UsageError(Message("roster_no_sheet", sheet=sheet, sheets="、".join(names)))
        found = book.get_sheet_by_name(sheet) if sheet is not None else book.get_sheet_by_index(0)
    except UsageError:
        raise
    except Exception as e:  # calamine's own errors name no common class; said in our words
        raise InputError([Problem(name, None, Message("roster_xlsx_unreadable"))]) from e
    return Rows(name, _sheet_rows(found, name), [])


def _sheet_rows(sheet: CalamineSheet, name: str) -> Iterator[tuple[int, Sequence[Cell]]]:
    """The sheet's rows from A1, so that row numbers and column letters are the sheet's: calamine
    gives the rows above the first cell used, blank, but not the columns left of it, which are
    given here, blank as calamine gives an empty cell (``to_python(skip_empty_area=False)`` gives
    the same rows, all of them at once)."""
    if sheet.start is None:  # an empty sheet (which calamine's row iterator does not take)
        return
    left: list[Cell] = [""] * sheet.start[1]
    try:
        for number, row in enumerate(sheet.iter_rows(), start=1):
            yield number, [*left, *row] if left else row
    except Exception as e:  # a cell calamine cannot give as a Python value
        raise InputError([Problem(name, None, Message("roster_xlsx_unreadable"))]) from e
