"""The meeting pack as one self-contained HTML page: no script, style sheet, font or image from
outside; charts inline SVG; the system's fonts for Chinese; clean A4 print."""

from __future__ import annotations

import re
from html import escape

from zone_gap.i18n import Lang, text
from zone_gap.render.chart import FONT, render_chart
from zone_gap.render.pack import Pack
from zone_gap.render.sheet import Block, Sheet

STYLE = (
    """
:root { --ink: #1b1b1b; --muted: #5f6368; --rule: #d0d7de;
        --good: #1e7b34; --bad: #b3261e; --unsure: #8a6d00; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
       "WenQuanYi Micro Hei", sans-serif; color: var(--ink); margin: 24px auto; max-width: 1040px;
       padding: 0 12px; font-size: 13px; line-height: 1.45; }
h1 { font-size: 22px; margin: 0 0 8px; }
h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 2px solid var(--ink); padding-bottom: 3px; }
h3, caption { font-size: 14px; font-weight: 700; margin: 16px 0 6px; }
caption { text-align: left; }
dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 2px 16px;
           margin: 0 0 12px; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: 6px 0; font-size: 12px; }
th, td { border: 1px solid var(--rule); padding: 3px 6px; text-align: left; vertical-align: top;
         overflow-wrap: anywhere; }
thead th { background: #f2f4f7; }
tbody th { font-weight: 400; }
tr.group th { background: #e8ecf1; font-weight: 700; }
tr.sub th { padding-left: 18px; color: var(--muted); }
td.good, td.bad, td.unsure { white-space: nowrap; }
td.good { color: var(--good); font-weight: 600; }
td.bad { color: var(--bad); font-weight: 600; }
td.unsure { color: var(--unsure); font-weight: 600; }
ul.notes, ul.lines { margin: 4px 0 10px; padding-left: 20px; color: var(--muted); font-size: 11.5px; }
ul.notes { list-style: none; padding-left: 0; }
.charts { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 12px 16px; }
figure { margin: 0; border: 1px solid var(--rule); padding: 8px; min-width: 0;
         break-inside: avoid; page-break-inside: avoid; }
figure h3 { margin: 0 0 4px; }
figcaption { color: var(--muted); font-size: 11.5px; }
code { font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", monospace; font-size: 0.92em;
       background: #f2f4f7; padding: 0 3px; border-radius: 3px; }
svg.chart { width: 100%; height: auto; display: block; }
svg .grid { stroke: #e3e6ea; stroke-width: 1; }
svg .tick, svg .legend { fill: var(--muted); }
svg .value { fill: var(--ink); }
svg circle.actual { fill: #1f4e79; }
svg circle.projected { fill: #fff; stroke: #1f77b4; stroke-width: 2; }
footer { margin-top: 24px; color: var(--muted); font-size: 11px; border-top: 1px solid var(--rule);
         padding-top: 6px; overflow-wrap: anywhere; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { margin: 0; padding: 0; max-width: none; font-size: 10.5px; }
  table { font-size: 9.5px; }
  thead { display: table-header-group; }
  tr, figure { break-inside: avoid; page-break-inside: avoid; }
  h2, tr.group { break-after: avoid; page-break-after: avoid; }
  code { font-size: 1em; }
  footer { margin-top: 12px; }
  section.page { break-before: page; page-break-before: always; }
}
/* A phone: each table row becomes a card, each cell a line headed by its column */
@media screen and (max-width: 640px) {
  body { margin: 8px auto; padding: 0 8px; font-size: 14px; }
  h1 { font-size: 19px; }
  .charts { grid-template-columns: minmax(0, 1fr); }
  table, caption, tbody, tr, th, td { display: block; width: auto; }
  table { font-size: 14px; border: 0; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  tr { border: 1px solid var(--rule); border-top: 0; padding: 4px 8px; }
  tr.group { border-top: 1px solid var(--rule); padding: 0; }
  th, td { border: 0; padding: 1px 0; }
  tbody th[scope="row"] { font-weight: 700; }
  tr.sub th { padding-left: 0; }
  tr.group th { padding: 4px 8px; }
  td:empty { display: none; }
  ul.notes, ul.lines, figcaption, footer { font-size: 13px; }
  td[data-label]::before { content: attr(data-label) "："; color: var(--muted); font-weight: 400; }
  td[data-label]:lang(en)::before { content: attr(data-label) ": "; }
}
"""
    + f"svg text {{ font-size: {FONT}px; }}\n"
)


def _code(escaped: str) -> str:
    """`key` as <code>key</code>: the keys a user writes in the file, set apart."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", escaped)


def _block(block: Block) -> str:
    """A block as a table: column headers ``scope="col"``, each group a ``<tbody>`` under its heading
    (``scope="rowgroup"``), each row headed by its first cell (``scope="row"``); every other cell
    carries its column's name for the phone layout."""
    head = "".join(f'<th scope="col">{escape(c)}</th>' for c in block.columns)
    bodies = []
    for group in block.groups:
        rows = []
        if group.title is not None:
            rows.append(
                f'<tr class="group"><th scope="rowgroup" colspan="{len(block.columns)}">'
                f"{escape(group.title)}</th></tr>"
            )
        for row in group.rows:
            cells = [f'<th scope="row">{_cell(row.cells[0])}</th>']
            for i, cell in enumerate(row.cells[1:], 1):
                tone = f' class="{row.tone}"' if i == block.status_column and row.tone else ""
                label = f' data-label="{escape(block.columns[i])}"' if cell else ""
                cells.append(f"<td{tone}{label}>{_cell(cell)}</td>")
            row_class = ' class="sub"' if row.sub else ""
            rows.append(f"<tr{row_class}>{''.join(cells)}</tr>")
        bodies.append(f"<tbody>{''.join(rows)}</tbody>")
    notes = "".join(f"<li>{_code(escape(n))}</li>" for n in block.notes)
    return (
        f"<table><caption>{escape(block.title)}</caption><thead><tr>{head}</tr></thead>{''.join(bodies)}"
        f"</table>" + (f'<ul class="notes">{notes}</ul>' if notes else "")
    )


def _cell(value: str) -> str:
    return _code(escape(value)).replace("\n", "<br>")


def _sheet(sheet: Sheet, *, heading: bool = True) -> str:
    parts = [f"<p><strong>{escape(sheet.heading)}</strong></p>"] if heading else []
    parts += [_block(b) for b in sheet.blocks]
    parts += [f"<p>{escape(line)}</p>" for line in sheet.closing]
    if sheet.warnings:
        items = "".join(f"<li>{escape(w)}</li>" for w in sheet.warnings)
        parts.append(f'<h3>{escape(sheet.warnings_title)}</h3><ul class="lines">{items}</ul>')
    return "".join(parts)


def _section(name: str, title: str, body: str, *, page: bool = True) -> str:
    """A part of the pack, starting a printed page unless it is the first, named by its heading."""
    css = ' class="page"' if page else ""
    return (
        f'<section id="{name}"{css} aria-labelledby="{name}-title">'
        f'<h2 id="{name}-title">{escape(title)}</h2>{body}</section>'
    )


def _number(pack: Pack, lang: Lang) -> str:
    """The page's number in the pack: after the gaps, the charts and whichever of the plan and the
    ledger are there."""
    return text(f"pack_number_{3 + (pack.plan is not None) + (pack.ledger is not None)}", lang)


def render_html(pack: Pack, lang: Lang) -> str:
    facts = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in pack.facts)
    figures = "".join(
        f"<figure><h3>{escape(f.chart.title)}</h3>{render_chart(f.chart)}<figcaption>{escape(f.caption)}"
        f"</figcaption></figure>"
        for f in pack.figures
    )
    header = f'<header><h1>{escape(pack.title)}</h1><dl class="facts">{facts}</dl></header>'
    sections = [
        _section("gaps", text("pack_gaps", lang), _sheet(pack.check, heading=False), page=False),
        _section("charts", text("pack_charts", lang), f'<div class="charts">{figures}</div>'),
    ]
    if pack.plan is not None:
        sections.append(_section("plan", text("pack_plan", lang), _sheet(pack.plan)))
    if pack.ledger is not None:
        sections.append(_section("ledger", text("pack_ledger", lang), _sheet(pack.ledger, heading=False)))
    if pack.movers is not None:
        title = text("pack_movers", lang, number=_number(pack, lang))
        sections.append(_section("movers", title, _sheet(pack.movers)))
    notes = "".join(f"<li>{escape(n)}</li>" for n in pack.footnotes)
    footer = f'<footer id="sources"><ol>{notes}</ol></footer>'
    language = "zh-CN" if lang == Lang.ZH else "en"
    return (
        f'<!DOCTYPE html>\n<html lang="{language}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(pack.title)}</title><style>{STYLE}</style></head><body>"
        + f"{header}<main>{''.join(sections)}</main>{footer}"
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
    if pack.movers is not None:
        title = text("pack_movers", lang, number=_number(pack, lang))
        lines += [f"## {md(title)}", "", render_markdown(pack.movers, top=False)]
    lines += ["---", ""] + [f"{i}. {md(n)}" for i, n in enumerate(pack.footnotes, 1)] + [""]
    return "\n".join(lines)
