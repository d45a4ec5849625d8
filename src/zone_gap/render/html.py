"""The meeting pack as one self-contained HTML page: no script, style sheet, font or image from
outside; charts inline SVG; the system's fonts for Chinese; clean A4 print."""

from __future__ import annotations

import re
from html import escape

from zone_gap.i18n import Lang, text
from zone_gap.render.chart import render_chart
from zone_gap.render.pack import Pack
from zone_gap.render.sheet import Block, Sheet

STYLE = """
:root { --ink: #1b1b1b; --muted: #5f6368; --rule: #d0d7de;
        --good: #1e7b34; --bad: #b3261e; --unsure: #8a6d00; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
       "WenQuanYi Micro Hei", sans-serif; color: var(--ink); margin: 24px auto; max-width: 1040px;
       font-size: 13px; line-height: 1.45; }
h1 { font-size: 22px; margin: 0 0 8px; }
h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 2px solid var(--ink); padding-bottom: 3px; }
h3 { font-size: 14px; margin: 16px 0 6px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0 0 12px; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: 6px 0; font-size: 12px; }
th, td { border: 1px solid var(--rule); padding: 3px 6px; text-align: left; vertical-align: top; }
thead th { background: #f2f4f7; }
tr.group th { background: #e8ecf1; text-align: left; }
tr.sub td:first-child { padding-left: 18px; color: var(--muted); }
td.good, td.bad, td.unsure { white-space: nowrap; }
td.good { color: var(--good); font-weight: 600; }
td.bad { color: var(--bad); font-weight: 600; }
td.unsure { color: var(--unsure); font-weight: 600; }
ul.notes, ul.lines { margin: 4px 0 10px; padding-left: 20px; color: var(--muted); font-size: 11.5px; }
ul.notes { list-style: none; padding-left: 0; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 12px 16px; }
figure { margin: 0; border: 1px solid var(--rule); padding: 8px;
         break-inside: avoid; page-break-inside: avoid; }
figure h3 { margin: 0 0 4px; }
figcaption { color: var(--muted); font-size: 11.5px; }
code { font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", monospace; font-size: 0.92em;
       background: #f2f4f7; padding: 0 3px; border-radius: 3px; }
svg.chart { width: 100%; height: auto; display: block; }
svg .grid { stroke: #e3e6ea; stroke-width: 1; }
svg .tick, svg .legend { font-size: 11px; fill: var(--muted); }
svg .value { font-size: 10.5px; fill: var(--ink); }
svg .empty { font-size: 14px; fill: var(--muted); }
svg circle.actual { fill: #1f4e79; }
svg circle.projected { fill: #fff; stroke: #1f77b4; stroke-width: 2; }
footer { margin-top: 24px; color: var(--muted); font-size: 11px; border-top: 1px solid var(--rule);
         padding-top: 6px; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5px; }
  table { font-size: 9.5px; }
  thead { display: table-header-group; }
  tr, figure { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
  section.page { break-before: page; page-break-before: always; }
  .charts { grid-template-columns: 1fr 1fr; }
}
"""


def _code(escaped: str) -> str:
    """`key` as <code>key</code>: the keys a user writes in the file, set apart."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", escaped)


def _block(block: Block) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in block.columns)
    rows = []
    for group in block.groups:
        if group.title is not None:
            rows.append(
                f'<tr class="group"><th colspan="{len(block.columns)}">{escape(group.title)}</th></tr>'
            )
        for row in group.rows:
            cells = []
            for i, cell in enumerate(row.cells):
                tone = f' class="{row.tone}"' if i == block.status_column and row.tone else ""
                shown = _code(escape(cell)).replace("\n", "<br>")
                cells.append(f"<td{tone}>{shown}</td>")
            row_class = ' class="sub"' if row.sub else ""
            rows.append(f"<tr{row_class}>{''.join(cells)}</tr>")
    notes = "".join(f"<li>{_code(escape(n))}</li>" for n in block.notes)
    return (
        f"<h3>{escape(block.title)}</h3><table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody>"
        f"</table>" + (f'<ul class="notes">{notes}</ul>' if notes else "")
    )


def _sheet(sheet: Sheet, *, heading: bool = True) -> str:
    parts = [f"<p><strong>{escape(sheet.heading)}</strong></p>"] if heading else []
    parts += [_block(b) for b in sheet.blocks]
    parts += [f"<p>{escape(line)}</p>" for line in sheet.closing]
    if sheet.warnings:
        items = "".join(f"<li>{escape(w)}</li>" for w in sheet.warnings)
        parts.append(f'<h3>{escape(sheet.warnings_title)}</h3><ul class="lines">{items}</ul>')
    return "".join(parts)


def render_html(pack: Pack, lang: Lang) -> str:
    facts = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in pack.facts)
    figures = "".join(
        f"<figure><h3>{escape(f.chart.title)}</h3>{render_chart(f.chart)}<figcaption>{escape(f.caption)}"
        f"</figcaption></figure>"
        for f in pack.figures
    )
    sections = [
        f'<header><h1>{escape(pack.title)}</h1><dl class="facts">{facts}</dl></header>',
        f"<section><h2>{escape(text('pack_gaps', lang))}</h2>{_sheet(pack.check, heading=False)}</section>",
        f'<section class="page"><h2>{escape(text("pack_charts", lang))}</h2>'
        f'<div class="charts">{figures}</div></section>',
    ]
    if pack.plan is not None:
        sections.append(
            f'<section class="page"><h2>{escape(text("pack_plan", lang))}</h2>{_sheet(pack.plan)}</section>'
        )
    if pack.ledger is not None:
        sections.append(
            f'<section class="page"><h2>{escape(text("pack_ledger", lang))}</h2>'
            f"{_sheet(pack.ledger, heading=False)}</section>"
        )
    notes = "".join(f"<li>{escape(n)}</li>" for n in pack.footnotes)
    sections.append(f"<footer><ol>{notes}</ol></footer>")
    language = "zh-CN" if lang == Lang.ZH else "en"
    return (
        f'<!DOCTYPE html>\n<html lang="{language}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(pack.title)}</title><style>{STYLE}</style></head><body>"
        + "".join(sections)
        + "</body></html>\n"
    )


def render_pack_markdown(pack: Pack, lang: Lang) -> str:
    from zone_gap.render.markdown import render_markdown, table
    from zone_gap.render.markdown import text as md

    lines = [f"# {md(pack.title)}", ""]
    lines += [f"- **{md(k)}**: {md(v)}" for k, v in pack.facts] + [""]
    lines += [f"## {md(text('pack_gaps', lang))}", "", render_markdown(pack.check, top=False)]
    lines += [f"## {md(text('pack_charts', lang))}", ""]
    for figure in pack.figures:
        header = [text("col_year", lang), *(s.label for s in figure.chart.series)]
        lines += [f"### {md(figure.chart.title)}", "", md(figure.caption), ""]
        if figure.rows:
            lines += table(header, list(figure.rows))
        else:
            lines.append(md(figure.chart.empty_text))
        lines.append("")
    if pack.plan is not None:
        lines += [f"## {md(text('pack_plan', lang))}", "", render_markdown(pack.plan, top=False)]
    if pack.ledger is not None:
        lines += [f"## {md(text('pack_ledger', lang))}", "", render_markdown(pack.ledger, top=False)]
    lines += ["---", ""] + [f"{i}. {md(n)}" for i, n in enumerate(pack.footnotes, 1)] + [""]
    return "\n".join(lines)
