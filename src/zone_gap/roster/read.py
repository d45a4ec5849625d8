"""A roster's cells as the spreadsheet shows them: CSV (UTF-8 with or without a byte-order mark, or
GB18030 as Excel and WPS save it in China) or XLSX (one sheet: the first the user can see, or the one
named), each row with the number the spreadsheet gives it. Only reading: nothing here knows what a
column means. A file that is not what its name says — a workbook named ``.csv``, a CSV named
``.xlsx``, Excel's lock file ``~$2022.xlsx`` — is said to be what it is.

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

from zone_gap.i18n import Lang, Message
from zone_gap.io.document import decode, read_bytes
from zone_gap.io.problem import InputError, Problem, UsageError
from zone_gap.roster.workbook import SheetXml, sheet_xml

if TYPE_CHECKING:
    from python_calamine import CalamineSheet, CalamineWorkbook

Cell = str | float | int | bool | date | datetime | time | timedelta | None
MAX_BYTES = 64 * 1024 * 1024
"""Far above a 10,000-row roster (about 1 MB as CSV, 0.6 MB as XLSX), and above a province's
100,000 rows with every column of the example filled (about 14 MB as CSV, 8 MB as XLSX)."""
SUFFIXES = (".csv", ".xlsx")
_ZIP = b"PK\x03\x04"
"""How a zip file begins, and so an XLSX (or an ODS, a DOCX)."""
_COMPOUND = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""How an OLE compound file begins: an Excel 97–2003 ``.xls``, a WPS ``.et``, or a workbook with a
password (Excel keeps an encrypted XLSX inside one)."""


@dataclass(frozen=True)
class Rows:
    """The rows of one sheet, each with its number as the spreadsheet shows it (from 1), read as
    they are iterated over (once): a CSV the csv module cannot split raises its ``InputError`` there."""

    name: str
    rows: Iterable[tuple[int, Sequence[Cell]]]
    warnings: list[Problem]
    sheet: str | None = None
    """The sheet read, for a workbook."""
    xml: SheetXml | None = None
    """The sheet's XML, for what its cells' values do not say (formulas never calculated, percentages)."""
    text: bool = False
    """Every cell is text (a CSV's)."""


@dataclass(frozen=True)
class Sheets:
    """Sheets named in a message, each quoted, listed as the language lists: “旧表”、“名录”."""

    names: tuple[str, ...]

    def text(self, lang: Lang) -> str:
        return ("、" if lang == Lang.ZH else ", ").join(f"“{name}”" for name in self.names)


def read_rows(path: Path, *, sheet: str | None = None) -> Rows:
    name = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError([Problem(name, None, Message("roster_suffix", suffix=path.suffix or path.name))])
    shadow = not_a_roster(path)
    if shadow is not None:
        raise InputError([Problem(name, None, shadow)])
    raw = read_bytes(path, MAX_BYTES)
    if suffix == ".csv":
        if sheet is not None:
            raise UsageError(Message("roster_sheet_csv"))
        return _csv(raw, name)
    return _xlsx(raw, name, sheet)


def not_a_roster(path: Path) -> Message | None:
    """What a file beside the rosters is when it is none, by its name: the lock file Excel and WPS
    keep beside a workbook while it is open (``~$2022.xlsx``, the owner's name in a few bytes), or
    the file macOS leaves beside each one copied to a foreign disk (``._2022.xlsx``)."""
    if path.name.startswith("~$"):
        return Message("roster_lock_file", workbook=path.name[2:])
    if path.name.startswith("._"):
        return Message("roster_apple_double", workbook=path.name[2:])
    return None


def _csv(raw: bytes, name: str) -> Rows:
    """Decoded as every file is (UTF-8, else GB18030, which Excel and WPS write by default in China;
    a GB18030 roster is usual, so it is read without the warning a YAML file gets)."""
    if raw.startswith(_ZIP):
        raise InputError([Problem(name, None, Message("roster_csv_is_xlsx"))])
    if raw.startswith(_COMPOUND):
        raise InputError([Problem(name, None, Message("roster_csv_is_xls"))])
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # no text holds one
        raise InputError([Problem(name, None, Message("roster_utf16_unmarked"))])
    text, found = decode(raw, name, MAX_BYTES)
    warnings = [w for w in found if w.message.key != "gb18030"]
    return Rows(name, _records(text, name), warnings, text=True)


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
        chosen, hidden = (sheet, []) if sheet is not None else _first_visible(book, name)
        found = book.get_sheet_by_name(chosen)
    except (UsageError, InputError):
        raise
    except Exception as e:  # calamine's own errors name no common class; said in our words
        raise InputError([Problem(name, None, _not_xlsx(raw))]) from e
    warnings = []
    if hidden:
        said = Message("roster_hidden_sheets", hidden=Sheets(tuple(hidden)), sheet=chosen)
        warnings.append(Problem(name, None, said, "warning"))
    return Rows(name, _sheet_rows(found, name), warnings, chosen, sheet_xml(raw, chosen))


def _first_visible(book: CalamineWorkbook, name: str) -> tuple[str, list[str]]:
    """The first worksheet the user can see (Excel and WPS open on it unless another tab was left
    active), and the hidden ones before it: a hidden or very hidden sheet is often last year's,
    kept out of sight."""
    from python_calamine import SheetTypeEnum, SheetVisibleEnum

    hidden: list[str] = []
    for sheet in book.sheets_metadata:
        if sheet.typ != SheetTypeEnum.WorkSheet:
            continue  # a chart sheet, a macro sheet: no cells to read
        if sheet.visible == SheetVisibleEnum.Visible:
            return sheet.name, hidden
        hidden.append(sheet.name)
    message = Message("roster_no_visible_sheet", sheets=Sheets(tuple(book.sheet_names)))
    raise InputError([Problem(name, None, message)])


def _not_xlsx(raw: bytes) -> Message:
    """Why calamine could not read a file named ``.xlsx``, where its first bytes tell."""
    if raw.startswith(_COMPOUND):
        return Message("roster_xlsx_is_compound")
    head = raw[:4096]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text, as Excel's "Unicode text"
        return Message("roster_xlsx_is_text")
    if head.strip() and not raw.startswith(_ZIP) and b"\x00" not in head:
        try:
            decode(head, "", MAX_BYTES)
        except InputError:
            return Message("roster_xlsx_unreadable")
        return Message("roster_xlsx_is_text")
    return Message("roster_xlsx_unreadable")


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
