"""Any sheet as Markdown, to paste into meeting papers or turn into Word with pandoc. Text from input
files (a park name, the evidence for a clause) is escaped so that it reads as text and never becomes
HTML.

Tables are pipe tables whose separator row gives each column dashes in proportion to its content:
pandoc takes those as the columns' relative widths whenever a line is longer than its ``--columns``
(72), and the separator row is made longer than that, so in a ``.docx`` the name column is wide and
the status column narrow, not all of them equal, and no figure is split: on a portrait page where
the columns fit it so, else on the landscape page of the reference document shipped for Word. A
group of rows (a dimension, a department) is a heading over a table of its own, which Word keeps on
the page of its first rows."""

from __future__ import annotations

import re
import unicodedata

from zone_gap.render.columns import share
from zone_gap.render.sheet import Block, Sheet

_ENTITY = re.compile(r"&(?=#?\w+;)")

PAGE = 78
"""A page's text width in sixths of the font size: 6.5 inches at Word's 12-point body text (pandoc's
default page, Letter portrait). The separator row's dashes add up to this or to ``LANDSCAPE``, more
than pandoc's default 72 columns, so pandoc always takes them as the widths."""
LANDSCAPE = 121
"""The text width of the landscape reference document shipped for Word (``docs/word/横向.docx``:
A4 landscape, 2 cm margins) in the same measure: where a table's columns do not fit a portrait page
without splitting a number, they are shared out over this one."""
PADDING = 2
"""What a cell's margins take, in letters."""
SHORT = 12
"""A column no wider than this (a status, a percentage) keeps its whole width: it never wraps."""
WORD = 16
"""A column is kept at least as wide as its longest word (``≥20.00%``) no wider than this: an
identifier longer than that breaks anyway."""
LINE = 8
"""Nor is a longer column narrower than four Chinese characters."""
NAME = 14
"""The first column, the names, is given at least this (seven Chinese characters a line) where its
names are that long and the page has room: it is never the narrowest, a name over five lines."""
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


def _longest_word(value: str, *, figures: bool = False) -> float:
    """The widest run that cannot break: Latin letters, digits and signs (a Chinese text breaks
    between any two characters); with ``figures``, of those holding a digit. A run wider than
    ``WORD`` (an identifier) breaks anyway, and is not counted."""
    words = [width(w) for w in _WORD.findall(value) if not figures or any(c.isdigit() for c in w)]
    return max([w for w in words if w <= WORD], default=2 if value else 0)


def separator_row(columns: list[str], rows: list[list[str]]) -> str:
    """``|---|------|`` with dashes in proportion to each column's widest cell (at most ``WIDEST``;
    a header may wrap onto two lines) and its margins, sized for the narrower page the columns fit
    with no figure split: a portrait page, else the landscape one. Where they do not fit at their
    widest, the short ones (a status, a figure) keep their width and the others share the rest in
    proportion, none narrower than the first of these that fits: its longest word or four Chinese
    characters, the names seven; the same but the names; its longest figure or four Chinese
    characters (a longer English word breaks), the names seven; the same but the names. Where
    nothing fits, each column gets the same part of that last."""
    cells = [[row[i] for row in rows] for i in range(len(columns))]
    need: list[float] = []
    words: list[float] = []
    figures: list[float] = []
    for header, body in zip(columns, cells, strict=True):
        natural = max([width(header) / 2, *(width(c.replace("\n", "; ")) for c in body)])
        need.append(min(natural, WIDEST) + PADDING)
        word = max(_longest_word(c) for c in [header, *body])
        figure = max(_longest_word(c, figures=True) for c in body) if body else 0
        words.append(need[-1] if natural <= SHORT else max(word, LINE) + PADDING)
        figures.append(need[-1] if natural <= SHORT else max(figure, LINE) + PADDING)
    name = min(need[0], NAME + PADDING)
    floors = [[max(f[0], name), *f[1:]] for f in (words, figures)]
    floors = [floors[0], words, floors[1], figures]
    for page in (PAGE, LANDSCAPE):
        if sum(need) <= page:
            return _dashes(need, page)
        fit = next((floor for floor in floors if sum(floor) < page), None)
        if fit is not None:
            return _dashes(share(need, fit, page), page)
    return _dashes(figures, LANDSCAPE)


def _dashes(shares: list[float], page: int) -> str:
    """The separator row: ``page`` dashes in all, shared as ``shares``."""
    total = sum(shares)
    return "|" + "".join("-" * max(3, round(s * page / total)) + "|" for s in shares)


def table(columns: list[str], rows: list[list[str]], separator: str = "; ", widths: str = "") -> list[str]:
    """A pipe table: the header, the proportional separator row (``widths``, or one for these rows),
    then the rows."""
    lines = ["| " + " | ".join(cell(c) for c in columns) + " |", widths or separator_row(columns, rows)]
    return lines + ["| " + " | ".join(cell(c, separator) for c in row) + " |" for row in rows]


def _block(block: Block, level: str, separator: str) -> list[str]:
    """The block's title, then a table for each group, under the group's title as a heading one level
    lower: Word keeps a heading on the page of what follows it, where a heading row of a table may end
    a page with its rows on the next. The tables take the same widths, from all the block's rows."""
    widths = separator_row(block.columns, [row.cells for group in block.groups for row in group.rows])
    lines = [f"{level} {text(block.title)}", ""]
    for group in block.groups:
        if group.title is not None:
            lines += [f"{level}# {text(group.title)}", ""]
        lines += [*table(block.columns, [row.cells for row in group.rows], separator, widths), ""]
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
