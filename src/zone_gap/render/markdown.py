"""Any sheet as Markdown, to paste into meeting papers."""

from __future__ import annotations

from zone_gap.render.sheet import Block, Sheet


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", "<br>")


def _block(block: Block, level: str = "##") -> list[str]:
    columns = block.columns
    lines = [f"{level} {block.title}", "", "| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for group in block.groups:
        if group.title is not None:
            lines.append(f"| **{_cell(group.title)}** |" + " |" * (len(columns) - 1))
        lines += ["| " + " | ".join(_cell(cell) for cell in row.cells) + " |" for row in group.rows]
    lines.append("")
    if block.notes:
        lines += [f"- {_cell(note)}" for note in block.notes]
        lines.append("")
    return lines


def render_markdown(sheet: Sheet, *, top: bool = True) -> str:
    """The sheet as a Markdown document, or (``top=False``) as a part of one, a level lower."""
    lines = [f"# {sheet.heading}" if top else f"**{sheet.heading}**", ""]
    for block in sheet.blocks:
        lines += _block(block, "##" if top else "###")
    for line in sheet.closing:
        lines += [line, ""]
    if sheet.warnings:
        lines += [f"{'##' if top else '###'} {sheet.warnings_title}", ""]
        lines += [f"- {_cell(line)}" for line in sheet.warnings]
        lines.append("")
    return "\n".join(lines)
