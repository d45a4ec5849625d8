"""An enterprise roster (企业名录): one row an enterprise, as the office keeps it in CSV or XLSX, and
what it gives — the park's figures at a year's end, and the enterprises behind each count."""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from functools import partial
from itertools import chain, compress, islice, repeat
from operator import itemgetter
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple, TypeVar, cast

from zone_gap.choices import FIRST_YEAR, LAST_YEAR
from zone_gap.figures.calendar import period_last_day, year_end
from zone_gap.i18n import Lang, Message
from zone_gap.io.model import value_problems
from zone_gap.io.problem import InputError, Position, Problem, UsageError
from zone_gap.roster.cells import (
    Amounts,
    NumberCell,
    Read,
    all_kept,
    blank,
    every,
    kept,
    plain_row,
    read_date,
    read_number,
    read_yes_no,
    text,
)
from zone_gap.roster.credit_code import all_valid, code_problem
from zone_gap.roster.read import Cell, Rows, read_rows
from zone_gap.roster.workbook import letter
from zone_gap.standard.baseline import ExactFigures, relations
from zone_gap.standard.baseline import written as as_model_takes
from zone_gap.standard.model import Standard, enterprise_standards

T = TypeVar("T")
CERTIFICATE_YEARS = 3
"""A high-tech enterprise certificate is valid for three years from its issue date (Art. 15)."""


_NO_AMOUNTS: Mapping[str, Fraction | None] = MappingProxyType({})


class Enterprise(NamedTuple):
    """One row of a roster, read and checked. ``row`` is the row number as the spreadsheet shows it.
    A named tuple, not a dataclass: a province's 100,000 rows are made in C, column by column
    (``_Reader.clean``), where a frozen dataclass's ``__init__`` took a fifth of reading them."""

    row: int
    name: str
    credit_code: str
    entered: date | None = None
    left: date | None = None
    certificate: str | None = None
    issued: date | None = None
    tech_sme: bool | None = None
    amounts: Mapping[str, Fraction | None] = _NO_AMOUNTS
    """Amounts and counts by baseline key (``park_revenue``, ``industrial_output``, ``high_tech_output``,
    ``rd_spending``, ``rd_institutions``), and any figure of the standard in use by its key;
    ``None``: the cell is blank (unknown)."""

    def in_park(self, day: date) -> bool:
        """In the park on ``day``: entered on or before it (or no date given) and not left by then."""
        return (self.entered is None or self.entered <= day) and (self.left is None or self.left > day)

    @property
    def expires(self) -> date | None:
        """The last day the certificate is valid: the third anniversary of its issue date (the issue
        day itself is not counted, 民法典 Art. 201), 28 February for one issued on 29 February."""
        return None if self.issued is None else period_last_day(self.issued, CERTIFICATE_YEARS)

    def high_tech(self, day: date) -> bool:
        """Holds a high-tech enterprise certificate valid on ``day``."""
        if self.issued is None:  # most rows: no certificate, no last day to work out
            return False
        expires = self.expires
        return expires is not None and self.issued <= day <= expires


@dataclass(frozen=True)
class Roster:
    """The rows of one roster file, for one year, with the warnings found reading it."""

    path: str
    year: int
    enterprises: tuple[Enterprise, ...]
    columns: frozenset[str] = frozenset()
    """The columns the roster has, by alias (``name``, ``hte_issued``, ``revenue``) and, for a figure
    of the standard, by its key: a column it lacks gives no figure, where a blank cell makes one
    unknown."""
    sheet: str | None = None
    """The sheet read, for a workbook."""

    @property
    def source(self) -> str | Message:
        """The file, and for a workbook the sheet read: ``rosters/2022.xlsx（工作表“名录”）``."""
        return (
            self.path
            if self.sheet is None
            else Message("roster_file_sheet", path=self.path, sheet=self.sheet)
        )

    def year_end(self) -> date:
        return year_end(self.year)


COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("企业名称",),
    "credit_code": ("统一社会信用代码",),
    "entered": ("入驻日期",),
    "left": ("迁出日期",),
    "hte_certificate": ("高企证书编号",),
    "hte_issued": ("高企发证日期",),
    "tech_sme": ("科技型中小企业",),
    "revenue": ("营业收入（万元）", "营业收入"),
    "industrial_output": ("工业总产值（万元）", "工业总产值"),
    "high_tech_output": ("高新技术产业产值（万元）", "高新技术产业产值"),
    "rd_spending": ("研发经费（万元）", "研发经费"),
    "rd_institutions": ("自治区级研发机构（家）", "自治区级研发机构"),
}
"""Each column by its English alias, with the Chinese headers it is known by (the first is the one
written in the example and in messages)."""

AMOUNTS: dict[str, tuple[str, str]] = {
    "revenue": ("park_revenue", "amount"),
    "industrial_output": ("industrial_output", "amount"),
    "high_tech_output": ("high_tech_output", "amount"),
    "rd_spending": ("rd_spending", "amount"),
    "rd_institutions": ("rd_institutions", "count"),
}
"""The amount and count columns: the baseline key each is read into, and its unit."""

REQUIRED = ("name", "credit_code")
_SHARES = ("share", "rate")
_NAME_HEADERS = ("企业名称", "name")
"""The header of the column that tells the header row."""
_SEPARATORS = {";": "semicolon", "\t": "tab", "|": "bar"}
"""Characters other than the comma that a file saved as CSV may separate its cells with: Excel's in
some regional settings (``;``), and its "text (tab delimited)" renamed ``.csv``."""
_INVISIBLE = re.compile("[\ufeff\u200b\u200c\u200d\u2060]")
"""Characters that take no room on the screen: the byte-order mark (U+FEFF), which a file saved twice
with one, or two files joined, keeps inside its first cell, and the zero-width spaces."""
_CERTIFICATE = re.compile(r"^GR(\d{4})\d+$")
_EVERY_CERTIFICATE = every(re.compile(r"(?:GR[0-9]{4}[0-9]+)?"))
"""Blank, or a certificate number ``_CERTIFICATE`` takes, in ASCII digits (its year compared as text)."""
_CHUNK = 2048
"""Rows read together, a column at a time (``_Reader.clean``)."""
_ENTERPRISE = partial(tuple.__new__, Enterprise)
"""An enterprise from its fields in order, made in C."""
_FILE_YEAR = re.compile(r"^(\d{4})(?!\d)")


def _normal(header: str) -> str:
    """A header as compared: no spaces nor invisible characters, ASCII brackets as full-width ones,
    lower case."""
    seen = "".join(header.split()).replace("(", "（").replace(")", "）").lower()
    return _INVISIBLE.sub("", seen) if not seen.isascii() else seen


@dataclass(frozen=True)
class Header:
    """A column as a message names it: its header as written, in English its alias or key."""

    zh: str
    en: str

    def text(self, lang: Lang) -> str:
        return self.zh if lang == Lang.ZH else self.en


@dataclass(frozen=True)
class _Column:
    index: int
    key: str
    """The alias, or the key of the first figure it gives."""
    header: str
    figures: tuple[tuple[str, str], ...] = ()
    """The figures it gives, each as its key and unit: an amount column the park's figure it is
    summed into; a column of the enterprise standards the figure of each that names its header."""


def _columns(
    header: Sequence[Cell], standards: Sequence[Standard]
) -> tuple[list[_Column], list[tuple[int, str]]]:
    """The known columns of a header row, each once (a second column for the same thing is named
    apart); unknown columns are left out. A header the enterprise standards name gives each of their
    figures it names (年销售收入 is one standard's ``sales_revenue`` and another's ``latest_sales``)."""

    known = {_normal(h): alias for alias, headers in COLUMNS.items() for h in (*headers, alias)}
    figures: dict[str, dict[str, str]] = {}
    for standard in standards:
        for heading, key in standard.columns():
            unit = standard.figures[key].unit
            figures.setdefault(_normal(heading), {}).setdefault(key, unit)
    found: dict[str, _Column] = {}
    twice: list[tuple[int, str]] = []
    for index, cell in enumerate(header):
        written = text(cell)
        normal = _normal(written)
        if normal in known:
            alias = known[normal]
            column = _Column(index, alias, written, (AMOUNTS[alias],) if alias in AMOUNTS else ())
        elif normal in figures:
            given = tuple(figures[normal].items())
            column = _Column(index, given[0][0], written, given)
        else:
            continue
        if column.key in found or any(k in taken for k, _ in column.figures for taken in _given(found)):
            twice.append((index, written))
        else:
            found[column.key] = column
    return list(found.values()), twice


def _given(found: dict[str, _Column]) -> list[set[str]]:
    return [{k for k, _ in c.figures} for c in found.values()]


def roster_year(path: Path, year: int | None) -> int:
    """``--year``, else the year the file is named by (``rosters/2022.xlsx``, ``2022-名录.csv``), one
    of the years a figures file may have."""
    if year is not None:
        return year
    named = named_year(path)
    if named is None:
        raise UsageError(Message("roster_year", path=str(path)))
    wrong = year_out_of_range(path)
    if wrong is not None:
        raise UsageError(wrong)
    return named


def year_out_of_range(path: Path) -> Message | None:
    """What is wrong with the year a roster's file name gives, where it is none a file may have."""
    named = named_year(path)
    if named is None or FIRST_YEAR <= named <= LAST_YEAR:
        return None
    written = path.stem[:4]  # as the name writes it: 0000, not 0
    return Message("roster_year_range", path=str(path), year=written, low=FIRST_YEAR, high=LAST_YEAR)


def named_year(path: Path) -> int | None:
    """The year a roster's file name starts with, if any."""
    match = _FILE_YEAR.match(path.stem)
    return int(match.group(1)) if match is not None else None


def read_roster(
    path: Path,
    *,
    year: int | None = None,
    sheet: str | None = None,
    standards: Sequence[Standard] | None = None,
) -> tuple[Roster, list[Problem]]:
    """The roster in ``path`` and the warnings found reading it; every error found, each at its row
    and column, is raised together as one ``InputError``. Columns named after a figure of the
    enterprise ``standards`` (default: every enterprise standard, shipped or the project's) are read
    into ``amounts`` and each row is held to what a figures file of each is held to.

    The rows are read one at a time and only the enterprises made of them are kept."""

    rows = read_rows(path, sheet=sheet)
    try:
        the_year = roster_year(path, year)
        reader = _Reader(rows, enterprise_standards() if standards is None else standards, year_end(the_year))
    except Exception:
        _drain(rows.rows)
        raise
    with _uncollected():
        enterprises = reader.read(rows.rows)
        _drain(rows.rows)
    problems = rows.warnings + reader.problems
    named = named_year(path)
    if year is not None and named is not None and named != year:  # --year over what its name says
        problems.append(
            Problem(rows.name, None, Message("roster_year_differs", named=named, year=year), "warning")
        )
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise InputError(sorted(problems, key=Problem.order))
    roster = Roster(rows.name, the_year, tuple(enterprises), frozenset(reader.present), rows.sheet)
    return roster, sorted(problems, key=Problem.order)


def _holds_wide_comma(cells: Sequence[Cell]) -> bool:
    try:
        return "，" in "".join(cells)  # type: ignore[arg-type]
    except TypeError:  # a number or date cell, from a sheet
        return any("，" in c for c in cells if isinstance(c, str))


def _cells_at(indices: list[int]) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
    """The cells at ``indices`` of a row, as a tuple, taken in C."""
    if not indices:
        return lambda cells: ()
    take = itemgetter(*indices)
    if len(indices) == 1:
        return lambda cells: (take(cells),)
    return take


@contextmanager
def _uncollected() -> Iterator[None]:
    """The garbage collector paused: reading a roster makes no reference cycles, and a collection
    every few hundred rows would look at every enterprise kept so far (a third of the time for a
    province's 100,000 rows)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _stripped(cells: Sequence[Cell]) -> list[str] | None:
    """Text cells as ``text`` reads them; ``None`` where one is not text (a number, a date)."""
    if not all(map(isinstance, cells, repeat(str))):
        return None
    return list(map(str.strip, cast(Sequence[str], cells)))


def _chunks(rows: Iterable[T], size: int) -> Iterator[list[T]]:
    """``rows`` in lists of ``size`` (the last shorter)."""
    rows = iter(rows)
    while chunk := list(islice(rows, size)):
        yield chunk


def _drain(rows: Iterable[object]) -> None:
    """The rows not read yet, read to the end: a CSV that the csv module cannot split is refused
    for that alone, before anything else is said of it (as when the file was read whole, first)."""
    for _ in rows:
        pass


class _Reader:
    """Reads the rows below the header into enterprises, noting every problem at its cell. What it
    does for each row is decided once, from the header: which cell holds what, read how."""

    def __init__(self, rows: Rows, standards: Sequence[Standard], day: date) -> None:
        self.name = rows.name
        self.standards = standards
        self.day = day
        """The roster's day, its year's end: an enterprise that enters after it is not counted."""
        self.xml = rows.xml
        self.text = rows.text
        """Every cell is text (a CSV's)."""
        self.uncalculated = rows.xml.uncalculated if rows.xml is not None else {}
        """Formula cells never calculated, by row and column: read as blank, each said at its cell."""
        self.formulas: set[tuple[int, int]] = set()
        """The cells of required columns blanked for a formula never calculated (said once, there)."""
        self.percent: frozenset[tuple[int, int]] | None = None
        """The cells of share columns formatted as percentages, once a number cell is met in one."""
        self.problems: list[Problem] = []
        self.present: set[str] = set()
        self.columns: list[_Column] = []
        self.by_key: dict[str, _Column] = {}
        self.at: dict[str, _Column | None] = {}
        """Each column of ``COLUMNS`` by its alias; ``None`` where the roster has none."""
        self.numbers: list[tuple[_Column, str, bool]] = []
        """The amount and figure columns: each with the unit its cells are read in, and whether it
        gives a figure of an enterprise standard."""
        self.places: dict[str, int] = {}
        """Each amount or figure by key: the place of its column among ``numbers``."""
        self.number_cells: Callable[[Sequence[Cell]], tuple[Cell, ...]] = tuple
        self.plain_numbers: re.Pattern[str] | None = None
        self.figure_cells: Callable[[Sequence[Any]], tuple[Any, ...]] = tuple
        self.figure_keys: list[str] = []
        """The keys of the enterprise standards' figures the roster has columns for, in its order."""
        self.standard_keys: list[tuple[Standard, list[str]]] = []
        self.by_figure: dict[str, _Column] = {}
        self.headers: dict[str, Header] = {}
        self.codes: dict[str, Enterprise] = {}
        self.names: dict[str, Enterprise] = {}
        self.kept_tests: list[tuple[int, Callable[[Sequence[Cell], bool], bool]]] = []
        """For each number column, by its index, the test that ``kept`` takes its every cell."""
        self.days: dict[Cell, date | None] = {}
        """Each way a date is written that reads with nothing to say, read once for every row."""
        self.yes_no: dict[Cell, bool | None] = {}

    def problem(self, row: int, column: _Column, message: Message, severity: str = "error") -> None:
        header = Header(column.header, column.key)
        where = Message("roster_cell", row=row, column=letter(column.index), header=header)
        self.problems.append(
            Problem(
                self.name,
                Position(row, column.index + 1),
                Message("roster_at", where=where, what=message),
                severity,
            )
        )

    def read(self, rows: Iterable[tuple[int, Sequence[Cell]]]) -> list[Enterprise]:
        rows = iter(rows)
        found = self.find_header(rows)
        if found is None:
            return []
        header_row, header = found
        if not self.header(header_row, header):
            return []
        self.layout()
        width = max(c.index for c in self.columns) + 1
        uncalculated = self.uncalculated
        enterprises: list[Enterprise] = []
        for chunk in _chunks(rows, _CHUNK):
            made = self.clean(chunk, len(header))
            if made is not None:
                enterprises += made
                continue
            for number, cells in chunk:
                self.wide_commas(number, cells, len(header))
                if len(cells) < width:  # a short row: the cells it lacks are blank
                    cells = [*cells, *[None] * (width - len(cells))]
                if uncalculated and number in uncalculated:
                    cells = self.blank_formulas(number, cells, uncalculated[number])
                enterprise = self.row(number, cells)
                if enterprise is not None:
                    enterprises.append(enterprise)
        self.twice(enterprises)
        if not enterprises:
            self.problems.append(
                Problem(self.name, Position(header_row, 1), Message("roster_no_rows_below"), "warning")
            )
        return enterprises

    def clean(self, chunk: list[tuple[int, Sequence[Cell]]], width: int) -> list[Enterprise] | None:
        """The enterprises of rows, made a column at a time, when nothing is to be said of
        any of their cells nor of any row on its own: every row as long as the header, every name
        and code there and valid, every date, yes/no and number cell one that ``row`` reads with
        nothing to say, and each row's dates and certificate in agreement. ``None`` otherwise: the
        rows are then read one at a time by ``row``, which says what is wrong. What may be said
        of an enterprise standard's figures is said as ``row`` says it, and of rows together (a
        code twice) by ``twice``, for every row. A province's 100,000 rows read a row at a time took
        four times as long."""

        numbers, rows = zip(*chunk, strict=True)
        if min(map(len, rows)) < width:  # a short row: padded, and a full-width comma looked for
            return None
        if self.uncalculated and not self.uncalculated.keys().isdisjoint(numbers):
            return None  # a formula never calculated: blanked and said at its cell
        columns: list[tuple[Cell, ...]] = list(zip(*rows, strict=False))  # past the shortest: no column read
        count = len(rows)
        at = self.at
        names = _stripped(columns[self.by_key["name"].index])
        codes = _stripped(columns[self.by_key["credit_code"].index])
        if names is None or codes is None or "" in names or "" in codes or not all_valid(codes):
            return None
        for index, test in self.kept_tests:
            if not test(columns[index], self.text):
                return None
        entered = self.clean_days(columns, at["entered"], count)
        left = self.clean_days(columns, at["left"], count)
        issued = self.clean_days(columns, at["hte_issued"], count)
        sme = at["tech_sme"]
        smes = [None] * count if sme is None else self.clean_yes_no(columns[sme.index])
        certificates = self.clean_certificates(columns, count)
        if entered is None or left is None or issued is None or smes is None or certificates is None:
            return None
        latest = max(filter(None, entered), default=None)
        if latest is not None and latest > self.day:  # entered after the roster's day: warned
            return None
        if any(e is not None and d is not None and d < e for e, d in zip(entered, left, strict=True)):
            return None
        if not self.certificates_agree(certificates, issued):
            return None
        taken = cast(Iterable[tuple[NumberCell, ...]], map(self.number_cells, rows))  # every one kept
        amounts = [Amounts(self.places, cells) for cells in taken]
        made = list(
            map(
                _ENTERPRISE,
                zip(numbers, names, codes, entered, left, certificates, issued, smes, amounts, strict=True),
            )
        )
        figured = [columns[c.index] for c, _, figure in self.numbers if figure]
        for place in sorted(set(chain.from_iterable(compress(range(count), c) for c in figured))):
            self.relations(made[place], amounts[place], kept=True)
        return made

    def clean_days(
        self, columns: list[tuple[Cell, ...]], column: _Column | None, count: int
    ) -> list[date | None] | None:
        """A date column's values, where ``read_date`` reads each cell with nothing to say and the
        date is not before ``FIRST_YEAR``; each way of writing a date read once for the roster."""
        if column is None:
            return [None] * count
        cells = columns[column.index]
        known = self.days
        for written in set(cells).difference(known):
            value, error, warning = read_date(written)
            if error is not None or warning is not None or (value is not None and value.year < FIRST_YEAR):
                return None
            known[written] = value
        return list(map(known.__getitem__, cells))

    def clean_yes_no(self, cells: Sequence[Cell]) -> list[bool | None] | None:
        """A yes/no column's values, where ``read_yes_no`` reads each cell with nothing to say."""
        known = self.yes_no
        for written in set(cells).difference(known):
            value, error, warning = read_yes_no(written)
            if error is not None or warning is not None:
                return None
            known[written] = value
        return list(map(known.__getitem__, cells))

    def clean_certificates(self, columns: list[tuple[Cell, ...]], count: int) -> list[str | None] | None:
        """The certificate numbers, where each is blank or of the form ``GR`` + year + digits."""
        column = self.at["hte_certificate"]
        if column is None:
            return [None] * count
        written = _stripped(columns[column.index])
        if written is None or not _EVERY_CERTIFICATE(written):
            return None
        return [w or None for w in written]

    def certificates_agree(self, certificates: list[str | None], issued: list[date | None]) -> bool:
        """Each certificate number with its issue date, of the year the number gives, and each issue
        date with its number (as ``dates`` holds them)."""
        if self.at["hte_certificate"] is None:
            return True  # an issue date without a number: no number to have
        if self.at["hte_issued"] is None:
            return not any(certificates)
        return all(
            (number is None) == (day is None) and (number is None or number[2:6] == str(day.year))  # type: ignore[union-attr]
            for number, day in zip(certificates, issued, strict=True)
            if number is not None or day is not None
        )

    def find_header(self, rows: Iterator[tuple[int, Sequence[Cell]]]) -> tuple[int, Sequence[Cell]] | None:
        """The header row: the first that names 企业名称 (or ``name``). A row that names it with its
        cells run together by a semicolon or a tab is a CSV split by another character than the
        comma, said so; none at all is said too."""
        for number, cells in rows:
            written = [text(c) for c in cells]
            if any(_normal(w) in _NAME_HEADERS for w in written):
                return number, cells
            for index, cell in enumerate(written):
                separator = next((s for s in _SEPARATORS if s in cell), None)
                if separator is not None and any(_normal(p) in _NAME_HEADERS for p in cell.split(separator)):
                    said = Message(
                        "roster_separator", separator=Message(f"separator_{_SEPARATORS[separator]}")
                    )
                    self.problems.append(Problem(self.name, Position(number, index + 1), said))
                    return None
        self.problems.append(Problem(self.name, None, Message("roster_no_header")))
        return None

    def blank_formulas(self, number: int, cells: Sequence[Cell], formulas: dict[int, str]) -> list[Cell]:
        """The row's cells with each formula never calculated made blank, and said at its cell: its
        value is not the formula's result but what the program that wrote it put there (0, or none)."""
        cells = list(cells)
        by_index = {c.index: c for c in self.columns}
        for index, formula in formulas.items():
            column = by_index.get(index)
            if column is None or index >= len(cells):
                continue
            cells[index] = None
            required = column.key in REQUIRED
            if required:
                self.formulas.add((number, index))
            said = Message("roster_formula", formula=f"={formula or '…'}")  # no text: shared from above
            self.problem(number, column, said, "error" if required else "warning")
        return cells

    def header(self, header_row: int, header: Sequence[Cell]) -> bool:
        """The columns the header names, a column named twice and a required one missing noted;
        whether the rows can be read (every required column there)."""
        self.columns, twice = _columns(header, self.standards)
        self.by_key = {c.key: c for c in self.columns}
        self.at = {key: self.by_key.get(key) for key in COLUMNS}
        self.present = {c.key for c in self.columns}
        where = Position(header_row, 1)
        for index, cell in enumerate(header):
            hidden = _INVISIBLE.search(cell) if isinstance(cell, str) else None
            if hidden is not None and isinstance(cell, str):
                said = Message(
                    "roster_header_invisible",
                    header=_INVISIBLE.sub("", cell).strip(),
                    code=f"U+{ord(hidden.group()):04X}",
                )
                self.problems.append(Problem(self.name, Position(header_row, index + 1), said, "warning"))
        for index, written in twice:  # at its own column, where the reader is to look
            said = Message("roster_column_twice", header=written)
            self.problems.append(Problem(self.name, Position(header_row, index + 1), said, "warning"))
        missing = [r for r in REQUIRED if r not in self.present]
        for required in missing:
            message = Message("roster_column_missing", header=COLUMNS[required][0], alias=required)
            self.problems.append(Problem(self.name, where, message))
        return not missing

    def layout(self) -> None:
        """Where each row's number cells are, read how, and which give the enterprise standards'
        figures: settled once for every row."""
        figured = {key for standard in self.standards for key in standard.figures}
        numbers = [c for c in self.columns if c.figures]
        self.numbers = [(c, c.figures[0][1], any(k in figured for k, _ in c.figures)) for c in numbers]
        self.places = {key: place for place, c in enumerate(numbers) for key, _ in c.figures}
        self.number_cells = _cells_at([c.index for c in numbers])
        self.plain_numbers = plain_row([unit for _, unit, _ in self.numbers])
        self.kept_tests = [(c.index, all_kept(unit)) for c, unit, _ in self.numbers]
        self.figure_cells = _cells_at([place for place, (_, _, figure) in enumerate(self.numbers) if figure])
        self.figure_keys = [key for key in self.places if key in figured]
        self.standard_keys = [(s, [k for k in self.figure_keys if k in s.figures]) for s in self.standards]
        self.by_figure = {key: c for c in self.columns for key, _ in c.figures}
        self.headers = {key: Header(c.header, c.key) for key, c in self.by_figure.items()}

    def wide_commas(self, number: int, cells: Sequence[Cell], width: int) -> None:
        """A row short of the header's columns with a full-width comma in a cell: typed with a
        Chinese input method, the comma meant to separate two cells did not."""

        if not _holds_wide_comma(cells):  # the usual row, seen at once
            return
        if len(cells) >= width:  # a blank cell is a cell: the row is not short
            return
        for index, cell in enumerate(cells):
            if "，" in text(cell) and index < len(self.columns):
                column = next((c for c in self.columns if c.index == index), None)
                if column is not None:
                    self.problem(number, column, Message("roster_wide_comma"))
                return

    def read_cell(self, number: int, column: _Column, found: Read[Any]) -> Any:
        """The value of a cell read, its error and warning noted at the cell."""
        value, error, warning = found
        if error is not None:
            self.problem(number, column, error)
        if warning is not None:
            self.problem(number, column, warning, "warning")
        return value

    def plain(self, number: int, cells: Sequence[Cell], column: _Column | None) -> str | None:
        """A cell's text, ``None`` when blank (or without the column): an error in a required one."""
        if column is None:
            return None
        written = text(cells[column.index])
        if not written and column.key in REQUIRED and (number, column.index) not in self.formulas:
            self.problem(number, column, Message("roster_required"))
        return written or None

    def dated(self, number: int, cells: Sequence[Cell], column: _Column | None) -> date | None:
        if column is None:
            return None
        found: date | None = self.read_cell(number, column, read_date(cells[column.index]))
        return found

    def row(self, number: int, cells: Sequence[Cell]) -> Enterprise | None:
        if blank(cells):
            return None
        at = self.at
        name = self.plain(number, cells, at["name"])
        code = self.plain(number, cells, at["credit_code"])
        if code is not None:
            wrong = code_problem(code, cells[self.by_key["credit_code"].index])
            if wrong is not None:
                self.problem(number, self.by_key["credit_code"], Message(wrong[0], **wrong[1]))
        entered = self.dated(number, cells, at["entered"])
        left = self.dated(number, cells, at["left"])
        certificate = self.plain(number, cells, at["hte_certificate"])
        issued = self.dated(number, cells, at["hte_issued"])
        column = at["tech_sme"]
        tech_sme = (
            None if column is None else self.read_cell(number, column, read_yes_no(cells[column.index]))
        )
        amounts, carries = self.amounts(number, cells)
        enterprise = Enterprise(
            number, name or "", code or "", entered, left, certificate, issued, tech_sme, amounts
        )
        self.dates(enterprise, cells)
        if carries:
            self.relations(enterprise, amounts.given(self.figure_keys))
        return enterprise

    def amounts(self, number: int, cells: Sequence[Cell]) -> tuple[Amounts, bool]:
        """The row's number cells, each kept as written where it is plainly a number (or blank),
        else read (and what is wrong with it, or doubtful, noted at its cell); and whether the row
        gives a figure of an enterprise standard, to be held to it."""
        taken = self.number_cells(cells)
        if self.all_plain(taken):
            texts = cast(tuple[str, ...], taken)
            return Amounts(self.places, texts), "".join(self.figure_cells(texts)) != ""
        found: list[NumberCell] = []
        for cell, (column, unit, _) in zip(taken, self.numbers, strict=True):
            if cell == "":  # blank, as most of a sheet's figure cells are
                found.append("")
            elif kept(cell, unit):
                found.append(cell)
            else:
                percent = unit in _SHARES and type(cell) in (int, float) and self.is_percent(number, column)
                found.append(self.read_cell(number, column, read_number(cell, unit, percent=percent)))
        figures = self.figure_cells(found)
        return Amounts(self.places, found), figures.count("") + figures.count(None) < len(figures)

    def is_percent(self, number: int, column: _Column) -> bool:
        """Whether a number cell of a share column is formatted as a percentage (12% kept as 0.12),
        from the sheet's styles, read the first time a number cell is met in a share column."""
        if self.percent is None:
            shares = {c.index for c, unit, _ in self.numbers if unit in _SHARES}
            self.percent = self.xml.percent_cells(shares) if self.xml is not None else frozenset()
        return (number, column.index) in self.percent

    def all_plain(self, taken: tuple[Cell, ...]) -> bool:
        """Whether every number cell of a row is text ``kept`` takes: a CSV's usual row, seen in
        one match of them all joined."""
        if self.plain_numbers is None:
            return False
        try:
            return self.plain_numbers.fullmatch("\t".join(taken)) is not None  # type: ignore[arg-type]
        except TypeError:  # a number or date cell, from a sheet: each is looked at
            return False

    def column(self, key: str) -> _Column:
        return self.by_key[key]

    def dates(self, e: Enterprise, cells: Sequence[Cell]) -> None:
        """The dates of a row against one another and the roster's day, and against its certificate
        number: each doubt and contradiction at the cell it points to."""
        entered, left, issued = e.entered, e.left, e.issued
        if entered is not None:
            if left is not None and left < entered:
                said = Message("roster_left_before", left=left.isoformat(), entered=entered.isoformat())
                self.problem(e.row, self.column("left"), said)
            if entered > self.day:
                said = Message("roster_entered_later", entered=entered.isoformat(), day=self.day.isoformat())
                self.problem(e.row, self.column("entered"), said, "warning")
            if entered.year < FIRST_YEAR:
                self.early(e.row, "entered", entered)
        if left is not None and left.year < FIRST_YEAR:
            self.early(e.row, "left", left)
        if issued is not None:
            if issued.year < FIRST_YEAR:
                self.early(e.row, "hte_issued", issued)
            if e.certificate is None and "hte_certificate" in self.present:
                self.problem(e.row, self.column("hte_issued"), Message("roster_number_missing"), "warning")
        if e.certificate is not None:
            match = _CERTIFICATE.match(e.certificate)
            if match is None:
                self.problem(
                    e.row,
                    self.column("hte_certificate"),
                    Message("roster_certificate_form", text=e.certificate),
                    "warning",
                )
            elif e.issued is not None and int(match.group(1)) != e.issued.year:
                self.problem(
                    e.row,
                    self.column("hte_certificate"),
                    Message(
                        "roster_certificate_year",
                        number=e.certificate,
                        year=match.group(1),
                        issued=e.issued.isoformat(),
                    ),
                )
            at = self.at["hte_issued"]
            if e.issued is None and at is not None and not text(cells[at.index]):  # blank, not unreadable
                self.problem(e.row, at, Message("roster_issued_missing"))
            elif "hte_issued" not in self.present:
                self.problem(e.row, self.column("hte_certificate"), Message("roster_issued_column"))

    def early(self, row: int, key: str, day: date) -> None:
        said = Message("roster_date_early", date=day.isoformat(), year=FIRST_YEAR)
        self.problem(row, self.column(key), said, "warning")

    def relations(self, e: Enterprise, amounts: Mapping[str, Fraction | None], *, kept: bool = False) -> None:
        """The row's figures held to what a figures file of each enterprise standard is held to:
        each value to its figure's kind and range (a share above 100%, a negative amount), then the
        relations between them (a part above its whole); each an error at the cell of the figure a
        file's would point at, its figures named by their columns, once though two standards find it.
        A standard none of whose figures the row gives has nothing to hold it to; ``amounts``: the
        figures the row gives (``None``: blank). ``kept``: each read from a cell ``kept`` takes,
        which is a value of its unit's type (a count whole, nothing below 0, no share) that the
        model would not refuse; ``amounts`` is then the row's ``Amounts``, whose cells are made
        fractions only as the relations ask for them."""

        headers = self.headers
        found: dict[tuple[str, Message], None] = {}
        for standard, keys in self.standard_keys:
            if kept and isinstance(amounts, Amounts):
                if not amounts.filled(keys):
                    continue
                given: Mapping[str, Fraction | None] = amounts
                values = {}
            else:
                given = {k: v for k in keys if (v := amounts.get(k)) is not None}
                if not given:
                    continue
                values = {k: as_model_takes(standard.unit(k), v) for k, v in given.items() if v is not None}
            refused = value_problems(standard.figures_model, values) if values else []
            for figure, message in refused:
                named = {k: headers.get(v, v) if k == "field" else v for k, v in message.params.items()}
                found[figure, Message(message.key, **named)] = None
            if refused:
                continue
            for (key, *_), message in relations(ExactFigures(given), standard):
                named = {k: headers.get(v, v) if isinstance(v, str) else v for k, v in message.params.items()}
                found[str(key), Message(message.key, **named)] = None
        for figure, message in found:
            self.problem(e.row, self.by_figure[figure], message)

    def twice(self, enterprises: list[Enterprise]) -> None:
        """Each code that is a row's above, and each name that is a row's above under another code,
        said at the later row; in one look at them all where none is (the usual roster)."""
        codes = [e.credit_code for e in enterprises]
        names = [e.name for e in enterprises]
        if len(set(codes)) == len(codes) and len(set(names)) == len(names):
            return
        for enterprise in enterprises:
            self.across(enterprise)

    def across(self, e: Enterprise) -> None:
        """The same code as a row above; the same name as a row above, under another code."""
        if not e.credit_code or not e.name:
            return
        first = self.codes.setdefault(e.credit_code, e)
        if first is not e:
            self.problem(
                e.row,
                self.column("credit_code"),
                Message("roster_code_twice", row=first.row, name=first.name),
            )
            return
        same = self.names.setdefault(e.name, e)
        if same is not e:
            self.problem(
                e.row,
                self.column("name"),
                Message("roster_name_twice", row=same.row, code=same.credit_code),
            )
