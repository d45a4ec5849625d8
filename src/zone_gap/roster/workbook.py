"""What an XLSX workbook says of a sheet's cells beyond the values calamine gives: which formula
cells were never calculated, and which cells are formatted as percentages. Read from the workbook's
XML, and only where a roster needs it, so that the usual workbook costs nothing more:

- a workbook written by a program rather than by Excel, WPS or LibreOffice (XlsxWriter, openpyxl)
  holds its formulas uncalculated — XlsxWriter writes 0 as each one's value, openpyxl none — and asks
  to be calculated when it is opened (``fullCalcOnLoad``). Only such a workbook's sheet is searched
  for formula cells, once, as it is read; the values Excel, WPS and LibreOffice save are their
  formulas' results;
- a number cell in a share column is 12% when it is formatted as a percentage (Excel keeps 0.12) and
  a bare number otherwise: the formats are read the first time such a cell is met.

The XML is searched with regular expressions over the sheet as it is unzipped, a megabyte at a time:
no tree is built, and nothing is expanded that the file declares (no entity, no DTD)."""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import cached_property

_CALCULATE_ON_OPENING = re.compile(rb"<(?:\w+:)?calcPr\b[^>]*\bfullCalcOnLoad\s*=\s*[\"'](?:1|true)[\"']")
_ATTRIBUTE = re.compile(rb"([\w:]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")
_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")
_FORMULA_CELL = re.compile(
    rb"<c\b([^>]*)>\s*<f\b[^>]*?(?:/>|>([^<]*)</f>)\s*(?:<v\s*/>|<v>([^<]*)</v>)?", re.DOTALL
)
_REFERENCE = re.compile(rb"\br\s*=\s*[\"']([A-Z]{1,3})([0-9]+)[\"']")
_STYLE = re.compile(rb"\bs\s*=\s*[\"']([0-9]+)[\"']")
_CELL_XFS = re.compile(rb"<(?:\w+:)?cellXfs\b.*?</(?:\w+:)?cellXfs>", re.DOTALL)
_XF = re.compile(rb"<(?:\w+:)?xf\b[^>]*>")
_NUMBER_FORMAT = re.compile(rb"<(?:\w+:)?numFmt\b[^>]*>")
_PERCENT_FORMATS = frozenset({9, 10})
"""The built-in number formats ``0%`` and ``0.00%``."""
_CHUNK = 1 << 20


def _attributes(tag: bytes) -> dict[str, str]:
    return {
        m.group(1).decode("ascii", "replace"): html.unescape((m.group(2) or m.group(3) or b"").decode())
        for m in _ATTRIBUTE.finditer(tag)
    }


def column_index(letters: bytes) -> int:
    """A column's letters as its index from 0: A → 0, Z → 25, AA → 26."""
    index = 0
    for byte in letters:
        index = index * 26 + byte - 64
    return index - 1


@dataclass(frozen=True)
class SheetXml:
    """The XML of one sheet of a workbook (``raw``: the workbook's bytes), read only when asked."""

    raw: bytes
    part: str
    """The sheet's part in the zip, ``xl/worksheets/sheet1.xml``."""
    calculated: bool
    """False: the workbook asks to be calculated when opened, its formulas' values never worked out."""

    def _zip(self) -> zipfile.ZipFile:
        return zipfile.ZipFile(io.BytesIO(self.raw))

    def _chunks(self) -> Iterator[bytes]:
        """The sheet's XML in pieces that each end before a cell, so that no cell is cut in two."""
        with self._zip() as book, book.open(self.part) as stream:
            carried = b""
            while chunk := stream.read(_CHUNK):
                text = carried + chunk
                cut = text.rfind(b"<c ")
                if cut <= 0:
                    carried = text
                    continue
                yield text[:cut]
                carried = text[cut:]
            yield carried

    @cached_property
    def uncalculated(self) -> dict[int, dict[int, str]]:
        """The formula cells whose value was never calculated — in a workbook that asks to be
        calculated when opened, each one holding no value or 0 — by row (from 1) and column (from 0),
        each with its formula (``""`` for one that shares the formula of a cell above it)."""
        if self.calculated:
            return {}
        found: dict[int, dict[int, str]] = {}
        try:
            for chunk in self._chunks():
                if b"<f" not in chunk:
                    continue
                for match in _FORMULA_CELL.finditer(chunk):
                    value = (match.group(3) or b"").strip()
                    if value not in (b"", b"0"):
                        continue  # a value the program worked out and wrote
                    where = _REFERENCE.search(match.group(1))
                    if where is None:
                        continue
                    formula = html.unescape((match.group(2) or b"").decode("utf-8", "replace"))
                    found.setdefault(int(where.group(2)), {})[column_index(where.group(1))] = formula
        except (OSError, zipfile.BadZipFile, KeyError, EOFError, ValueError):
            return found  # calamine read the sheet; what cannot be read again is left unsaid
        return found

    def percent_cells(self, columns: Collection[int]) -> frozenset[tuple[int, int]]:
        """The cells of ``columns`` (each an index from 0) formatted as percentages, by row and column."""
        if not columns:
            return frozenset()
        try:
            percent = self._percent_styles()
            if not percent:
                return frozenset()
            letters = b"|".join(sorted(letter(c).encode() for c in columns))
            cell = re.compile(rb"<c\b[^>]*?\br\s*=\s*[\"'](" + letters + rb")([0-9]+)[\"'][^>]*>")
            found = set()
            for chunk in self._chunks():
                for match in cell.finditer(chunk):
                    style = _STYLE.search(match.group(0))
                    if style is not None and int(style.group(1)) in percent:
                        found.add((int(match.group(2)), column_index(match.group(1))))
            return frozenset(found)
        except (OSError, zipfile.BadZipFile, KeyError, EOFError, ValueError):
            return frozenset()

    def _percent_styles(self) -> frozenset[int]:
        """The cell styles (their indices in ``cellXfs``) whose number format is a percentage."""
        with self._zip() as book:
            try:
                styles = book.read("xl/styles.xml")
            except KeyError:
                return frozenset()
        custom = {}
        for tag in _NUMBER_FORMAT.findall(styles):
            attributes = _attributes(tag)
            if attributes.get("numFmtId", "").isdigit():
                custom[int(attributes["numFmtId"])] = attributes.get("formatCode", "")
        percent = _PERCENT_FORMATS | {key for key, code in custom.items() if _is_percent(code)}
        block = _CELL_XFS.search(styles)
        if block is None:
            return frozenset()
        found = set()
        for index, tag in enumerate(_XF.findall(block.group(0))):
            number_format = _attributes(tag).get("numFmtId", "0")
            if number_format.isdigit() and int(number_format) in percent:
                found.add(index)
        return frozenset(found)


def _is_percent(code: str) -> bool:
    """Whether a number format shows its number as a percentage: a ``%`` outside quoted text,
    escapes and brackets."""
    plain = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", code)
    return "%" in plain


def letter(index: int) -> str:
    """The spreadsheet letter of a column counted from 0: 0 → A, 25 → Z, 26 → AA."""
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(ord("A") + rest) + text
    return text


def sheet_xml(raw: bytes, sheet: str) -> SheetXml | None:
    """The XML of the sheet named ``sheet`` in the workbook ``raw``; ``None`` where the workbook does
    not say where it is (calamine read it all the same)."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as book:
            workbook = book.read("xl/workbook.xml")
            relations = book.read("xl/_rels/workbook.xml.rels")
            names = set(book.namelist())
    except (OSError, zipfile.BadZipFile, KeyError, EOFError, ValueError):
        return None
    wanted = next(
        (a for a in map(_attributes, _SHEET.findall(workbook)) if a.get("name") == sheet),
        None,
    )
    if wanted is None:
        return None
    link = next((v for k, v in wanted.items() if k.endswith(":id")), None)
    target = next(
        (
            a.get("Target", "")
            for a in map(_attributes, _RELATIONSHIP.findall(relations))
            if a.get("Id") == link
        ),
        "",
    )
    part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    if part not in names:
        return None
    return SheetXml(raw, part, _CALCULATE_ON_OPENING.search(workbook) is None)
