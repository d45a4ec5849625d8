"""A roster's cells read as what their column holds: text, a date, an amount or count, yes or no.
Each reader returns the value, or a catalogue message saying why it cannot, and any doubt about a
value it did read (a number written with 万 or with thousands separators).

A roster may have 100,000 rows, so a reader does the least it can for the usual cell: a blank cell
is one shared ``BLANK``, a date written as text is parsed once for all the cells that write it the
same way, and a decimal is made a ``Fraction`` from its digits (not through ``Fraction``'s own
parser, which takes several times as long)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any, Generic, NamedTuple, TypeVar

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

_DATE = re.compile(r"^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$")
_PLAIN = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_SCALED = re.compile(r"^([+-]?\d+(?:\.\d+)?)\s*(万|亿)元?$")
_PERCENT = re.compile(r"^([+-]?\d+(?:\.\d+)?)\s*%$")
_YES = {"是", "yes", "y", "true", "1", "√", "✓"}
_NO = {"否", "no", "n", "false", "0", "×", "✗"}


def text(cell: Cell) -> str:
    """A cell as text: a whole number without ``.0`` (an XLSX stores every number as a float)."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def blank(cells: Sequence[Cell]) -> bool:
    """Every cell of a row blank, as ``text`` reads them (none, or nothing but spaces)."""
    return not any(c.strip() if isinstance(c, str) else c is not None for c in cells)


def read_date(cell: Cell) -> Read[date]:
    if isinstance(cell, datetime):
        return Read(cell.date())
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
        return Read(error=Message("roster_date_unreadable", text=written))
    year, month, day = (int(g) for g in match.groups())
    try:
        return Read(date(year, month, day))
    except ValueError:
        return Read(error=Message("roster_date_impossible", text=written))


_YES_NO = {**dict.fromkeys(_YES, Read(True)), **dict.fromkeys(_NO, Read(False))}


def read_yes_no(cell: Cell) -> Read[bool]:
    written = text(cell).lower()
    if not written:
        return BLANK
    found: Read[bool] | None = _YES_NO.get(written)
    return found if found is not None else Read(error=Message("roster_yes_no", text=text(cell)))


def read_number(cell: Cell, unit: str) -> Read[Fraction]:
    """An amount (万元), a count or another number. ``1,234.5`` is read as 1234.5 and ``1.2万`` in
    a 万元 column as 1.2 (the 万 taken as 万元), ``3亿`` as 30000, each with a warning; a count is a
    whole number, a share or rate is written with % (or is a percentage cell)."""
    if isinstance(cell, str):  # a CSV's every cell; tried first, as it is none of the kinds below
        written = cell.strip().replace(" ", "").replace("\u3000", "")
    elif isinstance(cell, (bool, date, time, timedelta)):
        return Read(error=Message("roster_number_unreadable", text=text(cell)))
    elif isinstance(cell, int | float):
        value = _from_number(cell)
        return _checked(value, unit, None)
    else:
        written = text(cell).replace(" ", "").replace("\u3000", "")
    if not written:
        return BLANK
    if unit in ("share", "rate"):
        match = _PERCENT.match(written)
        if match is None:
            return Read(error=Message("roster_percent", text=written))
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
    return Read(error=Message("roster_number_unreadable", text=written))


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


exact_text = plain_number
"""A figure written out in full: the one rule, ``quantity.plain_number``, by the name the roster's
renderer imports."""
