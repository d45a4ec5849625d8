"""Reports as an Excel workbook (``.xlsx``), which Excel, WPS and LibreOffice open alike with no
encoding to choose: the same table as the CSV, with numbers stored as numbers and dates as dates,
text never read as a formula, the header row frozen and filterable, and the input warnings on a
second sheet. Written with the optional XlsxWriter (``pip install 'zone-gap[xlsx]'``).

Each sheet prints on A4 landscape, its header row on every page, no smaller than ``PRINTED``: its
columns are as wide as their content where that fits the page at that size, else narrower, their
text wrapping, each row as tall as its text, and the sheet runs onto as many pages as it needs."""

from __future__ import annotations

import io
import math
import re
import unicodedata
from datetime import datetime
from typing import Any

from zone_gap.i18n import Lang, Message, text
from zone_gap.io.problem import Problem, UsageError
from zone_gap.render.columns import share
from zone_gap.render.spreadsheet import Grid

WIDEST = 48
"""A column is made at most this wide (in the width of a Latin letter); longer text wraps."""
NARROWEST = 8
"""A text column may wrap down to this width (five Chinese characters a line, in LibreOffice)."""
LINE = 16
"""The height of a line of text, in points, Chinese included (Excel's default row is 15)."""
DATE = "yyyy-mm-dd"
"""How a date cell shows, in every locale: as the tool writes dates everywhere else."""
FONT = 11
"""The sheet's text, in points (Calibri 11, XlsxWriter's default)."""
PRINTED = 7.25
"""The size (pt) the text prints at, at least: the columns fit the page at ``PRINTED / FONT`` of
their size, so fitting the sheet to the page's width never shrinks it further (a program takes the
whole percent below, 65%: 7.15 pt)."""
MARGIN = 0.25
"""The left and right margins, in inches (Excel's narrow margins)."""
PAGE = (297 / 25.4 - 2 * MARGIN) * 72
"""A4 landscape between the margins, in points."""
_WORD = re.compile(r"[^\s\u2e80-\u9fff\uff00-\uffef]+|\s|.")
"""A run that wraps as one (Latin letters, digits and signs), a space, or one Chinese character."""


def width(value: str, wide: float = 2) -> float:
    """How many Latin letters wide ``value`` is drawn, a Chinese character counting ``wide``: two
    to size a column (it then fits), 1.6 to count the lines a text wraps to (it is drawn about 1.5
    letters wide, so the row is never too short). Quotation marks, arrows and signs that a Chinese
    font draws as wide as a Chinese character (“ ” → ×; LibreOffice's Latin font, narrower) count as
    one."""
    return sum(wide if unicodedata.east_asian_width(c) in "WFA" else 1 for c in value)


def _room(columns: int) -> float:
    """How wide ``columns`` columns may be together (in the width of a Latin letter) to fit the page
    at ``PRINTED``. LibreOffice draws a column ``w`` wide ``7w + 5`` points wide at ``FONT``, Excel
    ``7w + 5`` pixels (¾ as wide): what fits one fits both."""
    return (PAGE * FONT / PRINTED - 5 * columns) / 7


def _column_widths(
    header: list[str], rows: list[list[str]], fixed: frozenset[int]
) -> tuple[list[float], bool]:
    """Each column's width, and whether they fit the page at ``PRINTED``. A column of numbers or
    dates keeps the width of its widest (a number does not wrap: a cell too narrow shows ``###``),
    its header wrapping; a text column may be narrower than its text down to ``NARROWEST``."""
    need = []
    least = []
    for i, head in enumerate(header):
        cells = [row[i] for row in rows]
        widest = max([0, *(width(c) for c in cells)])
        need.append(min(max(width(head), widest), WIDEST) + 2)
        if i in fixed:
            least.append(max(widest, 4) + 1)
        else:
            least.append(min(need[-1], NARROWEST))
    room = _room(len(header))
    if sum(need) <= room:
        return need, True
    if sum(least) <= room:
        return [math.floor(w * 10) / 10 for w in share(need, least, room)], True
    return least, False


def _lines(cell: str, column: float) -> int:
    """How many lines ``cell`` wraps to in a column ``column`` wide (less a letter of margin): at a
    space, or between two Chinese characters; a run longer than a line breaks anywhere."""
    room = max(1.0, column - 1)
    lines = 0
    for paragraph in cell.split("\n"):
        lines += 1
        used = 0.0
        for word in _WORD.findall(paragraph):
            size = width(word, 1.6)
            if used + size > room and used and not word.isspace():
                lines += 1
                used = 0.0
            if size > room:
                lines += math.ceil(size / room) - 1
                size = size % room
            used += size
    return lines


def _height(row: list[str], widths: list[float]) -> float | None:
    """A row's height: as many lines as its longest text wraps to (``None``: one, the default)."""
    lines = max([1, *(_lines(cell, w) for cell, w in zip(row, widths, strict=True) if cell)])
    return LINE * lines if lines > 1 else None


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
    lang: Lang,
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
    widths, fits = _column_widths(header, rows, numbers | dates)
    for r, row in enumerate([header, *rows]):
        sheet.set_row(r, _height(row, widths))
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
    _page_setup(sheet, fits, lang)


def _page_setup(sheet: Any, fits: bool, lang: Lang) -> None:
    """A4 landscape, the header row on every page, each page numbered; one page wide where the
    columns fit it at ``PRINTED`` (fitting never shrinks them further), else at ``PRINTED`` on as
    many pages across as they need."""
    sheet.set_paper(9)
    sheet.set_landscape()
    sheet.set_margins(left=MARGIN, right=MARGIN, top=0.5, bottom=0.6)  # the page number below
    sheet.repeat_rows(0)
    sheet.set_footer("&C" + text("sheet_page", lang, page="&P", pages="&N"))
    if fits:
        sheet.fit_to_pages(1, 0)
    else:
        sheet.set_print_scale(math.floor(PRINTED / FONT * 100))


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
    _sheet(book, name, grid.header, grid.rows, lang, grid.numbers, grid.dates)
    if grid.warnings:
        header = [text(f"csv_{k}", lang) for k in ("file", "line", "column", "notes")]
        rows = _warnings(grid.warnings, lang)
        _sheet(book, text("warnings_title", lang), header, rows, lang, frozenset({1, 2}))
    book.close()
    return out.getvalue()
