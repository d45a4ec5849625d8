"""Reports as an Excel workbook (``.xlsx``), which Excel, WPS and LibreOffice open alike with no
encoding to choose: the same table as the CSV, with numbers stored as numbers and dates as dates,
text never read as a formula, the header row frozen and filterable, columns as wide as their
content, and the input warnings on a second sheet. Written with the optional XlsxWriter
(``pip install 'zone-gap[xlsx]'``)."""

from __future__ import annotations

import io
import math
import unicodedata
from datetime import datetime
from typing import Any

from zone_gap.i18n import Lang, Message, text
from zone_gap.io.problem import Problem, UsageError
from zone_gap.render.spreadsheet import Grid

WIDEST = 48
"""A column is made at most this wide (in the width of a Latin letter); longer text wraps."""
LINE = 16
"""The height of a line of text, in points, Chinese included (Excel's default row is 15)."""
DATE = "yyyy-mm-dd"
"""How a date cell shows, in every locale: as the tool writes dates everywhere else."""


def width(value: str, wide: float = 2) -> float:
    """How many Latin letters wide ``value`` is drawn, a Chinese character counting ``wide``: two
    to size a column (it then fits), 1.6 to count the lines a text wraps to (it is drawn about 1.5
    letters wide, so the row is never too short)."""
    return sum(wide if unicodedata.east_asian_width(c) in "WF" else 1 for c in value)


def _column_widths(header: list[str], rows: list[list[str]]) -> list[int]:
    found = [math.ceil(width(h)) for h in header]
    for row in rows:
        for i, cell in enumerate(row):
            found[i] = max(found[i], math.ceil(width(cell)))
    return [min(w, WIDEST) + 2 for w in found]


def _lines(row: list[str], widths: list[int]) -> int:
    """How many lines the row's longest text wraps to in its column (less about a letter of margin)."""
    needed = [math.ceil(width(cell, 1.6) / max(1, w - 1)) for cell, w in zip(row, widths, strict=True)]
    return max([1, *needed])


def _places(number: str) -> str:
    """The number format that shows a number with the places its text has (``53.78``: ``0.00``), no
    more: Excel's General would show ``53.776192``, or round a figure to its bar in a narrow column."""
    decimals = len(number.partition(".")[2])
    return "0." + "0" * decimals if decimals else "0"


def _sheet(
    book: Any,
    name: str,
    header: list[str],
    rows: list[list[str]],
    numbers: frozenset[int],
    dates: frozenset[int] = frozenset(),
) -> None:
    """One sheet, a date a date cell (``2020-06-30``, which sorts and filters as a date). Each row is
    given the height its wrapped text needs: LibreOffice keeps the height a workbook gives and cuts
    off what does not fit, where Excel would grow the row itself."""
    sheet = book.add_worksheet(name)
    bold = book.add_format({"bold": True, "text_wrap": True, "valign": "top"})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    day = book.add_format({"valign": "top", "num_format": DATE})
    shown: dict[str, Any] = {}
    widths = _column_widths(header, rows)
    for r, row in enumerate([header, *rows]):
        lines = _lines(row, widths)
        sheet.set_row(r, LINE * lines if lines > 1 else None)
        for c, cell in enumerate(row):
            if not cell:
                continue
            if r == 0:
                sheet.write_string(r, c, cell, bold)
            elif c in dates:
                sheet.write_datetime(r, c, datetime.fromisoformat(cell), day)
            elif c in numbers:
                places = _places(cell)
                if places not in shown:
                    shown[places] = book.add_format({"valign": "top", "num_format": places})
                sheet.write_number(r, c, float(cell), shown[places])
            else:
                sheet.write_string(r, c, cell, wrap)
    for c, w in enumerate(widths):
        sheet.set_column(c, c, w)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(rows), 1), len(header) - 1)
    sheet.set_paper(9)  # A4, landscape, as wide as one page, the header on every page
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)


def _warnings(problems: list[Problem], lang: Lang) -> list[list[str]]:
    return [
        [
            p.file,
            str(p.position.line) if p.position else "",
            str(p.position.column) if p.position else "",
            p.message.render(lang),
        ]
        for p in problems
    ]


def render_xlsx(grid: Grid, lang: Lang, name: str) -> bytes:
    """The grid as a workbook: sheet ``name``, and the warnings (if any) on a sheet of their own."""
    try:
        import xlsxwriter  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        raise UsageError(Message("xlsx_needs_extra")) from None
    out = io.BytesIO()
    options = {"in_memory": True, "strings_to_numbers": False, "strings_to_formulas": False}
    book = xlsxwriter.Workbook(out, options | {"strings_to_urls": False})
    _sheet(book, name, grid.header, grid.rows, grid.numbers, grid.dates)
    if grid.warnings:
        header = [text(f"csv_{k}", lang) for k in ("file", "line", "column", "notes")]
        _sheet(book, text("warnings_title", lang), header, _warnings(grid.warnings, lang), frozenset({1, 2}))
    book.close()
    return out.getvalue()
