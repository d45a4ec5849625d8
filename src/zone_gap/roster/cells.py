"""A roster's cells read as what their column holds: text, a date, an amount or count, yes or no.
Each reader returns the value, or a catalogue message saying why it cannot, and any doubt about a
value it did read (a number written with 万 or with thousands separators).

A roster may have 100,000 rows, so a reader does the least it can for the usual cell: a blank cell
is one shared ``BLANK``, a date written as text is parsed once for all the cells that write it the
same way, and a decimal is made a ``Fraction`` from its digits (not through ``Fraction``'s own
parser, which takes several times as long). A number written plainly (``kept``) is not made a
fraction at all until it is asked for (``exact``), and a column of them is summed as decimals
(``exact_sum``)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal, Inexact, Rounded, localcontext
from fractions import Fraction
from functools import lru_cache
from itertools import repeat
from operator import attrgetter, is_, itemgetter
from typing import Any, Generic, NamedTuple, TypeGuard, TypeVar, cast

from zone_gap.figures.quantity import plain_number
from zone_gap.i18n import Message
from zone_gap.roster.read import Cell

T = TypeVar("T")


class Read(NamedTuple, Generic[T]):
    """A cell's value (``None``: blank), or the error that stopped it, and a warning about it."""

    value: T | None = None
    error: Message | None = None
    warning: Message | None = None


BLANK: Read[Any] = Read()
"""What every blank cell reads as."""

_DATE = re.compile(
    r"^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?"
    r"(?:(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$"
)
"""A date written as text, and the time of day after it that Excel writes for a date-time cell saved
as CSV (``2022-03-01 00:00:00``, ``2022/3/1 0:00``)."""
_PLAIN = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_SCALED = re.compile(r"^([+-]?\d+(?:\.\d+)?)\s*(万|亿)元?$")
_PERCENT = re.compile(r"^([+-]?\d+(?:\.\d+)?)\s*%$")
_SPACED = re.compile(r"^[+-]?\d{1,3}(?:\s\d{3})+(?:\.\d+)?$")
"""Thousands set apart by spaces (``1 234``), as some of Excel's regional settings write them: a
space, a no-break space (U+00A0) or a narrow one (U+202F)."""
_BEFORE_UNIT = re.compile(r"\s+(?=[%万亿元])")
_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$")
EXCEL_ERRORS = frozenset(
    {"#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"}
)
"""The values Excel and WPS show, and save as text in a CSV, for a formula that failed."""
_YES = {"是", "yes", "y", "true", "1", "√", "✓"}
_NO = {"否", "no", "n", "false", "0", "×", "✗"}


def text(cell: Cell) -> str:
    """A cell as text: a whole number without ``.0`` (an XLSX stores every number as a float)."""
    if isinstance(cell, str):  # a CSV's every cell
        return cell.strip()
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def blank(cells: Sequence[Cell]) -> bool:
    """Every cell of a row blank, as ``text`` reads them (none, or nothing but spaces)."""
    return not any(c.strip() if isinstance(c, str) else c is not None for c in cells)


def read_date(cell: Cell) -> Read[date]:
    if isinstance(cell, str):  # a CSV's every cell; none of the kinds below
        written = cell.strip()
        return _written_date(written) if written else BLANK
    if isinstance(cell, datetime):
        if not (cell.hour or cell.minute or cell.second or cell.microsecond):  # a date cell's usual time
            return Read(cell.date())
        return _at_midnight(cell.date(), cell.time(), text(cell))
    if isinstance(cell, date):
        return Read(cell)
    written = text(cell)
    if not written:
        return BLANK
    return _written_date(written)


@lru_cache(maxsize=4096)
def _written_date(written: str) -> Read[date]:
    """A date written as text; a roster writes the same few days again and again (the days
    certificates are issued, the first of a month), so each writing is parsed once."""
    match = _DATE.match(written)
    if match is None:
        if written.upper() in EXCEL_ERRORS:
            return Read(error=Message("roster_excel_error", text=written))
        return Read(error=Message("roster_date_unreadable", text=written))
    year, month, day = (int(g) for g in match.groups()[:3])
    try:
        found = date(year, month, day)
        hour, minute, second = (int(g or 0) for g in match.groups()[3:])
        at = time(hour, minute, second) if match.group(4) is not None else None
    except ValueError:
        return Read(error=Message("roster_date_impossible", text=written))
    return Read(found) if at is None else _at_midnight(found, at, written)


def _at_midnight(day: date, at: time, written: str) -> Read[date]:
    """A date with the time of day a date-time cell holds: at midnight, the date itself (what Excel
    writes for a date typed in a date-time cell); at another time, the date, with a doubt — a time
    moved by a time zone may stand on the day before (``2022-02-28 16:00`` for 1 March in Beijing)."""
    if at == time(0, 0):
        return Read(day)
    return Read(day, warning=Message("roster_date_time", text=written, date=day.isoformat()))


_YES_NO = {**dict.fromkeys(_YES, Read(True)), **dict.fromkeys(_NO, Read(False))}


def read_yes_no(cell: Cell) -> Read[bool]:
    written = text(cell).lower()
    if not written:
        return BLANK
    found: Read[bool] | None = _YES_NO.get(written)
    if found is not None:
        return found
    return Read(error=_unreadable(text(cell), Message("roster_yes_no", text=text(cell))))


def read_number(cell: Cell, unit: str, *, percent: bool = False) -> Read[Fraction]:
    """An amount (万元), a count or another number. ``1,234.5`` and ``1 234.5`` are read as 1234.5 and
    ``1.2万`` in a 万元 column as 1.2 (the 万 taken as 万元), ``3亿`` as 30000, each with a warning; a
    count is a whole number, a share or rate is written with % or is a number cell formatted as a
    percentage (``percent``: Excel keeps 12% as 0.12); a bare number there is refused."""
    if isinstance(cell, str):  # a CSV's every cell; tried first, as it is none of the kinds below
        written = cell.strip()
    elif isinstance(cell, (bool, date, time, timedelta)):
        return Read(error=Message("roster_number_unreadable", text=text(cell)))
    elif isinstance(cell, int | float):
        if not math.isfinite(cell):  # no spreadsheet program writes one; a library may
            return Read(error=Message("roster_number_unreadable", text=text(cell)))
        if unit in ("share", "rate") and not percent:
            hundredfold = plain_number(_from_number(cell) * 100)
            return Read(error=Message("roster_share_number", text=text(cell), percent=hundredfold))
        return _checked(_from_number(cell), unit, None)
    else:
        written = text(cell)
    if not written:
        return BLANK
    return _written_number(written, unit)


def _written_number(written: str, unit: str) -> Read[Fraction]:
    """A number written as text, not blank: spaces before its unit dropped (``12 %``, ``1.2 万``),
    spaces within it read as thousands separators where they set apart thousands."""
    if not written.isascii() or " " in written:
        written = _BEFORE_UNIT.sub("", written)
        if any(c.isspace() for c in written):
            if _SPACED.match(written):
                value = Fraction("".join(written.split()))
                return _checked(
                    value, unit, Message("roster_spaced", text=written, value=plain_number(value))
                )
            return Read(error=Message("roster_number_space", text=written))
    if unit in ("share", "rate"):
        match = _PERCENT.match(written)
        if match is None:
            return Read(error=_unreadable(written, Message("roster_percent", text=written)))
        return Read(Fraction(match.group(1)) / 100)
    if _PLAIN.match(written):
        return _checked(_decimal(written), unit, None)
    if _GROUPED.match(written):
        value = Fraction(written.replace(",", ""))
        return _checked(value, unit, Message("roster_grouped", text=written, value=plain_number(value)))
    scaled = _SCALED.match(written)
    if scaled is not None and unit == "amount":
        value = Fraction(scaled.group(1)) * (10_000 if scaled.group(2) == "亿" else 1)
        return _checked(value, unit, Message("roster_scaled", text=written, value=plain_number(value)))
    return Read(error=_unreadable(written, Message("roster_number_unreadable", text=written)))


def _unreadable(written: str, otherwise: Message) -> Message:
    """Why a number cannot be read, where Excel is the cause: a formula's error value (``#DIV/0!``),
    or a long number shown in scientific notation (``1.23457E+11``), as a CSV then keeps it."""
    if written.upper() in EXCEL_ERRORS:
        return Message("roster_excel_error", text=written)
    if _SCIENTIFIC.match(written):
        return Message("roster_scientific", text=written)
    return otherwise


def _decimal(written: str) -> Fraction:
    """A plain decimal (``-1234.50``, as ``_PLAIN`` matches) as the fraction it writes: its digits
    over a power of ten, the same value ``Fraction(written)`` gives, in a third of the time."""
    whole, _, places = written.partition(".")
    if not places:
        return Fraction(int(whole))
    return Fraction(int(whole + places), 10 ** len(places))


def _from_number(cell: int | float) -> Fraction:
    """A number cell as the decimal it shows (``1234.1``, not the binary float nearest to it): the
    shortest decimal that reads back as the same float, its ``repr``."""
    if isinstance(cell, int) or cell.is_integer():
        return Fraction(int(cell))
    shown = repr(cell)
    return _decimal(shown) if _PLAIN.match(shown) else Fraction(Decimal(shown))  # 1e-05 has an exponent


def _checked(value: Fraction, unit: str, warning: Message | None) -> Read[Fraction]:
    """A count or an amount is never negative (as in a figures file); any other number may be."""
    if value.numerator < 0 and unit != "number":
        return Read(error=Message("roster_negative", value=plain_number(value)))
    if unit == "count" and value.denominator != 1:
        return Read(error=Message("roster_not_whole", value=plain_number(value)))
    return Read(value, None, warning)


NumberCell = str | float | int | Fraction | None
"""A number cell as a roster's reader keeps it: as written when ``kept``, else the value
``read_number`` gave it; ``None`` or ``""``: blank."""

_UNSIGNED = {
    "amount": re.compile(r"(?:[0-9]++(?:\.[0-9]++)?+)?+"),
    "number": re.compile(r"(?:[0-9]++(?:\.[0-9]++)?+)?+"),
    "count": re.compile(r"[0-9]*+"),
}
"""What an amount, another number and a count are written as, most plainly (or blank); the
quantifiers possessive, as nothing they take need be given back, so a row's twenty cells are matched
without backtracking."""


def kept(cell: Cell, unit: str) -> TypeGuard[NumberCell]:
    """Whether ``cell`` is blank or a number written so plainly that ``read_number`` reads it with
    no error and no warning, to the value ``exact`` gives it: ASCII digits, for an amount or another
    number with a point and more digits, and nothing else (no sign, so never negative; no point in
    a count, so whole); or a number cell the same (not below 0, whole for a count). A cell this
    does not take is read by ``read_number``, which says what is wrong with it, if anything."""
    pattern = _UNSIGNED.get(unit)
    if pattern is None:  # a share or rate: read by read_number, % sign and all
        return cell is None or cell == ""
    if isinstance(cell, str):
        return pattern.fullmatch(cell) is not None
    if type(cell) is float:
        return 0 <= cell < math.inf and (unit != "count" or cell.is_integer())
    if type(cell) is int:
        return cell >= 0
    return cell is None


def every(pattern: re.Pattern[str]) -> Callable[[Sequence[str]], bool]:
    """A test that each of a column's text cells ``fullmatch``es ``pattern``, which takes no line
    break: one match over the cells joined by line breaks, with as many breaks as cells less one
    (a cell that holds a break would otherwise pass for two)."""
    joined = re.compile(f"(?:{pattern.pattern})(?:\n(?:{pattern.pattern}))*+")

    def test(cells: Sequence[str]) -> bool:
        written = "\n".join(cells)
        return written.count("\n") == len(cells) - 1 and joined.fullmatch(written) is not None

    return test


def all_kept(unit: str) -> Callable[[Sequence[Cell], bool], bool]:
    """A test that ``kept`` takes each of a column's cells in ``unit``: a column at a time, where
    ``kept`` takes a cell at a time. Its second argument says every cell is text (a CSV's)."""
    pattern = _UNSIGNED.get(unit)
    if pattern is None:  # a share or rate: kept only blank
        return lambda cells, text: len(cells) == cells.count("") + (0 if text else cells.count(None))
    test = every(pattern)  # which takes a blank cell: only the others are looked at

    def given(cells: Sequence[Cell], text: bool) -> bool:
        if not text and any(map(_is_bool, cells)):  # False is blank to ``filter``, and not kept
            return False
        written: list[Cell] = list(filter(None, cells))  # most of a standard's figure cells are blank (or 0)
        if not written:
            return True
        kinds = {str} if text else set(map(type, written))
        if kinds == {str}:  # a CSV's column
            return test(cast(Sequence[str], written))
        if kinds <= {int, float}:  # a sheet's number cells: none below 0, none infinite or NaN
            numbers = cast(list[float], written)
            total = sum(numbers)  # NaN where one is
            if total != total or min(numbers) < 0 or max(numbers) == math.inf:
                return False
            return unit != "count" or all(map(float.is_integer, filter(_is_float, numbers)))
        return all(kept(cell, unit) for cell in written)

    return given


def _is_bool(cell: object) -> bool:
    return type(cell) is bool


def _is_float(cell: object) -> bool:
    return type(cell) is float


def exact(cell: NumberCell) -> Fraction | None:
    """A number cell's value, as ``read_number`` reads it (``None``: blank)."""
    if cell is None or cell == "":
        return None
    return _value(cell)


def _value(cell: str | float | int | Fraction) -> Fraction:
    if type(cell) is str:  # the usual cell, kept as written: looked for first
        return _decimal(cell)
    if isinstance(cell, Fraction):
        return cell
    return _from_number(cell)  # type: ignore[arg-type]


_EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[Inexact, Rounded])
"""Decimal arithmetic to every digit: a sum that had to be rounded would raise, not round."""


def exact_sum(cells: Sequence[NumberCell]) -> Fraction:
    """The exact sum of number cells, none blank, each as ``exact`` reads it. Decimals written as
    text and number cells (as ``_from_number`` reads them: a whole one as its integer, another as
    the decimal of its ``repr``) are added as Decimals, in C and to every digit; a value read
    otherwise, as a fraction. 100,000 fractions
    added one by one took longer than reading the roster's cells."""
    decimals: list[str | int] = [c for c in cells if type(c) is str]
    others = [c for c in cells if type(c) is not str] if len(decimals) < len(cells) else []
    decimals += [_as_decimal(c) for c in others if isinstance(c, float | int)]
    values = [Fraction(c) for c in others if c is not None and not isinstance(c, float | int)]
    with localcontext(_EXACT):
        total = Fraction(sum(map(Decimal, decimals), Decimal(0)))
    return sum(values, total)


def _as_decimal(cell: float | int) -> str | int:
    """A number cell as ``_from_number`` reads it: a whole one as its integer, another as its repr."""
    if isinstance(cell, float):
        return int(cell) if cell.is_integer() else repr(cell)
    return cell


_BLANKS = ("", None)


class Amounts(Mapping[str, Fraction | None]):
    """A row's amounts and figures by key, as a roster's reader keeps them: the row's number cells
    in a tuple, one map from each key to its cell shared by every row, and a cell made its exact
    value when it is asked for (``exact``). A province's 100,000 rows kept as a dictionary and a
    fraction a cell took a third of the time to read them and most of the memory they kept."""

    __slots__ = ("_places", "_cells")

    def __init__(self, places: Mapping[str, int], cells: Sequence[NumberCell]) -> None:
        self._places = places
        self._cells = cells

    def __getitem__(self, key: str) -> Fraction | None:
        return exact(self._cells[self._places[key]])

    def __contains__(self, key: object) -> bool:
        return key in self._places

    def __iter__(self) -> Iterator[str]:
        return iter(self._places)

    def __len__(self) -> int:
        return len(self._places)

    def __repr__(self) -> str:
        return repr(dict(self))

    def given(self, keys: Iterable[str]) -> dict[str, Fraction]:
        """The value of each of ``keys`` whose cell is not blank (each key one of these)."""
        found = {}
        for key in keys:
            cell = self._cells[self._places[key]]
            if cell is not None and cell != "":
                found[key] = _value(cell)
        return found

    def filled(self, keys: Iterable[str]) -> bool:
        """Whether the cell of any of ``keys`` (each one of these) is not blank."""
        cells, places = self._cells, self._places
        return any(cells[places[key]] not in _BLANKS for key in keys)

    def cell(self, key: str) -> NumberCell:
        """The cell of ``key`` as kept; ``None`` without a column."""
        place = self._places.get(key)
        return None if place is None else self._cells[place]


def column(rows: Sequence[Mapping[str, Fraction | None]], key: str) -> list[NumberCell]:
    """The cell of ``key`` in each of ``rows``' amounts (see ``columns``)."""
    return columns(rows)(key)


def columns(rows: Sequence[Mapping[str, Fraction | None]]) -> Callable[[str], list[NumberCell]]:
    """The cell of a key in each of ``rows``' amounts, as kept where they are ``Amounts`` (to sum
    with ``exact_sum``, no fraction made of each), else its value. The rows of one roster share one
    map of places, so for them, once that is seen, a column costs an index a row, taken in C."""
    first = rows[0] if rows else None
    if isinstance(first, Amounts):
        places = first._places
        try:
            shared = all(map(is_, map(_PLACES, rows), repeat(places)))
        except AttributeError:  # a row's amounts not ``Amounts``
            shared = False
        if shared:
            cells = list(map(_CELLS, rows))

            def taken(key: str) -> list[NumberCell]:
                place = places.get(key)
                return [None] * len(cells) if place is None else list(map(itemgetter(place), cells))

            return taken
    return lambda key: [a.cell(key) if isinstance(a, Amounts) else a.get(key) for a in rows]


_PLACES, _CELLS = attrgetter("_places"), attrgetter("_cells")


def plain_row(units: Sequence[str]) -> re.Pattern[str] | None:
    """The number cells of ``units``, joined by tabs, when each is one ``kept`` takes as text: one
    match for a row's every number cell (none can hold a tab). ``None`` when a unit has none."""
    if any(unit not in _UNSIGNED for unit in units):
        return None
    return re.compile("\t".join(_UNSIGNED[unit].pattern for unit in units))


exact_text = plain_number
"""A figure written out in full: the one rule, ``quantity.plain_number``, by the name the roster's
renderer imports."""
