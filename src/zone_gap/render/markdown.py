"""Any sheet as Markdown, to paste into meeting papers. Text from input files (a park name, the
evidence for a clause) is escaped so that it reads as text and never becomes HTML."""

from __future__ import annotations

import re

from zone_gap.render.sheet import Block, Sheet

_ENTITY = re.compile(r"&(?=#?\w+;)")


def text(value: str) -> str:
    """``value`` with ``<`` and ``>`` as entities, so ``<script>`` shows and does not run; and ``&``
    where it would start an entity (``&lt;`` stays as written). A bare ``&`` ("R&D") is left alone:
    Markdown shows it as it is, and ``R&amp;D`` would only garble the text for whoever reads it raw."""
    return _ENTITY.sub("&amp;", value).replace("<", "&lt;").replace(">", "&gt;")


def cell(value: str) -> str:
    """``value`` escaped for a table cell: also ``|``, and line breaks as ``<br>``."""
    return text(value).replace("|", "\\|").replace("\n", "<br>")


def _block(block: Block, level: str = "##") -> list[str]:
    columns = [cell(c) for c in block.columns]
    lines = [
        f"{level} {text(block.title)}",
        "",
        "| " + " | ".join(columns) + " |",
        "|" + "---|" * len(columns),
    ]
    for group in block.groups:
        if group.title is not None:
            lines.append(f"| **{cell(group.title)}** |" + " |" * (len(columns) - 1))
        lines += ["| " + " | ".join(cell(c) for c in row.cells) + " |" for row in group.rows]
    lines.append("")
    if block.notes:
        lines += [f"- {cell(note)}" for note in block.notes]
        lines.append("")
    return lines


def render_markdown(sheet: Sheet, *, top: bool = True) -> str:
    """The sheet as a Markdown document, or (``top=False``) as a part of one, a level lower."""
    heading = text(sheet.heading)
    lines = [f"# {heading}" if top else f"**{heading}**", ""]
    for block in sheet.blocks:
        lines += _block(block, "##" if top else "###")
    for line in sheet.closing:
        lines += [text(line), ""]
    if sheet.warnings:
        lines += [f"{'##' if top else '###'} {text(sheet.warnings_title)}", ""]
        lines += [f"- {cell(line)}" for line in sheet.warnings]
        lines.append("")
    return "\n".join(lines)
