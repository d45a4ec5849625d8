"""Any sheet as Markdown, to paste into meeting papers or turn into Word with pandoc. Text from input
files (a park name, the evidence for a clause) is escaped so that it reads as text and never becomes
HTML.

Tables are pipe tables whose separator row gives each column dashes in proportion to its content:
pandoc takes those as the columns' relative widths whenever a line is longer than its ``--columns``
(72), and the separator row is made longer than that, so in a ``.docx`` the name column is wide and
the status column narrow, not all of them equal."""

from __future__ import annotations

import re
import unicodedata

from zone_gap.render.columns import share
from zone_gap.render.sheet import Block, Sheet

_ENTITY = re.compile(r"&(?=#?\w+;)")

PAGE = 78
"""A page's text width in sixths of the font size: 6.5 inches at Word's 12-point body text. The
separator row's dashes add up to this, more than pandoc's default 72 columns, so pandoc always
takes them as the widths."""
PADDING = 2
"""What a cell's margins take, in letters."""
SHORT = 12
"""A column no wider than this (a status, a percentage) keeps its whole width: it never wraps."""
WORD = 16
"""A column is kept at least as wide as its longest word (``≥20.00%``), up to this: an identifier
longer than that may break."""
LINE = 8
"""Nor is a longer column narrower than four Chinese characters."""
WIDEST = 60
"""A longer cell counts as this wide: it wraps anyway, and must not squeeze the other columns."""
_WORD = re.compile(r"[^\s\u2e80-\u9fff\uff00-\uffef]+")


def text(value: str) -> str:
    """``value`` with ``<`` and ``>`` as entities, so ``<script>`` shows and does not run; and ``&``
    where it would start an entity (``&lt;`` stays as written). A bare ``&`` ("R&D") is left alone:
    Markdown shows it as it is, and ``R&amp;D`` would only garble the text for whoever reads it raw."""
    return _ENTITY.sub("&amp;", value).replace("<", "&lt;").replace(">", "&gt;")


def cell(value: str, separator: str = "; ") -> str:
    """``value`` escaped for a table cell: also ``|``, and a line break as ``separator`` and ``<br>``
    (pandoc drops the ``<br>`` on the way to Word, which keeps the separator between the lines)."""
    return text(value).replace("|", "\\|").replace("\n", separator + "<br>")


def width(value: str) -> float:
    """How wide ``value`` is drawn, in sixths of the font size: a Chinese character is as wide as
    the font is high (2); a digit, a sign or a Latin letter counts 1.4 — the width of a digit in the
    wider fonts that stand in for Word's (0.64 of the size in DejaVu Sans), with room for ``%`` and
    ``≥``, which are wider still."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1.4 for c in value)


def _longest_word(value: str) -> float:
    """The widest run that cannot break: Latin letters, digits and signs (a Chinese text breaks
    between any two characters)."""
    return max((width(w) for w in _WORD.findall(value)), default=2 if value else 0)


def separator_row(columns: list[str], rows: list[list[str]]) -> str:
    """``|---|------|`` with dashes in proportion to each column's widest cell (at most ``WIDEST``;
    a header may wrap onto two lines) and its margins. Where the columns do not fit on the page, the
    short ones keep their width and the others share the rest in proportion, none narrower than its
    longest word or four Chinese characters; where not even that fits, each column gets the same
    part of that least width."""
    cells = [[row[i] for row in rows] for i in range(len(columns))]
    need: list[float] = []
    least: list[float] = []
    for header, body in zip(columns, cells, strict=True):
        natural = max([width(header) / 2, *(width(c.replace("\n", "; ")) for c in body)])
        need.append(min(natural, WIDEST) + PADDING)
        word = min(WORD, max(_longest_word(c) for c in [header, *body]))
        least.append(need[-1] if natural <= SHORT else max(word, LINE) + PADDING)
    if sum(need) <= PAGE:
        shares = need
    elif sum(least) < PAGE:
        shares = share(need, least, PAGE)
    else:  # too many columns for the page: each gets the same part of its least
        shares = least
    total = sum(shares)
    return "|" + "".join("-" * max(3, round(s * PAGE / total)) + "|" for s in shares)


def table(columns: list[str], rows: list[str | list[str]], separator: str = "; ") -> list[str]:
    """A pipe table: the header, the proportional separator row, then the rows; a row given as one
    string is a heading across the table, set in bold."""
    body = [row for row in rows if not isinstance(row, str)]
    lines = ["| " + " | ".join(cell(c) for c in columns) + " |", separator_row(columns, body)]
    for row in rows:
        if isinstance(row, str):
            lines.append(f"| **{cell(row)}** |" + " |" * (len(columns) - 1))
        else:
            lines.append("| " + " | ".join(cell(c, separator) for c in row) + " |")
    return lines


def _block(block: Block, level: str, separator: str) -> list[str]:
    rows: list[str | list[str]] = []
    for group in block.groups:
        if group.title is not None:
            rows.append(group.title)
        rows += [row.cells for row in group.rows]
    lines = [f"{level} {text(block.title)}", "", *table(block.columns, rows, separator), ""]
    if block.notes:
        lines += [f"- {cell(note)}" for note in block.notes]
        lines.append("")
    return lines


def render_markdown(sheet: Sheet, *, top: bool = True) -> str:
    """The sheet as a Markdown document, or (``top=False``) as a part of one, a level lower."""
    heading = text(sheet.heading)
    lines = [f"# {heading}" if top else f"**{heading}**", ""]
    for block in sheet.blocks:
        lines += _block(block, "##" if top else "###", sheet.separator)
    for line in sheet.closing:
        lines += [text(line), ""]
    if sheet.warnings:
        lines += [f"{'##' if top else '###'} {text(sheet.warnings_title)}", ""]
        lines += [f"- {cell(line)}" for line in sheet.warnings]
        lines.append("")
    return "\n".join(lines)
